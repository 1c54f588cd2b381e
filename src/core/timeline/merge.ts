/**
 * Merges event drafts that are mentions of one happening: spans anchored on the same start ("since
 * March 2011" and "the 26-month conflict"); dates on the same day whose sentence is one, or that say the
 * same happening word ("talks" and "talks", "met" and "the meeting", "earthquake" and "the quake"); and
 * dates with the same value whose sentences share an entity or a content word.
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
  /** Start value of an anchored span, or null. */
  anchor: string | null;
  /**
   * Stems of the words saying what happened: the label's (a person's name too), the few before the date
   * in its clause and the noun a day owns ("Tuesday's meeting"); no places, bodies or dates.
   */
  heads: ReadonlySet<string>;
  /**
   * Stems of the people the label names after its verb ("Von der Leyen congratulates [Montenegro]"): one of them
   * is a happening word of another draft's only when that draft names them before its verb ("Lee meets Moss",
   * "Moss holds talks with Lee"); two things done to one person on one day are two.
   */
  objects: ReadonlySet<string>;
  /** Whether the label says only who spoke ("Smith tells reporters"): no word of a happening of its own. */
  bare: boolean;
  /** The stems among `heads` that are words of people's names ("abe" of "Abe dies"). */
  people?: ReadonlySet<string>;
  /**
   * The entity the label opens with, when it names one ("Kenya condemns …", "Patience Jonathan summons …"): its id
   * and the lower-case forms the article writes it in.
   */
  subject?: { id: string; names: readonly string[] };
  /** The plural noun a label opens with when no entity does, and its verb ("Troops attack …": troops, attack). */
  doer?: { noun: string; verb: string };
  /**
   * Dated by "that year", "the same month" and the like: the date is the one named before, and what happened then
   * is told as another happening ("elected in 2015 … married later that year").
   */
  anaphoric?: true;
}

export interface MergedEvent extends EventDraft {
  timexIds: string[];
}

const FINE = new Set(['day', 'part-of-day', 'time']);
/** The stems of a span's start, which its label says whatever it is ("X begins"). */
const STARTING = new Set(['begin', 'start']);

interface Group {
  members: EventDraft[];
  sentences: Set<number>;
  entities: Set<string>;
  heads: Set<string>;
  objects: Set<string>;
  /** The group this one was merged into, when a later draft told two groups are one happening. */
  into?: Group;
}

const root = (g: Group): Group => (g.into ? root(g.into) : g);

/** Whether two stems name one happening: equal, or one a compound ending in the other ("earthquake", "quake"). */
const sameHead = (a: string, b: string): boolean =>
  a === b ||
  (a.length >= b.length + 4 && b.length >= 5 && a.endsWith(b)) ||
  (b.length >= a.length + 4 && a.length >= 5 && b.endsWith(a));

/**
 * Whether a draft says a happening word of a group's. `named`: a person's name counts; without it, only what
 * was done does ("Abe died on Friday" and "Abe was shot at 11:30 am" name one man, two happenings).
 */
function sharesHead(group: Group, draft: EventDraft, named = true): boolean {
  const people = named ? null : new Set([draft, ...group.members].flatMap((d) => [...(d.people ?? [])]));
  const person = (h: string): boolean => people?.has(h) === true;
  for (const h of draft.heads) {
    if (person(h)) continue;
    if (group.heads.has(h)) return true;
    for (const g of group.heads) if (!person(g) && sameHead(g, h)) return true;
  }
  // Two people, each named before the verb in one and after it in the other ("Lee meets Moss", "Moss holds talks
  // with Lee").
  return [...draft.objects].some((o) => group.heads.has(o)) && [...draft.heads].some((h) => group.objects.has(h));
}

/** A label's words, lower case, one space between, with a space either side. */
export const wordsOf = (label: string): string =>
  ` ${label
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean)
    .join(' ')} `;

