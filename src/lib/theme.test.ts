import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from './storage/keys';
import { isDark } from './theme';
import { THEME_SCRIPT } from './theme-script';

/** Runs the script as a fresh page would: no theme class yet. */
function runScript(stored: string | null, systemDark: boolean) {
  document.documentElement.className = '';
  if (stored !== null) localStorage.setItem(STORAGE_KEYS.readerPrefs, stored);
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark }));
  // The very text that goes into each page's head.
  new Function(THEME_SCRIPT)();
  return document.documentElement.classList.contains('dark');
}

afterEach(() => {
  localStorage.clear();
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
  it('applies a stored Dark or Light choice whatever the system prefers', () => {
    expect(runScript(JSON.stringify({ theme: 'dark', fontScale: 1 }), false)).toBe(true);
    document.documentElement.className = '';
    expect(runScript(JSON.stringify({ theme: 'light' }), true)).toBe(false);
  });

  it('follows the system with no choice stored, "System" stored, or an unreadable value', () => {
    for (const stored of [
      null,
      JSON.stringify({ theme: 'system' }),
      '{not json',
      JSON.stringify({ theme: 'sepia' }),
      'null',
    ]) {
      expect(runScript(stored, true)).toBe(true);
      localStorage.clear();
      expect(runScript(stored, false)).toBe(false);
      localStorage.clear();
    }
  });

  it('leaves the page light, without throwing, when storage cannot be read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(runScript(null, false)).toBe(false);
    expect(runScript(null, true)).toBe(true);
  });
});
