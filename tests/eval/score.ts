/**
 * Pure scoring of entity predictions against annotated spans, following ../shared/eval/README.md:
 * exact = same start, end and type; relaxed = overlapping span and same type (one-to-one). Nested gold
 * names and OTHER are left out, and predictions overlapping them are ignored (unless they overlap a
 * scored gold name of their own type). A predicted GROUP that matches no gold span is not counted
 * against precision.
 */

export const SCORED_TYPES = ['PERSON', 'PLACE', 'ORG', 'EVENT', 'GROUP'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];
/** The types the target F1 is over. */
export const CORE_TYPES: readonly ScoredType[] = ['PERSON', 'PLACE', 'ORG'];

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
  nested?: boolean;
}

export interface PredSpan {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface TypeCounts {
  exact: Counts;
  relaxed: Counts;
}

export type ScoreTable = Record<ScoredType, TypeCounts>;

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function emptyTable(): ScoreTable {
  const t = {} as Record<ScoredType, TypeCounts>;
  for (const type of SCORED_TYPES) t[type] = { exact: zero(), relaxed: zero() };
  return t;
}

/** Maps Gloss entity types to the annotation's. */
export function goldTypeOf(type: string): ScoredType | null {
  switch (type) {
    case 'person':
      return 'PERSON';
    case 'place':
      return 'PLACE';
    case 'organization':
      return 'ORG';
    case 'group':
      return 'GROUP';
    case 'event':
      return 'EVENT';
    default:
      return null;
  }
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function isScoredType(type: string): type is ScoredType {
  return (SCORED_TYPES as readonly string[]).includes(type);
}

/** Scores one document's predictions into `table` (mutated) and returns it. */
export function scoreDocument(gold: readonly GoldSpan[], predicted: readonly PredSpan[], table = emptyTable()): ScoreTable {
  const scored = gold.filter((g) => !g.nested && isScoredType(g.type));
  const ignored = gold.filter((g) => g.nested || !isScoredType(g.type));
  const preds = predicted.filter((p): p is PredSpan & { type: ScoredType } => {
    if (!isScoredType(p.type)) return false;
    if (!ignored.some((g) => overlaps(g, p))) return true;
    return scored.some((g) => g.type === p.type && overlaps(g, p));
  });
  for (const mode of ['exact', 'relaxed'] as const) {
    const used = new Set<number>();
    const matchedPred = new Set<number>();
    // Exact pairs first so a relaxed match never steals an exact one.
    const passes = mode === 'exact' ? ['exact'] : ['exact', 'overlap'];
    for (const pass of passes) {
      preds.forEach((p, pi) => {
        if (matchedPred.has(pi)) return;
        const gi = scored.findIndex(
          (g, i) =>
            !used.has(i) &&
            g.type === p.type &&
            (pass === 'exact' ? g.start === p.start && g.end === p.end : overlaps(g, p)),
        );
        if (gi >= 0) {
          used.add(gi);
          matchedPred.add(pi);
        }
      });
    }
    preds.forEach((p, pi) => {
      const counts = table[p.type][mode];
      if (matchedPred.has(pi)) counts.tp++;
      else if (p.type !== 'GROUP' || scored.some((g) => overlaps(g, p))) counts.fp++;
    });
    scored.forEach((g, gi) => {
      if (!used.has(gi)) table[g.type as ScoredType][mode].fn++;
    });
  }
  return table;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Micro-averaged counts over the given types. */
export function sumCounts(table: ScoreTable, types: readonly ScoredType[], mode: 'exact' | 'relaxed'): Counts {
  const out = zero();
  for (const t of types) {
    out.tp += table[t][mode].tp;
    out.fp += table[t][mode].fp;
    out.fn += table[t][mode].fn;
  }
  return out;
}