/**
 * Whether a draft's label opens with an entity no label of the group names: "Kenya condemns the attack" and "France
 * condemns the massacre" on one day are two reactions, "Goodluck Jonathan breaks his silence" and "Patience Jonathan
 * summons …" two people's doings, though they share a word. Only entities of one type are compared, each doing
 * what the other does: "Syria tops the agenda when the two men meet" tells of the meeting of "X holds talks with Y".
 * ("Lee meets Moss" and "Moss holds talks with Lee" name each other.) Labels opening with a plural noun no entity
 * is are two when both the noun and the verb differ ("Troops attack the town", "Residents flee the town"), not when
 * one deed is told of two words for its doers ("Gunmen storm the mall", "Attackers storm the mall").
 */
function otherSubject(group: Group, draft: EventDraft): boolean {
  const subject = draft.subject;
  const named = (d: EventDraft, names: readonly string[]): boolean => {
    const words = wordsOf(d.label);
    return names.some((n) => words.includes(` ${n} `));
  };
  const kind = (id: string): string => id.slice(0, id.indexOf('-'));
  // ("Troops attack the town" and "Residents flee the town" on one day: two plural doers doing two things.)
  const doer = draft.doer;
  if (doer && group.members.every((m) => m.doer && m.doer.noun !== doer.noun && m.doer.verb !== doer.verb)) return true;
  if (!subject) return false;
  const others = group.members.filter((m) => m.subject);
  return (
    others.length > 0 &&
    others.every(
      (m) =>
        kind(m.subject!.id) === kind(subject.id) &&
        m.subject!.id !== subject.id &&
        !named(m, subject.names) &&
        !named(draft, m.subject!.names),
    )
  );
}

/** The hours of a day's parts (TIMEX3's TMO, TAF, TEV, TNI; the night runs into the next morning). */
const PART_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  MO: [4, 12],
  AF: [12, 18],
  EV: [17, 24],
  NI: [19, 30],
};

/**
 * Where a date stands in the timeline: its start, or for a part of a day the hour that part begins ("Wednesday
 * evening" after "0835 GMT" and "1603 GMT" on that Wednesday, not before them).
 * @example timelineKey({ value: '2014-11-12TEV', start: '2014-11-12T00:00:00.000Z', … }) // '2014-11-12T17:00:00.000Z'
 */
export function timelineKey(date: EventDate): string {
  const part = /T(MO|AF|EV|NI)$/.exec(date.value)?.[1];
  if (!part) return date.start;
  return new Date(Date.parse(date.start) + PART_HOURS[part]![0] * 3_600_000).toISOString();
}

/** Whether a part of a day and a clock time on it cannot be one moment ("Tuesday morning" and "8:00 pm"). */
function apart(a: EventDate, b: EventDate): boolean {
  const part = (d: EventDate) => /T(MO|AF|EV|NI)$/.exec(d.value)?.[1];
  const hour = (d: EventDate) => (d.precision === 'time' ? Number(d.value.slice(11, 13)) : null);
  const [p, h] = part(a) ? [part(a), hour(b)] : [part(b), hour(a)];
  if (!p || h === null) return false;
  const [from, to] = PART_HOURS[p]!;
  return !((h >= from && h < to) || (to > 24 && h < to - 24));
}

/**
 * Whether a draft tells of the same happening as a group already in its bucket (same anchor, day or value).
 * On one day an entity in common is not enough ("rebels stormed the town on Monday" and "the army hit back
 * on Monday afternoon"): the sentence must be the same, or a happening word; a draft that only says who
 * spoke joins the happening whose entity it names.
 */
