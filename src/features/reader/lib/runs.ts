import type { EntityType } from '../../../core/types';

export interface TextMention {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
}

export const MARK_KINDS = ['passage', 'flash'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface TextMark {
  start: number;
  end: number;
  kind: MarkKind;
}

/** A stretch of text with the same marks on it. */
export interface Piece {
  start: number;
  end: number;
  marks: MarkKind[];
}

/** Plain text, or one entity mention; either split into pieces by marks. */
export type Run =
  | { kind: 'text'; start: number; end: number; pieces: Piece[] }
  | { kind: 'mention'; start: number; end: number; mention: TextMention; pieces: Piece[] };

function piecesOf(start: number, end: number, marks: readonly TextMark[]): Piece[] {
  const cuts = new Set([start, end]);
  for (const m of marks) {
    if (m.end <= start || m.start >= end) continue;
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] ?? start;
    const b = points[i + 1] ?? end;
    if (b <= a) continue;
    const kinds = marks.filter((m) => m.start < b && m.end > a).map((m) => m.kind);
    pieces.push({ start: a, end: b, marks: [...new Set(kinds)] });
  }
  return pieces;
}

/**
 * Splits `[start, end)` into runs of plain text and mentions; overlapping mentions keep the first.
 * Pure data: the reader renders it declaratively (habit 4).
 * @example buildRuns(0, 10, [{ start: 2, end: 5, entityId: 'a', type: 'person' }], []) // text, mention, text
 */
export function buildRuns(
  start: number,
  end: number,
  mentions: readonly TextMention[],
  marks: readonly TextMark[] = [],
): Run[] {
  const runs: Run[] = [];
  let cursor = start;
  const inRange = mentions
    .filter((m) => m.start >= start && m.end <= end && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mention of inRange) {
    if (mention.start < cursor) continue;
    if (mention.start > cursor) {
      runs.push({ kind: 'text', start: cursor, end: mention.start, pieces: piecesOf(cursor, mention.start, marks) });
    }
    runs.push({
      kind: 'mention',
      start: mention.start,
      end: mention.end,
      mention,
      pieces: piecesOf(mention.start, mention.end, marks),
    });
    cursor = mention.end;
  }
  if (cursor < end) runs.push({ kind: 'text', start: cursor, end, pieces: piecesOf(cursor, end, marks) });
  return runs;
}
