import { useEffect } from 'react';
import { DARK_QUERY, isDark } from '../lib/theme';
import { useReaderPrefs } from './use-reader-prefs';

/** Applies the chosen theme to <html> (see lib/theme.ts); with "System", follows the system as it changes. */
export function useTheme(): void {
  const { theme } = useReaderPrefs();
  useEffect(() => {
    const root = document.documentElement;
    const query = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
    const apply = () => root.classList.toggle('dark', isDark(theme, query?.matches ?? false));
    apply();
    if (theme !== 'system' || !query) return;
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}
