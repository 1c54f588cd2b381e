/**
 * Merges event drafts that are mentions of one happening: spans anchored on the same start ("since
 * March 2011" and "the 26-month conflict"), and dates on the same day, or with the same value, whose
 * sentences share an entity or a content word.
 */
import type { EventDate, Span } from '../types';
import { PRECISIONS } from '../types';

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

function sameHappening(a: EventDraft, b: EventDraft): boolean {
  if (a.anchor || b.anchor) return a.anchor !== null && a.anchor === b.anchor;
  const sameDay = a.date.precision && b.date.precision && FINE.has(a.date.precision) && FINE.has(b.date.precision) && a.date.value.slice(0, 10) === b.date.value.slice(0, 10);
  const sameValue = a.date.value === b.date.value;
  if (!sameDay && !sameValue) return false;
  if (a.sentence === b.sentence) return true;
  if (a.entities.some((e) => b.entities.includes(e))) return true;
  if (a.entities.length && b.entities.length) return false;
  for (const w of a.words) if (b.words.has(w)) return true;
  return false;
}

const fineness = (d: EventDate): number => (d.precision ? PRECISIONS.indexOf(d.precision) : -1);

/**
 * Groups drafts of one happening; the best-labelled draft speaks for the group, the finest date dates it.
 * @example mergeDrafts([since, duration]).length // 1 when both are anchored on 2011-03
 */
export function mergeDrafts(drafts: readonly EventDraft[]): MergedEvent[] {
  const groups: EventDraft[][] = [];
  for (const draft of drafts) {
    const group = groups.find((g) => g.some((member) => sameHappening(member, draft)));
    if (group) group.push(draft);
    else groups.push([draft]);
  }
  return groups.map((group) => {
    const speaker = [...group].sort((a, b) => b.quality - a.quality || a.sentence - b.sentence)[0]!;
    const dated = [...group].sort((a, b) => fineness(b.date) - fineness(a.date) || Number(a.date.approximate) - Number(b.date.approximate))[0]!;
    const date = speaker.anchor ? { ...dated.date, end: group.reduce((end, d) => (d.date.end > end ? d.date.end : end), dated.date.end) } : dated.date;
    return { ...speaker, date, timexIds: group.map((d) => d.timexId) };
  });
}
