import { describe, expect, it } from 'vitest';
import { segment } from '../article/segment';
import type { Timex } from '../types';
import { extractTimexes } from './timexes';

/** Timexes of one body sentence in a story published on Tuesday 7 May 2013 (or `published`). */
function timexesOf(sentence: string, published: string | null = '2013-05-07'): Timex[] {
  return extractTimexes(segment(`A headline for the test\n\n${sentence}`, { published }));
}

function find(sentence: string, phrase: string, published?: string | null): Timex | undefined {
  return timexesOf(sentence, published).find((t) => t.text === phrase);
}

type Case = [sentence: string, phrase: string, value: string];

function table(cases: readonly Case[]) {
  it.each(cases)('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
}

/** One test per row: the value of `phrase` in `sentence` in an article published on `published`. */
function tablePublished(cases: readonly [sentence: string, phrase: string, published: string, value: string][]) {
  it.each(cases)('"%s": "%s" (published %s) = %s', (sentence, phrase, published, value) => {
    expect(find(sentence, phrase, published)?.value).toBe(value);
  });
}

describe('a clock time in a named zone, joined to the day after it', () => {
  // 2018-09-29 is a Saturday: the committee voted on Friday the 28th; the Friday before it is the 21st, and 10 pm in
  // New York that night is 2 am GMT on the 22nd.
  tablePublished([
    [
      'The committee voted on Friday. He had given her until 10:00 pm ET the previous Friday to decide.',
      '10:00 pm ET the previous Friday',
      '2018-09-29',
      '2018-09-22T02:00Z',
    ],
    // Guard: a morning time stays on its day.
    ['The committee will vote at 9:30 am ET on Monday.', '9:30 am ET on Monday', '2018-09-29', '2018-10-01T13:30Z'],
  ]);
});

describe('a clock time with "the same day" or "the next day" after it', () => {
  // 2014-09-06 is a Saturday: the Friday named is the 5th.
  tablePublished([
    [
      'The protocol was signed on Friday. It took effect at 1500 GMT the same day.',
      '1500 GMT the same day',
      '2014-09-06',
      '2014-09-05T15:00Z',
    ],
    [
      'The protocol was signed on Friday. The truce began at 0800 GMT the next day.',
      '0800 GMT the next day',
      '2014-09-06',
      '2014-09-06T08:00Z',
    ],
    // Guard: a clock time alone takes the day named before.
    ['The protocol was signed on Friday. The minister spoke at 4 pm.', '4 pm', '2014-09-06', '2014-09-05T16:00'],
  ]);
});

describe('a weekday before a past verb and "a plan to"', () => {
  // 2013-09-16 is a Monday: the Saturday gone by is the 14th.
  tablePublished([
    ['Russia on Saturday agreed a plan to eliminate the arsenal.', 'Saturday', '2013-09-16', '2013-09-14'],
    ['Russia on Saturday plans to unveil a deal.', 'Saturday', '2013-09-16', '2013-09-21'],
  ]);
});

describe('a weekday after "ahead of" and an occasion with its name in quotation marks', () => {
  // 2012-03-27 is a Tuesday: the Sunday ahead is 1 April.
  tablePublished([
    [
      'The opposition met in Istanbul ahead of a "Friends of Syria" conference on Sunday.',
      'Sunday',
      '2012-03-27',
      '2012-04-01',
    ],
  ]);
});

describe('a holiday and its year after "in"', () => {
  tablePublished([
    ["Buhari seized power in a coup on New Year's Eve in 1983.", "New Year's Eve in 1983", '2015-03-31', '1983-12-31'],
    ['He was overthrown on Christmas Day in 1985.', 'Christmas Day in 1985', '2015-03-31', '1985-12-25'],
  ]);
});

describe('a paper named by how often it comes out', () => {
  it.each([
    'Gunmen attacked the offices of the satirical weekly, which had printed the cartoons.',
    'The French daily Le Monde printed the letter.',
    "The weekly's editor was among the dead.",
  ])('is no frequency: %s', (sentence) => {
    expect(timexesOf(sentence)).toEqual([]);
  });
  it.each([
    ['The magazine is published weekly.', 'weekly', 'P1W'],
    ['The board meets monthly, which suits its members.', 'monthly', 'P1M'],
    ['He held his weekly audience in the square.', 'weekly', 'P1W'],
  ])('negative: an adverb or an adjective before its noun is one: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)).toMatchObject({ type: 'set', value });
  });
});

describe('an amount converted in brackets before "a day" or "an hour"', () => {
  it('keeps a rate a rate, and a speed no time', () => {
    expect(find('Withdrawals are limited to 60 euros ($66) a day.', 'a day')).toMatchObject({
      type: 'set',
      value: 'P1D',
    });
    expect(find('It struck with winds of 315 kilometres (195 miles) an hour.', 'an hour')).toBeUndefined();
  });
});

describe('"the future of" a thing', () => {
  it('is its prospects, no time', () => {
    expect(find('The result was very regrettable for the future of Greece.', 'the future')).toBeUndefined();
    // Guard: the future alone.
    expect(find('Talks on the future are planned.', 'the future')?.value).toBe('FUTURE_REF');
  });
});

describe("one unit's length as an adjective, and a length after a possessive", () => {
  it('reads "decade-long" and counts it back from publication', () => {
    expect(find('Yudhoyono is ending his decade-long rule.', 'decade-long')).toMatchObject({
      value: 'P10Y',
      range: { start: '2003', end: '2013-05-07' },
    });
  });
  it('counts "the group\'s six-year insurgency" back from publication', () => {
    expect(find("The Islamist group's six-year insurgency has killed 13,000 people.", 'six-year')?.range).toEqual({
      start: '2007',
      end: '2013-05-07',
    });
  });
  it('guard: not a term ahead after a possessive', () => {
    expect(find('Putin began his six-year term.', 'six-year')?.range).toBeNull();
  });
});

describe('a weekday after "before an" (or "ahead of an") occasion, with who meets and where', () => {
  // 2015-07-06 is a Monday.
  tablePublished([
    [
      'The two were to meet later Monday, before an emergency summit of eurozone leaders in Brussels on Tuesday.',
      'Tuesday',
      '2015-07-06',
      '2015-07-07',
    ],
    // "ahead of" too.
    [
      'The two were due to meet on Monday evening, ahead of an emergency summit of eurozone leaders in Brussels on Tuesday.',
      'Tuesday',
      '2015-07-06',
      '2015-07-07',
    ],
    // Guard: "the" occasion after a past deed is the one gone by.
    ['He resigned before the vote on Friday.', 'Friday', '2015-07-06', '2015-07-03'],
  ]);
});

describe('a weekday of a visit one is invited to', () => {
  // 2016-06-24 is a Friday.
  tablePublished([
    ['Merkel invited Tusk, Hollande and Renzi to Berlin on Monday.', 'Monday', '2016-06-24', '2016-06-27'],
    // Guard: a past deed with no place one is invited to.
    ['The club invited fans to the stadium on Sunday.', 'Sunday', '2016-06-24', '2016-06-19'],
  ]);
});

describe('hours later, opening a sentence far from any date', () => {
  const story = (lead: string) =>
    extractTimexes(
      segment(
        `A headline for the test\n\n${lead} The move came days after a jet was shot down. Leaders called it a ` +
          'warning. The measures bar banks from raising capital. Hours later, Washington announced sanctions of its own.',
        { published: '2014-07-29' },
      ),
    ).find((t) => /^Hours/.test(t.text));
  it("counts from the lead's one day", () => {
    expect(story('The bloc on Tuesday agreed sanctions against Russia.')).toMatchObject({
      text: 'Hours later',
      range: { start: '2014-07-29', end: '2014-07-29' },
    });
  });
  it('negative: not from a lead of two days', () => {
    expect(story('The bloc on Tuesday agreed sanctions that take effect on Friday.')?.range ?? null).toBeNull();
  });
});

describe("a person's name given", () => {
  it('holds no time expression', () => {
    const base = segment("A headline for the test\n\nHe was the most senior figure in May's cabinet.", {
      published: '2018-07-09',
    });
    const at = base.text.indexOf('May');
    expect(extractTimexes(base).map((t) => t.text)).toEqual(['May']);
    expect(extractTimexes(base, [{ start: at, end: at + 3 }])).toEqual([]);
  });
});

describe('a date qualifying what a past deed came before', () => {
  tablePublished([
    [
      'Velland suspended campaigning a week before the November 6 election, as did his rival.',
      'November 6',
      '2012-10-30',
      '2012-11-06',
    ],
    ['Velland suspended campaigning on November 2, as did his rival.', 'November 2', '2012-10-30', '2011-11-02'],
  ]);
});

describe('holidays on a fixed day', () => {
  table([
    ['The telescope was launched on Christmas Day 2021 from French Guiana.', 'Christmas Day 2021', '2021-12-25'],
    ['He will return on New Year’s Eve.', 'New Year’s Eve', '2013-12-31'],
    ['The shops were busy last Christmas.', 'last Christmas', '2012-12-25'],
    ["The vote fell on Valentine's Day.", "Valentine's Day", '2013-02-14'],
    ["They marched on St Patrick's Day.", "St Patrick's Day", '2013-03-17'],
  ]);
  it.each([
    'What a Christmas present it was, the coach said.',
    'The queen recorded her Christmas message in the library.',
  ])('negative: a holiday after an article or a possessive qualifies a thing: %s', (sentence) => {
    expect(timexesOf(sentence)).toEqual([]);
  });
  it('negative: a surname is no holiday', () => {
    expect(timexesOf('He came with illustrator Johnnie Christmas.')).toEqual([]);
  });
});

describe('a weekday counted within its month', () => {
  table([
    ['The regatta will be sailed on the first Sunday in July.', 'the first Sunday in July', '2013-07-07'],
    ['Members vote on the second Thursday of June.', 'the second Thursday of June', '2013-06-13'],
    ['The road reopened on the last Monday of March 2009.', 'the last Monday of March 2009', '2009-03-30'],
    ['Hotels were full over the final weekend of April.', 'the final weekend of April', '2013-W17-WE'],
    ['The club meets on the first weekend in September.', 'the first weekend in September', '2013-W36-WE'],
    ['The race was run on the last Sunday in June last year.', 'the last Sunday in June last year', '2012-06-24'],
    // A week counted within its month: its days 7n-6 to 7n, as the ISO week of the middle one (the 18th of July
    // 2013 is in the week of Monday 15 July); the last week, the days up to the month's end.
    ['Talks resume in the third week of July.', 'the third week of July', '2013-W29'],
    ['The plant shut in the first week of March 2009.', 'the first week of March 2009', '2009-W10'],
    ['Exams fall in the last week of May.', 'the last week of May', '2013-W22'],
    ['Harvest starts in the final week of December this year.', 'the final week of December this year', '2013-W52'],
  ]);
  it('negative: a fifth week of a month is no date', () => {
    expect(find('Nothing happens in the fifth week of May.', 'the fifth week of May')).toBeUndefined();
  });
  it('negative: a fifth weekday the month does not hold is no day', () => {
    expect(
      find('Nothing happens on the fifth Monday of February 2013.', 'the fifth Monday of February 2013'),
    ).toBeUndefined();
  });
});

describe('the feasts of Easter, which move', () => {
  it.each([
    ['Pilgrims crowded the square over the Easter weekend.', 'Easter weekend', '2024-W13-WE'],
    ['The ferry sank on Good Friday.', 'Good Friday', '2024-03-29'],
    ['Markets were shut after Easter.', 'Easter', '2024-03-31'],
    ['Last Easter, the abbey was full.', 'Last Easter', '2024-03-31'],
    ['The uprising began on Easter Monday 1916.', 'Easter Monday 1916', '1916-04-24'],
  ])('%s → "%s" = %s (story of 3 April 2024)', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-04-03')?.value).toBe(value);
  });
  it.each([
    ['Parliament will return after Easter.', '2024-03-31'],
    ['The shops closed over Easter.', '2023-04-09'],
  ])('%s → %s (story of 10 February 2024)', (sentence, value) => {
    expect(find(sentence, 'Easter', '2024-02-10')?.value).toBe(value);
  });
  it.each(['Tourists flew to Easter Island.', 'She hid an Easter egg in the garden.', 'The Easter holidays were wet.'])(
    'negative: an island, an egg or a bare "Easter" with no preposition is no day: %s',
    (sentence) => {
      expect(timexesOf(sentence, '2024-04-03').filter((t) => /Easter/.test(t.text))).toEqual([]);
    },
  );
});

describe('a month a habit falls in', () => {
  it.each([
    ['Permits were issued for the spring season, which usually ends in late May.', 'late May', '2023-05'],
    ['The spring season usually ends in May.', 'May', '2023-05'],
  ])('is the nearest one: %s (story of 1 June 2023)', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2023-06-01')?.value).toBe(value);
  });
  it('negative: a schedule with no habit is the next one ("which ends in May")', () => {
    expect(find('Permits were issued for the spring season, which ends in May.', 'May', '2023-06-01')?.value).toBe(
      '2024-05',
    );
  });
});

describe('weekdays around the publication date (Tue 7 May 2013)', () => {
  table([
    ['A senior official said Monday that talks would go on.', 'Monday', '2013-05-06'],
    ['Kerry was Tuesday to hold talks in Moscow.', 'Tuesday', '2013-05-07'],
    ['Kerry is due to meet activists on Wednesday.', 'Wednesday', '2013-05-08'],
    ['The ministers met on Friday in Geneva.', 'Friday', '2013-05-03'],
    ['The summit will open on Friday in Geneva.', 'Friday', '2013-05-10'],
    ['The rebels attacked the base last Tuesday.', 'last Tuesday', '2013-04-30'],
    ['The envoy flies to Cairo next Monday.', 'next Monday', '2013-05-13'],
    // "next" and the day after tomorrow or tomorrow: that day of next week.
    ['A new leader will be chosen by next Wednesday.', 'next Wednesday', '2013-05-15'],
    ['The envoy flies to Cairo next Thursday.', 'next Thursday', '2013-05-16'],
    // Guards: three days ahead, the coming one; after "the", the one after a day the story told.
    ['The envoy flies to Cairo next Friday.', 'next Friday', '2013-05-10'],
    ['He left on Monday and came back the next Wednesday.', 'the next Wednesday', '2013-05-08'],
    ['Temperatures are forecast to top 35 degrees on Friday.', 'Friday', '2013-05-10'],
  ]);
  table([
    ['The bridge gave way late Sunday after days of rain.', 'late Sunday', '2013-05-05'],
    ['Police said early Saturday that two men were held.', 'early Saturday', '2013-05-04'],
    ['In a Friday news conference, the coach quit.', 'Friday', '2013-05-03'],
    ['The downpour started on Sunday and lasted until Thursday evening.', 'Thursday evening', '2013-05-02TEV'],
    ['The memorial service is on Friday.', 'Friday', '2013-05-10'],
    ['Burnley, who visit Hull on Saturday, are fifth.', 'Saturday', '2013-05-11'],
    ['The cabinet meets on Thursday to approve the budget.', 'Thursday', '2013-05-09'],
    ['A verdict is expected by Friday.', 'Friday', '2013-05-10'],
    // A day once scheduled ("were due to"): the nearest such day, behind as readily as ahead.
    ['The talks, which were due to end on Sunday, overran by a day.', 'Sunday', '2013-05-05'],
    ['The talks were due to end on Saturday.', 'Saturday', '2013-05-04'],
    ['The vote was scheduled to take place on Friday.', 'Friday', '2013-05-10'],
    // Preparing to do something on a day looks ahead to it.
    ['Divers prepared to resume the search on Monday.', 'Monday', '2013-05-13'],
  ]);
  it('negative: a weekday after an indefinite word is no day near the publication date', () => {
    expect(timexesOf('He was detained on a Tuesday in March 2010.').filter((t) => /day\b/.test(t.text))).toEqual([]);
  });
  it.each([
    ['The market opens every Friday at dawn.', 'every Friday', 'XXXX-WXX-5'],
    ['Protesters have rallied every Saturday since late October.', 'every Saturday', 'XXXX-WXX-6'],
    ['The council meets each Monday.', 'each Monday', 'XXXX-WXX-1'],
  ])('a weekday after "every" or "each" is its frequency, no one day: %s', (sentence, phrase, value) => {
    expect(timexesOf(sentence).filter((t) => /day\b/.test(t.text))).toMatchObject([
      { text: phrase, type: 'set', value },
    ]);
  });
  it('does not read a plural weekday as a date', () => {
    expect(timexesOf('Markets are quiet on Mondays.')).toEqual([]);
  });
});

