import { useEffect } from 'react';
import { writeThemeCookie } from '../lib/storage/theme-cookie';
import { DARK_QUERY, isDark } from '../lib/theme';
import { useReaderPrefs } from './use-reader-prefs';

/**
 * Applies the chosen theme to <html> (see lib/theme.ts); with "System", follows the system as it changes.
 * Keeps the choice's copy in the cookie the next page's head script reads (lib/storage/theme-cookie.ts),
 * written on each start too: a choice made before the copy existed, or whose copy expired, is copied then.
 */
export function useTheme(): void {
  const { theme } = useReaderPrefs();
  useEffect(() => {
    writeThemeCookie(theme);
    const root = document.documentElement;
    const query = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
    const apply = () => root.classList.toggle('dark', isDark(theme, query?.matches ?? false));
    apply();
    if (theme !== 'system' || !query) return;
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}
