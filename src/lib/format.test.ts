import { describe, expect, it } from 'vitest';
import { formatDisplayDate } from './display-date';
import { formatLongDate, formatUtcDay, readingMinutes } from './format';

/** A timeline date from its value, precision and first and last-plus-one days (ISO dates, midnight UTC). */
const at = (value: string, precision: string, start: string, end: string) =>
  formatDisplayDate({ value, precision, start: `${start}T00:00:00Z`, end: `${end}T00:00:00Z` });

/** Every day from `from` to `to` (ISO dates), at midnight UTC. */
function days(from: string, to: string): Date[] {
  const out: Date[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t));
  return out;
}

describe('dates written without Intl', () => {
  // Intl's en-GB formats are what the page showed before; the page no longer builds them (ICU's start-up cost).
  const intl = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options });

  it("formatUtcDay reads as Intl's en-GB long date, every day of four years and a leap day", () => {
    const long = intl({ dateStyle: 'long' });
    for (const day of [...days('2011-01-01', '2014-12-31'), new Date('2000-02-29T00:00:00Z')])
      expect(formatUtcDay(day)).toBe(long.format(day));
  });

  it('formatLongDate takes the day of an ISO date or time in UTC, and gives back what it cannot read', () => {
    expect(formatLongDate('2013-05-07')).toBe('7 May 2013');
    expect(formatLongDate('2013-05-07T23:30:00-05:00')).toBe('7 May 2013');
    expect(formatLongDate('sometime')).toBe('sometime');
  });

  it('timeline days, months and times read as their Intl formats did', () => {
    const day = intl({ weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });
    const month = intl({ month: 'long', year: 'numeric' });
    const time = intl({ hour: '2-digit', minute: '2-digit', hour12: false });
    for (const d of days('2012-12-25', '2013-03-05')) {
      const start = d.toISOString();
      const next = new Date(d.getTime() + 86_400_000).toISOString();
      expect(formatDisplayDate({ value: start.slice(0, 10), precision: 'day', start, end: next })).toBe(
        day.format(d).replace(',', ''),
      );
      const at = new Date(d.getTime() + ((d.getUTCDate() * 97) % 1440) * 60_000);
      expect(
        formatDisplayDate({
          value: at.toISOString(),
          precision: 'time',
          start: at.toISOString(),
          end: new Date(at.getTime() + 60_000).toISOString(),
        }),
      ).toBe(`${day.format(at).replace(',', '')}, ${time.format(at)} GMT`);
    }
    const march = new Date('2011-03-01T00:00:00Z');
    expect(
      formatDisplayDate({
        value: '2011-03',
        precision: 'month',
        start: march.toISOString(),
        end: '2011-04-01T00:00:00Z',
      }),
    ).toBe(month.format(march));
  });

  it('a time given in GMT says so; a local time is shown as stated', () => {
    const start = '2023-10-25T06:25:00.000Z';
    const end = '2023-10-25T06:26:00.000Z';
    expect(formatDisplayDate({ value: '2023-10-25T06:25Z', precision: 'time', start, end })).toBe(
      'Wed 25 October 2023, 06:25 GMT',
    );
    expect(formatDisplayDate({ value: '2023-10-25T06:25', precision: 'time', start, end })).toBe(
      'Wed 25 October 2023, 06:25',
    );
  });

  it('a stretch between two clock times ends at its last minute, on the next day when it runs past midnight', () => {
    expect(
      formatDisplayDate({
        value: '2023-07-26T22:00',
        precision: 'time',
        start: '2023-07-26T22:00:00.000Z',
        end: '2023-07-27T05:01:00.000Z',
      }),
    ).toBe('Wed 26 July 2023, 22:00 – Thu 27 July 2023, 05:00');
    expect(
      formatDisplayDate({
        value: '2023-07-26T09:30Z',
        precision: 'time',
        start: '2023-07-26T09:30:00.000Z',
        end: '2023-07-26T17:01:00.000Z',
      }),
    ).toBe('Wed 26 July 2023, 09:30 GMT – 17:00 GMT');
  });

  it('quarters, halves and seasons read as words, not as their TIMEX values', () => {
    expect(at('2019-Q2', 'quarter', '2019-04-01', '2019-07-01')).toBe('Q2 2019');
    expect(at('2019-Q4', 'quarter', '2019-10-01', '2020-01-01')).toBe('Q4 2019');
    expect(at('2012-SP', 'season', '2012-03-01', '2012-06-01')).toBe('spring 2012');
    expect(at('2012-SU', 'season', '2012-06-01', '2012-09-01')).toBe('summer 2012');
    expect(at('2012-FA', 'season', '2012-09-01', '2012-12-01')).toBe('autumn 2012');
    expect(at('2009-WI', 'season', '2009-12-01', '2010-03-01')).toBe('winter 2009–10');
    expect(at('2012-H1', 'half', '2012-01-01', '2012-07-01')).toBe('first half of 2012');
    expect(at('2012-H2', 'half', '2012-07-01', '2013-01-01')).toBe('second half of 2012');
    // A quarter that runs on to the publication date ("since the second quarter") is a range.
    expect(at('2019-Q2', 'quarter', '2019-04-01', '2019-09-13')).toBe('Q2 2019 – 12 September 2019');
  });

  it('a span of whole years or months ends with its year or month; one to a day ends with the day', () => {
    expect(at('2014', 'year', '2014-01-01', '2018-01-01')).toBe('2014 – 2017');
    expect(at('2012-03', 'month', '2012-03-01', '2012-07-01')).toBe('March 2012 – June 2012');
    expect(at('2011-03', 'month', '2011-03-01', '2013-05-08')).toBe('March 2011 – 7 May 2013');
    expect(at('2003', 'year', '2003-01-01', '2013-05-08')).toBe('2003 – 7 May 2013');
  });

  it('two days are a span; one day, and a weekend, are not', () => {
    expect(at('2024-06-14', 'day', '2024-06-14', '2024-06-16')).toBe('Fri 14 June 2024 – 15 June 2024');
    expect(at('2024-06-14', 'day', '2024-06-14', '2024-06-15')).toBe('Fri 14 June 2024');
    expect(at('2024-W24-WE', 'weekend', '2024-06-15', '2024-06-17')).toBe('weekend of 15 June 2024');
  });

  it('reading time is at least a minute, at 230 words a minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(690)).toBe(3);
  });
});