describe('the day of a telling after a reported future (Tue 7 May 2013)', () => {
  table([
    ['The bridge will close for repairs in June, engineers said on Monday.', 'Monday', '2013-05-06'],
    ['Flights will resume within days, the airline told reporters on Friday.', 'Friday', '2013-05-03'],
    ['A new coach is to be named soon, the club announced Saturday.', 'Saturday', '2013-05-04'],
    ['The plant will close by 2016, the company said in December.', 'December', '2012-12'],
  ]);
  it.each([
    ['The verdict will be announced on Thursday.', 'Thursday', '2013-05-09'],
    ['The players will be told on Friday who made the squad.', 'Friday', '2013-05-10'],
  ])('guard: a saying still to come keeps its future: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
});

describe('relative months, weeks and years', () => {
  table([
    ['The bombings last month shocked the city.', 'last month', '2013-04'],
    ['He took office in February.', 'February', '2013-02'],
    ['The report is due next month.', 'next month', '2013-06'],
    ['Putin spoke to him this week by telephone.', 'this week', '2013-W19'],
    ['The deal collapsed last week.', 'last week', '2013-W18'],
    ['Elections will be held next year.', 'next year', '2014'],
    ['Sales fell last year.', 'last year', '2012'],
    ['The plant closed last September.', 'last September', '2012-09'],
    // Opening the sentence, in capitals; "Last May" said in May is the year before.
    ['Last September was the wettest on record.', 'Last September', '2012-09'],
    ['Last May was the hottest month ever recorded.', 'Last May', '2012-05'],
    ['Next March will see a vote.', 'Next March', '2014-03'],
    ['The strike began in December.', 'December', '2012-12'],
    ['The new line will open in June.', 'June', '2013-06'],
    ['The talks stalled two years ago.', 'two years ago', '2011'],
    ['The bridge opened almost a century ago.', 'almost a century ago', '1913'],
    ['The abbey was sacked two centuries ago.', 'two centuries ago', '1813'],
    ['The quake hit a week ago.', 'a week ago', '2013-04-30'],
    ['The polls were level a fortnight ago.', 'a fortnight ago', '2013-04-23'],
    ['Schools will reopen by the end of the month.', 'the end of the month', '2013-05'],
    ['The fund runs dry at the start of next month.', 'the start of next month', '2013-06'],
    ['The envoy returns at the end of the week.', 'the end of the week', '2013-W19'],
  ]);
  it.each([
    ['The plant was sold late last year.', 'late last year', '2012'],
    ['Talks resume early next week.', 'early next week', '2013-W20'],
    ['Prices peaked early this month.', 'early this month', '2013-05'],
    ['The ban was lifted in mid-March last year.', 'mid-March last year', '2012-03'],
    ['Early March last year, the mill closed.', 'Early March last year', '2012-03'],
  ])('a part of a unit named by its offset is one expression: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it.each([
    ['Sales will double by the end of the decade, the firm said.', 'the end of the decade', '201'],
    ['Demand should peak at the turn of this decade.', 'the turn of this decade', '201'],
  ])('the part of "the decade" ahead is the decade in hand: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it('negative: told in the past, "the end of the decade" is of a decade named before', () => {
    expect(find('He sang in the 1960s and retired at the end of the decade.', 'the end of the decade')).toBeUndefined();
  });
  it.each([
    ['The strike ended the week before last.', 'the week before last', '2013-W17'],
    ['Prices rose the month before last.', 'the month before last', '2013-03'],
  ])('"the week before last" is two back: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it.each([
    ['The bridge collapsed the day before yesterday.', 'the day before yesterday', '2013-05-05'],
    ['The ferry sails the day after tomorrow.', 'the day after tomorrow', '2013-05-09'],
    ['Fans celebrated this past weekend in the capital.', 'this past weekend', '2013-W18-WE'],
    ["Friday's vote was postponed to next Tuesday.", 'Friday', '2013-05-03'],
    ['Talks run from Monday to Wednesday in Vienna.', 'Wednesday', '2013-05-08'],
    ['Schools cancelled outdoor classes on Tuesday and Wednesday.', 'Wednesday', '2013-05-08'],
  ])('days counted around the publication day: %s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it('negative: "the day before" a noun is not read with "yesterday" across it, and a later weekday keeps its day', () => {
    expect(find('The day before the vote, yesterday, was calm.', 'yesterday')?.value).toBe('2013-05-06');
    expect(find('The fair ran from Thursday to Saturday last week.', 'Saturday')?.value).toBe('2013-05-04');
  });
  it.each([
    ['The temple was built some 1,500 years ago.', 'some 1,500 years ago', '0513'],
    ['The wreck sank 1,200 days ago.', '1,200 days ago', '2010-01-23'],
  ])('a number grouped by commas is read whole: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it('a number is never read from the tail of a longer one, and a year before the first is no date', () => {
    const sentence = 'The soil had not thawed since between 45,839 and 47,769 years ago, or for 2.5 years.';
    expect(find(sentence, '769 years ago')).toBeUndefined();
    expect(find(sentence, '47,769 years ago')).toBeUndefined();
    expect(find(sentence, '5 years')).toBeUndefined();
  });
  it.each([
    ["The fund will be launched in two weeks' time.", "two weeks' time", '2013-05-21'],
    ["The line opens in a year's time.", "a year's time", '2014'],
  ])('"in two weeks\' time" is a date ahead: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it.each([
    ['The fund will be launched in two weeks.', 'two weeks', '2013-05-21'],
    ['Results are due in three days, officials said.', 'three days', '2013-05-10'],
    ['The law will take effect in six months.', 'six months', '2013-11'],
  ])('so is "in two weeks" in a clause that looks ahead: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it.each([
    // Guards: how long it took, a deadline, a record reaching back.
    ['The bridge was built in two weeks.', 'two weeks', 'P2W'],
    ['The election will be held within six months.', 'six months', 'P6M'],
    ['It will be his first visit to the country in five years.', 'five years', 'P5Y'],
    ['The storm could be the worst to hit the area in a century.', 'a century', 'P100Y'],
  ])('negative: %s stays a duration', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it('a length "within" which a thing is to be done spans from the publication day, and stays a length', () => {
    const t = find('The election will be held within six months.', 'six months');
    expect([t?.type, t?.value, t?.range]).toEqual(['duration', 'P6M', { start: '2013-05-07', end: '2013-11' }]);
    expect(find('The bridge was rebuilt within six months.', 'six months')?.range).toBeNull();
  });
  it('the weekend something was called off for is ahead', () => {
    expect(find('Organisers have cancelled all races for the weekend.', 'the weekend')?.value).toBe('2013-W19-WE');
  });
  it('negative: told in the past, "the end of the month" is a month named before, not this one', () => {
    expect(
      find('The strike began on 3 March 2011 and ended at the end of the month.', 'the end of the month'),
    ).toBeUndefined();
  });
  it.each([
    ['Rebels seized the border post overnight, residents said.', 'overnight', '2013-05-06TNI'],
    ['The search was halted overnight because of high waves.', 'overnight', '2013-05-06TNI'],
    ['Talks will continue overnight in the capital.', 'overnight', '2013-05-07TNI'],
    // Before the clause a verb of saying reports.
    ['Soldiers declared on national television overnight that they had seized power.', 'overnight', '2013-05-06TNI'],
    ['The team won the cup on Sunday, and fans danced in the streets overnight.', 'overnight', '2013-05-05TNI'],
    [
      'The ferry sank on Friday. Divers will go back on Thursday. The search was halted overnight.',
      'overnight',
      '2013-05-03TNI',
    ],
    // Not the night of a day that opens a span ("since"); the night before a day that dates the telling.
    [
      'The strike has shut the port since it began on Thursday. Ships were diverted overnight.',
      'overnight',
      '2013-05-06TNI',
    ],
    [
      'The dam burst on Friday. Villages were evacuated overnight, the army said on Sunday.',
      'overnight',
      '2013-05-04TNI',
    ],
    // A day three paragraphs before is no longer the story's day.
    [
      'The dam burst on Friday.\n\nAid agencies appealed for help.\n\nRains this year are heavy.\n\nThe river rose overnight.',
      'overnight',
      '2013-05-06TNI',
    ],
    ['The dam burst on Friday.\n\nThe river rose overnight.', 'overnight', '2013-05-03TNI'],
    // Not the night of the publication day, still ahead of the telling: the night before it.
    [
      'The army took control on Tuesday. Tanks blocked roads after soldiers seized the broadcaster overnight.',
      'overnight',
      '2013-05-06TNI',
    ],
    // Before a past in "-ed", the clause's verb.
    ['Air strikes on the city overnight killed more than 40 people.', 'overnight', '2013-05-06TNI'],
  ])('reads "overnight" as the night before, or the coming night: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it.each([
    ['Snow is expected overnight on Sunday.', 'overnight on Sunday', '2013-05-12TNI'],
    ['Storms hit the coast overnight Friday into Saturday.', 'overnight Friday', '2013-05-03TNI'],
  ])('reads "overnight" before a weekday as that day\'s night: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it('negative: after an article, "overnight" and a weekday qualify a noun, no night of that day', () => {
    expect(find('The overnight Sunday service was cut.', 'overnight Sunday')).toBeUndefined();
  });
  it.each(['An overnight curfew was imposed on the city.', 'Overnight rain flooded the valley.'])(
    'negative: "overnight" before the noun it qualifies names no night: %s',
    (sentence) => {
      expect(timexesOf(sentence)).toEqual([]);
    },
  );
  it('places a month by the year named right after it, as one expression ("May last year")', () => {
    expect(find('The ban was lifted in May last year.', 'May last year')?.value).toBe('2012-05');
    expect(find('The plant will reopen in March next year.', 'March next year')?.value).toBe('2014-03');
    expect(find('The vote is in June this year.', 'June this year')?.value).toBe('2013-06');
    expect(find('Talks failed in August.', 'August')?.value).toBe('2012-08');
  });
  it('places a day and month by the year named right after it, kept as two expressions ("March 31 last year")', () => {
    expect(timexesOf('He has been held since March 31 last year.').map((t) => [t.text, t.value])).toEqual([
      ['March 31', '2012-03-31'],
      ['last year', '2012'],
    ]);
    expect(find('The games open on 4 June next year.', '4 June')?.value).toBe('2014-06-04');
  });
  it('reads "in the first 12 weeks of pregnancy" as no date that far ahead, "in another two weeks" as one', () => {
    const text =
      'He hoped to pass a law allowing abortion in the first 12 weeks of pregnancy. He will act in another two weeks.';
    expect(find(text, 'the first 12 weeks', '2018-08-17')).toMatchObject({ type: 'duration', value: 'P12W' });
    expect(find(text, 'another two weeks', '2018-08-17')).toMatchObject({ type: 'date', value: '2018-08-31' });
  });
  it('so a quarter or a half ("the third quarter last year")', () => {
    expect(find('Sales rose in the third quarter last year.', 'the third quarter', '2016-08-22')?.value).toBe(
      '2015-Q3',
    );
    expect(find('Sales rose in the third quarter.', 'the third quarter', '2016-08-22')?.value).toBe('2016-Q3');
  });
  it.each([
    ['The festival, held 3-5 June last year, drew crowds.', '3', '5 June'],
    ['The fair ran from June 3-5 last year.', 'June 3', '5'],
    ['Talks ran from 3 to 5 June last year.', '3', '5 June'],
    ['Talks between 10 and 12 March next year are planned.', '10', '12 March'],
  ])('places both days of a pair by the year named after the second: %s', (sentence, first, second) => {
    const timexes = timexesOf(sentence);
    const year = timexes.find((t) => /year$/.test(t.text))!.value;
    const pair = [first, second].map((text) => timexes.find((t) => t.text === text));
    expect(pair.map((t) => t?.value.slice(0, 4))).toEqual([year, year]);
    expect(pair[0]?.range).toEqual({ start: pair[0]?.value, end: pair[1]?.value });
  });
  it.each([
    // Published on a Friday, a Friday and a Monday: the nearest such day is in the publication's week.
    ['He missed training on Wednesday last week.', '2013-05-10', ['2013-05-01']],
    ['He arrived on Monday of last week.', '2013-05-10', ['2013-04-29']],
    ['The envoy will visit on Tuesday next week.', '2013-05-06', ['2013-05-14']],
    ['He missed training on Wednesday and Thursday last week.', '2013-05-10', ['2013-05-01', '2013-05-02']],
  ])('places a weekday (and the first of a pair) in the week named right after it: %s', (sentence, published, days) => {
    expect(
      timexesOf(sentence, published)
        .filter((t) => /day$/.test(t.text))
        .map((t) => t.value),
    ).toEqual(days);
  });
  it('negative: a weekday set off from "last week" by a clause is the nearest such day', () => {
    expect(timexesOf('He left on Wednesday, and last week he was ill.', '2013-05-10')[0]?.value).toBe('2013-05-08');
  });
  it('negative: a day before a pair joined by a comma keeps its own year', () => {
    expect(find('He left on 3 May, and 5 June last year he returned.', '3 May')?.value).toBe('2013-05-03');
  });
  it('negative: after "of", the year is an expression of its own ("October of next year")', () => {
    expect(timexesOf('Licences lapse after October of next year.').map((t) => [t.text, t.value])).toEqual([
      ['October', '2014-10'],
      ['next year', '2014'],
    ]);
  });
  it('counts "the following month" and "the next day" from the date named before', () => {
    const text = 'The exchange collapsed in November 2011 and its founder was arrested the following month.';
    expect(find(text, 'the following month')?.value).toBe('2011-12');
    expect(find('The rebels seized the town on March 30, 2012, and lost it the next day.', 'the next day')?.value).toBe(
      '2012-03-31',
    );
    expect(find('The firm was founded in 1998 and listed the following year.', 'the following year')?.value).toBe(
      '1999',
    );
  });
  it.each([
    ['The bridge fell on 9 June 2016. The previous day, engineers had closed it.', 'The previous day', '2016-06-08'],
    ['Output rose in 2009, after falling 8 percent the previous year.', 'the previous year', '2008'],
    ['The envoy arrived on March 30, 2012; talks had failed the day before.', 'the day before', '2012-03-29'],
    [
      'Troops stormed the palace on March 30, 2012. The general had been dismissed the day before after threatening him.',
      'the day before',
      '2012-03-29',
    ],
    ['Costs fell to $3 billion in 2011, $1 billion less than the year previous.', 'the year previous', '2010'],
    [
      'Output fell in the three months to September 2012, after growth in the previous quarter.',
      'the previous quarter',
      '2012-Q2',
    ],
    ['Sales rose in the first quarter of 2011 and fell the following quarter.', 'the following quarter', '2011-Q2'],
    [
      'Her first record came out in the spring of 1961. The following year she toured Japan.',
      'The following year',
      '1962',
    ],
    ['Sales peaked in the third quarter of 2019 and fell the following year.', 'the following year', '2020'],
    ['The league was founded in the summer of 1992; the previous year, talks had failed.', 'the previous year', '1991'],
    ['The town fell in 2016 and was retaken in March of the following year.', 'March', '2017-03'],
    ['The mill shut in 2010, reopened in 2014 and burned in May of the previous year.', 'May', '2013-05'],
    // Told in the past, a step back from a date still ahead counts from the publication day.
    [
      'Nurses, who have called a walkout for next Monday, said managers had quit the talks the previous day.',
      'the previous day',
      '2013-05-06',
    ],
    // A date ahead that a step back still lands on or before the publication day from stays its antecedent.
    ['The vote is set for Wednesday; campaigning had ended the previous day.', 'the previous day', '2013-05-07'],
    // Not from a zoned clock time's day, which is GMT's (local midnight on 2013-05-07 is 2100 GMT on the 6th).
    [
      'Celebrations had started at midnight (2100 GMT Monday). The envoy, who arrived the previous day, spoke.',
      'the previous day',
      '2013-05-06',
    ],
  ])(
    'counts a step back, and a month "of the following year", from the date named before: %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)?.value).toBe(value);
    },
  );
  it.each([
    ['Sales fell 5 percent from the previous year.', 'the previous year', '2012'],
    ['Licences lapse after October of next year.', 'October', '2014-10'],
  ])(
    'negative: with nothing to count from, or "of next year", the publication date counts: %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)?.value).toBe(value);
    },
  );
  it.each([
    [
      'The bridge was closed on 3 April 2012. The next morning, divers found the car.',
      'The next morning',
      '2012-04-04TMO',
    ],
    [
      'The ship sank on Sunday, and rescuers reached it the following evening.',
      'the following evening',
      '2013-05-06TEV',
    ],
    ['He landed on Friday, having left Rome the previous night.', 'the previous night', '2013-05-02TNI'],
    [
      'A warning went out on Sunday afternoon. By the next morning, roads were shut.',
      'the next morning',
      '2013-05-06TMO',
    ],
    [
      'Fire gutted a hotel on Saturday, police said on Sunday.\n\nGuests were moved out the next morning.',
      'the next morning',
      '2013-05-05TMO',
    ],
  ])('counts a part of the day after (or before) the day named before: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it.each([
    ['She left the bank in 2012, the same year she was named to the board.', 'the same year', '2012'],
    [
      'Car sales fell 12 percent in March, compared with the same month a year ago.',
      'the same month a year ago',
      '2012-03',
    ],
    [
      'Profits rose in the second quarter of 2011, after falling in the same quarter the previous year.',
      'the same quarter the previous year',
      '2010-Q2',
    ],
    ['The ferry sank on 2 June 2011, and a storm hit the port the same week.', 'the same week', '2011-W22'],
  ])(
    '"the same year", "the same month a year ago": the unit of the date named before: %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)?.value).toBe(value);
    },
  );
  it('negative: with no date before, "the same year" is no date, nor "the same time"', () => {
    expect(find('The same year he left, he wrote a book.', 'The same year')).toBeUndefined();
    expect(timexesOf('Both teams scored at the same time.')).toEqual([]);
  });
  it.each([
    [
      'Shares slumped on Monday after data showed prices rose in April, before recovering the next day.',
      'the next day',
      '2013-05-07',
    ],
  ])(
    'counts "the next day" from a day earlier in its sentence when the last date is too coarse: %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)?.value).toBe(value);
    },
  );
  it('negative: not from a day in another sentence; after a month, in that month', () => {
    expect(
      find('The mill shut on 3 March 2011. Output fell in April, and it reopened the next day.', 'the next day')?.value,
    ).toBe('2013-04');
    expect(find('Han was detained in March. He resigned the following day.', 'the following day')?.value).toBe(
      '2013-03',
    );
  });
  it("a month named sentences before is too far to count a day from: the story's day is", () => {
    expect(
      find(
        'She won the Open on Sunday.\n\nShe won her first title in September.\n\nThe crowd sang.\n\nHer sister won the doubles the day before.',
        'the day before',
      )?.value,
    ).toBe('2013-05-06');
  });
  it('negative: with no day before, "the next morning" is no date', () => {
    expect(find('Talks will resume the next morning.', 'the next morning')).toBeUndefined();
    expect(find('The strike began in May 2012 and ended the next morning.', 'the next morning')).toBeUndefined();
  });
  it('negative: "the day before" a noun counts from that noun, not from the date before', () => {
    expect(
      find('The rebels seized the town on March 30, 2012, the day before the vote.', 'the day before'),
    ).toBeUndefined();
  });
  it('negative: "the next month" as a stretch of time, or with nothing to count from, is no date', () => {
    expect(find('Sales rose in April 2012 and will grow over the next month.', 'the next month')).toBeUndefined();
    expect(find('He was arrested the following month.', 'the following month')).toBeUndefined();
    expect(find('The exchange collapsed in 2011 and he fled the next day.', 'the next day')).toBeUndefined();
  });
  it.each([
    ['The smuggler was caught in 2010 and handed over the following year.', '2011'],
    ['The mill was sold in 2004 and taken over the next year.', '2005'],
  ])('"over" closing a verb of giving or taking opens no stretch: %s', (text, value) => {
    expect(find(text, text.includes('following') ? 'the following year' : 'the next year')?.value).toBe(value);
  });
  it('negative: "over" after a verb of change is still a stretch', () => {
    expect(find('Rents in 2010 climbed over the following year.', 'the following year')).toBeUndefined();
  });
  it('does not read the verb "may" or a bare "March" as a month', () => {
    expect(timexesOf('The rebels may have used sarin.')).toEqual([]);
    expect(timexesOf('Protesters March through the capital.')).toEqual([]);
  });
});

describe('days before a month\'s name: "from 3 June", "from 3 to 5 June", "between 10 and 12 March"', () => {
  it.each([
    ['He stayed there from 3 June.', '3 June', '2013-06-03', null],
    ['Talks ran from 3 June to 5 July.', '3 June', '2013-06-03', { start: '2013-06-03', end: '2013-07-05' }],
    ['The fair ran from 3 to 5 June.', '5 June', '2013-06-05', { start: '2013-06-03', end: '2013-06-05' }],
    ['The fair ran from 3 to 5 April.', '5 April', '2013-04-05', { start: '2013-04-03', end: '2013-04-05' }],
    ['Talks were held between 10 and 12 March.', '12 March', '2013-03-12', { start: '2013-03-10', end: '2013-03-12' }],
    ['Talks were held between 10 and 12 March.', '10', '2013-03-10', { start: '2013-03-10', end: '2013-03-12' }],
  ])('%s → "%s"', (sentence, phrase, value, range) => {
    expect(find(sentence, phrase, '2013-09-10')).toMatchObject({ value, range });
  });
  it.each([
    'Shares rose from 3 percent in April.',
    'The shop opens from 9 to 5 daily.',
    'Between 10 and 12 people died.',
  ])('negative: no day from a bare number: %s', (sentence) => {
    expect(timexesOf(sentence).filter((t) => /^\d{1,2}$/.test(t.text))).toEqual([]);
  });
});

describe('"earlier this year" runs up to the publication day, "later this month" from it', () => {
  it.each([
    ['Prices rose earlier this year.', 'earlier this year', '2013', '2013-01-01', '2013-05-07'],
    ['The plant will open later this year.', 'later this year', '2013', '2013-05-07', '2013-12-31'],
    ['Sales fell earlier this month.', 'earlier this month', '2013-05', '2013-05-01', '2013-05-07'],
    ['Talks resume later this week.', 'later this week', '2013-W19', '2013-05-07', '2013-05-12'],
  ])('%s', (sentence, phrase, value, start, end) => {
    expect(find(sentence, phrase)).toMatchObject({ value, range: { start, end } });
  });
  it('on a Sunday, "later this week" is the whole next week', () => {
    expect(find('Talks resume later this week.', 'later this week', '2021-08-22')?.range).toEqual({
      start: '2021-08-23',
      end: '2021-08-29',
    });
  });
  it.each([
    ['Berlin will present a plan before the end of the month.', 'the end of the month', '2013-05-07', '2013-05-31'],
    ['The firm expects savings by the end of the year.', 'the end of the year', '2013-05-07', '2013-12-31'],
  ])(
    'a deadline at the end of this month or year runs from the publication day: %s',
    (sentence, phrase, start, end) => {
      expect(find(sentence, phrase)?.range).toEqual({ start, end });
    },
  );
  it('negative: "by the end of last year" keeps its year', () => {
    expect(find('Prices rose by the end of last year.', 'the end of last year')?.range).toBeNull();
  });
  it('negative: "this year" alone is the whole year', () => {
    expect(find('Prices rose this year.', 'this year')?.range).toBeNull();
  });
});

describe('a Sunday story: the week and the weekend ahead are the next ones', () => {
  it.each([
    ['He is due to visit the state later this week.', 'later this week', '2021-W34'],
    ['Rivers will keep rising into the weekend.', 'the weekend', '2021-W34-WE'],
    // Guards: what is past, or has no tense, is the week and weekend ending that day.
    ['Prices rose earlier this week.', 'earlier this week', '2021-W33'],
    ['Fans gathered this weekend.', 'this weekend', '2021-W33-WE'],
    ['This weekend, fans gather.', 'This weekend', '2021-W33-WE'],
  ])('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2021-08-22')?.value).toBe(value);
  });
});

