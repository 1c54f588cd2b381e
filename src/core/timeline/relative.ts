/**
 * Recognisers for dates stated relative to the publication date, which chrono-node resolves without
 * the granularity TIMEX3 needs: deictic days ("yesterday"), weekdays, "last month", "this week",
 * weekends, "two years ago", seasons, quarters, halves, decades, parts of a year, and vague references
 * ("currently" → PRESENT_REF).
 */
import type { Precision } from '../types';
import { OPEN_DAY, sentenceAt, type Candidate, type RecognizerContext } from './candidates';
import {
  addDays,
  addMonths,
  countedFrom,
  daysBetween,
  dayOfWeek,
  formatYm,
  formatYmd,
  lastDayOfMonth,
  MONTHS,
  weekdayIndex,
  WEEKDAYS,
  weekValue,
  type Ymd,
} from './calendar';
import { HOLIDAY_SOURCE, holidayDay, isNamedDay } from '../holidays';
import { CODE_BEFORE, countsSomething } from './chrono-setup';
import { NUMBER_SOURCE, readNumber } from './numbers';
import {
  futureFromThePast,
  resolveMonthYear,
  resolveWeekday,
  resolveWeekend,
  tenseAround,
  type Tense,
} from './resolve';

/** Seasons by name: their TIMEX3 code and the month they start in (winter's is December, of the year it is written with). */
export const SEASONS: Record<string, { code: string; month: number }> = {
  spring: { code: 'SP', month: 3 },
  summer: { code: 'SU', month: 6 },
  autumn: { code: 'FA', month: 9 },
  fall: { code: 'FA', month: 9 },
  winter: { code: 'WI', month: 12 },
};
/** The first four ordinals, in words and figures. */
const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
/** Ordinals that count a quarter of the year; the final one is the fourth. */
const ORDINAL_QUARTER: Record<string, number> = { ...ORDINALS, final: 4 };
const PART_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
};

interface Match {
  start: number;
  end: number;
  groups: (string | undefined)[];
  tense: Tense;
  /** A future told from the past (futureFromThePast). */
  told: boolean;
}

/** All matches of a global, case-insensitive pattern, each with the tense of its clause. */
function* matches(context: RecognizerContext, pattern: RegExp): Generator<Match> {
  const { text } = context;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const tense = tenseAround(text, start, end);
    yield { start, end, groups: [...m], tense, told: tense === 'future' && futureFromThePast(text, start) };
  }
}

function make(
  m: Match,
  value: string,
  stated: string[],
  inferred: string[],
  type: Candidate['type'] = 'date',
  priority = 1,
): Candidate {
  return { start: m.start, end: m.end, type, value, stated, inferred, relative: inferred.length > 0, priority };
}

/** Shifts a year by an offset word: last/previous → −1, next/coming/following → +1, else 0. */
function offsetOf(word: string | undefined): number {
  const w = (word ?? '').toLowerCase();
  if (/^(?:last|previous|past|preceding)$/.test(w)) return -1;
  if (/^(?:next|coming|following|upcoming)$/.test(w)) return 1;
  return 0;
}

const yearOf = (ref: Ymd, offset: number): string => String(ref.year + offset);

/** "today", "yesterday", "tomorrow", "tonight", "this morning", "earlier today". */
function deicticDays(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  if (!ref) return [];
  const out: Candidate[] = [];
  const pattern =
    /\b(?:(earlier|later) |(the day (?:before|after)) )?(today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))(?:\s+(morning|afternoon|evening|night))?\b(?!-)/gi;
  for (const m of matches(context, pattern)) {
    const word = (m.groups[3] ?? '').toLowerCase();
    // "last night" is the night before the publication day; "the day before yesterday" one more back.
    const around = (m.groups[2] ?? '').toLowerCase();
    if (around && word !== (around.endsWith('before') ? 'yesterday' : 'tomorrow')) continue;
    const shift = (word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0) * (around ? 2 : 1);
    const day = formatYmd(addDays(ref, shift));
    const part = m.groups[4]
      ? PART_OF_DAY[m.groups[4].toLowerCase()]
      : word.startsWith('this ')
        ? PART_OF_DAY[word.slice(5)]
        : word === 'tonight' || word === 'last night'
          ? 'NI'
          : undefined;
    out.push(make(m, part ? `${day}T${part}` : day, ['offset'], ['year', 'month', 'day']));
  }
  return out;
}

/**
 * "seized the town overnight", "the search was suspended overnight because of": told in the past, the
 * night before the publication day, as "last night"; otherwise the coming one. Not "overnight" before
 * the noun it qualifies ("an overnight curfew", "overnight rain"). "Overnight on Sunday", "overnight Friday":
 * that day's night, the day read as a weekday alone is (by tense, near the publication day).
 */
