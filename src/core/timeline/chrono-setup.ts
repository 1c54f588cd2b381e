/**
 * chrono-node, set up for news: its calendar-date and clock-time parsers, plus parsers for bare years
 * and for clock times written as four digits with a zone ("1100 GMT"), and refiners that drop numbers
 * which are counts and month names which are words ("may", "March" as a verb). Relative phrases
 * ("Tuesday", "last month") are left to Gloss's own recognisers, which know the news conventions.
 */
import * as chrono from 'chrono-node';
import { OPEN_DAY, type Candidate, type RecognizerContext } from './candidates';
import { formatYm, formatYmd, type Ymd } from './calendar';
import {
  announcedAhead,
  futureFromThePast,
  resolveMonthYear,
  resolveWeekday,
  tenseAround,
  type Tense,
} from './resolve';

type ChronoParser = chrono.Parser;
type ChronoRefiner = chrono.Refiner;

/**
 * Phrases whose parsers Gloss replaces with its own recognisers (weekdays, "yesterday", "next week",
 * "3 days ago"…). Parsers are recognised by what they parse, not by class name, which a minifier may
 * rename in the browser build.
 */
const REPLACED_PROBES = [
  'Monday',
  'yesterday',
  'tonight',
  'this morning',
  'next 2 weeks',
  'next week',
  'last month',
  '3 days ago',
  'in 3 days',
  'within 3 days',
  '3 days later',
  'end of the month',
  'this week',
];

function parsesWholly(parser: ChronoParser, phrase: string): boolean {
  const probe = new chrono.Chrono({ parsers: [parser], refiners: [] });
  return probe
    .parse(phrase, new Date(Date.UTC(2013, 4, 7, 12)))
    .some((r) => r.text.trim().toLowerCase() === phrase.toLowerCase());
}

const ZONES: Record<string, number> = {
  gmt: 0,
  utc: 0,
  z: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  msk: 240,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  jst: 540,
  ist: 330,
};

/** Words after a number that make it a count, not a year ("2000 people", "1500 jobs"). */
const COUNT_NOUN =
  /^\s*(?:%|percent|per cent|people|persons|men|women|children|kids|jobs|workers|employees|staff|troops|soldiers|police|officers|lives|deaths|dead|killed|injured|cases|votes|points|units|cars|vehicles|homes|houses|students|passengers|members|residents|refugees|migrants|protesters|miles|km|kilometres|kilometers|metres|meters|feet|ft|tons|tonnes|barrels|dollars|euros|pounds|yen|yuan|rupees|shares|times|words|pages|copies|visitors|fans|customers|users|stores|plants|flights|planes|aircraft|ships|acres|hectares|calories|mg|kg|lb|lbs|sq|square|degrees|hours|minutes|seconds|days|weeks|months|years|[-–]\s*\d{1,3}\b(?!\d))/i;
/** Words after a number that make it an amount, not a clock time ("at 9 billion dollars", "at 5 percent"). */
const AMOUNT_AFTER =
  /^\s*(?:%|(?:billion|million|trillion|thousand|bn|percent|per cent|points|dollars|euros|pounds)\b)/i;
/**
 * Words before a number that make it a price or a code, not a year ("$1900", "flight 2012", "pages 1850-1870",
 * "Resolution 1929").
 */
const CODE_WORDS = String.raw`[$£€¥#]|\bresolutions?|\bUS\$|\bno\.|\bnumbers?|\bflights?|\broutes?|\bmodels?|\bpages?|\brooms?|\bbus(?:es)?|\bhighways?|\bpoints?|\bscores?`;
export const CODE_BEFORE = new RegExp(`(?:${CODE_WORDS})\\s*$`, 'i');
/** Words before a number that make it an amount or a code, not a year ("about 2000", "of 1500"). */
const AMOUNT_BEFORE = new RegExp(
  `(?:${CODE_WORDS}|\\bof|\\bthan|\\babout|\\bsome|\\bover|\\bnearly|\\balmost|\\bapproximately|\\baround|\\bat|\\bthe)\\s*$`,
  'i',
);
/** Words before a bare year that make it one even when it could be a count ("no later than 2031", "sooner than 2030"). */
const YEAR_BEFORE =
  /\b(?:in|since|by|until|till|from|to|through|before|after|during|of|the|early|late|mid|spring|summer|autumn|fall|winter|around|circa|between|and|year|season|class|(?:earlier|later|sooner)\s+than|(?:in|since|by|until|till|before|after|during)\s+(?:about|around|circa|roughly|approximately))\s*-?\s*$/i;

