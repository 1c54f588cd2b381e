/**
 * Holidays on a fixed day of the year. The timeline dates them ("Christmas Day 2021" → 2021-12-25); the
 * entity stage leaves them out, as it leaves out month and weekday names. Movable feasts (Easter) and
 * national days, whose date depends on the country, are not listed here; MOVABLE_FEASTS below names the feasts.
 */

/** Lower-case holiday name → [month, day]. */
export const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  christmas: [12, 25],
  'boxing day': [12, 26],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  "valentine's day": [2, 14],
  "st patrick's day": [3, 17],
  "saint patrick's day": [3, 17],
  halloween: [10, 31],
  'bastille day': [7, 14],
  'may day': [5, 1],
  'guy fawkes night': [11, 5],
  'fourth of july': [7, 4],
};

/**
 * The names of HOLIDAYS as written in text, as a pattern source: each word but "of" capitalised ("New Year's Day"),
 * either apostrophe, longest first so that "Christmas Day" wins over "Christmas".
 */
export const HOLIDAY_SOURCE = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  // ("Fourth of July": not its "of".)
  .map((name) => name.replace(/(^|\s)(?!of\s)\p{Ll}/gu, (c) => c.toUpperCase()).replace("'", "['’]"))
  .join('|');

/**
 * The day a holiday name falls on, or null.
 * @example holidayDay('Christmas Day') // [12, 25]
 */
export function holidayDay(name: string): readonly [number, number] | null {
  return HOLIDAYS[name.toLowerCase().replace('’', "'")] ?? null;
}

/**
 * Feasts whose day moves from year to year (the timeline computes Easter's, see relative.ts' easterSunday; the
 * others follow other calendars and are not dated). Like the fixed holidays they are times, not entities:
 * "Easter Sunday", "during Ramadan". ("Easter Island" and "the Easter Rising" name more than the feast.)
 */
export const MOVABLE_FEASTS: ReadonlySet<string> = new Set([
  'easter',
  'good friday',
  'lent',
  'pentecost',
  'whitsun',
  'ramadan',
  'eid',
  'eid al-fitr',
  'eid al-adha',
  'passover',
  'hanukkah',
  'yom kippur',
  'rosh hashanah',
  'diwali',
  'thanksgiving',
  'lunar new year',
  'chinese new year',
]);

/**
 * The first word of a day named for what happened or happens on it ("Black Monday", "Bloody Sunday", "Super
 * Tuesday", "Cyber Monday"), or a feast whose date is reckoned from Easter's ("Ash Wednesday", "Palm
 * Sunday"): the weekday after it is no day of the week the timeline dates, and the two words
 * are one event's name.
 */
const NAMED_DAY_FIRST = /^(?:Black|Bloody|Super|Cyber|Giving|Blue|Ash|Shrove|Maundy|Palm)$/;

/**
 * Whether two words are such a day's name.
 * @example isNamedDay('Black', 'Monday') // true
 */
export const isNamedDay = (first: string, day: string): boolean =>
  NAMED_DAY_FIRST.test(first) && /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i.test(day);
