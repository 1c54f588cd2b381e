import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, parseReaderPrefs } from './reader-prefs';

describe('parseReaderPrefs: stored preferences are validated field by field', () => {
  it.each<[string, unknown, unknown]>([
    [
      'a valid record',
      { theme: 'dark', fontScale: 1.25, hiddenTypes: ['person', 'group'] },
      { theme: 'dark', fontScale: 1.25, hiddenTypes: ['person', 'group'] },
    ],
    ['not an object', 'dark', DEFAULT_PREFS],
    ['null', null, DEFAULT_PREFS],
    ['an unknown theme', { theme: 'sepia' }, DEFAULT_PREFS],
    ['a font scale out of range', { fontScale: 9 }, DEFAULT_PREFS],
    ['a font scale that is a string', { fontScale: '1.2' }, DEFAULT_PREFS],
    [
      'unknown types are dropped',
      { hiddenTypes: ['person', 'robot', 3] },
      { ...DEFAULT_PREFS, hiddenTypes: ['person'] },
    ],
    ['one bad field keeps the good ones', { theme: 'light', fontScale: -1 }, { ...DEFAULT_PREFS, theme: 'light' }],
  ])('%s', (_name, stored, expected) => {
    expect(parseReaderPrefs(stored)).toEqual(expected);
  });
});
