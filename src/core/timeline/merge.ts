/**
 * Merges event drafts that are mentions of one happening: spans anchored on the same start ("since
 * March 2011" and "the 26-month conflict"), and dates on the same day, or with the same value, whose
 * sentences share an entity or a content word.
 */
import type { EventDate, Span } from '../types';
import { PRECISIONS } from '../types';
import { ZONED_VALUE } from './calendar';

export interface EventDraft {
  timexId: string;
  label: string;
  quality: number;
  date: EventDate;
  mention: Span;
  sentence: number;
  entities: string[];
  /** Content words of the sentence (lower case, 4+ letters), for matching without entities. */
  words: ReadonlySet<string>;
  /** Start value of an anchored span, or null. */
  anchor: string | null;
}

export interface MergedEvent extends EventDraft {
  timexIds: string[];
}

const FINE = new Set(['day', 'part-of-day', 'time']);

interface Group {
  members: EventDraft[];
  sentences: Set<number>;
  entities: Set<string>;
  words: Set<string>;
}

/** Whether a draft tells of the same happening as a group already in its bucket (same anchor, day or value). */
function sameHappening(group: Group, draft: EventDraft): boolean {
  if (group.sentences.has(draft.sentence)) return true;
  if (draft.entities.some((e) => group.entities.has(e))) return true;
  if (draft.entities.length && group.entities.size) return false;
  for (const w of draft.words) if (group.words.has(w)) return true;
  return false;
}

const fineness = (d: EventDate): number => (d.precision ? PRECISIONS.indexOf(d.precision) : -1);
const zoned = (d: EventDate): boolean => d.precision === 'time' && ZONED_VALUE.test(d.value);

/** The most a local clock can differ from GMT: 14 hours. */
const MAX_ZONE_OFFSET = 14 * 3_600_000;

/**
 * "at 9:55 pm local time (0055 GMT Thursday)": a local and a zoned clock time that can be one instant
 * (read as UTC, no more than a zone's offset apart) may lie on two days.
 */
const zoneTwins = (a: EventDate, b: EventDate): boolean =>
  a.precision === 'time' && b.precision === 'time' && zoned(a) !== zoned(b) && Math.abs(Date.parse(a.start) - Date.parse(b.start)) <= MAX_ZONE_OFFSET;

/**
 * Groups drafts of one happening; the best-labelled draft speaks for the group, the finest date dates it.
 * @example mergeDrafts([since, duration]).length // 1 when both are anchored on 2011-03
 */
export function mergeDrafts(drafts: readonly EventDraft[]): MergedEvent[] {
  // Only drafts with the same anchor, day or value can merge: bucket by that key first.
  const buckets = new Map<string, Group[]>();
  const all: Group[] = [];
  // Groups holding a clock time, by sentence: a clock time's twin in another zone may be on another day.
  const timed = new Map<number, Group[]>();
  for (const draft of drafts) {
    const fine = draft.date.precision !== null && FINE.has(draft.date.precision);
    const key = draft.anchor ? `anchor:${draft.anchor}` : fine ? `day:${draft.date.value.slice(0, 10)}` : `value:${draft.date.value}`;
    const bucket = buckets.get(key) ?? [];
    buckets.set(key, bucket);
    let group = draft.anchor ? bucket[0] : bucket.find((g) => sameHappening(g, draft));
    group ??= timed.get(draft.sentence)?.find((g) => g.members.some((m) => m.sentence === draft.sentence && zoneTwins(m.date, draft.date)));
    if (!group) {
      group = { members: [], sentences: new Set(), entities: new Set(), words: new Set() };
      bucket.push(group);
      all.push(group);
    }
    group.members.push(draft);
    if (draft.date.precision === 'time') {
      const here = timed.get(draft.sentence) ?? [];
      if (!here.includes(group)) timed.set(draft.sentence, [...here, group]);
    }
    group.sentences.add(draft.sentence);
    for (const e of draft.entities) group.entities.add(e);
    for (const w of draft.words) group.words.add(w);
  }
  const groups = all.map((g) => g.members);
  return groups.map((group) => {
    const speaker = [...group].sort((a, b) => b.quality - a.quality || a.sentence - b.sentence)[0]!;
    // "12:25 am local time (0625 GMT)": of two times of one happening, the one in GMT dates it.
    const dated = [...group].sort((a, b) => fineness(b.date) - fineness(a.date) || Number(a.date.approximate) - Number(b.date.approximate) || Number(zoned(b.date)) - Number(zoned(a.date)))[0]!;
    const date = speaker.anchor ? { ...dated.date, end: group.reduce((end, d) => (d.date.end > end ? d.date.end : end), dated.date.end) } : dated.date;
    return { ...speaker, date, timexIds: group.map((d) => d.timexId) };
  });
}
