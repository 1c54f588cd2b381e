import { describe, expect, it } from 'vitest';
import { related, salience } from './rank';

const m = (sentence: number) => ({ start: sentence * 10, end: sentence * 10 + 3, sentence });

describe('salience', () => {
  it('favours names in the title, many mentions and an early first mention', () => {
    const s = salience(
      [
        { id: 'title', mentions: [m(0), m(3)] },
        { id: 'often', mentions: [m(1), m(2), m(4)] },
        { id: 'late', mentions: [m(9)] },
      ],
      10,
    );
    expect(s.get('title')).toBe(1);
    expect(s.get('late')).toBeLessThan(s.get('often') ?? 0);
    for (const v of s.values()) expect(v).toBeGreaterThan(0);
  });
  it('negative: nothing to rank gives nothing', () => {
    expect(salience([], 5).size).toBe(0);
  });
});

describe('related', () => {
  it('counts shared sentences, most shared first', () => {
    const r = related([
      { id: 'a', mentions: [m(1), m(2), m(3)] },
      { id: 'b', mentions: [m(1), m(2)] },
      { id: 'c', mentions: [m(3)] },
      { id: 'd', mentions: [m(7)] },
    ]);
    expect(r.get('a')).toEqual([
      { id: 'b', count: 2 },
      { id: 'c', count: 1 },
    ]);
    expect(r.get('d')).toEqual([]);
  });
});