function overnight(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  if (!ref) return [];
  const out: Candidate[] = [];
  for (const m of matches(context, /\bovernight\b(?![-'’])/gi)) {
    const after = context.text.slice(m.end, m.end + 24);
    const named = /^\s+(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![-'’])/.exec(after);
    // "the overnight Sunday service": after an article, "overnight" qualifies the noun that follows.
    if (named && !/\b(?:the|an?)\s+$/i.test(context.text.slice(Math.max(0, m.start - 5), m.start))) {
      const end = m.end + named[0].length;
      const weekday = weekdayIndex(named[1] ?? '');
      const day = resolveWeekday(ref, weekday, tenseAround(context.text, m.start, end));
      out.push(make({ ...m, end }, `${formatYmd(day)}TNI`, ['weekday'], ['year', 'month', 'day'], 'date', 2));
      continue;
    }
    // ("Air strikes on the port overnight killed more than 400 people": or a past in "-ed", the clause's verb.)
    const past =
      /^\s+\p{Ll}{2,}ed\b/u.test(after) &&
      !/\b(?:the|an?)\s+$/i.test(context.text.slice(Math.max(0, m.start - 5), m.start));
    if (
      !past &&
      !/^(?:\s*(?:[^\p{L}\s]|$)|\s+(?:\p{Lu}|(?:the|a|an|and|but|or|as|when|while|after|before|until|with|without|by|for|from|in|on|at|to|into|near|because|amid|despite|again|too|also|that)\b))/u.test(
        after,
      )
    )
      continue;
    const day = m.tense === 'future' ? ref : addDays(ref, -1);
    out.push(make(m, `${formatYmd(day)}TNI`, ['offset'], ['year', 'month', 'day']));
  }
  return out;
}

/**
 * "by midday", "shortly before midnight": clock times by name, on the publication day until a day named
 * in the sentence or before takes them (midnight is T24:00, the end of its day, as TimeML writes it; "after
 * midnight" is T00:00, the start of the day it opens).
 * Only after a preposition: not "a midnight deadline", "High Noon".
 */
function namedTimes(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  const out: Candidate[] = [];
  // The preposition is checked behind each match: a lookbehind in the pattern is tried at every position.
  const pattern = /\b(midnight|noon|midday)\b(?!-)/gi;
  const preposition =
    /\b(?:at|by|before|after|until|till|around|about|from|to|towards?|past|near|approaching|since)\s+$/i;
  for (const m of matches(context, pattern)) {
    const before = context.text.slice(Math.max(0, m.start - 40), m.start);
    if (!preposition.test(before)) continue;
    // ("shortly after midnight on Wednesday": past midnight is the small hours of the day it opens, T00:00.)
    const midnight = (m.groups[1] ?? '').toLowerCase() === 'midnight';
    const clock = midnight ? (/\b(?:after|past)\s+$/i.test(before) ? 'T00:00' : 'T24:00') : 'T12:00';
    const day = ref ? formatYmd(ref) : OPEN_DAY;
    out.push(make(m, day + clock, [], ['year', 'month', 'day'], 'time', 2));
  }
  return out;
}

/** "were due to end on", "was scheduled to take place on": a weekday once scheduled, told from the past. */
const SCHEDULED_THEN = /\b(?:was|were)\s+(?:due|set|scheduled)\s+to\s+(?:[\p{L}'’-]+\s+){1,4}(?:on\s+)?$/iu;

/**
 * "Monday", "on Tuesday night", "last Friday", "next Wednesday", "late Sunday", "early Saturday" (the
 * part of the day is the day's, as TIMEX3 marks "late 2006"). Not "on a Tuesday in May", "every Friday":
 * a weekday after an indefinite word is no day near the publication date.
 */
function weekdays(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  if (!ref) return [];
  const out: Candidate[] = [];
  const pattern =
    /\b(?:(?:[Ll]ate|[Ee]arly) )?(?:(last|next|this|this past|this coming) )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(morning|afternoon|evening|night))?\b(?!s\b)/gi;
  for (const m of matches(context, pattern)) {
    const name = m.groups[2] ?? '';
    if (!/^[A-Z]/.test(name)) continue;
    // "the Black Monday crash", "Super Tuesday": a weekday closing a day's name is no day of the week.
    const named = /(\p{Lu}\p{Ll}+)\s+$/u.exec(context.text.slice(Math.max(0, m.start - 10), m.start));
    if (!m.groups[1] && named && isNamedDay(named[1]!, name)) continue;
    // '"Saturday Night Live"', "Monday Night Football": a part of the day in capitals, and another name after it, is a
    // show's title, no day.
    if (/^\p{Lu}/u.test(m.groups[3] ?? '') && /^\s+\p{Lu}/u.test(context.text.slice(m.end, m.end + 3))) continue;
    // "first reported by a British Sunday newspaper", "The Sunday Times": a weekday naming a paper names no day.
    if (
      !m.groups[1] &&
      !m.groups[3] &&
      !/\bon\s+$/i.test(context.text.slice(Math.max(0, m.start - 4), m.start)) &&
      /^\s+(?:(?:newspapers?|papers?|tabloids?|broadsheets?)\b|(?:Times|Telegraph|Mirror|Express|Post|Mail|Herald|Independent|People|Sport|Star|World)\b)/u.test(
        context.text.slice(m.end, m.end + 14),
      )
    )
      continue;
    // "In a Wednesday media event": the article is the noun's, and the weekday still a day.
    if (
      /\b(?:a|an|one|every|each|any|some)\s+$/i.test(context.text.slice(Math.max(0, m.start - 8), m.start)) &&
      /^(?:\s*(?:[^\p{L}\s]|$)|\s+(?:\p{Lu}|(?:in|on|at|of|and|or|but|when|while|that|to|for|with|after|before|the|a|an)\b))/u.test(
        context.text.slice(m.end, m.end + 12),
      )
    )
      continue;
    const weekday = weekdayIndex(name);
    const modifier = (m.groups[1] ?? '').toLowerCase();
    const tense: Tense =
      modifier === 'next' || modifier === 'this coming'
        ? 'future'
        : modifier === 'last' || modifier === 'this past'
          ? 'past'
          : m.tense;
    let day = resolveWeekday(ref, weekday, tense);
    if (modifier === 'last' && formatYmd(day) === formatYmd(ref)) day = addDays(ref, -7);
    // "The talks, which were due to end on Friday, overran", told on a Saturday: a day once scheduled is the
    // nearest such day, the one just past as readily as the one ahead.
    if (!modifier && m.told && SCHEDULED_THEN.test(context.text.slice(Math.max(0, m.start - 60), m.start))) {
      const back = (dayOfWeek(ref) - weekday + 7) % 7;
      if (back > 0 && back < 4) day = addDays(ref, -back);
    }
    // "a new leader would be chosen by next Friday", written on a Thursday: the Friday of next week, not
    // tomorrow; nor the day after tomorrow (tomorrow's or that day's name would say so). ("I went back the next
    // Tuesday night": after "the", the one after a day the story told, read as the coming one.)
    const theNext = /\bthe\s+$/i.test(context.text.slice(Math.max(0, m.start - 4), m.start));
    const ahead = daysBetween(ref, day);
    if (modifier === 'next' && (ahead === 0 || (!theNext && ahead <= 2))) day = addDays(day, 7);
    const partWord = m.groups[3]?.toLowerCase();
    const part = partWord ? PART_OF_DAY[partWord] : undefined;
    out.push(make(m, part ? `${formatYmd(day)}T${part}` : formatYmd(day), ['weekday'], ['year', 'month', 'day']));
  }
  return out;
}

/**
 * "a week on Saturday", "a fortnight on Friday", "two weeks from Monday", "a week today", "Saturday week": so many
 * weeks after the coming such day (or the publication day, or the day after it). Not "a week from Friday's vote".
 */
function weeksOnWeekdays(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  if (!ref) return [];
  const out: Candidate[] = [];
  const pattern = new RegExp(
    `\\b(a|one|two|three|a couple of) (weeks?|fortnight) (?:(?:on|from) (${WEEKDAYS.join('|')})|(?:(?:on|from) )?(today|tomorrow))\\b(?!['’]s\\b)`,
    'gi',
  );
  for (const m of matches(context, pattern)) {
    // "trained for a week on Saturday and Sunday": a stretch, and the days it fell on.
    if (/\b(?:for|over|within|in|after|lasting)\s+$/i.test(context.text.slice(Math.max(0, m.start - 10), m.start)))
      continue;
    if (
      /^\s*(?:,|and|or|to)\s+(?:and\s+)?(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i.test(
        context.text.slice(m.end, m.end + 20),
      )
    )
      continue;
    const count =
      ({ a: 1, one: 1, two: 2, three: 3, 'a couple of': 2 } as Record<string, number>)[
        (m.groups[1] ?? '').toLowerCase()
      ] ?? 1;
    const days = count * (/^fortnight$/i.test(m.groups[2] ?? '') ? 14 : 7);
    const name = (m.groups[3] ?? m.groups[4] ?? '').toLowerCase();
    const weekday = weekdayIndex(name);
    const from =
      name === 'today' ? ref : name === 'tomorrow' ? addDays(ref, 1) : resolveWeekday(ref, weekday, 'future');
    out.push(
      make(m, formatYmd(addDays(from, days)), weekday >= 0 ? ['weekday', 'offset'] : ['offset'], [
        'year',
        'month',
        'day',
      ]),
    );
  }
  // "the semi-finals are on Saturday week": a week after the coming Saturday. Not "a Saturday week", "that Monday
  // week" (a week that has such a day).
  for (const m of matches(context, /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday) week\b(?![-'’])/g)) {
    if (
      /\b(?:a|an|the|one|every|each|this|that|last|next|any|some)\s+$/i.test(
        context.text.slice(Math.max(0, m.start - 8), m.start),
      )
    )
      continue;
    const weekday = weekdayIndex(m.groups[1] ?? '');
    out.push(
      make(
        m,
        formatYmd(addDays(resolveWeekday(ref, weekday, 'future'), 7)),
        ['weekday', 'offset'],
        ['year', 'month', 'day'],
      ),
    );
  }
  return out;
}

/**
 * "this time last year", "at the same time next year", "this time a year ago": about the publication day's time
 * of year, a year back or ahead; the month is as precise as the phrase.
 */
function thisTimeYears(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  if (!ref) return [];
  const out: Candidate[] = [];
  const pattern = /\b(?:this|the same) time (last year|next year|a year ago)\b/gi;
  for (const m of matches(context, pattern)) {
    const shift = /^next/i.test(m.groups[1] ?? '') ? 1 : -1;
    out.push(make(m, formatYm(ref.year + shift, ref.month), ['offset'], ['year', 'month']));
  }
  return out;
}

/** A year or a month's name: a coarser date that holds an unknown weekend ("a weekend in Rome in 2019"). */
const COARSER_DATE =
  /\b(?:1[5-9]\d\d|20\d\d|January|February|March|April|June|July|August|September|October|November|December)\b/;

/**
 * Whether a bare "weekend" names one near the publication date. After an indefinite word ("a long
 * weekend", "every weekend") it does only when told in the past with no year or month in its sentence
 * ("students returning after a long weekend" come back from the last one); "hotels fill up over a long
 * weekend", "every weekend, markets open" are habits, and "spent a weekend in Rome in 2019" lies in that year.
 */
function indefiniteWeekendTold(context: RecognizerContext, m: Match): boolean {
  const { text, sentences } = context;
  const before = /\b(a|an|one|another|some|every|each|any)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/iu.exec(
    text.slice(Math.max(0, m.start - 40), m.start),
  );
  if (!before) return true;
  if (/^(?:every|each|any)$/i.test(before[1]!) || m.tense !== 'past') return false;
  const sentence = sentences[sentenceAt(sentences, m.start)];
  return !sentence || !COARSER_DATE.test(text.slice(sentence.start, sentence.end));
}

/** A month's name or a year right after a weekend, with "in" or "of" ("weekend in October", "weekend of 2019"). */
const WEEKEND_IN_COARSER =
  /^\s+(?:in|of)\s+(?:(?:early|late|mid)[- ])?(?:1[5-9]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b(?![-'’])/;

/** After "the last decade" or "last year": "of" a thing, whose final stretch it is ("of his life", "of the war"). */
const OF_A_THING = /^ of (?:his|her|their|its|the|this|that)\b/i;

/** "this week", "last month", "next year", "the previous year", "at the weekend", "this quarter". */
function relativeUnits(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  if (!ref) return [];
  const out: Candidate[] = [];
  const pattern =
    /\b(?:(?:the )?(this past|this coming|this|last|next|previous|past|coming|following|current|same) (week|weekend|month|year|quarter|decade|century)|the (week|month|year) (?:before|previous|earlier)|(?:the |this )?(weekend))\b(?!-)/gi;
  for (const m of matches(context, pattern)) {
    const whole = context.text.slice(m.start, m.end).toLowerCase();
    // "this past weekend" is the last one, "this coming week" the next.
    const modifier = (m.groups[1] ?? (m.groups[3] ? 'previous' : ''))
      .toLowerCase()
      .replace(/^this (?=past|coming)/, '');
    const unit = (m.groups[2] ?? m.groups[3] ?? m.groups[4] ?? '').toLowerCase();
    // "the past year" and "the next month" are stretches of time, left to the duration recogniser.
    if (/^the (?:past|next|coming|following) /.test(whole) && unit !== 'weekend') continue;
    if (modifier === 'same' || (modifier === 'following' && !whole.startsWith('the'))) continue;
    // "the last decade of his life", "the last year of the war": the final stretch of a thing, not the one before now.
    if (modifier === 'last' && OF_A_THING.test(context.text.slice(m.end, m.end + 12))) continue;
    // "the following weekend", "the previous weekend": counted from the day named before (anaphoricSteps).
    if (/^the (?:following|previous) weekend$/.test(whole)) continue;
    // "the previous year", "the month before.": counted from the date named before (anaphoricSteps).
    if (
      /^the previous (?:week|month|quarter|year)$/.test(whole) ||
      (/^the \w+ (?:before|earlier|previous)$/.test(whole) &&
        /^\s*(?:[,.;:!?)]|$)/.test(context.text.slice(m.end, m.end + 2)))
    )
      continue;
    if (m.groups[4] && !/^th/i.test(whole) && !indefiniteWeekendTold(context, m)) continue;
    // "took $96 million on its opening weekend in October", "the weekend of 2019": a weekend placed in a month or a
    // year named right after it is one of that month's, not the one near the publication day.
    if (m.groups[4] && WEEKEND_IN_COARSER.test(context.text.slice(m.end, m.end + 24))) continue;
    const offset = offsetOf(modifier);
    let value: string;
    switch (unit) {
      case 'week':
        value = weekValue(addDays(ref, offset * 7));
        break;
      case 'weekend': {
        // "This weekend, fans gather": with no tense to read, "this" points at the weekend ahead ("the weekend"
        // alone, in news, mostly the one just past).
        const tense: Tense =
          offset > 0
            ? 'future'
            : offset < 0
              ? 'past'
              : m.tense === 'unknown' && modifier === 'this'
                ? 'future'
                : m.tense;
        // On a Sunday a weekend still ahead ("will keep rising into the weekend") is the next one.
        // ("the relay next weekend", "last weekend", told on a weekend: not the one under way.)
        const during = dayOfWeek(ref) === 6 || dayOfWeek(ref) === 0;
        const saturday =
          offset === 0 && m.tense === 'future' && dayOfWeek(ref) === 0
            ? addDays(ref, 6)
            : during && offset !== 0
              ? addDays(resolveWeekend(ref, tense), offset * 7)
              : resolveWeekend(offset < 0 ? addDays(ref, -1) : ref, tense);
        value = `${weekValue(saturday)}-WE`;
        break;
      }
      case 'month': {
        const ym = addMonths(ref.year, ref.month, offset);
        value = formatYm(ym.year, ym.month);
        break;
      }
      case 'quarter': {
        const q = Math.floor((ref.month - 1) / 3) + offset;
        const year = ref.year + Math.floor(q / 4);
        value = `${year}-Q${(((q % 4) + 4) % 4) + 1}`;
        break;
      }
      case 'decade':
        value = String(Math.floor((ref.year + offset * 10) / 10));
        break;
      case 'century':
        value = String(Math.floor((ref.year + offset * 100) / 100));
        break;
      default:
        value = yearOf(ref, offset);
    }
    out.push(make(m, value, ['offset'], inferredFor(value)));
  }
  // "the week before last": two back, one expression.
  for (const m of matches(context, /\bthe (week|month|year) before last\b(?![-'’])/gi)) {
    const unit = (m.groups[1] ?? '').toLowerCase();
    const ym = addMonths(ref.year, ref.month, -2);
    const value =
      unit === 'week' ? weekValue(addDays(ref, -14)) : unit === 'month' ? formatYm(ym.year, ym.month) : yearOf(ref, -2);
    out.push(make(m, value, ['offset'], inferredFor(value), 'date', 2));
  }
  return out;
}

function inferredFor(value: string): string[] {
  const p = precisionOfSimple(value);
  if (p === 'day') return ['year', 'month', 'day'];
  if (p === 'month') return ['year', 'month'];
  return ['year'];
}

function precisionOfSimple(value: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  return 'year';
}

/** A unit of time named in words as so many of a calendar unit (D, W, M, Y) for `countedFrom`. */
const UNIT_COUNTS: Record<string, readonly [number, string]> = {
  day: [1, 'D'],
  week: [1, 'W'],
  fortnight: [2, 'W'],
  month: [1, 'M'],
  year: [1, 'Y'],
  decade: [10, 'Y'],
  century: [100, 'Y'],
};

/** "two years ago", "a week ago", "[Ten] years ago", "a decade ago", "a century ago" (the year so long before). */
function unitsAgo(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  if (!ref) return [];
  const out: Candidate[] = [];
  const pattern = new RegExp(
    `\\b(?:(?:about|almost|nearly|some|roughly|over|more than) )?(${NUMBER_SOURCE}) (day|week|fortnight|month|year|decade|centur(?:y|ies))s? ago\\b`,
    'gi',
  );
  for (const m of matches(context, pattern)) {
    const n = readNumber(m.groups[1] ?? '');
    if (n === null || !Number.isInteger(n)) continue;
    const [times, unit] = UNIT_COUNTS[(m.groups[2] ?? '').toLowerCase().replace(/^centur.*/, 'century')]!;
    let value = countedFrom(formatYmd(ref), -n * times, unit)!;
    // "47,769 years ago" is before the year 1, which a date's value cannot write; "1,500 years ago" is "0523".
    if (unit === 'Y') {
      if (Number(value) < 1) continue;
      value = value.padStart(4, '0');
    }
    out.push(make(m, value, ['offset'], inferredFor(value), 'date', 2));
  }
  // "in two weeks' time", "in a year's time": so far after the publication date, a date (a bare "in two
  // weeks" may be a stretch, and stays a duration).
  const ahead = new RegExp(`\\bin (${NUMBER_SOURCE}) (day|week|fortnight|month|year)s?['’]s? time\\b`, 'gi');
  for (const m of matches(context, ahead)) {
    const n = readNumber(m.groups[1] ?? '');
    if (n === null || !Number.isInteger(n)) continue;
    const [times, unit] = UNIT_COUNTS[(m.groups[2] ?? '').toLowerCase()]!;
    const value = countedFrom(formatYmd(ref), n * times, unit)!;
    out.push({ ...make(m, value, ['offset'], inferredFor(value), 'date', 2), start: m.start + 3 });
  }
  return out;
}

/** Nouns a season qualifies without dating ("summer residence", "spring collection", "winter coat"). */
const SEASON_QUALIFIED =
  /^\s+(?:residences?|palaces?|homes?|houses?|camps?|schools?|collections?|jobs?|internships?|courses?|fashion|wardrobes?|clothes|clothing|tyres?|tires?|uniforms?|menus?|retreats?|capitals?|pastures?|crops?|coats?|jackets?|sports?|resorts?|villas?|cottages?|gardens?|rolls?|onions?|water)\b/i;

/** "last summer", "Autumn", "the winter of 2010", "spring 2012". */
function seasons(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  const out: Candidate[] = [];
  // "the winter of 2013-14": a winter written with the two years it spans is the first one's.
  const pattern =
    /\b(?:(last|this|next|early|late|the) )?(spring|summer|autumn|fall|winter)(?:(?: of)? (\d{4})(?:(?<=winter(?: of)? \d{4})[-–/](?:\d{2}|\d{4})\b)?)?\b(?!-)/gi;
  for (const m of matches(context, pattern)) {
    const word = (m.groups[2] ?? '').toLowerCase();
    const season = SEASONS[word];
    if (!season) continue;
    const modifier = (m.groups[1] ?? '').toLowerCase();
    const statedYear = m.groups[3];
    const before = context.text.slice(Math.max(0, m.start - 12), m.start);
    const capital = /^[A-Z]/.test(m.groups[2] ?? '');
    // "fall" is usually a verb, and a bare lowercase season a weak cue: ask for a modifier or a year.
    if (
      !statedYear &&
      !modifier &&
      (!capital || word === 'fall') &&
      !/\b(?:in|during|by|until|since|this|the)\s+$/i.test(before)
    )
      continue;
    if (capital && !modifier && /\p{Lu}\p{Ll}*\s+$/u.test(before) && !statedYear) continue;
    // "the fall of the regime", "the fall in prices": a fall of something, or in it, is a collapse or a drop.
    if (
      word === 'fall' &&
      !statedYear &&
      (!modifier || modifier === 'the') &&
      /^\s+(?:of|in|from|to|by|on)\s+(?!\d{4}\b)/i.test(context.text.slice(m.end, m.end + 12))
    )
      continue;
    // "a Summer Games opening ceremony", "the Winter Olympics", "Spring Festival": a capitalised season
    // before a capitalised word is the start of a name.
    if (capital && !statedYear && /^\s+\p{Lu}\p{Ll}/u.test(context.text.slice(m.end, m.end + 4))) continue;
    // ("hosted the summer Games in 1924", "the winter Olympics": so is one in lower case before the Games' name.)
    if (
      !statedYear &&
      /^\s+(?:Games|Olympics?|Olympiad|Paralympics?|Universiade|X Games)\b/.test(context.text.slice(m.end, m.end + 14))
    )
      continue;
    // "the summer residence", "the spring collection": a season before a noun of a place, a thing or a pursuit
    // qualifies it, and dates nothing ("the winter months", "the summer heat" still do).
    if (!statedYear && SEASON_QUALIFIED.test(context.text.slice(m.end, m.end + 16))) continue;
    if (statedYear) {
      out.push(make(m, `${statedYear}-${season.code}`, ['season', 'year'], []));
      continue;
    }
    if (!ref) continue;
    const started = ref.month >= season.month;
    const ended = season.month !== 12 && ref.month >= season.month + 3;
    let year = ref.year;
    if (modifier === 'last') year = ended ? ref.year : ref.year - 1;
    else if (modifier === 'next') year = started ? ref.year + 1 : ref.year;
    // ("announced a Quest 3 for the autumn", in June: what is set "for" or "by" a season not yet begun is set for
    // this year's, whatever the tense of the telling.)
    else if (!started && m.tense === 'past' && !/\b(?:for|by)\s+$/i.test(before)) year = ref.year - 1;
    // ("Prices will rise in the autumn", told in December: a season over is next year's when the clause looks ahead.)
    else if (ended && m.tense === 'future') year = ref.year + 1;
    out.push(make(m, `${year}-${season.code}`, ['season'], ['year']));
  }
  return out;
}

/** "the first quarter of 2009", "the third quarter of this year", "third-quarter", "Q4 2012". */
function quarters(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  const out: Candidate[] = [];
  const pattern =
    /\b(?:the )?(first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]quarter(?: of (?:(\d{4})|(?:the )?(this|last|next|previous) year))?|\bQ([1-4])(?:\s+(\d{4}))?\b/gi;
  for (const m of matches(context, pattern)) {
    const q = m.groups[4] ? Number(m.groups[4]) : ORDINAL_QUARTER[(m.groups[1] ?? '').toLowerCase()];
    if (!q) continue;
    const statedYear = m.groups[2] ?? m.groups[5];
    if (statedYear) {
      out.push(make(m, `${statedYear}-Q${q}`, ['quarter', 'year'], []));
      continue;
    }
    if (!ref) continue;
    let year = ref.year + offsetOf(m.groups[3]);
    if (!m.groups[3] && q > Math.floor((ref.month - 1) / 3) + 1 && m.tense === 'past') year -= 1;
    out.push(make(m, `${year}-Q${q}`, ['quarter'], ['year']));
  }
  return out;
}

/**
 * "the second half of 2012", "the first half of next year", "the latter half of the year", "H1 2023",
 * "in H2": half a year (TIMEX3 `2012-H2`). A half with no year after it ("a second-half goal", "the
 * first half") is a match's more often than a year's, and is left alone.
 */
function halves(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  const out: Candidate[] = [];
  const named =
    /\b(?:the )?(first|second|1st|2nd|latter) half of (?:(\d{4})|(?:the |this |(last|next) )year)\b(?![-'’])/gi;
  for (const m of matches(context, named)) {
    const half = /^(?:first|1st)$/i.test(m.groups[1] ?? '') ? 1 : 2;
    if (m.groups[2]) out.push(make(m, `${m.groups[2]}-H${half}`, ['half', 'year'], []));
    else if (ref) {
      // "Revenue rose in the second half of the year", told in May: a half not yet begun is last year's, as a quarter is.
      const ahead =
        !m.groups[3] &&
        !/\bthis year$/i.test(m.groups[0] ?? '') &&
        half > Math.ceil(ref.month / 6) &&
        m.tense === 'past';
      out.push(make(m, `${yearOf(ref, ahead ? -1 : offsetOf(m.groups[3]))}-H${half}`, ['half'], ['year']));
    }
  }
  // "H1 2023"; a bare "H2" only after a preposition and before the clause goes on: not "in H2 production".
  for (const m of matches(context, /\bH([12])(?: (\d{4}))?\b(?![-'’])/g)) {
    const half = Number(m.groups[1]);
    if (m.groups[2]) {
      out.push(make(m, `${m.groups[2]}-H${half}`, ['half', 'year'], []));
      continue;
    }
    const before = context.text.slice(Math.max(0, m.start - 8), m.start);
    const after = context.text.slice(m.end, m.end + 12);
    if (
      !ref ||
      !/\b(?:in|during|for|over|since)\s+$/i.test(before) ||
      !/^\s*(?:[.,;:)]|$|\s(?:and|or|as|when|while|after|before|against|compared)\b)/.test(after)
    )
      continue;
    out.push(
      make(
        m,
        `${ref.year - (half > Math.ceil(ref.month / 6) && m.tense === 'past' ? 1 : 0)}-H${half}`,
        ['half'],
        ['year'],
      ),
    );
  }
  return out;
}

/** Ordinal things that are no days: "on the 14th hole", "a birdie on the 14th", "on the 3rd floor". */
const NUMBERED_THING =
  /\b(?:holes?|greens?|tees?|birdied?|bogeyed?|eagled?|par|laps?|stages?|floors?|storeys?|rounds?|minutes?|innings|overs?|frames?|sets?|games?|races?)\b[^.;!?]{0,24}$/i;

/**
 * "lost in Madrid on the 7th", "the council meets on the 14th", "by the 20th": a day of the month in
 * hand, or of a month named before it in its sentence. Told in the past, a day after the publication
 * day is the previous month's; looking ahead, a day before it is the next month's.
 */
function ordinalDays(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  if (!ref) return [];
  const out: Candidate[] = [];
  const pattern =
    /\bthe ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?![-'’])(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|to|when|as|at|in|with|for|after|before|until|of (?:this|last|next|that) month)\b)/g;
  for (const m of matches(context, pattern)) {
    const before = context.text.slice(Math.max(0, m.start - 160), m.start);
    if (!/\b(?:on|by|until|till|from|since|before|after)\s+$/.test(before)) continue;
    const day = Number(m.groups[1]);
    const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
    const clause = before.slice(sentenceStart + 1);
    if (NUMBERED_THING.test(clause)) continue;
    const after = context.text.slice(m.end, m.end + 24);
    // A day named before in the sentence ("began on March 3 and ended on the 14th") gives its month; a
    // month alone ("the cycle runs from July to June, and is announced on the 20th") does not.
    const months = MONTHS.map((n) => n[0]!.toUpperCase() + n.slice(1)).join('|');
    const named = [
      ...clause.matchAll(
        new RegExp(
          `\\b(?:(${months}) \\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(${months})\\b)`,
          'g',
        ),
      ),
    ]
      .map((x) => ({ 1: x[1] ?? x[2] }))
      .pop();
    let year = ref.year;
    let month = ref.month;
    const offset = /^\s+of (this|last|next) month/i.exec(after);
    if (offset) ({ year, month } = addMonths(ref.year, ref.month, offsetOf(offset[1])));
    else if (named) {
      month = MONTHS.indexOf((named[1] ?? '').toLowerCase() as (typeof MONTHS)[number]) + 1;
      year = resolveMonthYear(ref, month, m.tense, m.told);
    } else if (m.tense === 'future' ? day < ref.day : day > ref.day)
      ({ year, month } = addMonths(ref.year, ref.month, m.tense === 'future' ? 1 : -1));
    const last = lastDayOfMonth(year, month).day;
    if (day > last) continue;
    out.push(make(m, formatYmd({ year, month, day }), ['day'], ['year', 'month']));
  }
  return out;
}

/**
 * "the 2022-23 season", "in the 1998/99 campaign", "fiscal 2023-2024": a year and the next one written as a
 * pair is a stretch over both (a season, a fiscal or school year), dated by the first year with the two as
 * its range. Not two years that do not follow each other ("2012-14" is a span of the chrono kind, or none).
 */
function yearPairs(context: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(context, /\b((?:1[89]|20)\d\d)[-–/](\d\d(?:\d\d)?)\b(?![-–/.,:]?\d)/g)) {
    const first = Number(m.groups[1]);
    const second = m.groups[2] ?? '';
    const next = second.length === 2 ? (first + 1) % 100 : first + 1;
    if (Number(second) !== next) continue;
    out.push(make(m, String(first), ['year'], [], 'date', 2));
  }
  return out;
}

/**
 * "over 2000-2050", "the 1939-45 war", "in 2010 – 2015": two years a dash joins, the second later and not the
 * next (that is a pair, above), are one span of years. Each year has the two as its range, so the timeline
 * shows one event, as for "from 2009 to 2011"; "1939-45" is one expression, dated by its first year. A
 * two-digit second year is in the first one's century, and after a hyphen it is over 12, or it could be a
 * month ("2010-05"). Not a count ("1800-2000 troops"), a price or a code. "Over 2010-2015" is a span of
 * years, where "over 2000" alone is a count.
 */
function yearSpans(context: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = context;
  for (const m of matches(
    context,
    /(?<![\w$£€¥#.,'’/–—-])((?:1[89]|20)\d\d)(\s*[–—]\s*|-|\s+-\s+)((?:1[89]|20)\d\d|\d\d)(?![\w%]|[-–—/.,:]?\d)/g,
  )) {
    const first = Number(m.groups[1]);
    const written = m.groups[3] ?? '';
    const second = written.length === 2 ? first - (first % 100) + Number(written) : Number(written);
    if (second <= first + 1 || second - first > 200) continue;
    if (written.length === 2 && m.groups[2] === '-' && Number(written) <= 12) continue;
    const left = text.slice(Math.max(0, m.start - 24), m.start);
    if (countsSomething(left, text.slice(m.end, m.end + 20))) continue;
    if (CODE_BEFORE.test(left)) continue;
    const range = { start: String(first), end: String(second) };
    if (written.length === 2) out.push({ ...make(m, String(first), ['year'], [], 'date', 2), range });
    else {
      // Two years written in full are two expressions, as TimeML marks them, that share the span.
      out.push({ ...make({ ...m, end: m.start + 4 }, String(first), ['year'], [], 'date', 2), range });
      out.push({ ...make({ ...m, start: m.end - 4 }, String(second), ['year'], [], 'date', 2), range });
    }
  }
  return out;
}

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
/** A sentence where "the 90s" counts degrees, points or ages rather than years. */
const DECADE_NOT_YEARS =
  /\b(?:degrees?|temperatures?|highs?|lows?|heat|fahrenheit|celsius|score[ds]?|points?|percent|per cent|aged?|years? old)\b|%/i;

/** "the 1990s", "the '90s", "the nineteen-eighties", "the 20th century", "the past decade". */
function decades(context: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(
    context,
    /\b(?:the )?(?:(?:early|mid|late)[- ])?(1[0-9]|20)([0-9])0['’]?s\b|\b(?:the )?['’]([0-9])0s\b/gi,
  )) {
    if (m.groups[3]) {
      const ref = context.reference;
      const digit = Number(m.groups[3]);
      const century = ref && digit * 10 <= ref.year % 100 ? Math.floor(ref.year / 100) : 19;
      out.push(make(m, `${century}${digit}`, ['decade'], ['century'], 'date', 1));
    } else out.push(make(m, `${m.groups[1]}${m.groups[2]}`, ['decade'], [], 'date', 1));
  }
  // "the 90s", "the 90's", "the eighties", "the nineteen-eighties": a decade written without its century.
  // Only after "the" ("in his 60s" is an age), and not in a sentence of heat or scores ("highs in the 90s").
  for (const m of matches(
    context,
    /\bthe (?:(?:early|mid|late)[- ])?(?:(nineteen|twenty)[- ])?(?:([2-9])0['’]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b(?![-'’]\w)/gi,
  )) {
    if (m.groups[1] && !m.groups[3]) continue;
    const sentence = context.sentences[sentenceAt(context.sentences, m.start)];
    if (sentence && DECADE_NOT_YEARS.test(context.text.slice(sentence.start, sentence.end))) continue;
    const digit = m.groups[2] ? Number(m.groups[2]) : DECADE_WORDS.indexOf((m.groups[3] ?? '').toLowerCase()) + 2;
    const ref = context.reference;
    const named = m.groups[1] ? (m.groups[1].toLowerCase() === 'nineteen' ? 19 : 20) : undefined;
    const century = named ?? (ref && digit * 10 <= ref.year % 100 ? Math.floor(ref.year / 100) : 19);
    out.push(make(m, `${century}${digit}`, ['decade'], named ? [] : ['century'], 'date', 1));
  }
  const ordinals: Record<string, number> = { nineteenth: 19, twentieth: 20, 'twenty-first': 21, eighteenth: 18 };
  for (const m of matches(
    context,
    /\b(?:the )?(?:(\d{1,2})(?:st|nd|rd|th)|(eighteenth|nineteenth|twentieth|twenty-first))[- ]century\b/gi,
  )) {
    const n = m.groups[1] ? Number(m.groups[1]) : ordinals[(m.groups[2] ?? '').toLowerCase()];
    if (n) out.push(make(m, String(n - 1).padStart(2, '0'), ['century'], []));
  }
  // "since the turn of the century", "at the turn of the 20th century": the year the century turned, the
  // last one passed (the coming one from a decade before it), or the one the ordinal names.
  for (const m of matches(
    context,
    /\bthe turn of the (?:(\d{1,2})(?:st|nd|rd|th) |(nineteenth|twentieth|twenty-first) )?(century|millennium)\b(?![-'’])/gi,
  )) {
    const n = m.groups[1] ? Number(m.groups[1]) : m.groups[2] ? ordinals[m.groups[2].toLowerCase()] : undefined;
    const millennium = (m.groups[3] ?? '').toLowerCase() === 'millennium';
    if (n) {
      if (!millennium) out.push(make(m, String((n - 1) * 100), ['century'], [], 'date', 2));
      continue;
    }
    const ref = context.reference;
    if (!ref) continue;
    const turn = Math.floor(ref.year / 100) * 100 + (ref.year % 100 >= 90 ? 100 : 0);
    if (millennium && turn % 1000 !== 0) continue;
    out.push(make(m, String(turn), ['offset'], ['year'], 'date', 2));
  }
  const ref = context.reference;
  if (ref) {
    // "by the end of the decade": the decade in hand. Told in the past, the end of a decade named before.
    for (const m of matches(
      context,
      /\b(?:the )?(?:beginning|start|end|middle|turn|close) of (?:the|this) decade\b/gi,
    )) {
      if (m.tense !== 'past') out.push(make(m, String(Math.floor(ref.year / 10)), ['offset'], ['decade'], 'date', 2));
    }
    // "the past decade" covers the ten years before publication: name the decade of its middle.
    for (const m of matches(context, /\b(?:the|over the|in the) (?:past|last) decade\b/gi)) {
      if (OF_A_THING.test(context.text.slice(m.end, m.end + 12))) continue;
      const start =
        m.start +
        (context.text.slice(m.start, m.end).toLowerCase().startsWith('the')
          ? 0
          : context.text.slice(m.start, m.end).indexOf('the'));
      out.push({ ...make(m, String(Math.floor((ref.year - 5) / 10)), ['offset'], ['decade']), start });
    }
  }
  return out;
}

/**
 * Parts of a year or month: "early 2009", "mid-2011", "the end of this year", "year end",
 * "the beginning of the year", "late October", "earlier this month".
 */
function partsOfPeriods(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  const out: Candidate[] = [];
  const yearPattern =
    /\b(?:(?:the )?(?:beginning|start|end|middle|turn|close|rest|remainder) of (?:(\d{4})|(?:the |this |last |next )?year)|(?:early|late|mid)[- ]?(\d{4})|(?:earlier|later) (?:this|last|next) year|year[- ]end)\b/gi;
  for (const m of matches(context, yearPattern)) {
    const stated = m.groups[1] ?? m.groups[2];
    if (stated) {
      out.push(make(m, stated, ['year'], [], 'date', 2));
      continue;
    }
    if (!ref) continue;
    const phrase = context.text.slice(m.start, m.end).toLowerCase();
    const offset = /\blast year/.test(phrase) ? -1 : /\bnext year/.test(phrase) ? 1 : 0;
    out.push(make(m, yearOf(ref, offset), ['offset'], ['year'], 'date', 2));
  }
  const monthNames = MONTHS.join('|');
  const monthPattern = new RegExp(
    `\\b(?:(?:the )?(?:beginning|start|end|middle) of (${monthNames})|(?:early|late|mid)[- ](${monthNames}))(?:,? (\\d{4}))?\\b|\\b(?:earlier|later) this month\\b`,
    'gi',
  );
  for (const m of matches(context, monthPattern)) {
    const name = (m.groups[1] ?? m.groups[2] ?? '').toLowerCase();
    if (!name) {
      if (ref) out.push(make(m, formatYm(ref.year, ref.month), ['offset'], ['year', 'month'], 'date', 2));
      continue;
    }
    const month = MONTHS.indexOf(name as (typeof MONTHS)[number]) + 1;
    if (m.groups[3]) out.push(make(m, formatYm(Number(m.groups[3]), month), ['month', 'year'], [], 'date', 2));
    else if (ref)
      out.push(make(m, formatYm(resolveMonthYear(ref, month, m.tense, m.told), month), ['month'], ['year'], 'date', 2));
  }
  if (ref) {
    // A week runs Monday to Sunday: on a Sunday, what comes "later this week" is in the next one.
    for (const m of matches(context, /\b(earlier|later) this week\b/gi)) {
      const later = (m.groups[1] ?? '').toLowerCase() === 'later' && dayOfWeek(ref) === 0;
      out.push(make(m, weekValue(later ? addDays(ref, 1) : ref), ['offset'], ['year', 'week'], 'date', 2));
    }
    // "late last year", "early next week", "mid-last month": the part is of the unit the offset names.
    for (const m of matches(context, /\b(?:early|late|mid)[- ](last|this|next) (week|month|year)\b(?![-'’])/gi)) {
      const offset = offsetOf(m.groups[1]);
      const unit = (m.groups[2] ?? '').toLowerCase();
      if (unit === 'week')
        out.push(make(m, weekValue(addDays(ref, 7 * offset)), ['offset'], ['year', 'week'], 'date', 2));
      else if (unit === 'month') {
        const ym = addMonths(ref.year, ref.month, offset);
        out.push(make(m, formatYm(ym.year, ym.month), ['offset'], ['year', 'month'], 'date', 2));
      } else out.push(make(m, yearOf(ref, offset), ['offset'], ['year'], 'date', 2));
    }
    // "by the end of the month", "the start of next week": the month or week in hand, or the one named.
    // Told in the past, "at the end of the month" is a month named before, left alone.
    for (const m of matches(
      context,
      /\b(?:the )?(?:beginning|start|end|middle) of (?:the |this |(last|next) )?(month|week)\b(?![-'’])/gi,
    )) {
      if (!m.groups[1] && m.tense === 'past') continue;
      const offset = offsetOf(m.groups[1]);
      if ((m.groups[2] ?? '').toLowerCase() === 'week')
        out.push(make(m, weekValue(addDays(ref, 7 * offset)), ['offset'], ['year', 'week'], 'date', 2));
      else {
        const ym = addMonths(ref.year, ref.month, offset);
        out.push(make(m, formatYm(ym.year, ym.month), ['offset'], ['year', 'month'], 'date', 2));
      }
    }
  }
  return out;
}

/** "last September", "next March", "October of next year", "May last year": a named month placed by its modifier. */
function modifiedMonths(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  if (!ref) return [];
  const out: Candidate[] = [];
  const names = MONTHS.map((n) => n[0]?.toUpperCase() + n.slice(1)).join('|');
  // ("Last July was the hottest month": opening a sentence, in capitals.)
  const before = new RegExp(`\\b([Ll]ast|[Nn]ext|[Tt]his|[Tt]his past|[Tt]his coming) (${names})\\b(?! \\d)`, 'g');
  for (const m of matches(context, before)) {
    const month = MONTHS.indexOf((m.groups[2] ?? '').toLowerCase() as (typeof MONTHS)[number]) + 1;
    const modifier = (m.groups[1] ?? '').toLowerCase();
    let year = ref.year;
    if (modifier === 'last' || modifier === 'this past') year = month < ref.month ? ref.year : ref.year - 1;
    else if (modifier === 'next' || modifier === 'this coming') year = month > ref.month ? ref.year : ref.year + 1;
    out.push(make(m, formatYm(year, month), ['month', 'offset'], ['year'], 'date', 3));
  }
  // "in May last year" is one expression; in "October of next year" the month alone is one (the year after
  // "of" is another, as TimeML annotators mark it), with the next one's year.
  // "mid-March last year": a part of the month is one expression with it.
  const after = new RegExp(
    `\\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?(${names})(?:(?= of (?:the )?(last|next|this|previous|following) year\\b(?![-'’]))| (?:the )?(last|next|this|previous|following) year\\b(?![-'’]))`,
    'g',
  );
  for (const m of matches(context, after)) {
    // "4 June next year": the day's, read with its year by daysOfNamedYears.
    if (/\b\d{1,2}(?:st|nd|rd|th)?\s+$/.test(context.text.slice(Math.max(0, m.start - 6), m.start))) continue;
    const month = MONTHS.indexOf((m.groups[1] ?? '').toLowerCase() as (typeof MONTHS)[number]) + 1;
    const whole = m.groups[3] !== undefined;
    out.push(
      make(
        m,
        formatYm(ref.year + offsetOf(m.groups[2] ?? m.groups[3]), month),
        whole ? ['month', 'offset'] : ['month'],
        ['year'],
        'date',
        3,
      ),
    );
  }
  return out;
}

/** Vague references to the present, past or future (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF). */
function vagueReferences(context: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  const table: [RegExp, string][] = [
    [
      /\b(?:currently|at present|presently|at the moment|nowadays|these days|now|so far|to date)\b(?!-)/gi,
      'PRESENT_REF',
    ],
    [
      /\bcurrent\b(?= (?:circumstances|situation|state|crisis|climate|conditions|economic|financial|market|downturn|recession|level|levels|rate|period|season|term|year|month|week|administration|government|leadership|regime|policy|policies|plan|system|model|version|form|status|weakened|environment|troubles|turmoil|slump))/gi,
      'PRESENT_REF',
    ],
    [/\b(?:recently|lately|more recently|most recently|in the past|previously)\b(?!-)/gi, 'PAST_REF'],
    [
      /\b(?:in the future|in future|the future|soon|shortly|the long term|the long run|the short term|the near future|the medium term|short-term|long-term|medium-term|in the coming (?:days|weeks|months|years))\b(?!-(?!term))/gi,
      'FUTURE_REF',
    ],
  ];
  for (const [pattern, value] of table) {
    for (const m of matches(context, pattern)) {
      const phrase = context.text.slice(m.start, m.end).toLowerCase();
      if (
        phrase === 'now' &&
        /\b(?:right|just|until|by|from|for|and|or|even)\s+$/i.test(
          context.text.slice(Math.max(0, m.start - 8), m.start),
        )
      )
        continue;
      // "shortly after 1:00 am", "soon afterwards": how near another time is, told after the fact; no future.
      // "as soon as possible", "as soon as the talks end": a conjunction, no time of its own.
      if (
        phrase === 'soon' &&
        /\bas\s+$/i.test(context.text.slice(Math.max(0, m.start - 4), m.start)) &&
        /^\s+as\b/i.test(context.text.slice(m.end, m.end + 4))
      )
        continue;
      if (
        (phrase === 'soon' || phrase === 'shortly') &&
        /^\s+(?:after|before|afterwards?|thereafter|beforehand|following|prior)\b/i.test(
          context.text.slice(m.end, m.end + 16),
        )
      )
        continue;
      // "very regrettable for the future of Greece": a thing's prospects, no time.
      if (phrase === 'the future' && /^\s+of\b/i.test(context.text.slice(m.end, m.end + 4))) continue;
      // "the Future Investment Initiative", "Now This News": a word of a name, capitalised before another, is no time.
      const last = context.text.slice(m.start, m.end).split(' ').at(-1)!;
      const opensSentence = /(?:^|[.!?"“]\s*)$/.test(context.text.slice(Math.max(0, m.start - 3), m.start));
      if (
        /^\p{Lu}\p{Ll}/u.test(last) &&
        !opensSentence &&
        /^\s+\p{Lu}\p{Ll}/u.test(context.text.slice(m.end, m.end + 4))
      )
        continue;
      if (
        (phrase === 'long-term' || phrase === 'short-term' || phrase === 'medium-term') &&
        value === 'FUTURE_REF' &&
        /^\s*(?:unemployed|unemployment|debt|care|memory|interest|rates?|loans?|bonds?)/i.test(
          context.text.slice(m.end, m.end + 16),
        )
      )
        continue;
      out.push(make(m, value, [], [], 'date', 0));
    }
  }
  return out;
}

/** "Christmas Day 2021", "on New Year's Eve", "last Christmas": the holiday's day, its year stated or resolved. */
function holidays(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  const out: Candidate[] = [];
  // ("on New Year's Eve in 1983": the year after "in" is the holiday's too.)
  const pattern = new RegExp(
    `\\b(?:(last|next|this) )?(${HOLIDAY_SOURCE})(?:,? (?:in )?(\\d{4})\\b)?(?![\\w'’-])`,
    'g',
  );
  for (const m of matches(context, pattern)) {
    const [month, day] = holidayDay(m.groups[2] ?? '') ?? [0, 0];
    // "illustrator Johnnie Christmas": a name's last word, not the holiday.
    const before = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(context.text.slice(Math.max(0, m.start - 30), m.start))?.[1];
    if (
      !month ||
      (before && !/^(?:On|At|By|Before|After|Until|Since|Over|During|For|From|Last|Next|This|Of|In)$/.test(before))
    )
      continue;
    // "a Christmas present", "his Christmas message": after an article or a possessive the holiday
    // qualifies a thing, and names no day.
    if (
      !m.groups[1] &&
      /\b(?:an?|his|her|its|their|our|my|your)\s+$/i.test(context.text.slice(Math.max(0, m.start - 8), m.start))
    )
      continue;
    const ymd = (year: number): string => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const stated = m.groups[3];
    if (stated) {
      out.push(make(m, ymd(Number(stated)), ['year', 'month', 'day'], []));
      continue;
    }
    if (!ref) continue;
    const offset = offsetOf(m.groups[1]);
    const year = offset !== 0 ? ref.year + offset : resolveMonthYear(ref, month, m.tense, m.told);
    out.push(make(m, ymd(year), ['month', 'day'], ['year']));
  }
  return out;
}

/**
 * Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher).
 * @example easterSunday(2024) // { year: 2024, month: 3, day: 31 }
 */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Days from Easter Sunday of the feasts named after it, and the weekend (from its Saturday). */
const EASTER_SHIFT: Record<string, number> = {
  'good friday': -2,
  'easter saturday': -1,
  'easter weekend': -1,
  easter: 0,
  'easter sunday': 0,
  'easter monday': 1,
};

/**
 * "at Easter", "over the Easter weekend", "on Good Friday", "Easter Monday 2016": the feasts of Easter, which moves
 * with the moon. Told in the past, the last one not after the publication day; otherwise the next one not before
 * it (the Easter of the publication year while it is within a fortnight past). Bare "Easter" needs a preposition,
 * "last", "this" or "next" before it ("Easter Island", "an Easter egg" are no dates).
 */
function easters(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  const out: Candidate[] = [];
  const pattern =
    /\b(?:([Ll]ast|[Tt]his|[Nn]ext) )?(Good Friday|Easter(?: (?:Saturday|Sunday|Monday|weekend))?)(?:,? (\d{4}))?\b(?![\w'’-]|\s+(?:Island|Rising|eggs?|bunny|Parade|Uprising|Vigil|Offensive)\b)/g;
  for (const m of matches(context, pattern)) {
    const name = (m.groups[2] ?? '').toLowerCase();
    const shift = EASTER_SHIFT[name];
    if (shift === undefined) continue;
    const before = context.text.slice(Math.max(0, m.start - 12), m.start);
    if (
      name === 'easter' &&
      !m.groups[1] &&
      !/\b(?:at|on|over|since|before|after|until|by|around|during|for|of|in|from)\s+$/i.test(before)
    )
      continue;
    const on = (year: number): Ymd => addDays(easterSunday(year), shift);
    const value = (day: Ymd): string => (name === 'easter weekend' ? `${weekValue(day)}-WE` : formatYmd(day));
    if (m.groups[3]) {
      out.push(make(m, value(on(Number(m.groups[3]))), ['month', 'day', 'year'], [], 'date', 2));
      continue;
    }
    if (!ref) continue;
    const published = formatYmd(ref);
    const modifier = (m.groups[1] ?? '').toLowerCase();
    let year = ref.year;
    if (modifier === 'last') year = formatYmd(on(ref.year)) < published ? ref.year : ref.year - 1;
    else if (modifier === 'next') year = formatYmd(on(ref.year)) > published ? ref.year : ref.year + 1;
    else if (m.tense === 'past') year = formatYmd(on(ref.year)) <= published ? ref.year : ref.year - 1;
    else if (formatYmd(addDays(on(ref.year), 14)) < published) year = ref.year + 1;
    out.push(make(m, value(on(year)), ['month', 'day'], ['year'], 'date', 2));
  }
  return out;
}

/** Ordinals that count a weekday within its month; -1 is the last. */
const ORDINAL_IN_MONTH: Record<string, number> = { ...ORDINALS, fifth: 5, '5th': 5, last: -1, final: -1 };

/**
 * The n-th (or last) given weekday of a month, or null when the month has no such day (a fifth Monday).
 * @example nthWeekdayOfMonth(2024, 8, 6, 1) // { year: 2024, month: 8, day: 3 }
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): Ymd | null {
  if (nth < 0) {
    const last = lastDayOfMonth(year, month);
    return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
  }
  const first: Ymd = { year, month, day: 1 };
  const day = addDays(first, ((weekday - dayOfWeek(first) + 7) % 7) + 7 * (nth - 1));
  return day.month === month ? day : null;
}

/**
 * The value of the n-th (or last, `nth` −1) weekday, weekend or week of a month in a year: a day, a weekend of an
 * ISO week, or an ISO week (see below); null for a day the month lacks.
 */
function ordinalInMonthValue(nth: number, named: string, year: number, month: number): string | null {
  if (named === 'week') {
    const day = nth < 0 ? addDays(lastDayOfMonth(year, month), -3) : { year, month, day: 7 * (nth - 1) + 4 };
    return weekValue(day);
  }
  const weekend = named === 'weekend';
  const day = nthWeekdayOfMonth(year, month, weekend ? 6 : weekdayIndex(named), nth);
  return day === null ? null : weekend ? `${weekValue(day)}-WE` : formatYmd(day);
}

/**
 * An ordinal weekday, weekend or week of a month ("the final weekend of May") read again in another year: its value
 * then, or null for another phrase. For the year of its clause ("In 2022 the fair fell on the final weekend of May").
 * @example ordinalInMonthIn('the final weekend of May', 2022) // '2022-W21-WE'
 */
export function ordinalInMonthIn(phrase: string, year: number): string | null {
  const m = /^(?:[Tt]he )?(\w+) (\w+) (?:in|of) (\w+)$/.exec(phrase);
  const nth = ORDINAL_IN_MONTH[(m?.[1] ?? '').toLowerCase()];
  const month = MONTHS.indexOf((m?.[3] ?? '').toLowerCase() as (typeof MONTHS)[number]) + 1;
  if (!m || nth === undefined || month === 0) return null;
  return ordinalInMonthValue(nth, (m[2] ?? '').toLowerCase(), year, month);
}

/**
 * "the first Saturday in August", "the last Sunday of April 2022", "the final weekend of May": a weekday counted
 * within a month is that day; a weekend so counted is the one of the month's n-th (or last) Saturday. "The third
 * week of July" is the month's days 15–21, given as the ISO week that holds most of them (the one of the 18th;
 * the last week, of the fourth day before the month's end). A year written after the month, or "this/last/next
 * year", is the month's; with neither, the month's year is read as a month alone is (by tense, near the
 * publication date).
 */
function ordinalWeekdaysOfMonths(context: RecognizerContext): Candidate[] {
  const ref = context.reference;
  const out: Candidate[] = [];
  const names = MONTHS.map((n) => n[0]?.toUpperCase() + n.slice(1)).join('|');
  const pattern = new RegExp(
    `\\b(?:[Tt]he )?(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend|week) (?:in|of) (${names})(?:,? (\\d{4})| (this|last|next) year)?\\b(?![\\w'’-])`,
    'gi',
  );
  for (const m of matches(context, pattern)) {
    const nth = ORDINAL_IN_MONTH[(m.groups[1] ?? '').toLowerCase()];
    const named = (m.groups[2] ?? '').toLowerCase();
    const monthName = m.groups[3] ?? '';
    // The month's name must be written with its capital ("the first weekend in may" is no date).
    if (nth === undefined || !/^[A-Z]/.test(monthName)) continue;
    // "its first weekend in March": after a possessive the ordinal counts the owner's weekends (a film's, a show's),
    // not the month's.
    if (
      /(?:\b(?:its|his|her|their|our|my|your)|['’]s?)\s+$/i.test(context.text.slice(Math.max(0, m.start - 8), m.start))
    )
      continue;
    const month = MONTHS.indexOf(monthName.toLowerCase() as (typeof MONTHS)[number]) + 1;
    // A month holds four whole weeks and the days of a fifth: "the fifth week of May" is no date.
    if (named === 'week' && nth > 4) continue;
    let year: number;
    if (m.groups[4]) year = Number(m.groups[4]);
    else if (ref && m.groups[5]) year = ref.year + offsetOf(m.groups[5].toLowerCase());
    else if (ref) year = resolveMonthYear(ref, month, m.tense, m.told);
    else continue;
    const value = ordinalInMonthValue(nth, named, year, month);
    if (!value) continue;
    const stated = m.groups[4]
      ? ['month', 'year', 'ordinal']
      : m.groups[5]
        ? ['month', 'offset', 'ordinal']
        : ['month', 'ordinal'];
    out.push(make(m, value, stated, m.groups[4] ? [] : ['year'], 'date', 2));
  }
  return out;
}

/**
 * The date recognisers of this module, in order.
 * @example recognizeRelativeDates({ text: 'last month', reference: { year: 2013, month: 5, day: 7 }, sentences: [] })[0]?.value // '2013-04'
 */
export function recognizeRelativeDates(context: RecognizerContext): Candidate[] {
  return [
    ...deicticDays(context),
    ...namedTimes(context),
    ...overnight(context),
    ...holidays(context),
    ...easters(context),
    ...ordinalWeekdaysOfMonths(context),
    ...weekdays(context),
    ...weeksOnWeekdays(context),
    ...thisTimeYears(context),
    ...relativeUnits(context),
    ...unitsAgo(context),
    ...seasons(context),
    ...quarters(context),
    ...halves(context),
    ...ordinalDays(context),
    ...decades(context),
    ...yearPairs(context),
    ...yearSpans(context),
    ...partsOfPeriods(context),
    ...modifiedMonths(context),
    ...vagueReferences(context),
  ];
}
