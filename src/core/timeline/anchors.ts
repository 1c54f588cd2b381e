/**
 * Anchored spans: "since March 2011" runs from March 2011 to the publication date, and a duration
 * describing something still going on ("the 26-month conflict", "has been with the firm for 33
 * years") runs back from the publication date. Both become a `range` on the time expression, as do
 * two dates joined as a span ("between 2014 and 2017"), a period that ends on a date ("the three months
 * to March") and a part of the current unit ("earlier this year"). A count "later" or "earlier" than a
 * date of the same sentence ("two days later") becomes the date it names.
 */
import type { Span, Timex } from '../types';
import { sentenceAt, type Candidate } from './candidates';
import {
  addDays,
  addMonths,
  countedFrom,
  daysBetween,
  formatYm,
  formatYmd,
  intervalOf,
  lastDayOfMonth,
  parseYmd,
  type Ymd,
} from './calendar';
import { COUNTED_LENGTH, LENGTH_HEDGE } from './durations';
import { tenseAround } from './resolve';
import { isIrregularPast } from './verbs';

const SINCE_BEFORE = /\bsince\s+(?:(?:the\s+)?(?:start|beginning|end|middle|turn)\s+of\s+)?$/i;
const UNTIL_BEFORE = /\b(?:until|till)\s+(?:at\s+least\s+)?(?:(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+)?$/i;
/** A negation earlier in the clause: "will not reopen until May" tells of the reopening in May, not of a span. */
const NEGATED_BEFORE = /(?:\bnot|\bnever|n['’]t)\b[^.;:!?]*$/i;

/**
 * Whether the date at `at` closes a span that runs from the publication day: "closed until next Tuesday",
 * "a ban until at least next March". Not after a negation ("will not reopen until May").
 * @example closesUntil('The museum will stay closed until next Tuesday.', 39) // true
 */
export function closesUntil(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  return UNTIL_BEFORE.test(before) && !NEGATED_BEFORE.test(before.replace(UNTIL_BEFORE, ''));
}
const ONGOING_BEFORE =
  /\b(?:(?:has|have)\s+(?:\w+\s+){0,5}for|for\s+the\s+(?:past|last)|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last))\s+$/i;
/**
 * "the", "its" … before a length that qualifies a noun ("the 26-month conflict"), a hedge after it too ("the nearly
 * three-year conflict"); so a possessive ("his decade-long rule", "the party's 12-year rule").
 */
const DEFINITE_BEFORE =
  /(?:\b(?:the|its|their|this|his|her)|\p{Lu}[\p{L}-]*['’]s)\s+(?:(?:nearly|almost|some|about|roughly)\s+)?$/iu;

/**
 * The start of a duration counted back from a day, at the duration's own precision.
 * @example startBefore({ year: 2013, month: 5, day: 7 }, 'P26M') // '2011-03'
 */
export function startBefore(end: Ymd, duration: string): string | null {
  const m = /^P(\d+)([YMWD])$/.exec(duration);
  if (!m) return null;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'Y':
      return String(end.year - n);
    case 'M': {
      const ym = addMonths(end.year, end.month, -n);
      return formatYm(ym.year, ym.month);
    }
    case 'W':
      return formatYmd(addDays(end, -7 * n));
    default:
      return formatYmd(addDays(end, -n));
  }
}

/** "compared with 2021 levels", "below 1990 levels": a date whose levels a change is set against. */
export function levelsCompared(text: string, span: Span): boolean {
  return (
    /\b(?:compared (?:with|to)|from|than|below|above|over)\s+$/i.test(
      text.slice(Math.max(0, span.start - 14), span.start),
    ) && /^\s+levels?\b/i.test(text.slice(span.end, span.end + 8))
  );
}

const LATER = /^\s+(?:(later|afterwards|after that)|(earlier|before that))\b(?!\s+than\b)/i;

/**
 * The date a count "later" or "earlier" counts from: the last plain date before it in its sentence, or one
 * closing the sentence before ("fled to Japan in 2000 …. He was arrested in Chile five years later"), not
 * one further back. A count of days or weeks reaches further for a day, to three sentences back within 600
 * characters ("beat Ipswich on Sunday. … [a quotation] …, whose side won a week earlier"): a story tells the
 * days of one week around the day it is about, and no other date came between.
 */
function anchorBefore(
  c: Candidate,
  candidates: readonly Candidate[],
  index: number,
  text: string,
  lead?: Span,
): Candidate | null {
  const days = /^P(?:\d+[DW]|T\d+[HM])$/.test(c.value);
  const reach = days ? 600 : 250;
  // ("Voters on Sunday rejected the deal … [two long sentences] … signed it in Cartagena just six days earlier": a
  // day the lead sentence tells of is in reach of a count of days however long the sentences between.)
  const inReach = (a: Candidate): boolean =>
    c.start - a.end <= reach || (days && lead !== undefined && a.start >= lead.start && a.end <= lead.end);
  let anchor: Candidate | undefined;
  // Candidates do not overlap and come in text order: the walk back stops `reach` characters away, so a long
  // article of durations with no date stays linear.
  for (let k = index - 1; k >= 0 && !anchor && inReach(candidates[k]!); k--) {
    const a = candidates[k]!;
    // "had not lost since August … won a week earlier": a date opening a span is no point to count from.
    if (/\bsince\s+$/i.test(text.slice(Math.max(0, a.start - 7), a.start))) continue;
    // "by 2030 compared with 2021 levels, and by 100 percent five years later": nor the year a change is set
    // against.
    if (levelsCompared(text, a)) continue;
    // "before dawn on February 11": a part of a day is that day to count from.
    if (a.type === 'date' && /^\d{4}(?:-\d{2}){0,2}$|^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)$/.test(a.value)) anchor = a;
    // "Polls closed at 8 pm on Sunday. Results came two days later": a time on a day it names is that day to
    // count from (not a bare "shortly before midnight", whose day is only the publication's).
    if (
      a.type === 'time' &&
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(a.value) &&
      a.stated.some((part) => part === 'day' || part === 'weekday')
    )
      anchor = a;
  }
  if (!anchor || !inReach(anchor)) return null;
  const far = days && /^\d{4}-\d{2}-\d{2}/.test(anchor.value);
  // "…, police said on Tuesday. … had bought the car a week earlier": a day that only dates a saying closing its
  // sentence is no point to count from further than the next sentence.
  const telling =
    /\b(?:said|says|told\s+\S+|announced|reported)\s+(?:on\s+)?$/i.test(
      text.slice(Math.max(0, anchor.start - 24), anchor.start),
    ) && /^\s*[.!?]/.test(text.slice(anchor.end, anchor.end + 3));
  const breaks = text.slice(anchor.end, c.start).match(/[.!?]["”’]?\s+["“]?\p{Lu}/gu)?.length ?? 0;
  if ((far && !telling ? breaks > 3 : breaks > 1) || ((!far || telling) && c.start - anchor.end > 250)) return null;
  return anchor;
}

/**
 * "withdrew on Tuesday and had surgery two days later": a count of days, weeks, months or years after (or
 * before) a date earlier in the same sentence, or the one before, is the date it names, at the count's precision (days and
 * weeks need a day; hours and minutes name a day, from a day or a time on a named day). Null for anything else.
 * @example afterAnchor(twoDays, [tuesday, twoDays], 1, text) // { ...twoDays, type: 'date', value: '2024-06-06' }
 */
function afterAnchor(
  c: Candidate,
  candidates: readonly Candidate[],
  index: number,
  text: string,
  lead?: Span,
): Candidate | null {
  const word = LATER.exec(text.slice(c.end, c.end + 16));
  const count = /^P(\d+)([DWMY])$/.exec(c.value);
  // "conceded defeat an hour later", "90 minutes afterwards": hours and minutes count from a clock time to the clock
  // time they reach (below), or from a day, and fall on it (or on a later one, by the whole days they make).
  const clock = /^PT(\d+)([HM])$/.exec(c.value);
  if (!word || !(count || clock)) return null;
  const anchor = anchorBefore(c, candidates, index, text, lead);
  if (!anchor) return null;
  const sign = word[1] ? 1 : -1;
  const minutes = clock ? sign * Number(clock[1]) * (clock[2] === 'H' ? 60 : 1) : 0;
  // ("The ballot was held at 9:00 pm, and the result was announced about 50 minutes later": from a clock time, the
  // clock time the minutes reach.)
  const time = clock ? clockTimeCountedFrom(anchor.value, minutes) : null;
  if (time) return { ...offsetDate(c, time, c.end + word[0].length), type: 'time' };
  const value = clock
    ? wholeDaysCountedFrom(anchor.value, minutes)
    : countedFrom(anchor.value, Number(count![1]) * sign, count![2]!);
  return value ? offsetDate(c, value, c.end + word[0].length) : null;
}

/**
 * The clock time so many minutes from a clock time on a known day, in its zone ("Z" kept). Null from a day.
 * @example clockTimeCountedFrom('2015-09-14T21:00', 50) // '2015-09-14T21:50'
 */
function clockTimeCountedFrom(value: string, minutes: number): string | null {
  const time = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(Z?)$/.exec(value);
  if (!time) return null;
  const total = Number(time[2]) * 60 + Number(time[3]) + minutes;
  const days = Math.floor(total / (24 * 60));
  const day = countedFrom(time[1]!, days, 'D');
  if (!day) return null;
  const within = total - days * 24 * 60;
  const hh = String(Math.floor(within / 60)).padStart(2, '0');
  const mm = String(within % 60).padStart(2, '0');
  return `${day}T${hh}:${mm}${time[4]}`;
}

/**
 * A count's "after" or "before" and what happened then: no date, no pronoun standing for one ("a day after
 * it", not "seven years after it was launched").
 */
const OFFSET_CLAUSE = /^\s+(after|before)\s+(?!(?:that|this|then|which|what)\b|it\b(?!\s+\p{Ll}))(?=\S)/iu;

/**
 * The clause after a count's "after" or "before" ("a day [after workers walked off the job], …"), up to the next
 * comma, semicolon, quotation mark or dash (at most 400 characters on, and not past `end`); null when the count
 * is followed by neither word.
 */
export function offsetClauseSpan(text: string, from: number, end: number): Span | null {
  const m = OFFSET_CLAUSE.exec(text.slice(from, from + 16));
  if (!m) return null;
  const start = from + m[0].length;
  // (Not a decimal point or a thousands' comma: "inflation held at 3.8 percent", "killed 1,200 people".)
  const stops = /(?<!\d)[,.]|[,.](?!\d)|[;:!?"“”()]|\s[-–—]\s/g;
  const window = text.slice(start, Math.min(end, start + 400));
  let stop = stops.exec(window);
  // ("a day after the pensions chief, Jean-Paul Delevoye, resigned": past a name set off by commas.)
  if (stop?.[0] === ',') {
    const aside = /^,\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,\s+(?=\p{Ll})/u.exec(window.slice(stop.index));
    if (aside) {
      stops.lastIndex = stop.index + aside[0].length;
      stop = stops.exec(window);
    }
  }
  let clauseEnd = stop ? start + stop.index : Math.min(end, start + 400);
  // ("a day after protesters stormed parliament and at least 22 people were killed": the first of two clauses
  // joined by "and", the second with a subject of its own before "was", "were" or "had".)
  // (Only when the first has a past of its own: not "after Smith and his wife were released".)
  // (Whether the clause's words up to `at`, past its first, tell a past of their own.)
  const toldPast = (at: number): boolean =>
    text
      .slice(start, start + at)
      .split(/\s+/)
      .slice(1)
      .some((w) => /^\p{Ll}{2,}ed$/u.test(w) || isIrregularPast(w));
  const second = SECOND_CLAUSE.exec(text.slice(start, clauseEnd));
  if (second && toldPast(second.index)) clauseEnd = start + second.index;
  // ("a day after voters rejected the terms of a bailout in a referendum that has plunged Europe into …": a relative
  // clause after the clause's past says more of a noun, no more of what happened.)
  const relative = /\s(?:that|which|who)\s/.exec(text.slice(start, clauseEnd));
  if (relative && toldPast(relative.index)) clauseEnd = start + relative.index;
  return clauseEnd > start ? { start, end: clauseEnd } : null;
}

/**
 * A sentence opening with "The", "This", "That", "It" or "Its" whose verb "came" stands right before a count ("The
 * protests came ", "The move, agreed by ambassadors in Brussels, came ").
 */
const CAME_AFTER = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:The|This|That|It|Its)\b[^.!?]{0,160}?\s(?:came|comes)\s+$/;

/** "and", then a noun phrase of up to five words and an auxiliary: a clause with a subject of its own. */
const SECOND_CLAUSE =
  /\s+and\s+(?=(?:at\s+least|more\s+than|nearly|about|some|the|a|an|his|her|their|its|\d[\d,]*|\p{Lu}[\p{L}'’-]*)\s+(?:[\p{L}\d'’-]+\s+){0,4}(?:was|were|had|has|have|is|are)\s)/u;

type Dated = Pick<Timex, 'start' | 'end' | 'type' | 'value'> & { range?: Timex['range'] };

/**
 * The one date of a whole day inside the lead sentence, among those `point` accepts: what a count far from any
 * date of its own counts from ("Hours later, …", "The protests came a day after …"). Null for none or several.
 */
function leadsOneDay<T extends Span & { value: string }>(
  dates: readonly T[],
  lead: Span,
  point: (a: T) => boolean,
): T | null {
  const days = dates.filter(
    (a) => a.start >= lead.start && a.end <= lead.end && point(a) && /^\d{4}-\d{2}-\d{2}$/.test(a.value),
  );
  return days.length === 1 ? days[0]! : null;
}

/**
 * "unveiled the plan on Thursday, a day after workers walked off the job": a count set off by a comma after a
 * date of its sentence, then "after" or "before" and what happened then, gives the date of that happening (the
 * day before Thursday); so does one opening the sentence before its date ("Two days after the vote, he resigned
 * on Friday"). The count stays a duration (as TimeML has it); this is the date of the happening it places.
 * Null before a date ("two days before Christmas", a date of its own) or before a clause that has one ("a week
 * after the army seized power in January", which that date places).
 * @example offsetClauseDate(aDay, [thursday, aDay], 1, text) // { value: '2019-10-02', from: '2019-10-03', at: thursday.start }
 */
export function offsetClauseDate(
  c: Dated,
  timexes: readonly Dated[],
  index: number,
  text: string,
  lead?: Span,
): { value: string; from: string; at: number } | null {
  const word = OFFSET_CLAUSE.exec(text.slice(c.end, c.end + 16));
  const count = /^P(\d+)([DWMY])$/.exec(c.value);
  const clause = word && count && c.type === 'duration' ? offsetClauseSpan(text, c.end, text.length) : null;
  if (!word || !count || !clause) return null;
  // (A date after "since" in the clause is another thing's: "… in the largest strike since the return to
  // democracy in 1990".)
  const next = timexes[index + 1];
  if (next && next.start < clause.end && !/\bsince\b/i.test(text.slice(c.end, next.start))) return null;
  // A day or coarser, or a time of a day ("at 6:04 pm (1234 GMT), four days after …": counted from its day).
  const point = (a: Dated | undefined): boolean =>
    (a?.type === 'date' && /^\d{4}(?:-\d{2}){0,2}$/.test(a.value) && !a.range) ||
    (a?.type === 'time' && /^\d{4}-\d{2}-\d{2}T/.test(a.value));
  const prev = timexes[index - 1];
  let anchor: Dated | null = null;
  // "on Thursday, a day after": the date, then the count as an appositive after a comma (or a dash).
  if (point(prev) && /^[^.;!?]{0,80}(?:,|\s[-–—])\s*$/.test(text.slice(prev!.end, c.start))) anchor = prev!;
  // "Two days after the vote, he resigned on Friday": the count opens the sentence.
  else if (/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, c.start - 3), c.start))) {
    for (let k = index + 1; k < timexes.length && !anchor; k++) {
      const a = timexes[k]!;
      if (/[.!?]/.test(text.slice(c.end, a.start))) break;
      if (point(a) && /,/.test(text.slice(c.end, a.start))) anchor = a;
    }
  }
  // "The protests came a day after the pensions chief resigned", with no date in its sentence: what "came" is the
  // story's happening, on the lead's one day.
  else if (lead && c.start > lead.end && CAME_AFTER.test(text.slice(Math.max(0, c.start - 200), c.start))) {
    const sentenceDated = timexes.some(
      (a, k) =>
        k !== index && a.start > c.start - 200 && a.start < c.end && !/[.!?]\s/.test(text.slice(a.end, c.start)),
    );
    if (!sentenceDated) anchor = leadsOneDay(timexes, lead, point);
  }
  if (!anchor) return null;
  const day = anchor.value.replace(/T.*$/, '');
  const value = countedFrom(day, Number(count[1]) * (word[1]!.toLowerCase() === 'after' ? -1 : 1), count[2]!);
  return value ? { value, from: day, at: anchor.start } : null;
}