/**
 * Whether a number that could be a year counts something: a count noun after it ("2000 people"), unless a
 * preposition of time before it makes it a year ("in 2000 people voted"). `left` and `right` are the words
 * just before and after the number.
 */
export function countsSomething(left: string, right: string): boolean {
  return COUNT_NOUN.test(right) && !/\b(?:in|since|by|until|from|during)\s+$/i.test(left) && !HAPPENING_OF.test(left);
}

/** A happening or a season of a year ("The pandemic of 1968 killed …", "the floods of 1953", "the class of 2000"). */
const HAPPENING_OF =
  /\b(?:pandemic|epidemic|outbreak|flu|floods?|war|crisis|crash|earthquake|quake|storm|hurricane|famine|drought|riots?|massacre|revolution|uprising|coup|election|campaign|season|summer|winter|spring|autumn|class|games|olympics)\s+of\s+$/i;

/**
 * A parser for bare years 1800–2099 ("the 2003 invasion", "since 1989"), and 1000–1799 right after a preposition
 * of time ("sank in 1628", "since 1066"; not after "from" or "to", which also bound amounts); refined below.
 */
const bareYearParser: ChronoParser = {
  pattern: () =>
    /(?<![\w$£€¥#.,'’/-])(1[89]\d\d|20\d\d|(?<=\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring)(?: about| around| circa| roughly| approximately)?|[Cc]irca) )1[0-7]\d\d)(?![\w:/]|,\d|\.\d|-\d)/,
  extract: (context, match) => {
    const year = Number(match[1]);
    const index = match.index ?? 0;
    const left = context.text.slice(Math.max(0, index - 24), index);
    const right = context.text.slice(index + 4, index + 24);
    if (countsSomething(left, right)) return null;
    if (AMOUNT_BEFORE.test(left) && !YEAR_BEFORE.test(left)) return null;
    // "in 1500 homes": an older year's number before a plural counts it, whatever the preposition; "by 1100 local
    // time", "at 1500 GMT" are clock times.
    if (
      year < 1800 &&
      (COUNT_NOUN.test(right) ||
        /^\s+(?!(?:has|was|is|as|its|this|his)\b)\p{Ll}{2,}s\b/u.test(right) ||
        /^\s*(?:local\b|GMT|UTC|hrs?\b|h\b|[ap]\.?m\b)/i.test(right))
    )
      return null;
    const result = context.createParsingResult(index, match[0], { year });
    result.addTag('gloss/bare-year');
    return result;
  },
};

/** A parser for two-digit years after an apostrophe ("since '82"). */
const apostropheYearParser: ChronoParser = {
  pattern: () => /(?<=\b(?:since|in|of|from|until|to|by|class of)\s)['’](\d\d)\b(?!['’s])/i,
  extract: (context, match) => {
    const yy = Number(match[1]);
    const ref = context.refDate.getUTCFullYear();
    const year = 2000 + yy > ref + 10 ? 1900 + yy : 2000 + yy;
    const result = context.createParsingResult(match.index ?? 0, match[0], { year });
    result.addTag('gloss/bare-year');
    return result;
  },
};

/**
 * A parser for clock times written as four digits and "local time" ("turnout stood at 33 percent by 1100
 * local time"): no zone, as "9:55 pm local time" has none.
 */
const localMilitaryTimeParser: ChronoParser = {
  pattern: () => /\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs?\s+(?=local\b)|(?=local time\b))/i,
  extract: (context, match) => {
    const result = context.createParsingResult(match.index ?? 0, match[0].trimEnd(), {
      hour: Number(match[1]),
      minute: Number(match[2]),
    });
    result.addTag('gloss/military-time');
    return result;
  },
};

/** A parser for clock times written as four digits with a zone ("1100 GMT", "0930 hrs local"). */
const militaryTimeParser: ChronoParser = {
  pattern: () =>
    /\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs?\s+)?(GMT|UTC|Z|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|IST)\b/,
  extract: (context, match) => {
    const zone = ZONES[(match[3] ?? '').toLowerCase()] ?? 0;
    const components = { hour: Number(match[1]), minute: Number(match[2]), timezoneOffset: zone };
    const result = context.createParsingResult(match.index ?? 0, match[0], components);
    result.addTag('gloss/military-time');
    return result;
  },
};

