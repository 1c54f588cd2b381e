/**
 * A time expression found by one recogniser, already resolved, before overlaps between recognisers are
 * settled. Recognisers are small functions `(context) => Candidate[]`, run in order by `extractTimexes`.
 */
import type { Span, TimexType } from '../types';
import type { Ymd } from './calendar';

export interface Candidate extends Span {
  type: TimexType;
  value: string;
  /** Components the text gave. */
  stated: string[];
  /** Components taken from the reference date. */
  inferred: string[];
  /** True when the value depends on the reference date. */
  relative: boolean;
  range?: { start: string; end: string } | null;
  /** Higher wins when two candidates overlap with the same length. */
  priority: number;
}

export interface RecognizerContext {
  text: string;
  /** The publication date, or null: then nothing relative is resolved. */
  reference: Ymd | null;
  /** Sentence spans, in text order. */
  sentences: readonly Span[];
}

/** The day of a clock time found with no publication date ("XXXX-XX-XXT23:30"), until a day named before fills it. */
export const OPEN_DAY = 'XXXX-XX-XX';

export type Recognizer = (context: RecognizerContext) => Candidate[];

/**
 * Keeps the best of overlapping candidates: the longer span wins, then the higher priority.
 * @example settleOverlaps([{ start: 0, end: 5, priority: 0 }, { start: 2, end: 9, priority: 0 }]) // keeps 2–9
 */
export function settleOverlaps<T extends Span & { priority: number }>(candidates: readonly T[]): T[] {
  if (candidates.length === 0) return [];
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const origin = Math.min(...candidates.map((c) => c.start));
  const taken = new Uint8Array(Math.max(...candidates.map((c) => c.end)) - origin);
  const kept: T[] = [];
  for (const c of ranked) {
    let free = true;
    for (let i = c.start - origin; i < c.end - origin && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start - origin, c.end - origin);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Index of the sentence holding an offset (binary search), or -1. */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
