/**
 * Formatting helpers the article page needs from its first render. Pure functions over explicit locales and
 * time zones. Timeline dates are formatted in ./display-date, which loads with the timeline and the panel.
 */

/** English month names, January first. */
export const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/**
 * '7 May 2013': a day in UTC, as the dateline and timeline show it (Intl's en-GB long date). Written out, not
 * with Intl.DateTimeFormat: creating the page's first formatter loaded ICU's locale data, ~140 ms of the
 * startup task at 4× CPU (profiled), for twelve English words. Years before 1 are astronomical (0, -1…).
 */
export const formatUtcDay = (date: Date): string =>
  `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

/**
 * Formats an ISO date for display, in UTC so a date never shifts with the reader's time zone.
 * @example formatLongDate('2013-05-07') // '7 May 2013'
 */
export function formatLongDate(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : formatUtcDay(date);
}

/**
 * Minutes to read a text at 230 words a minute, at least one.
 * @example readingMinutes(690) // 3
 */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}
