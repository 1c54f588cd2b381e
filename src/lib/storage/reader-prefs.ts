/**
 * Reading preferences (theme, text size, highlighted entity types) in localStorage, validated on
 * read, versioned key, with a subscribe function for `useSyncExternalStore`. A failed write keeps
 * the choice for this page and reports that it will not be remembered.
 */
import { ENTITY_TYPES, type EntityType } from '../../core/types';
import { READER_PREFS_KEY } from './keys';
import { onOtherTabChange, readItem, writeItem } from './local-storage';

const KEY = READER_PREFS_KEY;

export const THEMES = ['system', 'light', 'dark'] as const;
export const FONT_SCALES = [0.875, 1, 1.125, 1.25, 1.375] as const;

export interface ReaderPrefs {
  theme: (typeof THEMES)[number];
  fontScale: number;
  hiddenTypes: EntityType[];
}

export const DEFAULT_PREFS: ReaderPrefs = { theme: 'system', fontScale: 1, hiddenTypes: [] };

/**
 * Validates stored preferences field by field, keeping the default for any field that is wrong. Written
 * by hand rather than with valibot so the first page load does not carry the validation library.
 */
export function parseReaderPrefs(data: unknown): ReaderPrefs {
  const record: Record<string, unknown> = typeof data === 'object' && data !== null ? { ...data } : {};
  const { theme, fontScale, hiddenTypes } = record;
  return {
    theme: THEMES.find((t) => t === theme) ?? DEFAULT_PREFS.theme,
    fontScale:
      typeof fontScale === 'number' && fontScale >= 0.75 && fontScale <= 1.5 ? fontScale : DEFAULT_PREFS.fontScale,
    hiddenTypes: Array.isArray(hiddenTypes)
      ? ENTITY_TYPES.filter((t) => hiddenTypes.includes(t))
      : DEFAULT_PREFS.hiddenTypes,
  };
}

let cached: ReaderPrefs | null = null;
const listeners = new Set<() => void>();

function load(): ReaderPrefs {
  const raw = readItem(KEY);
  if (!raw) return DEFAULT_PREFS;
  try {
    return parseReaderPrefs(JSON.parse(raw) as unknown);
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
  const stop = onOtherTabChange(KEY, () => {
    cached = load();
    listener();
  });
  return () => {
    listeners.delete(listener);
    stop();
  };
}

/** Updates preferences; returns an error message when they could not be saved. */
export function setReaderPrefs(patch: Partial<ReaderPrefs>): string | null {
  cached = { ...getReaderPrefs(), ...patch };
  listeners.forEach((l) => l());
  return writeItem(KEY, JSON.stringify(cached)).ok
    ? null
    : 'This choice applies to this page only: the browser would not save it.';
}