describe('weekends', () => {
  table([
    ['An investigator said at the weekend that the rebels used sarin.', 'the weekend', '2013-W18-WE'],
    ['Fans will gather this weekend.', 'this weekend', '2013-W19-WE'],
    ['Two people died last weekend.', 'last weekend', '2013-W18-WE'],
    // With no tense to read, "this" looks ahead; told in the past, it is the one just gone.
    ['This weekend, crowds line the route.', 'This weekend', '2013-W19-WE'],
    ['This weekend, crowds lined the route.', 'This weekend', '2013-W18-WE'],
    // An irregular past (no "-ed") puts "this weekend" behind the publication day.
    ['Thousands of supporters sang this weekend.', 'this weekend', '2013-W18-WE'],
    ['The squad flew home this weekend.', 'this weekend', '2013-W18-WE'],
    ['The squad flies home this weekend.', 'this weekend', '2013-W19-WE'],
    // A thing expected over a time is still to come; one that was expected, past.
    ['Officials warned that more snow is expected over the weekend.', 'the weekend', '2013-W19-WE'],
    ['More snow was expected over the weekend.', 'the weekend', '2013-W18-WE'],
    // Told in the past with nothing coarser in its sentence, "a long weekend" is the last one.
    ['Commuters were returning home after a long weekend of storms.', 'weekend', '2013-W18-WE'],
    // A place after it does not hold the weekend (guard for the month or year that does).
    ['Crowds gathered at the weekend in Lyon.', 'the weekend', '2013-W18-WE'],
  ]);
  it.each([
    'Ferries fill up over a long weekend.',
    'Every weekend, anglers line the pier.',
    'He likes a quiet weekend at home.',
    'The couple spent a weekend in Lisbon in 2009.',
    'The show drew big crowds over its first weekend in March.',
    'Ticket sales doubled on the opening weekend of 2011.',
  ])(
    'negative: a weekend after an indefinite word, as a habit or inside another date, is none near the publication date: %s',
    (sentence) => {
      expect(timexesOf(sentence).filter((t) => /weekend/i.test(t.text))).toEqual([]);
    },
  );
});

describe('clock times with zones', () => {
  table([
    ['The two men meet at around 1100 GMT in the Kremlin.', '1100 GMT', '2013-05-07T11:00Z'],
    ['The Dow was down 2.62% at 16:08 UTC, a slight increase.', '16:08 UTC', '2013-05-07T16:08Z'],
    ['The plane landed at 6:40 p.m. (GMT +8) after a long flight.', '6:40 p.m. (GMT +8)', '2013-05-07T10:40Z'],
    ['The firm filed for protection at 12:00 UTC Monday, in New York.', '12:00 UTC Monday', '2013-05-06T12:00Z'],
    ['It made its first flight Tuesday at 18:00 UTC.', '18:00 UTC', '2013-05-07T18:00Z'],
  ]);
  it.each([
    [
      'A fire broke out at the depot late on Sunday. It began at 10:40 pm, firefighters said.',
      '10:40 pm',
      '2013-05-05T22:40',
    ],
    ['The dam burst on Saturday.\n\nVillagers fled at 5:10 am (0310 GMT).', '0310 GMT', '2013-05-04T03:10Z'],
    [
      'The storm that hit the island on Saturday had left 40 dead by Tuesday.\n\nThe governor visited flooded towns on Sunday.\n\nThe storm made landfall at 4:15 am.',
      '4:15 am',
      '2013-05-04T04:15',
    ],
    [
      'Gales lashed the island overnight, police said.\n\nThe gales ripped roofs off at 2:20 am.',
      '2:20 am',
      '2013-05-07T02:20',
    ],
    ['Shelling shook the town on Saturday night.\n\nThe shelling stopped at 5:30 am.', '5:30 am', '2013-05-05T05:30'],
    ['Shelling shook the town on Saturday night.\n\nThe shelling stopped at 11:30 pm.', '11:30 pm', '2013-05-04T23:30'],
    // So after an evening.
    [
      'A fire tore through the cathedral on Monday evening.\n\nThe blaze broke out at 6:50 pm. It was brought under control at about 3:30 am.',
      '3:30 am',
      '2013-05-07T03:30',
    ],
    // Not a day a participle after a noun places, once a past verb of the sentence came before it: the time is the
    // publication day's.
    [
      'The judges ruled to uphold the motion passed by parliament on March 9. The verdict was read out at 11:21 am.',
      '11:21 am',
      '2013-05-07T11:21',
    ],
    // A clock time said with its day names that day too, and one of the evening is followed by the small hours.
    ['A bomb exploded at 3:26 pm on Friday. Police reached the island at 6:25 pm.', '6:25 pm', '2013-05-03T18:25'],
    ['A bomb exploded at 9:40 pm on Friday. Police arrested the man at 2:00 am.', '2:00 am', '2013-05-04T02:00'],
    // So when the verb is further back than the twelve words before the time.
    [
      'A bus crashed late on Sunday.\n\nThe driver was speeding with 40 passengers when the bus veered off the road near Dalton, a small village in the hills, at around 11 pm.',
      '11 pm',
      '2013-05-05T23:00',
    ],
    // A day that dates a saying before "that" is not the day of what was said.
    [
      'Fans rioted after the derby on Saturday.\n\nThe club said on Monday that six stewards had been hurt. Most of the fighting took place at about 10 pm.',
      '10 pm',
      '2013-05-04T22:00',
    ],
  ])(
    'a past clock time with no day of its own takes the day named before, the small hours of a night the next: %s → "%s" = %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)?.value).toBe(value);
    },
  );
  it.each([
    [
      'The warehouse fire started at 9:30 pm and was put out at dawn on Sunday, some 10 hours later.',
      '9:30 pm',
      '2013-05-04T21:30',
    ],
    [
      'The warehouse fire started at 9:30 pm (1930 GMT) and was put out on Sunday, 10 hours later.',
      '1930 GMT',
      '2013-05-04T19:30Z',
    ],
    ['The tremor struck at 11:40 pm and aftershocks followed at dawn on Sunday.', '11:40 pm', '2013-05-04T23:40'],
    ['The ferry sailed at 10:00 pm and docked on Sunday morning.', '10:00 pm', '2013-05-04T22:00'],
    // An afternoon time "before" or "until" a morning named after it.
    ['The storm made landfall at 3:05 pm, before weakening on Sunday morning.', '3:05 pm', '2013-05-04T15:05'],
  ])(
    'a clock time a count of hours before a day named after it, across midnight, or an evening time before a morning, is on the day before: %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)?.value).toBe(value);
    },
  );
  it.each([
    ['The ferry left at 6:00 am and docked on Sunday, five hours later.', '6:00 am', '2013-05-05T06:00'],
    ['The ferry left on Sunday at 9:00 pm and docked five hours later.', '9:00 pm', '2013-05-05T21:00'],
    ['The ferry left at 9:00 pm and docked on Sunday after five hours at sea.', '9:00 pm', '2013-05-05T21:00'],
    ['The ferry left at 9:00 am and docked on Sunday morning.', '9:00 am', '2013-05-05T09:00'],
    ['The ferry left on Sunday morning and docked at 9:00 pm.', '9:00 pm', '2013-05-05T21:00'],
    // Guard: an afternoon time with no "before" stays on the morning's day.
    ['At 3:00 pm officials said the storm had hit on Sunday morning.', '3:00 pm', '2013-05-05T15:00'],
  ])(
    'negative: within the day, with the day before the time, or with no count "later", the day named stays: %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)?.value).toBe(value);
    },
  );
  it.each([
    [
      'Crews were warned on Sunday afternoon, and the storm struck shortly before 9:00 pm.',
      '9:00 pm',
      '2013-05-05T21:00',
    ],
    ['The polls closed at 6:00 pm and the count ran late into Sunday night.', '6:00 pm', '2013-05-05T18:00'],
  ])('a clock time takes the day of a part of the day named in its sentence: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it('a clock time told in the past does not take a day its sentence tells ahead', () => {
    const sentence =
      'The minister told a news conference, which began at 1:30 pm, that the rate would move to 6.30, effective from Wednesday.';
    expect(find(sentence, '1:30 pm')?.value).toBe('2013-05-07T13:30');
    expect(find(sentence, 'Wednesday')?.value).toBe('2013-05-08');
  });
  it('a clock time does not take the day of an earlier happening of the kind named in its sentence', () => {
    const sentence =
      'The eruption began at around 6:00 am along a fissure, the same area as the previous eruption on May 1.';
    expect(find(sentence, '6:00 am')?.value).toBe('2013-05-07T06:00');
  });
  it.each([
    [
      'A gunman killed two guards at a depot on Saturday, officials said on Monday.\n\nThe shooting started at around 4:15 pm near the gate.',
      '4:15 pm',
      '2013-05-04T16:15',
    ],
  ])(
    'a day that only dates the telling ("officials said on Monday.") is no antecedent: %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)?.value).toBe(value);
    },
  );
  it.each([
    [
      'The dam burst on Sunday.\n\nA warning had gone out at 4:00 pm on Saturday.',
      '4:00 pm on Saturday',
      '2013-05-04T16:00',
    ],
    [
      'Rebels took the town on Sunday.\n\nThe first shells fell at 9:00 pm Friday.',
      '9:00 pm Friday',
      '2013-05-03T21:00',
    ],
  ])(
    'a clock time written with its own weekday keeps that day, whatever day was named before: %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)?.value).toBe(value);
    },
  );
  it.each([
    ['Troops entered the city at dawn on Sunday.', 'dawn on Sunday', '2013-05-05TMO'],
    ['The storm hit on Saturday.\n\nAt dawn, boats began searching the bay.', 'dawn', '2013-05-04TMO'],
    ['The ferry left on Friday and docked at dusk on Saturday.', 'dusk on Saturday', '2013-05-04TEV'],
    ['The ferry docked on Saturday, shortly before nightfall.', 'nightfall', '2013-05-04TEV'],
  ])('dawn and dusk are the morning and evening of their day: %s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it.each([
    'Patrols will leave at dawn.',
    'Police made arrests after dawn raids on Sunday.',
    'He was arrested at dawn on a Tuesday in March 2010.',
  ])('negative: dawn ahead, before a noun, or on an unknown day of a coarser date is no date: %s', (sentence) => {
    expect(timexesOf(sentence).filter((t) => /dawn/.test(t.text))).toEqual([]);
  });
  it('negative: a day of saying that is itself told stays an antecedent', () => {
    expect(
      find('The minister said on Sunday that the talks had failed.\n\nHe resigned at 11:00 pm.', '11:00 pm')?.value,
    ).toBe('2013-05-05T23:00');
  });
  it('a past clock time does not take the day of an aside in a relative clause before it', () => {
    const text =
      'The emperor proclaimed his enthronement on Tuesday.\n\nThe emperor, who ascended the throne on May 1, pledged to serve as a symbol of the state.\n\n"I will serve as the symbol of the state," he said at the ritual, which began at 1 p.m.';
    expect(find(text, '1 p.m', '2019-10-23')?.value).toBe('2019-10-23T13:00');
  });
  it('a past clock time does not take the day of a noun ("Thursday\'s referendum", "the November 8 run-off")', () => {
    const vote = "The Leave side won Thursday's referendum with 52 percent.\n\n";
    expect(
      find(vote + 'The prime minister announced shortly after 0700 GMT that he would resign.', '0700 GMT', '2016-06-24')
        ?.value,
    ).toBe('2016-06-24T07:00Z');
    const runoff =
      "The commission on Wednesday declared Sirleaf the winner.\n\nThe commission said she won 59 percent of the vote in the November 8 run-off.\n\nIts chairwoman announced the final results at the commission's headquarters at 1500 GMT.";
    expect(find(runoff, '1500 GMT', '2005-11-23')?.value).toBe('2005-11-23T15:00Z');
    // (Named again, the thing is what the time is of: its day stays.)
    expect(
      find(vote + 'The referendum polls closed at 2100 GMT, and counting began.', '2100 GMT', '2016-06-24')?.value,
    ).toBe('2016-06-23T21:00Z');
  });
  it('a midnight told in the past on the publication day is the one that opened it', () => {
    const text = 'The ceasefire appeared to be holding on Tuesday, hours after it came into effect at midnight.';
    expect(find(text, 'midnight', '2018-12-18')?.value).toBe('2018-12-18T00:00');
    // (Ahead, or before it, it is the one ending the day.)
    expect(find('The curfew will start at midnight.', 'midnight', '2018-12-18')?.value).toBe('2018-12-18T24:00');
    expect(find('Talks went on until midnight.', 'midnight', '2018-12-18')?.value).toBe('2018-12-18T24:00');
  });
  it('a past clock time after a quotation takes the day named before', () => {
    expect(
      find(
        'The band split up on Sunday.\n\nIts singer posted "we are done" shortly after midnight to his fans.',
        'midnight',
      )?.value,
    ).toBe('2013-05-05T24:00');
  });
  it.each([
    ['The two envoys met on Tuesday. They spoke at around 1100 GMT in the capital.', '1100 GMT', '2013-05-07T11:00Z'],
    ['The fire broke out on Sunday. The minister will speak at 4:00 pm.', '4:00 pm', '2013-05-07T16:00'],
    [
      'The fire broke out on Sunday.\n\nIt spread.\n\nIt was hot.\n\nThe minister spoke at 4:00 pm.',
      '4:00 pm',
      '2013-05-07T16:00',
    ],
  ])(
    'negative: on the publication day, ahead, or with the day far back, a clock time stays on the publication day: %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)?.value).toBe(value);
    },
  );
  it.each([
    [
      'The last climber reached the summit at 10:40 pm local time (0240 GMT Wednesday), organisers said.',
      '10:40 pm',
      '2013-05-07T22:40',
    ],
    [
      'The last climber reached the summit at 10:40 pm local time (0240 GMT Wednesday), organisers said.',
      '0240 GMT Wednesday',
      '2013-05-08T02:40Z',
    ],
    ['The ferry docked at 11:30 pm local time (0330 GMT) after a rough crossing.', '0330 GMT', '2013-05-08T03:30Z'],
    ['The tremor struck at 1:15 am (2315 GMT Monday) as residents slept.', '1:15 am', '2013-05-07T01:15'],
    ['The tremor struck at 1:15 am (2315 GMT Monday) as residents slept.', '2315 GMT Monday', '2013-05-06T23:15Z'],
  ])(
    'a zoned time in parentheses is the instant of its local twin, across midnight: %s → "%s" = %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)?.value).toBe(value);
    },
  );
  it.each([
    ['The tremor hit on Sunday at 9:55 pm (0055 GMT Monday), far from any town.', '9:55 pm', '2013-05-05T21:55'],
    [
      'The tremor hit on Sunday at 9:55 pm (0055 GMT Monday), far from any town.',
      '0055 GMT Monday',
      '2013-05-06T00:55Z',
    ],
    ['Trading opened at 9:30 am (1330 GMT) in a calm market.', '1330 GMT', '2013-05-07T13:30Z'],
    // The time of a telling is the story's own day, not the day named before.
    [
      'Acme sold the plant on Friday.\n\nAcme chief Ann Lee told analysts on a conference call at 1300 GMT.',
      '1300 GMT',
      '2013-05-07T13:00Z',
    ],
    // A clause the telling reports, with a past of its own, happened on the day named before.
    [
      'A truck drove into the crowd on Sunday night.\n\nThe minister said the attack began at around 10:40 pm.',
      '10:40 pm',
      '2013-05-05T22:40',
    ],
    // A day after "since" starts a stretch: no time later in the story is told on it.
    [
      'The ship was refloated on Tuesday.\n\nIt had been stuck across the canal since April 23, when it ran aground.\n\nThe ship was pulled free of the canal at around 3:00 pm.',
      '3:00 pm',
      '2013-05-07T15:00',
    ],
  ])('negative: twins on one day, or on a day named before, keep it: %s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it.each([
    // Published on Tuesday 7 May: the Thursday nearest the local time's Monday is ahead, but the clause is past.
    [
      'The lander touched down at 12:20 am (1520 GMT Thursday) near the crater.',
      '1520 GMT Thursday',
      '2013-05-02T15:20Z',
    ],
    ['The lander touched down at 12:20 am (1520 GMT Thursday) near the crater.', '12:20 am', '2013-05-03T00:20'],
    // Guard: a future clause keeps the one ahead.
    [
      'The lander will touch down at 12:20 am (1520 GMT Thursday) near the crater.',
      '1520 GMT Thursday',
      '2013-05-09T15:20Z',
    ],
  ])(
    'a past clause takes the weekday of a zoned twin before the publication: %s → "%s" = %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)?.value).toBe(value);
    },
  );
  it('splits a clock time and its day set off by a comma into two expressions', () => {
    expect(
      timexesOf('The chief spoke at a news conference at 14:30 UTC, May 3rd, in the capital.').map((t) => [
        t.text,
        t.value,
      ]),
    ).toEqual([
      ['14:30 UTC', '2013-05-03T14:30Z'],
      ['May 3rd', '2013-05-03'],
    ]);
    expect(timexesOf('The polls closed on May 5, 8:00 pm, across the country.').map((t) => [t.text, t.value])).toEqual([
      ['May 5', '2013-05-05'],
      ['8:00 pm', '2013-05-05T20:00'],
    ]);
  });
  it('negative: without a comma, or with a zone that may move the day, the time and day stay one', () => {
    expect(find('The firm filed for protection at 12:00 UTC Monday, in New York.', '12:00 UTC Monday')?.value).toBe(
      '2013-05-06T12:00Z',
    );
    expect(timexesOf('Polls shut at 11:00 pm EST, May 5, in the east.')).toHaveLength(1);
  });
  it.each([
    ['Turnout stood at 30 percent by 1100 local time (0900 GMT), officials said.', '1100', '2013-05-07T11:00'],
    ['The curfew starts at 2200 hrs local on the island.', '2200 hrs', '2013-05-07T22:00'],
  ])('reads four digits before "local time" as a clock time: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it.each(['About 2000 local residents joined the march.', 'The 1100 local staff were laid off.'])(
    'negative: four digits before "local" and a noun are a count: %s',
    (sentence) => {
      expect(timexesOf(sentence)).toEqual([]);
    },
  );
  it('negative: "an hour" after a unit of measure is a speed, no time', () => {
    expect(timexesOf('Winds of up to 70 kilometres an hour were expected.')).toEqual([]);
    expect(timexesOf('Gusts reached 120 km an hour.')).toEqual([]);
    expect(find('He earns $5 an hour.', 'an hour')).toMatchObject({ type: 'set', value: 'PT1H' });
  });
  it('negative: "per hour" after a unit of measure is a speed, no frequency', () => {
    expect(timexesOf('Winds reached 185 kilometres per hour on the coast.')).toEqual([]);
    expect(find('The plant makes 40 cars per hour.', 'per hour')?.value).toBe('PT1H');
  });
  it('does not read a figure as a clock time', () => {
    expect(timexesOf('The index rose to close at 7,162.90 points.')).toEqual([]);
  });
  it('does not read a score in half points as a date', () => {
    expect(timexesOf('Europe won, beating the United States 16.5-11.5 in Rome.')).toEqual([]);
  });
  it.each(['The start-up was valued at 9 billion dollars.', 'Inflation held at 5 percent.'])(
    'does not read an amount after "at" as a clock time: %s',
    (sentence) => {
      expect(timexesOf(sentence)).toEqual([]);
    },
  );
  it('negative: an hour before a day is a clock time', () => {
    expect(find('They met at 9 on Monday.', '9 on Monday')?.type).toBe('time');
  });
});

