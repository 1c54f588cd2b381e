import { describe, expect, it } from 'vitest';
import { prf, scoreDocument, sumCounts, CORE_TYPES } from '../eval/score';

describe('entity scoring', () => {
  const gold = [
    { start: 0, end: 11, type: 'PERSON' },
    { start: 20, end: 26, type: 'PLACE' },
    { start: 30, end: 40, type: 'OTHER' },
    { start: 50, end: 70, type: 'ORG' },
    { start: 55, end: 62, type: 'PLACE', nested: true },
    { start: 80, end: 87, type: 'GROUP' },
  ];

  it.each([
    ['an exact hit counts for exact and relaxed', [{ start: 0, end: 11, type: 'PERSON' }], 'PERSON', [1, 0, 0], [1, 0, 0]],
    ['an overlap counts for relaxed only', [{ start: 6, end: 11, type: 'PERSON' }], 'PERSON', [0, 1, 1], [1, 0, 0]],
    ['a wrong type is a false positive and a miss', [{ start: 20, end: 26, type: 'ORG' }], 'ORG', [0, 1, 1], [0, 1, 1]],
  ])('%s', (_label, preds, type, exact, relaxed) => {
    const t = scoreDocument(gold, preds);
    const e = t[type as 'PERSON'].exact;
    const r = t[type as 'PERSON'].relaxed;
    expect([e.tp, e.fp, e.fn]).toEqual(exact);
    expect([r.tp, r.fp, r.fn]).toEqual(relaxed);
  });

  it.each([
    ['a prediction on OTHER is ignored', { start: 30, end: 40, type: 'ORG' }],
    ['a prediction on a nested name is ignored', { start: 55, end: 62, type: 'PLACE' }],
    ['an unmatched group is not held against precision', { start: 90, end: 95, type: 'GROUP' }],
  ])('negative: %s', (_label, pred) => {
    const t = scoreDocument(gold, [pred]);
    const all = sumCounts(t, ['PERSON', 'PLACE', 'ORG', 'EVENT', 'GROUP'], 'exact');
    expect(all.fp).toBe(0);
  });

  it('a matched group counts, a group overlapping gold of another type is a false positive', () => {
    const t = scoreDocument(gold, [
      { start: 80, end: 87, type: 'GROUP' },
      { start: 0, end: 11, type: 'GROUP' },
    ]);
    expect(t.GROUP.exact).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('micro-averages the core types into precision, recall and F1', () => {
    const t = scoreDocument(gold, [
      { start: 0, end: 11, type: 'PERSON' },
      { start: 20, end: 26, type: 'PLACE' },
      { start: 100, end: 104, type: 'ORG' },
    ]);
    const c = sumCounts(t, CORE_TYPES, 'exact');
    expect(c).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(prf(c).f1).toBeCloseTo(2 / 3);
  });
});