function sameHappening(group: Group, draft: EventDraft, day: boolean): boolean {
  // "issued its highest alert on Tuesday morning, but … sent a warning only after 8:00 pm": two parts of one day
  // that do not meet are two happenings, even in one sentence; and "was shot at about 11:30 am and … was pronounced
  // dead at 5:03 pm": so are two clock times that are not one instant written in two zones.
  if (day && group.members.some((m) => apart(m.date, draft.date) || twoTimes(m.date, draft.date))) return false;
  if (group.sentences.has(draft.sentence)) return true;
  // ("Lee was elected in 2015. He married later that year": "that year" says another happening at that date; only
  // a happening word in common makes them one.)
  if (draft.anaphoric || group.members.some((m) => m.anaphoric)) return sharesHead(group, draft);
  // (A day and a clock time of one day told in two sentences are one happening by what was done, not by who did
  // it: "Abe died on Friday after being shot" and "was pronounced dead at 5:03 pm"; "… shot … at 11:30 am".)
  if (day) {
    const timed = (d: EventDraft): boolean => d.date.precision === 'time';
    // ("Yanukovych signed a deal on Friday" and "flew to Kharkiv overnight": so a day and a part of it, unless one
    // of them only says who spoke, "Macron vowed on Tuesday to rebuild" and "Macron said on Tuesday evening".)
    const part = (d: EventDraft): boolean => d.date.precision === 'part-of-day';
    const weak = draft.quality < 2 || group.members.some((m) => m.quality < 2);
    const mixed = group.members.some((m) => timed(m) !== timed(draft) || (part(m) !== part(draft) && !weak));
    // ("Iran and six world powers reached a historic agreement on Tuesday" and "Obama, speaking at 7:00 am, said the
    // agreement cut off every pathway": a saying about a happening, at a clock time, is not the happening.)
    const saying = (d: EventDraft): boolean => TELLING.test(wordsOf(d.label));
    const toldApart = mixed && group.members.every((m) => saying(m) !== saying(draft));
    return (
      (sharesHead(group, draft, !mixed) && !otherSubject(group, draft) && !toldApart) ||
      (draft.bare && draft.entities.some((e) => group.entities.has(e)))
    );
  }
  // (A place in common is not enough either: "inflation slowed in April" and "last month, Argentina lifted
  // currency controls", both of Argentina, are two. An entity's id opens with its type, recognize.ts.)
  // (In one month, only when the two share a happening word or a name their labels say, or one says no happening:
  // "Harris replaces Biden as the candidate" and "Trump survives a shooting", both of July, are two, though the
  // first sentence mentions Trump.)
  if (draft.entities.some((e) => group.entities.has(e) && !e.startsWith('place-')))
    return (
      draft.date.precision !== 'month' ||
      sharesHead(group, draft) ||
      draft.bare ||
      draft.quality < 2 ||
      group.members.some((m) => m.bare || m.quality < 2)
    );
  if (draft.entities.length && group.entities.size && !draft.entities.every((e) => e.startsWith('place-')))
    return false;
  return sharesHead(group, draft);
}

/** A label's verb of telling after its subject ("Obama says the agreement …"). */
const TELLING =
  /^ \S.* (?:says|say|tells|tell|warns|warn|announces|announce|insists|insist|adds|add|confirms|confirm) /;

/** Two clock times that cannot be one instant (neither the same time nor one written in two zones). */
const twoTimes = (a: EventDate, b: EventDate): boolean =>
  a.precision === 'time' && b.precision === 'time' && a.start !== b.start && !zoneTwins(a, b);