describe('years against counts', () => {
  table([
    ['Lavrov warned against a repeat of the 2003 invasion of Iraq.', '2003', '2003'],
    ['It faces its worst crisis since 1989, the minister said.', '1989', '1989'],
    ["The Nikkei is at its lowest level since '82.", "'82", '1982'],
    ['The planes arrive from 2009 to 2011.', '2011', '2011'],
    // After a happening's "of", a year before "killed" or "dead" is its date, not a count.
    ['The pandemic of 1968 killed about one million people.', '1968', '1968'],
    ['The floods of 1953 killed 1,836 people.', '1953', '1953'],
  ]);
  it.each([
    ['The conflict has claimed more than 70,000 lives.', '70,000'],
    ['About 2000 people marched through the city.', '2000'],
    ['The team scored 1998 points this season.', '1998'],
    ['The talks begin at around 1100 GMT.', '1100'],
    ['The house sold for $2010 last month.', '2010'],
    ['The storm left a toll of 1500 dead.', '1500'],
  ])('%s — "%s" is not a year', (sentence, phrase) => {
    expect(timexesOf(sentence).some((t) => t.text === phrase && /^\d{4}$/.test(t.value))).toBe(false);
  });
});

describe('durations', () => {
  table([
    ['The 26-month conflict threatens to spill over.', '26-month', 'P26M'],
    ['She has been with the firm for 33 years.', '33 years', 'P33Y'],
    ['The jet is almost two and a half years behind schedule.', 'almost two and a half years', 'P2.5Y'],
    ['Stocks fell for the past five trading days.', 'the past five trading days', 'P5D'],
    ['It landed after a 12-hour flight.', '12-hour', 'PT12H'],
    ['The delay may last several years.', 'several years', 'PXY'],
    ['Markets reached 12-year lows.', '12-year', 'P12Y'],
    ['They spent about two and a quarter hours outside.', 'about two and a quarter hours', 'PT2.25H'],
    ['The strike could last one day.', 'one day', 'P1D'],
    ['He ruled the city for a quarter of a century.', 'a quarter of a century', 'P25Y'],
    ['The pilots waited three quarters of an hour.', 'three quarters of an hour', 'PT45M'],
    ['The stock opened half an hour later than scheduled.', 'half an hour', 'PT30M'],
    ['He ruled the country for half a century.', 'half a century', 'P50Y'],
    ['He was sentenced to one day in jail.', 'one day', 'P1D'],
  ]);
  it.each([
    'The bank cut its key rate by a quarter point.',
    'It made a quarter-point cut.',
    'Yields rose a quarter percentage point.',
  ])('negative: a quarter of a point is no time: %s', (sentence) => {
    expect(timexesOf(sentence)).toEqual([]);
  });
  it.each([
    'The shares have lost a quarter of their value.',
    'Three quarters of the voters stayed at home.',
    'Spending cuts have shrunk the economy by about a quarter.',
  ])('negative: a quarter of something that is no time is a share: %s', (sentence) => {
    expect(timexesOf(sentence)).toEqual([]);
  });
  it.each([
    ['The Hawks finished last in the 2009-10 season.', '2009-10', '2009'],
    ['The budget for fiscal 1999/2000 was cut.', '1999/2000', '1999'],
    ['Profits doubled in the 2019/20 financial year.', '2019/20', '2019'],
  ])(
    '"%s": a year and the next written as a pair are one expression, dated by the first (%s)',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase)).toMatchObject({ type: 'date', value });
    },
  );
  it.each(['Turnout rose from 2008-12 levels.', 'He scored in the 2011-12-05 match.'])(
    'negative: a year and a month, or a full date, are no pair: %s',
    (sentence) => {
      expect(timexesOf(sentence).some((t) => /^\d{4}[-/]\d{2}$/.test(t.text))).toBe(false);
    },
  );
  it.each([
    ['The plan covers 2015-18.', '2015-18', '2018'],
    ['The 1939-45 war changed Europe.', '1939-45', '1945'],
  ])('"%s": a year and a later one\'s last two digits are one span of years (%s)', (sentence, phrase, end) => {
    const start = phrase.slice(0, 4);
    expect(find(sentence, phrase)).toMatchObject({ type: 'date', value: start, range: { start, end } });
  });
  it.each([
    ['Prices rose over 2010-2015.', '2010', '2015'],
    ['Output rose in 2010–2015, the report said.', '2010', '2015'],
    ['Warming over 2000 - 2050 is projected.', '2000', '2050'],
  ])('"%s": two years a dash joins are two expressions sharing their span (%s to %s)', (sentence, start, end) => {
    const range = { start, end };
    expect(find(sentence, start)).toMatchObject({ type: 'date', value: start, range });
    expect(find(sentence, end)).toMatchObject({ type: 'date', value: end, range });
  });
  it.each(['Resolution 1929 was adopted by 12 votes to two.', 'The council passed resolutions 1737 and 1747.'])(
    "negative: a resolution's number is no year: %s",
    (sentence) => {
      expect(timexesOf(sentence)).toEqual([]);
    },
  );
  it.each([
    'Some 1800-2000 troops were sent.',
    'Tickets cost $1900-2100 each.',
    'Flights 1850-1870 were cancelled.',
    'The code 2010-05 was used.',
  ])('negative: a count, a price, a code or a year and month is no span of years: %s', (sentence) => {
    expect(timexesOf(sentence).filter((t) => t.range)).toEqual([]);
  });
  it.each([
    ['He returned to the stage at the turn of the century.', 'the turn of the century', '2000'],
    ['Steam trams ran here at the turn of the 20th century.', 'the turn of the 20th century', '1900'],
    ['The bank was founded at the turn of the millennium.', 'the turn of the millennium', '2000'],
  ])('"%s": the turn of a century is the year it turned (%s)', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it('negative: the turn of something else, or a turn-of-the-century thing, is no date', () => {
    expect(timexesOf('It was the turn of the tide. They live in a turn-of-the-century house.')).toEqual([]);
  });
  it('negative: a count of quarters stays a stretch of time', () => {
    expect(find('Profit fell for two quarters in a row.', 'two quarters')?.value).toBe('P6M');
  });
  it.each([
    ['The deal is worth $26 billion a year to the firm.', 'a year', 'P1Y'],
    ['The field pumps 3 million barrels a day.', 'a day', 'P1D'],
    ['The city builds 40,000 new homes a year.', 'a year', 'P1Y'],
    ['About 2,000 people a week cross the border.', 'a week', 'P1W'],
    ['The port earns $3 million a month from tolls.', 'a month', 'P1M'],
    ['Farmers sell between 4 and 5 tonnes a day from the valley.', 'a day', 'P1D'],
    ['The port received some 100,000 barrels of Venezuelan oil a day.', 'a day', 'P1D'],
  ])('"a year" after an amount or count is a frequency: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)).toMatchObject({ type: 'set', value });
  });
  it.each([
    ['In 2019 voters waited a year.', 'a year'],
    ['He served 10 years, a year more than his brother.', 'a year'],
    ['The 3 plants closed a year before the merger.', 'a year'],
    ['The 40 rooms will reopen a year from now.', 'a year'],
    ['Its 12 staff stayed a year or two.', 'a year'],
  ])(
    'negative: after a year, a verb, a comma, or before "before", "a year" is a stretch of time: %s',
    (sentence, phrase) => {
      expect(find(sentence, phrase)?.type).toBe('duration');
    },
  );
  it.each(['Veterans of the Six-Day War met in the square.', 'The firm unveiled its 100-Day Plan for the region.'])(
    'negative: a capitalised count and unit inside a name is no duration: %s',
    (sentence) => {
      expect(timexesOf(sentence)).toEqual([]);
    },
  );
  it('keeps a hyphenated count and unit at a sentence start', () => {
    expect(find('Six-day talks ended without a deal.', 'Six-day')?.value).toBe('P6D');
  });
  it('does not read an ordinal "second" as a duration', () => {
    expect(timexesOf('A second plane landed in Boston.')).toEqual([]);
  });
  it.each([
    'The valley could one day supply water to the whole coast.',
    'She will one day be queen.',
    'The probe might even one day carry people.',
  ])('negative: "one day" after a modal is "some day", no time: %s', (sentence) => {
    expect(timexesOf(sentence)).toEqual([]);
  });
});

describe('"since" and ongoing durations are anchored on the publication date', () => {
  it('runs "since March 2011" to publication', () => {
    const t = find('The conflict has claimed 70,000 lives since March 2011.', 'March 2011');
    expect(t).toMatchObject({ value: '2011-03', range: { start: '2011-03', end: '2013-05-07' } });
  });
  it.each([
    ['The border stays closed until next Tuesday.', 'next Tuesday', { start: '2013-05-07', end: '2013-05-14' }],
    ['The ban runs until at least next March.', 'next March', { start: '2013-05-07', end: '2014-03' }],
    ['The border will not reopen until next Tuesday.', 'next Tuesday', null],
    ['The border stayed closed until last Tuesday.', 'last Tuesday', null],
  ])('"%s": a date ahead after "until" closes a span from publication', (text, phrase, range) => {
    expect(find(text, phrase)?.range).toEqual(range);
  });
  it('counts "the 26-month conflict" back from publication', () => {
    expect(find('Talks come with the 26-month conflict spreading.', '26-month')?.range).toEqual({
      start: '2011-03',
      end: '2013-05-07',
    });
  });
  it('counts "the nearly 26-month conflict" back from publication, past the hedge', () => {
    expect(find('Talks come with the nearly 26-month conflict spreading.', '26-month')?.range).toEqual({
      start: '2011-03',
      end: '2013-05-07',
    });
  });
  it('counts "a 10-month conflict that has killed …" back from publication', () => {
    expect(
      find('The deal raised hopes of an end to a 10-month conflict that has killed 5,300 people.', '10-month')?.range,
    ).toEqual({
      start: '2012-07',
      end: '2013-05-07',
    });
  });
  it.each([
    'The five-year package of spending cuts passed on Wednesday.',
    'Parliament backed a 10-year ban on the drug.',
    'Parliament backed a 10-year ban that has angered farmers.',
  ])("does not count a plan's or a term's length back from publication: %s", (text) => {
    expect(timexesOf(text).filter((t) => t.type === 'duration' && t.range)).toEqual([]);
  });
  it.each([
    ['Prices rose over the past five years.', 'the past five years', '2008'],
    ['In the last two weeks the index fell.', 'the last two weeks', '2013-04-23'],
  ])('runs "%s" back from publication', (text, phrase, start) => {
    expect(find(text, phrase)?.range).toEqual({ start, end: '2013-05-07' });
  });
  it.each([
    ['Profit fell 3 percent in the three months to March.', 'March', '2013-01', '2013-03'],
    ['Sales rose in the year to March 31.', 'March 31', '2012-04-01', '2013-03-31'],
    ['Inflation in the 12 months to April was 2 percent.', 'April', '2012-05', '2013-04'],
    ['Revenue jumped in the quarter ended March 31.', 'March 31', '2013-01-01', '2013-03-31'],
    [
      'It lost money in its fiscal year ending on September 30, 2012.',
      'September 30, 2012',
      '2011-10-01',
      '2012-09-30',
    ],
    ['Output grew in the six months to the end of April.', 'the end of April', '2012-11', '2013-04'],
    ['Sales rose in the year to February 15.', 'February 15', '2012-02-16', '2013-02-15'],
  ])('a period that ends on a date runs back from it: %s', (text, phrase, start, end) => {
    expect(find(text, phrase)?.range).toEqual({ start, end });
  });
  it.each([
    ['The deadline was extended by three months to March 31.', 'March 31'],
    ['The vote was moved to March 31.', 'March 31'],
  ])('negative: a date after "to" ends no period: %s', (text, phrase) => {
    expect(find(text, phrase)?.range).toBeNull();
  });
  it.each([
    ['The airline exited bankruptcy on Tuesday, ending a 15-month restructuring.', '15-month', '2012-02'],
    ['Starmer took office, ending 14 years of Conservative government.', '14 years', '1999'],
    ['The deal closed, concluding a 21-month battle with regulators.', '21-month', '2011-08'],
    // A state worn down by what has gone on until now.
    ['In Syria, already devastated by nearly 12 years of civil war, rescuers dug.', 'nearly 12 years', '2001'],
    ['The country, ravaged by three decades of conflict, voted.', 'three decades', '1983'],
  ])('"%s": a length that ends on the day runs back from publication', (text, phrase, start) => {
    expect(find(text, phrase)?.range).toEqual({ start, end: '2013-05-07' });
  });
  it.each([
    ['The jet landed on Tuesday, ending a 12-hour flight.', '12-hour'],
    ['The ruling ended 14 years in which prices rose.', '14 years'],
    ['The firm ended the 2012 season with a 12-game winning streak.', '12-game'],
    ['In 1990, the country, ravaged by three decades of conflict, voted.', 'three decades'],
  ])('negative: "%s" names no span up to publication', (text, phrase) => {
    expect(find(text, phrase)?.range ?? null).toBeNull();
  });
  it('runs "ended a 26-year reign in 2009" up to 2009, not to publication', () => {
    expect(find('The king ended a 26-year reign in 2009.', '26-year')?.range).toEqual({ start: '1983', end: '2009' });
  });
  it('leaves a record low unanchored', () => {
    expect(find('Markets reached 12-year lows.', '12-year')?.range).toBeNull();
  });
  it.each([
    ['He withdrew on Tuesday and had surgery two days later.', 'two days later', '2013-05-09'],
    ['The talks opened on May 1 and collapsed a week later.', 'a week later', '2013-05-08'],
    ['The plant closed in March 2011, and reopened three months later.', 'three months later', '2011-06'],
    ['Both men were freed in 2009; the trial had begun two years earlier.', 'two years earlier', '2007'],
  ])('"%s": a count after a date of the sentence is the date it names', (text, phrase, value) => {
    expect(find(text, phrase)).toMatchObject({ type: 'date', value });
  });
  it('a date opening a span ("since April") is passed over for the date before it', () => {
    const text = 'The club won on Saturday, unbeaten since April, having drawn a week earlier.';
    expect(find(text, 'a week earlier')).toMatchObject({ type: 'date', value: '2013-04-27' });
  });
  it('negative: a month that is no span stays the point a count of days runs from, so no day is named', () => {
    const text = 'He was held on Friday after a raid in mid-March and charged two days later.';
    expect(find(text, 'two days')?.type).toBe('duration');
  });
  it('a count after a date of the sentence before is the date it names; two sentences back, a duration', () => {
    expect(find('He withdrew on Tuesday. The surgery came two days later.', 'two days later')?.value).toBe(
      '2013-05-09',
    );
    expect(find('He moved to Oslo in 2004. He rested. He married two years later.', 'two years')).toMatchObject({
      type: 'duration',
    });
  });
  it('a count of days or weeks reaches back three sentences for a day, past a quotation and a long paragraph', () => {
    const text =
      'The visitors beat the champions 2-0 on Saturday in front of a crowd of nearly forty thousand people, ending a run of eleven matches without a win. ' +
      'The hosts had most of the ball in the first half but could not find a way through a packed defence, and their captain was booked for dissent. ' +
      '"We are building something," said the coach, whose team had lost 3-1 at the same ground a week earlier.';
    expect(find(text, 'a week earlier')).toMatchObject({ type: 'date', value: '2013-04-27' });
    expect(find('He withdrew on Tuesday. He rested. The surgery came two days later.', 'two days later')?.value).toBe(
      '2013-05-09',
    );
  });
  it("a count of days reaches the lead sentence's day three sentences back, however long the sentences between", () => {
    const lead =
      'Voters on Sunday narrowly rejected the peace deal, plunging into uncertainty an accord meant to end decades of war. ';
    const middle =
      'With nearly all ballots counted, the No camp won 50.2 percent against 49.8 percent for Yes, a margin of fewer than 54,000 votes out of some 13 million cast, the national registry said in a statement posted on its website shortly after the polls had closed across the country. ' +
      'Turnout was just 37 percent, with heavy rains from the hurricane keeping many voters at home along the coast, where support for the accord among the families of victims of the conflict had been strongest of all, officials told reporters in the capital. ';
    const last = 'The result was a blow to the president, who signed the accord in Cartagena just six days earlier.';
    expect((middle + lead).length).toBeGreaterThan(600);
    expect(find(lead + middle + last, 'six days earlier')).toMatchObject({ type: 'date', value: '2013-04-29' });
    // (Not a day of a later sentence: "four sentences back" and "a day that only dates a saying" below hold.)
    const notLead = 'The count went on overnight. ' + lead.replace('Voters on Sunday', 'On Sunday voters');
    expect(find(notLead + middle + last, 'six days')).toMatchObject({ type: 'duration' });
  });
  it.each([
    ['Solano won on Sunday. Mena conceded defeat an hour later.', 'an hour later', 'date', '2013-05-05'],
    ['The quake struck on March 3. Rescuers arrived 36 hours later.', '36 hours later', 'date', '2013-03-04'],
    ['The quake struck on March 3. It had been forecast 36 hours earlier.', '36 hours earlier', 'date', '2013-03-02'],
    // From a time of a day: the clock time the count reaches, on the next day past midnight; days give a day.
    ['Polls closed at 8 pm on Sunday. Results came 90 minutes later.', '90 minutes later', 'time', '2013-05-05T21:30'],
    ['Polls closed at 8 pm on Sunday. Results came five hours later.', 'five hours later', 'time', '2013-05-06T01:00'],
    ['Polls closed at 8 pm on Sunday. Results came two days later.', 'two days later', 'date', '2013-05-07'],
    [
      'The ballot was held at 9:00 pm on Sunday, and the result was announced about 50 minutes later.',
      'about 50 minutes later',
      'time',
      '2013-05-05T21:50',
    ],
  ])('"%s": hours and minutes later count from a day, or a time on a named day', (text, phrase, type, value) => {
    expect(find(text, phrase)).toMatchObject({ type, value });
  });
  it.each([
    // Coarser than a day, an hour names none.
    ['Solano won the runoff in April. Mena conceded defeat an hour later.', 'an hour'],
    // A bare time's day is only the publication's, no day the article names.
    ['Solano spoke shortly before midnight. Mena conceded defeat an hour later.', 'an hour'],
  ])('negative: "%s" stays a duration', (text, phrase) => {
    expect(find(text, phrase)).toMatchObject({ type: 'duration' });
  });
  it.each([
    ['"We close a painful chapter today," Matsinhe said on Friday.', 'today', '2013-05-03'],
    ['“We will meet again tomorrow,” the minister told reporters on Thursday.', 'tomorrow', '2013-05-03'],
    ['Matsinhe said on Friday: "Tonight we celebrate."', 'Tonight', '2013-05-03TNI'],
    // The speaker's day not given: the publication day, as before.
    ['"Today is a good day," he said.', 'Today', '2013-05-07'],
    // Outside the quotation, the publication day.
    ['Matsinhe, who spoke on Friday, said today that "the war is over".', 'today', '2013-05-07'],
  ])('%s: a "today" in a quotation is of the day its speaker spoke', (text, phrase, value) => {
    expect(find(text, phrase)?.value).toBe(value);
  });
  it('counts from a day named with its part ("before dawn on February 11")', () => {
    const text = 'The quake hit shortly before dawn on February 11. An aftershock two days later destroyed the market.';
    expect(find(text, 'two days later', '2024-03-12')?.value).toBe('2024-02-13');
  });
  it('negative: a day that only dates a saying is counted from only in the next sentence', () => {
    const text =
      'Two men were hurt in the blast, police said on Tuesday. The device was in a van. A man had rented the van a week earlier.';
    expect(find(text, 'a week')).toMatchObject({ type: 'duration' });
  });
  it('negative: four sentences back, a count of days stays a duration', () => {
    const text = 'He withdrew on Tuesday. He rested. He read. He slept. The surgery came two days later.';
    expect(find(text, 'two days')).toMatchObject({ type: 'duration' });
  });
  it.each([
    [
      'The dam burst on April 2. Days later, the valley was evacuated.',
      'Days later',
      { start: '2013-04-04', end: '2013-04-15' },
    ],
    [
      'The dam burst on April 2. Weeks afterwards, the valley was evacuated.',
      'Weeks afterwards',
      { start: '2013-04-16', end: '2013-05-07' },
    ],
    ['The mine closed in 1990, and years later the town was abandoned.', 'years later', { start: '1992', end: '2013' }],
    [
      'The dam burst on April 20; days earlier, engineers had warned of cracks.',
      'days earlier',
      { start: '2013-04-07', end: '2013-04-18' },
    ],
    ['The dam burst in March. Within days, an inquiry was opened.', 'days', { start: '2013-03-01', end: '2013-04-13' }],
    [
      'The board met on Friday to cut the 2014 budget, and the chairman quit hours later.',
      'hours later',
      { start: '2013-05-03', end: '2013-05-04' },
    ],
    [
      'The probe launched in the second quarter, and within weeks it failed.',
      'weeks',
      { start: '2013-04-01', end: '2013-05-07' },
    ],
  ])(
    '"%s": a count with no number (or within so long) after a date is a stretch from it (%s)',
    (text, phrase, range) => {
      expect(find(text, phrase)).toMatchObject({ type: 'duration', range });
    },
  );
  it.each([
    'The talks went on for days, and the ministers left with nothing.',
    'The ministers will decide within days whether to extend the ban.',
    'The valley was evacuated. Days later, the water receded.',
    'The dam burst on April 2, and within 48 hours the valley was empty.',
    'The vote was held in March, months earlier than planned.',
    'Aid agencies on Monday warned of famine within weeks.',
    'The road has been shut since March. Days later, the bridge fell.',
    'He ruled from 2001 to 2009. Years later, he wrote a memoir.',
    // A deadline after "by" is no point a past was counted from.
    'The firm expected the plants to be back in operation by Thursday. The warnings were lifted hours later.',
  ])(
    'negative: no date to count from (none, a span\'s end, "since"), a number, a comparison, a forecast: no stretch: %s',
    (text) => {
      expect(timexesOf(text).filter((t) => t.type === 'duration' && t.range)).toEqual([]);
    },
  );
  it('a weekday and a part of the day in capitals before another name is a show\'s title ("Saturday Night Live")', () => {
    expect(timexesOf('She appeared on the show "Saturday Night Live" in 1992.').map((t) => t.text)).toEqual(['1992']);
    // (Guard: in lower case, the day's night.)
    expect(timexesOf('He spoke on Saturday night.').map((t) => t.text)).toEqual(['Saturday night']);
  });
  it('a weekday naming a paper is no date ("a British Sunday newspaper", "The Sunday Times")', () => {
    expect(timexesOf('The work, first reported by a Sunday newspaper, was cited by The Sunday Times.')).toEqual([]);
    // (Guard: "on" before it makes the day.)
    expect(timexesOf('He said on Sunday Times were hard.').map((t) => t.text)).toEqual(['Sunday']);
  });
  it('a weekday closing a day\'s name is no date ("the Black Monday crash", "Super Tuesday")', () => {
    expect(timexesOf('It was the worst fall since the Black Monday crash. Super Tuesday votes were counted.')).toEqual(
      [],
    );
    // (Guard: "last Monday" is a date.)
    expect(timexesOf('Shares fell last Monday.').map((t) => t.text)).toEqual(['last Monday']);
  });
  it('nor is one closing a feast reckoned from Easter ("the Ash Wednesday fires of February 1983")', () => {
    expect(
      timexesOf('The Ash Wednesday fires of February 1983 killed 75 people. Crowds gathered on Palm Sunday.').map(
        (t) => t.text,
      ),
    ).toEqual(['February 1983']);
  });
  it('"the day before" ending a verb phrase joined by "and" counts from the day named before', () => {
    expect(
      find('The nurse fell ill on Friday. She had seen a doctor the day before and rested.', 'the day before')?.value,
    ).toBe('2013-05-02');
  });
  it.each([
    ['On the eve of the final on Sunday, the coach rested his players.', '2013-05-04'],
    ["Farmers blocked the roads on the eve of Thursday's vote.", '2013-05-01'],
  ])('"%s": the eve is the day before the day named for what it is the eve of', (text, value) => {
    expect(find(text, 'the eve')?.value).toBe(value);
  });
  it.each([
    'Thousands marched on Sunday, on the eve of a vote on pensions.',
    'On the eve of the final, the coach said on Sunday he was calm.',
  ])('negative: with no day right after what it is the eve of, the eve is no date of its own: %s', (text) => {
    expect(find(text, 'the eve')).toBeUndefined();
  });
  it('negative: a count "earlier than" something is a comparison, no date counted from the one before', () => {
    expect(find('The plant opened in 2010, two years earlier than planned.', 'two years')?.type).toBe('duration');
  });
  it.each([
    ['He took bribes between 2014 and 2017.', '2014', { start: '2014', end: '2017' }],
    ['He took bribes between 2014 and 2017.', '2017', { start: '2014', end: '2017' }],
    ['The plant ran from March to June 2012.', 'June 2012', { start: '2012-03', end: '2012-06' }],
    ['Prices rose from October 2010 to March 2012.', 'March 2012', { start: '2010-10', end: '2012-03' }],
    ['The plant was closed from October to December.', 'October', { start: '2012-10', end: '2012-12' }],
    ['Sales rose from October through December.', 'December', { start: '2012-10', end: '2012-12' }],
    ['Sales fell from January to August last year.', 'January', { start: '2012-01', end: '2012-08' }],
  ])('"%s": two dates joined as a span share it (%s)', (text, phrase, range) => {
    expect(find(text, phrase)?.range).toEqual(range);
  });
  it.each([
    ['Sales fell in January and February last year.', 'January', '2012-01'],
    ['Sales fell in March and May 2011.', 'March', '2011-03'],
    ['Sales fell in November and January 2011.', 'November', '2010-11'],
    ['Sales fell in March, and in May 2011 they rose.', 'March', '2013-03'],
  ])('"%s": months listed with "and" take the year the last one gives (%s)', (text, phrase, value) => {
    expect(find(text, phrase)?.value).toBe(value);
  });
  it.each([
    ['The fair ran between April 12 and 14 in the park.', '14', { start: '2013-04-12', end: '2013-04-14' }],
    ['The fair ran April 12-14 in the park.', 'April 12', { start: '2013-04-12', end: '2013-04-14' }],
    ['The hearings ran from Feb. 4-15, a clerk said.', '15', { start: '2013-02-04', end: '2013-02-15' }],
  ])('"%s": a bare day after a month\'s day closes its span (%s)', (text, phrase, range) => {
    expect(find(text, phrase)?.range).toEqual(range);
  });
  it('a bare day after "and" is another day of the same month', () => {
    expect(find('Polls opened on April 10 and 12, officials said.', '12')?.value).toBe('2013-04-12');
  });
  it.each([
    'Storms hit on April 3 and 5 people died.',
    'The fair is on April 29 and 31.',
    'Talks ran between April 3 and 5:30 pm.',
  ])('negative: a count, a day the month lacks or a clock time is no second day: %s', (text) => {
    expect(timexesOf(text).map((t) => t.value)).not.toContain('2013-04-05');
    expect(timexesOf(text).map((t) => t.value)).not.toContain('2013-04-31');
  });
  it('two dates joined otherwise are two dates', () => {
    expect(find('He visited in 2014 and 2017.', '2017')?.range).toBeNull();
  });
  it('"earlier in the day" with no day in its sentence is the publication day, not the last day named', () => {
    const text = 'Parliament convenes on Friday. He won the first round earlier in the day.';
    expect(find(text, 'the day')?.value).toBe('2013-05-07');
  });
  it('"earlier in the day" after a day gone by, told in the past, is that day', () => {
    const text = 'Morales resigned on Sunday. Earlier in the day, Morales had offered to call a new election.';
    expect(find(text, 'the day', '2019-11-11')?.value).toBe('2019-11-10');
  });
  it('"in the afternoon" after a day named with its morning is that day\'s afternoon', () => {
    const text = 'The first blasts struck on Sunday morning. Two more explosions followed in the afternoon.';
    expect(find(text, 'the afternoon', '2019-04-22')?.value).toBe('2019-04-21TAF');
  });
  it('"that evening" after a clock time is the evening of the clock time\'s day', () => {
    const text =
      'Lawmakers blocked him in a first vote on May 1. Supporters cheered when the result was announced at 4:15 pm. He told the crowd later that evening that he would serve.';
    expect(find(text, 'that evening', '2018-05-08')?.value).toBe('2018-05-08TEV');
  });
  it('"that day" is the last day named', () => {
    expect(find('Parliament convened on Friday. He won the vote that day.', 'that day')?.value).toBe('2013-05-03');
  });
  it('reads no age as a time: "the 21-year-old", "a 93-year-old leader"', () => {
    expect(find('The 21-year-old Spaniard won the final.', '21-year-old')).toBeUndefined();
    expect(timexesOf('The 93-year-old leader and a five-year-old boy were fine.')).toEqual([]);
  });
  it('negative: a count of years before another noun is still a duration ("the 26-year conflict")', () => {
    expect(find('The 26-year conflict has killed thousands.', '26-year')?.value).toBe('P26Y');
  });
  it('runs "in the past decade" back from publication, keeping the decade as its value', () => {
    expect(find('It was the third such leave in the past decade.', 'the past decade')).toMatchObject({
      value: '200',
      range: { start: '2003', end: '2013-05-07' },
    });
  });
  it('so does "for much of the past decade", a part of those ten years', () => {
    expect(find('It had been the biggest firm for much of the past decade.', 'the past decade')).toMatchObject({
      value: '200',
      range: { start: '2003', end: '2013-05-07' },
    });
  });
  it.each([
    ['He spent the last decade of his life in seclusion.', 'the last decade'],
    ['The last year of the war was the hardest.', 'last year'],
  ])('negative: the final stretch of a thing is not the one before now: %s', (sentence, phrase) => {
    expect(find(sentence, phrase)).toBeUndefined();
  });
});

