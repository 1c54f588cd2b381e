import { describe, expect, it } from 'vitest';
import {
  dayOfWeek,
  daysBetween,
  intervalOf,
  isoWeek,
  lastDayOfMonth,
  precisionOf,
  weekdayIndex,
  weekValue,
} from './calendar';

describe('ISO weeks', () => {
  it.each([
    [{ year: 2013, month: 5, day: 7 }, '2013-W19'],
    [{ year: 2013, month: 5, day: 5 }, '2013-W18'],
    [{ year: 2008, month: 12, day: 29 }, '2009-W01'],
    [{ year: 2010, month: 1, day: 3 }, '2009-W53'],
  ])('%o is in %s', (day, week) => {
    expect(weekValue(day)).toBe(week);
  });
  it('numbers the week holding the first Thursday as week 1', () => {
    expect(isoWeek({ year: 2015, month: 1, day: 1 })).toEqual({ year: 2015, week: 1 });
  });
});

describe('a weekday by its name', () => {
  it('numbers it as dayOfWeek does, in any case; no weekday is -1', () => {
    expect(weekdayIndex('Tuesday')).toBe(dayOfWeek({ year: 2013, month: 5, day: 7 }));
    expect(weekdayIndex('SUNDAY')).toBe(0);
    expect(weekdayIndex('saturday')).toBe(6);
    expect(weekdayIndex('weekend')).toBe(-1);
  });
});

describe('the days between two days', () => {
  it('counts across months and a leap day, backwards too', () => {
    expect(daysBetween({ year: 2013, month: 5, day: 7 }, { year: 2013, month: 5, day: 3 })).toBe(-4);
    expect(daysBetween({ year: 2024, month: 2, day: 28 }, { year: 2024, month: 3, day: 1 })).toBe(2);
    expect(daysBetween({ year: 2023, month: 12, day: 31 }, { year: 2024, month: 1, day: 1 })).toBe(1);
  });
});

describe('the last day of a month', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2013, 4, 30],
    [2013, 12, 31],
  ])('%i-%i ends on the %i', (year, month, day) => {
    expect(lastDayOfMonth(year, month)).toEqual({ year, month, day });
  });
});

describe('the interval a TIMEX3 value covers', () => {
  it.each([
    ['2013-05-07', '2013-05-07T00:00:00.000Z', '2013-05-08T00:00:00.000Z'],
    ['2013-05-07T11:00Z', '2013-05-07T11:00:00.000Z', '2013-05-07T11:01:00.000Z'],
    ['2011-03', '2011-03-01T00:00:00.000Z', '2011-04-01T00:00:00.000Z'],
    ['2013-W19', '2013-05-06T00:00:00.000Z', '2013-05-13T00:00:00.000Z'],
    ['2013-W18-WE', '2013-05-04T00:00:00.000Z', '2013-05-06T00:00:00.000Z'],
    ['2009-Q1', '2009-01-01T00:00:00.000Z', '2009-04-01T00:00:00.000Z'],
    ['2012-WI', '2012-12-01T00:00:00.000Z', '2013-03-01T00:00:00.000Z'],
    ['2012-H2', '2012-07-01T00:00:00.000Z', '2013-01-01T00:00:00.000Z'],
    ['2012-H1', '2012-01-01T00:00:00.000Z', '2012-07-01T00:00:00.000Z'],
    ['2003', '2003-01-01T00:00:00.000Z', '2004-01-01T00:00:00.000Z'],
    ['199', '1990-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z'],
    ['19', '1900-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z'],
  ])('%s covers %s – %s', (value, start, end) => {
    expect(intervalOf(value)).toEqual({ start, end });
  });
  it.each(['P26M', 'PRESENT_REF', 'XXXX-XX-XX'])('%s covers no fixed interval', (value) => {
    expect(intervalOf(value)).toBeNull();
  });
});

describe('precision of a value', () => {
  it.each([
    ['2013-05-07T11:00Z', 'time'],
    ['2013-05-07TNI', 'part-of-day'],
    ['2013-05-07', 'day'],
    ['2013-W18-WE', 'weekend'],
    ['2013-W19', 'week'],
    ['2013-04', 'month'],
    ['2013-Q2', 'quarter'],
    ['2012-SU', 'season'],
    ['2012-H1', 'half'],
    ['2013', 'year'],
    ['199', 'decade'],
    ['19', 'century'],
    ['P26M', null],
    ['PRESENT_REF', null],
  ])('%s → %s', (value, precision) => {
    expect(precisionOf(value)).toBe(precision);
  });
});