/**
 * The day so many minutes from a day (or a part of one, which has no clock; a clock time counts to a clock time, in
 * `clockTimeCountedFrom`): that day, or a later one by the whole days they make. Null from anything coarser than a
 * day.
 * @example wholeDaysCountedFrom('2018-04-01', 36 * 60) // '2018-04-02'
 */
function wholeDaysCountedFrom(value: string, minutes: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  return countedFrom(value, Math.trunc(minutes / (24 * 60)), 'D');
}

/** A count become the date it names, ending at `end`. */
function offsetDate(c: Candidate, value: string, end = c.end): Candidate {
  return {
    ...c,
    end,
    type: 'date',
    value,
    stated: ['offset'],
    inferred: ['year', 'month', 'day'],
    relative: true,
    range: null,
  };
}

/**
 * How far a count with no number reaches ("days later": two days or more, less than two weeks), in days
 * for hours, days and weeks, in months and in years for those.
 */
const VAGUE_REACH: Record<string, readonly [number, number]> = {
  H: [0, 1],
  D: [2, 13],
  W: [14, 55],
  M: [2, 11],
  Y: [2, 30],
};

/** Before "within days": a verb of saying or foreseeing, whose stretch is of what is said, from the saying. */
const FORESEEN_BEFORE =
  /\b(?:warn|expect|predict|forecast|promis|pledg|vow|threat|said|say|told|tell|announc|hope|plan|fear)\w*\b[^,.;:]*$/i;