describe('the tense of a date after "expect"', () => {
  it('looks ahead', () => {
    expect(find('Markets expect the first cut to come in June.', 'June', '2024-03-20')?.value).toBe('2024-06');
  });
  it.each([
    ['Freezing fog is expected during the night on Thursday.', 'Thursday', '2013-05-09'],
    ['Gusts are expected overnight on Saturday.', 'overnight on Saturday', '2013-05-11TNI'],
    ['A second band of rain is expected in the afternoon on Monday.', 'Monday', '2013-05-13'],
  ])('looks ahead past a part of the day: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it('guard: "was expected" keeps the past', () => {
    expect(find('Rain was expected during the night on Thursday.', 'Thursday')?.value).toBe('2013-05-02');
  });
});

describe('an end made to happen, told in the past', () => {
  it('"forced the leader to step down on February 11" is the February before', () => {
    expect(
      find('The protests forced the leader to step down on February 11.', 'February 11', '2024-05-31')?.value,
    ).toBe('2024-02-11');
  });
  it('negative: "is expected to step down on" still looks ahead', () => {
    expect(find('The leader is expected to step down on February 11.', 'February 11', '2024-05-31')?.value).toBe(
      '2025-02-11',
    );
  });
});

describe('a month or month-day in a clause that does not look back', () => {
  it.each([
    ['The judge set sentencing for July 11, after the convention.', 'July 11', '2024-07-11'],
    ['The board postponed the vote for August 2.', 'August 2', '2024-08-02'],
    ['The mayor remains the favourite and faces her rival in a runoff on November 5.', 'November 5', '2024-11-05'],
    ['The governor, who faces a tough race in September, toured the flooded towns.', 'September', '2024-09'],
  ])('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-05-31')?.value).toBe(value);
  });
  it.each([
    [
      'The museum will open its new gallery of medieval tapestries on June 3, and publish a catalogue in late July.',
      'late July',
      '2024-07',
    ],
    ['The governor declared a national day of mourning for Monday after the floods.', 'Monday', '2024-06-03'],
    ['The grocer on Friday cut its profit forecast for the year to September.', 'September', '2024-09'],
    [
      'The minister will present the new timetable for the rail lines of the northern region at a meeting on Monday.',
      'Monday',
      '2024-06-03',
    ],
  ])('a clause looking ahead from afar or an occasion fixed for a day: %s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-05-31')?.value).toBe(value);
  });
  it.each([
    ['He visited the plant in July.', 'July', '2023-07'],
    ['The minister had announced the plan in September.', 'September', '2023-09'],
    ['The protests in August drew thousands.', 'August', '2023-08'],
    ['The governor, who faced a tough race in September, toured the flooded towns.', 'September', '2023-09'],
  ])('negative: a clause that looks back keeps the past: %s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-05-31')?.value).toBe(value);
  });
});

describe('a month or day without a year in the clause of a year named before it', () => {
  it.each([
    ['The court struck down the map in late 2023 after a hearing that ran from Dec. 4-15.', 'Dec. 4', '2023-12-04'],
    ['The court struck down the map in late 2023 after a hearing that ran from Dec. 4-15.', '15', '2023-12-15'],
    ['The bridge was shut in 2021 for repairs that began in November.', 'November', '2021-11'],
    // "Last year" names a year as "in 2021" does; a year that opens its sentence holds past its comma.
    ['Last year the plant closed in March.', 'March', '2024-03'],
    ['Last year, the plant closed in March.', 'March', '2024-03'],
    ['In 2021, the bridge was shut for repairs that began in November.', 'November', '2021-11'],
    // So is a season; and a number's thousands comma is no break.
    ['In 2019, the river flooded in the spring.', 'the spring', '2019-SP'],
    ['Last year, more than 61,000 people died during the summer.', 'the summer', '2024-SU'],
    ['Last year, 2,000 homes flooded in March.', 'March', '2024-03'],
    // A weekday, weekend or week counted in its month is counted again in the clause's year.
    ['Last year the festival fell on the final weekend of May.', 'the final weekend of May', '2024-W21-WE'],
    ['In 2021, the race was run on the first Sunday in July.', 'the first Sunday in July', '2021-07-04'],
    // A "when" clause set off after the year is in that year.
    ['They fought again in 2020, when a truce ended the war on November 10.', 'November 10', '2020-11-10'],
    // So is one after the noun a year qualifies, and a feast's day in it.
    ['It recalled the 2007 tournament in the Caribbean, when the hosts lost in March.', 'March', '2007-03'],
    ["It recalled the 2007 tournament, when Velmora won on St Patrick's Day.", "St Patrick's Day", '2007-03-17'],
    // So is a "when" clause after the year that ends a span, and its tense is its own (not the "until"'s).
    [
      'The junta ruled from 1996 until 2001, when it was toppled after the September 11 attacks.',
      'September 11',
      '2001-09-11',
    ],
    // A past month's day in the month after the publication's is a year back.
    ['Prices rose sharply after the July 11 vote.', 'July 11', '2024-07-11'],
    // "Next year" holds what is still to come in it (told in June, the November ahead would be this year's).
    ["Next year's summit will be held in the city of Belem in November.", 'November', '2026-11'],
  ])('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2025-06-12')?.value).toBe(value);
  });
  it.each([
    ['Results for fiscal 2021 will be published on March 15.', 'March 15', '2026-03-15'],
    ['Sales fell in 2023, the firm said on March 4.', 'March 4', '2025-03-04'],
    ['He left in 2019, when the plant closed, and came back in March.', 'March', '2025-03'],
    ['Sales fell in 2023 and the firm cut jobs in March.', 'March', '2025-03'],
    ['The 2023 budget cut taxes in March.', 'March', '2025-03'],
    ['A pilot held since 2019 was freed in April.', 'April', '2025-04'],
    ['The plant shut in 2010 and reopened in March of the following year.', 'March', '2011-03'],
    ['The lab lost its grant in 2019. In May, it closed.', 'May', '2025-05'],
    ['A witness died in 2023 before the hearing opened in March.', 'March', '2025-03'],
    ['Sales fell last year, and in March the firm cut jobs.', 'March', '2025-03'],
    ['The plant, which opened last year, closed in March.', 'March', '2025-03'],
    ['Over the last year the plant closed in March.', 'March', '2025-03'],
    [
      'In 2021 the plant shut, and the race was run on the first Sunday in May.',
      'the first Sunday in May',
      '2025-05-04',
    ],
  ])('negative: %s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2025-06-12')?.value).toBe(value);
  });
  it('negative: a month\'s year is no year of the clause ("again in March" may be the March after)', () => {
    expect(
      find('Rebels tried to seize the port in December 2021 and again in March.', 'March', '2022-06-12')?.value,
    ).toBe('2022-03');
  });
});

describe('a month closing an aside opened by "who", a comma right after it', () => {
  tablePublished([
    [
      'Ruiz, who has been on crutches since breaking his leg in an accident in the Alps in May, said the deal would hold.',
      'May',
      '2015-07-14',
      '2015-05',
    ],
    [
      'Ruiz and Lind, who were indicted by the tribunal over the fall of the town in July, will be barred from office.',
      'July',
      '1995-11-21',
      '1995-07',
    ],
  ]);
});

describe("a contract's delivery month and a deadline still to meet are ahead", () => {
  tablePublished([
    ['Brent crude for delivery in January jumped above $50.', 'January', '2016-11-30', '2017-01'],
    ['Crude for delivery in March fell on Friday.', 'March', '2020-01-31', '2020-03'],
    [
      'Officials warned that the December 31 deadline leaves very little time.',
      'December 31',
      '2020-01-31',
      '2020-12-31',
    ],
    // (Guard: a deadline told as missed is behind, and so is a month a past clause did something in.)
    ['Officials said the March 29 deadline was missed.', 'March 29', '2020-01-31', '2019-03-29'],
    ['The first tanks were delivered in March.', 'March', '2020-01-31', '2019-03'],
  ]);
});

describe('a mishap named by its day alone', () => {
  it.each([
    ['He was behind the September 11 attacks.', 'September 11', '2024-09-11'],
    ['Prices rose sharply after the August 11 floods.', 'August 11', '2024-08-11'],
  ])('is in the year before when recent: %s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-11-02')?.value).toBe(value);
  });
  it.each([
    ['He was behind the September 11 attacks.', 'September 11'],
    ['Victims of the March 11 bombings marched in the capital.', 'March 11'],
  ])('is left undated when its day is months back, its year unknown: %s → "%s"', (sentence, phrase) => {
    expect(timexesOf(sentence, '2025-06-12').map((t) => t.text)).not.toContain(phrase);
  });
  it('a year right after its noun places it ("the September 11 attacks in 2001")', () => {
    expect(
      find('She reported from New York after the September 11 attacks in 2001.', 'September 11', '2004-05-22')?.value,
    ).toBe('2001-09-11');
  });
  it('negative: the year of its clause places it', () => {
    expect(find('It fell in 2001 after the September 11 attacks.', 'September 11', '2025-06-12')?.value).toBe(
      '2001-09-11',
    );
  });
  it("negative: a day that is no mishap's name keeps its year", () => {
    expect(find('He was arrested on September 11 after the attacks.', 'September 11', '2025-06-12')?.value).toBe(
      '2024-09-11',
    );
  });
});

describe('a month\'s day, "through" and a day', () => {
  it('are two days of that month, one span', () => {
    const day = find('The festival ran from June 3 through 5.', 'June 3', '2024-07-20');
    expect(day).toMatchObject({ value: '2024-06-03', range: { start: '2024-06-03', end: '2024-06-05' } });
    expect(find('The fair ran May 3 thru 5.', '5', '2024-07-20')?.value).toBe('2024-05-05');
  });
  it('negative: clock hours joined by "through" stay hours', () => {
    expect(find('The office is open from 3 through 5 pm.', '5 pm', '2024-07-20')).toMatchObject({
      type: 'time',
      value: '2024-07-20T17:00',
    });
  });
});

describe('two days joined by "to"', () => {
  it('are one span, without "from"', () => {
    expect(find('The next meeting is scheduled for April 30 to May 1.', 'April 30', '2024-03-20')?.range).toEqual({
      start: '2024-04-30',
      end: '2024-05-01',
    });
  });
});

