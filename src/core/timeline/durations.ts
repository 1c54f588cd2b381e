/**
 * Durations and frequencies: "26-month conflict" → P26M, "33 years" → P33Y, "the past five trading
 * days" → P5D, "almost two and a half years" → P2.5Y, "several years" → PXY, "annual" → P1Y (a set).
 */
import { WEEKDAYS, weekdayIndex } from './calendar';
import type { Candidate, RecognizerContext } from './candidates';
import { NUMBER_SOURCE, readNumber } from './numbers';

/** "every Saturday", "each Monday": a weekday's name (captured, capitalised) after "every" or "each". */
const EVERY_WEEKDAY = new RegExp(
  String.raw`\b(?:every|each)\s+(${WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})\b`,
  'g',
);

/** Words that hedge a count of a length: "nearly 12 years", "more than three decades". */
export const LENGTH_HEDGE = String.raw`(?:nearly|almost|about|some|over|more\s+than)`;

/** A count of years, months or decades, hedged or not ("nearly 12 years", "14 years"): how long a thing lasted. */
export const COUNTED_LENGTH = new RegExp(String.raw`^(?:${LENGTH_HEDGE}\s+)?\S+\s+(?:years?|months?|decades?)$`, 'i');

const UNIT_CODE: Record<string, string> = {
  second: 'S',
  minute: 'M',
  hour: 'H',
  day: 'D',
  night: 'D',
  week: 'W',
  fortnight: 'W',
  month: 'M',
  quarter: 'M',
  year: 'Y',
  decade: 'Y',
  century: 'Y',
};
const UNIT_FACTOR: Record<string, number> = { fortnight: 2, quarter: 3, decade: 10, century: 100 };
const TIME_UNITS = new Set(['second', 'minute', 'hour']);

/**
 * The TIMEX3 duration value of a count of units.
 * @example durationValue(26, 'month') // 'P26M'
 */
export function durationValue(count: number | 'X', unit: string): string {
  const key = unit
    .toLowerCase()
    .replace(/s$/, '')
    .replace(/^centurie$/, 'century');
  const code = UNIT_CODE[key] ?? 'X';
  const factor = UNIT_FACTOR[key] ?? 1;
  const amount = count === 'X' ? 'X' : String(Math.round(count * factor * 100) / 100);
  return TIME_UNITS.has(key) ? `PT${amount}${code}` : `P${amount}${code}`;
}

const UNIT =
  '(seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)';
const FILLER =
  '(?:(?:straight|consecutive|successive|trading|business|working|full|long|short|more|additional|further|whole|entire|calendar|fiscal)\\s+)?';
const LEAD =
  '(?:(?:over|almost|nearly|about|around|roughly|approximately|some|at least|up to|the past|the last|the next|the first|the previous|the coming|another|a further)\\s+)?';

/**
 * An amount or count just before "a year": a number, maybe a scale word, then maybe a plural noun with
 * up to two words before it that are no function words ("$26 billion", "3 million barrels", "40,000 new
 * homes"); not a bare year ("In 2019 voters waited a year").
 */
// ("100,000 barrels of Venezuelan oil a day": past the measure's stuff after "of" too.)
const AMOUNT_BEFORE =
  /(?:[$£€¥]\s?\d[\d.,]*|(?<![\d.,])(?!(?:1[89]|20)\d\d\b)\d[\d.,]*)(?:\s*(?:%|bn|m|k|hundred|thousand|million|billion|trillion)\b)?(?:(?:\s+(?!(?:in|on|at|for|of|to|by|from|with|and|or|but|the|a|an|this|that|his|her|its|their|was|were|is|are|has|had|have)\b)\p{Ll}[\p{Ll}-]*(?<!ed)){0,2}\s+(?:\p{Ll}+[^s\W]s|people|children|men|women|staff|cattle)(?:\s+of\s+(?:\p{Lu}[\p{L}-]*\s+)?\p{Ll}[\p{Ll}-]+)?)?\s+$/u;

/**
 * After "a year", words that make it a stretch of time even after an amount ("3 plants closed a year
 * before", "a year or two", "a year from now"); not any "from", "and" or "or" ("earns $6 billion a year
 * from tolls", "$5 billion and $6 billion a year and rising").
 */
const STRETCH_AFTER =
  /^\s*(?:later|earlier|after|before|apart|old|long|since|into|or (?:two|so)|and a half|from (?:now|today|then))\b/i;

/** A unit of measure right before "per hour" ("kilometres per hour", "mph" is not written so). */
const MEASURE_BEFORE =
  /\b(?:kilomet(?:re|er)s?|km|met(?:re|er)s?|miles?|feet|foot|knots?|litres?|liters?|gallons?|cubic|tonnes?|tons?|barrels?|kilowatts?|megawatts?|beats?|words?|revolutions?|frames?|bits?|bytes?|megabits?|gigabits?)\s+$/i;

/** A unit of distance before "an hour", "a second": a speed. */
const DISTANCE_BEFORE = /\b(?:kilomet(?:re|er)s?|km|met(?:re|er)s?|miles?|mph|feet|foot|knots?)\s+$/i;

