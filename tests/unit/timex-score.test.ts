import { describe, expect, it } from 'vitest';
import { scoreTimexes, type DocumentPair } from '../eval/timex-score';

const doc = (gold: DocumentPair['gold'], predicted: DocumentPair['predicted']): DocumentPair[] => [{ id: 'd', gold, predicted }];

describe('TempEval-3-style timex scoring', () => {
  it('counts an exact span as a strict and relaxed match with the same value', () => {
    const s = scoreTimexes(doc([{ start: 10, end: 16, value: '2013-05' }], [{ start: 10, end: 16, value: '2013-05' }]));
    expect(s.strict.f1).toBe(1);
    expect(s.relaxed.f1).toBe(1);
    expect(s.valueAccuracy).toBe(1);
    expect(s.valueF1).toBe(1);
  });

  it('counts an overlapping span as relaxed only', () => {
    const s = scoreTimexes(doc([{ start: 10, end: 16, value: '2013-05' }], [{ start: 7, end: 16, value: '2013-05' }]));
    expect(s.strictMatches).toBe(0);
    expect(s.relaxedMatches).toBe(1);
  });

  it('leaves out the dateline and predictions overlapping it', () => {
    const s = scoreTimexes(
      doc(
        [
          { start: 0, end: 11, value: '2013-05-07', dct: true },
          { start: 20, end: 26, value: '2013-05-06' },
        ],
        [
          { start: 0, end: 11, value: '2013-05-07' },
          { start: 20, end: 26, value: '2013-05-06' },
        ],
      ),
    );
    expect(s.gold).toBe(1);
    expect(s.predicted).toBe(1);
    expect(s.relaxed.precision).toBe(1);
  });

  it('matches each gold and each prediction at most once', () => {
    const s = scoreTimexes(
      doc(
        [
          { start: 0, end: 4, value: '2009' },
          { start: 8, end: 12, value: '2011' },
        ],
        [{ start: 0, end: 12, value: '2009' }],
      ),
    );
    expect(s.relaxedMatches).toBe(1);
    expect(s.relaxed.recall).toBe(0.5);
  });

  it('scores value accuracy over relaxed matches whose gold value is known; value F1 = relaxed F1 × accuracy', () => {
    const s = scoreTimexes(
      doc(
        [
          { start: 0, end: 5, value: '2013' },
          { start: 10, end: 15, value: '2012' },
          { start: 20, end: 25, value: null },
        ],
        [
          { start: 0, end: 5, value: '2013' },
          { start: 10, end: 15, value: '2011' },
          { start: 20, end: 25, value: 'P1D' },
          { start: 40, end: 45, value: '2010' },
        ],
      ),
    );
    expect(s.valued).toBe(2);
    expect(s.valueAccuracy).toBe(0.5);
    expect(s.relaxed.precision).toBe(0.75);
    expect(s.relaxed.recall).toBe(1);
    expect(s.valueF1).toBeCloseTo((2 * 0.75 * 1) / 1.75 / 2);
    expect(s.errors.map((e) => e.kind).sort()).toEqual(['spurious', 'value']);
  });

  it('scores nothing found as zero, not NaN', () => {
    const s = scoreTimexes(doc([{ start: 0, end: 4, value: '2009' }], []));
    expect(s.relaxed).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(s.errors).toEqual([{ id: 'd', kind: 'missed', span: { start: 0, end: 4 }, gold: '2009', predicted: null }]);
  });
});
