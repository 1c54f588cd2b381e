/**
 * Relative and absolute times for comments, written out in English as Intl's `en` and `en-GB` formats give
 * them, without Intl (as the dateline's and the timeline's dates are: see README, "Dates are written out").
 * A page's first Intl formatter loads ICU's locale data: a 151–239 ms task at 4× CPU right after a reader
 * posted the first comment. `now` is an argument, so tests pin it.
 */
import { MONTHS } from '../../../lib/format';

/** The units a time is given in, largest first, in seconds (typed with Intl's unit names; no Intl runs). */
export const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** The words `numeric: 'auto'` uses for one unit back and one forward, where it has them. */
const NEIGHBOURS: Record<string, [string, string]> = {
  year: ['last year', 'next year'],
  month: ['last month', 'next month'],
  week: ['last week', 'next week'],
  day: ['yesterday', 'tomorrow'],
};

/**
 * `count` (not 0) of `unit` from now, in words: '3 hours ago', 'in 1 minute', 'yesterday'. Counts are never
 * grouped ('1,000'): the units cascade, so only a date a thousand years off would need it.
 */
function inWords(count: number, unit: string): string {
  const neighbours = NEIGHBOURS[unit];
  if (neighbours && Math.abs(count) === 1) return neighbours[count < 0 ? 0 : 1];
  const n = Math.abs(count);
  const amount = `${n} ${unit}${n === 1 ? '' : 's'}`;
  return count < 0 ? `${amount} ago` : `in ${amount}`;
}

/**
 * @example formatRelative('2026-01-01T10:00:00Z', new Date('2026-01-01T10:05:00Z')) // '5 minutes ago'
 */
export function formatRelative(iso: string, now: Date): string {
  const seconds = Math.round((Date.parse(iso) - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return inWords(Math.round(seconds / size), unit);
  }
  return inWords(Math.round(seconds / 60) || (seconds < 0 ? -1 : 1), 'minute');
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number) => String(n).padStart(2, '0');

/** @example formatFullDate('2026-01-01T10:00:00Z') // 'Thursday, 1 January 2026 at 10:00' (in the reader's zone) */
export function formatFullDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${WEEKDAYS[d.getDay()]}, ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
  return `${day} at ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