const AMBIGUOUS_MONTHS = /^(?:may|march|august|june|april)$/i;
const MONTH_CUE_BEFORE =
  /\b(?:in|since|by|until|till|from|to|through|before|after|during|of|last|next|this|early|late|mid|end|start|beginning|between|and|on|as)\s*-?\s*$/i;

/** Drops month names that are words: "may" the verb, or "March" without a cue like "in". */
const monthWordRefiner: ChronoRefiner = {
  refine: (context, results) =>
    results.filter((r) => {
      const onlyMonth = r.start.isCertain('month') && !r.start.isCertain('day') && !r.start.isCertain('year');
      if (!onlyMonth) return true;
      const word = r.text.replace(/^in\s+/i, '').replace(/[\s,.]+$/, '');
      if (!/^\p{Lu}/u.test(word)) return false;
      if (!AMBIGUOUS_MONTHS.test(word)) return true;
      const at = r.index + r.text.indexOf(word);
      return MONTH_CUE_BEFORE.test(context.text.slice(Math.max(0, at - 16), at));
    }),
};

/**
 * Drops what chrono finds inside a word or a number: "DEC" of "the INDEC statistics agency", "000 a" (a clock
 * time) of "$250,000 a seat"; and a price, "420 a" of "$420 a share".
 */
const inWordRefiner: ChronoRefiner = {
  refine: (context, results) =>
    results.filter(
      (r) =>
        !/\p{L}/u.test(context.text.charAt(r.index - 1)) &&
        !/\p{L}/u.test(context.text.charAt(r.index + r.text.length)) &&
        !(/^\d/.test(r.text) && /(?:\d[,.]?|[$£€¥])$/.test(context.text.slice(Math.max(0, r.index - 2), r.index))),
    ),
};

/**
 * "Gregory III, who reigned from 731 to 741": two bare numbers chrono reads as a stretch of clock times ("7:31 to
 * 7:41") are no clock times without a colon, "am"/"pm", "h", "o'clock" or a zone, when one has three digits (two of
 * four, "from 1997 to 2003", are read as years afterwards).
 */
const bareRangeRefiner: ChronoRefiner = {
  refine: (_context, results) =>
    results.filter(
      (r) =>
        !/^(?:from\s+|between\s+)?(?:\d{3}\s*(?:to|and|until|till|-|–)\s*\d{3,4}|\d{4}\s*(?:to|and|until|till|-|–)\s*\d{3})$/i.test(
          r.text,
        ),
    ),
};

/**
 * "The new champion turns 23 on November 30": a bare number chrono reads as the hour of the date after it is an
 * age or a count; the date is kept without it (a clock time has its colon, "am"/"pm", "h" or a zone, or "at" before
 * it).
 */