/**
 * The date a count with no number counts from: the last date named before it, in its sentence or closing
 * the one before. A year that qualifies a noun ("the 2023 budget") names no time to count from and is
 * passed over; a date that opens or closes a span ("since March", "between 2011 and 2014") is no point to
 * count from, and nor is anything coarser than a day for hours.
 */
function pointBefore(
  c: Candidate,
  candidates: readonly Candidate[],
  index: number,
  text: string,
  spans: ReadonlyMap<Candidate, unknown>,
  unit: string,
): Candidate | null {
  for (let k = index - 1; k >= 0; k--) {
    const a = candidates[k]!;
    if (c.start - a.end > 250) return null;
    if ((a.type !== 'date' && a.type !== 'time') || !/^\d{4}/.test(a.value)) continue;
    if ((text.slice(a.end, c.start).match(/[.!?]["”’]?\s+\p{Lu}/gu)?.length ?? 0) > 1) return null;
    if (
      /^\d{4}$/.test(a.value) &&
      /^\s+\p{Ll}/u.test(text.slice(a.end, a.end + 3)) &&
      /(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s)\s+$/i.test(
        text.slice(Math.max(0, a.start - 8), a.start),
      )
    )
      continue;
    if (spans.has(a) || SINCE_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start))) return null;
    // "expected equipment to be back by Thursday. Warnings were lifted hours later": a deadline after "by" is no
    // point a past was counted from.
    if (/\bby\s+$/i.test(text.slice(Math.max(0, a.start - 4), a.start)) && tenseAround(text, c.start, c.end) === 'past')
      continue;
    if (unit === 'H' && !/^\d{4}-\d{2}-\d{2}/.test(a.value)) return null;
    return a;
  }
  return null;
}

/**
 * "was arrested in September. Days later, investigators searched …", "Weeks afterwards", "Within days, an
 * inquiry was opened": a count with no number after (or before) the date named before, or within so long
 * of it when told in the past, is a stretch of time from that date (from its first day to its last, for a
 * month or a quarter), in days, months or years as the count is (in years from a year), up to the
 * publication day. Not "months earlier than planned", a comparison.
 */
function vagueAfterAnchor(
  c: Candidate,
  candidates: readonly Candidate[],
  index: number,
  text: string,
  reference: Ymd | null,
  spans: ReadonlyMap<Candidate, unknown>,
  lead?: Span,
): Candidate | null {
  const vague = /^PT?X([HDWMY])$/.exec(c.value);
  if (!vague) return null;
  const unit = vague[1]!;
  const word = LATER.exec(text.slice(c.end, c.end + 16));
  const before = text.slice(Math.max(0, c.start - 80), c.start);
  let within = !word && /\bwithin\s+$/i.test(before) && !FORESEEN_BEFORE.test(before);
  if (within) {
    within = tenseAround(text, c.start, c.end) === 'past';
  }
  if (!word && !within) return null;
  let anchor = pointBefore(c, candidates, index, text, spans, unit);
  // "The EU on Tuesday agreed sanctions … [no date for three sentences] … Hours later, Obama announced …": a count
  // of hours later opening its sentence, with no date near before it, counts from the lead's one day.
  if (
    !anchor &&
    unit === 'H' &&
    word?.[1] &&
    lead &&
    c.start > lead.end &&
    /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(Math.max(0, c.start - 200), c.start))
  ) {
    anchor = leadsOneDay(candidates, lead, (a) => a.type === 'date');
  }
  const interval = anchor && intervalOf(anchor.value);
  if (!anchor || !interval) return null;
  const [lo, hi] = word ? VAGUE_REACH[unit]! : [0, VAGUE_REACH[unit]![1]];
  const back = word?.[2] !== undefined;
  const first = parseYmd(interval.start)!;
  const last = parseYmd(new Date(Date.parse(interval.end) - 1).toISOString())!;
  const yearly = /^\d{1,4}$/.test(anchor.value);
  const shift = (day: Ymd, amount: number): Ymd =>
    unit === 'Y'
      ? { ...day, year: day.year + amount }
      : unit === 'M'
        ? { ...addMonths(day.year, day.month, amount), day: 1 }
        : addDays(day, amount);
  const show = (day: Ymd): string =>
    unit === 'Y' || yearly ? String(day.year) : unit === 'M' ? formatYm(day.year, day.month) : formatYmd(day);
  let range = back
    ? { start: show(shift(first, -hi)), end: show(shift(last, -lo)) }
    : { start: show(shift(first, lo)), end: show(shift(last, hi)) };
  // Told before the publication day, the stretch ends there at the latest.
  const published = reference ? formatYmd(reference).slice(0, range.end.length) : null;
  if (published && range.start <= published && range.end > published) range = { ...range, end: published };
  return { ...c, end: word ? c.end + word[0].length : c.end, range };
}

interface SpanPair {
  /** The first date of the pair, whose value may take the year the second states. */
  first: Candidate;
  /** The last date, whose value may be the span's end; a day listed between keeps its own. */
  last: Candidate;
  start: string;
  end: string;
}

/** A clock time on a day: "2013-05-07T22:00", or in UTC "2013-05-07T22:00Z". */
const CLOCK_VALUE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z?$/;

/**
 * "between 2014 and 2017", "from March to June 2012", "from 10 pm to 5 am": two dates of one precision (or two
 * clock times) joined so are one span.
 * Each keeps its own value and gets the span as its range, so the timeline shows one event.
 */
function spanPairs(candidates: readonly Candidate[], text: string, published?: string): Map<Candidate, SpanPair> {
  const out = new Map<Candidate, SpanPair>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    // "a curfew from 10 pm to 5 am", "between 11 pm and 2 am": two clock times, the second on its own day already
    // (the next, when it is earlier), are one stretch.
    if (a.type === 'time' && b.type === 'time' && CLOCK_VALUE.test(a.value) && CLOCK_VALUE.test(b.value)) {
      const before = text.slice(Math.max(0, a.start - 9), a.start);
      const between = text.slice(a.end, b.start);
      const joined =
        (/\bbetween\s+$/i.test(before) && /^\s+and\s+$/i.test(between)) ||
        (/\bfrom\s+$/i.test(before) && /^\s+(?:to|until|till)\s+$/i.test(between));
      if (joined && a.value < b.value && a.value.endsWith('Z') === b.value.endsWith('Z')) {
        const pair = { first: a, last: b, start: a.value, end: b.value };
        out.set(a, pair);
        out.set(b, pair);
      }
      continue;
    }
    if (a.type !== 'date' || b.type !== 'date' || a.value.length !== b.value.length) continue;
    if (!/^\d{4}(?:-\d{2}){0,2}$/.test(a.value) || !/^\d{4}(?:-\d{2}){0,2}$/.test(b.value)) continue;
    // "from March to June 2012", "from January to August last year": the first takes the year the second
    // states.
    let start = a.value;
    if (!yearOf(a, text) && yearOf(b, text)) {
      start = `${b.value.slice(0, 4)}${a.value.slice(4)}`;
      if (start > b.value) start = `${Number(b.value.slice(0, 4)) - 1}${a.value.slice(4)}`;
    }
    // ("signed a decree deploying troops from August 24 to September 24", told on August 24: a stretch whose first
    // day is the publication day or before it, and whose second, in the first's year, runs past it, holds the
    // publication day; it is not put a year back whole for the past verb.)
    let end = b.value;
    const around = `${start.slice(0, 4)}${b.value.slice(4)}`;
    if (
      published &&
      start > b.value &&
      !yearOf(a, text) &&
      !yearOf(b, text) &&
      start <= published &&
      around >= published &&
      around > start
    )
      end = around;
    // ("selling 5.04 million vehicles between January and June", told in September: two months named in order with
    // no year written, resolved a year apart, are of the second's year.)
    if (start > end && !yearOf(a, text) && !yearOf(b, text) && start.slice(0, 4) !== b.value.slice(0, 4)) {
      const same = `${b.value.slice(0, 4)}${a.value.slice(4)}`;
      if (same < b.value) start = same;
    }
    // "runs from November to February": a second month or day before the first, neither with a year written,
    // is in the year after it.
    if (start >= end && !yearOf(a, text) && !yearOf(b, text) && start.slice(0, 4) === end.slice(0, 4))
      end = `${Number(end.slice(0, 4)) + 1}${end.slice(4)}`;
    if (start >= end) continue;
    const before = text.slice(Math.max(0, a.start - 9), a.start);
    const between = text.slice(a.end, b.start);
    // Two days need no "from": "the meeting is scheduled for April 30 to May 1", "the fair runs June 3-5".
    const days = a.value.length === 10 && /^\s+(?:to|until|till|through)\s+$|^\s*[-–]\s*$/i.test(between);
    // Nor two months a dash joins: "in the July-September period", "the April–June quarter".
    const months = a.value.length === 7 && /^[-–]$/.test(between);
    const joined =
      (/\bbetween\s+$/i.test(before) && /^\s+and\s+$/i.test(between)) ||
      (/\bfrom\s+$/i.test(before) && /^\s+(?:to|until|till|through)\s+$/i.test(between)) ||
      days ||
      months;
    if (!joined) continue;
    const pair = { first: a, last: b, start, end };
    out.set(a, pair);
    out.set(b, pair);
  }
  // "on Friday and Saturday", "on June 3 and 4", "on Friday, Saturday and Sunday": days that follow each other,
  // listed with "and", are one span too ("on Monday and Thursday" are two days).
  for (let i = 0; i < candidates.length; i++) {
    const chain = [candidates[i]!];
    let and = false;
    for (let j = i + 1; j < candidates.length && !and; j++) {
      const prev = chain[chain.length - 1]!;
      const next = candidates[j]!;
      if (out.has(prev) || out.has(next) || !isDay(prev) || !isDay(next)) break;
      if (formatYmd(addDays(parseYmd(prev.value)!, 1)) !== next.value) break;
      const between = text.slice(prev.end, next.start);
      if (!/^\s*,\s*$|^,?\s+and\s+$/.test(between)) break;
      chain.push(next);
      and = /and/.test(between);
    }
    if (!and) continue;
    const pair = {
      first: chain[0]!,
      last: chain[chain.length - 1]!,
      start: chain[0]!.value,
      end: chain[chain.length - 1]!.value,
    };
    for (const c of chain) out.set(c, pair);
    i += chain.length - 1;
  }
  return out;
}