function absorb(group: Group, other: Group): void {
  other.into = group;
  group.members.push(...other.members);
  for (const s of other.sentences) group.sentences.add(s);
  for (const e of other.entities) group.entities.add(e);
  for (const h of other.heads) group.heads.add(h);
  for (const o of other.objects) group.objects.add(o);
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
  a.precision === 'time' &&
  b.precision === 'time' &&
  zoned(a) !== zoned(b) &&
  Math.abs(Date.parse(a.start) - Date.parse(b.start)) <= MAX_ZONE_OFFSET;

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
    const key = draft.anchor
      ? `anchor:${draft.anchor}`
      : fine
        ? `day:${draft.date.value.slice(0, 10)}`
        : `value:${draft.date.value}`;
    const bucket = (buckets.get(key) ?? []).filter((g) => !g.into);
    buckets.set(key, bucket);
    let group: Group | undefined;
    if (draft.anchor) group = bucket[0];
    else {
      // A draft that tells of two groups' happening makes them one ("the two men meet" and "talks with X"
      // are joined by "Tuesday's meeting", which says both "meeting" and "talks").
      const matches = bucket.filter((g) => sameHappening(g, draft, fine));
      group = matches[0];
      for (const other of matches.slice(1)) absorb(group!, other);
    }
    group ??= timed
      .get(draft.sentence)
      ?.map(root)
      .find((g) => g.members.some((m) => m.sentence === draft.sentence && zoneTwins(m.date, draft.date)));
    if (!group) {
      group = { members: [], sentences: new Set(), entities: new Set(), heads: new Set(), objects: new Set() };
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
    for (const h of draft.heads) group.heads.add(h);
    for (const o of draft.objects) group.objects.add(o);
  }
  // "the six-month pilot, which began in June last year": a span counted back from the publication date (so
  // only approximate) is the happening whose start its sentence dates ("began", "started"), when the two share
  // a word other than the "begins" every span's label says. (Not "For the past five days, stocks have been
  // down; today they were down 5 percent": no start is dated there.)
  // So in another sentence, when the start it dates is near the span's, within a seventh of the span's length
  // ("ending a seven-week walkout" on November 4; "The strike began on September 13").
  for (const span of all) {
    if (span.into || !span.members.every((m) => m.anchor !== null && m.date.approximate)) continue;
    const heads = [...span.heads].filter((h) => !STARTING.has(h));
    const { start, end } = span.members[0]!.date;
    const slack = (Date.parse(end) - Date.parse(start)) / 7;
    const near = (m: EventDraft): boolean => Math.abs(Date.parse(m.date.start) - Date.parse(start)) <= slack;
    const dated = all.find(
      (g) =>
        g !== span &&
        !g.into &&
        g.members.some(
          (m) => (span.sentences.has(m.sentence) || near(m)) && m.anchor === null && !m.date.approximate,
        ) &&
        [...g.heads].some((x) => STARTING.has(x)) &&
        heads.some((h) => [...g.heads].some((x) => sameHead(x, h))),
    );
    if (dated) absorb(dated, span);
  }
  const groups = all.filter((g) => !g.into).map((g) => g.members);
  return groups.map((group) => {
    // Of labels as good, the body's first: a headline's is terser ("Profit slides" beside "Profit slides 18
    // percent"); the title is sentence 0.
    const speaker = [...group].sort(
      (a, b) => b.quality - a.quality || Number(a.sentence === 0) - Number(b.sentence === 0) || a.sentence - b.sentence,
    )[0]!;
    // "12:25 am local time (0625 GMT)": of two times of one happening, the one in GMT dates it.
    // (Not a draft that only says who spoke, when another tells the happening: "US forces killed bin Laden on
    // Monday, Obama said" and "Obama said … shortly after 11:35 pm (0335 GMT)" are dated by the killing's day.)
    // (A bare one of the same sentence as such a draft still does: "said at 4:00 pm (2000 GMT) on Sunday that …".)
    const told = group.filter(
      (d) => !d.bare || group.every((o) => o.bare) || group.some((o) => !o.bare && o.sentence === d.sentence),
    );
    const dated = [...told].sort(
      (a, b) =>
        fineness(b.date) - fineness(a.date) ||
        Number(a.date.approximate) - Number(b.date.approximate) ||
        Number(zoned(b.date)) - Number(zoned(a.date)),
    )[0]!;
    const date = speaker.anchor
      ? { ...dated.date, end: group.reduce((end, d) => (d.date.end > end ? d.date.end : end), dated.date.end) }
      : dated.date;
    return { ...speaker, date, timexIds: group.map((d) => d.timexId) };
  });
}
