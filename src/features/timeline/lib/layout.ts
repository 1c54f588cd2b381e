/** Positions timeline items on an axis whose scale compresses long gaps, so decades and days both read. */

export interface TimelineItem {
  id: string;
  startMs: number;
  endMs: number;
}

export interface PlacedItem {
  id: string;
  /** 0..1 along the axis. */
  x1: number;
  x2: number;
  lane: number;
  isRange: boolean;
}

export interface TimelineLayout {
  items: PlacedItem[];
  /** Where the scale breaks across a long gap (0..1). */
  breaks: number[];
  /** Year labels (0..1), thinned so they do not collide. */
  labels: { x: number; text: string }[];
  lanes: number;
}

const DAY = 86_400_000;
const BREAK_AFTER_DAYS = 366;
const BREAK_WIDTH = 4;
const RANGE_MIN_DAYS = 45;
/** Every pair of distinct moments gets at least this much room, so a cluster of days is not squashed. */
const MIN_GAP = 1.5;

/** Width a gap of `days` takes: sub-linear, so a day stays visible next to a year. */
const gapWidth = (days: number): number => (days <= 0 ? 0 : MIN_GAP + Math.min(days ** 0.35, BREAK_WIDTH));

/**
 * Lays out items: piecewise scale over the sorted interval ends, breaks over gaps of more than a year,
 * ranges (over 45 days) in lanes of their own above the points.
 * @example layoutTimeline([{ id: 'a', startMs: 0, endMs: 86400000 }]).items[0].x1 // 0.5
 */
export function layoutTimeline(input: readonly TimelineItem[], margin = 0.04): TimelineLayout {
  if (input.length === 0) return { items: [], breaks: [], labels: [], lanes: 1 };
  const points = [...new Set(input.flatMap((i) => [i.startMs, Math.max(i.startMs, i.endMs)]))].sort((a, b) => a - b);
  const raw = new Map<number, number>();
  const rawBreaks: number[] = [];
  let acc = 0;
  points.forEach((p, i) => {
    if (i > 0) {
      const days = (p - (points[i - 1] ?? p)) / DAY;
      const w = gapWidth(days);
      if (days > BREAK_AFTER_DAYS) rawBreaks.push(acc + w / 2);
      acc += w;
    }
    raw.set(p, acc);
  });
  const total = acc || 1;
  const oneMoment = new Set(input.map((i) => i.startMs)).size === 1;
  const scale = (v: number) => (acc === 0 || oneMoment ? 0.5 : margin + (v / total) * (1 - 2 * margin));
  const at = (ms: number) => scale(raw.get(ms) ?? 0);

  const sorted = [...input].sort((a, b) => a.startMs - b.startMs || b.endMs - a.endMs);
  const laneEnds: number[] = [];
  const items: PlacedItem[] = sorted.map((item) => {
    const isRange = item.endMs - item.startMs > RANGE_MIN_DAYS * DAY;
    const x1 = at(item.startMs);
    const x2 = isRange ? at(Math.max(item.startMs, item.endMs)) : x1;
    let lane = 0;
    if (isRange) {
      lane = laneEnds.findIndex((end) => end < x1 - 0.01);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = x2;
      lane += 1;
    }
    return { id: item.id, x1, x2, lane, isRange };
  });

  const labels: { x: number; text: string }[] = [];
  for (const p of points) {
    const year = String(new Date(p).getUTCFullYear());
    const x = at(p);
    const last = labels[labels.length - 1];
    if (last?.text === year) continue;
    if (last && x - last.x < 0.09) continue;
    labels.push({ x, text: year });
  }
  return { items, breaks: rawBreaks.map(scale), labels, lanes: laneEnds.length + 1 };
}