describe('days that follow each other, listed with "and"', () => {
  it.each([
    ['Protesters marched on Friday and Saturday.', 'Friday', { start: '2013-05-03', end: '2013-05-04' }],
    ['Protesters marched on Friday and Saturday.', 'Saturday', { start: '2013-05-03', end: '2013-05-04' }],
    ['Talks were held on April 3 and 4.', '4', { start: '2013-04-03', end: '2013-04-04' }],
  ])('"%s": are one span (%s)', (text, phrase, range) => {
    expect(find(text, phrase)?.range).toEqual(range);
  });
  it('a day listed between keeps its own value, and all three share the span', () => {
    const text = 'Protesters marched on Friday, Saturday and Sunday.';
    expect(find(text, 'Saturday')).toMatchObject({
      value: '2013-05-04',
      range: { start: '2013-05-03', end: '2013-05-05' },
    });
    expect(find(text, 'Friday')?.range).toEqual({ start: '2013-05-03', end: '2013-05-05' });
  });
  it.each([
    ['Talks were held on Monday and Thursday.', 'Monday'],
    ['Polls opened on April 10 and 12, officials said.', '12'],
    ['He was arrested on Friday and charged on Saturday.', 'Friday'],
  ])('negative: days apart, or each with its own verb, are no span: %s', (text, phrase) => {
    expect(find(text, phrase)?.range ?? null).toBeNull();
  });
});

describe('scores are no dates', () => {
  it('a tie-break score in parentheses is no day and month', () => {
    expect(timexesOf('He won 6-2, 6-2, 7-6 (7/4) on Sunday.').map((t) => t.text)).toEqual(['Sunday']);
  });
  it.each(['The pharmacy stays open 24/7.', 'Families of the 7/7 victims met the mayor.', 'Rates rose after 9/11.'])(
    'negative: two numbers joined by a slash with no year are no day and month: %s',
    (sentence) => {
      expect(timexesOf(sentence)).toEqual([]);
    },
  );
  it('a slashed date with its year is still a day', () => {
    expect(find('The contract expires on 30/6/2014.', '30/6/2014')?.value).toBe('2014-06-30');
  });
  it.each([
    ['The hosts beat Chile 1 – 0 on Sunday.', ['Sunday']],
    ['The first half ended 0 – 0.', []],
    ['The scores were locked at 9-9 at the end of normal time.', []],
    ['The clinic opens 9-11 am.', ['9', '11 am']],
    ['Sales should grow by 2 to 4 percent, down from 5 to 7 percent.', []],
    ['The hosts won 3 to 1 on Sunday.', ['Sunday']],
    ['The clinic is open from 9 am to 5 pm.', ['9 am', '5 pm']],
    // (A range of amounts with one decimal: "0.1" is no clock's "00:01".)
    ['The bank lifted its rate to a range of 0 to 0.1 percent on Tuesday.', ['Tuesday']],
  ])('a football score is no range of hours; hours with "am" are: %s', (sentence, texts) => {
    expect(timexesOf(sentence).map((t) => t.text)).toEqual(texts);
  });
});

describe('an age before a date is no clock time', () => {
  it('"turns 23 on November 30" is the day, without an hour', () => {
    expect(timexesOf('The new champion turns 23 on November 30.', '2013-11-22').map((t) => [t.text, t.value])).toEqual([
      ['November 30', '2013-11-30'],
    ]);
  });
  it('negative: a number after "at", or with "am", is one', () => {
    expect(find('The meeting starts at 9 on November 30.', '9 on November 30', '2013-11-22')?.value).toBe(
      '2013-11-30T09:00',
    );
    expect(find('Talks began at 10 am on November 30.', '10 am on November 30', '2013-11-22')?.value).toBe(
      '2013-11-30T10:00',
    );
  });
});

describe('decimal numbers are no clock times', () => {
  it.each([
    ['The bank held its rate at 3.75 percent on Thursday.', ['Thursday']],
    ['The index closed at 8.15 on Monday.', ['Monday']],
  ])('a number with a decimal point and no "am", "pm" or zone is no time: %s', (sentence, texts) => {
    expect(timexesOf(sentence).map((t) => t.text)).toEqual(texts);
  });
  table([
    ['The last train left at 11.15 pm.', '11.15 pm', '2013-05-07T23:15'],
    ['The launch is at 9.30 GMT.', '9.30 GMT', '2013-05-07T09:30Z'],
    ['The launch will be at 9:30 on Friday.', '9:30 on Friday', '2013-05-10T09:30'],
  ]);
});

describe('durations too short to run up to the publication date', () => {
  it('"the one-day election" and "the 24-hour strike" get no span; "the two-week strike" does', () => {
    expect(find('People voted in the one-day election.', 'one-day')?.range).toBeNull();
    expect(find('Workers joined the 24-hour strike.', '24-hour')?.range).toBeNull();
    expect(find('Workers joined the two-week strike.', 'two-week')?.range).toEqual({
      start: '2013-04-23',
      end: '2013-05-07',
    });
  });
});

describe('decades written without their century', () => {
  table([
    ['The club was at its best in the 80s.', 'the 80s', '198'],
    ["Her songs filled the charts of the 70's.", "the 70's", '197'],
    ['The town grew fast in the sixties.', 'the sixties', '196'],
    ['The mill closed in the late nineties.', 'the late nineties', '199'],
    ['The style of the nineteen-fifties came back.', 'the nineteen-fifties', '195'],
  ]);
  it.each([
    'Highs will be in the 90s all week.',
    'Her grandmother is in her 90s.',
    'The seventies-style lamps sold out.',
  ])('negative: heat, an age or a style is no decade: %s', (sentence) => {
    expect(timexesOf(sentence)).toEqual([]);
  });
});

describe('fuzzy and coarse dates', () => {
  table([
    ['Inflation was high in the 1990s.', 'the 1990s', '199'],
    ['It was the third such leave in the past decade.', 'the past decade', '200'],
    ['The firm currently owns half the shares.', 'currently', 'PRESENT_REF'],
    ['The recently announced phone sold out.', 'recently', 'PAST_REF'],
    ['It lost $6 billion in the first quarter of 2009.', 'the first quarter of 2009', '2009-Q1'],
    ['Those who applied before last summer may stay.', 'last summer', '2012-SU'],
    ['The levels flooded in the winter of 2013-14.', 'the winter of 2013-14', '2013-WI'],
    ['Sales slumped in winter 2019/2020.', 'winter 2019/2020', '2019-WI'],
    // (Published in May: a season not yet begun, told in the past, is last year's; set "for" it, this year's.)
    ['Sales fell in the autumn.', 'the autumn', '2012-FA'],
    ['Meta announced a new headset for the autumn.', 'the autumn', '2013-FA'],
    ['He took six months off in early 2009.', 'early 2009', '2009'],
    ['The plant will close by the end of this year.', 'the end of this year', '2013'],
    ['Putin returned to the Kremlin on May 7, 2012.', 'May 7, 2012', '2012-05-07'],
    ['It was rolled out on 7/8/07, a lucky date.', '7/8/07', '2007-07-08'],
    ['Shares fell 5% today.', 'today', '2013-05-07'],
    ['The pair met on the evening of April 15, 2019.', 'the evening of April 15, 2019', '2019-04-15TEV'],
    ['Late on the night of 3 May the dam burst.', 'the night of 3 May', '2013-05-03TNI'],
    ['The talk was of May 1 and its marches.', 'May 1', '2013-05-01'],
    ['The index closed lower yesterday.', 'yesterday', '2013-05-06'],
  ]);
  it.each([
    ['The ferry sank shortly after 2:00 am on Sunday.', ['2:00 am on Sunday']],
    ['Shortly before the vote, the speaker resigned.', []],
    ['The mayor left the hall. Shortly afterwards the roof fell in.', []],
    ['Soon after the flood, the village was rebuilt.', []],
    // "as soon as" is a conjunction.
    ['The talks should resume as soon as possible.', []],
    ['He will leave as soon as the talks end.', []],
  ])('"shortly" or "soon" before "after"/"before" tells how near another time is, no future: %s', (sentence, texts) => {
    expect(timexesOf(sentence).map((t) => t.text)).toEqual(texts);
  });
  it('negative: "shortly" and "soon" alone still look ahead', () => {
    expect(find('The minister will shortly announce the cuts.', 'shortly')?.value).toBe('FUTURE_REF');
    expect(find('Talks resume soon, after a break.', 'soon')?.value).toBe('FUTURE_REF');
  });
  table([
    ['The bribes began in the second half of 2012.', 'the second half of 2012', '2012-H2'],
    ['Growth should pick up in the second half of the year.', 'the second half of the year', '2013-H2'],
    ['An appeal is unlikely before the first half of next year.', 'the first half of next year', '2014-H1'],
    ['Orders slowed in the latter half of last year.', 'the latter half of last year', '2012-H2'],
    // Told in the past, a half not yet begun is last year's, as a quarter is.
    ['Exports slumped in the second half of the year.', 'the second half of the year', '2012-H2'],
    ['Margins narrowed in H2, the chain said.', 'H2', '2012-H2'],
    ['Exports slumped in the first half of the year.', 'the first half of the year', '2013-H1'],
    ['The group sold 1.5 million cars in H1 2012.', 'H1 2012', '2012-H1'],
    ['The group sold 1.5 million cars in H1, a record.', 'H1', '2013-H1'],
  ]);
  table([
    ['The side lost away on the 2nd and never recovered.', 'the 2nd', '2013-05-02'],
    ['The side lost away on the 20th, its third defeat.', 'the 20th', '2013-04-20'],
    ['The board will meet again on the 21st to vote.', 'the 21st', '2013-05-21'],
    ['The board will meet again on the 3rd.', 'the 3rd', '2013-06-03'],
    ['Bids are due by the 20th of next month.', 'the 20th', '2013-06-20'],
    ['The strike began on March 3 and ended on the 14th.', 'the 14th', '2013-03-14'],
    ['The season, which runs from March to October, opens on the 18th.', 'the 18th', '2013-05-18'],
  ]);
  it.each([
    'She made a birdie on the 14th and took the lead.',
    'The fire started on the 14th floor.',
    'The city marked the 20th anniversary of the blast.',
    'The stamp was issued on the 14th anniversary of the treaty.',
    'He finished the 3rd, behind two rivals.',
  ])('negative: an ordinal that numbers no day is no date: %s', (sentence) => {
    expect(timexesOf(sentence).filter((t) => /\d(?:st|nd|rd|th)/.test(t.text))).toEqual([]);
  });
  it.each([
    'He scored a second-half goal to win it.',
    'The home side led at the end of the first half.',
    'They trailed for most of the second half of the match.',
    'The firm invests in H2 production and storage.',
  ])('negative: a half that is no half of a year is no date: %s', (sentence) => {
    expect(timexesOf(sentence).filter((t) => /half|H\d/.test(t.text))).toEqual([]);
  });
  it.each([
    'Crowds watched a Summer Games opening ceremony.',
    'He won gold at the Winter Olympics.',
    'The Spring Festival drew crowds.',
    'Protests of the Arab Spring spread.',
  ])('negative: a capitalised season in a name is no date: %s', (sentence) => {
    expect(timexesOf(sentence)).toEqual([]);
  });
  it('a capitalised season before a lowercase word is still one', () => {
    expect(find('The fund held its Autumn meetings.', 'Autumn')?.value).toBe('2012-FA');
  });
  it.each([
    ['"We saved lives last night," the mayor said.', 'last night', '2013-05-06TNI'],
    ['Some 300 flights had been cancelled by midday.', 'midday', '2013-05-07T12:00'],
    ['She conceded shortly before midnight on Sunday.', 'midnight on Sunday', '2013-05-05T24:00'],
    ['The eruption began shortly after midnight on Sunday.', 'midnight on Sunday', '2013-05-05T00:00'],
    ['Troops left just past midnight on Sunday.', 'midnight on Sunday', '2013-05-05T00:00'],
    ['The tanker struck the reef shortly after midnight.', 'midnight', '2013-05-07T00:00'],
    ['The fire broke out on Sunday and was put out in the evening.', 'the evening', '2013-05-05TEV'],
    [
      'The ship hit the bridge early on Sunday. "We saved lives last night," he said. The search was halted in the evening.',
      'the evening',
      '2013-05-05TEV',
    ],
  ])('"last night", "midday", and "in the evening" told in the past: %s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
  it.each([
    'They met a midnight deadline.',
    'He works in the evening.',
    'Talks will resume in the morning.',
    'Stars shone in the night sky.',
  ])('negative: a named time as a noun, or a part of day as a habit, ahead, or a noun, is no date: %s', (sentence) => {
    expect(timexesOf(sentence)).toEqual([]);
  });
  it('does not read "now-cancelled" or "soon-to-open" as times', () => {
    expect(timexesOf('The now-cancelled deal and the soon-to-open terminal.')).toEqual([]);
  });
});

describe('what was stated and what was inferred', () => {
  it('records the weekday as stated and the rest as inferred from the reference date', () => {
    expect(find('A senior official said Monday that talks would go on.', 'Monday')).toMatchObject({
      stated: ['weekday'],
      inferred: ['year', 'month', 'day'],
      reference: '2013-05-07',
      precision: 'day',
      type: 'date',
    });
  });
  it('keeps absolute dates free of a reference', () => {
    expect(find('Putin returned on May 7, 2012.', 'May 7, 2012')).toMatchObject({
      stated: ['year', 'month', 'day'],
      inferred: [],
      reference: null,
    });
  });
  it('resolves nothing relative without a publication date, but keeps absolute dates', () => {
    const found = timexesOf('He left on Monday, and returned on May 7, 2012.', null);
    expect(found.map((t) => t.value)).toEqual(['2012-05-07']);
  });
  it.each([
    ['The bridge opened on 4 June 1977. The mayor cut the ribbon that morning.', 'that morning', '1977-06-04TMO'],
    ['The bridge opened on 4 June 1977. The mayor spoke that evening to the crowd.', 'that evening', '1977-06-04TEV'],
    ['The bridge opened on 4 June 1977. The crowd stayed on the same day.', 'the same day', '1977-06-04'],
    ['The bridge opened on 4 June 1977. At 9:15 pm the lights came on.', '9:15 pm', '1977-06-04T21:15'],
    ['On 4 June 1977 the bridge opened, and at 9:15 pm the lights came on.', '9:15 pm', '1977-06-04T21:15'],
  ])('without a publication date, takes the day named before: %s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, null)?.value).toBe(value);
  });
  it.each([
    ['The liner sailed on 2 May 1921. It docked at Lagos on 9 May.', '9 May', '1921-05-09'],
    ['The liner was launched in March 1921. In May it sank.', 'May', '1921-05'],
    ['The liner sailed on 2 May 1921. Six days later it docked.', 'Six days later', '1921-05-08'],
    ['The liner sailed on 2 May 1921. It docked at 6:00 pm on 9 May.', '6:00 pm on 9 May', '1921-05-09T18:00'],
  ])(
    'without a publication date, a date without a year takes the year named before: %s → "%s" = %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase, null)?.value).toBe(value);
    },
  );
  it.each([
    ['The bridge opened at 9:15 pm on 4 June 1977. At 1:30 am the lights failed.', '1:30 am', '1977-06-05T01:30'],
    ['The bridge opened at 9:15 pm on 4 June 1977. At 10:30 pm the lights failed.', '10:30 pm', '1977-06-04T22:30'],
  ])(
    'without a publication date, a clock time earlier than the time before it is on the next day: %s',
    (sentence, phrase, value) => {
      expect(find(sentence, phrase, null)?.value).toBe(value);
    },
  );
  it('negative: without a publication date and no year named before, a day and month is no date', () => {
    expect(timexesOf('It docked at Lagos on 9 May, in 1921.', null).map((t) => t.value)).toEqual(['1921']);
  });
  it('negative: without a publication date and no day named before it, a clock time or "that night" is no date', () => {
    expect(timexesOf('The lights came on at 9:15 pm and stayed on that night.', null)).toEqual([]);
    expect(
      timexesOf('The bridge opened in June 1977. At 9:15 pm the lights came on.', null).map((t) => t.value),
    ).toEqual(['1977-06']);
  });
  it('"that night" after the day named before; not a noun it qualifies', () => {
    expect(find('The rebels took the town on Friday. That night the army struck back.', 'That night')?.value).toBe(
      '2013-05-03TNI',
    );
    expect(timexesOf('The general said that night raids would stop.')).toEqual([]);
  });
  it('numbers timexes t1, t2… in text order with their sentence', () => {
    const found = timexesOf('He left on Monday. He came back on Wednesday.');
    expect(found.map((t) => [t.id, t.sentence])).toEqual([
      ['t1', 1],
      ['t2', 2],
    ]);
  });
});

describe('a month named alone after a name word', () => {
  it('is the last word of that name, no month', () => {
    expect(timexesOf('Villages were flattened in the district of Zinda Jan.')).toEqual([]);
  });
  it('a short month name alone after no word of time is a word of a name ("the city of Vina del Mar")', () => {
    expect(timexesOf('Fires raged in the hills around the coastal city of Vina del Mar.')).toEqual([]);
  });
  it.each([
    ['Sales rose in Jan.', 'Jan', '2013-01'],
    ['In April, sales rose.', 'April', '2013-04'],
    ['Sales have risen Since March.', 'March', '2013-03'],
    // An article's first paragraph opening "By" and a month is no byline.
    ['By February, the reservoirs were half empty.', 'February', '2013-02'],
  ])('negative: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
});

describe('a number after a month that is a count, no day', () => {
  table([
    ['In April, 12 fishermen were lost at sea.', 'April', '2013-04'],
    ['Growers said that by February, 40 percent of the crop had failed.', 'February', '2013-02'],
    ['In September 31 miners were trapped underground.', 'September', '2012-09'],
    ['The flood struck in September, 9 of its victims children.', 'September', '2012-09'],
  ]);
  it.each([
    ['The ferry sank on April 12 off the coast.', 'April 12', '2013-04-12'],
    ['The ferry sank on Friday, April 12, off the coast.', 'April 12', '2013-04-12'],
    ['The mine closed on June 30, 2011.', 'June 30, 2011', '2011-06-30'],
  ])('negative: a day named after its month stays a day: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)?.value).toBe(value);
  });
});

describe('a present verb before a weekday schedules it (Tue 7 May 2013)', () => {
  table([
    ['The ban, drafted by ministers last year, takes full effect on Thursday.', 'Thursday', '2013-05-09'],
    ['A fair founded in 1990 and revived by students opens on Saturday.', 'Saturday', '2013-05-11'],
    ['New tariffs approved by the senate go into effect on Monday.', 'Monday', '2013-05-13'],
    ['The treaty enters into force on Friday.', 'Friday', '2013-05-10'],
    ['The champion faces a qualifier in the first round on Thursday.', 'Thursday', '2013-05-09'],
    ['The runner-up meets the champion at the weekend.', 'the weekend', '2013-W19-WE'],
  ]);
  table([
    ['The ban took full effect on Thursday.', 'Thursday', '2013-05-02'],
    ['The fair, which opened on Saturday, drew crowds.', 'Saturday', '2013-05-04'],
    ['She won the Italian Open on Sunday.', 'Sunday', '2013-05-05'],
    ['The shops were shut at the end of the day on Friday.', 'Friday', '2013-05-03'],
    ['The rally was off to a slow start on Saturday.', 'Saturday', '2013-05-04'],
    ['Its owner says the deal ends on Friday.', 'Friday', '2013-05-10'],
  ]);
});

describe('an occasion announced for a day just across the turn of the year (story of Mon 30 Dec 2024)', () => {
  const at = (sentence: string, phrase: string) => find(sentence, phrase, '2024-12-30')?.value;
  it.each([
    ['The palace announced a royal funeral in the cathedral on January 8.', 'January 8', '2025-01-08'],
    ['The governor declared a day of mourning on January 2.', 'January 2', '2025-01-02'],
    ['The premier called a snap election on February 2, after her coalition broke up.', 'February 2', '2025-02-02'],
  ])('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(at(sentence, phrase)).toBe(value);
  });
  it.each([
    ['Police arrested two men on January 8.', 'January 8', '2024-01-08'],
    ['The governor announced on January 2 that she would retire.', 'January 2', '2024-01-02'],
    ['The governor declared a day of mourning on March 2.', 'March 2', '2024-03-02'],
    ['The palace announced a royal funeral on December 20.', 'December 20', '2024-12-20'],
  ])('negative: a day done, announced or too far ahead stays in the year: %s', (sentence, phrase, value) => {
    expect(at(sentence, phrase)).toBe(value);
  });
});