/** Whether a date's text gives its year: written, or after its month ("August last year"). */
const yearOf = (c: Candidate, text: string): boolean =>
  c.stated.includes('year') || /\b(?:last|next|this|previous|following) year$/i.test(text.slice(c.start, c.end));

/**
 * "in January and February last year", "in March, April and May 2011": months listed with "and", the last
 * giving its year, are all of that year (a month later than the one after it, of the year before).
 */
function listedYears(candidates: readonly Candidate[], text: string): Candidate[] {
  const out = [...candidates];
  const isMonth = (c: Candidate): boolean => c.type === 'date' && /^\d{4}-\d{2}$/.test(c.value);
  for (let i = out.length - 1; i > 0; i--) {
    const last = out[i]!;
    if (!isMonth(last) || !yearOf(last, text)) continue;
    let next = last;
    for (let j = i - 1; j >= 0; j--) {
      const c = out[j]!;
      const between = text.slice(c.end, next.start);
      if (!isMonth(c) || yearOf(c, text) || !/^\s*,\s*$|^,?\s+and\s+$/.test(between)) break;
      // A list has its "and" before its last month.
      if (next === last && !/and/.test(between)) break;
      let value = `${next.value.slice(0, 4)}${c.value.slice(4)}`;
      if (value > next.value) value = `${Number(next.value.slice(0, 4)) - 1}${c.value.slice(4)}`;
      out[j] = { ...c, value };
      next = out[j]!;
    }
  }
  return out;
}

