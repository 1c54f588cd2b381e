/**
 * Light or dark. Dark is a class on <html>, set before the first paint by an inline script in each
 * prerendered page (theme-script.ts, from the choice's copy in a cookie: storage/theme-cookie.ts) and kept up
 * to date by the app (app/use-theme.ts): the reader's choice, or the system's while they have chosen "System".
 * One class rather than a class plus a `prefers-color-scheme` media query halves the dark rules in the page's
 * CSS (74 → 57 kB), and a reader who chose Dark no longer sees the page flash light until the app starts.
 */
import type { ReaderPrefs } from './storage/reader-prefs.ts';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Whether the page is dark for a chosen theme and the system's preference. */
export function isDark(theme: ReaderPrefs['theme'], systemDark: boolean): boolean {
  return theme === 'dark' || (theme === 'system' && systemDark);
}