describe('so many weeks on from a day (Tue 7 May 2013)', () => {
  it('negative: a weekday after an article qualifies the week', () => {
    expect(find('The fair fell on a Thursday week of heavy rain.', 'Thursday week')).toBeUndefined();
  });
  table([
    ['The final is a week on Saturday.', 'a week on Saturday', '2013-05-18'],
    ['A fortnight on Friday, the ferry service resumes.', 'A fortnight on Friday', '2013-05-24'],
    ['Ballots close two weeks from Monday.', 'two weeks from Monday', '2013-05-27'],
    ['The panel reports a week today.', 'a week today', '2013-05-14'],
    ['The hearing resumes on Thursday week.', 'Thursday week', '2013-05-16'],
  ]);
  table([
    ['She fasted for a week on Saturday and Sunday.', 'Saturday', '2013-05-04'],
    ['A week from Friday’s crash, the road reopened.', 'Friday', '2013-05-03'],
  ]);
});

describe('a season or a year counted from the date named before', () => {
  it.each([
    ['The rover landed in late 2021 and began its climb the following spring.', 'the following spring', '2022-SP'],
    [
      'The dam was finished in March 2010 and flooded the valley the following summer.',
      'the following summer',
      '2010-SU',
    ],
    ['The club went down in 2009 and was sold the following winter.', 'the following winter', '2009-WI'],
    ['The band split in 2001; the previous autumn, it had toured Chile.', 'the previous autumn', '2000-FA'],
    ['The chain plans 20 shops in 2024 and 35 the year after, its founder said.', 'the year after', '2025'],
  ])('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-12-02')?.value).toBe(value);
  });
  it('negative: with no date before, or "the year after" a noun, nothing is counted', () => {
    expect(find('Sales rose over the following summer.', 'the following summer', '2024-12-02')).toBeUndefined();
    expect(
      find('Prices fell in 2010 and rose the year after the crash.', 'the year after', '2024-12-02'),
    ).toBeUndefined();
  });
});

describe('a quarter named with the month it ends on', () => {
  it.each([
    ['Revenue rose in the fiscal second quarter ended Sept. 30.', 'second quarter', '2024-Q3'],
    ['Profit doubled in the first quarter to March 31.', 'the first quarter', '2024-Q1'],
    ['Orders slowed in the fourth quarter ending Dec. 31, 2023.', 'the fourth quarter', '2023-Q4'],
  ])('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-11-14')?.value).toBe(value);
  });
  it('so is a fiscal quarter set off after the period it names (story of 25 April 2024)', () => {
    const sentence =
      "Net income rose to $21.9 billion in the three months to March 31, the company's fiscal third quarter.";
    expect(find(sentence, 'third quarter', '2024-04-25')?.value).toBe('2024-Q1');
  });
  it('negative: a month that closes no quarter, or a quarter not ended by the date after it, keeps its count', () => {
    expect(find('Profit rose in the third quarter ending Aug. 31.', 'the third quarter', '2024-11-14')?.value).toBe(
      '2024-Q3',
    );
    expect(
      find('Profit rose in the second quarter, and on Sept. 30 the chief quit.', 'the second quarter', '2024-11-14')
        ?.value,
    ).toBe('2024-Q2');
  });
});

describe('a weekday written with its date', () => {
  it.each([
    ['The team won on Sunday, March 3, in Lyon.', 'Sunday', '2024-03-03'],
    ['The board meets on Wednesday, March 20.', 'Wednesday', '2024-03-20'],
    ['Polls open on Thursday 4 July.', 'Thursday', '2024-07-04'],
  ])('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-03-12')?.value).toBe(value);
  });
  it('takes the year in which the weekday falls on the date, when the year was not written', () => {
    const timexes = timexesOf('The team won on Sunday, March 3, in Lyon.', '2025-01-10');
    expect(timexes.map((t) => t.value)).toEqual(['2024-03-03', '2024-03-03']);
  });
  it('negative: a weekday and a number after a comma are no date', () => {
    expect(find('On Tuesday, 40 people died.', 'Tuesday', '2024-03-12')?.value).toBe('2024-03-12');
  });
  it('negative: weekdays listed with commas are no weekday and its date', () => {
    // Published on Tuesday 7 May 2013: 4 May 2012 was a Friday, which made the Friday before the Saturday "its date".
    const timexes = timexesOf('Protesters marched on Friday, Saturday and Sunday.', '2013-05-07');
    expect(timexes.map((t) => t.value)).toEqual(['2013-05-03', '2013-05-04', '2013-05-05']);
  });
});

describe('"the following weekend" counts from the day named before', () => {
  it.each([
    [
      'Divers found the wreck on February 16. The search ended the following weekend.',
      'the following weekend',
      '2024-W07-WE',
    ],
    ['The side lost on Saturday and won the following weekend.', 'the following weekend', '2024-W11-WE'],
    ['She won on Sunday, March 3, having lost the previous weekend.', 'the previous weekend', '2024-W08-WE'],
    // With no day before, the coming one.
    ['The search will end the following weekend.', 'the following weekend', '2024-W11-WE'],
  ])('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-03-12')?.value).toBe(value);
  });
});

describe('"the previous Thursday" counts from the day named before', () => {
  it.each([
    [
      'Police detained him on May 20. The previous Thursday, he had left the country.',
      'The previous Thursday',
      '2024-05-16',
    ],
    ['The panel met on Monday, May 13, and ruled the following Friday.', 'the following Friday', '2024-05-17'],
    ['She landed on May 2 and flew home the next Thursday.', 'the next Thursday', '2024-05-09'],
  ])('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-06-05')?.value).toBe(value);
  });
  it('negative: with no day named before, the weekday alone is placed near the publication day', () => {
    expect(find('The bill was passed the previous Thursday.', 'Thursday', '2024-06-05')?.value).toBe('2024-05-30');
  });
});

describe('"the previous October" is the last October before the date named before', () => {
  it.each([
    [
      'She returned to power in January 2023 after winning an election the previous October.',
      'the previous October',
      '2022-10',
    ],
    ['The talks collapsed in 2019. The following March, they resumed.', 'The following March', '2020-03'],
    ['Prices rose in May 2021 and fell the following April.', 'the following April', '2022-04'],
    ['He left in the previous March.', 'the previous March', '2024-03'],
  ])('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-06-05')?.value).toBe(value);
  });
  it('negative: not before a noun the month qualifies ("the previous June record")', () => {
    expect(find('It beat the previous June record set in 2017.', 'the previous June', '2024-06-05')).toBeUndefined();
  });
});

describe('"the same period last year" is the period named before, a year back', () => {
  it.each([
    [
      'It lost 40 million euros in the second quarter, against a profit in the same period last year.',
      'the same period last year',
      '2024-Q2',
    ],
    [
      'Exports in March rose 4 percent from the same period a year earlier.',
      'the same period a year earlier',
      '2024-03',
    ],
    [
      'Profit rose in the first half of the year, twice as fast as in the same period two years ago.',
      'the same period two years ago',
      '2023-H1',
    ],
  ])('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2025-07-30')?.value).toBe(value);
  });
  it('negative: after a year or with nothing named before, "the same period" is no date', () => {
    expect(
      find(
        'It lost money in 2024, against a profit in the same period last year.',
        'the same period last year',
        '2025-07-30',
      ),
    ).toBeUndefined();
    expect(find('Costs rose in the same period.', 'the same period', '2025-07-30')).toBeUndefined();
    expect(
      find(
        'The index had its best week since mid-January. Gold rose over the same period.',
        'the same period',
        '2025-07-30',
      ),
    ).toBeUndefined();
    expect(
      find(
        'Profit in the April-June period fell from the same period last year.',
        'the same period last year',
        '2025-07-30',
      ),
    ).toBeUndefined();
  });
});

describe('a year after "no later than"', () => {
  it.each([
    ['A launch is planned no earlier than 2031.', '2031'],
    ['The mine must close no later than 2035, the ministry said.', '2035'],
  ])('%s → %s', (sentence, value) => {
    expect(find(sentence, value, '2024-12-02')?.value).toBe(value);
  });
  it('negative: a count after "than" stays a number', () => {
    expect(find('The crowd was larger than 2031 people.', '2031', '2024-12-02')).toBeUndefined();
  });
});

describe('"that year" is the year of the date named before', () => {
  table([
    ['The band toured from 2004 to 2006. Between March and July that year, it played 60 shows.', 'March', '2006-03'],
    ['The band toured from 2004 to 2006. Between March and July that year, it played 60 shows.', 'July', '2006-07'],
    ['The mill closed in 1987. In October of that year, the town lost its mayor.', 'October', '1987-10'],
    ['The mill closed in 1987. On March 2 that year, the town lost its mayor.', 'March 2', '1987-03-02'],
    ['The mill closed in 1987. That year, the town lost its mayor.', 'That year', '1987'],
    ['The mill closed in 1987. Between March and June of the following year, it was razed.', 'March', '1988-03'],
    ['The mill closed in 1987. Between March and June of the following year, it was razed.', 'June', '1988-06'],
  ]);
  it('negative: "that year after year" is no year', () => {
    expect(find('The mill closed in 1987. Workers said that year after year wages fell.', 'that year')).toBeUndefined();
  });
  table([['The mill closed in 1987. In October, the town lost its mayor.', 'October', '2012-10']]);
});

describe('this time of year, a year back or ahead (Tue 7 May 2013)', () => {
  table([
    ['Ticket sales were higher this time last year.', 'this time last year', '2012-05'],
    ['The river was at the same level at the same time last year.', 'the same time last year', '2012-05'],
    ['Rents have risen 6 percent since this time a year ago.', 'this time a year ago', '2012-05'],
    ['The bridge should be open by this time next year.', 'this time next year', '2014-05'],
  ]);
  table([['Ticket sales were higher last year.', 'last year', '2012']]);
});

describe('a plural present of meeting or moving schedules its day (Tue 7 May 2013)', () => {
  table([
    ['Rovers face top-placed Hull at the weekend.', 'the weekend', '2013-W19-WE'],
    ['Finance ministers meet in Dublin on Friday.', 'Friday', '2013-05-10'],
    ['They play the return leg on Thursday.', 'Thursday', '2013-05-09'],
    ['Rovers host the champions on Saturday.', 'Saturday', '2013-05-11'],
  ]);
  table([
    ['The Green vote on Friday was the highest yet.', 'Friday', '2013-05-03'],
    ['Rovers face Hull, who thrashed them on Saturday.', 'Saturday', '2013-05-04'],
    ['Finance ministers met in Dublin on Friday.', 'Friday', '2013-05-03'],
    ['This visit on Friday was his first.', 'Friday', '2013-05-03'],
  ]);
});

describe('a weekday so many days after an event is counted from the day of that event (Tue 7 May 2013)', () => {
  table([
    [
      'Members will vote on the merger on Sunday. The board will publish the result on Tuesday, two days after the vote.',
      'Tuesday',
      '2013-05-14',
    ],
    [
      'The final will be played on Sunday. Fans will parade on Wednesday, three days after the final.',
      'Wednesday',
      '2013-05-15',
    ],
  ]);
  table([
    ['The strike ended on Sunday. Talks resumed on Tuesday, two days after the vote.', 'Tuesday', '2013-05-07'],
    [
      'Rail staff walked out on Saturday. Talks resumed on Thursday, two days before the ballot.',
      'Thursday',
      '2013-05-02',
    ],
  ]);
});

describe('a pair of clock times across midnight', () => {
  table([
    [
      'Crowds filled the square on New Year’s Eve.\n\nMost incidents happened between 11 pm and 2 am.',
      '2 am',
      '2013-01-01T02:00',
    ],
    ['The curfew will run from 10 pm to 5 am.', '5 am', '2013-05-08T05:00'],
  ]);
  table([
    ['The curfew will run from 10 pm to 5 am.', '10 pm', '2013-05-07T22:00'],
    ['The clinic is open from 9 am to 5 pm.', '5 pm', '2013-05-07T17:00'],
  ]);
});

describe('what a happening comes some time after came before it; what a present perfect called for is ahead', () => {
  tablePublished([
    [
      'The forward joins on a contract until June 2025, weeks after his acrimonious exit from the club in November.',
      'November',
      '2022-12-31',
      '2022-11',
    ],
    // Guard: told ahead, it is ahead.
    ['The forward will join weeks after his exit from the club in November.', 'November', '2022-06-30', '2022-11'],
    // A present perfect takes no day of its own: the day is that of what was called for, still to come.
    [
      'Unions have called for another day of nationwide strikes and demonstrations on Saturday.',
      'Saturday',
      '2023-03-09',
      '2023-03-11',
    ],
    // Guard: a simple past may be dated by the day itself.
    ['Unions called for a strike on Saturday.', 'Saturday', '2023-03-09', '2023-03-04'],
  ]);
});

describe('what is prepared for, and a start after a far "will", are ahead', () => {
  tablePublished([
    ['The runner was preparing for the city marathon in April.', 'April', '2024-02-12', '2024-04'],
    ['The team was gearing up for the final in May.', 'May', '2024-02-12', '2024-05'],
    [
      'Kim will compete in three more finals, on the vault, the beam and the floor, starting on Saturday.',
      'Saturday',
      '2024-08-01',
      '2024-08-03',
    ],
    // Guards: a start told of in the past, and what was prepared for before the telling, are behind.
    ['The protests, starting on Friday, spread across the country.', 'Friday', '2024-08-01', '2024-07-26'],
    ['The strike, starting Monday, paralysed the city.', 'Monday', '2024-08-01', '2024-07-29'],
    ['The city had prepared for the summit in January.', 'January', '2024-06-12', '2024-01'],
  ]);
});

describe('a month named ahead that is behind the publication month', () => {
  it.each([
    ['Elections will be held in March.', 'March', '2025-03'],
    ['The new president takes office in January.', 'January', '2025-01'],
    ['Results will be published on March 15.', 'March 15', '2025-03-15'],
    // What someone expects someone else to do is ahead of the telling.
    ['Analysts said they expected the central bank to cut again in January.', 'January', '2025-01'],
    ['Economists expected the Fed to hold rates in March.', 'March', '2025-03'],
    // A deadline for an infinitive's deed with a name in its object is ahead too.
    ['She has promised to boost defence spending to two percent of GDP by March.', 'March', '2025-03'],
  ])('"%s": a future clause puts "%s" in the year after (%s)', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-06-12')?.value).toBe(value);
  });
  it.each([
    ['The brewery said in March it would shut the line in April.', 'April', '2024-04'],
    ['Prices rose faster than expected in January.', 'January', '2024-01'],
    ['Sales have fallen since April, and the firm now expects a loss.', 'April', '2024-04'],
    // Guards: an expectation had before, and "than expected", look back.
    ['Officials had expected the storm to hit in January, but it came in March.', 'January', '2024-01'],
    ['Sales were better than expected to date in January.', 'January', '2024-01'],
    // "had plucked 237 people to safety by Friday": "to" and a noun, no deed to come.
    ['Rescuers had plucked 237 people to safety by March.', 'March', '2024-03'],
  ])('negative: %s → "%s" = %s (a future told from the past, "than expected", "since")', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-06-12')?.value).toBe(value);
  });
  it('a present of a start after "before" in a future told from the past is ahead of the publication', () => {
    const text = 'He said a panel would examine the response before the next fire season begins in May.';
    expect(find(text, 'May', '2024-08-09')?.value).toBe('2025-05');
    // Guard: "would" alone, a month three back, is the one just past.
    expect(find('He said the panel would meet in May.', 'May', '2024-08-09')?.value).toBe('2024-05');
  });
  it('joins two clock times "from … to" or "between … and" into one stretch, across midnight', () => {
    expect(find('A curfew was imposed from 10 pm to 5 am.', '10 pm', '2024-06-12')?.range).toEqual({
      start: '2024-06-12T22:00',
      end: '2024-06-13T05:00',
    });
    expect(find('Most incidents happened between 11 pm and 2 am.', '2 am', '2024-06-12')?.range).toEqual({
      start: '2024-06-12T23:00',
      end: '2024-06-13T02:00',
    });
    // Guard: two times of two happenings are no stretch.
    expect(find('The polls opened at 7 am and closed at 8 pm.', '7 am', '2024-06-12')?.range).toBeNull();
  });
  it("puts the second clock past midnight after an abbreviation's full stop and a zoned twin", () => {
    const sentence = 'A nightly curfew would run from 10 p.m. (2000 GMT) to 4 a.m., the army said.';
    expect(find(sentence, '4 a.m', '2024-06-12')?.value).toBe('2024-06-13T04:00');
    expect(find('A curfew runs from 10 p.m. to 4 a.m.', '4 a.m', '2024-06-12')?.value).toBe('2024-06-13T04:00');
  });
  it('joins "from November to February" across the new year', () => {
    const range = { start: '2024-11', end: '2025-02' };
    expect(find('The ban runs from November to February.', 'November', '2024-06-12')).toMatchObject({
      value: '2024-11',
      range,
    });
    expect(find('The ban runs from November to February.', 'February', '2024-06-12')).toMatchObject({
      value: '2025-02',
      range,
    });
  });
  it('puts two months named in order, resolved a year apart, in the second\'s year ("between January and June")', () => {
    const sentence = 'The firm overtook its rival, selling 5.04 million vehicles between January and June.';
    const range = { start: '2015-01', end: '2015-06' };
    expect(find(sentence, 'January', '2015-09-22')).toMatchObject({ value: '2015-01', range });
    expect(find(sentence, 'June', '2015-09-22')).toMatchObject({ value: '2015-06', range });
  });
});

describe('a present that schedules a handover or a closure', () => {
  it.each([
    ['The new coach takes charge on Monday.', 'Monday', '2024-06-17'],
    ['The army takes control of the city on Monday.', 'Monday', '2024-06-17'],
    ['The plant shuts down on Friday.', 'Friday', '2024-06-14'],
    ['The minister steps down in January.', 'January', '2025-01'],
  ])('"%s": "%s" is ahead (%s)', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-06-12')?.value).toBe(value);
  });
  it.each([
    ['The plant shut down on Friday.', 'Friday', '2024-06-07'],
    ['The army took control of the city on Monday.', 'Monday', '2024-06-10'],
  ])('negative: %s → "%s" = %s (a past form)', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-06-12')?.value).toBe(value);
  });
});

describe('"should", and a date that opens what was said', () => {
  it.each([
    ['The plant should reopen on Monday.', 'Monday', '2024-06-10'],
    ['Forecasters said the weekend should stay dry.', 'the weekend', '2024-W23-WE'],
    ['Forecasters said Sunday would be the hottest day.', 'Sunday', '2024-06-09'],
  ])('"%s": "%s" is ahead (%s)', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-06-05')?.value).toBe(value);
  });
  it.each([
    ['Ministers should have acted in March.', 'March', '2024-03'],
    ['Officials said Monday that talks would go on.', 'Monday', '2024-06-03'],
  ])('negative: %s → "%s" = %s ("should have"; the day of the saying)', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-06-05')?.value).toBe(value);
  });
});

describe('a month with no tense read: its nearest occurrence', () => {
  tablePublished([
    ['Laureates receive their awards at a ceremony on December 10.', 'December 10', '2023-10-05', '2023-12-10'],
    ['The festival, a fixture since 1998, moves to August.', 'August', '2024-06-12', '2024-08'],
  ]);
  it('negative: a past clause keeps the year before ("Sales rose sharply in August", in June)', () => {
    expect(find('Sales rose sharply in August.', 'August', '2024-06-12')?.value).toBe('2023-08');
  });
});

describe('a word opening with "am" after a date, and a bare number after "from"', () => {
  table([
    ['The festival opened on May 14 amid a strike threat.', 'May 14', '2013-05-14'],
    ['On March 3 American troops crossed the border.', 'March 3', '2013-03-03'],
    ['Talks began on April 2 amidst a row over fees.', 'April 2', '2013-04-02'],
    // Guards: a clock's "am" and "pm" are still read.
    ['The meeting ended at 3 am on Friday.', '3 am on Friday', '2013-05-03T03:00'],
    ['Polls closed at 8 pm.', '8 pm', '2013-05-07T20:00'],
  ]);
  it.each([
    'Analysts cut their price target to 12 euros from 20 euros.',
    'The party won 48 seats, up from 12 in the last election.',
    'The index rose from 20 to 25.',
    'The shares closed lower, down from 11 last week.',
  ])('no clock time in a bare number: %s', (sentence) => {
    expect(timexesOf(sentence).filter((t) => t.type === 'time')).toEqual([]);
  });
});