function candidate(
  start: number,
  end: number,
  value: string,
  type: Candidate['type'] = 'duration',
  priority = 1,
): Candidate {
  return { start, end, type, value, stated: ['duration'], inferred: [], relative: false, priority };
}

/**
 * Durations and sets in a text.
 * @example recognizeDurations({ text: 'the 26-month conflict', reference: null, sentences: [] })[0]?.value // 'P26M'
 */
export function recognizeDurations(context: RecognizerContext): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  // "26-month", "twelve-year", "a 20 year low", "12-hour flight": counts used as adjectives.
  const adjective = new RegExp(
    `\\b(?:(an?) )?(${NUMBER_SOURCE})[- ]${UNIT.replace(/s\?/g, '')}(?:[- ](long|old))?\\b(?!s\\b)(?= [a-z])`,
    'gi',
  );
  for (const m of text.matchAll(adjective)) {
    const n = readNumber(m[2] ?? '');
    const unit = m[3] ?? '';
    if (n === null || n < 1) continue;
    // "the 93-year-old leader", "a 24-year-old student": an age is no time the story tells.
    if (m[4]?.toLowerCase() === 'old') continue;
    const hyphenated = text[m.index + (m[1] ? m[1].length + 1 : 0) + (m[2] ?? '').length] === '-';
    // "a 20 year low" keeps its article; "two year" without a hyphen needs one.
    if (!hyphenated && !m[1]) continue;
    const start = hyphenated && m[1] ? m.index + m[1].length + 1 : m.index;
    // "the Six-Day War", "the 100-Day Plan": a capitalised unit before a capitalised noun is part of a
    // name. Not "Six-day talks" at a sentence's start.
    if (/^\p{Lu}/u.test(unit) && /^ \p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))
      continue;
    out.push(candidate(start, m.index + m[0].length, durationValue(n, unit)));
  }
  // "his decade-long rule", "the year-long siege": one unit's length used as an adjective.
  for (const m of text.matchAll(/\b(decade|year|month|week|day|century)-long\b(?= [a-z])/gi))
    out.push(candidate(m.index, m.index + m[0].length, durationValue(1, m[1] ?? '')));
  // "33 years", "over six years", "the past five trading days", "two and a half years".
  const counted = new RegExp(`\\b${LEAD}(${NUMBER_SOURCE})\\s+${FILLER}${UNIT}\\b`, 'gi');
  for (const m of text.matchAll(counted)) {
    const n = readNumber(m[1] ?? '');
    // "2018 day five": a count above one takes a plural unit.
    if (n === null || n <= 0 || (n > 1 && !/s$/i.test(m[2] ?? ''))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (/^\s+ago\b/i.test(after)) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const phrase = m[0];
    // "could one day supply water", "will one day be king": after a modal, "one day" is "some day", no time.
    if (
      /^one day$/i.test(phrase) &&
      /\b(?:can|could|may|might|must|shall|should|will|would|'ll)\s+(?:(?:also|even|still|yet|eventually|perhaps|possibly|really)\s+)?$/i.test(
        text.slice(Math.max(0, m.index - 30), m.index),
      )
    )
      continue;
    // "lost a quarter of their value", "three quarters of voters": a share, unless of a time ("a quarter of an hour").
    if (
      /^quarters?$/i.test(m[2] ?? '') &&
      /^\s+of\b(?!\s+(?:an?\s+)?(?:hour|century|year|day|minute|second)s?\b)/i.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 24),
      )
    )
      continue;
    // "shrunk its economy by about a quarter": a share of an amount after "by", no time.
    if (/^quarters?$/i.test(m[2] ?? '') && /\bby\s+$/i.test(before) && !/^\s+of\b/i.test(after)) continue;
    // "cut rates by a quarter point", "a quarter-percentage-point rise", "half a point": a share of a point.
    if (
      /^quarters?$/i.test(m[2] ?? '') &&
      /^[\s-]+(?:of\s+a\s+)?(?:percentage[\s-]+)?points?\b/i.test(
        after + text.slice(m.index + m[0].length + 8, m.index + m[0].length + 30),
      )
    )
      continue;
    // "A second A380", "a minute detail": the ordinal and the adjective, not a stretch of time.
    if (
      /^an?\s+(?:second|minute)$/i.test(phrase) &&
      !/^\s*(?:[.,;:)]|later|earlier|ago|before|after|or|and|to)/i.test(after)
    )
      continue;
    // "once a day", "$5 a year", "per week", "$26 billion a year", "3 million barrels a day": a frequency,
    // not a stretch of time.
    // ("60 euros ($66) a day", "315 kilometres (195 miles) an hour": past an amount's conversion in brackets.)
    const converted = /\s*\([^()]{1,24}\)\s*$/;
    const rate =
      /(?:\btimes|\bonce|\btwice|[$£€%\d]|\bper|\bpercent)\s*$/i.test(before.replace(converted, ' ')) ||
      (AMOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index).replace(converted, ' ')) &&
        !STRETCH_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)));
    // "70 kilometres an hour", "10 metres a second": a speed (not "3 million barrels a day", a rate).
    if (
      /^an?\s+(?:hour|minute|second)$/i.test(phrase) &&
      DISTANCE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index).replace(converted, ' '))
    )
      continue;
    if (/^an?\s/i.test(phrase) && rate) {
      out.push(candidate(m.index, m.index + m[0].length, durationValue(1, m[2] ?? ''), 'set'));
      continue;
    }
    out.push(candidate(m.index, m.index + m[0].length, durationValue(n, m[2] ?? '')));
  }
  // "a quarter of a century", "three quarters of an hour", "half a century": a share of one unit, counted in the
  // unit below it (P25Y, PT45M), one expression.
  // ("half an hour later", "half a century": "half" needs no "of".)
  const share =
    /\b(a quarter|three quarters|a half|half) of (?:a|an) (century|decade|year|day|hour)\b|\b(half) (?:a|an) (century|decade|year|day|hour)\b/gi;
  const BELOW: Record<string, [number, string]> = {
    century: [100, 'year'],
    decade: [10, 'year'],
    year: [12, 'month'],
    day: [24, 'hour'],
    hour: [60, 'minute'],
  };
  for (const m of text.matchAll(share)) {
    const part =
      { 'a quarter': 0.25, 'three quarters': 0.75, 'a half': 0.5, half: 0.5 }[(m[1] ?? m[3] ?? '').toLowerCase()] ?? 0;
    const [times, below] = BELOW[(m[2] ?? m[4] ?? '').toLowerCase()]!;
    out.push(candidate(m.index, m.index + m[0].length, durationValue(part * times, below), 'duration', 2));
  }
  // "several years", "a few days", "many months", "recent years", "decades-long".
  const vague = new RegExp(
    `\\b(?:(?:several|a few|few|many|some|recent|the coming|the past few|the last few)\\s+${UNIT}|(decades|years|months|weeks)-long)\\b`,
    'gi',
  );
  for (const m of text.matchAll(vague)) {
    const unit = m[1] ?? m[2] ?? '';
    if (/^some /i.test(m[0]) && !/s$/i.test(unit)) continue;
    out.push(candidate(m.index, m.index + m[0].length, durationValue('X', unit), 'duration', 0));
  }
  // "Days later", "weeks afterwards", "within hours": a count with no number, read only where it tells how far
  // from another time ("for days" and "days of talks" stay no time expression).
  for (const m of text.matchAll(/\b(hours|days|weeks|months|years)\b/gi)) {
    const end = m.index + m[0].length;
    if (
      !/^\s+(?:later|afterwards|earlier)\b(?!\s+than\b)/i.test(text.slice(end, end + 18)) &&
      !/\bwithin\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))
    )
      continue;
    out.push(candidate(m.index, end, durationValue('X', m[1] ?? ''), 'duration', 0));
  }
  // "annual", "daily", "every week", "each year", "per day": frequencies.
  const sets: Record<string, string> = {
    annual: 'P1Y',
    annually: 'P1Y',
    yearly: 'P1Y',
    daily: 'P1D',
    weekly: 'P1W',
    monthly: 'P1M',
    quarterly: 'P3M',
    hourly: 'PT1H',
  };
  for (const m of text.matchAll(/\b(annual|annually|yearly|daily|weekly|monthly|quarterly|hourly)\b/gi)) {
    const end = m.index + m[0].length;
    // "the satirical weekly, which …", "the French daily Le Monde", "the weekly's editor": a paper named by how often
    // it comes out, after its article and up to two adjectives, is no frequency. (Not "The board meets monthly":
    // a word in "-s" there is a verb.)
    if (
      /^(?:daily|weekly|monthly|quarterly)$/.test(m[0]) &&
      /\b(?:[Tt]he|an?|its|their|his|her)\s+(?:(?:news|\p{L}[\p{L}-]*(?<!s))\s+){0,2}$/u.test(
        text.slice(Math.max(0, m.index - 40), m.index),
      ) &&
      /^(?:\s*[,.;:)]|['’]s\b|\s+(?:who|which|that)\b|\s+\p{Lu})/u.test(text.slice(end, end + 8))
    )
      continue;
    out.push(candidate(m.index, m.index + m[0].length, sets[(m[1] ?? '').toLowerCase()] ?? 'P1Y', 'set', 0));
  }
  // "every Saturday", "each Monday": a weekday's frequency (TIMEX3's week of weekdays, Monday 1 to Sunday 7), no one
  // day.
  for (const m of text.matchAll(EVERY_WEEKDAY)) {
    const day = weekdayIndex(m[1]!) || 7;
    out.push(candidate(m.index, m.index + m[0].length, `XXXX-WXX-${day}`, 'set', 1));
  }
  for (const m of text.matchAll(new RegExp(`\\b(?:every|each|per)\\s+${UNIT}\\b`, 'gi'))) {
    // "185 kilometres per hour", "10 metres per second": a speed or rate of a measure, no frequency in time.
    if (/^per/i.test(m[0]) && MEASURE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    out.push(candidate(m.index, m.index + m[0].length, durationValue(1, m[1] ?? ''), 'set', 0));
  }
  return out;
}
