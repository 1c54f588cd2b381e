/**
 * The head script that sets the theme class before the first paint (see theme.ts). A module of its own,
 * imported only by the build's prerender plugin, so the string stays out of the app's JavaScript.
 */
import { THEME_COOKIE } from './storage/keys.ts';
import { DARK_QUERY } from './theme.ts';

/**
 * The inline script for the head of each page: reads the chosen theme's copy in its cookie (theme-cookie.ts;
 * none means "System", and so does anything but "dark" or "light") and adds the class when dark, touching
 * nothing when light (it runs before the first paint: every style invalidation there counts). Any failure
 * leaves the page as the system prefers, or light.
 */
export const THEME_SCRIPT =
  `(()=>{try{let t;try{t=/(^|; ?)${THEME_COOKIE}=(dark|light)(;|$)/.exec(document.cookie)?.[2]}catch{}` +
  `if(t?t=="dark":matchMedia(${JSON.stringify(DARK_QUERY)}).matches)document.documentElement.classList.add("dark")}catch{}})()`;
