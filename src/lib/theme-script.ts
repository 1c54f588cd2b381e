/**
 * The head script that sets the theme class before the first paint (see theme.ts). A module of its own,
 * imported only by the build's prerender plugin, so the string stays out of the app's JavaScript.
 */
import { STORAGE_KEYS } from './storage/keys.ts';
import { DARK_QUERY } from './theme.ts';

/**
 * The inline script for the head of each page: reads the stored theme (as `parseReaderPrefs` would: an
 * unknown or unreadable value means "System") and adds the class when dark, touching nothing when light (it
 * runs before the first paint: every style invalidation there counts). Any failure leaves the page light.
 */
export const THEME_SCRIPT =
  `(()=>{try{let t;try{t=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEYS.readerPrefs)})).theme}catch{}` +
  `if(t==="dark"||t!=="light"&&matchMedia(${JSON.stringify(DARK_QUERY)}).matches)document.documentElement.classList.add("dark")}catch{}})()`;