const isDay = (c: Candidate): boolean => c.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(c.value);

/** What joins a period to the day or month it ends on ("the three months to March", "the quarter ended June 30"). */
const TO_ITS_END = /^\s+(?:to|ended|ending|through)\s+(?:on\s+)?$/i;
/** A period's noun, with its determiner, right before TO_ITS_END and the date ("its fiscal year ended …"). */
const PERIOD_NOUN_TO =
  /\b(?:the|its|their|a)\s+(?:(?:fiscal|financial|first|second|third|fourth|latest|last|past)\s+){0,2}(quarter|half|year)\s+(?:to|ended|ending|through)\s+(?:on\s+)?$/i;
const PERIOD_LENGTH: Record<string, string> = { quarter: 'P3M', half: 'P6M', year: 'P1Y' };

/**
 * The first month or day of a period of `duration` that ends with `end` (a month or a day): "the three
 * months to March 2024" began in January, "the year to March 31, 2024" on April 1, 2023.
 * @example periodStart('2024-03', 'P3M') // '2024-01'
 */
function periodStart(end: string, duration: string): string | null {
  const m = /^P(\d+)([YMW])$/.exec(duration);
  const ym = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(end);
  if (!m || !ym) return null;
  const months = m[2] === 'Y' ? 12 * Number(m[1]) : m[2] === 'M' ? Number(m[1]) : 0;
  const [year, month] = [Number(ym[1]), Number(ym[2])];
  const day = ym[3] ? parseYmd(end) : null;
  // A whole month's end: the period is whole months.
  const monthly = !day || day.day === lastDayOfMonth(year, month).day;
  if (months > 0 && monthly) {
    const first = addMonths(year, month, 1 - months);
    return day ? formatYmd({ ...first, day: 1 }) : formatYm(first.year, first.month);
  }
  if (!day) return null;
  if (months === 0) return formatYmd(addDays(day, 1 - 7 * Number(m[1])));
  const back = addMonths(year, month, -months);
  const sameDay = Math.min(day.day, lastDayOfMonth(back.year, back.month).day);
  return formatYmd(addDays({ ...back, day: sameDay }, 1));
}

/**
 * "in the three months to March", "in the quarter ended June 30", "its fiscal year ending March 31": a
 * month or day that ends a period of a length said before it gets that period as its range.
 */
function periodToItsEnd(c: Candidate, candidates: readonly Candidate[], index: number, text: string): Candidate | null {
  if (c.type !== 'date' || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(c.value)) return null;
  const prev = candidates[index - 1];
  let duration: string | undefined;
  if (
    prev?.type === 'duration' &&
    TO_ITS_END.test(text.slice(prev.end, c.start)) &&
    /\b(?:the|its|their)\s+(?:(?:past|last|first|latest)\s+)?$/i.test(
      text.slice(Math.max(0, prev.start - 16), prev.start),
    )
  )
    duration = prev.value;
  else {
    const noun = PERIOD_NOUN_TO.exec(text.slice(Math.max(0, c.start - 48), c.start));
    // Not a period a time expression of its own names ("the first quarter to March 31").
    if (noun && !(prev && prev.end > c.start - noun[0].length)) duration = PERIOD_LENGTH[noun[1]!.toLowerCase()];
  }
  const start = duration ? periodStart(c.value, duration) : null;
  return start ? { ...c, range: { start, end: c.value } } : null;
}