const bareHourRefiner: ChronoRefiner = {
  refine: (context, results) =>
    results.map((r) => {
      const bare = /^(\d{1,2})\s+(?=(?:on\s+)?\p{L})/u.exec(r.text);
      // ("starts at 9 on November 30": after "at" it is one.)
      if (/\b(?:at|by|from|until|till|before|after)\s+$/i.test(context.text.slice(Math.max(0, r.index - 8), r.index)))
        return r;
      if (
        !bare ||
        !r.start.isCertain('hour') ||
        /\d[:.]\d|\b[ap]\.?m\b|\d\s?h\b|o['’]clock|\b(?:GMT|UTC)\b/i.test(r.text)
      )
        return r;
      r.start.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem']);
      r.index += bare[0].length;
      r.text = r.text.slice(bare[0].length);
      return r;
    }),
};

/** chrono's own filter drops every all-digit result; this one spares the years and local four-digit times parsed above. */
const digitsRefiner: ChronoRefiner = {
  refine: (_context, results) =>
    results.filter(
      (r) =>
        r.tags().has('gloss/bare-year') ||
        r.tags().has('gloss/military-time') ||
        !/^\d*(?:\.\d*)?$/.test(r.text.replace(' ', '')),
    ),
};

/** Whether a refiner drops what `parser` finds in `phrase` (a probe of what chrono's own refiners filter). */
function drops(refiner: ChronoRefiner, parser: ChronoParser, phrase: string): boolean {
  const probe = new chrono.Chrono({ parsers: [parser], refiners: [refiner] });
  return probe.parse(phrase, new Date(Date.UTC(2013, 4, 7, 12))).length === 0;
}

/** Whether a refiner drops a result that is only digits (chrono's filter of unlikely formats). */
const dropsBareYears = (refiner: ChronoRefiner): boolean => drops(refiner, bareYearParser, 'in 2003');

/** A parser of the month name "May" alone, to find the refiner that drops it. */
const mayParser: ChronoParser = {
  pattern: () => /\bMay\b/,
  extract: (context, match) => context.createParsingResult(match.index ?? 0, match[0], { month: 5 }),
};

/** Whether a refiner drops "May" after a cue other than "in" (chrono's filter of unlikely formats does). */
const dropsMay = (refiner: ChronoRefiner): boolean => drops(refiner, mayParser, 'since May');

/**
 * chrono keeps the month "May" alone only after "in", so "since May", "until May" and "the 12 months to May"
 * lost their dates. A result "May" such a refiner drops is kept for `monthWordRefiner`, which keeps it after the
 * cues it asks of every ambiguous month's name ("may" the verb has no capital).
 */
function sparingMay(refiner: ChronoRefiner): ChronoRefiner {
  return {
    refine: (context, results) => {
      const kept = new Set(refiner.refine(context, results));
      return results.filter((r) => kept.has(r) || r.text.trim() === 'May');
    },
  };
}

function createChrono(): chrono.Chrono {
  const custom = chrono.casual.clone();
  custom.parsers = custom.parsers.filter((p) => !REPLACED_PROBES.some((phrase) => parsesWholly(p, phrase)));
  custom.parsers.push(bareYearParser, apostropheYearParser, militaryTimeParser, localMilitaryTimeParser);
  custom.refiners = custom.refiners.map((r) => (dropsBareYears(r) ? digitsRefiner : dropsMay(r) ? sparingMay(r) : r));
  custom.refiners.push(monthWordRefiner, inWordRefiner, bareHourRefiner, bareRangeRefiner);
  return custom;
}

let instance: chrono.Chrono | null = null;

/**
 * The shared, lazily built chrono-node instance Gloss uses.
 * @example glossChrono().parse('since March 2011', new Date(Date.UTC(2013, 4, 7)))[0]?.text // 'March 2011'
 */
export function glossChrono(): chrono.Chrono {
  instance ??= createChrono();
  return instance;
}

/** The year of a date found with no publication date ("XXXX-04-14"), until a date named before fills it. */
export const OPEN_YEAR = OPEN_DAY.slice(0, 4);

const LEADING_WORDS =
  /^(?:(?:at|on|in|by|since|from|of|until|till|around|about|approximately|some|roughly|for|during)\s+)+/i;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Appends a clock time to a date value; a stated zone turns it into UTC, marked `Z`. */
function withTime(day: Ymd, c: chrono.ParsedComponents): string {
  const hour = c.get('hour') ?? 0;
  const minute = c.get('minute') ?? 0;
  if (!c.isCertain('timezoneOffset')) return `${formatYmd(day)}T${pad2(hour)}:${pad2(minute)}`;
  const offset = c.get('timezoneOffset') ?? 0;
  const utc = new Date(Date.UTC(day.year, day.month - 1, day.day, hour, minute) - offset * 60_000);
  return `${utc.toISOString().slice(0, 16)}Z`;
}

/** The most days a month can have (February's leap day counts). */
const daysIn = (month: number): number => (month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** Words that lead a month's name, capitalised in a headline or opening a sentence ("In May", "Last June"). */
const MONTH_LEADS =
  /^(?:in|since|until|till|by|from|of|for|on|during|before|after|early|late|mid|last|next|this|each|every|through|and|or|to)$/i;

/** Maps one chrono result to a TIMEX3 candidate, applying news conventions where chrono guessed. */
export function candidateFromChrono(
  found: { index: number; text: string; components: chrono.ParsedComponents; bareYear: boolean },
  text: string,
  reference: Ymd | null,
  tense: Tense,
): Candidate | null {
  const c = found.components;
  const known = (k: chrono.Component) => c.isCertain(k);
  const stated = (['year', 'month', 'day', 'weekday', 'hour', 'minute', 'timezoneOffset'] as const).filter(known);
  const inferred: string[] = [];
  let day: Ymd | null = null;
  let value: string | null = null;
  const month = c.get('month') ?? 1;
  const told = tense === 'future' && futureFromThePast(text, found.index);
  if (known('year') && known('month') && known('day'))
    day = { year: c.get('year') ?? 0, month, day: c.get('day') ?? 1 };
  else if (known('month') && known('day')) {
    inferred.push('year');
    // No publication date: the year is left open for a date named before to fill ("XXXX-04-14"); a
    // leap year holds every day.
    const date = c.get('day') ?? 1;
    day = { year: reference ? resolveMonthYear(reference, month, tense, told, date) : 2000, month, day: date };
    if (reference) day = announcedAhead(text.slice(Math.max(0, found.index - 160), found.index), reference, day);
  } else if (known('month')) {
    if (known('year')) value = formatYm(c.get('year') ?? 0, month);
    else {
      value = formatYm(reference ? resolveMonthYear(reference, month, tense, told) : 2000, month);
      inferred.push('year');
    }
  } else if (known('weekday')) {
    if (!reference) return null;
    day = resolveWeekday(reference, c.get('weekday') ?? 0, tense);
    inferred.push('year', 'month', 'day');
  } else if (known('hour')) {
    inferred.push('year', 'month', 'day');
    if (reference) day = reference;
    else {
      // No publication date: the day is left open for a day named before to fill; a zone that moves
      // the time across midnight would change that day, so such a time is dropped.
      const open = withTime({ year: 2000, month: 1, day: 1 }, c);
      if (!open.startsWith('2000-01-01')) return null;
      value = OPEN_DAY + open.slice(10);
    }
  } else if (known('year')) value = String(c.get('year'));
  if (day) value = known('hour') ? withTime(day, c) : formatYmd(day);
  if (!value) return null;
  if (!reference && inferred.includes('year') && /^\d{4}-\d{2}/.test(value)) value = OPEN_YEAR + value.slice(4);

  // A bare hour ("close at 7,162") is a number more often than a time.
  if (known('hour') && !known('minute') && !known('meridiem')) return null;
  let start = found.index;
  let phrase = found.text;
  const lead = LEADING_WORDS.exec(phrase);
  if (lead && lead[0].length < phrase.length) {
    start += lead[0].length;
    phrase = phrase.slice(lead[0].length);
  }
  phrase = phrase.replace(/(?:[\s,.;:]|\s+of)+$/, '');
  if (!phrase || text.slice(start, start + phrase.length) !== phrase) return null;
  // "In May, 17 people died", "By March, 40 percent had voted", "in June 31 were hurt": a number after a
  // month's name, set off by a comma or no day of that month (nor a year: a two-digit year is written
  // "May '09"), is a count, and the date is the month alone.
  const count = /^(\p{L}+\.?)(,?)\s*(\d{1,2})$/u.exec(phrase);
  if (count && known('month') && !known('hour') && (count[2] || !known('day') || Number(count[3]) > daysIn(month))) {
    phrase = count[1]!;
    const year = reference ? resolveMonthYear(reference, month, tense, told) : Number(OPEN_YEAR);
    value = formatYm(year, month);
    stated.splice(0, stated.length, 'month');
    inferred.splice(0, inferred.length, 'year');
  }
  // "the district of Zinda Jan", "Theresa May": a month alone right after a capitalised name word is that
  // name's last word ("in Jan", "Since May" are months).
  // "the coastal city of Vina del Mar": a month's short name alone is a month only after a word of time ("in Mar",
  // "since Sept"); otherwise it is a word of a name.
  if (known('month') && !known('day') && !known('year') && /^\p{L}+\.?$/u.test(phrase)) {
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
    if (
      /^\p{Lu}/u.test(before) &&
      !MONTH_LEADS.test(before) &&
      !/[.!?"“]\s*\S+\s+$/u.test(text.slice(Math.max(0, start - 32), start))
    )
      return null;
    if (
      /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/.test(phrase) &&
      !/^(?:in|since|until|till|by|from|to|through|early|late|mid|last|next|this|of|and|or|between|before|after|during)$/i.test(
        before,
      )
    )
      return null;
  }
  // "7-6 (7/4)": a tie-break's score, "open 24/7", "the 9/11 attacks" (a name, not the day of this year): two
  // numbers joined by a slash with no year are no day and month; news copy spells out a day it means.
  if (/^\d{1,2}\/\d{1,2}$/.test(phrase)) return null;
  // "kept its rate at 4.25 percent", "closed at 7.45": a clock written with a dot and neither "am"/"pm" nor a zone
  // is a decimal number more often than a time.
  if (
    known('hour') &&
    !known('meridiem') &&
    !known('timezoneOffset') &&
    /(?:^|\D)\d{1,2}\.\d{2}(?!\d)/.test(phrase) &&
    !/:\d{2}/.test(phrase)
  )
    return null;
  // "at 7,162.90": the number goes on, so it is not a clock time; nor a date written in figures ("beating the
  // United States 16.5-11.5": a score in half points).
  if ((known('hour') || /^[\d.\-/]+$/.test(phrase)) && /^[,.]\d/.test(text.slice(start + phrase.length))) return null;
  // "valued at 9 billion dollars", "at 5 percent": an amount, not a clock time.
  if (known('hour') && !known('meridiem') && AMOUNT_AFTER.test(text.slice(start + phrase.length))) return null;
  const isTime = known('hour');
  return {
    start,
    end: start + phrase.length,
    type: isTime ? 'time' : 'date',
    value,
    stated,
    inferred,
    relative: inferred.length > 0,
    priority: found.bareYear ? 0 : 2,
  };
}

/**
 * "at 16:15 UTC, June 1st": a clock time and its day set off by a comma are two expressions, as TimeML
 * annotators mark them (the time keeps the day); "12:00 UTC Monday", with no comma, stays one.
 */
function splitAtComma(c: Candidate, text: string): Candidate[] {
  if (c.type !== 'time' || !/^\d{4}-\d{2}-\d{2}T/.test(c.value)) return [c];
  const phrase = text.slice(c.start, c.end);
  const comma = /,\s+/.exec(phrase);
  if (!comma) return [c];
  const [first, second] = [phrase.slice(0, comma.index), phrase.slice(comma.index + comma[0].length)];
  const clock = /\d:\d|\d\s*[ap]\.?m\b|\b\d{4}\s*[A-Z]{1,4}\b/i;
  // Exactly one side holds the clock, and the other names a day ("June 1st", "Monday").
  if (clock.test(first) === clock.test(second)) return [c];
  // A zone other than GMT may have moved the time's UTC value to another day than the one named.
  if (c.stated.includes('timezoneOffset') && !/\b(?:GMT|UTC)\b/.test(phrase)) return [c];
  const dayAt = clock.test(first) ? c.start + comma.index + comma[0].length : c.start;
  const dayEnd = clock.test(first) ? c.end : c.start + comma.index;
  const timeAt = clock.test(first) ? c.start : c.start + comma.index + comma[0].length;
  const timeEnd = clock.test(first) ? c.start + comma.index : c.end;
  const day = {
    ...c,
    start: dayAt,
    end: dayEnd,
    type: 'date' as const,
    value: c.value.slice(0, 10),
    stated: c.stated.filter((k) => !['hour', 'minute', 'timezoneOffset'].includes(k)),
  };
  const time = { ...c, start: timeAt, end: timeEnd };
  return dayAt < timeAt ? [day, time] : [time, day];
}

const CHRONO_CUE =
  /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\b/;

/** The reference instant handed to chrono: noon UTC of the publication day, or a fixed day when unknown. */
function chronoReference(reference: Ymd | null): chrono.ParsingReference {
  const d = reference ?? { year: 2000, month: 1, day: 1 };
  return { instant: new Date(Date.UTC(d.year, d.month - 1, d.day, 12)), timezone: 0 };
}

/** A bare day number after a month's day and "and"/"to", closing the clause or before a word that is no noun. */
const SECOND_DAY =
  /^\s+(?:and|to|until|till|through|thru)\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*[,;)!?]|\s*[.:](?!\d)|\s*$|\s+(?:in|at|on|with|as|when|while|before|after|for|this|last|next|that|and|but|or|because|amid|during|under|across|from|to)\b)/i;

/**
 * "between May 3 and 5", "on June 10 and 12": the second number is another day of the first date's month, which
 * chrono leaves out (it joins only "May 3-5" and "May 3 to 5" itself). Not "May 3 and 5 people", nor a day the
 * month lacks or one not after the first.
 */
function secondDayOfMonth(
  first: chrono.ParsedComponents,
  text: string,
  at: number,
): { index: number; text: string; components: chrono.ParsedComponents } | null {
  if (!first.isCertain('month') || !first.isCertain('day') || first.isCertain('hour')) return null;
  const m = SECOND_DAY.exec(text.slice(at, at + 48));
  const day = Number(m?.[1]);
  if (!m?.[1] || day <= (first.get('day') ?? 31) || day > daysIn(first.get('month') ?? 1)) return null;
  const index = at + m[0].lastIndexOf(m[1]);
  return { index, text: text.slice(index, at + m[0].length), components: otherDay(first, day) };
}

/** The components of a date with another day of its month (no weekday: that would be the other day's). */
function otherDay(date: chrono.ParsedComponents, day: number): chrono.ParsedComponents {
  return {
    isCertain: (k) => k !== 'weekday' && date.isCertain(k),
    get: (k) => (k === 'day' ? day : k === 'weekday' ? null : date.get(k)),
    date: () => {
      const d = new Date(date.date());
      d.setUTCDate(day);
      return d;
    },
    tags: () => date.tags(),
  };
}

/** "between 10 and": a bare day before another day and its month, with the word that joins them. */
const FIRST_DAY = /\bbetween\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$/i;

/**
 * "between 10 and 12 March": the first number is a day of the month the second date names, which chrono leaves
 * out (it reads only "12 March"). Not a day the month lacks or one not before the second.
 */
function firstDayOfMonth(
  second: chrono.ParsedComponents,
  text: string,
  at: number,
): { index: number; text: string; components: chrono.ParsedComponents } | null {
  if (!second.isCertain('month') || !second.isCertain('day') || second.isCertain('hour')) return null;
  const m = FIRST_DAY.exec(text.slice(Math.max(0, at - 32), at));
  const day = Number(m?.[1]);
  if (!m?.[1] || day >= (second.get('day') ?? 0) || day < 1) return null;
  return { index: at - m[0].length + m[0].search(/\d/), text: m[1], components: otherDay(second, day) };
}

/**
 * "May 3 through 5", "Dec. 4 thru 15": a month's day, "through" and a bare number. chrono reads the numbers as a
 * range of clock times and drops the month; it reads "May 3 to 5" as the two days.
 */
const DAY_THROUGH_DAY =
  /(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\.?\s+\d{1,2}(?:st|nd|rd|th)?)\s+(?:through|thru)\s+(?=\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:[ap]\.?m\b|:\d)))/g;

