import { useEffect } from 'react';
import { useReaderPrefs } from './use-reader-prefs';

/** Applies the chosen theme to <html>: 'system' leaves it to the media query in CSS. */
export function useTheme(): void {
  const { theme } = useReaderPrefs();
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('dark', theme === 'dark');
    root.classList.toggle('light', theme === 'light');
  }, [theme]);
}
