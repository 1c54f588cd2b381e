/**
 * Calendar arithmetic on plain `{year, month, day}` values (UTC, no time zones), and the mapping from
 * a TIMEX3 value to its precision and to the interval of time it covers.
 */
import type { Precision } from '../types';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

const pad = (n: number, width = 2): string => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/**
 * Reads an ISO date `YYYY-MM-DD`.
 * @example parseYmd('2013-05-07') // { year: 2013, month: 5, day: 7 }
 */
export function parseYmd(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * Formats a day as `YYYY-MM-DD`.
 * @example formatYmd({ year: 2013, month: 5, day: 7 }) // '2013-05-07'
 */
export function formatYmd(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Formats a year and month as `YYYY-MM`. */
export function formatYm(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

function toUtc(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): Ymd {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Adds days to a day.
 * @example addDays({ year: 2013, month: 5, day: 7 }, -1) // { year: 2013, month: 5, day: 6 }
 */
export function addDays(d: Ymd, days: number): Ymd {
  return fromUtc(toUtc(d) + days * MS_PER_DAY);
}

/**
 * The days from one day to another (negative when the second is earlier).
 * @example daysBetween({ year: 2013, month: 5, day: 7 }, { year: 2013, month: 5, day: 3 }) // -4
 */
export function daysBetween(from: Ymd, to: Ymd): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

/**
 * Adds months to a year and month.
 * @example addMonths(2013, 5, -1) // { year: 2013, month: 4 }
 */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The date `n` days, weeks, months or years (`unit` D, W, M or Y) from a date's value, at the precision the
 * unit needs of it: a day for days and weeks, a month for months; null when the value is coarser.
 * @example countedFrom('2013-05-07', 2, 'W') // '2013-05-21'
 */
export function countedFrom(value: string, n: number, unit: string): string | null {
  const day = parseYmd(value);
  const month = /^(\d{4})-(\d{2})/.exec(value);
  if (unit === 'D' || unit === 'W') return day ? formatYmd(addDays(day, unit === 'W' ? 7 * n : n)) : null;
  if (unit === 'M') {
    if (!month) return null;
    const ym = addMonths(Number(month[1]), Number(month[2]), n);
    return formatYm(ym.year, ym.month);
  }
  return unit === 'Y' ? String(Number(value.slice(0, 4)) + n) : null;
}

/**
 * The last day of a month.
 * @example lastDayOfMonth(2024, 2) // { year: 2024, month: 2, day: 29 }
 */
export function lastDayOfMonth(year: number, month: number): Ymd {
  return fromUtc(Date.UTC(year, month, 0));
}

/** The months' names, in lower case, January first. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** The days of the week in lower case, in `dayOfWeek`'s order (0 = Sunday). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/**
 * The day of the week a name gives, in any case, as `dayOfWeek` numbers it; −1 for no weekday's name.
 * @example weekdayIndex('Tuesday') // 2
 */
export function weekdayIndex(name: string): number {
  return WEEKDAYS.indexOf(name.toLowerCase() as (typeof WEEKDAYS)[number]);
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 * @example dayOfWeek({ year: 2013, month: 5, day: 7 }) // 2
 */
export function dayOfWeek(d: Ymd): number {
  return new Date(toUtc(d)).getUTCDay();
}

/**
 * The ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday).
 * @example isoWeek({ year: 2013, month: 5, day: 7 }) // { year: 2013, week: 19 }
 */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const isoDay = dayOfWeek(d) || 7;
  const thursday = addDays(d, 4 - isoDay);
  const jan1 = toUtc({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((toUtc(thursday) - jan1) / MS_PER_DAY / 7) + 1;
  return { year: thursday.year, week };
}

/**
 * The TIMEX3 week value of a day.
 * @example weekValue({ year: 2013, month: 5, day: 7 }) // '2013-W19'
 */
export function weekValue(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Monday of an ISO week. */
function mondayOfIsoWeek(year: number, week: number): Ymd {
  const jan4: Ymd = { year, month: 1, day: 4 };
  const mondayWeek1 = addDays(jan4, 1 - (dayOfWeek(jan4) || 7));
  return addDays(mondayWeek1, (week - 1) * 7);
}

/** A TIMEX3 clock value that states its zone: UTC (`Z`) or an offset ("2010-10-14T00:55Z"). */
export const ZONED_VALUE = /(?:Z|[+-]\d\d:?\d\d)$/;

/**
 * The precision a TIMEX3 value states, or null for durations and references like `PRESENT_REF`.
 * @example precisionOf('2013-W18-WE') // 'weekend'
 */
export function precisionOf(value: string): Precision | null {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)$/.test(value)) return 'part-of-day';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}-WE$/.test(value)) return 'weekend';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(value)) return 'quarter';
  if (/^\d{4}-H[12]$/.test(value)) return 'half';
  if (/^\d{4}-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return null;
}

const iso = (d: Ymd): string => `${formatYmd(d)}T00:00:00.000Z`;

/**
 * The interval a TIMEX3 date value covers, as ISO UTC date-times with an exclusive end; null for
 * durations and undated references.
 * @example intervalOf('2011-03') // { start: '2011-03-01T00:00:00.000Z', end: '2011-04-01T00:00:00.000Z' }
 */
export function intervalOf(value: string): { start: string; end: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(Z?)$/.exec(value);
  if (m) {
    const startMs = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
    return { start: new Date(startMs).toISOString(), end: new Date(startMs + 60_000).toISOString() };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T(MO|AF|EV|NI))?$/.exec(value);
  if (m) {
    const d: Ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return { start: iso(d), end: iso(addDays(d, 1)) };
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    return m[3]
      ? { start: iso(addDays(monday, 5)), end: iso(addDays(monday, 7)) }
      : { start: iso(monday), end: iso(addDays(monday, 7)) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const next = addMonths(Number(m[1]), Number(m[2]), 1);
    return { start: iso({ year: Number(m[1]), month: Number(m[2]), day: 1 }), end: iso({ ...next, day: 1 }) };
  }
  // A quarter ("2013-Q2") or a half ("2013-H2") of a year: 3 or 6 months from its first.
  m = /^(\d{4})-(?:Q([1-4])|H([12]))$/.exec(value);
  if (m) {
    const months = m[2] ? 3 : 6;
    const first = (Number(m[2] ?? m[3]) - 1) * months + 1;
    const next = addMonths(Number(m[1]), first, months);
    return { start: iso({ year: Number(m[1]), month: first, day: 1 }), end: iso({ ...next, day: 1 }) };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    // Northern meteorological seasons; winter runs December to February.
    const firstMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2] as 'SP' | 'SU' | 'FA' | 'WI'];
    const next = addMonths(Number(m[1]), firstMonth, 3);
    return { start: iso({ year: Number(m[1]), month: firstMonth, day: 1 }), end: iso({ ...next, day: 1 }) };
  }
  m = /^(\d{2,4})$/.exec(value);
  if (m) {
    const digits = m[1] ?? '';
    const span = 10 ** (4 - digits.length);
    const first = Number(digits) * span;
    return { start: iso({ year: first, month: 1, day: 1 }), end: iso({ year: first + span, month: 1, day: 1 }) };
  }
  return null;
}
