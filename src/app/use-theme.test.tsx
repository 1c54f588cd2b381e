import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { THEME_COOKIE } from '../lib/storage/keys';
import { setReaderPrefs } from '../lib/storage/reader-prefs';
import { readThemeCookie } from '../lib/storage/theme-cookie';
import { useTheme } from './use-theme';

function Themed() {
  useTheme();
  return null;
}

/** A matchMedia stand-in whose answer the test changes, firing 'change' like the browser does. */
function systemScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: dark,
    addEventListener: (_type: string, l: () => void) => listeners.add(l),
    removeEventListener: (_type: string, l: () => void) => listeners.delete(l),
  };
  vi.stubGlobal('matchMedia', () => query);
  return {
    listeners,
    set(next: boolean) {
      query.matches = next;
      listeners.forEach((l) => l());
    },
  };
}

const dark = () => document.documentElement.classList.contains('dark');

afterEach(() => {
  act(() => void setReaderPrefs({ theme: 'system' }));
  localStorage.clear();
  document.cookie = `${THEME_COOKIE}=; path=/; max-age=0`;
  document.documentElement.className = '';
  vi.unstubAllGlobals();
});

describe('useTheme', () => {
  it('under "System", follows the system as it changes', () => {
    const system = systemScheme(false);
    setReaderPrefs({ theme: 'system' });
    render(<Themed />);
    expect(dark()).toBe(false);
    act(() => system.set(true));
    expect(dark()).toBe(true);
    act(() => system.set(false));
    expect(dark()).toBe(false);
  });

  it('a chosen theme wins over the system, and stops listening to it', () => {
    const system = systemScheme(true);
    setReaderPrefs({ theme: 'system' });
    render(<Themed />);
    expect(dark()).toBe(true);
    act(() => void setReaderPrefs({ theme: 'light' }));
    expect(dark()).toBe(false);
    expect(system.listeners.size).toBe(0);
    act(() => system.set(true));
    expect(dark()).toBe(false);
    act(() => void setReaderPrefs({ theme: 'dark' }));
    expect(dark()).toBe(true);
  });

  it('keeps a copy of the choice in the cookie the next page reads before its first paint', () => {
    systemScheme(false);
    setReaderPrefs({ theme: 'dark' }); // chosen before this page: copied when the app starts
    expect(readThemeCookie()).toBeNull();
    render(<Themed />);
    expect(readThemeCookie()).toBe('dark');
    act(() => void setReaderPrefs({ theme: 'light' }));
    expect(readThemeCookie()).toBe('light');
    act(() => void setReaderPrefs({ theme: 'system' }));
    expect(readThemeCookie()).toBeNull();
    expect(document.cookie).not.toContain(THEME_COOKIE);
  });
});
