import { useSyncExternalStore } from 'react';
import { DEFAULT_PREFS, getReaderPrefs, subscribeReaderPrefs, type ReaderPrefs } from '../lib/storage/reader-prefs';

/** Reading preferences; the server (and hydration) sees the defaults, the client its stored choice. */
export function useReaderPrefs(): ReaderPrefs {
  return useSyncExternalStore(subscribeReaderPrefs, getReaderPrefs, () => DEFAULT_PREFS);
}
