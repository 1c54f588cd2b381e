import { afterEach, describe, expect, it, vi } from 'vitest';
import { READER_PREFS_KEY, THEME_COOKIE } from './storage/keys';
import { isDark } from './theme';
import { THEME_SCRIPT } from './theme-script';

const COOKIE = THEME_COOKIE;
function clearCookies() {
  for (const name of [COOKIE, 'other']) document.cookie = `${name}=; path=/; max-age=0`;
}

/** Runs the script as a fresh page would: no theme class yet, `stored` the theme cookie's value if any. */
function runScript(stored: string | null, systemDark: boolean) {
  document.documentElement.className = '';
  clearCookies();
  document.cookie = 'other=1; path=/';
  if (stored !== null) document.cookie = `${COOKIE}=${stored}; path=/`;
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark }));
  // The very text that goes into each page's head.
  new Function(THEME_SCRIPT)();
  return document.documentElement.classList.contains('dark');
}

afterEach(() => {
  clearCookies();
  document.documentElement.className = '';
  vi.unstubAllGlobals();
});

describe('isDark', () => {
  it('is the reader’s choice, or the system’s under "System"', () => {
    expect(isDark('dark', false)).toBe(true);
    expect(isDark('light', true)).toBe(false);
    expect(isDark('system', true)).toBe(true);
    expect(isDark('system', false)).toBe(false);
  });
});

describe('THEME_SCRIPT, run before the first paint', () => {
  it('applies a copied Dark or Light choice whatever the system prefers', () => {
    expect(runScript('dark', false)).toBe(true);
    expect(runScript('light', true)).toBe(false);
  });

  it('follows the system with no copy, or a value it does not know', () => {
    for (const stored of [null, 'system', 'sepia', 'darkish', '']) {
      expect(runScript(stored, true)).toBe(true);
      expect(runScript(stored, false)).toBe(false);
    }
  });

  it('does not take another cookie for the theme', () => {
    document.cookie = `x${COOKIE}=dark; path=/`;
    expect(runScript(null, false)).toBe(false);
    document.cookie = `x${COOKIE}=; path=/; max-age=0`;
  });

  it('does not read localStorage: a choice there alone leaves the page to the system', () => {
    localStorage.setItem(READER_PREFS_KEY, JSON.stringify({ theme: 'dark' }));
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    expect(runScript(null, false)).toBe(false);
    expect(getItem).not.toHaveBeenCalled();
    localStorage.clear();
  });

  it('follows the system, without throwing, when cookies cannot be read', () => {
    vi.spyOn(Document.prototype, 'cookie', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(runScript('dark', false)).toBe(false);
    expect(runScript('light', true)).toBe(true);
  });
});
