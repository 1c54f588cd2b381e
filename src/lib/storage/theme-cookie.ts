/**
 * The one module that touches document.cookie (habit 8): a copy of the reader's chosen theme, for the inline
 * script that sets the theme before the first paint (lib/theme-script.ts). The choice itself is a reader
 * preference in localStorage; the copy is a cookie because a page's first localStorage read loads the
 * origin's whole storage area, and before the first paint that cost the most of anything the head script did
 * (at 4× CPU, traced, 11 loads each: the script's own time 34 → 15 ms with a cookie, 4 ms reading nothing).
 */
import type { ReaderPrefs } from './reader-prefs.ts';
import { THEME_COOKIE } from './keys.ts';

const NAME = THEME_COOKIE;
/** Chromium's longest cookie lifetime (400 days); the app writes the copy again on every visit. */
const MAX_AGE_S = 400 * 24 * 60 * 60;

/** The copy the cookie holds now ("dark" or "light"), or null (none, or cookies unreadable here). */
export function readThemeCookie(): string | null {
  try {
    return new RegExp(`(?:^|;\\s*)${NAME}=([^;]+)`).exec(document.cookie)?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * Makes the cookie hold `theme`'s copy: "dark" or "light", or no cookie under "System". Written anew each
 * time, so its lifetime starts again. Where cookies are refused nothing is kept, and the next page follows the
 * system until the app has started.
 */
export function writeThemeCookie(theme: ReaderPrefs['theme']): void {
  // Not `secure`: it holds a display preference, and a page served over http must be able to read it.
  const value = theme === 'system' ? '' : theme;
  try {
    document.cookie = `${NAME}=${value}; path=/; max-age=${value ? MAX_AGE_S : 0}; samesite=lax`;
  } catch {
    // Refused (a sandboxed frame, site data blocked): see above.
  }
}
