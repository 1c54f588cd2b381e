/**
 * Timeline dates at their own precision ("March 2011", "the 1990s", a range). Apart from ./format so that it
 * loads with the timeline and the entity panel that show them, not with the first page load (issue 7 budget).
 */
import { formatUtcDay, MONTHS } from './format';

const DAY_MS = 86_400_000;
// Written out as Intl's en-GB formats them, without Intl (see formatUtcDay): 'Tue 7 May 2013', '11:05'.
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const day = (d: Date) => `${WEEKDAYS[d.getUTCDay()]} ${formatUtcDay(d)}`;
const pad = (n: number) => String(n).padStart(2, '0');
// By the third of the year a season starts in: March, June, September, December.
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];

export interface DisplayDate {
  value: string;
  precision: string | null;
  start: string;
  end: string;
}

/** The end a date of this precision would naturally have, to tell a range from a point. */
function naturalEnd(start: Date, precision: string | null): number {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  switch (precision) {
    case 'century':
      return Date.UTC(y + 100, 0, 1);
    case 'decade':
      return Date.UTC(y + 10, 0, 1);
    case 'year':
      return Date.UTC(y + 1, 0, 1);
    case 'half':
      return Date.UTC(y, m + 6, 1);
    case 'season':
    case 'quarter':
      return Date.UTC(y, m + 3, 1);
    case 'month':
      return Date.UTC(y, m + 1, 1);
    case 'week':
      return start.getTime() + 7 * DAY_MS;
    case 'weekend':
      return start.getTime() + 2 * DAY_MS;
    default:
      return start.getTime() + DAY_MS;
  }
}

function formatPoint(start: Date, precision: string | null, value: string): string {
  switch (precision) {
    case 'century':
      return `the ${Math.floor(start.getUTCFullYear() / 100) + 1}th century`;
    case 'decade':
      return `the ${start.getUTCFullYear()}s`;
    case 'year':
      return String(start.getUTCFullYear());
    case 'season': {
      // Seasons start in March, June, September and December (calendar.ts); winter runs into the next year.
      const y = start.getUTCFullYear();
      const name = SEASONS[Math.floor(start.getUTCMonth() / 3)];
      return name === 'winter' ? `winter ${y}–${pad((y + 1) % 100)}` : name ? `${name} ${y}` : value;
    }
    case 'half':
      return `${start.getUTCMonth() < 6 ? 'first' : 'second'} half of ${start.getUTCFullYear()}`;
    case 'quarter':
      return `Q${Math.floor(start.getUTCMonth() / 3) + 1} ${start.getUTCFullYear()}`;
    case 'month':
      return `${MONTHS[start.getUTCMonth()]} ${start.getUTCFullYear()}`;
    case 'week':
      return `week of ${formatUtcDay(start)}`;
    case 'weekend':
      return `weekend of ${formatUtcDay(start)}`;
    case 'time': {
      // A time the text gave in GMT (or with an offset) is shown in GMT; a local time ("12:25 am") as stated.
      const zoned = /(?:Z|[+-]\d\d:?\d\d)$/.test(value);
      return `${day(start)}, ${pad(start.getUTCHours())}:${pad(start.getUTCMinutes())}${zoned ? ' GMT' : ''}`;
    }
    default:
      return day(start);
  }
}

/**
 * A date at its own precision, and as a range where it covers more than its unit.
 * @example formatDisplayDate({ value: '2011-03', precision: 'month', start: '2011-03-01T00:00:00Z', end: '2011-04-01T00:00:00Z' }) // 'March 2011'
 */
export function formatDisplayDate(date: DisplayDate): string {
  const start = new Date(date.start);
  const end = new Date(date.end);
  if (Number.isNaN(start.getTime())) return date.value;
  const point = formatPoint(start, date.precision, date.value);
  // "a curfew from 10 pm to 5 am": a stretch between two clock times, up to a day long, ends at its last minute.
  const length = end.getTime() - start.getTime();
  if (date.precision === 'time' && length > 60_000 && length <= DAY_MS) {
    const last = new Date(end.getTime() - 60_000);
    const clock = `${pad(last.getUTCHours())}:${pad(last.getUTCMinutes())}${point.endsWith(' GMT') ? ' GMT' : ''}`;
    return last.getUTCDate() === start.getUTCDate() ? `${point} – ${clock}` : `${point} – ${day(last)}, ${clock}`;
  }
  // A day longer than its unit is not yet a range, except for a day: "on Friday and Saturday" is two.
  const slack = date.precision === 'day' ? 0 : DAY_MS;
  if (!Number.isNaN(end.getTime()) && end.getTime() > naturalEnd(start, date.precision) + slack) {
    const last = new Date(end.getTime() - 1);
    // "between 2014 and 2017" ends with a year, "from March to June 2012" with a month; "since March 2011"
    // runs to the publication day.
    const wholeYears = date.precision === 'year' && end.getUTCMonth() === 0 && end.getUTCDate() === 1;
    const wholeMonths = date.precision === 'month' && end.getUTCDate() === 1;
    const until = wholeYears
      ? String(last.getUTCFullYear())
      : wholeMonths
        ? formatPoint(new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), 1)), 'month', '')
        : formatUtcDay(last);
    return `${point} – ${until}`;
  }
  return point;
}