describe('two months a dash joins', () => {
  it.each([
    ['Sales rose 4 percent in the January-March period.', ['2013-01', '2013-03']],
    ['Profit fell in the January–March quarter.', ['2013-01', '2013-03']],
  ])('are one span: %s', (sentence, [start, end]) => {
    const months = timexesOf(sentence).filter((t) => /^\d{4}-\d{2}$/.test(t.value));
    expect(months.map((t) => t.range)).toEqual([
      { start, end },
      { start, end },
    ]);
  });
  it('negative: two months a word joins stay two', () => {
    const months = timexesOf('Sales rose in January and fell in March.').filter((t) => /^\d{4}-\d{2}$/.test(t.value));
    expect(months.map((t) => t.range)).toEqual([null, null]);
  });
});

describe('a date alone in quotation marks', () => {
  it('is a title, no date, and dates nothing after it', () => {
    const text = 'She released a re-recorded version of her 2014 album "1989" in October.';
    expect(find(text, '1989')).toBeUndefined();
    expect(find(text, 'October')?.value).toBe('2012-10');
  });
  it('negative: a quotation opening with a year keeps it', () => {
    expect(find('"2012 was a good year," he said.', '2012')?.value).toBe('2012');
  });
  it('negative: a quoted fragment of speech in lower case is a time ("later this year")', () => {
    const text = 'He said the company would make a decision "later this year".';
    expect(find(text, 'later this year')).toMatchObject({
      value: '2013',
      range: { start: '2013-05-07', end: '2013-12-31' },
    });
  });
});

describe("a race's time is a length, no clock time", () => {
  it.each([
    ['Hassan won in 2:13:44, the second-fastest time in history.', '2:13:44', 'PT2H13M44S'],
    ['He became the first man to run under 2:01 in a record-eligible race.', '2:01', 'PT2H1M'],
    ['Kipchoge ran an unofficial 1:59:40 in Vienna in 2019.', '1:59:40', 'PT1H59M40S'],
  ])('%s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)).toMatchObject({ type: 'duration', value });
  });
  it.each([
    ['Results came at 2:01 on Sunday.', '2:01 on Sunday', '2013-05-05T02:01'],
    ['The race starts at 7:30 on Sunday.', '7:30 on Sunday', '2013-05-12T07:30'],
  ])('negative: a clock time after "at" stays one: %s', (sentence, phrase, value) => {
    expect(find(sentence, phrase)).toMatchObject({ type: 'time', value });
  });
});

describe('a day declared one of mourning or a holiday', () => {
  it('is ahead of the declaring (story of 30 December 2024)', () => {
    expect(
      find('President Joe Biden declared January 9 a national day of mourning.', 'January 9', '2024-12-30')?.value,
    ).toBe('2025-01-09');
  });
  it('negative: a day a past verb dates otherwise stays past', () => {
    expect(
      find('President Joe Biden declared on January 9 that the crisis was over.', 'January 9', '2024-12-30')?.value,
    ).toBe('2024-01-09');
  });
});

describe('a month inside a word', () => {
  it('is no date ("the INDEC statistics agency")', () => {
    const found = timexesOf('Inflation slowed in April, the INDEC statistics agency said.', '2025-05-14');
    expect(found.map((t) => t.text)).toEqual(['April']);
  });
});

describe('a clock time inside a number', () => {
  it.each([
    ['The firm, which charged $250,000 a seat, had faced warnings for years.', []],
    ['Tickets cost 1,000 a head at the gala on Friday.', ['Friday']],
    // Nor a price right after its currency's sign.
    ['He offered to take the firm private at $420 a share on Tuesday.', ['Tuesday']],
  ])('is no date: %s', (sentence, texts) => {
    expect(timexesOf(sentence, '2023-06-23').map((t) => t.text)).toEqual(texts);
  });
  it('negative: a clock time after a number and a space stays ("flight 12 at 9 am")', () => {
    expect(timexesOf('The last of 12 flights left at 9 am on Friday.', '2023-06-23').map((t) => t.text)).toContain(
      '9 am on Friday',
    );
  });
});

describe('a month after "since"', () => {
  it.each([
    ['The volcano erupted for the seventh time since December.', 'December', '2023-12'],
    ['Prices have risen since early December.', 'early December', '2023-12'],
  ])('is before the telling: %s (story of 20 November 2024)', (sentence, phrase, value) => {
    expect(find(sentence, phrase, '2024-11-20')?.value).toBe(value);
  });
  it('negative: a month already past stays in the publication year', () => {
    expect(find('Prices have risen since March.', 'March', '2024-11-20')?.value).toBe('2024-03');
  });
});

describe('"the fall" of something is no season', () => {
  it.each([
    'Leaders called the fall of the regime an act of justice.',
    'The fall in prices hurt farmers.',
    'Since the fall of the Wall, the city has changed.',
  ])('%s', (sentence) => {
    expect(timexesOf(sentence, '2024-12-08').filter((t) => /fall/i.test(t.text))).toEqual([]);
  });
  it('guard: "in the fall of 2025" and "in the fall" are', () => {
    expect(find('The vote is in the fall of 2025.', 'the fall of 2025', '2024-12-08')?.value).toBe('2025-FA');
    expect(find('Prices rose in the fall.', 'the fall', '2024-12-08')?.value).toBe('2024-FA');
  });
  it("a season over, in a clause that looks ahead, is next year's", () => {
    expect(find('Prices will rise in the fall.', 'the fall', '2024-12-08')?.value).toBe('2025-FA');
  });
});

describe('a season qualifying a noun of a place, a thing or a pursuit is no date', () => {
  it.each([
    'He will stay at the summer residence of the king.',
    'The spring collection was shown in Paris.',
    'She went to the summer camp by the lake.',
  ])('%s', (sentence) => {
    expect(timexesOf(sentence, '2024-05-12').filter((t) => /summer|spring/i.test(t.text))).toEqual([]);
  });
  it('guard: "the winter months" and "the summer heat" are dates', () => {
    expect(find('The winter months were hard.', 'The winter', '2024-05-12')?.value).toBe('2023-WI');
    expect(find('The summer heat killed dozens.', 'The summer', '2024-05-12')?.value).toBe('2023-SU');
  });
});

describe('a season before the name of the Games is no date', () => {
  it.each(['Paris last hosted the summer Games in 1924.', 'The winter Olympics were held in Beijing.'])(
    '%s',
    (sentence) => {
      expect(timexesOf(sentence, '2024-07-26').filter((t) => /summer|winter/i.test(t.text))).toEqual([]);
    },
  );
  it('guard: a season before a comma and the Games later is one', () => {
    expect(find('Sales rose in the summer, as the Games drew crowds.', 'the summer', '2024-07-26')?.value).toBe(
      '2024-SU',
    );
  });
});

describe('a length of a year or more for a thing told in the past', () => {
  it('is a thing over, no span up to the publication day', () => {
    expect(find('An estimated 120,000 people were killed in the 11-year conflict.', '11-year')?.range).toBeNull();
    expect(
      find('He was convicted for the 44-month siege of Sarajevo in which more than 10,000 people died.', '44-month')
        ?.range,
    ).toBeNull();
  });
  it('guard: a present, a perfect, a date of its clause or a short length still run up to the day', () => {
    const upToDay = { start: '2011-03', end: '2013-05-07' };
    expect(find('More than 70,000 people have been killed in the 26-month conflict.', '26-month')?.range).toEqual(
      upToDay,
    );
    expect(find('Two soldiers were killed on Monday in the 26-month conflict.', '26-month')?.range).toEqual(upToDay);
    expect(find('The 26-month conflict, which has killed 70,000 people, rages on.', '26-month')?.range).toEqual(
      upToDay,
    );
    expect(find('Relatives had followed the 84-day trial from the gallery.', '84-day')?.range).toEqual({
      start: '2013-02-12',
      end: '2013-05-07',
    });
  });
});

describe('a date after "until" and a clause told in the past', () => {
  tablePublished([
    [
      'For 17 days nobody knew whether they had survived, until a probe drill reached them on August 22.',
      'August 22',
      '2010-10-13',
      '2010-08-22',
    ],
    // Guards: "until" right before the date, or before a clause in the present, still looks ahead.
    ['The museum is closed until August 22.', 'August 22', '2010-10-13', '2011-08-22'],
    [
      'The research was kept secret until it is published in the journal Nature on Thursday.',
      'Thursday',
      '1997-02-24',
      '1997-02-27',
    ],
  ]);
});

describe('a day named without its year, a few days after one named with it in the story just told', () => {
  it('lies in that year', () => {
    const text =
      'Two bombs exploded at the finish line on April 15, 2013. Three days later, the brothers shot dead a police officer. Tamerlan, 26, was killed in a shootout with police early on April 19.';
    expect(find(text, 'April 19', '2015-05-15')?.value).toBe('2013-04-19');
    expect(
      find(
        'The jet exploded over the town on December 21, 1988. Most of the victims were students returning home for Christmas.',
        'Christmas',
        '2001-01-31',
      )?.value,
    ).toBe('1988-12-25');
  });
  it('guard: not told in the past, long after, or before it', () => {
    const bombs = 'Two bombs exploded at the finish line on April 15, 2013.';
    expect(find(`${bombs} His trial will open on April 19.`, 'April 19', '2015-03-15')?.value).toBe('2015-04-19');
    expect(find(`${bombs} He was sentenced on June 24.`, 'June 24', '2015-07-15')?.value).toBe('2015-06-24');
    expect(find(`${bombs} He was arrested on April 10.`, 'April 10', '2015-05-15')?.value).toBe('2015-04-10');
  });
});

describe('a clock time told in the past, sharing no word with a day named before', () => {
  it("is on the lead's day when the lead names one", () => {
    const text =
      'The plane that crashed in the French Alps on Tuesday was brought down deliberately, a prosecutor said Thursday.\n\nHe spoke to reporters in Marseille.\n\nFlight 4U 9525 took off from Barcelona at 10:01 am.';
    expect(find(text, '10:01 am', '2015-03-26')?.value).toBe('2015-03-24T10:01');
  });
  it('guard: not when the lead names two days, nor when told in the present', () => {
    const two =
      'The plane that crashed on Tuesday was found on Wednesday, a prosecutor said Thursday.\n\nHe spoke to reporters.\n\nFlight 4U 9525 took off from Barcelona at 10:01 am.';
    expect(find(two, '10:01 am', '2015-03-26')?.value).toBe('2015-03-26T10:01');
    const present =
      'The plane crashed in the French Alps on Tuesday.\n\nHe spoke to reporters.\n\nThe first flight since leaves Barcelona at 10:01 am.';
    expect(find(present, '10:01 am', '2015-03-26')?.value).toBe('2015-03-26T10:01');
  });
});

describe('weekdays named one after another, the first of them ahead', () => {
  const nobel =
    'The Nobel season continues on Tuesday with the physics prize, followed by chemistry on Wednesday and literature on Thursday.';
  tablePublished([
    [nobel, 'Wednesday', '2012-10-08', '2012-10-10'],
    [nobel, 'Thursday', '2012-10-08', '2012-10-11'],
    // Guards: the day of the telling first, or the publication day second, or words that turn back.
    [
      'Kirby said on Friday that there had been only one bomber, not a second blast as reported on Thursday.',
      'Thursday',
      '2021-08-27',
      '2021-08-26',
    ],
    [
      'The presidency was to meet on Thursday, while crowds gathered late on Wednesday.',
      'Wednesday',
      '2017-11-22',
      '2017-11-22',
    ],
    ['The final is on Thursday, after the semi-finals on Tuesday.', 'Tuesday', '2012-10-10', '2012-10-09'],
    // Nor a second told by a past verb of saying after a break (2019-08-24 is a Saturday).
    [
      'The host, who holds a summit in Velport from Saturday to Monday, called the fires "a crisis" and said on Friday that the president had lied.',
      'Friday',
      '2019-08-24',
      '2019-08-23',
    ],
    // Nor a second told in the past in a clause of contrast or a relative clause (2015-01-28 is a Wednesday).
    [
      'Unions called a strike for Thursday, and the club, which played its match behind closed doors on Monday, backed it.',
      'Monday',
      '2015-01-28',
      '2015-01-26',
    ],
    [
      'The retailer is due to report its results on Thursday, while its rival posted weak figures on Monday.',
      'Monday',
      '2015-01-28',
      '2015-01-26',
    ],
  ]);
});

describe('a stretch that holds the publication day, told in the past', () => {
  // 2019-08-24: the stretch begins on the publication day; its end is not put a year back for the past verb.
  tablePublished([
    [
      'The president signed a decree deploying troops for one month, from August 24 to September 24.',
      'August 24',
      '2019-08-24',
      '2019-08-24',
    ],
    [
      'The president signed a decree deploying troops for one month, from August 24 to September 24.',
      'September 24',
      '2019-08-24',
      '2019-09-24',
    ],
    // A clock time told apart from the stretch does not take its end's day.
    [
      'He signed a decree deploying troops from August 24 to September 24, and announced it in an address at 8:30 pm (2330 GMT).',
      '2330 GMT',
      '2019-08-24',
      '2019-08-24T23:30Z',
    ],
    // Guard: a stretch wholly before the publication day stays there.
    ['Troops were deployed from June 3 to July 4.', 'July 4', '2019-08-24', '2019-07-04'],
  ]);
});

describe('a clock time and a day after it past "after" or "since"', () => {
  tablePublished([
    [
      'The robot touched down at 0531 GMT, after a journey of eight months since its launch from Cape Canaveral on November 26 last year.',
      '0531 GMT',
      '2012-08-06',
      '2012-08-06T05:31Z',
    ],
    // Guard: a day right after the time is still its day.
    ['The robot touched down at 0531 GMT in the Gale crater on Monday.', '0531 GMT', '2012-08-08', '2012-08-06T05:31Z'],
    // A local time and its zoned twin with a weekday: the day past "after" is not the local day.
    [
      'The prosecutor spoke at a news conference that began at 8:25 pm local time (0225 GMT Tuesday), more than three months after the shooting on August 9.',
      '0225 GMT Tuesday',
      '2014-11-25',
      '2014-11-25T02:25Z',
    ],
  ]);
});

describe('"next weekend" and "last weekend" told on a weekend', () => {
  tablePublished([
    ['Bolt runs the relay next weekend.', 'next weekend', '2012-08-05', '2012-W32-WE'],
    ['Bolt ran the relay last weekend.', 'last weekend', '2012-08-05', '2012-W30-WE'],
    ['Bolt runs the relay next weekend.', 'next weekend', '2012-08-04', '2012-W32-WE'],
    // Guards: told on a weekday, as before.
    ['Bolt runs the relay next weekend.', 'next weekend', '2012-08-02', '2012-W31-WE'],
    ['Bolt ran the relay last weekend.', 'last weekend', '2012-08-04', '2012-W30-WE'],
  ]);
});

describe('the start of what was agreed or decided to be done', () => {
  tablePublished([
    [
      'The 14-nation group agreed to cut output by 1.2 million barrels per day to 32.5 million bpd from January 1.',
      'January 1',
      '2016-11-30',
      '2017-01-01',
    ],
    // Guards: a start that was not decided stays in the past told; so does one six months back.
    ['Output fell by 1.2 million barrels per day from January 1.', 'January 1', '2016-11-30', '2016-01-01'],
    ['The group agreed to cut output from May 1.', 'May 1', '2016-11-30', '2016-05-01'],
  ]);
});

describe('a code with "at" glued to its digits, and numbers before "percent"', () => {
  it('are no clock times', () => {
    expect(
      find('Credit Suisse bonds known as AT1 worth 16 billion francs will be written down.', 'AT1'),
    ).toBeUndefined();
    expect(
      timexesOf('The Fed raised its target range to 0.25-0.50 percent from 0-0.25 percent.').filter(
        (t) => t.type === 'time',
      ),
    ).toEqual([]);
  });
  it('guard: a clock time after "at" and a space still is one', () => {
    expect(find('They met at 10 on Monday.', '10 on Monday')?.value).toBe('2013-05-06T10:00');
  });
});

describe('a count "later" that the date right after it restates', () => {
  it('is that date', () => {
    const text =
      'Gurdon showed in 1962 that cells could be reprogrammed. More than four decades later, in 2006, Yamanaka discovered how.';
    expect(find(text, 'four decades later', '2012-10-08')?.value).toBe('2006');
    expect(
      find('Protests erupted in 2019. A year later, in October 2020, Chileans voted.', 'A year later', '2022-09-05')
        ?.value,
    ).toBe('2020-10');
  });
  it('is a day written after it, or the date it is set off right after', () => {
    expect(
      find(
        'Flights resumed on Saturday. The airport was hit three weeks earlier, on June 28.',
        'three weeks earlier',
        '2016-07-16',
      )?.value,
    ).toBe('2016-06-28');
    expect(
      find(
        'The audit began in mid-July and was completed only on Sunday, more than two months later.',
        'two months later',
        '2014-09-21',
      )?.value,
    ).toBe('2014-09-21');
  });
  it('guard: counted alone it counts from the date before', () => {
    expect(
      find(
        'Gurdon showed in 1962 that cells could be reprogrammed. Four decades later Yamanaka did more.',
        'Four decades later',
        '2012-10-08',
      )?.value,
    ).toBe('2002');
  });
});

describe('a count "later" past the publication day in a clause that does not look ahead', () => {
  it('names no date', () => {
    const text =
      'Spirit and Opportunity landed in January 2004. Spirit fell silent in 2010, but Opportunity is still operating more than eight years later.';
    expect(find(text, 'eight years later', '2012-08-06')).toBeUndefined();
  });
  it('guard: told ahead, it runs ahead', () => {
    expect(
      find('The plant opens in 2013 and will expand two years later.', 'two years later', '2012-08-06')?.value,
    ).toBe('2015');
  });
});

describe('a clock time that shares its sentence with a zoned twin and its day', () => {
  // 2014-03-09 is a Sunday: Saturday is the 8th.
  tablePublished([
    [
      'The plane left at 12:41 am on Saturday (1641 GMT Friday) and was due to land at 6:30 am.',
      '6:30 am',
      '2014-03-09',
      '2014-03-08T06:30',
    ],
    // (Guard: the zoned twin keeps its own day.)
    [
      'The plane left at 12:41 am on Saturday (1641 GMT Friday) and was due to land at 6:30 am.',
      '1641 GMT Friday',
      '2014-03-09',
      '2014-03-07T16:41Z',
    ],
  ]);
});

describe('a clock time past a count of days "before" or "after"', () => {
  // 2011-12-19 is a Monday: Saturday is the 17th.
  tablePublished([
    [
      'He died on a train on Saturday, two days before the news was released in a special broadcast at noon.',
      'noon',
      '2011-12-19',
      '2011-12-19T12:00',
    ],
    ['The minister resigned on Monday, two days after the attack at 10 am.', '10 am', '2011-12-19', '2011-12-17T10:00'],
    // (Guard: with no count, the day named.)
    ['The minister resigned on Monday after the attack at 10 am.', '10 am', '2011-12-19', '2011-12-19T10:00'],
  ]);
});

describe('"the previous night" after a date in a relative clause set off by commas', () => {
  // 2018-06-12 is a Tuesday.
  tablePublished([
    [
      'Moon Jae-in, who met the leader at the border on April 27, said he had barely slept the previous night.',
      'the previous night',
      '2018-06-12',
      '2018-06-11TNI',
    ],
    // (Guard: a date of the clause itself is counted from.)
    [
      'He met the leader at the border on April 27 and slept little the previous night.',
      'the previous night',
      '2018-06-12',
      '2018-04-26TNI',
    ],
  ]);
});

describe('a vague time word inside a name', () => {
  it('"the Future Investment Initiative" names no time; "the future" does', () => {
    expect(
      find('The scandal overshadowed the Future Investment Initiative, a conference.', 'the Future'),
    ).toBeUndefined();
    expect(find('He said the future was bright.', 'the future')?.value).toBe('FUTURE_REF');
    expect(find('Now the war is over.', 'Now')?.value).toBe('PRESENT_REF');
  });
});
