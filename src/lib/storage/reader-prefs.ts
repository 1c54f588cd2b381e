/**
 * Reading preferences (theme, text size, highlighted entity types) in localStorage, validated on
 * read, versioned key, with a subscribe function for `useSyncExternalStore`. A failed write keeps
 * the choice for this page and reports that it will not be remembered.
 */
import * as v from 'valibot';
import { ENTITY_TYPES } from '../../core/types';

const KEY = 'gloss:reader-prefs:v1';

export const THEMES = ['system', 'light', 'dark'] as const;
export const FONT_SCALES = [0.875, 1, 1.125, 1.25, 1.375] as const;

const PrefsSchema = v.object({
  theme: v.fallback(v.picklist(THEMES), 'system'),
  fontScale: v.fallback(v.pipe(v.number(), v.minValue(0.75), v.maxValue(1.5)), 1),
  hiddenTypes: v.fallback(v.array(v.picklist(ENTITY_TYPES)), []),
});
export type ReaderPrefs = v.InferOutput<typeof PrefsSchema>;

export const DEFAULT_PREFS: ReaderPrefs = { theme: 'system', fontScale: 1, hiddenTypes: [] };

let cached: ReaderPrefs | null = null;
const listeners = new Set<() => void>();

function load(): ReaderPrefs {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return DEFAULT_PREFS;
    const parsed = v.safeParse(PrefsSchema, JSON.parse(raw) as unknown);
    return parsed.success ? parsed.output : DEFAULT_PREFS;
  } catch {
    return DEFAULT_PREFS;
  }
}

/** The current preferences (stable object between changes). */
export function getReaderPrefs(): ReaderPrefs {
  cached ??= load();
  return cached;
}

export function subscribeReaderPrefs(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) {
      cached = load();
      listener();
    }
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** Updates preferences; returns an error message when they could not be saved. */
export function setReaderPrefs(patch: Partial<ReaderPrefs>): string | null {
  cached = { ...getReaderPrefs(), ...patch };
  listeners.forEach((l) => l());
  try {
    globalThis.localStorage.setItem(KEY, JSON.stringify(cached));
    return null;
  } catch {
    return 'This choice applies to this page only: the browser would not save it.';
  }
}