/**
 * A superlative or "first", "only" before "in" ("his first visit in five years", "the worst storm to hit the
 * area in a century"): the count reaches back.
 */
const RECORD_BEFORE = /\b(?:first|last|only|\p{Ll}{2,}est|worst|best|most|least|record)\b[^.;!?]*\bin\s+$/u;

/**
 * "will play in Rotterdam in two weeks", "results are due in three days": a count after "in", in a clause that
 * looks ahead, names the day (the month, the year) that far from the publication date, as "in two weeks' time"
 * does. Not "within six months" (by then), "was built in two weeks" (how long), "its first visit in five years"
 * (reaching back), nor "in the first 12 weeks of pregnancy" (a stretch of something else).
 */
function inFromNow(c: Candidate, text: string, reference: Ymd): Candidate | null {
  const before = text.slice(Math.max(0, c.start - 80), c.start);
  if (!/\bin\s+(?:about\s+|around\s+|roughly\s+)?$/i.test(before) || RECORD_BEFORE.test(before)) return null;
  // (Nor the first stretch of something else: "abortion in the first 12 weeks of pregnancy".)
  if (/^the\s+first\s/i.test(text.slice(c.start, c.end))) return null;
  const value = countedAhead(c, text, reference);
  return value ? offsetDate(c, value) : null;
}

/**
 * The day (month, year) a length of whole days, weeks, months or years reaches from the publication day, when its
 * clause looks ahead (`inFromNow`, `withinFromNow`); a day for days and weeks, as "in two weeks' time" says. Null
 * for any other length or tense.
 */
function countedAhead(c: Candidate, text: string, reference: Ymd): string | null {
  const count = /^P(\d+)([DWMY])$/.exec(c.value);
  if (!count || tenseAround(text, c.start, c.end) !== 'future') return null;
  return countedFrom(formatYmd(reference), Number(count[1]), count[2]!);
}

/** "within", or "within the next", right before a length (`withinFromNow`, and events.ts). */
export const WITHIN_BEFORE = /\bwithin\s+(?:the\s+next\s+)?$/i;

/**
 * "The committee will report back within a week": a length after "within", in a clause that looks ahead, is the time
 * from the publication day by which the thing is to be done. It stays a length (as TimeML writes it), spanning the
 * days from that day to the deadline. Null for anything else ("took the town within a week", "within hours",
 * "within a year of the vote").
 */
function withinFromNow(c: Candidate, text: string, reference: Ymd): Candidate | null {
  if (!WITHIN_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))) return null;
  // (Not a length from another time: "conclude within five years of the start of self-rule".)
  if (/^\s+(?:of|after|from|since)\b/i.test(text.slice(c.end, c.end + 8))) return null;
  const end = countedAhead(c, text, reference);
  return end ? { ...c, range: { start: formatYmd(reference), end } } : null;
}