/**
 * "from 3 June", "from 3 to 5 June", "from 3 June to 5 July": chrono reads "from" and a bare number as a clock time
 * ("from 3 o'clock") and then the month's name alone, or the whole as a range of times; with "from" masked it reads
 * the days. "from" is no part of a time expression's text anyway.
 */
const FROM_DAY_OF_MONTH =
  /\bfrom(?=\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b)/g;

/** The same words with "to" for "through", padded with spaces to keep every offset. */
const throughAsTo = (words: string): string => ' to'.padEnd(words.length, ' ');

/**
 * The "a" or "p" of a word that opens with "am" or "pm" after a number ("on May 14 amid a strike", "on March 3
 * American troops"), which chrono would read as a clock's "am" and then drop the date with it; replaced by a
 * letter of no meaning, so offsets stay the same.
 */
/** A day right after a bare hour, which makes the hour a clock's ("at 9 on Monday", "at 8 tonight"). */
const DAY_AFTER_HOUR =
  /^\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening))\b/;

const AM_WORD = /(?<=\d\s{1,3})[AaPp](?=[Mm]\p{L})/gu;

/**
 * Calendar dates, years and clock times found by chrono-node, resolved with news conventions.
 * @example recognizeCalendarDates({ text: 'on May 7, 2012.', reference: null, sentences: [{ start: 0, end: 15 }] })[0]?.value // '2012-05-07'
 */
