/**
 * Every name this app uses in browser storage, versioned (habit 8). Changing the shape of what is stored
 * under a key means a new version here, never a silent reinterpretation of old data.
 */
export const STORAGE_KEYS = {
  /** IndexedDB database holding the reader's comments for all articles. Its schema versions live in gloss-db.ts. */
  database: 'gloss',
  /** localStorage: theme, text size and the entity types the reader switched off. */
  readerPrefs: 'gloss:reader-prefs:v1',
  /**
   * Cookie: a copy of the chosen theme ("dark" or "light"; none under "System") for the script that sets the
   * theme before the first paint (lib/theme-script.ts). The choice itself lives in readerPrefs.
   */
  themeCookie: 'gloss-theme-v1',
  /** localStorage: the display name the reader last used. */
  displayName: 'gloss:display-name:v1',
  /** localStorage prefix: a half-typed comment, per article and per target (new, reply:<id>, edit:<id>). */
  draftPrefix: 'gloss:comment-draft:v1:',
  /** BroadcastChannel telling other tabs that an article's comments changed. */
  changesChannel: 'gloss:comments-changed:v1',
} as const;