const DEICTIC =
  /^(?:(?:earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b/i;
const SAYING = /\b(?:said|says|told|tells|added|declared|announced|insisted|wrote|stressed|warned)\b/i;

/**
 * "'We close a painful chapter today,' Matsinhe said on Friday": a "today" (a "yesterday", a "tonight") in a
 * quotation is of the day its speaker spoke, when the words that give the speaker give that day too; it was
 * read from the publication day. Null for anything else.
 */
function quotedDeictic(c: Candidate, candidates: readonly Candidate[], text: string, reference: Ymd): Candidate | null {
  if (c.type !== 'date' || !c.stated.includes('offset') || !DEICTIC.test(text.slice(c.start, c.end))) return null;
  // The quotation around it, in its paragraph: an opening mark before it, a closing one after it.
  const from = text.lastIndexOf('\n', c.start) + 1;
  const before = text.slice(from, c.start);
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  const open = straight ? before.lastIndexOf('"') : before.lastIndexOf('“');
  if (open < 0 || (!straight && before.lastIndexOf('”') > open)) return null;
  const close = text.slice(c.end).search(straight ? /"/ : /”/);
  if (close < 0) return null;
  const quoteStart = from + open;
  const quoteEnd = c.end + close + 1;
  // The words giving the speaker: from the sentence's start to the quotation, and from it to the sentence's end.
  const sentenceStart = from + text.slice(from, quoteStart).search(/[^.!?]*$/);
  const tail = /^[^.!?\n]*/.exec(text.slice(quoteEnd))![0];
  const spans = [
    { start: sentenceStart, end: quoteStart },
    { start: quoteEnd, end: quoteEnd + tail.length },
  ].filter((span) => SAYING.test(text.slice(span.start, span.end)));
  const day = candidates.find(
    (d) =>
      d.type === 'date' &&
      d !== c &&
      /^\d{4}-\d{2}-\d{2}$/.test(d.value) &&
      spans.some((span) => d.start >= span.start && d.end <= span.end),
  );
  const spoke = day ? parseYmd(day.value) : null;
  const was = parseYmd(c.value);
  if (!spoke || !was) return null;
  const shift = daysBetween(reference, spoke);
  if (shift === 0) return null;
  return { ...c, value: `${formatYmd(addDays(was, shift))}${c.value.slice(10)}` };
}

/** A verb that ends a stretch of time, then maybe a determiner: "ending a 15-month", "ended 14 years of". */
const ENDING_BEFORE =
  /\b(?:end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|cap(?:s|ped|ping)|wrap(?:s|ped|ping)\s+up)\s+(?:(?:a|an|the|its|their|his|her)\s+)?$/i;
/** A state worn down by what has gone on until now: "already devastated by nearly 12 years of civil war". */
const WORN_BY_BEFORE = new RegExp(
  String.raw`\b(?:devastated|ravaged|torn|scarred|battered|wrecked|shattered|weakened|exhausted)\s+by\s+(?:${LENGTH_HEDGE}\s+)?$`,
  'i',
);

/**
 * "…exited bankruptcy on Tuesday, ending a 15-month restructuring", "…, ending 14 years of Conservative
 * government": a length that something ending ran for ends on the publication day, when its sentence names
 * no other day (not "ended a 26-year reign in 2019"). The length is a count used as an adjective, or a count
 * of years or months followed by "of" and what filled them; not a short one ("ending a 12-hour flight").
 */
function endsOnTheDay(
  c: Candidate,
  candidates: readonly Candidate[],
  text: string,
  reference: Ymd,
  sentences: readonly Span[],
): boolean {
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  if (!ENDING_BEFORE.test(before) && !WORN_BY_BEFORE.test(before)) return false;
  const phrase = text.slice(c.start, c.end);
  const adjectival = /^[^\s-]+-[^\s-]+$/.test(phrase) && !/-old$/i.test(phrase);
  const counted = COUNTED_LENGTH.test(phrase) && /^\s+of\s/.test(text.slice(c.end, c.end + 4));
  if ((!adjectival && !counted) || !/^P\d+(?:\.\d+)?[YMW]$/.test(c.value)) return false;
  const sentence = sentences[sentenceAt(sentences, c.start)];
  if (!sentence) return false;
  const day = formatYmd(reference);
  return candidates.every(
    (o) =>
      o === c || o.type !== 'date' || o.end <= sentence.start || o.start >= sentence.end || o.value.startsWith(day),
  );
}

/** A verb of a clause still holding ("has", "is", "remains"): what it tells of goes on. */
const HOLDING = /^(?:has|have|is|are|am|remain|remains|continue|continues|rages|drags)$/i;
/** A past of a verb, not hyphenated ("were", "died", "convicted"; not "UN-backed"). */
const isPastVerb = (w: string): boolean =>
  /^(?:was|were|did)$/i.test(w) || isIrregularPast(w.toLowerCase()) || /^\p{L}\p{Ll}{2,}ed$/u.test(w);

/**
 * "An estimated 120,000 people were killed in the 11-year conflict", "the 44-month siege of Sarajevo in which more
 * than 10,000 people died": a length of a year or more used as an adjective for a thing its clause tells in the
 * past, with no date of its own, is a thing over; it is no span up to the publication day. The nearest verb before it says so (a present
 * or a perfect, "have been killed in the 26-month conflict", keeps it going), else a relative clause after it
 * ("which opened on April 16"). A date in its clause ("were killed on Monday in the 26-month conflict") tells of a
 * deed inside a thing that goes on.
 */
function toldAsOver(c: Candidate, candidates: readonly Candidate[], text: string, sentences: readonly Span[]): boolean {
  // (Only a year or more: a trial, a race or a siege of days or weeks told in the past has often just ended, "had
  // followed the 84-day trial" on the day of its verdict.)
  const length = /^P(\d+)([YM])$/.exec(c.value);
  if (!length || (length[2] === 'M' && Number(length[1]) < 12)) return false;
  const sentence = sentences[sentenceAt(sentences, c.start)];
  if (!sentence) return false;
  const left = text.slice(sentence.start, c.start);
  const clauseStart = sentence.start + Math.max(left.lastIndexOf(';'), left.lastIndexOf(':')) + 1;
  const rest = text.slice(c.end, sentence.end);
  const segmentEnd = c.end + (/[,;]/.exec(rest)?.index ?? rest.length);
  if (candidates.some((o) => o !== c && o.type !== 'duration' && o.start >= clauseStart && o.end <= segmentEnd))
    return false;
  const words = text.slice(clauseStart, c.start).match(/[\p{L}'’-]+/gu) ?? [];
  // ("met amid the 26-month conflict": what goes on around a deed.)
  if (/^(?:amid|amidst|despite)$/i.test(words.at(-2) ?? '')) return false;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (HOLDING.test(w) || (/['’]s$/.test(w) && /^been$/i.test(words[i + 1] ?? ''))) return false;
    // (A participle after "has", "have" or "been" is a perfect: "have been killed in the 26-month conflict".)
    if (isPastVerb(w)) return !/^(?:has|have|been|having)$/i.test(words[i - 1] ?? '');
  }
  const relative = /^[^;]*?\b(?:which|that|who)\s+((?:[\p{L}'’,-]+\s+){0,6})/iu.exec(rest);
  const after = relative?.[1]?.match(/[\p{L}'’-]+/gu) ?? [];
  for (const w of after) {
    if (HOLDING.test(w)) return false;
    if (isPastVerb(w)) return true;
  }
  return false;
}

/**
 * "voted to leave the bloc in a referendum in June 2016, after 43 years of membership": a count of years or months
 * of something, after a comma and "after" right behind a date, ran up to that date (1973 to 2016-06).
 */
function lastedUntilDate(c: Candidate, prev: Candidate | undefined, text: string): Candidate | null {
  if (!prev || prev.type !== 'date' || !/^\d{4}(?:-\d{2}){0,2}$/.test(prev.value)) return null;
  if (!/^P\d+[YM]$/.test(c.value) || !/^\s+of\s+\p{L}/u.test(text.slice(c.end, c.end + 8))) return null;
  if (!/^,\s+after\s+(?:(?:nearly|almost|more\s+than|over|some|about)\s+)?$/i.test(text.slice(prev.end, c.start)))
    return null;
  // (Years from the year: "43 years" before June 2016 is 1973, no finer than the count.)
  const years = /^P(\d+)Y$/.exec(c.value);
  const start = years ? String(Number(prev.value.slice(0, 4)) - Number(years[1])) : periodStart(prev.value, c.value);
  return start ? { ...c, range: { start, end: prev.value } } : null;
}

/** "the end of the ", "the end of a ": the noun of an ending, before a length used as an adjective. */
const END_OF_BEFORE = /\bend\s+of\s+(?:a|an|the|its|their|his|her)\s+$/i;
/** After such an ending, up to ten words of what lasted it (no break), then "in" or "on", before a date. */
const ENDED_AT_LONG = /^\s+(?:[\p{L}'’-]+\s+){1,10}?(?:in|on)\s+$/u;

/** After a length, up to four words of what lasted it, then "in" or "on", or "that ended in", before a date. */
const ENDED_AT = /^\s+(?:[\p{Ll}-]+\s+){1,4}?(?:(?:that|which)\s+(?:had\s+)?(ended|finished)\s+)?(?:in|on)\s+$/u;

/**
 * "ended a 13-year civil war in 2006", "a 22-year civil war that ended in 2005": a length of years or months, used as
 * an adjective, of a thing a verb before it ends, or a relative clause after it says ended, at a date said right
 * after it ran up to that date (1993 to 2006).
 */
function endedAtDate(c: Candidate, next: Candidate | undefined, text: string): Candidate | null {
  if (!next || next.type !== 'date' || !/^\d{4}(?:-\d{2}){0,2}$/.test(next.value)) return null;
  if (!/^P\d+[YM]$/.test(c.value) || !/^[^\s-]+-[^\s-]+$/.test(text.slice(c.start, c.end))) return null;
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  // ("since the end of the 26-year civil war between government forces and Tamil Tiger rebels in May 2009": after
  // the noun "end", the thing may run longer, names and all, before its date.)
  const endOf = END_OF_BEFORE.test(before);
  const between = text.slice(c.end, next.start);
  if (endOf) {
    if (!ENDED_AT_LONG.test(between)) return null;
  } else {
    const ended = ENDED_AT.exec(between);
    if (!ended || (!ended[1] && !ENDING_BEFORE.test(before))) return null;
  }
  const years = /^P(\d+)Y$/.exec(c.value);
  const start = years ? String(Number(next.value.slice(0, 4)) - Number(years[1])) : periodStart(next.value, c.value);
  return start ? { ...c, range: { start, end: next.value } } : null;
}

/**
 * Adds ranges to "since X" dates and to durations of ongoing things, ending at the reference date.
 * @example anchorRanges(candidates, 'since March 2011', { year: 2013, month: 5, day: 7 }, sentences)
 */
export function anchorRanges(
  found: readonly Candidate[],
  text: string,
  reference: Ymd | null,
  sentences: readonly Span[],
): Candidate[] {
  const candidates = listedYears(found, text);
  // With no publication date nothing runs up to it, but "four days later" still counts from a date named.
  const spans = spanPairs(candidates, text, reference ? formatYmd(reference) : undefined);
  if (!reference)
    return candidates.map(
      (c, index) =>
        (c.type === 'duration' &&
          (afterAnchor(c, candidates, index, text) ?? vagueAfterAnchor(c, candidates, index, text, null, spans))) ||
        c,
    );
  const end = formatYmd(reference);
  return candidates.map((c, index) => {
    const spoken = quotedDeictic(c, candidates, text, reference);
    if (spoken) return spoken;
    const shifted =
      c.type === 'duration'
        ? (afterAnchor(c, candidates, index, text, sentences[1]) ??
          vagueAfterAnchor(c, candidates, index, text, reference, spans, sentences[1]))
        : null;
    if (shifted) return shifted;
    const period = periodToItsEnd(c, candidates, index, text);
    if (period) return period;
    const pair = spans.get(c);
    if (pair)
      return {
        ...c,
        value: c === pair.first ? pair.start : c === pair.last ? pair.end : c.value,
        range: { start: pair.start, end: pair.end },
      };
    const before = text.slice(Math.max(0, c.start - 60), c.start);
    if (c.type === 'date' && /^\d{3,4}/.test(c.value) && SINCE_BEFORE.test(before) && c.value < end) {
      return { ...c, range: { start: c.value, end } };
    }
    // "closed until next Tuesday" runs from the reference date to that date, as "since March" runs to it.
    const until = c.type === 'date' && closesUntil(text, c.start) ? intervalOf(c.value) : null;
    if (until && until.start.slice(0, 10) > end) return { ...c, range: { start: end, end: c.value } };
    // "in the past decade" (a decade's value, as TimeML writes it) is the ten years to the reference date; so is
    // "for much of the past decade", a part of them.
    const pastSpan = /^the\s+(?:past|last)\s+(decade|century)$/i.exec(text.slice(c.start, c.end));
    if (
      c.type === 'date' &&
      pastSpan &&
      /\b(?:over|in|for|during|within|(?:much|most|part|all|some|half)\s+of)\s+$/i.test(before)
    ) {
      const start = startBefore(reference, pastSpan[1]?.toLowerCase() === 'decade' ? 'P10Y' : 'P100Y');
      if (start) return { ...c, range: { start, end } };
    }
    // "earlier this year" is the year up to the publication day; "later this month" is the rest of the month
    // from that day, and so is a deadline in this year or month ("by the end of the year", "before the end of
    // the month"), when the publication day is in it.
    const phrase = text.slice(c.start, c.end);
    const part =
      /^(earlier|later) this (?:year|month|week)$/i.exec(phrase)?.[1]?.toLowerCase() ??
      (/^the end of (?:the|this) (?:year|month)$/i.test(phrase) && /\b(?:by|before)\s+$/i.test(before)
        ? 'by'
        : undefined);
    const unit = c.type === 'date' && part ? intervalOf(c.value) : null;
    if (part && unit) {
      const first = unit.start.slice(0, 10);
      const last = formatYmd(addDays(parseYmd(unit.end.slice(0, 10))!, -1));
      // (On a Sunday "later this week" is the next week, all of it ahead.)
      const range =
        part === 'earlier'
          ? { start: first, end: end < last ? end : last }
          : { start: end > first ? end : first, end: last };
      if (range.start < range.end && (part !== 'by' || (first <= end && end <= last))) return { ...c, range };
    }
    const upTo =
      c.type === 'duration'
        ? (lastedUntilDate(c, candidates[index - 1], text) ?? endedAtDate(c, candidates[index + 1], text))
        : null;
    if (upTo) return upTo;
    const ahead = c.type === 'duration' ? inFromNow(c, text, reference) : null;
    if (ahead) return ahead;
    const deadline = c.type === 'duration' ? withinFromNow(c, text, reference) : null;
    if (deadline) return deadline;
    if (c.type === 'duration') {
      const phrase = text.slice(c.start, c.end);
      // "the 26-month conflict" began 26 months ago (an age, "the 21-year-old Spaniard", is no duration read).
      // Nor "the one-day election", "the 24-hour strike": a thing so short is no span up to today.
      // ("an end to a 10-month conflict that has killed more than 5,300 people": or "a" before it, when a relative
      // clause in the present perfect says it goes on.)
      const goesOn =
        /\ban?\s+$/i.test(before) &&
        /^\s+[\p{Ll}-]+\s+(?:that|which)\s+(?:has|have)\s/u.test(text.slice(c.end, c.end + 40));
      const adjectival =
        /^\S+-\S+$/.test(phrase) &&
        !/^(?:PT|P[12]D$)/.test(c.value) &&
        (DEFINITE_BEFORE.test(before) || goesOn) &&
        // (Nor a plan's or a term's length ahead: "the five-year package of spending cuts", "a 10-year ban".)
        !/^\s+(?:lows?|highs?|record|plan|deal|contract|sentence|loan|bonds?|notes?|old|package|programme|program|budget|strategy|mandate|lease|ban|moratorium|freeze|visa|warranty|guarantee|extension|term|terms|stint|jail|prison)\b/i.test(
          text.slice(c.end, c.end + 12),
        );
      // "over the past five years", "in the last two weeks": the phrase holds its own "the past".
      const pastPhrase = /^the\s+(?:past|last)\s/i.test(phrase) && /\b(?:over|in|for|during|within)\s+$/i.test(before);
      if (
        (adjectival && !toldAsOver(c, candidates, text, sentences)) ||
        pastPhrase ||
        ONGOING_BEFORE.test(before) ||
        endsOnTheDay(c, candidates, text, reference, sentences)
      ) {
        const start = startBefore(reference, c.value);
        if (start) return { ...c, range: { start, end } };
      }
    }
    return c;
  });
}
