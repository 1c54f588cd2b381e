/**
 * TempEval-3-style scoring of time expressions, kept pure so it can be tested: the dateline is left
 * out and predictions overlapping it are ignored; strict = same span, relaxed = overlapping span
 * (each gold and each prediction matched at most once); value accuracy = share of relaxed matches
 * whose gold value is known and equal; value F1 = relaxed F1 × value accuracy.
 */

export interface GoldTimex {
  start: number;
  end: number;
  value: string | null;
  dct?: boolean;
}

export interface PredictedTimex {
  start: number;
  end: number;
  value: string;
}

export interface DocumentPair {
  id: string;
  gold: readonly GoldTimex[];
  predicted: readonly PredictedTimex[];
}

export interface MatchError {
  id: string;
  kind: 'missed' | 'spurious' | 'value';
  span: { start: number; end: number };
  gold: string | null;
  predicted: string | null;
}

export interface TimexScores {
  gold: number;
  predicted: number;
  strictMatches: number;
  relaxedMatches: number;
  /** Relaxed matches whose gold value is known (the value-accuracy denominator). */
  valued: number;
  valueMatches: number;
  strict: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  valueAccuracy: number;
  valueF1: number;
  errors: MatchError[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function prf(tp: number, predicted: number, gold: number) {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** One-to-one matching: exact spans first, then the largest overlap. */
function match(gold: readonly GoldTimex[], predicted: readonly PredictedTimex[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  gold.forEach((g, gi) => {
    const exact = predicted.findIndex((p, pi) => !used.has(pi) && p.start === g.start && p.end === g.end);
    if (exact >= 0) {
      pairs.set(gi, exact);
      used.add(exact);
    }
  });
  gold.forEach((g, gi) => {
    if (pairs.has(gi)) return;
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, pi) => {
      if (used.has(pi) || !overlaps(g, p)) return;
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > bestOverlap) {
        best = pi;
        bestOverlap = overlap;
      }
    });
    if (best >= 0) {
      pairs.set(gi, best);
      used.add(best);
    }
  });
  return pairs;
}

/**
 * Scores predictions against gold over a set of documents.
 * @example scoreTimexes([{ id: 'd', gold: [{ start: 0, end: 5, value: '2013' }], predicted: [{ start: 0, end: 5, value: '2013' }] }]).valueF1 // 1
 */
export function scoreTimexes(documents: readonly DocumentPair[]): TimexScores {
  let gold = 0;
  let predicted = 0;
  let strictMatches = 0;
  let relaxedMatches = 0;
  let valued = 0;
  let valueMatches = 0;
  const errors: MatchError[] = [];
  for (const doc of documents) {
    const datelines = doc.gold.filter((g) => g.dct);
    const goldSpans = doc.gold.filter((g) => !g.dct);
    const predictions = doc.predicted.filter((p) => !datelines.some((d) => overlaps(d, p)));
    gold += goldSpans.length;
    predicted += predictions.length;
    const pairs = match(goldSpans, predictions);
    const matchedPredictions = new Set(pairs.values());
    goldSpans.forEach((g, gi) => {
      const pi = pairs.get(gi);
      const p = pi === undefined ? undefined : predictions[pi];
      if (!p) {
        errors.push({ id: doc.id, kind: 'missed', span: { start: g.start, end: g.end }, gold: g.value, predicted: null });
        return;
      }
      relaxedMatches++;
      if (p.start === g.start && p.end === g.end) strictMatches++;
      if (g.value === null) return;
      valued++;
      if (p.value === g.value) valueMatches++;
      else errors.push({ id: doc.id, kind: 'value', span: { start: p.start, end: p.end }, gold: g.value, predicted: p.value });
    });
    predictions.forEach((p, pi) => {
      if (!matchedPredictions.has(pi)) errors.push({ id: doc.id, kind: 'spurious', span: { start: p.start, end: p.end }, gold: null, predicted: p.value });
    });
  }
  const relaxed = prf(relaxedMatches, predicted, gold);
  const valueAccuracy = valued ? valueMatches / valued : 0;
  return {
    gold,
    predicted,
    strictMatches,
    relaxedMatches,
    valued,
    valueMatches,
    strict: prf(strictMatches, predicted, gold),
    relaxed,
    valueAccuracy,
    valueF1: relaxed.f1 * valueAccuracy,
    errors,
  };
}