export function recognizeCalendarDates(context: RecognizerContext): Candidate[] {
  const { text, reference } = context;
  const out: Candidate[] = [];
  const ref = chronoReference(reference);
  const results: { offset: number; result: chrono.ParsedResult }[] = [];
  // chrono runs sentence by sentence, and only where a digit or a month name gives it something to find.
  for (const sentence of context.sentences) {
    const piece = text
      .slice(sentence.start, sentence.end)
      .replace(DAY_THROUGH_DAY, throughAsTo)
      .replace(FROM_DAY_OF_MONTH, '    ')
      .replace(AM_WORD, 'x');
    if (!CHRONO_CUE.test(piece)) continue;
    for (const result of glossChrono().parse(piece, ref)) results.push({ offset: sentence.start, result });
  }
  for (const { offset, result } of results) {
    // "Sweden won 1 – 0", "the half ended 0 – 0", "locked at 9-9": a score, not a range of hours; nor "grow by 2
    // to 4 percent", "won 3 to 1": bare numbers joined by "to" are no clock times.
    if (
      /^(?:(?:from|at)\s+)?\d{1,2}(?:\s*[-–—]\s*|\s+(?:to|until|till)\s+)\d{1,2}$/i.test(result.text) &&
      result.start.isCertain('hour')
    )
      continue;
    // "a range of 0 to 0.1 percent", "2.5 to 3.5 percent": a number with one decimal is an amount; a clock's
    // minutes after a point are two digits ("from 9.30 to 10.30").
    if (/(?:^|\s)\d{1,2}\.\d(?!\d)/.test(result.text) && result.start.isCertain('hour')) continue;
    // "to 12 euros from 20 euros", "up from 12 in the last election": a bare number, with no minutes, "am"/"pm",
    // zone or "o'clock", is a count or an amount; news copy writes the clock it means ("at 9 on Monday" is one).
    if (
      /^(?:(?:at|from)\s+)?\d{1,2}$/i.test(result.text) &&
      !result.start.isCertain('timezoneOffset') &&
      !DAY_AFTER_HOUR.test(text.slice(offset + result.index + result.text.length))
    )
      continue;
    // ("bonds known as AT1", "the 0-0.25 percent range": a code with "at" glued to its digits, and numbers before
    // "percent" or "points", are no clock times.)
    if (/^at\d/i.test(result.text)) continue;
    if (
      result.start.isCertain('hour') &&
      /^\s*(?:%|percent\b|per\s+cent\b|pc\b|percentage\s+points?\b|points?\b|basis\s+points?\b)/i.test(
        text.slice(offset + result.index + result.text.length),
      )
    )
      continue;
    const bareYear = result.tags().has('gloss/bare-year');
    const pieces = [{ index: offset + result.index, text: result.text, components: result.start, bareYear }];
    // A range ("from 2009 to 2011") becomes its two ends, as TIMEX3 marks them: at a word that joins them
    // (a whole word: "October" holds "to"), else at a dash ("2009-2011"; not the one of "mid-October to May").
    const joint = result.end
      ? (/\s+(?:to|until|till|through|thru|and)\s+/i.exec(result.text) ?? /\s*[-–—]\s*/.exec(result.text))
      : null;
    if (result.end && joint) {
      pieces[0] = { ...pieces[0]!, text: result.text.slice(0, joint.index) };
      pieces.push({
        index: offset + result.index + joint.index + joint[0].length,
        text: result.text.slice(joint.index + joint[0].length),
        components: result.end,
        bareYear,
      });
    }
    const second = result.end ? null : secondDayOfMonth(result.start, text, offset + result.index + result.text.length);
    if (second) pieces.push({ ...second, bareYear });
    const first = result.end || second ? null : firstDayOfMonth(result.start, text, offset + result.index);
    if (first) pieces.unshift({ ...first, bareYear });
    for (const piece of pieces) {
      // (A comma chrono takes in with the date, "in May, said …", is read after it, as the clause's break.)
      const end = piece.index + piece.text.replace(/[\s,;:]+$/, '').length;
      const candidate = candidateFromChrono(piece, text, reference, tenseAround(text, piece.index, end));
      if (candidate) out.push(...splitAtComma(candidate, text));
    }
  }
  return out;
}
