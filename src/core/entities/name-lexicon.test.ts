import { describe, expect, it } from 'vitest';
import { lexKind } from './name-lexicon';

describe('word lexicon (compromise data)', () => {
  it.each([
    ['Dallas', 'city'],
    ['California', 'region'],
    ['Mark', 'first-name'],
    ['Microsoft', 'organization'],
    ['Later', 'common'],
  ])('%s → %s', (word, kind) => {
    expect(lexKind(word)).toBe(kind);
  });

  it.each(['Zxqvw', 'Montalvo'])('negative: %s is unknown', (word) => {
    expect(lexKind(word)).toBeNull();
  });
});
