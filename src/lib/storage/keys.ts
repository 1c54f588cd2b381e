/**
 * Every name this app uses in browser storage, versioned (habit 8). Changing the shape of what is stored
 * under a key means a new version here, never a silent reinterpretation of old data. One export per name,
 * not one object: the bundler drops the names a chunk does not use, and the first load uses two.
 */

/** IndexedDB database holding the reader's comments for all articles. Its schema versions live in gloss-db.ts. */
export const DATABASE_NAME = 'gloss';
/** localStorage: theme, text size and the entity types the reader switched off. */
export const READER_PREFS_KEY = 'gloss:reader-prefs:v1';
/**
 * Cookie: a copy of the chosen theme ("dark" or "light"; none under "System") for the script that sets the
 * theme before the first paint (lib/theme-script.ts). The choice itself lives in READER_PREFS_KEY.
 */
export const THEME_COOKIE = 'gloss-theme-v1';
/** localStorage: the display name the reader last used. */
export const DISPLAY_NAME_KEY = 'gloss:display-name:v1';
/** localStorage prefix: a half-typed comment, per article and per target (new, reply:<id>, edit:<id>). */
export const DRAFT_PREFIX = 'gloss:comment-draft:v1:';
/** BroadcastChannel telling other tabs that an article's comments changed. */
export const CHANGES_CHANNEL = 'gloss:comments-changed:v1';
