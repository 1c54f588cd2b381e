import { describe, expect, it } from 'vitest';
import { glossChrono, recognizeCalendarDates } from './chrono-setup';

const ref = new Date(Date.UTC(2013, 4, 7, 12));
const texts = (s: string) =>
  glossChrono()
    .parse(s, ref)
    .map((r) => r.text);

describe('the chrono-node set-up', () => {
  it('still reads a stretch of clock times written with colons', () => {
    expect(texts('Talks ran from 9:30 to 11:45.')).toEqual(['from 9:30 to 11:45']);
  });
  it('leaves weekdays and relative phrases to Gloss', () => {
    expect(texts('on Monday, yesterday, next week, 3 days ago')).toEqual([]);
  });
  it.each([
    ['the 2003 invasion', '2003'],
    ['since 1989, the', '1989'],
    ["since '82", "'82"],
    ['meet at around 1100 GMT with', '1100 GMT'],
    ['since March 2011', 'March 2011'],
    ['prices have risen since May', 'May'],
    ['the ban lasts until May', 'May'],
    ['in the 12 months to May', 'May'],
    // A year before 1800 right after a preposition of time.
    ['the warship sank in 1628 off', '1628'],
    ['has stood since 1066.', '1066'],
    // A word of approximation between the preposition and the year.
    ['was built in about 1440 for', '1440'],
    ['died in roughly 1918 of', '1918'],
    ['will close by around 2030 as', '2030'],
  ])('finds "%s" → %s', (text, found) => {
    expect(texts(text)).toContain(found);
  });
  it.each([
    ['more than 70,000 lives', '70,000'],
    ['about 2000 people', '2000'],
    ['the rebels may have used sarin', 'may'],
    ['said that May would decide', 'May'],
    ['until they may leave', 'may'],
    ['Protesters March on the capital', 'March'],
    ['a 2014-15 budget', '2014'],
    // An older year's number only after such a preposition, and not before a plural it counts.
    ['rose from 1200 to 1500', '1500'],
    ['some 1628 troops', '1628'],
    ['in 1500 homes', '1500'],
    ['in about 1500 homes', '1500'],
    // Two bare numbers of three or four digits are no stretch of clock times.
    ['who reigned from 731 to 741.', '731'],
    ['open from 930 to 1730.', '930'],
  ])('does not take "%s" for a date', (text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('calendar dates resolved with news conventions', () => {
  const sentence = (text: string) =>
    recognizeCalendarDates({
      text,
      reference: { year: 2013, month: 5, day: 7 },
      sentences: [{ start: 0, end: text.length }],
    });
  it('places a month without a year in the publication year, or the year before for a later month in the past', () => {
    expect(sentence('He took office in February.').map((c) => c.value)).toEqual(['2013-02']);
    expect(sentence('The strike began in December.').map((c) => c.value)).toEqual(['2012-12']);
  });
  it('splits a range into its two ends', () => {
    expect(sentence('Deliveries run from 2009 to 2011.').map((c) => [c.value, c.start])).toEqual([
      ['2009', 20],
      ['2011', 28],
    ]);
  });
  it('splits a range at a whole word that joins its ends, not at letters inside a month', () => {
    const ends = (text: string) => sentence(text).map((c) => text.slice(c.start, c.end));
    expect(ends('Prices rose from October 2010 to March 2012.')).toEqual(['October 2010', 'March 2012']);
    expect(ends('The plant was closed from October to December.')).toEqual(['October', 'December']);
    expect(ends('Talks ran from mid-October to December.')).toEqual(['October', 'December']);
  });
  it('records what chrono was told and what was inferred', () => {
    expect(sentence('It opens on June 17, they said.')[0]).toMatchObject({
      value: '2013-06-17',
      stated: ['month', 'day'],
      inferred: ['year'],
      relative: true,
    });
  });
});
