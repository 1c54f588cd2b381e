import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../types';
import { labelEvent, shortName } from './labels';
import { handMadeEntity } from '../../../tests/fixtures/hand-made-entity';

/** A hand-made entity whose mentions are every occurrence of its surface forms in `text`. */
const entity = (text: string, name: string, type: EntityType, forms: string[], role: string | null = null): Entity =>
  handMadeEntity({ text }, name, type, forms, role);

/** The label of the event placed by `date` in a one-sentence text. */
function label(
  text: string,
  date: string,
  entities: (text: string) => Entity[] = () => [],
  anchored = false,
  future?: boolean,
  past?: boolean,
): string {
  const start = text.indexOf(date);
  if (start < 0) throw new Error(`"${date}" is not in "${text}"`);
  return labelEvent({
    text,
    sentence: { start: 0, end: text.length },
    timex: { start, end: start + date.length },
    anchored,
    entities: entities(text),
    future,
    past,
  }).text;
}

/**
 * One test per row: the label of the event that `date` places in the one-sentence `text` (`future`: a date after
 * the publication day).
 */
function labelCases(rows: [text: string, date: string, expected: string][], { future = false } = {}): void {
  it.each(rows)('%s (%s) → %s', (text, date, expected) => {
    expect(label(text, date, () => [], false, future)).toBe(expected);
  });
}

describe('subject, verb and object of the clause around the date', () => {
  labelCases([
    [
      'Kerry is due to meet civil society activists on Wednesday at the residence of the ambassador.',
      'Wednesday',
      'Kerry meets civil society activists',
    ],
    [
      'Kerry is making his first trip to Russia since taking over as the chief US diplomat in February, on a delicate mission.',
      'February',
      'Kerry takes over as the chief US diplomat',
    ],
    [
      'According to the agency, Smith spoke to the prime minister this week by telephone.',
      'this week',
      'Smith speaks to the prime minister',
    ],
    [
      'The Air Force selected Northrop Grumman on February 29 to build the aircraft.',
      'February 29',
      'Air Force selects Northrop Grumman',
    ],
    [
      'Apple Computer today introduced the new MacBook line.',
      'today',
      'Apple Computer introduces the new MacBook line',
    ],
    [
      'The Government Accountability Office on June 18 called for a re-run of the bidding.',
      'June 18',
      'Government Accountability Office calls for a re-run',
    ],
    // A superlative's "since" dates the last such thing, not the main clause's event.
    ['Facing its worst crisis since 1989, the government is fighting to stem off a crash.', '1989', 'Worst crisis'],
    [
      "Dealerships whose franchises won't be renewed after October of next year will get a letter.",
      'October',
      'Franchises are not renewed',
    ],
    ['The Dow Jones was down 2.62% at 16:08 UTC, a slight increase.', '16:08 UTC', 'Dow Jones is down 2.62%'],
    [
      'Boeing had been suspended since July 24, 2003 after violating federal law.',
      'July 24, 2003',
      'Boeing is suspended',
    ],
  ]);
});

describe('reported speech', () => {
  it('reports the embedded clause, with the pronoun resolved to the speaker', () => {
    expect(
      label(
        'General Motors announced it has lost US$6 billion in the first quarter of 2009.',
        'the first quarter of 2009',
      ),
    ).toBe('General Motors loses US$6 billion');
  });
  it('keeps a hedge in the reported clause', () => {
    expect(
      label('An investigator said at the weekend that the rebels may have used the nerve agent sarin.', 'the weekend'),
    ).toBe('Rebels may have used the nerve agent sarin');
  });
  it('says who commented when only a quotation precedes', () => {
    expect(
      label('"We certainly think it is worth testing," a senior State Department official said Monday.', 'Monday'),
    ).toBe('Senior State Department official comments');
  });
});

describe('noun phrases and named events at the date', () => {
  labelCases([
    ['Lavrov warned against military action along the lines of the 2003 invasion of Iraq.', '2003', 'Invasion of Iraq'],
    [
      "Other issues include last month's Boston Marathon bombings blamed on two brothers.",
      'last month',
      'Boston Marathon bombings',
    ],
    [
      "The visit coincides with the anniversary of Putin's return to the Kremlin for an historic third term on May 7, 2012 which heralded a chill.",
      'May 7, 2012',
      'Putin returns to the Kremlin for a third term',
    ],
  ]);
  labelCases([
    ["Last year's prize went to the playwright Ann Lee.", 'Last year', 'Prize goes to the playwright Ann Lee'],
    ['A door panel blew off the jet on January 5.', 'January 5', 'Door panel blows off the jet'],
    ['The 2019 rate cut helped markets.', '2019', 'Rate cut'],
    [
      'Tens of thousands of people rallied in the capital late Tuesday against the bill.',
      'Tuesday',
      'Tens of thousands of people rally in the capital',
    ],
    ['Hundreds of supporters marched in the city on Monday.', 'Monday', 'Hundreds of supporters march in the city'],
    ['Police arrested people protesting in the square on Tuesday.', 'Tuesday', 'Police arrest people'],
    ['Within hours, thousands gathered at the gate on Tuesday.', 'Tuesday', 'Thousands gather at the gate'],
    [
      'Within hours, crowds gathered at the gate, and at 11:30 pm the officer in charge ordered the gates opened.',
      '11:30 pm',
      'Officer in charge orders the gates opened',
    ],
    ['He arrived in the city on Monday, and in the evening he spoke.', 'Monday', 'He arrives in the city'],
    ['The bill passed its second reading in parliament on Wednesday.', 'Wednesday', 'Bill passes its second reading'],
    ['Police stopped the meeting on Wednesday.', 'Wednesday', 'Police stop the meeting'],
  ]);
  it('takes a named event from the entities when there is one', () => {
    const text = "Issues include last month's Boston Marathon bombings blamed on two brothers.";
    expect(
      label(text, 'last month', (t) => [entity(t, 'Boston Marathon bombings', 'event', ['Boston Marathon bombings'])]),
    ).toBe('Boston Marathon bombings');
  });
  it('past a comma after the date, a named event is the subject of what it did', () => {
    const text = 'Last year, Cyclone Amphan killed more than 100 people across the two countries.';
    expect(label(text, 'Last year', (t) => [entity(t, 'Cyclone Amphan', 'event', ['Cyclone Amphan'])])).toBe(
      'Cyclone Amphan kills more than 100 people',
    );
  });
  it('does not take a record low for an event', () => {
    expect(label('US stock markets dropped to twelve-year lows on Thursday.', 'twelve-year')).not.toMatch(/^Lows/);
  });
});

describe('spans anchored on the publication date: what began', () => {
  it('names the thing a "since" clause measures, as the article calls it elsewhere', () => {
    const text =
      'Russia blames the West for the Syria conflict and wants an end to conflict that has claimed 70,000 lives in since March 2011.';
    expect(label(text, 'March 2011', () => [], true)).toBe('Syria conflict begins');
  });
  it('names the thing before "of" that a "since" clause measures', () => {
    const text = 'Sales fell despite a shortage of semiconductors that has hit the industry since 2021.';
    expect(label(text, '2021', () => [], true)).toBe('Shortage of semiconductors begins');
  });
  it('negative: not a part of the thing ("an end of conflict that …")', () => {
    const text = 'Russia wants an end of conflict that has claimed 70,000 lives since March 2011.';
    expect(label(text, 'March 2011', () => [], true)).toBe('Conflict begins');
  });
  it('not a market\'s session ("since Friday\'s close"): the clause says what changed since', () => {
    const text = "The company's shares have fallen around 11 percent since Friday's close.";
    expect(label(text, 'Friday', () => [], true)).toBe("Company's shares fall around 11 percent");
  });
  it('negative: not a thing a passive clause tells of, which is no actor ("nitrate that had been stored since 2014")', () => {
    const text = 'The blast was caused by ammonium nitrate that had been stored in a warehouse since 2014.';
    expect(label(text, '2014', () => [], true)).toBe('Ammonium nitrate is stored in a warehouse');
  });
  it.each([
    [
      'The UN says more than 9,000 people have been killed in the crackdown on dissent since March 2011.',
      'March 2011',
      'Crackdown on dissent begins',
    ],
    ['The conflict has killed 5,000 people since April.', 'April', 'Conflict begins'],
    ['Ten people have been killed in clashes since Monday.', 'Monday', 'Clashes begin'],
  ])('names what a toll counted "since" is the toll of: %s', (text, date, expected) => {
    expect(label(text, date, () => [], true)).toBe(expected);
  });
  it('names the thing a duration measures by the name before it elsewhere, of up to three words', () => {
    const text =
      'The vote was delayed because of the Boko Haram insurgency. The six-year insurgency has killed 13,000 people.';
    expect(label(text, 'six-year', () => [], true)).toBe('Boko Haram insurgency begins');
  });
  it('names the thing a duration measures', () => {
    const text = 'The Syria conflict goes on, with the 26-month conflict threatening to spill across the region.';
    expect(label(text, '26-month', () => [], true)).toBe('Syria conflict begins');
  });
  it.each([
    ['Hudson will become the first woman to run Qantas in its 103-year history.', "Qantas's history begins"],
    ['It was the worst loss in the agency’s 39-year history.', "Agency's history begins"],
    ['No team had done it in the tournament’s 80-year history.', "Tournament's history begins"],
    ["Rates rose the most in the Bank of England's 329-year history.", "Bank of England's history begins"],
    [
      'Smith became the first woman to lead the Bank of England in its 329-year history.',
      "Bank of England's history begins",
    ],
  ])('a length before "history" counts back to its owner: %s', (text, expected) => {
    const names = (t: string) => [
      entity(t, 'Qantas', 'organization', ['Qantas']),
      entity(t, 'Bank of England', 'organization', ['Bank of England']),
      entity(t, 'Hudson', 'person', ['Hudson']),
      entity(t, 'Smith', 'person', ['Smith']),
    ];
    const date = /\d+-year/.exec(text)![0];
    expect(label(text, date, names, true)).toBe(expected);
  });
  it.each([
    [
      'Starmer took office on Friday, ending 14 years of Conservative government.',
      '14 years',
      'Conservative government begins',
    ],
    ['The ruling ends three decades of military rule.', 'three decades', 'Military rule begins'],
    // (A plural begins in the plural.)
    ['The bank raised rates, ending eight years of negative rates.', 'eight years', 'Negative rates begin'],
    [
      'In Syria, already devastated by nearly 12 years of civil war, rescuers dug.',
      'nearly 12 years',
      'Civil war begins',
    ],
  ])('"%s": what filled the years after "of" began then', (text, date, expected) => {
    expect(label(text, date, () => [], true)).toBe(expected);
  });
  it('negative: with no owner found, the clause is labelled as before', () => {
    expect(label('Hudson won in a 103-year history.', '103-year', () => [], true)).not.toMatch(/history begins/);
  });
});

describe('a verb of reporting with an object, and another verb after "and"', () => {
  labelCases([
    [
      'Acme on Thursday reported a record profit and said Joyce would retire in November.',
      'Thursday',
      'Acme reports a record profit',
    ],
    ['Acme on Thursday announced a deal and said it would cut jobs.', 'Thursday', 'Acme announces a deal'],
    // Guards: a reported clause, and one whose subject is a pair of names.
    ['Acme said on Thursday that it would cut jobs and close plants.', 'Thursday', 'Acme says it will cut jobs'],
    ['Acme said on Thursday Smith and Jones would retire.', 'Thursday', 'Acme says Smith and Jones will retire'],
  ]);
});

describe('"tell" before a reported clause without "that": whom one tells is no part of its subject', () => {
  labelCases([
    ['On Tuesday, the minister told reporters the talks had stalled.', 'Tuesday', 'Minister says talks stalled'],
    ['Speaking on Tuesday, the minister told reporters talks had stalled.', 'Tuesday', 'Minister says talks stalled'],
    ['On Tuesday the minister told the court the talks would resume.', 'Tuesday', 'Minister says talks will resume'],
    ['On Tuesday the minister told Sky News the talks would resume.', 'Tuesday', 'Minister says talks will resume'],
    ['On Tuesday the minister told them the talks would resume.', 'Tuesday', 'Minister says talks will resume'],
    // Guards: no one told, and whom told set off by the date.
    ['On Tuesday the minister said the talks would resume.', 'Tuesday', 'Minister says talks will resume'],
    ['The minister told journalists on Tuesday the talks would resume.', 'Tuesday', 'Minister says talks will resume'],
  ]);
});

describe('a past form between an infinitive and its noun qualifies the noun', () => {
  labelCases([
    [
      'The minister resigned over his failure to declare paid posts on Monday.',
      'Monday',
      'Minister resigns over his failure to declare paid posts',
    ],
    // Guard: an infinitive's own past stays out of it.
    ['The firm agreed to return stolen funds on Monday.', 'Monday', 'Firm agrees to return stolen funds'],
  ]);
});

describe('whom one tells, before "that" and a clause dated after it, is no object of its verb', () => {
  labelCases([
    [
      'An adviser told AFP that parliament would meet next week to discuss it.',
      'next week',
      'Parliament will meet to discuss it',
    ],
    ['An adviser told the newspaper that parliament would meet next week.', 'next week', 'Parliament will meet'],
  ]);
});

describe("a pronoun a relative clause's verb of saying reports stands for the relative's noun", () => {
  labelCases([
    [
      'Flights were grounded at the airport, which said it would resume normal operations on Friday.',
      'Friday',
      'Airport will resume normal operations',
    ],
    [
      'Flights were grounded at the airport, which said that it would resume normal operations on Friday.',
      'Friday',
      'Airport will resume normal operations',
    ],
    // Guard: a verb of saying with a subject of its own.
    ['The company said it would cut 500 jobs on Friday.', 'Friday', 'Company will cut 500 jobs'],
  ]);
});

describe('a participle set off after a long name describes the whole name', () => {
  labelCases([
    [
      "The European Space Agency's Juice probe, launched in April 2023, is also on its way to study Jupiter's moons.",
      'April 2023',
      "European Space Agency's Juice probe is launched",
    ],
    // Guard: a noun phrase of common words keeps its four-word limit.
    [
      "The European Union's new law, passed in April 2023, is in force.",
      'April 2023',
      "European Union's new law is passed",
    ],
  ]);
});

describe('an "it" a saying reports before "is" and an adjective for a clause stands for no one', () => {
  labelCases([
    [
      'Lagarde said on Thursday it was "premature" to discuss rate cuts.',
      'Thursday',
      'Lagarde says it is "premature" to discuss rate cuts',
    ],
    [
      'Lagarde said on Thursday it was too early to discuss rate cuts.',
      'Thursday',
      'Lagarde says it is too early to discuss rate cuts',
    ],
    [
      'Lagarde said on Thursday it was clear that rates had peaked.',
      'Thursday',
      'Lagarde says it is clear that rates had peaked',
    ],
    // Guard: an adjective whose subject does what follows.
    ['The firm said on Thursday it was ready to cut jobs.', 'Thursday', 'Firm cuts jobs'],
  ]);
});

describe('a verb of judging: a place phrase between its object and the state it declares', () => {
  labelCases([
    [
      'The government on Monday declared the flooding in the north a national disaster.',
      'Monday',
      'Government declares the flooding a national disaster',
    ],
    // Eleven words: the one past the limit ends the noun phrase the limit would cut.
    [
      'The World Health Organization on Wednesday declared the mpox outbreak in Africa a public health emergency of international concern, its highest level of alert.',
      'Wednesday',
      'World Health Organization declares the mpox outbreak a public health emergency',
    ],
    // Guard: no state after the place phrase.
    ['The court on Monday declared the vote in Ohio void.', 'Monday', 'Court declares the vote'],
  ]);
});

describe('a dated noun phrase, then "when" and what happened then', () => {
  labelCases([
    ['It was his first win since the 2019 election, when the party lost 40 seats.', '2019', 'Party loses 40 seats'],
    // So does one after "in which".
    [
      'Observers found manipulation in the October 20 election, in which Tarn claimed victory for a fourth term.',
      'October 20',
      'Tarn claims victory for a fourth term',
    ],
    ['Prices have risen since the 2008 crisis, when banks collapsed.', '2008', 'Banks collapse'],
    // Guards: a clause that names its people only as "him" or "her", and no clause.
    ['He avenged his defeat in the 2021 final, when the Russian denied him a calendar Grand Slam.', '2021', 'Final'],
    ['Prices have risen since the 2008 crisis.', '2008', 'Crisis'],
  ]);
});

describe('a future told at the date of a saying after it keeps its "will"', () => {
  labelCases([
    [
      'Boeing chief executive Dave Calhoun will step down at the end of the year, the company said on Monday.',
      'Monday',
      'Dave Calhoun will step down',
    ],
    ['The bridge will not reopen until May, officials said on Friday.', 'Friday', 'Bridge will not reopen'],
    // Guard: at its own date, a future is told as the present.
    [
      'Boeing chief executive Dave Calhoun will step down at the end of the year, the company said on Monday.',
      'the end of the year',
      'Dave Calhoun steps down',
    ],
  ]);
});

describe('a dated noun of a happening after a verb not done at its date, and the place after it', () => {
  labelCases([
    [
      'The agency capped production while it investigates the January 5 incident on an Alaska Airlines flight.',
      'January 5',
      'Incident on an Alaska Airlines flight',
    ],
    ['Police are still investigating the 2019 attack in Christchurch.', '2019', 'Attack in Christchurch'],
    // An assault is one such happening.
    [
      'Former president Donald Trump, banned after the January 6, 2021 assault on the Capitol, could return.',
      'January 6, 2021',
      'Assault on the Capitol',
    ],
    // Guards: a past verb is done at its object's date; a date after the noun is no place.
    ['Officials reviewed the 2019 attack in Christchurch.', '2019', 'Officials review the attack'],
    ['Police opened an inquiry into the 2015 merger on Monday.', '2015', 'Merger'],
    // (And after "with", "for" or "on".)
    [
      'She faces her first test with the 2023 budget, which must be sent to Brussels by the end of the month.',
      '2023',
      'Budget',
    ],
  ]);
});

describe('what one announces, without "that", is a thing: its plural is no verb', () => {
  labelCases([
    [
      'His economy minister, Luis Caputo, is expected to announce the first measures on Tuesday.',
      'Tuesday',
      'Luis Caputo announces the first measures',
    ],
    ['Caputo will announce the new measures on Tuesday.', 'Tuesday', 'Caputo announces the new measures'],
    // Guards: after "that", and after "said", a present is what was said.
    ['The ministry announced that the new law takes effect in May.', 'May', 'New law takes effect'],
    ['Officials said the next fire season begins in May.', 'May', 'Next fire season begins'],
  ]);
});

describe('a date that is the last of a count of times', () => {
  labelCases([
    [
      'Argentina has defaulted on its sovereign debt nine times, most recently in 2020.',
      '2020',
      'Argentina defaults on its sovereign debt',
    ],
    ['The river has flooded 12 times, the latest in 2019.', '2019', 'River floods'],
    // Guard: a span of the count, not one of them.
    [
      'Argentina has defaulted on its sovereign debt nine times since 1816.',
      '1816',
      'Argentina defaults on its sovereign debt nine times',
    ],
  ]);
});

describe('a perfect of a past that is a participle too ("had rebuilt", "has withheld")', () => {
  labelCases([
    // (Told before "that", with who told it: see "a pluperfect reported after a date that dates the telling".)
    [
      'Al-Khelaifi said last month that the club had rebuilt its squad.',
      'last month',
      'Al-Khelaifi says club rebuilt its squad',
    ],
    ['He had taught in Paris in 2010.', '2010', 'He teaches in Paris'],
    // Guard: "had" before a noun is the main verb.
    ['The club had 20 players in 2010.', '2010', 'Club has 20 players'],
  ]);
});

describe('"had" as the main verb before a quotation', () => {
  labelCases([
    ['Nasser al-Khelaifi said last month that the club had "no regrets".', 'last month', 'Club has no regrets'],
    // Guard: a perfect.
    [
      'Al-Khelaifi said last month that the club had "rewritten the record books".',
      'last month',
      'Club rewrites the record books',
    ],
  ]);
});

describe('a perfect whose participle opens a quotation', () => {
  labelCases([
    [
      'Red Bull team principal Christian Horner said the team had "rewritten the record books" this year.',
      'this year',
      'Team rewrites the record books',
    ],
    ['The minister has "completely failed" the country, Smith said on Monday.', 'Monday', 'Minister fails'],
  ]);
});

describe('a date after the publication day is no day of a past verb of agreeing or intent', () => {
  const future = (text: string, date: string): string => label(text, date, () => [], false, true);
  it.each([
    ['The EU agreed to ban the sale of new petrol cars from 2035.', '2035', 'EU bans the sale of new petrol cars'],
    ['Lawmakers voted to raise the age to 67 by 2030.', '2030', 'Lawmakers raise the age to 67'],
    ['The firm planned to open the plant in 2030.', '2030', 'Firm opens the plant'],
    [
      'Parliament voted on Saturday to remove the president and to hold early elections on May 25.',
      'May 25',
      'Parliament holds early elections',
    ],
    [
      'Negotiators agreed late on Thursday to ban the sale of new cars from 2035.',
      '2035',
      'Negotiators ban the sale of new cars',
    ],
  ])('%s (%s) → %s', (text, date, expected) => {
    expect(future(text, date)).toBe(expected);
  });
  it('negative: a date not after the publication day keeps the verb', () => {
    expect(label('The firm planned to open the plant in 2020.', '2020')).toBe('Firm plans to open the plant');
    expect(label('The EU agreed to ban the sale of new petrol cars from 2035.', '2035')).toBe(
      'EU agrees to ban the sale of new petrol cars',
    );
  });
});

describe('a named event at the date, whose name ends on its year', () => {
  it('keeps the year when the name would be one word without it', () => {
    const euro = (t: string): Entity[] => [entity(t, 'Euro 2024', 'event', ['Euro 2024'])];
    expect(label('Mbappe will lead France at Euro 2024.', '2024', euro)).toBe('Euro 2024');
    const cup = (t: string): Entity[] => [entity(t, 'FIFA World Cup 2018', 'event', ['FIFA World Cup 2018'])];
    expect(label('Sweden won at the FIFA World Cup 2018.', '2018', cup)).toBe('FIFA World Cup');
  });
});

describe('the first of a kind since a thing named with "the" and its date', () => {
  labelCases([
    [
      'Apple unveiled the Vision Pro, a headset that will go on sale next year, its first major new product since the Apple Watch in 2014.',
      '2014',
      'Apple Watch',
    ],
    // Guards: a record since a name without "the"; "first" since a name without "the".
    ["It was the world's worst nuclear accident since Chernobyl in 1986.", '1986', 'Chernobyl nuclear accident'],
    // One of many such things: that name's is one.
    [
      "It triggered one of the world's worst nuclear accidents since Chernobyl in 1986.",
      '1986',
      'Chernobyl nuclear accident',
    ],
    ['It was among the deadliest attacks since Beslan in 2004.', '2004', 'Beslan attack'],
    ['She won her first title since Wimbledon in 2019.', '2019', 'She wins her first title'],
  ]);
  // "first" since a person's name: that person's, placed in an occasion and said with a side.
  it('the first of a kind since a person, in an occasion, for a side', () => {
    const text = 'Mbappe hit the first hat-trick in a World Cup final since Geoff Hurst for England in 1966.';
    const people = (t: string): Entity[] => [entity(t, 'Geoff Hurst', 'person', ['Geoff Hurst'])];
    expect(label(text, '1966', people)).toBe('Hurst hat-trick');
  });
  labelCases([
    // Without the name known as a person's, the sentence's own clause.
    [
      'Mbappe hit the first hat-trick in a World Cup final since Geoff Hurst for England in 1966.',
      '1966',
      'Mbappe hits the first hat-trick',
    ],
  ]);
});

describe('a noun set off by a comma right before a subject pronoun is the object of its verb', () => {
  labelCases([
    ['He was named music director of the orchestra in 1973, a post he held until 2002.', '2002', 'He holds the post'],
    ['He was named director in 1973, a job he kept until 2002.', '2002', 'He keeps the job'],
    // Guard: a time is no object.
    ['She recalled 1973, the year he died in a crash.', '1973', 'She recalls'],
  ]);
});

describe('the words of a recognised name are never a verb', () => {
  it.each([
    ['Officials said Will Smith arrived in Paris on Monday.', 'Monday', 'Smith arrives in Paris'],
    ['Guitarist Will Sergeant left the band in 2003.', '2003', 'Guitarist Sergeant leaves the band'],
  ])('%s (%s) → %s', (text, date, expected) => {
    const names = (t: string): Entity[] => [
      entity(t, 'Will Smith', 'person', ['Will Smith']),
      entity(t, 'Will Sergeant', 'person', ['Will Sergeant']),
    ];
    expect(label(text, date, names)).toBe(expected);
  });
});

describe('a participle phrase opening the sentence, with a clause inside it; a name in "-ed"', () => {
  labelCases([
    [
      'Born in Tel Aviv in 1934 while his mother was visiting relatives, he grew up in Paris.',
      '1934',
      'He is born in Tel Aviv',
    ],
    ['Founded in 1987 when the market was booming, the firm grew fast.', '1987', 'Firm is founded'],
    // An aside after the phrase's comma, opening with a preposition, before the main clause.
    [
      'Born in 1935 in Shenyang, in what was then Japanese-occupied Manchuria, Ozawa studied in Tokyo.',
      '1935',
      'Ozawa is born',
    ],
    // A name in "-ed" opening the sentence is no participle.
    ['Mohamed brought the clock to school on September 14.', 'September 14', 'Mohamed brings the clock to school'],
  ]);
});

describe('a plural with a hyphen; a participle between an article, an adverb and a noun', () => {
  labelCases([
    ['Pre-orders began Tuesday.', 'Tuesday', 'Pre-orders begin'],
    ['Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple.', 'Tuesday', 'Pre-orders begin'],
    ['The newly elected mayor took office on Monday.', 'Monday', 'Newly elected mayor takes office'],
  ]);
});

describe('a place phrase opening the sentence before a list of names', () => {
  labelCases([
    [
      'In the United States, American Airlines, Delta and United halted all flights early Friday.',
      'early Friday',
      'American Airlines, Delta and United halt all flights',
    ],
    [
      'In the United States, Delta and United halted all flights on Friday.',
      'Friday',
      'Delta and United halt all flights',
    ],
  ]);
});

describe('a compound noun ending on a past spelled as its base, and "which" after another date', () => {
  labelCases([
    [
      'The company announced a 10-for-1 stock split last month, which takes effect on Friday.',
      'last month',
      'Company announces a 10-for-1 stock split',
    ],
    [
      'The company announced a 10-for-1 stock split last month, which takes effect on Friday.',
      'Friday',
      '10-for-1 stock split takes effect',
    ],
    // negative: "The board cut" is a subject and its verb.
    ['The board cut the dividend on Thursday.', 'Thursday', 'Board cuts the dividend'],
  ]);
});

describe('a place after a participle and its date', () => {
  labelCases([
    [
      'More than 61,000 people died, a study published this month in Nature Medicine found.',
      'this month',
      'Study is published in Nature Medicine',
    ],
    ['An agreement signed last month in Washington gave Kyiv aid.', 'last month', 'Agreement is signed in Washington'],
  ]);
});

describe('a personal pronoun after a noun', () => {
  it('is the whole subject ("the first time it has done so since it was founded")', () => {
    const text =
      'The Africa CDC declared its own emergency on Tuesday, the first time it has done so since it was founded in 2017.';
    const names = (t: string) => [entity(t, 'Africa CDC', 'organization', ['Africa CDC'])];
    expect(label(text, '2017', names)).toBe('Africa CDC is founded');
  });
});

describe('a participle of naming set off by commas', () => {
  labelCases([
    [
      'The probe is due to reach the asteroid, also called Psyche, in August 2029.',
      'August 2029',
      'Probe reaches the asteroid',
    ],
    ['The probe will reach the asteroid, named Psyche, in 2029.', '2029', 'Probe reaches the asteroid'],
    // negative: a naming dated inside the aside is the happening.
    ['The storm, later named Otis on Tuesday, grew.', 'Tuesday', 'Storm is named Otis'],
  ]);
});

describe('entities make labels shorter', () => {
  const text =
    'US Secretary of State John Kerry was Tuesday to hold talks in Moscow with Russian President Vladimir Putin, seeking to narrow differences.';
  it('shortens people to their surname and drops their titles', () => {
    const entities = (t: string) => [
      entity(t, 'John Kerry', 'person', ['John Kerry'], 'US Secretary of State'),
      entity(t, 'Vladimir Putin', 'person', ['Vladimir Putin'], 'Russian President'),
      entity(t, 'United States', 'place', ['US']),
      entity(t, 'Moscow', 'place', ['Moscow']),
    ];
    expect(label(text, 'Tuesday', entities)).toBe('Kerry holds talks with Putin');
  });
  it('drops the determiner of a dropped title ("its chief executive Ann Hale" → "Hale")', () => {
    const text = 'The studio will keep its chief executive Ann Hale until the end of the year.';
    const people = (t: string) => [entity(t, 'Ann Hale', 'person', ['Ann Hale'], 'chief executive')];
    expect(label(text, 'the end of the year', people)).toBe('Studio keeps Hale');
    // A determiner with no title after it stays ("their striker Ann Hale" has no title known as one).
    const plain = 'The club will keep their striker Ann Hale until the end of the year.';
    const striker = (t: string) => [entity(t, 'Ann Hale', 'person', ['Ann Hale'])];
    expect(label(plain, 'the end of the year', striker)).toBe('Club keeps their striker Ann Hale');
  });
  it('reads a participle in the role right before a name as no verb ("sentenced ousted president X")', () => {
    const text = 'A court sentenced ousted president Ivo Marten to life in prison on Saturday.';
    const people = (t: string) => [entity(t, 'Ivo Marten', 'person', ['Ivo Marten'], 'ousted president')];
    expect(label(text, 'Saturday', people)).toBe('Court sentences Marten to life');
  });
  it('drops the people a person is one of, right before the name ("Irishman Sean Doyle" → "Doyle")', () => {
    const text = 'Irishman Sean Doyle won the race on Sunday.';
    const entities = (t: string) => [
      entity(t, 'Sean Doyle', 'person', ['Sean Doyle']),
      entity(t, 'Irishman', 'group', ['Irishman']),
    ];
    expect(label(text, 'Sunday', entities)).toBe('Doyle wins the race');
  });
  it('falls back on capitalised names without entities', () => {
    expect(label(text, 'Tuesday')).toBe('John Kerry holds talks with Vladimir Putin');
  });
  it('"who" after a place opening the sentence stands for it: a team named after its city', () => {
    const match = 'Madrid, who beat Dortmund 2-0 in the final on Saturday, are expected to present Mbappe.';
    const entities = (t: string) => [
      entity(t, 'Kylian Mbappe', 'person', ['Mbappe']),
      entity(t, 'Madrid', 'place', ['Madrid']),
    ];
    expect(label(match, 'Saturday', entities)).toMatch(/^Madrid beat/);
  });
  it('a name ending in "s" is one, even as a short form of a longer name ("Zelos" of "Storm Zelos")', () => {
    const storm = 'Zelos strengthened from a tropical storm to a hurricane on Tuesday.';
    const entities = (t: string) => [entity(t, 'Storm Zelos', 'event', ['Zelos'])];
    expect(label(storm, 'Tuesday', entities)).toMatch(/^Zelos strengthens/);
  });
  it('keeps a name whole where it names a thing ("its Rosalind Franklin rover")', () => {
    const rover = 'The agency said its long-delayed Rosalind Franklin rover would launch to Mars in October 2028.';
    const entities = (t: string) => [entity(t, 'Rosalind Franklin', 'person', ['Rosalind Franklin'])];
    expect(label(rover, 'October 2028', entities)).toBe('Long-delayed Rosalind Franklin rover will launch to Mars');
  });
  it.each([
    [{ name: 'Vladimir Putin', type: 'person' as const }, 'Putin'],
    [{ name: 'Maria del Rio', type: 'person' as const }, 'del Rio'],
    [{ name: 'State Department', type: 'organization' as const }, 'State Department'],
    [{ name: 'Madonna', type: 'person' as const }, 'Madonna'],
    [{ name: 'Dalai Lama', type: 'person' as const }, 'Dalai Lama'],
  ])('short name of %o is %s', (e, expected) => {
    expect(shortName(e)).toBe(expected);
  });
  // A name written family name first: the word the article calls the person by, or, with a given name
  // hyphenated in lower case, the first word.
  it.each([
    ['Park Min Jun', ['Park Min Jun', 'Park'], 'Park'],
    ['Baek Sung-ho', ['Baek Sung-ho'], 'Baek'],
    ['Ana Silva', ['Ana Silva', 'Silva'], 'Silva'],
    ['Ana Silva', ['Ana Silva', 'Ana', 'Silva', 'Silva'], 'Silva'],
    ['Ana Silva', ['Ana Silva'], 'Silva'],
    ['Maria del Rio', ['Maria del Rio', 'Rio'], 'del Rio'],
    ['Maria del Rio', ['Maria del Rio'], 'del Rio'],
    // Particles with two names after them are of the given name.
    ['Maria de los Angeles Velk', ['Maria de los Angeles Velk'], 'Velk'],
    // But a particle right before the surname is the surname's.
    ['Tarek El Abidine Ben Saleh', ['Tarek El Abidine Ben Saleh'], 'Ben Saleh'],
    ['Ana Clara Lima da Costa', ['Ana Clara Lima da Costa', 'Lima', 'Lima'], 'Lima'],
    ['Ana Clara Lima da Costa', ['Ana Clara Lima da Costa', 'Costa'], 'da Costa'],
    ['Omar al-Hassan', ['Omar al-Hassan', 'Hassan'], 'al-Hassan'],
    ['Rahim Waker-Uz-Zaman', ['Rahim Waker-Uz-Zaman'], 'Waker-Uz-Zaman'],
    ['Tom Lloyd-Hughes', ['Tom Lloyd-Hughes'], 'Lloyd-Hughes'],
    ['Jane Smith-Jones', ['Jane Smith-Jones'], 'Smith-Jones'],
    // A Chinese name (a common family name, a given name in pinyin) or a Korean one of three words, named in full.
    ['Zhou Hanbin', ['Zhou Hanbin'], 'Zhou'],
    ['Liang Yi', ['Liang Yi'], 'Liang'],
    ['Kang Min Su', ['Kang Min Su'], 'Kang'],
    // A Cantonese one of three words too.
    ['Hui Ka Yan', ['Hui Ka Yan'], 'Hui'],
    ['Wong Kar Wai', ['Wong Kar Wai'], 'Wong'],
    // A given name in two capitalised syllables after a known family name (Korean names as wires write them).
    ['Kang Min-Su', ['Kang Min-Su'], 'Kang'],
    ['Bo Xilai', ['Bo Xilai'], 'Bo'],
    ['Han Jin-Ho', ['Han Jin-Ho'], 'Han'],
    ['Zhou Hanbin', ['Zhou Hanbin', 'Hanbin', 'Hanbin'], 'Hanbin'],
    // Not a Western name that opens with such a word.
    ['Ma Thornton', ['Ma Thornton'], 'Thornton'],
    ['Lee Dixon', ['Lee Dixon'], 'Dixon'],
    ['Kim Anderson Cole', ['Kim Anderson Cole'], 'Cole'],
    ['Joshua Wong', ['Joshua Wong'], 'Wong'],
    ['Chan Santokhi Ramdin', ['Chan Santokhi Ramdin'], 'Ramdin'],
    // The last words of the name, as the article writes them alone.
    ['Ida Wolden Bache', ['Ida Wolden Bache', 'Wolden Bache'], 'Wolden Bache'],
    ['Marcelo Rebelo de Sousa', ['Marcelo Rebelo de Sousa', 'Rebelo de Sousa'], 'Rebelo de Sousa'],
  ])('short name of %s, named %j, is %s', (name, forms, expected) => {
    const text = forms.join('. ');
    const person = entity(text, name, 'person', [...new Set(forms)]);
    expect(shortName(person, text)).toBe(expected);
  });
  it('a label names a person by the word the article uses for them', () => {
    const text = 'President Park Min Jun said Park had signed the decree on Tuesday.';
    const entities = (t: string) => [entity(t, 'Park Min Jun', 'person', ['Park Min Jun', 'Park'])];
    expect(label(text, 'Tuesday', entities)).toBe('Park signs the decree');
    const junta = "In 1980 general Baek Sung-ho's junta crushed an uprising in the south.";
    const general = (t: string) => [entity(t, 'Baek Sung-ho', 'person', ['Baek Sung-ho'], 'general')];
    expect(label(junta, '1980', general)).toMatch(/^Baek's junta crushes an uprising/);
  });
});

describe('an irregular past joined by "and" lends its subject', () => {
  labelCases([
    [
      'The launch comes weeks after its first craft failed, and days after a rival probe spun out of control and smashed into the sea on Sunday.',
      'Sunday',
      'Rival probe smashes into the sea',
    ],
  ]);
});

describe('relative clauses and joined verbs', () => {
  it('a "who" clause is about the person named right before it', () => {
    const text = 'Draghi will hand over to former IMF chief Christine Lagarde, who was nominated in July.';
    const entities = (t: string) => [
      entity(t, 'Mario Draghi', 'person', ['Draghi']),
      entity(t, 'Christine Lagarde', 'person', ['Christine Lagarde'], 'former IMF chief'),
    ];
    expect(label(text, 'July', entities)).toBe('Lagarde is nominated');
  });
  labelCases([
    [
      'Exports have suffered from the trade war between the United States and China that began last year.',
      'last year',
      'Trade war begins',
    ],
    // Of names joined after "between", the last is the actor of a verb only an actor does, or of "who".
    [
      "Relations between Paris and Mali's military junta, which seized power in August 2020, have soured.",
      'August 2020',
      "Mali's military junta seizes power",
    ],
    ['The rift between France and the junta that took power in 2020 has grown.', '2020', 'Junta takes power'],
    ['Talks between the union and the employers, who walked out on Monday, resumed.', 'Monday', 'Employers walk out'],
    ['The war between Russia and Ukraine, which began in 2022, goes on.', '2022', 'War begins'],
    // The "and" that joins the noun to the one before is no part of it.
    [
      'He faces a hostile parliament, and a budget deficit that reached 6.2 percent last year.',
      'last year',
      'Budget deficit reaches 6.2 percent',
    ],
    ['The deal between Acme and Beta, which was signed in 2019, lapsed.', '2019', 'Deal is signed'],
    [
      'The phone will come pre-loaded with the new software, which will be available on June 17.',
      'June 17',
      'New software is available',
    ],
    [
      'A report released by the Labor Department on the same day, which said the economy shed 663,000 jobs in March, was ignored.',
      'March',
      'Economy sheds 663,000 jobs',
    ],
    [
      'The Eurogroup meeting was the last of many which took place during the weekend.',
      'the weekend',
      'Eurogroup meeting takes place',
    ],
    // An age between a name and its clause is stepped over; a number that is the antecedent is not.
    [
      'Okafor, 81, who had led the coastal province since 1998, stepped down on Friday.',
      '1998',
      'Okafor leads the coastal province',
    ],
    ['Of the lawmakers, 90, who had backed the bill in March, now oppose it.', 'March', '90 back the bill'],
  ]);
  it('a relative clause climbed back over for a pronoun lends it no subject', () => {
    const text =
      'In 2009, Fiat bought a stake in Chrysler, which had just exited bankruptcy, and has since increased its holding, expected to reach 57% by the end of this year.';
    expect(label(text, 'the end of this year')).toBe('Fiat expects to reach 57%');
  });
  it('verbs joined by "and" share the main subject, with its number', () => {
    const text =
      'Analysts at Commerzbank said the package would do little, and expected another cut by the end of the year.';
    expect(label(text, 'the end of the year')).toBe('Analysts at Commerzbank expect another cut');
  });
  it('another date between subject and verb is not the subject', () => {
    const text =
      'The European Central Bank on Thursday cut its deposit rate and said it would restart its bond-buying programme in November.';
    expect(label(text, 'November')).toBe('European Central Bank will restart its bond-buying programme');
  });
  it('an object does not end on an adverb', () => {
    expect(label('The bank ended its asset purchase scheme only last December.', 'last December')).toBe(
      'Bank ends its asset purchase scheme',
    );
  });
});

describe('participles that describe, and things someone owns', () => {
  labelCases([
    [
      'The president ordered schools to stay closed until February 12.',
      'February 12',
      'President orders schools to stay closed',
    ],
    ['Officials said the shops would remain closed until Monday.', 'Monday', 'Shops will remain closed'],
    [
      'The government continued to hold all markets closed until Friday.',
      'Friday',
      'Government continues to hold all markets closed',
    ],
    [
      'She was bidding for a second title after her Australian Open triumph in January.',
      'January',
      'Australian Open triumph',
    ],
    // A participle right before the date describes the noun before it.
    [
      'NASA will provide the heater units, under an agreement signed last month in Washington.',
      'last month',
      'Agreement is signed in Washington',
    ],
    [
      'The president ordered the evacuation of people living near rivers ahead of a cyclone expected this weekend.',
      'this weekend',
      'Cyclone is expected',
    ],
    // Not after a clause word: there the noun is the clause's subject.
    [
      'Dealers must be won back in the United States, where inventories swelled last year.',
      'last year',
      'Inventories swell',
    ],
    // Between a number and its noun, a participle is an adjective ("the six affected districts").
    ['The governor declared a curfew in the six affected districts on Monday.', 'Monday', 'Governor declares a curfew'],
    ['Rescuers pulled 40 trapped miners from the shaft on Friday.', 'Friday', 'Rescuers pull 40 trapped miners'],
    // Not before a preposition: there it is the verb (and a number above one is plural).
    ['About 300 gathered outside the court on Monday.', 'Monday', 'About 300 gather outside the court'],
    ['Of the 40 miners, 12 escaped through a side tunnel on Friday.', 'Friday', '12 escape through a side tunnel'],
    ['Of the 40 miners, one escaped through a side tunnel on Friday.', 'Friday', 'One escapes through a side tunnel'],
    // A number ending a name is no count.
    ['The Nikkei 225 closed at a record high on Friday.', 'Friday', 'Nikkei 225 closes at a record high'],
  ]);
});

describe('what a verb did, where', () => {
  labelCases([
    ['Smith won the Open in 2022 and Wimbledon last July.', 'last July', 'Smith wins Wimbledon'],
    ['Smith won the Open in 2022 and Wimbledon last July.', '2022', 'Smith wins the Open'],
    [
      'Smith withdrew from the tournament on Tuesday with a knee injury.',
      'Tuesday',
      'Smith withdraws from the tournament',
    ],
    ['The jetliner crashed into the Atlantic Ocean in June.', 'June', 'Jetliner crashes into the Atlantic Ocean'],
    ['The index closed at its lowest level on Friday.', 'Friday', 'Index closes at its lowest level'],
    ['Smith arrived in Paris in 2003.', '2003', 'Smith arrives in Paris'],
    // A plural possessive does not end the object.
    ["The agency will host a donors' conference in Geneva in March.", 'March', "Agency hosts a donors' conference"],
    ["The board approved the workers' pay rise on Monday.", 'Monday', "Board approves the workers' pay rise"],
    // "of" and a name name the place too.
    [
      "The storm tore into the island's northern port of Santa Rosa early Tuesday.",
      'early Tuesday',
      "Storm tears into the island's northern port of Santa Rosa",
    ],
    // A word of the date is no part of the place.
    [
      "The storm tore into the island's northern port of Santa Rosa early Tuesday.",
      'Tuesday',
      "Storm tears into the island's northern port of Santa Rosa",
    ],
    // Not "of" before a common noun, nor "to" ("came from two sets to one down").
    ['Rebels withdrew from the outskirts of the capital on Monday.', 'Monday', 'Rebels withdraw'],
  ]);
});

describe('the main verb and its subject, past asides', () => {
  labelCases([
    [
      'The trial opened in September 2021, nearly three years after police raided the town hall.',
      'September 2021',
      'Trial opens',
    ],
    [
      "The metro's green line extension, at the centre of the case, opened to passengers in 2019.",
      '2019',
      "Metro's green line extension opens to passengers",
    ],
    [
      'The measure comes on top of existing plans announced in January, in which jobs are cut.',
      'January',
      'Existing plans are announced',
    ],
  ]);
});

describe('a gerund after the object of a verb of judging', () => {
  it('takes the object as its subject', () => {
    const text = 'A court on Tuesday jailed John Moss for taking bribes between 2014 and 2017.';
    expect(label(text, '2014', (t) => [entity(t, 'John Moss', 'person', ['John Moss'])])).toBe('Moss takes bribes');
  });
  it('lends its subject to a gerund after it in the same clause, past a list of names in the object', () => {
    const text = 'Prosecutors on Friday charged John Moss and two aides with fraud after losing the vote in 2014.';
    expect(label(text, '2014', (t) => [entity(t, 'John Moss', 'person', ['John Moss'])])).toBe(
      'Prosecutors lose the vote',
    );
    const plot = 'Prosecutors charged John Moss and two aides with rigging bids after losing the vote in 2014.';
    expect(label(plot, '2014', (t) => [entity(t, 'John Moss', 'person', ['John Moss'])])).toBe('Moss loses the vote');
  });
  it('so past a long object ("… to 27 years and three months in prison for plotting …")', () => {
    const text =
      "Brazil's Supreme Court on Thursday sentenced former president Jair Bolsonaro to 27 years and three months in prison for plotting a coup to stay in power after losing the 2022 election.";
    expect(label(text, '2022', (t) => [entity(t, 'Jair Bolsonaro', 'person', ['Jair Bolsonaro'])])).toBe(
      'Bolsonaro loses the election',
    );
  });
  it('leaves other gerunds to the main subject', () => {
    const text = 'John Moss thanked the voters on Sunday after winning the seat in 2014.';
    expect(label(text, '2014', (t) => [entity(t, 'John Moss', 'person', ['John Moss'])])).toBe('Moss wins the seat');
  });
});

describe('a quotation as the object, a reported subject without its article', () => {
  it('takes a short quotation after the verb as its object', () => {
    expect(label('His successor said on Tuesday the verdict closed "a painful chapter" for the city.', 'Tuesday')).toBe(
      'Successor says verdict closed a painful chapter',
    );
  });
  it("leaves a reporting verb's quotation to the comment rule", () => {
    expect(label('The minister said "we will win" on Friday.', 'Friday')).not.toContain('we will win');
  });
});

describe('subordinate clauses, parentheses, agents', () => {
  labelCases([
    ['He will become premier when parliament convenes on Tuesday.', 'Tuesday', 'Parliament convenes'],
    ['Shares are expected to fall when trading resumes on Monday.', 'Monday', 'Trading resumes'],
    [
      'The Liberal Democratic Party (LDP) on Friday elected a new leader.',
      'Friday',
      'Liberal Democratic Party elects a new leader',
    ],
    ['He was beaten by Yoshihide Suga in 2020.', '2020', 'He is beaten by Yoshihide Suga'],
    ['He said he could call a snap election as early as next month.', 'next month', 'He could call a snap election'],
  ]);
});

describe('a body named after what it is', () => {
  labelCases([
    ['US automobile manufacturer Ford posted a net profit in 2009.', '2009', 'Ford posts a net profit'],
    [
      "The UN children's agency UNICEF sent tablets to the region this week.",
      'this week',
      'UNICEF sends tablets to the region',
    ],
    ["Spain's weather agency AEMET issued a red alert on Tuesday.", 'Tuesday', 'AEMET issues a red alert'],
    ['The former rebel movement Renamo signed a ceasefire on Friday.', 'Friday', 'Renamo signs a ceasefire'],
    ['The ruling party Fidesz won a fourth term in April.', 'April', 'Fidesz wins a fourth term'],
    [
      'European planemaker Airbus on Thursday raised its forecast for aircraft deliveries this year after reporting a jump in profit.',
      'Thursday',
      'Airbus raises its forecast for aircraft deliveries',
    ],
    [
      'Chipmaker Nvidia became the most valuable company on Tuesday.',
      'Tuesday',
      'Nvidia becomes the most valuable company',
    ],
  ]);
});

describe('a participle opening an aside', () => {
  labelCases([
    ['The mission, first proposed in 2003, was meant to lift off in 2018.', '2003', 'Mission is proposed'],
    ['The mission, first proposed in 2003, was meant to lift off in 2018.', '2018', 'Mission was meant to lift off'],
    ['The talks were supposed to start on Monday.', 'Monday', 'Talks were supposed to start'],
    [
      'Results of the studies, published in a paper in 1989, show that soybeans lose more yield.',
      '1989',
      'Studies are published in a paper',
    ],
    // Not the main verb after an aside.
    ['The index, however, gained 0.77% on Tuesday, but fell later.', 'Tuesday', 'Index gains 0.77%'],
    // Nor the owner in an aside opening with a possessive.
    [
      "The 737 MAX, Boeing's best-selling model, has been grounded worldwide since March 13.",
      'March 13',
      '737 MAX is grounded worldwide',
    ],
    ["Kestrel, Boeing's rival, cut prices on Monday.", 'Monday', 'Kestrel cuts prices'],
    // A plural's possessive too.
    ["Last month, the IAAF, athletics' world governing body, extended its ban.", 'Last month', 'IAAF extends its ban'],
    // A name's appositive before a relative clause.
    [
      "The Sundarbans, the world's largest mangrove forest, which straddles the border, took the brunt of the surge on Wednesday.",
      'Wednesday',
      'Sundarbans take the brunt of the surge',
    ],
    [
      'The metro extension, at the centre of the case, opened to passengers in 2019, two years behind schedule.',
      '2019',
      'Metro extension opens to passengers',
    ],
  ]);
});

describe('what "which" stands for', () => {
  labelCases([
    [
      'The company has been hit by a seven-week strike by 33,000 machinists, which began on September 13 and has halted production.',
      'September 13',
      'Seven-week strike begins',
    ],
    // (So "that".)
    ['Parents backed the strike by teachers that began in May.', 'May', 'Strike begins'],
    // An organisation may be the agent "which" stands for.
    [
      'The figures were compiled by the statistics office, which published them on Monday.',
      'Monday',
      'Statistics office publishes them',
    ],
    // After an apposition, the name it describes.
    [
      'Divers filmed the hull of the Vasa, the flagship of King Gustav Adolphus, which sank in Stockholm harbour in 1628.',
      '1628',
      'Vasa sinks in Stockholm harbour',
    ],
    // Not after an apposition naming no thing, nor a time closing the noun.
    [
      'Storms battered the coast, the fiercest storms this year, which closed ports on Sunday.',
      'Sunday',
      'Fiercest storms close ports',
    ],
    // The nearest noun, after "of" with its own determiner.
    ['The council will fund the rebuilding of the old pier, which opened in 1952.', '1952', 'Old pier opens'],
    ['The minister attended the launch of the Aurora, which sails on Friday.', 'Friday', 'Aurora sails'],
    // Not for a verb a happening does, nor after a noun for no doing, nor in a name.
    [
      'Officials reviewed the restoration of the chapel, which began in 2019.',
      '2019',
      'Restoration of the chapel begins',
    ],
    ['The fans cheered the farewell tour of the singer, which ended in May.', 'May', 'Farewell tour ends'],
  ]);
});

describe('subjects across a relative clause, lists of names, and credited clauses', () => {
  labelCases([
    // A relative clause right after the subject's noun is stepped over, with its own date.
    [
      'The death toll from the flood that swept the valley on Monday rose above 300 on Thursday.',
      'Thursday',
      'Death toll rises above 300',
    ],
    [
      'The death toll from the flood that swept the valley on Monday rose above 300 on Thursday.',
      'Monday',
      'Flood sweeps the valley',
    ],
    // (Two names joined by "and" are the relative clause's object, not a clause of their own; after a verb of
    // saying they are the reported clause's subject.)
    [
      'The death toll from the earthquake that struck Turkey and Syria on Monday passed 20,000 on Thursday.',
      'Monday',
      'Earthquake strikes Turkey and Syria',
    ],
    ['Officials said Britain and France on Monday agreed a deal.', 'Monday', 'Britain and France agree a deal'],
    // (A hedge before a length of time inside the clause is no noun: "for nearly a week".)
    ['The ship that had blocked the canal for nearly a week was refloated on Monday.', 'Monday', 'Ship is refloated'],
    ['The storm battered Cuba and Haiti on Monday.', 'Monday', 'Storm batters Cuba and Haiti'],
    // Two names, each of its place, are both said without it; a plural of a trade before them is dropped.
    [
      'Journalists Maria Ressa of the Philippines and Dmitry Muratov of Russia won the Nobel Peace Prize on Friday.',
      'Friday',
      'Maria Ressa and Dmitry Muratov win the Nobel Peace Prize',
    ],
    [
      'Journalists Maria Ressa and Dmitry Muratov won the prize on Friday.',
      'Friday',
      'Maria Ressa and Dmitry Muratov win the prize',
    ],
    // (Guard: a given name in "-s" is no plural.)
    ['Thomas Smith and Jane Doe won the prize on Friday.', 'Friday', 'Thomas Smith and Jane Doe win the prize'],
    // An aside of a part of the subject's people ("many of them …") is stepped over.
    [
      'Worried customers, many of them venture-backed companies, withdrew some $42 billion on Thursday.',
      'Thursday',
      'Customers withdraw some $42 billion',
    ],
    ['The protesters, most of them students, marched on Friday.', 'Friday', 'Protesters march'],
    [
      'The report that the ministry published on Monday found serious failings on Thursday.',
      'Thursday',
      'Report finds serious failings',
    ],
    // Not after a verb of saying, whose "that" opens the clause the label is about.
    ['The minister announced that officials who arrived on Monday left on Friday.', 'Friday', 'Officials leave'],
    ['The quake struck late on Friday in the High Atlas mountains.', 'Friday', 'Quake strikes'],
    [
      'He will first lead France at the European Championship in Germany, which starts on June 14.',
      'June 14',
      'European Championship starts',
    ],
    // "which" after a place with no noun before it is the place.
    ['He lives in Germany, which votes on June 14.', 'June 14', 'Germany votes'],
    // "that" with no comma after a place on a way, or where a thing is, restricts the noun before.
    [
      'The 52-year-old led a five-month march across India that ended in Kashmir in January.',
      'January',
      'Five-month march ends in Kashmir',
    ],
    ['He founded a company in London that went bankrupt in 2009.', '2009', 'Company goes bankrupt'],
    // Not a name with no noun before it.
    ['Protests spread across India that week and ended in Kashmir in January.', 'January', 'Protests end in Kashmir'],
    [
      'Madrid, who beat Dortmund 2-0 in the final at Wembley on Saturday to win the trophy for a record 15th time, are expected to present Mbappe to fans in mid-July.',
      'mid-July',
      'Madrid presents Mbappe to fans',
    ],
    [
      'Spain, Britain, Qatar and the United Arab Emirates have sent rescue teams, the government said late Sunday, adding that it had accepted offers.',
      'Sunday',
      'Spain, Britain, Qatar and United Arab Emirates send rescue teams',
    ],
    [
      'Kylian Mbappe has signed a five-year contract with Real Madrid, the Spanish champions announced on Monday.',
      'Monday',
      'Kylian Mbappe signs a five-year contract with Real Madrid',
    ],
    // Not a clause dated by a day of its own: the later day is the telling's.
    [
      'A powerful earthquake struck central Morocco late on Friday, killing more than 2,000 people, the interior ministry said on Sunday.',
      'Sunday',
      'Interior ministry comments',
    ],
    // negative: "since June" is a span up to the telling.
    [
      'Floods have killed more than 1,000 people in Pakistan since June, officials said Sunday.',
      'Sunday',
      'Floods kill more than 1,000 people',
    ],
    // Names joined by "and" speak together.
    [
      'Israel and Hamas have agreed a ceasefire deal for Gaza, mediators Qatar and the United States announced on Wednesday.',
      'Wednesday',
      'Israel and Hamas agree a ceasefire deal for Gaza',
    ],
    // The clause's own verb of confirming keeps the speaker's comment.
    [
      'Astronomers have confirmed the most distant galaxy ever observed, NASA said on Friday.',
      'Friday',
      'NASA comments',
    ],
  ]);
});

describe('a present after a subordinator, with a name in its noun phrase', () => {
  labelCases([
    [
      'The forward will join the club on July 1 after his contract with Paris Saint-Germain expires at the end of this month.',
      'this month',
      'Contract with Paris Saint-Germain expires',
    ],
  ]);
});

describe('the main verb after a who/which clause', () => {
  labelCases([
    [
      'France, who reached the final of the 2022 World Cup in Qatar, open their campaign against Austria in Duesseldorf on June 17.',
      'June 17',
      'France open their campaign against Austria',
    ],
    [
      'The Bank of England, which cut rates in February, holds its meeting on Thursday.',
      'Thursday',
      'Bank of England holds its meeting',
    ],
    // After a short noun phrase opening with its article too.
    [
      'The 33-year-old pop star, who was named Person of the Year on Wednesday, resumes the tour in Tokyo in February.',
      'February',
      '33-year-old pop star resumes the tour',
    ],
    [
      'The singer, who was named Person of the Year on Wednesday, resumes the tour in February.',
      'Wednesday',
      'Singer is named Person of the Year',
    ],
    // Before a preposition too.
    ['The festival, which began in 1990, runs until Sunday.', 'Sunday', 'Festival runs'],
    ['The exhibition, which opened in March, runs until May 5.', 'May 5', 'Exhibition runs'],
    // A plural after "The" and its plain present, before the date's preposition; a name's agrees as written.
    ['The talks run until August 11.', 'August 11', 'Talks run'],
    ['The Games run until August 11.', 'August 11', 'Games run'],
    // After the who/which clause, a plural's plain present too.
    ['The Games, which opened on July 27, end on August 12.', 'August 12', 'Games end'],
    ['The talks, which began in March, resume in Geneva on Monday.', 'Monday', 'Talks resume in Geneva'],
    ['The Games, which opened on July 27, end on August 12.', 'July 27', 'Games open'],
    // The clause's own date stays its own.
    ['The festival, which began in 1990, runs until Sunday.', '1990', 'Festival begins'],
    [
      'The Bank of England, which cut rates in February, holds its meeting on Thursday.',
      'February',
      'Bank of England cuts rates',
    ],
  ]);
});

describe('a headline writes its passive without "is"', () => {
  labelCases([
    ["Europe's Mars rover finally set for 2028 launch", '2028', "Europe's Mars rover is set"],
    // In a sentence, an adverb before a past tense leaves it active (here a verb of saying, whose reported
    // plan it announced).
    ['The company already announced on Monday that it would close.', 'Monday', 'Company announces it will close'],
  ]);
});

describe('names ending in "-ing" are no gerunds', () => {
  labelCases([
    [
      "Airbus overtook its US rival Boeing as the world's largest planemaker in 2019, after two crashes killed 346 people.",
      '2019',
      'Airbus overtakes its US rival Boeing',
    ],
    ['The delegation arrived in Beijing on Monday.', 'Monday', 'Delegation arrives in Beijing'],
    ['The jet was built by Boeing in 2019.', '2019', 'Jet is built by Boeing'],
    ['The team flew to Paris after Beijing in 2019.', '2019', 'Team flies to Paris'],
  ]);
});

describe('a date followed by "when" and its clause', () => {
  labelCases([
    [
      'It was the deadliest quake in the country since 1960, when an earthquake destroyed the city of Agadir and killed 12,000 people.',
      '1960',
      'Earthquake destroys the city of Agadir',
    ],
    // "crisis" is one, and a noun phrase after "when" is its clause's subject, not a participle's noun.
    [
      'The index fell to its lowest level since 2008, when the financial crisis erupted.',
      '2008',
      'Financial crisis erupts',
    ],
    ['He was a child in 1950 when his family lived in Paris.', '1950', 'Family lives in Paris'],
    // "born" is a participle: the main clause has a verb of its own.
    ['He was born in 1950 when his family lived in Paris.', '1950', 'He is born'],
    // "it" in the clause stands for no "they", but for the thing the main clause names last.
    [
      'They are the first journalists to win the prize since 1935, when it went to a German pacifist.',
      '1935',
      'Prize goes to a German pacifist',
    ],
    [
      'They are the first team to hold the trophy since 1990, when it was won by Italy.',
      '1990',
      'Trophy is won by Italy',
    ],
    // A date the main clause is placed after or before is a point of reference; its "when" clause tells what
    // happened then, whatever the main clause's verb.
    [
      'Many of the buildings that collapsed had been built after 1999, when a quake near the city killed 17,000 people.',
      '1999',
      'Quake near the city kills 17,000 people',
    ],
    [
      'He was named best player for the second time, after 2014, when his team lost the final to Germany.',
      '2014',
      'Team loses the final to Germany',
    ],
    [
      'The dam had stood empty before 1990, when engineers filled it for the first time.',
      '1990',
      'Engineers fill it for the first time',
    ],
    // So is a date a verb of occurring places its subject at.
    [
      "The country's worst disaster came in 1992, when a jet slammed into a hillside near the capital.",
      '1992',
      'Jet slams into a hillside',
    ],
    ['The worst attack occurred in 1992, when gunmen stormed a hotel.', '1992', 'Gunmen storm a hotel'],
    // Past an adverb, or with no preposition before the date.
    [
      'Its first fatal crash came only last July, when a jet crash-landed in Velm, killing three people.',
      'last July',
      'Jet crash-lands in Velm',
    ],
    // Not a verb with more between it and the date.
    ['He came to Paris in 1992, when he was 20.', '1992', 'He comes to Paris'],
  ]);
});

describe('relative clauses in the present', () => {
  labelCases([
    [
      'The coach said he would rest before the grass season, which starts in Halle on June 17.',
      'June 17',
      'Grass season starts in Halle',
    ],
    ['He has not said whether he will play at the Olympics, which begin on July 26.', 'July 26', 'Olympics begin'],
    [
      'The agency expects the rainy season, which usually ends in April, to keep cases high.',
      'April',
      'Rainy season ends',
    ],
  ]);
});

describe('more clause shapes', () => {
  labelCases([
    ['The Mediterranean has been unusually warm since the summer.', 'the summer', 'Mediterranean is unusually warm'],
    [
      'The sea has been warm, and the past decade was the hottest on record.',
      'the past decade',
      'Past decade is the hottest on record',
    ],
    // A date after ", and" that only says when a deed was done is no subject: the deed is the first clause's subject's.
    [
      'Beijing has stepped up military pressure on the island since Tsai took office, and last August staged large-scale drills after Lai stopped over in the United States.',
      'last August',
      'Beijing stages large-scale drills',
    ],
    ['The army has stepped up pressure, and on Monday began large drills.', 'Monday', 'Army begins large drills'],
    // Guards: a year, and "last year" before "was", are subjects.
    ['Temperatures rose, and last year was the hottest on record.', 'last year', 'Last year is the hottest on record'],
    ['Prices rose, and 2023 saw a record number of strikes.', '2023', '2023 sees a record number of strikes'],
    ['In 1957, a flood in the city of Valencia killed 81 people.', '1957', 'Flood kills 81 people'],
    [
      'Sales of automobiles in the United States fell as much as 35% in January.',
      'January',
      'Sales fall as much as 35%',
    ],
    [
      'The co-founder and former chief executive officer of Apple Inc. Steve Jobs has died yesterday.',
      'yesterday',
      'Steve Jobs dies',
    ],
    [
      'Train services between Madrid and Valencia were suspended and will not resume before the weekend.',
      'the weekend',
      'Train services do not resume',
    ],
    // The clause a speaker is credited with after it is what happened ("…, emergency services said on Wednesday").
    [
      'At least 62 people have died in flash floods in the region, emergency services said on Wednesday.',
      'Wednesday',
      'At least 62 people die in flash floods',
    ],
    ['"We are ready," emergency services said on Wednesday.', 'Wednesday', 'Emergency services say "We are ready"'],
    // (So after "said on Monday that" and a clause with a day of its own.)
    ['Fatah confirmed on Saturday that its leader had been killed the day before.', 'Saturday', 'Fatah confirms'],
    ['The group confirmed on Saturday that its leader had been killed on Friday.', 'Saturday', 'Group confirms'],
    // (A pluperfect with no day of its own had happened by the day of the telling: the telling, with what it told.)
    [
      'Fatah confirmed on Saturday that its leader had been killed.',
      'Saturday',
      'Fatah confirms its leader was killed',
    ],
    // (Not a clause with a date of its own, "overnight" too: the speaker's date is the saying's.)
    ['The volcano erupted several times overnight, officials said on Monday.', 'Monday', 'Officials comment'],
    ['The volcano erupted several times, officials said on Monday.', 'Monday', 'Volcano erupts several times'],
    // (Figures that show it tell it too; "showed" with another subject is a deed.)
    [
      'Velland voted to leave the union in a referendum, official results showed on Friday.',
      'Friday',
      'Velland votes to leave the union',
    ],
    ['He showed the letter to reporters on Tuesday.', 'Tuesday', 'He shows the letter to reporters'],
    ['Yesterday Mohamed received VIP attention at Google headquarters.', 'Yesterday', 'Mohamed receives VIP attention'],
    ['Prices rose over the past five years.', 'the past five years', 'Prices rise'],
    ['Over the last two weeks the index fell.', 'the last two weeks', 'Index falls'],
    [
      'As of 18:00 UTC, the primary UK index, the FTSE 100, was one of the few indexes to increase in value.',
      '18:00 UTC',
      // The name set off after the noun says which index.
      'FTSE 100 is one of the few indexes to increase',
    ],
  ]);
  labelCases([
    [
      'Its predecessor, the Hubble Space Telescope, has been in orbit since 1990.',
      '1990',
      'Hubble Space Telescope is in orbit',
    ],
    [
      'The telescope, a joint project of NASA and the European space agencies, was launched on Christmas Day 2021.',
      'Christmas Day 2021',
      'Telescope is launched',
    ],
    ['They expect results after a second campaign planned for the autumn.', 'the autumn', 'Second campaign is planned'],
    // A past right after the object of the clause's verb describes that object: no second verb without a word
    // to join it.
    [
      'Sony recalled almost 10 million batteries supplied to Dell, Apple and other computer makers in 2006.',
      '2006',
      'Almost 10 million batteries are supplied to Dell',
    ],
    // A name's possessive and its noun, "and" another noun phrase: both are the subject, each said short, and
    // they take a plural verb. Not two nouns that name one thing.
    [
      "Mozambique's government and the former rebel movement Renamo signed a ceasefire on Friday.",
      'Friday',
      "Mozambique's government and Renamo sign a ceasefire",
    ],
    [
      "Russia's track and field federation won three medals in November.",
      'November',
      'Track and field federation wins three medals',
    ],
    // A claim made in the present is said with who makes it.
    [
      'Climate scientists say extreme weather events have become more frequent since 2010.',
      '2010',
      'Climate scientists say extreme weather events become more frequent',
    ],
    [
      'Rights groups say security forces carried out mass killings in the capital on December 11.',
      'December 11',
      'Rights groups say security forces carry out mass killings',
    ],
    // A past right after the noun of an appositive to the sentence's opening noun phrase describes that noun.
    [
      "The reliquary, a casket made for Philip the Good, the Duke of Burgundy, in 1440, is one of the museum's greatest treasures.",
      '1440',
      'Casket is made for Philip the Good',
    ],
    // A verb whose clause follows its date ("ruled … that") is that clause's own, no passive.
    [
      'Mena won the first round after the court ruled in January that the law was illegal.',
      'January',
      'Court rules the law illegal',
    ],
    [
      'The galaxy was first spotted in January 2023 and confirmed by observations earlier this month.',
      'earlier this month',
      'Galaxy is confirmed by observations',
    ],
    [
      'Researchers expect to publish more results next spring.',
      'next spring',
      'Researchers expect to publish more results',
    ],
    [
      'Ford made a profit and expects to continue to be profitable this year.',
      'this year',
      'Ford expects to continue to be profitable',
    ],
    [
      'Ford will cut 30,000 jobs as part of a restructuring plan to relieve losses last year.',
      'last year',
      'Ford cuts 30,000 jobs',
    ],
  ]);
  labelCases([
    ['Britain borrowed far more than expected last month.', 'last month', 'Britain borrows far more than expected'],
    ['Official figures showed on Friday that debt rose.', 'Friday', 'Official figures show debt rises'],
    ['It piled pressure on Reeves days before her spring statement on March 26.', 'March 26', 'Spring statement'],
    // A person someone has is no thing of theirs the date places.
    ['He handed power to his younger brother in 2006.', '2006', 'He hands power to his younger brother'],
    ['She passed the firm to her long-time deputy in 2019.', '2019', 'She passes the firm to her long-time deputy'],
  ]);
  it('steps over an aside between the subject and its verb', () => {
    const text =
      'Prime Minister Pedro Sanchez, speaking in Madrid, declared three days of national mourning starting Thursday.';
    const entities = (t: string) => [
      entity(t, 'Pedro Sanchez', 'person', ['Pedro Sanchez'], 'Prime Minister'),
      entity(t, 'Madrid', 'place', ['Madrid']),
    ];
    expect(label(text, 'Thursday', entities)).toBe('Sanchez declares three days of national mourning');
  });
});

describe("an object's eighth word ending the sentence", () => {
  labelCases([
    [
      'A poll on March 7 put the Yes side ahead for the first time.',
      'March 7',
      'Poll puts the Yes side ahead for the first time',
    ],
  ]);
});

describe('fallbacks', () => {
  it('uses the entities of a sentence without a verb', () => {
    const text = 'Asian stock markets slide; Nikkei at lowest level since 1982';
    expect(label(text, '1982', (t) => [entity(t, 'Nikkei', 'organization', ['Nikkei'])])).toBe('Nikkei');
  });
  it('uses the first words of a sentence with neither verb nor entities', () => {
    expect(label('a quiet week in 2004', '2004')).toBe('A quiet week in 2004');
  });
});

describe('two nouns that name one thing are one object', () => {
  labelCases([
    [
      "Last month, the IAAF extended its ban on Russia's track and field federation.",
      'Last month',
      "IAAF extends its ban on Russia's track and field federation",
    ],
    [
      'The firm raised its spending on research and development in 2023.',
      '2023',
      'Firm raises its spending on research and development',
    ],
    // Any other "and" still ends the object (the two deeds are both said).
    ['The firm bought Acme and sold Zeta in 2023.', '2023', 'Firm buys Acme and sells Zeta'],
  ]);
});

describe('a long subject cut to its last words keeps a name whole', () => {
  labelCases([
    [
      "Fraport said Porto Alegre's Salgado Filho airport would remain closed on Friday.",
      'Friday',
      "Porto Alegre's Salgado Filho airport will remain closed",
    ],
    [
      "Fraport said Porto Alegre's big new airport would close on Friday.",
      'Friday',
      "Porto Alegre's big new airport will close",
    ],
    // Without a name, the last four words.
    ['Fraport said the big new shiny airport would close on Friday.', 'Friday', 'Big new shiny airport will close'],
  ]);
});

describe('verbs with a prefix or a particle, subjects past an age or an apposition, objects a pronoun stands for', () => {
  labelCases([
    [
      'Chief executive Jensen Huang, who co-founded the firm in 1993, has become one of the richest people.',
      '1993',
      'Chief executive Jensen Huang co-founds the firm',
    ],
    ['The party leader was re-elected in 2019.', '2019', 'Party leader is re-elected'],
    [
      'Dan Ives, an analyst at Wedbush Securities, who expects the company to keep its lead until the end of the year, said so.',
      'the end of the year',
      'Dan Ives expects the company to keep its lead',
    ],
    [
      'The former commander, 72, was running for the third time after losing twice to the president in 2014.',
      '2014',
      'Former commander loses twice to the president',
    ],
    // An aside opening with "bound for".
    [
      'The Boeing 787-8 Dreamliner, bound for London, came down less than a minute after take-off at 1:39 pm on Thursday.',
      '1:39 pm on Thursday',
      'Boeing 787-8 Dreamliner comes down',
    ],
    ['The jet, bound for Gatwick, came down on Thursday.', 'Thursday', 'Jet comes down'],
    // An adverb in "-ly" between the aside's comma and the verb.
    ['Okafor, 61, narrowly lost the 2022 election to Mensah.', '2022', 'Okafor loses the election to Mensah'],
    ['The new president will be sworn in on October 20.', 'October 20', 'New president is sworn in'],
    ['The president arrived in Paris on Monday.', 'Monday', 'President arrives in Paris'],
    [
      'Candidates will wait for the official result, which the election commission must announce by March 20.',
      'March 20',
      'Election commission must announce the official result',
    ],
    [
      'The nations met at the same time that the two banks held their Autumn meeting.',
      'Autumn',
      'Two banks hold their Autumn meeting',
    ],
  ]);
});

describe('the main clause before "when", joined verbs, possessives of places, articles inside a subject', () => {
  labelCases([
    [
      'The agency declared mpox an emergency in July 2022, when the virus spread among men, and lifted it in May last year.',
      'July 2022',
      'Agency declares mpox an emergency',
    ],
    [
      'The agency declared mpox an emergency in July 2022, when the virus spread among men, and lifted it in May last year.',
      'May',
      'Agency lifts it',
    ],
    ['The WHO declared an emergency in July 2022.', 'July 2022', 'WHO declares an emergency'],
    [
      'The judge handed down the sentence, saying Smith had shown no remorse and had lied on the witness stand during his trial last year.',
      'last year',
      'Smith lies on the witness stand',
    ],
    [
      'The next round of talks will be held in Azerbaijan’s capital Baku in November 2024.',
      'November 2024',
      'Next round of talks is held in Azerbaijan’s capital Baku',
    ],
    [
      "The defence minister claimed victory in Indonesia's presidential election on Wednesday.",
      'Wednesday',
      'Defence minister claims victory',
    ],
    // A verb after a modal too: the possessive's thing is its object.
    [
      "Jane Doe will become Ruritania's prime minister on Friday after her party won a landslide.",
      'Friday',
      "Jane Doe becomes Ruritania's prime minister",
    ],
    // An event noun after a possessive still says what happened.
    ["Jane Doe will attend Smith's funeral on Friday.", 'Friday', 'Smith is buried'],
    [
      "This was Sweden's first victory in the opening match of the World Cup since 1958.",
      '1958',
      "Sweden's first victory in the opening match of the World Cup",
    ],
    [
      'The agency declared an emergency on Tuesday, the first time the body had used the power since it was founded in 2017.',
      '2017',
      'Body is founded',
    ],
    [
      'It overtook Apple, which had been the most valuable listed company for much of the past decade.',
      'the past decade',
      'Apple is the most valuable listed company',
    ],
    [
      'The company reported its second-quarter results.',
      'second-quarter',
      'Company reports its second-quarter results',
    ],
  ]);
  it('a noun phrase after a duration ends at a verb', () => {
    expect(label('The 26-month conflict goes on.', '26-month', () => [], true)).toBe('Conflict begins');
  });
});

describe('a present tense right after the opening noun phrase', () => {
  labelCases([
    [
      'The text calls on countries to triple renewable energy capacity by 2030.',
      '2030',
      'Text calls on countries to triple renewable energy capacity',
    ],
    ['The new law requires firms to report emissions from 2025.', '2025', 'New law requires firms to report emissions'],
    ['The company shares rose 5 percent in 2020.', '2020', 'Company shares rise 5 percent'],
    [
      'The Africa Centres for Disease Control and Prevention declared its own continental emergency on Tuesday.',
      'Tuesday',
      'Africa Centres for Disease Control and Prevention declares its own continental emergency',
    ],
  ]);
});

describe('a reported clause after "that"', () => {
  labelCases([
    [
      'The ministry announced on Friday that the new national railway line had opened to passengers.',
      'Friday',
      'Ministry announces new national railway line opened to passengers',
    ],
    // Dated before "that", a reported plan (will, would) had not happened at the date: the announcement had.
    ['Smith had announced in May that she would leave the club.', 'May', 'Smith announces she will leave the club'],
    [
      'The ministry announced on Friday that the new line will open to passengers in June.',
      'Friday',
      'Ministry announces new line will open to passengers',
    ],
    // A long reported subject keeps its head noun.
    [
      'The agency said on Monday that its long-delayed deep-space survey probe would visit a second comet in 2028.',
      'Monday',
      'Agency says its probe will visit a second comet',
    ],
    // Dated after "that", the plan is the event.
    [
      'The ministry announced on Friday that the new line will open to passengers in June.',
      'June',
      'New line opens to passengers',
    ],
  ]);
});

describe('"who" after one of a people', () => {
  it('stands for that person', () => {
    const text = 'The 21-year-old Spaniard, who also won the French Open in June, became only the sixth man to do so.';
    const entities = (t: string): Entity[] => [
      entity(t, 'Spaniard', 'group', ['Spaniard']),
      entity(t, 'French Open', 'event', ['French Open']),
    ];
    expect(label(text, 'June', entities)).toBe('21-year-old Spaniard wins the French Open');
  });
});

describe('deaths, passives before "to"/"by", verbs of intent with an object', () => {
  labelCases([
    ['The former president died on Wednesday at the age of 86.', 'Wednesday', 'Former president dies'],
    ['A court restored a pardon granted to him in 2017.', '2017', 'Pardon is granted to him'],
    ['The company agreed to the deal in 2019.', '2019', 'Company agrees to the deal'],
    [
      'Markets expect the first cut to come in June, according to the futures.',
      'June',
      'Markets expect the first cut to come',
    ],
    // A quantifier may open the object, after a clause joined by "and".
    [
      'Each trip takes about 15 minutes, and officials expect all the men to be out by Thursday.',
      'Thursday',
      'Officials expect all the men to be out',
    ],
  ]);
});

describe('a verb with no object has no passive', () => {
  labelCases([
    [
      'In late 2023, more than 300 people died in floods in Kenya, just as the region was recovering from its worst drought.',
      'late 2023',
      'More than 300 people die in floods',
    ],
    [
      'Survivors of the disaster lived in shelters until last year.',
      'last year',
      'Survivors of the disaster live in shelters',
    ],
    ['Fans of the club waited outside the stadium on Sunday.', 'Sunday', 'Fans of the club wait outside the stadium'],
  ]);
});

describe('a headline in the present', () => {
  labelCases([
    ['Fed holds rates steady, signals three cuts this year', 'this year', 'Fed signals three cuts'],
    ['Airbus raises delivery forecast for this year', 'this year', 'Airbus raises delivery forecast'],
  ]);
});

describe('a verb left out after "and"', () => {
  it('gives the part after "and" as the subject when the verb has no object', () => {
    const text = 'Armstrong died in 2012, and Collins in 2021.';
    const people = (t: string): Entity[] => [
      entity(t, 'Neil Armstrong', 'person', ['Armstrong']),
      entity(t, 'Michael Collins', 'person', ['Collins']),
    ];
    expect(label(text, '2021', people)).toBe('Collins dies');
  });
  labelCases([
    // Its object after "and" takes the verb, up to seven words of it.
    [
      'Tarbut won the first of her six titles in 2005, aged 19, and her last major at the Velport Open in 2022.',
      '2022',
      'Tarbut wins her last major at the Velport Open',
    ],
  ]);
});

describe('a present after "he", "she" or "it", and one joined to it by "and"', () => {
  labelCases([
    ['He remains the favourite and meets the champion in a final on June 5.', 'June 5', 'He meets the champion'],
    ['She chairs the board and opens the new plant on Monday.', 'Monday', 'She opens the new plant'],
    ['It opens on Monday.', 'Monday', 'It opens'],
    [
      'Jane Doe remains the favourite and meets the champion in a final on June 5.',
      'June 5',
      'Jane Doe meets the champion',
    ],
    // Not a plural noun after "and", nor a present joined to a past.
    ['He visited the plant and its workers on Monday.', 'Monday', 'He visits the plant'],
  ]);
});

describe('a pronoun after a quotation and its speaker', () => {
  labelCases([
    [
      '"Everything is gone," said Ana Ruiz, a shop owner, as she surveyed the damage on Wednesday morning.',
      'Wednesday morning',
      'Ana Ruiz surveys the damage',
    ],
    ['"Nothing is left," said the mayor, as she toured the town on Monday.', 'Monday', 'Mayor tours the town'],
    // A speaker before the verb is found as before.
    ['"Nothing is left," the mayor said, as she toured the town on Monday.', 'Monday', 'Mayor tours the town'],
  ]);
});

describe('a date after "since" that places a thing of its own', () => {
  labelCases([
    // "which" right after a name dated after "since" stands for it.
    [
      'No storm that strong had reached the coast since Hurricane Ada in 1998, which flattened the old harbour.',
      '1998',
      'Hurricane Ada flattens the old harbour',
    ],
    // A superlative's "since" names the last time of that thing, not the main clause's event.
    ["She became leader in 2019 after the party's worst result since 1950.", '1950', "Party's worst result"],
    ['Prices posted their biggest monthly rise since 1990 on Friday.', '1990', 'Biggest monthly rise'],
    // A date closing the noun phrase after a superlative's "since" dates that thing, two things joined too.
    [
      'Its shares plunged 9.4 percent in Tokyo, their biggest one-day fall since the earthquake and tsunami in March last year.',
      'March last year',
      'Earthquake and tsunami',
    ],
    [
      'Its shares fell 3 percent, their biggest drop since the start of the pandemic in 2020.',
      '2020',
      'Start of the pandemic',
    ],
    // The end or start of a thing past a phrase of who fought it.
    [
      'The blasts were the deadliest since the end of the civil war between the army and rebels in May 2009.',
      'May 2009',
      'End of the civil war',
    ],
    // A name in it may be quoted.
    [
      'Tokyo stocks plunged 12 percent on Monday, their biggest drop since the "Black Monday" crash of October 1987.',
      'October 1987',
      '"Black Monday" crash',
    ],
    // Not a noun ending in "-est", nor a "when" clause, which says what happened.
    [
      'It was the deadliest quake in the region since 1960, when a tremor destroyed the port.',
      '1960',
      'Tremor destroys the port',
    ],
    // Not "which" after a verb's own date.
    ['He moved to Paris in 2015, which proved a turning point.', '2015', 'He moves to Paris'],
  ]);
});

describe('a date inside an apposition describes its name', () => {
  labelCases([
    [
      'Portofino, a haunt of film stars in the 1950s and 1960s, has lately been hit hard by storms.',
      'the 1950s',
      'Portofino is a haunt of film stars',
    ],
    [
      'Portofino, a haunt of film stars in the 1950s and 1960s, has lately been hit hard by storms.',
      '1960s',
      'Portofino is a haunt of film stars',
    ],
    // One closing the sentence, after a name closing the clause.
    [
      "His samples tested positive for Turinabol, the steroid at the heart of East Germany's state doping system in the 1970s.",
      'the 1970s',
      'Turinabol is the steroid at the heart',
    ],
    ['He visited Portofino, a haunt of film stars in the 1950s.', 'the 1950s', 'Portofino is a haunt of film stars'],
    // Not an apposition with a verb of its own, nor a date opening the sentence.
    ['Smith, a former minister who resigned in 2019, said on Monday he would run.', '2019', 'Smith resigns'],
    ['He tested positive for Turinabol, a steroid banned in 1990.', '1990', 'Steroid is banned'],
    ['On Monday, a court in Paris jailed him.', 'Monday', 'Court in Paris jails him'],
  ]);
});

describe('an event noun with its year, giving the time of something', () => {
  labelCases([
    [
      'Officials said the loan to the club, arranged by its former owner days before the 2019 election, was unlawful.',
      '2019',
      '2019 election',
    ],
    // As an object, the clause says more.
    ['He lost the 2020 election to his rival.', '2020', 'He loses the election to his rival'],
    // A plural noun of happenings with its year or its day names them too.
    ['The regime fell after the 2011 attacks.', '2011', '2011 attacks'],
    ['They were toppled by an invasion after the September 11 attacks.', 'September 11', 'September 11 attacks'],
  ]);
});

describe('an "of" phrase cut short is left out', () => {
  labelCases([
    [
      'Okafor, 81, who had led the small island nation of 40 million hard working people since 1998, stepped down on Friday.',
      '1998',
      'Okafor leads the small island nation',
    ],
    // Eight words ending before the date go whole.
    [
      'Okafor, 81, who had led the small island nation of 40 million people since 1998, stepped down on Friday.',
      '1998',
      'Okafor leads the small island nation of 40 million people',
    ],
    // Whole, it stays.
    ['Okafor had led the party of the workers since 1998.', '1998', 'Okafor leads the party of the workers'],
    [
      'Okafor had led the party of the northern farmers since 1998.',
      '1998',
      'Okafor leads the party of the northern farmers',
    ],
    // Not when the cut is in a phrase after it, or after it at an adverb.
    [
      'The storm moved inland over the hills of Oaxaca state later on Tuesday.',
      'Tuesday',
      'Storm moves inland over the hills of Oaxaca state',
    ],
    [
      'In 2019 the maker began the design of a successor for their ageing narrowbody airliner.',
      '2019',
      'Maker begins the design of a successor',
    ],
  ]);
});

describe('a reduced passive with its agent is said in the active', () => {
  labelCases([
    [
      'The lawsuit, filed by the trade ministry and a group of regions in 2021, turned on the fees that retailers pay.',
      '2021',
      'Trade ministry and a group of regions file the lawsuit',
    ],
    [
      'Her biggest success was the Lake Toba Treaty, signed in March 1990 by Finance Minister Ana Ruiz and Governor Paul Obi after long talks.',
      'March 1990',
      'Ana Ruiz and Paul Obi sign the Lake Toba Treaty',
    ],
    ['They cited a truce signed by both sides on Monday.', 'Monday', 'Both sides sign a truce'],
    ['The charter, adopted in 2019 by parliament, is in force.', '2019', 'Parliament adopts the charter'],
    // After a name that "the" (and an adjective) and a preposition open, with its agent before the date.
    [
      'He ran as the candidate of the small Democratic Party founded by his supporters in 2001.',
      '2001',
      'His supporters found the small Democratic Party',
    ],
    // Past a phrase of where, to the date: a name ending on a happening's plural takes "are".
    [
      'He shared the prize for the Velmar Accords, signed on the White House lawn the previous year.',
      'the previous year',
      'Velmar Accords are signed on the White House lawn',
    ],
    // Past a named place before the date.
    [
      'The company, founded in Trondheim in 1998 by two engineering students from the city (NTNU), employs 2,300 people.',
      '1998',
      'Two engineering students found the company',
    ],
    // Not a "by" of manner, nor a passive with its "is", nor an agent away from the date.
    ['The parcels, sent in May by sea, arrived late.', 'May', 'Parcels are sent'],
    ['A treaty was signed by the two leaders in 1978.', '1978', 'Treaty is signed by the two leaders'],
    [
      'The charter, adopted by parliament after a long debate in 2019, is in force.',
      '2019',
      'Charter is adopted by parliament',
    ],
  ]);
});

describe('a participle after "with" and its noun is passive', () => {
  labelCases([
    [
      'The race was the bloodiest on record, with more than 20 reporters killed since May, according to a monitor.',
      'May',
      'More than 20 reporters are killed',
    ],
    ['The border was calm, with the troops recalled in March.', 'March', 'Troops are recalled'],
    // A verb after "with" and its object is no participle of it.
    ['The firm merged with its rivals in 2020.', '2020', 'Firm merges with its rivals'],
    ['He was seen with rebels who stormed the town in 2019.', '2019', 'Rebels storm the town'],
  ]);
});

describe('a range of numbers after the verb is its object', () => {
  labelCases([
    [
      'Okafor, a 58-year-old economist, won between 51.2 and 53.9 percent of the vote in Sunday’s runoff.',
      'Sunday',
      'Okafor wins between 51.2 and 53.9 percent of the vote',
    ],
    // A range of places, or one the date closes, is not.
    ['The ferry sailed between Dover and Calais in 2019.', '2019', 'Ferry sails'],
    ['The index rose between 2010 and 2015.', '2015', 'Index rises'],
  ]);
});

describe('a date closing the thing after a superlative\'s "since"', () => {
  labelCases([
    [
      'The rand lost two percent against the euro on the news, its steepest weekly fall since the outbreak of the banking crisis in 2008.',
      '2008',
      'Outbreak of the banking crisis',
    ],
    ['Shares had their best week since the crash in October 1987.', 'October 1987', 'Crash'],
    // Not without a superlative, nor a clause after "since".
    ['Prices have risen since the war in 2022.', '2022', 'Prices rise'],
    ['It is the deadliest quake since the one that struck the coast in 1960.', '1960', 'One strikes the coast'],
  ]);
});

describe('"the NOUN of DATE, which …" after a verb comparing with it: the clause after "which"', () => {
  labelCases([
    [
      'Experts called it the largest outage in history, eclipsing the Zorbex attack of 2017, which hit more than 200,000 computers.',
      '2017',
      'Zorbex attack hits more than 200,000 computers',
    ],
    ['The storm surpassed the floods of 1953, which killed 1,800 people.', '1953', 'Floods kill 1,800 people'],
    // As after "since" before.
    ['It was the worst since the crash of 2008, which wiped out trillions.', '2008', 'Crash wipes out trillions'],
    // Not without "which".
    ['The outage eclipsed the Zorbex attack of 2017.', '2017', 'Zorbex attack'],
  ]);
});

describe('a label is not cut inside a name', () => {
  labelCases([
    [
      'The Liberian-flagged Aurora, which was heading out to sea, struck a concrete pier of the Mary Ann Hollis Memorial Bridge at about 2:15 am.',
      '2:15 am',
      'Liberian-flagged Aurora strikes a concrete pier of the Mary Ann Hollis Memorial Bridge',
    ],
    // A name too long to finish goes whole.
    [
      'The freighter hit a concrete pier of the Mary Ann Hollis Wood Lane Memorial Bridge on Friday.',
      'Friday',
      'Freighter hits a concrete pier',
    ],
    // A name that ends where the label is cut stays.
    [
      'The tanker hit a small wooden jetty near the old harbour of Port Vale at dawn on Friday.',
      'Friday',
      'Tanker hits a small wooden jetty',
    ],
  ]);
});

describe('a verb of intent ending in "e", and one with its date before "to"', () => {
  labelCases([
    [
      'Okafor, who had promised in 2019 to rebuild the old stadium within five years, attended the opening.',
      '2019',
      'Okafor promises to rebuild the old stadium',
    ],
    ['The firm pledged on Monday to cut its prices.', 'Monday', 'Firm pledges to cut its prices'],
    ['The firm pledged to cut its prices on Monday.', 'Monday', 'Firm pledges to cut its prices'],
    // Not a plan that is a noun, nor a date after "to".
    ['Its plan in 2019 to cut prices failed.', '2019', 'Plan to cut prices fails'],
    ['The firm agreed in May to a merger.', 'May', 'Firm agrees to a merger'],
  ]);
});

describe('a part of the day bound to the date is no part of the label', () => {
  labelCases([
    ['The fire broke out on the evening of June 3, 2018.', 'June 3, 2018', 'Fire breaks out'],
    ['The ferry docked at the port on the morning of May 3.', 'May 3', 'Ferry docks at the port'],
    // A part of the day that is not the date's stays.
    ['The talks ran into the night on May 3.', 'May 3', 'Talks run into the night'],
    // Nor, after another day's name, is it a noun of the subject a participle phrase describes.
    ['A curfew imposed on Sunday evening was lifted on Tuesday.', 'Tuesday', 'Curfew is lifted'],
    ['A road closed on Monday night was reopened on Wednesday.', 'Wednesday', 'Road is reopened'],
  ]);
});

describe('an adverb of time before the date is no part of the object', () => {
  labelCases([
    [
      'About 200 delegates voted unanimously to reject the motion shortly after 2:00 am.',
      '2:00 am',
      'About 200 delegates vote unanimously to reject the motion',
    ],
    ['The union will hold a strike ballot later on Thursday.', 'Thursday', 'Union holds a strike ballot'],
    // An adverb inside the object stays.
    ['The union will hold its later ballot on Thursday.', 'Thursday', 'Union holds its later ballot'],
  ]);
});

describe('a relative clause right after the verb is not its object', () => {
  labelCases([
    [
      'The valley had been quiet for centuries until 2019, when a dry spell began that farmers fear could last years.',
      '2019',
      'Dry spell begins',
    ],
    // "that" as a determiner stays.
    ['In 2020 the firm began that process.', '2020', 'Firm begins that process'],
    ['In 2020 he learned that lesson.', '2020', 'He learns that lesson'],
  ]);
});

describe('an adverb between the auxiliary and its verb belongs to the verb', () => {
  labelCases([
    [
      'The bond has nearly doubled in value since March, when it sold at about $40.',
      'March',
      'Bond sells at about $40',
    ],
    ['The pilots had repeatedly warned the airline in May.', 'May', 'Pilots warn the airline'],
    ['The price had only slightly risen by Friday.', 'Friday', 'Price rises'],
    ['The council had already approved the budget on Friday.', 'Friday', 'Council approves the budget'],
    // "almost" stays: without it the label would say the thing was done.
    ['The harvest had almost been finished by Sunday.', 'Sunday', 'Harvest is almost finished'],
    [
      'Power was almost fully restored across Spain on Tuesday.',
      'Tuesday',
      'Power is almost fully restored across Spain',
    ],
    ['The old town was almost destroyed on Tuesday.', 'Tuesday', 'Old town is almost destroyed'],
    // "about" before a place is no approximation, and the phrase after "at" stops there.
    ['The ferry docked at the pier in Oban on Sunday.', 'Sunday', 'Ferry docks at the pier'],
  ]);
});

describe("a participle describing the subject's noun is no part of it", () => {
  labelCases([
    [
      'The last of 12 cavers stranded deep inside the gorge was lifted to safety late Friday.',
      'late Friday',
      'Last of 12 cavers is lifted to safety',
    ],
    [
      'The first of the sailors held aboard the tanker was released on Monday.',
      'Monday',
      'First of the sailors is released',
    ],
    ['Crates seized at the border were burned on Tuesday.', 'Tuesday', 'Crates are burned'],
    ['Two hikers stranded high on the ridge were rescued on Sunday.', 'Sunday', 'Two hikers are rescued'],
    // A verb whose clause follows it is no participle of the subject.
    ['Officials said the tunnel was flooded on Monday.', 'Monday', 'Tunnel is flooded'],
    ['Economists estimated wages were falling in June.', 'June', 'Wages fall'],
    ['Ministers agreed in May the levy was unfair.', 'May', 'Ministers agree'],
    // "to" and a verb right after the date are the verb's object too, cut as any object is.
    [
      'The carmaker agreed last week to pay a fine over its airbags.',
      'last week',
      'Carmaker agrees to pay a fine over its airbags',
    ],
    [
      'Volunteers will meet on Saturday to clear the banks of the canal near the old mill.',
      'Saturday',
      'Volunteers meet to clear the banks of the canal',
    ],
    // A gerund right after that "to" is the object's verb, not its end.
    ['The courier confessed in 2019 to selling stolen phones.', '2019', 'Courier confesses to selling stolen phones'],
    ['The courier confessed to selling stolen phones in 2019.', '2019', 'Courier confesses to selling stolen phones'],
    // A relative clause in a perfect saying how long a state had lasted is no verb of the date's; nor is a
    // whole career a thing the date places.
    ['The skater won the medal that had escaped her for a decade on Friday.', 'Friday', 'Skater wins the medal'],
    [
      'The skater won the medal that had escaped her for her whole career on Friday.',
      'Friday',
      'Skater wins the medal',
    ],
    // Guard: with no such span, the clause's own verb keeps the date.
    ['Firefighters reached the mine that had flooded on Friday.', 'Friday', 'Mine floods'],
    // A past verb after a possessive's noun opens a clause, not the owner's event.
    [
      "Peru's largest mining company Andes Copper said on Monday it had closed the mine.",
      'Monday',
      'Andes Copper says it closed the mine',
    ],
    // Guard: a past spelled as its base may be the owner's noun.
    ["The bank's rate cut on Thursday surprised markets.", 'Thursday', "Bank's rate is cut"],
    // A date closing the reported subject, a finite verb right after it: the reported clause.
    [
      'The ferry operator said the crossing to the islands next week could be delayed.',
      'next week',
      'Crossing could be delayed',
    ],
    ['Analysts said retail sales in the spring were weak.', 'spring', 'Retail sales are weak'],
    // After "before"/"after", a verb a thing does of itself is the clause's own, not a participle.
    ['The band toured Asia before the museum reopened in July.', 'July', 'Museum reopens'],
    ['Crowds lingered after the parade ended on Sunday.', 'Sunday', 'Parade ends'],
    // Guard: other pasts there still describe the noun.
    ['Voters stayed home after a second ballot planned for the autumn.', 'autumn', 'Second ballot is planned'],
    // Guard: "to" and a noun after the date is where one went, as before.
    ['The delegation travelled on Monday to Lisbon.', 'Monday', 'Delegation travels'],
  ]);
});

describe('"which" after a comma and a copula\'s prepositional phrase', () => {
  labelCases([
    [
      'The new stadium is the successor to the Olympia Arena, which was opened in 1972 and hosted two finals.',
      '1972',
      'Olympia Arena is opened',
    ],
    ['The mayor was a guest at the gala, which was held in March.', 'March', 'Gala is held'],
    ['The league is a rival to the old association, which folded in 1999.', '1999', 'Old association folds'],
    // The copula's own noun stands for its subject.
    ['Acme is a carmaker, which was founded in 1921.', '1921', 'Acme is founded'],
    // (Unless no name is in the subject: the noun phrase right before the comma is the pronoun's.)
    [
      "Her first test will be next year's budget, which must be sent to Brussels by the end of the month.",
      'the end of the month',
      "Next year's budget must be sent to Brussels",
    ],
    ['Her first test will be the budget, which must be sent by Friday.', 'Friday', 'Budget must be sent'],
    ['The final was the last of many which took place in June.', 'June', 'Final takes place'],
  ]);
});

describe('"whom" and its clause: the pronoun is the object', () => {
  labelCases([
    [
      'The new envoy, whom the council appointed only on Monday, said the talks would resume.',
      'Monday',
      'Council appoints the new envoy',
    ],
    ['The striker, whom the club signed in January, scored twice.', 'January', 'Club signs the striker'],
    ['The coach, who the board sacked on Friday, left the ground.', 'Friday', 'Board sacks the coach'],
    // An adverb alone after the verb is no object.
    [
      'The report, which the ministry published quietly on Monday, was withdrawn.',
      'Monday',
      'Ministry publishes the report',
    ],
    // "who" as the subject keeps its clause.
    ['The coach, who sacked three players on Friday, left the ground.', 'Friday', 'Coach sacks three players'],
  ]);
  it('drops the titles before a role ("Prime Minister Ana Lopes" with the role "Minister")', () => {
    const text = 'Prime Minister Ana Lopes met the envoy on Tuesday.';
    const entities = (t: string) => [entity(t, 'Ana Lopes', 'person', ['Ana Lopes'], 'Minister')];
    expect(label(text, 'Tuesday', entities)).toBe('Lopes meets the envoy');
  });
  it('cuts a name to its last word only for a person', () => {
    const text = 'She was crowned at Kingsbridge Abbey the following year.';
    for (const type of ['place', 'organization', 'event'] as const) {
      const entities = (t: string) => [entity(t, 'Kingsbridge Abbey', type, ['Kingsbridge Abbey'])];
      expect(label(text, 'the following year', entities)).toBe('She is crowned at Kingsbridge Abbey');
    }
  });
});

describe('", before" and a gerund take the main clause\'s subject, not that of a "what" clause inside it', () => {
  labelCases([
    [
      'Troops led by a top general stormed the palace in Velport on Wednesday in what the president called an attempted coup, before withdrawing hours later.',
      'hours later',
      'Troops withdraw',
    ],
    // Guard: the verb right before, when it is the main clause's.
    ['Troops stormed the palace on Wednesday, before withdrawing hours later.', 'hours later', 'Troops withdraw'],
  ]);
});

describe('a past after "who" is a past', () => {
  it('"Yannis Kostakis, who proposed the plan last week, spoke" → "Kostakis proposes the plan"', () => {
    const text = 'Yannis Kostakis, who proposed the plan last week, spoke on Friday.';
    const entities = (t: string) => [entity(t, 'Yannis Kostakis', 'person', ['Yannis Kostakis'])];
    expect(label(text, 'last week', entities)).toBe('Kostakis proposes the plan');
  });
});

describe('an event noun after "after", "of" a named thing, is what the date places', () => {
  labelCases([
    [
      'Dozens of countries had barred the plane after the crash of an Orvex Air jet on Sunday that killed all 157 people.',
      'Sunday',
      'Crash of an Orvex Air jet',
    ],
  ]);
});

describe('what a comparison is drawn with is named by its noun, even one word', () => {
  labelCases([
    ["Tarvo's index hits record high, surpassing 1989 peak", '1989', 'Peak'],
    ['Shares hit a record, surpassing their 2021 peak.', '2021', 'Peak'],
  ]);
});

describe('a participle after a noun before a place phrase; a relative pronoun before "X said"', () => {
  labelCases([
    [
      'Wildfires raging through central Tarvo have killed at least 112 people, officials said on Monday.',
      'Monday',
      'Wildfires kill at least 112 people',
    ],
    [
      'He said he would call a snap general election, which local media said could be held as soon as October 27.',
      'October 27',
      'Snap general election could be held',
    ],
    // Guard: "carrying" and a count.
    ['A passenger ferry carrying more than 400 people sank on Monday.', 'Monday', 'Passenger ferry sinks'],
  ]);
});

describe('a bare event noun after a superlative\'s "since" is what the date places', () => {
  labelCases([
    ['The country grapples with its worst economic crisis since independence in 1948.', '1948', 'Independence'],
    // Guard: one bare noun after "after" is too little; the clause says more.
    ['The country was poor shortly after independence in 1960.', '1960', 'Country is poor'],
  ]);
});

describe('"and last won it"; a past after "since the …"; a plural before a later modal', () => {
  labelCases([
    ['Tarbut first won the prize in 2009 and last won it two years ago.', 'two years ago', 'Tarbut wins it'],
    // "last" right before the verb, after its subject, is "most recently": a dated label leaves it out.
    ['The volcano last erupted in December 2021.', 'December 2021', 'Volcano erupts'],
    ['Velmar last hosted the Games in 1924.', '1924', 'Velmar hosts the Games'],
    // So is another adverb after "and": the subject is the clause's before, not the object's phrase.
    [
      'Okafor conceded defeat in the morning and later announced his resignation in May.',
      'May',
      'Okafor announces his resignation',
    ],
    [
      'Okafor was first elected in 2010 and narrowly won re-election four years later.',
      'four years later',
      'Okafor wins re-election',
    ],
    [
      'More than a million people marched on Tuesday, the biggest turnout since the protests began in mid-January.',
      'mid-January',
      'Protests begin',
    ],
    [
      'Unions said the rolling strikes on the railways would continue until at least next Monday.',
      'next Monday',
      'Rolling strikes will continue',
    ],
    // Guard: a present after a reported noun phrase is still its verb.
    ['Officials said the plan works on Monday.', 'Monday', 'Plan works'],
  ]);
});

describe('"sworn in" keeps "in"; a date between an adjective and its noun is left out of the object', () => {
  labelCases([
    ['Tarbut will be sworn in two weeks after the declaration.', 'two weeks', 'Tarbut is sworn in'],
    ['He won the contested 2020 vote.', '2020', 'He wins the contested vote'],
    [
      'More than 1,100 people were killed in the unrest that followed the disputed 2007 election.',
      '2007',
      'Unrest follows the disputed election',
    ],
  ]);
});

describe('a linking verb past adverbs; a bare unit before "before"/"after"; a gerund minutes after the verb', () => {
  labelCases([
    [
      'Rail traffic remained severely disrupted on Thursday for a third straight day.',
      'Thursday',
      'Rail traffic remains severely disrupted',
    ],
    ['A launch attempt on Monday was called off minutes before lift-off.', 'Monday', 'Launch attempt is called off'],
    ['The rocket exploded minutes after lifting off on Thursday.', 'Thursday', 'Rocket explodes'],
    // Guards: a counted length is said whole; a gerund days after its verb is its own happening.
    [
      'In April, the rocket exploded four minutes into its flight.',
      'April',
      'Rocket explodes four minutes into its flight',
    ],
    ['He resigned two days after losing the vote on Friday.', 'Friday', 'He loses the vote'],
  ]);
});

describe('a verb of its own before "since" is no state describing the noun before it', () => {
  labelCases([
    [
      'At least 78 bodies have been recovered and 104 people rescued since the boat went down early on Wednesday.',
      'Wednesday',
      'Boat goes down',
    ],
    // Guard: a state word after a noun, before "after" and its noun, still describes the subject.
    ['Six workers missing after the crash were presumed dead on Friday.', 'Friday', 'Six workers are presumed dead'],
  ]);
});

describe('a participle after a measure with its unit; "report" with no object keeps its verb', () => {
  labelCases([
    [
      'It beat the previous record of 38.7C set in Kingsbridge in 2019.',
      '2019',
      'Previous record of 38.7C is set in Kingsbridge',
    ],
    [
      'A trial will begin in January and report by the middle of next year.',
      'the middle of next year',
      'Trial will report',
    ],
    // Guard: a verb of saying with no object still comments.
    ['The minister said on Monday.', 'Monday', 'Minister comments'],
    // A past right after a name "the" and a preposition open is a participle describing the name.
    [
      'The party has its roots in the Lowland Social Movement founded in 1946.',
      '1946',
      'Lowland Social Movement is founded',
    ],
  ]);
});

it('negative: a name before "expected" is not what is expected ("laws … in the UK expected next month")', () => {
  const text = 'She made it a priority, with laws barring migrants from claiming asylum in the UK expected next month.';
  expect(label(text, 'next month')).not.toBe('UK is expected');
});

describe('a present after a noun phrase with a number in it; an exit "from" a body', () => {
  labelCases([
    [
      'The 37-year-old forward joins on a contract until June 2025.',
      'June 2025',
      '37-year-old forward joins on a contract',
    ],
  ]);
  it('"… weeks after his exit from Westfield United in November" → "Tarbut exits from Westfield United"', () => {
    const text = 'Jon Tarbut signed on Friday, weeks after his exit from Westfield United in November.';
    const entities = (t: string) => [
      entity(t, 'Jon Tarbut', 'person', ['Jon Tarbut']),
      entity(t, 'Westfield United', 'organization', ['Westfield United']),
    ];
    expect(label(text, 'November', entities)).toBe('Tarbut exits from Westfield United');
  });
});

describe('"missing" or "ongoing" after "be" is a state; "around" hedges a count of two nouns', () => {
  labelCases([
    ['About 300 people were still missing on Monday.', 'Monday', 'About 300 people are still missing'],
    ['The talks were ongoing on Monday.', 'Monday', 'Talks are ongoing'],
    [
      'Around two million homes and businesses were without power on Monday.',
      'Monday',
      'Homes and businesses are without power',
    ],
    // Guards: a progressive of another verb, and a count hedged by "about" as before.
    ['Rescuers were searching the rubble on Monday.', 'Monday', 'Rescuers search the rubble'],
    [
      'About two million homes and businesses were without power on Monday.',
      'Monday',
      'Homes and businesses are without power',
    ],
  ]);
});

describe('a perfect passive keeps its denial; "ahead" without "of" is a particle', () => {
  labelCases([
    ['She had not been seen in public since Christmas Day.', 'Christmas Day', 'She is not seen in public'],
    ['The painting has never been found since 2010.', '2010', 'Painting is never found'],
    [
      'Upper house elections will go ahead as planned on Sunday.',
      'Sunday',
      'Upper house elections go ahead as planned',
    ],
    ['The vote went ahead on Monday.', 'Monday', 'Vote goes ahead'],
    // Guards: a passive without denial, and "ahead of".
    ['She has been seen in public since Christmas Day.', 'Christmas Day', 'She is seen in public'],
    ['The leaders met ahead of the summit on Monday.', 'Monday', 'Summit'],
  ]);
});

describe("a gerund right after a noun's preposition is inside the subject", () => {
  labelCases([
    [
      'Talks on integrating the militia into the regular army had been due to conclude in April.',
      'April',
      'Talks had been due to conclude',
    ],
    // A plan in the pluperfect for a date still ahead was called off or moved all the same.
    ['The Games had been due to open on July 24.', 'July 24', 'Games had been due to open'],
    ['The debate on banning smartphones ended in May.', 'May', 'Debate on banning smartphones ends'],
    // Guard: a gerund after a cue of time is the clause's own ("after winning").
    ['After winning the vote, the party formed a government in May.', 'May', 'Party forms a government'],
  ]);
});

describe('"under" and the state it puts the object in ("under control") is the deed\'s', () => {
  labelCases([
    [
      'Firefighters brought it under control in the early hours of Tuesday.',
      'the early hours of Tuesday',
      'Firefighters bring it under control',
    ],
    [
      'Police placed the former minister under house arrest on Monday.',
      'Monday',
      'Police place the former minister under house arrest',
    ],
    ['The army put the town under curfew on Monday.', 'Monday', 'Army puts the town under curfew'],
    // Guard: "under" before anything else still ends the object.
    ['Rescuers found the child under the rubble on Monday.', 'Monday', 'Rescuers find the child'],
  ]);
});

describe('a participle after a noun and its comma, then a place and the date, is a passive of that noun', () => {
  labelCases([
    [
      '"It has been a tough few months," she said in the video, recorded at Kingsbridge on Wednesday.',
      'Wednesday',
      'Video is recorded at Kingsbridge',
    ],
  ]);
});

describe('a gerund after "while" tells what was going on; the clause\'s own verb is what the date dates', () => {
  labelCases([
    [
      'A plane carrying 72 people crashed into a gorge while landing in the city of Tarvo on Sunday, killing 68 people.',
      'Sunday',
      'Plane crashes into a gorge',
    ],
    ['He was injured while playing in the final on Sunday.', 'Sunday', 'He is injured'],
  ]);
});

describe('"and that" opens a second thing said, no relative clause of the noun before', () => {
  it('"said Norland would send doctors and that she would travel to Velport on Thursday" → "Ruiz will travel to Velport"', () => {
    const text = 'Ana Ruiz said Norland would send doctors and that she would travel to Velport on Thursday.';
    const entities = (t: string) => [
      entity(t, 'Ana Ruiz', 'person', ['Ana Ruiz']),
      entity(t, 'Norland', 'place', ['Norland']),
      entity(t, 'Velport', 'place', ['Velport']),
    ];
    expect(label(text, 'Thursday', entities)).toBe('Ruiz will travel to Velport');
  });
  // Guard: a relative "that" after its noun is still one.
  labelCases([['They found the car that the thieves had stolen in May.', 'May', 'Thieves steal the car']]);
});

describe('a date inside a quotation whose clause gives no label', () => {
  it('is labelled by who is quoted and the quoted clause, without the date', () => {
    const text = '"We are not the same club we were 40 days ago," Okafor said.';
    const entities = (t: string) => [entity(t, 'Ada Okafor', 'person', ['Okafor'])];
    expect(label(text, '40 days ago', entities)).toBe('Okafor: We are not the same club we were');
    expect(label(text, '40 days ago')).toBe('Okafor: We are not the same club we were');
  });
  it('takes the words after the date when it opens the clause, and a speaker before the quotation', () => {
    const text =
      'The Daily Ledger wrote, "Usually, the Ledger is #2 after the Post, but over the past ten days it\'s been #3."';
    expect(label(text, 'the past ten days')).toBe("Daily Ledger: it's been #3");
  });
  // A verb of saying outside the quotation says nothing of the date: the quoted words do.
  labelCases([
    ['"We beat them in May," the coach said.', 'May', 'Coach: We beat them'],
    ['"Over the past ten days it\'s been a rout," Okafor said.', 'the past ten days', "Okafor: it's been a rout"],
    // The date of the saying itself keeps the speaker; a clause that gives a label keeps it.
    ['"It has been a rout," Okafor said on Monday.', 'Monday', 'Okafor says "It has been a rout"'],
    ['"Things were different in 1990," Okafor said.', '1990', 'Things are different'],
    // A pronoun after the quotation stands for the speaker named before, not for a word inside it.
    ['"I am sorry about everything that happened," she told the court on Monday.', 'Monday', 'She tells the court'],
    ['"We will win," he said on Monday.', 'Monday', 'He says "We will win"'],
    // The verb of saying before its speaker, right after the quotation ('…," said Jane Doe').
    [
      '"Today love trumps prejudice," said Nok Suda, a member of the committee.',
      'Today',
      'Nok Suda: love trumps prejudice',
    ],
    ['"Today we celebrate," said Nok Suda.', 'Today', 'Nok Suda: we celebrate'],
  ]);
});

describe('an event noun after a preposition of time, and a name after "since"', () => {
  labelCases([
    [
      'It was the club’s fourth league title, after triumphs in 1981 and 1994, and its first in decades.',
      '1981',
      'Triumph',
    ],
    [
      'It was the club’s fourth league title, after triumphs in 1981 and 1994, and its first in decades.',
      '1994',
      'Triumph',
    ],
    ['The minister quit days before a heavy defeat in 2017.', '2017', 'Heavy defeat'],
    ['Ticket sales have doubled since its launch in 2015.', '2015', 'Launch'],
    [
      'The side had hoped to become the first club to defend the cup since Ajax in 1972.',
      '1972',
      'Ajax defends the cup',
    ],
    ['She is the youngest rider to win the race since Coppi in 1940.', '1940', 'Coppi wins the race'],
    // No event noun: the clause stays.
    ['She moved to Lyon after studies in 2010.', '2010', 'She moves to Lyon'],
    // A sentence opening with a preposition of time and a noun of happening dated inside its phrase.
    [
      'Since the conviction of former guard John Demjanjuk in 2011, prosecutors have brought several cases.',
      '2011',
      'Conviction of former guard John Demjanjuk',
    ],
    ['After the collapse of the Soviet Union in 1991, Russia changed.', '1991', 'Collapse of the Soviet Union'],
    // So does one closing a clause after "since".
    [
      'Apple has been criticised for a lack of bold products since the death of co-founder Steve Jobs in 2011.',
      '2011',
      'Death of co-founder Steve Jobs',
    ],
    // (A restoration is a happening too.)
    [
      'The strike was the first of its kind since the restoration of democracy in 1974.',
      '1974',
      'Restoration of democracy',
    ],
    // (Up to two words may qualify the noun; a vote is a happening too.)
    ['Velland had resisted calls to quit since the upper house vote in March.', 'March', 'Upper house vote'],
    [
      'Tarbut has been in hiding since the disputed presidential election in July 2023.',
      'July 2023',
      'Disputed presidential election',
    ],
    // And one closing a relative clause set off by commas.
    [
      'The prime minister, who has led the country since the assassination of the president in July 2021, welcomed the offer.',
      'July 2021',
      'Assassination of the president',
    ],
    // And the phrase of "the first time since", before its "that".
    [
      'It is the first time since the end of the dictatorship in 1990 that the country will be led by the right.',
      '1990',
      'End of the dictatorship',
    ],
    // Or before a comma.
    [
      'The party lost its majority in the May 29 election for the first time since the end of apartheid in 1994, winning 40 percent.',
      '1994',
      'End of apartheid',
    ],
    // The end or abolition of something is a happening too.
    [
      'The coup is the 12th successful one since the end of absolute monarchy in 1932.',
      '1932',
      'End of absolute monarchy',
    ],
    ['After the abolition of the death penalty in 1981, the debate faded.', '1981', 'Abolition of the death penalty'],
    // negative: no noun of happening ("the start of the war"), the clause stays.
    ['Since the start of the war in 2022, prices have soared.', '2022', 'Prices soar'],
  ]);
});

describe('an agent before the full stop, a participle after a verb, a count before a plural, several years', () => {
  labelCases([
    [
      'Rents have risen sharply, according to figures published on Friday by the housing agency.',
      'Friday',
      'Housing agency publishes figures',
    ],
    [
      'Three dealers caught in the same raid were given suspended sentences last week.',
      'last week',
      'Three dealers are given suspended sentences',
    ],
    ['The grocer reported increased sales on Monday.', 'Monday', 'Grocer reports increased sales'],
    ['Two firemen were injured on Sunday.', 'Sunday', 'Two firemen are injured'],
    ['She won the cup twice, after victories in 2011, 2014 and 2018.', '2011', 'Victory'],
    ['She won the cup twice, after victories in 2011, 2014 and 2018.', '2014', 'Victory'],
    // A number in a name counts nothing.
    ['The 747 Jumbo entered service in 1970.', '1970', '747 Jumbo enters service'],
  ]);
});

describe('a past written as its base ("burst")', () => {
  labelCases([
    ['A levee built in the 1920s burst on Sunday after a week of storms.', 'Sunday', 'Levee bursts'],
    ['A levee built in the 1920s burst on Sunday after a week of storms.', 'the 1920s', 'Levee is built'],
    // A noun phrase with a place's preposition inside it, after "after" or opening the sentence.
    ['The town was evacuated after a dam on the Oder river burst on Sunday.', 'Sunday', 'Dam bursts'],
    ['A dam on the river burst on Sunday.', 'Sunday', 'Dam on the river bursts'],
    // (Guard: a participle after a preposition that opens the sentence describes the noun.)
    ['In the weeks after the levee burst in 2005, the city emptied.', '2005', 'Levee bursts'],
  ]);
});

describe('"whom" before a verb whose object opens with a preposition', () => {
  labelCases([
    [
      'The goalkeeper, whom the club signed as a teenager in 2009, retired on Friday.',
      '2009',
      'Club signs the goalkeeper as a teenager',
    ],
    [
      'The plan, which the court described as unlawful in May, was dropped.',
      'May',
      'Court describes the plan as unlawful',
    ],
    // A name after a role: the name alone says who.
    [
      'Tina rose to fame alongside her husband Ike Turner, whom she divorced in 1978 after years of abuse.',
      '1978',
      'Tina divorces Ike Turner',
    ],
    ['She sued her former manager, whom she fired in 1978.', '1978', 'She fires the former manager'],
  ]);
});

describe('a participle after a name and its comma, ending the sentence with its date', () => {
  labelCases([
    [
      'The reef is protected as a marine park under the Coral Sea Accord, signed in 1982.',
      '1982',
      'Coral Sea Accord is signed',
    ],
    ['The valley is covered by the Alpine Convention, adopted in 1991.', '1991', 'Alpine Convention is adopted'],
  ]);
  it('leaves the main verb after an apposition', () => {
    const text = 'The owner, Grey Line Shipping, apologised last week.';
    const entities = (t: string) => [entity(t, 'Grey Line Shipping', 'organization', ['Grey Line Shipping'])];
    expect(label(text, 'last week', entities)).toBe('Grey Line Shipping apologises');
  });
});

describe('a pronoun after "which" is the subject of its clause, not a verb', () => {
  labelCases([
    [
      'The crew rowed to a small island, which they reached in April 1903.',
      'April 1903',
      'Crew reaches the small island',
    ],
    ['The fans marched to the stadium, which they reached on Sunday.', 'Sunday', 'Fans reach the stadium'],
  ]);
});

describe('"have" as a main verb after a modal, a past spelled as its base, "we" in a quotation', () => {
  labelCases([
    // "have" before no participle is the verb, not a perfect's auxiliary.
    ['The firm will have a new chief by June.', 'June', 'Firm has a new chief'],
    [
      'Regulators acted on Sunday to calm savers, promising that depositors would have access to all their money from Monday.',
      'Monday',
      'Depositors will have access to all their money',
    ],
    // A perfect stays one.
    ['She would have won the final on Sunday.', 'Sunday', 'She would have won the final'],
    // "beat", "hurt", "cast": a past spelled as its base is no plural present after "who".
    ['The skater, who beat her rival in 2021 and 2022, retired.', '2021', 'Skater beats her rival'],
    ['The strike hurt sales in the third quarter of 2023.', '2023', 'Strike hurts sales'],
    // "we" in a quotation stands for no one a label can name: the speaker and the quoted words say who.
    ['"We signed him in March," the manager said.', 'March', 'Manager: We signed him'],
  ]);
});

describe('"last" or "first" between a subject and its past is an adverb', () => {
  labelCases([
    ['She last played in Paris in 2010.', '2010', 'She plays in Paris'],
    ['Federer first won Wimbledon in 2003.', '2003', 'Federer wins Wimbledon'],
    // Guard: after an article it is an adjective, and the participle describes its noun.
    ['The last game played in 2010 was a draw.', '2010', 'Last game is played'],
  ]);
});

describe('"had" before no participle is the main verb', () => {
  labelCases([
    ['The striker had surgery on Monday.', 'Monday', 'Striker has surgery'],
    ['The alliance had 89 seats in the assembly on Sunday.', 'Sunday', 'Alliance has 89 seats'],
    // A perfect stays one, past a date or an adverb.
    ['The council had in December authorised the mission.', 'December', 'Council authorises the mission'],
    ['The striker had already left the club on Monday.', 'Monday', 'Striker leaves the club'],
  ]);
});

describe('a past joined to a passive by "and", a plan after a common noun and its comma', () => {
  labelCases([
    // With an object of its own, or taking none, a past joined to a passive is active.
    [
      'The probe was launched in June from the island and entered orbit around Mars on September 2.',
      'September 2',
      'Probe enters orbit',
    ],
    ['The suspect was arrested in March and died in custody on June 2.', 'June 2', 'Suspect dies in custody'],
    // Without one it shares the passive.
    ['She was elected in 2010 and re-elected in 2014.', '2014', 'She is re-elected'],
    ['He was arrested in March and charged with fraud on June 2.', 'June 2', 'He is charged with fraud'],
    // A plan's participle after a noun with its determiner and a comma describes that noun.
    [
      'The agency will fly a crew around the Moon with its Orion mission, scheduled for late 2026.',
      'late 2026',
      'Orion mission is scheduled',
    ],
    // So past an amount after "of": the noun it measures.
    [
      "The Serb matched Margaret Court's all-time record of 24 major singles titles, set in 1973.",
      '1973',
      "Court's all-time record is set",
    ],
    ['He broke the record of 24 major titles, set in 1973.', '1973', 'Record is set'],
    // A past whose participle differs ("risen") is no passive after a name and its comma.
    ['The index dipped in March, rose in April.', 'April', 'Index rises'],
  ]);
});

describe('a path after a verb, nouns in "-ing", another date inside the object, an eighth word', () => {
  labelCases([
    [
      'A wildfire tore through the hills above the town on Sunday night.',
      'Sunday night',
      'Wildfire tears through the hills above the town',
    ],
    ['The flood spread across the northern plain on Friday.', 'Friday', 'Flood spreads across the northern plain'],
    [
      'Shares of the airline slumped in early trading on Tuesday.',
      'Tuesday',
      'Shares of the airline slump in early trading',
    ],
    ['Two soldiers died in the shelling on Monday.', 'Monday', 'Two soldiers die in the shelling'],
    // Another date after its preposition ends the object.
    ['The ministry extended the permit on Friday until March 3.', 'March 3', 'Ministry extends the permit'],
    // Eight words go whole when the eighth ends the object.
    [
      'The rower won the Henley Boat Race for a second time on Sunday.',
      'Sunday',
      'Rower wins the Henley Boat Race for a second time',
    ],
  ]);
});

describe('a participle clause after a comma says what the subject did', () => {
  labelCases([
    [
      'The council extended the curfew on Friday, closing bars and banning street parties until May 1.',
      'May 1',
      'Council bans street parties',
    ],
    ['Its shares fell 4 percent on Monday, having gained 20 percent since March.', 'March', 'Shares gain 20 percent'],
    // Not a preposition in "-ing".
    [
      'He won six stages over the three weeks, including three in a row in the Alps last week.',
      'last week',
      'He wins six stages over the three weeks',
    ],
  ]);
});

describe('a name set off after a noun, a superlative without its noun, an event noun and its place', () => {
  labelCases([
    // The name is the subject the label says.
    ["The country's first probe, Pathfinder-1, failed in 2015 when its engine stalled.", '2015', 'Pathfinder-1 fails'],
    // The date after "since" places the last such thing, not the clause: a superlative compares the subject of
    // "was", and a name dated after "since" did what its noun says.
    ['Turnout was about 52 percent, the lowest since 1998.', '1998', 'Lowest turnout'],
    ['Attendance was the highest since 1987.', '1987', 'Highest attendance'],
    [
      'The collapse was the largest of a European lender since Northfield Bank in 2011.',
      '2011',
      'Northfield Bank collapses',
    ],
    // An event noun after "after" keeps the named place it happened at.
    [
      'She missed the season after a heavy fall at the Grand Prix of Austria in April.',
      'April',
      'Heavy fall at the Grand Prix of Austria',
    ],
  ]);
});

describe('the clause a credit line attributes, and subjects past asides', () => {
  labelCases([
    // A credit line naming a body with its acronym in brackets.
    [
      'Sidorenko has been stripped of his medal, the International Olympic Committee (IOC) said on Wednesday.',
      'Wednesday',
      'Sidorenko is stripped of his medal',
    ],
    ['The firm cut 300 jobs on Monday, the World Health Organization (WHO) said.', 'Monday', 'Firm cuts 300 jobs'],
    // One closing with a "with" phrase.
    [
      'Solano took 60.7 percent, the Supreme Electoral Tribunal said late Sunday with nearly all ballots counted.',
      'late Sunday',
      'Solano takes 60.7 percent',
    ],
    // The main clause's verb, not one inside a relative clause set off by commas.
    [
      'Former senator Ruth Alder, who became the first woman to lead the party when she won its primary in 1988, has died at the age of 91, her son said on Friday.',
      'Friday',
      'Former senator Ruth Alder dies',
    ],
    // A plan's word opening an aside after a noun, or "due" after a noun, says what is planned for that noun.
    ['The tower, expected to open in 2027, will house 900 flats.', '2027', 'Tower is expected to open'],
    [
      'The paintings will hang in a new gallery due to open in Leeds in 2028.',
      '2028',
      'New gallery is due to open in Leeds',
    ],
    // With "is", it is the subject's plan.
    ['The company is due to open a plant in 2026.', '2026', 'Company opens a plant'],
    // An aside may open with an irregular participle, and an age may stand before a relative clause.
    [
      'The scrolls, known as the Lake Texts, were found by shepherds in 1947 near the shore.',
      '1947',
      'Scrolls are found by shepherds',
    ],
    ['Jan Holm, 58, who won the race with Oslo in 2001, was jailed on Friday.', 'Friday', 'Jan Holm is jailed'],
  ]);
});

describe('whose a gerund or an opening participle is', () => {
  labelCases([
    // A gerund's subject is that of the verb before it.
    ['Analysts said prices had fallen sharply since peaking in mid-2022.', 'mid-2022', 'Prices peak'],
    // Not a saying set off after the clause it reports: that clause's verb.
    [
      'The singer died on Monday at the age of 88, his family said, a day after performing in Paris on Sunday.',
      'Sunday',
      'Singer performs in Paris',
    ],
    // (A saying that opens the sentence still lends its subject.)
    ['The agency said on Monday it would act, after meeting on Sunday.', 'Sunday', 'Agency meets'],
    // After a passive's "of" or "for", before its date, it is what the subject did then.
    [
      'Jan Holm, 58, who won the race with Oslo in 2001, was found guilty of rigging bids between 2015 and 2019.',
      '2015',
      'Jan Holm rigs bids',
    ],
    // Not when the date is the passive's.
    ['He was jailed in May for taking bribes.', 'May', 'He is jailed'],
    // A participle opening the sentence is a passive whose subject is the main clause's.
    ['Born in Leeds in 1941, she sang in clubs before her first record in 1962.', '1941', 'She is born in Leeds'],
    [
      'Started in 1985, the Harbour film festival draws 50,000 visitors a year.',
      '1985',
      'Harbour film festival is started',
    ],
  ]);
});

describe('a part of a group before "which"/"whom", another date after "for"', () => {
  labelCases([
    ['She wrote three novels, one of which became a film in 2004.', '2004', 'One of three novels becomes a film'],
    [
      'The firm paid its former staff, most of whom lost their jobs in 2020.',
      '2020',
      'Most of its former staff lose their jobs',
    ],
    ['The final is scheduled for June 9 and June 10.', 'June 10', 'Final is scheduled'],
    // "eruption" is an event noun.
    ['Residents fled after an eruption in March 2021 buried the village.', 'March 2021', 'Eruption'],
  ]);
});

describe('an "-ing" noun as a verb, a people in capitals, verbs with no passive, a year after "say"', () => {
  labelCases([
    // Before a name or an article, an "-ing" noun after a clause's comma is a participle clause's verb.
    [
      'She stayed busy into her 80s, meeting President Obama in Chicago in May, and publishing a memoir in 2016.',
      'May',
      'She meets President Obama',
    ],
    [
      'She stayed busy into her 80s, meeting President Obama in Chicago in May, and publishing a memoir in 2016.',
      '2016',
      'She publishes a memoir',
    ],
    [
      'Officials said 40 Ukrainians had been detained by Sunday evening.',
      'Sunday evening',
      '40 Ukrainians are detained',
    ],
    ['The firm apologised in June after its app crashed during the sale last March.', 'last March', 'App crashes'],
    // A year right after a verb of saying is the subject of the verb after it.
    ['Forecasters say 2025 will be the wettest year on record.', '2025', '2025 is the wettest year on record'],
    // Names joined by "and" are many.
    ['Spain and Portugal signed the deal in May.', 'May', 'Spain and Portugal sign the deal'],
  ]);
  it('one name with "and" in it is one', () => {
    const text = 'The Food and Drug Administration approved the drug in May.';
    const agency = (t: string) => [
      entity(t, 'Food and Drug Administration', 'organization', ['Food and Drug Administration']),
    ];
    expect(label(text, 'May', agency)).toBe('Food and Drug Administration approves the drug');
  });
});

describe('a subject past a participle phrase or a preposition, an adverb before a preposition, an adjective participle', () => {
  labelCases([
    // A participle in "-ing" after a noun, its phrase opening with an article, a number or a quantity.
    [
      'A cargo ship carrying more than 300 containers sank off the coast on Friday evening.',
      'Friday evening',
      'Cargo ship sinks off the coast',
    ],
    // Not a noun modifier ("steel making firm").
    ['The steel making firm Orvex filed for bankruptcy on Monday.', 'Monday', 'Orvex files for bankruptcy'],
    // A subject pronoun right before its verb is the subject, not the phrase before it.
    ['During the campaign she promised to cut taxes by mid-2026.', 'mid-2026', 'She promises to cut taxes'],
    [
      'Rising costs would weigh on profits well into 2026, the firm said.',
      '2026',
      'Rising costs will weigh on profits',
    ],
    // After an article, a participle is an adjective; with the clause dated already, the noun has this date.
    [
      'Voting ended at 8 pm on Sunday after a final televised debate on Friday evening.',
      'Friday evening',
      'Final televised debate',
    ],
    // So after an article and an adjective of manner ("a rambling televised address").
    [
      'In a rambling televised address on Wednesday, Velland said he disagreed with the party.',
      'Wednesday',
      'Velland says he disagrees with the party',
    ],
    // With a verb before the noun, the words after "after" are a clause: its subject did it then.
    [
      'Mena won the first round on February 4, a week after the army seized power in January.',
      'January',
      'Army seizes power',
    ],
    // "we" in a quotation, after a verb of saying too.
    [
      '"We had warned them about the leaks in March," the engineer said.',
      'March',
      'Engineer: We had warned them about the leaks',
    ],
  ]);
});

describe('a label cut short inside a phrase, a gerund after a relative clause', () => {
  labelCases([
    // Cut inside a phrase after a preposition, the phrase goes.
    [
      'Real Madrid won the Champions League for a record-extending 15th time on Saturday, beating Dortmund.',
      'Saturday',
      'Real Madrid wins the Champions League',
    ],
    // Not after "to", which may open a clause.
    [
      'Analysts at Lindt Capital had expected the bank to hold rates steady until November.',
      'November',
      'Analysts at Lindt Capital expect the bank to hold rates',
    ],
    // A gerund after a relative clause's verb takes what its pronoun stands for.
    [
      'It broke the record set by the farewell tour of the singer, which grossed 939 million dollars over five years before ending in Stockholm in July.',
      'July',
      'Farewell tour ends in Stockholm',
    ],
  ]);
});

describe('plural subjects of one word, a count after the verb, an adverb after "has"', () => {
  labelCases([
    // One word that is plural in lower case opens the sentence.
    ['Gunmen stormed a hotel in the port on Friday.', 'Friday', 'Gunmen storm a hotel'],
    ['Many were wounded in the shelling on Friday.', 'Friday', 'Many are wounded in the shelling'],
    ['Several fled across the border on Friday.', 'Friday', 'Several flee across the border'],
    // A number after a name is a model's, not a count.
    ['The Dash 8 plane landed safely in Tromso on Friday.', 'Friday', 'Dash 8 plane lands safely'],
    ['The 40 pilots landed safely on Friday.', 'Friday', '40 pilots land safely'],
    // "at least" after a past opens its object: no passive.
    ['In June, militants seized at least 12 villages.', 'June', 'Militants seize at least 12 villages'],
    ['Three fishermen stranded at sea were rescued on Friday.', 'Friday', 'Three fishermen are rescued'],
    // After an amount, "won" is a currency; elsewhere the past of "win".
    [
      'The court imposed a fine of 2.5 billion won on the firm in March.',
      'March',
      'Court imposes a fine of 2.5 billion won',
    ],
    ['The club won the league in March.', 'March', 'Club wins the league'],
    // "has twice …": the adverb stands between the auxiliary and the participle.
    ['The council has twice rejected the plan, in March and in June.', 'March', 'Council rejects the plan'],
  ]);
});

describe('a relative clause set off by commas after the subject', () => {
  labelCases([
    // "whom" and "whose" open one as "who" does.
    ['Goalkeeper Ian Roe, whom the club signed in 2010, retired on Friday.', 'Friday', 'Goalkeeper Ian Roe retires'],
    ['The singer, whose debut album sold ten million copies, died on Friday.', 'Friday', 'Singer dies'],
  ]);
});

describe('"should" is a modal, and "I" takes the plain form of the verb', () => {
  labelCases([
    ['The minister said exports should recover in the spring of 2025.', 'the spring of 2025', 'Exports should recover'],
    ['Grain prices should not rise before March, traders said.', 'March', 'Grain prices should not rise'],
    ['I toured the old harbour on Sunday morning with my sister.', 'Sunday morning', 'I tour the old harbour'],
    ['I was in Lisbon in 2019 for the first time.', '2019', 'I am in Lisbon'],
    ['You can climb the tower on Tuesdays.', 'Tuesdays', 'You can climb the tower'],
  ]);
});

describe('the state a passive leaves its subject in, "on board", and "as" opening a clause', () => {
  labelCases([
    [
      'The flames were declared fully under control at noon on Sunday, officials said.',
      'Sunday',
      'Flames are declared fully under control',
    ],
    ['Four suspects were taken into custody on Friday.', 'Friday', 'Four suspects are taken into custody'],
    // Two bare nouns after "under", "into" or "in".
    [
      'The founder was placed under police surveillance in September.',
      'September',
      'Founder is placed under police surveillance',
    ],
    ['The minister was placed under house arrest on Monday.', 'Monday', 'Minister is placed under house arrest'],
    ['The museum plan was put on hold in 2021 for lack of money.', '2021', 'Museum plan is put on hold'],
    ['All 60 passengers on board the ferry were rescued on Friday.', 'Friday', 'All 60 passengers are rescued'],
    ['Both pilots were killed in 1998 as they tried to land in fog.', '1998', 'Both pilots are killed'],
  ]);
});

describe('a possessive noun phrase that is the subject of a verb after the date', () => {
  labelCases([
    [
      "Norway's largest insurer Varda on Monday named a new chief executive.",
      'Monday',
      'Varda names a new chief executive',
    ],
    ["The club's annual dinner on Friday was cancelled.", 'Friday', "Club's annual dinner is cancelled"],
    // An event noun still says what happened.
    ["Okafor's return to Lagos on May 7 was cheered by fans.", 'May 7', 'Okafor returns to Lagos'],
  ]);
});

describe('"which" right after a date, and a relative clause inside an apposition', () => {
  labelCases([
    // Right after the date, "which" stands for the happening the date places.
    [
      'Her match against Dutch champion Anna Vos at Wembley in June 1998, which lasted five hours, is still talked about.',
      'June 1998',
      'Match lasts five hours',
    ],
    [
      'The storm was the worst since the flood of March 1987, which swept away two bridges.',
      'March 1987',
      'Flood sweeps away two bridges',
    ],
    // The clause a credit line attributes is not one inside the apposition's relative clause.
    [
      'Lena Holt, the Norwegian skier who won Olympic gold in 1994 and 1998, has died at 61, her club said on Monday.',
      'Monday',
      'Lena Holt dies at 61',
    ],
    // So with "whose".
    [
      'Tina Turner, the electrifying singer whose career spanned more than six decades, has died at her home near Zurich, her publicist said on Wednesday.',
      'Wednesday',
      'Tina Turner dies at her home',
    ],
  ]);
});

describe('a verb after "and" sharing the modal of the verb before', () => {
  labelCases([
    [
      'The club will unveil its new stadium on March 3 and host its first match there on April 12.',
      'April 12',
      'Club hosts its first match there',
    ],
    ['The bank could cut rates in March and raise them again in June.', 'June', 'Bank could raise rates again'],
    // Not a noun joined to the object.
    ['The firm will sell bikes and spare parts in 2026.', '2026', 'Firm sells bikes'],
  ]);
});

describe('adverbs, modals and denials around a passive', () => {
  labelCases([
    ['The flats were mostly built in the 1960s.', 'the 1960s', 'Flats are built'],
    ['Engineers said the pier should be repaired before the winter.', 'the winter', 'Pier should be repaired'],
    ['The vote could be postponed until March.', 'March', 'Vote could be postponed'],
    ['The fee should not be raised before June, the board said.', 'June', 'Fee should not be raised'],
    // "never" is kept as the text says it, before a passive's participle, a past, a perfect or a modal.
    ['The law was never enforced in 2019.', '2019', 'Law is never enforced'],
    ['Police never found the painting in 2010.', '2010', 'Police never find the painting'],
    ['He had never won in Paris before 2019.', '2019', 'He never wins in Paris'],
    ['The firm has not paid the fine since 2019.', 'since 2019', 'Firm does not pay the fine'],
    ['She could never have won in 2019.', '2019', 'She could never have won'],
    ['The road may never be rebuilt after 2019.', '2019', 'Road may never be rebuilt'],
    ['The firm did not report a loss in 2019.', '2019', 'Firm does not report a loss'],
    // A title set off after a common noun, with a comma or a parenthesis of its own.
    [
      'His first novel, "Raudt, svart" (Red, Black), was published in 1983.',
      '1983',
      'Novel "Raudt, svart" is published',
    ],
    ['His first novel, "Raudt, svart", was published in 1983.', '1983', 'Novel "Raudt, svart" is published'],
    // A year between the article and the noun of a phrase after a preposition dates that thing.
    [
      'The river reached a record 5.04 metres on Friday, surpassing the level of the historic 1941 flood.',
      '1941',
      'Historic flood',
    ],
    ['The storm was the worst since the 1987 hurricane.', '1987', 'Hurricane'],
    // So after "a", and after a preposition that ties a noun to another.
    [
      'A court acquitted Lee of charges related to a controversial 2015 merger of two group affiliates.',
      '2015',
      'Controversial merger',
    ],
    ['Police opened an inquiry into the 2015 merger on Monday.', '2015', 'Merger'],
    // negative: not after a verb's own preposition ("elected to").
    ['He was elected to the 2015 parliament.', '2015', 'He is elected'],
    // Nor when a comparison is drawn with it ("surpassing the 2017 … attack").
    [
      'It was the largest outage in history, surpassing the 2017 WannaCry ransomware attack, which hit 300,000 computers.',
      '2017',
      'WannaCry ransomware attack',
    ],
    // negative: not the object of a verb ("brokered the 1978 peace accords").
    ['He brokered the 1978 peace accords.', '1978', 'He brokers the peace accords'],
    // (So after an infinitive's "to", no preposition: the object keeps its noun.)
    ['She tried to overturn the 2020 election.', '2020', 'She tries to overturn the election'],
    // (Guard: after a preposition the phrase is no object.)
    ['He flew to the 2019 summit.', '2019', 'He flies'],
    // "it" stands for no plural before it; it is left for events.ts.
    [
      'Apple unveiled its first foldable iPhone, a device analysts said could reshape the market when it ships later this month.',
      'later this month',
      'It ships',
    ],
    // After "there", the verb agrees as the text has it.
    ['There were protests in Lima on Wednesday.', 'Wednesday', 'There are protests'],
    ['There were no reports of deaths on Wednesday.', 'Wednesday', 'There are no reports of deaths'],
    ['There was a blast in Lima on Wednesday.', 'Wednesday', 'There is a blast'],
    // A plural noun of happening before names, each dated: each name's happening.
    [
      'The crashes of Lion Air Flight 610 in Indonesia in October 2018 and Ethiopian Airlines Flight 302 in March 2019 killed 346 people.',
      'October 2018',
      'Lion Air Flight 610 crashes',
    ],
    [
      'The crashes of Lion Air Flight 610 in Indonesia in October 2018 and Ethiopian Airlines Flight 302 in March 2019 killed 346 people.',
      'March 2019',
      'Ethiopian Airlines Flight 302 crashes',
    ],
    ['The visits of Pope Francis in 2015 and Pope Benedict in 2008 drew crowds.', '2008', 'Pope Benedict visits'],
    // A name written with a capital inside keeps its first letter.
    ['The iPhone Fold goes on sale on September 19, Cook said.', 'September 19', 'iPhone Fold goes on sale'],
    ['eBay reported a loss on Monday.', 'Monday', 'eBay reports a loss'],
    // "having" and a participle after a comma: a perfect gerund, whose subject is the clause's.
    ['Alcaraz now has four major titles, having also won the US Open in 2022.', '2022', 'Alcaraz wins the US Open'],
    ['He retired in 2020 after having lost the final in 2019.', '2019', 'He loses the final'],
    // A record said again without its verb: the name after "since" did what the record's infinitive says.
    [
      'Fosse is the fourth Norwegian to win the prize, and the first since Sigrid Undset in 1928.',
      '1928',
      'Sigrid Undset wins the prize',
    ],
    [
      'She became the third woman to lead the party, and the first since Ann Lee in 1990.',
      '1990',
      'Ann Lee leads the party',
    ],
    // A title alone before a participle set off after it, "first" between them.
    [
      'His breakthrough came with "Someone Is Going to Come", first staged in 1996.',
      '1996',
      '"Someone Is Going to Come" is staged',
    ],
    ['He wrote "Ghosts", first staged in 1996.', '1996', '"Ghosts" is staged'],
    // A participle after the subject's noun opens a phrase describing it.
    [
      'A microscopic worm frozen in the permafrost for 46,000 years has been brought back to life, researchers said on Thursday.',
      'Thursday',
      'Microscopic worm is brought back to life',
    ],
    // A participle whose agent the object leaves out goes with it.
    ['In 2019, police arrested a man wanted by the FBI.', '2019', 'Police arrest a man'],
    // A verb's particle before the noun a relative pronoun stands for is no part of it.
    ['Demands grew out of mass protests that erupted in October 2019.', 'October 2019', 'Mass protests erupt'],
    ["She would serve out Castillo's term, which runs until July 2026.", 'July 2026', "Castillo's term runs"],
    // So is a purpose's verb after "to"; not a noun after "to" ("damage to power lines").
    [
      'The bank had raised rates 14 times from December 2021 to fight inflation, which peaked at 11.1 percent in October 2022.',
      'October 2022',
      'Inflation peaks at 11.1 percent',
    ],
    ['The government cut taxes to boost growth, which slowed in 2023.', '2023', 'Growth slows'],
    ['The storm caused damage to power lines, which were restored on Monday.', 'Monday', 'Power lines are restored'],
    // An aside of worth, with an amount in parentheses inside it.
    [
      'The prize, worth 11 million Swedish kronor ($1 million), will be presented at a ceremony on December 10.',
      'December 10',
      'Prize is presented at a ceremony',
    ],
    ['The deal, worth $5 billion (4.6 billion euros), was signed on Monday.', 'Monday', 'Deal is signed'],
    // A participle after an amount that follows "of" describes the noun before "of".
    [
      'The index beat its previous closing record of 38,915.87 set on December 29, 1989.',
      'December 29, 1989',
      'Previous closing record is set',
    ],
    // A thing bursts of itself, after "after" too.
    ['After the bubble burst in the early 1990s, the index fell.', 'the early 1990s', 'Bubble bursts'],
    // "last" between an auxiliary and its participle is an adverb.
    ['Acapulco was last hit by a major hurricane in 1997.', '1997', 'Acapulco is hit by a major hurricane'],
    ['The bridge was last repaired in 1997.', '1997', 'Bridge is repaired'],
    ['The team had last won the title in 1990.', '1990', 'Team wins the title'],
    // "no" before the subject denies the event too, and stays.
    ['No one was hurt in the blast on Monday.', 'Monday', 'No one is hurt in the blast'],
    ['No new cases had been reported since late November.', 'late November', 'No new cases are reported'],
    ['No agreement was reached at the talks in 2019.', '2019', 'No agreement is reached at the talks'],
    // What did not happen until the date happened at it.
    ['The tunnel was not opened until 1994.', '1994', 'Tunnel is opened'],
    ['The minister did not resign until Friday.', 'Friday', 'Minister resigns'],
    ['He had not won a title on clay until the Italian Open in May.', 'May', 'He wins a title on clay'],
    // (The stretch without it is no part of what then happened.)
    ['The peninsula had not seen an eruption for eight centuries until 2021.', '2021', 'Peninsula sees an eruption'],
    ['He had never won a title until 2019.', '2019', 'He wins a title'],
    // "would" is mostly a reported future.
    ['The club said the stand would be closed on Sunday.', 'Sunday', 'Stand is closed'],
    // "will be" is no hedge.
    ['The vote will be held in March.', 'March', 'Vote is held'],
  ]);
});

describe('the clause a credit line attributes past a participle, and a present after "I" or "we"', () => {
  labelCases([
    [
      'A Dutch sailor kidnapped in Guinea in January has been freed and is in good health, the navy said on Friday.',
      'Friday',
      'Dutch sailor is freed',
    ],
    ['“Now I earn 900 a month,” a driver said on Monday.', 'Now', 'I earn 900 a month'],
    // Not a present after "when", which gives the time of another verb.
    ['Shares are expected to climb when they open on Monday morning, brokers said.', 'Monday morning', 'Shares climb'],
  ]);
});

describe('a passive after a plan and "to be"', () => {
  labelCases([
    [
      'The repairs are expected to be finished by the end of next year.',
      'the end of next year',
      'Repairs are finished',
    ],
    ['The road is due to be reopened in March.', 'March', 'Road is reopened'],
    ['The prisoners were supposed to be released in May.', 'May', 'Prisoners were supposed to be released'],
  ]);
});

describe('a plan told in the past, for a date gone by, says it was only planned', () => {
  it.each([
    [
      'The phase-out had been due to be completed at the end of last year, but it was extended.',
      'the end of last year',
      'Phase-out had been due to be completed',
    ],
    ['The mission was originally set to launch in 2022 but was pushed back.', '2022', 'Mission was set to launch'],
    ['Growth was expected to reach 3 percent in 2022.', '2022', 'Growth was expected to reach 3 percent'],
    // (So is a likelihood.)
    ['The storm was likely to hit the coast on Friday.', 'Friday', 'Storm was likely to hit the coast'],
  ])('%s (%s) → %s', (text, date, expected) => {
    expect(label(text, date, () => [], false, false, true)).toBe(expected);
  });
  it.each([
    // A plan or a likelihood reported at a date not past is said as it stood then, in the present.
    ['The agency warned on Tuesday that the heatwave was set to intensify.', 'Tuesday', 'Heatwave is set to intensify'],
    ['The agency said on Tuesday that prices were likely to rise.', 'Tuesday', 'Prices are likely to rise'],
  ])('%s (%s) → %s', (text, date, expected) => {
    expect(label(text, date, () => [], false, false, false)).toBe(expected);
  });
  it.each([
    // A date not known to be past, and a plan told in the present, are labelled by what is planned.
    ['The bridge was due to open in 2030.', '2030', 'Bridge opens', false],
    ['The road is due to be reopened in March.', 'March', 'Road is reopened', true],
  ])('%s (%s) → %s', (text, date, expected, past) => {
    expect(label(text, date, () => [], false, false, past)).toBe(expected);
  });
});

describe('a past that is a participle too, after "be"', () => {
  labelCases([
    ['Their tent was swept away by the river on Friday night.', 'Friday night', 'Tent is swept away'],
    ['The trawler was sunk by a mine in 1943.', '1943', 'Trawler is sunk by a mine'],
    // Not without "be": the past is the verb.
    [
      'The fire, fanned by strong winds, swept through the valley on Monday.',
      'Monday',
      'Fire sweeps through the valley',
    ],
  ]);
});

describe('a bare past before "by" in the clause a credit line attributes', () => {
  labelCases([
    [
      'Landslides triggered by heavy rain buried six homes in the hills, rescuers said on Sunday.',
      'Sunday',
      'Landslides bury six homes',
    ],
    // A passive with "be" stays one.
    ['The blackout was caused by a fault, the operator said on Sunday.', 'Sunday', 'Blackout is caused by a fault'],
  ]);
});

describe('"it is the nth time" and a date: the clause after the date', () => {
  labelCases([
    ['It is the third time this year the valley has been cut off by snow.', 'this year', 'Valley is cut off'],
    ['It was the first time in 2018 that the team lost at home.', '2018', 'Team loses at home'],
  ]);
});

describe('a gerund after its cue and an adverb in "-ly"', () => {
  labelCases([
    [
      'Okafor became mayor in 2020 after narrowly beating Ruth Adeyemi in a runoff in May.',
      'May',
      'Okafor beats Ruth Adeyemi',
    ],
  ]);
});

describe('"down from a peak of" and its date', () => {
  labelCases([
    [
      'Unemployment fell to 6.2 percent in May, down from a peak of 9.8 percent in 2021.',
      '2021',
      'Unemployment peaks at 9.8 percent',
    ],
    [
      'The index closed at 3,100 points, up from a record low of 2,400 points in March.',
      'March',
      'Index hits a record low of 2,400 points',
    ],
    [
      'Bond yields eased to 4 percent, down from a high of 5 percent in July.',
      'July',
      'Bond yields hit a high of 5 percent',
    ],
  ]);
});

describe('a noun in "-ing" after a verb of judging is no gerund; a gerund after its cue and "twice"', () => {
  labelCases([
    [
      'The coach, who was cleared in May of wrongdoing after twice failing a fitness test in January, returned on Sunday.',
      'January',
      'Coach fails a fitness test',
    ],
    ['The mayor was convicted of racketeering in 2019.', '2019', 'Mayor is convicted of racketeering'],
    // A gerund with its object stays one.
    ['The mayor was convicted of taking bribes in 2019.', '2019', 'Mayor takes bribes'],
    // So after "also" between the cue and the gerund.
    [
      'Sinner has now won three major titles, after also triumphing at the US Open in September.',
      'September',
      'Sinner triumphs at the US Open',
    ],
  ]);
});

describe('a month inside a sentence is no verb', () => {
  labelCases([
    // "May" in capitals is no modal.
    [
      'The striker, who was banned in May for doping after twice missing a test in 2022, scored on Sunday.',
      '2022',
      'Striker misses a test',
    ],
    // A month before a comma closes an aside; the past after it is the main verb, not a passive of the month.
    ['The striker, who was banned in March, returned on Sunday.', 'Sunday', 'Striker returns'],
  ]);
});

describe('a record "since" a name and its date: the name did it then', () => {
  labelCases([
    // The record after the date.
    [
      'Okafor became the first woman since Banda in 1988 to win the race in under three hours.',
      '1988',
      'Banda wins the race',
    ],
    // An adjective in capitals in the record.
    ['Hale is the first Irish rider to win the stage since Kelly in 1989.', '1989', 'Kelly wins the stage'],
    // A name with a particle in lower case, after its country's possessive.
    [
      "They are the first journalists to win the prize since Norvia's Karl von Tarbut in 1935.",
      '1935',
      "Norvia's Karl von Tarbut wins the prize",
    ],
    // At a dated event: where it was done.
    [
      'Diaz hopes to become the first Mexican to win a race since Rodriguez at the 1970 Belgian Grand Prix.',
      '1970',
      'Rodriguez wins a race at the Belgian Grand Prix',
    ],
    // An adverb before the record's verb stays before it.
    [
      'She became the first woman since Henin in 2007 to successfully defend the title.',
      '2007',
      'Henin successfully defends the title',
    ],
    [
      'She became the first woman to successfully defend the title since Henin in 2007.',
      '2007',
      'Henin successfully defends the title',
    ],
  ]);
});

describe('a dated noun phrase as the object of a verb: the clause says what was done', () => {
  labelCases([
    ['She won the 2019 World Cup with Spain.', '2019', 'She wins the World Cup with Spain'],
    ['He negotiated the 1995 Dayton Accords between the warring parties.', '1995', 'He negotiates the Dayton Accords'],
    // After a preposition, the noun phrase names the event.
    ['The plan recalls the ceasefire of the 1995 Dayton Accords.', '1995', 'Dayton Accords'],
  ]);
});

describe('a passive before a possessive: the clause, not the thing owned', () => {
  labelCases([
    [
      "Ana Ruiz was sworn in as Peru's president for a second term on Monday.",
      'Monday',
      "Ana Ruiz is sworn in as Peru's president",
    ],
    // An event noun owned stays the label ("Okafor's visit").
    ["The deal was signed during Okafor's visit to Lagos in March.", 'March', 'Okafor visits Lagos'],
    // A date between the possessive and the deed's noun.
    [
      "The war began with Hamas's October 7, 2023 attack on southern Israel, which killed 1,210 people.",
      'October 7, 2023',
      'Hamas attacks southern Israel',
    ],
    ["Officials recalled Russia's February 2022 invasion of Ukraine.", 'February 2022', 'Russia invades Ukraine'],
    // A name with "of" in it owns the noun, and an infinitive after the date says what was decided.
    [
      "Investors were rattled by the Bank of Japan's decision last week to raise interest rates for only the second time.",
      'last week',
      'Bank of Japan decides to raise interest rates',
    ],
  ]);
});

describe('a path through a place named after its kind', () => {
  labelCases([
    [
      'A flash flood tore through the small mountain town of Ribeira on Tuesday.',
      'Tuesday',
      'Flash flood tears through Ribeira',
    ],
    // Past the five words of a place phrase, "of" and a name finish it.
    ['Rebels pushed into the remote northern border district of Kasai on Friday.', 'Friday', 'Rebels push into Kasai'],
  ]);
});

describe('"them" as an object is the plural noun the verb before it took', () => {
  labelCases([
    ['Police seized the rifles on Monday and destroyed them on Friday.', 'Friday', 'Police destroy the rifles'],
    // Another's possessive does not go with the noun.
    [
      'Norway raised its tariffs in May, while Chile has kept them low since March.',
      'March',
      'Chile keeps tariffs low',
    ],
    // Not a name, nor a singular noun.
    ['Smith met Lopez and Diaz and thanked them on Monday.', 'Monday', 'Smith thanks them'],
  ]);
});

describe('a relative clause without "that": its own subject, the noun before as its object', () => {
  labelCases([
    ['The ruling ends a lawsuit his family brought in 2015.', '2015', 'Family brings a lawsuit'],
    ['Judges struck down the new rules the city council adopted in May.', 'May', 'City council adopts the new rules'],
    // With a phrase the verb keeps after it, and with a name for its subject.
    [
      'The ruling ends a lawsuit his family brought against the city in 2015.',
      '2015',
      'Family brings a lawsuit against the city',
    ],
    [
      'The case was brought over a speech Gandhi gave at an election rally in April 2019.',
      'April 2019',
      'Gandhi gives a speech at an election rally',
    ],
    ['They discussed the deal Trump signed with China in 2019.', '2019', 'Trump signs the deal with China'],
    // A name with its own "the", and an amount between the noun and its article.
    [
      'He will renegotiate the terms of a $2.9 billion bailout the International Monetary Fund approved in March.',
      'March',
      'International Monetary Fund approves a $2.9 billion bailout',
    ],
    // Not a name set beside a noun, whose past has its own object or opens what was said.
    ['The tech giant Apple bought Beats in 2014.', '2014', 'Apple buys Beats'],
    ['He said the carrier Delta flew to Atlanta in May.', 'May', 'Carrier Delta flies to Atlanta'],
    // A participle describing the object of a verb stays a passive.
    ['Smith told reporters the plan approved in May was dead.', 'May', 'Plan is approved'],
  ]);
});

describe('a present after an apposition set off by commas after a name', () => {
  labelCases([
    [
      'Talks stall weeks before the Harbour Act (HA), a broad law aimed at cleaning up the port, comes into force on Friday.',
      'Friday',
      'Harbour Act comes into force',
    ],
    ['Orvex, a maker of chips used in phones, opens its new plant on Monday.', 'Monday', 'Orvex opens its new plant'],
    // A past after the apposition is read as before (a verb of saying gives the reported clause).
    ['Orvex, a maker of chips, said on Monday that sales rose.', 'Monday', 'Orvex says sales rose'],
  ]);
});

describe('a passive after "began to be", a past after "after" and a noun phrase, a past after a subject with "of"', () => {
  labelCases([
    ['Vaccines began to be rolled out in December 2020.', 'December 2020', 'Vaccines are rolled out'],
    ['The bodies started to be exchanged on Monday.', 'Monday', 'Bodies are exchanged'],
    [
      "The decision was taken after the UN agency's emergency committee met on Thursday.",
      'Thursday',
      "UN agency's emergency committee meets",
    ],
    ['The decision came after the committee met on Thursday.', 'Thursday', 'Committee meets'],
    [
      'The Vikram lander of the Chandrayaan-3 mission touched down at 6:04 pm, the agency said.',
      '6:04 pm',
      'Vikram lander touches down',
    ],
    // A participle after "after" and its noun, with a preposition after it, still describes the noun.
    ['It came after a second campaign planned for the autumn.', 'the autumn', 'Second campaign is planned'],
    // So does one after a subject, when a verb of the clause follows.
    ['The lander of the mission launched in July was lost on Friday.', 'July', 'Mission is launched'],
  ]);
});

describe('a perfect with "for the first time" inside it, and "which" after a time that it ends', () => {
  labelCases([
    [
      'US scientists have for the first time produced more energy from a fusion reaction, the department announced on Tuesday.',
      'Tuesday',
      'US scientists produce more energy',
    ],
    [
      'It forecast a net profit of 3.57 trillion yen for the current year, which ends in March 2025.',
      'March 2025',
      'Current year ends',
    ],
    ['Sales rose in the financial year, which ended in March.', 'March', 'Financial year ends'],
    // Not a time before a verb with an object, nor one said with "this".
    [
      'Storms battered the coast, the fiercest storms this year, which closed ports on Sunday.',
      'Sunday',
      'Fiercest storms close ports',
    ],
  ]);
});

describe('asides after the noun phrase a sentence opens with: "where", and a participle past a place', () => {
  labelCases([
    [
      'The National Ignition Facility, where the experiment took place, was completed in 2009 at a cost of $3.5 billion.',
      '2009',
      'National Ignition Facility is completed',
    ],
    [
      'The experiment at the Lawrence Livermore National Laboratory in California, conducted on December 5, used 192 lasers.',
      'December 5',
      'Experiment is conducted',
    ],
    [
      'The experiment at the lab in California, conducted on December 5, used lasers.',
      'December 5',
      'Experiment is conducted',
    ],
    // A verb before the comma keeps the noun right before the participle.
    ['The valley is covered by the Alpine Convention, adopted in 1991.', '1991', 'Alpine Convention is adopted'],
  ]);
});

describe('a name with "and" or "of" inside it is not cut there', () => {
  it("keeps the whole name in a passive's phrase of place, past the word limit", () => {
    const text = 'He was inducted into the Rock and Roll Hall of Fame in 2017.';
    const hall = (t: string): Entity[] => [
      entity(t, 'Rock and Roll Hall of Fame', 'organization', ['Rock and Roll Hall of Fame']),
    ];
    expect(label(text, '2017', hall)).toBe('He is inducted into the Rock and Roll Hall of Fame');
  });
});

describe('a date between "whose" and its noun dates what the noun did', () => {
  labelCases([
    [
      'She sacked her finance minister, Kwasi Kwarteng, whose September 23 "mini-budget" of unfunded tax cuts sent the pound to a record low.',
      'September 23',
      'Mini-budget sends the pound to a record low',
    ],
    ['She sacked Kwarteng, whose 2022 budget failed.', '2022', 'Budget fails'],
    // Not a date after the noun "whose" opens.
    ['She sacked Kwarteng, whose budget failed in 2022.', '2022', 'Budget fails'],
  ]);
});

describe('a present in a clause reported after the saying\'s own date and "that"', () => {
  labelCases([
    [
      'The World Health Organization said on Friday that Covid-19 no longer represents a global health emergency.',
      'Friday',
      'Covid-19 no longer represents a global health emergency',
    ],
    ['The agency said on Friday that the virus represents a threat.', 'Friday', 'Virus represents a threat'],
    // Without "that" after the date, what was said is not read.
    ['The agency said on Friday the virus represents a threat.', 'Friday', 'Agency comments'],
  ]);
});

describe('a present after a subordinator, not past a verb of its clause', () => {
  labelCases([
    ['The money arrived after Madrid ordered four frigates in 2009.', '2009', 'Madrid orders four frigates'],
    ['Talks resume when the assembly convenes on Tuesday.', 'Tuesday', 'Assembly convenes'],
  ]);
});

describe('a possessive subject before its date and a past spelled as its base', () => {
  labelCases([
    [
      "Peru's central bank on Thursday cut its key rate by a quarter point.",
      'Thursday',
      "Peru's central bank cuts its key rate",
    ],
    ["Norway's oil fund on Monday set a new record.", 'Monday', "Norway's oil fund sets a new record"],
  ]);
});

describe('a part of the day before its preposition and date is no part of a place phrase', () => {
  labelCases([
    ['The village was hit by a mudslide late on Tuesday.', 'Tuesday', 'Village is hit by a mudslide'],
    ['The barge was towed into the port early on Friday.', 'Friday', 'Barge is towed into the port'],
  ]);
});

describe('"which" after a name that follows a verb not known as one', () => {
  labelCases([
    [
      'Zelos trails Storm Aria, which flooded two towns in Wales last week.',
      'last week',
      'Storm Aria floods two towns',
    ],
    // A name that is the sentence's subject stays whole.
    ['Storm Aria, which flooded two towns last week, has moved on.', 'last week', 'Storm Aria floods two towns'],
  ]);
});

describe('"to X in one month from Y in another": the level the subject came from', () => {
  labelCases([
    [
      'Unemployment fell to 5.1 percent in June from 5.6 percent in March.',
      'March',
      'Unemployment stands at 5.6 percent',
    ],
    [
      'Unemployment fell to 5.1 percent in June from 5.6 percent in March.',
      'June',
      'Unemployment falls to 5.1 percent',
    ],
    [
      'Exports rose to 4 billion dollars in May from 3.2 billion dollars in April.',
      'April',
      'Exports stand at 3.2 billion dollars',
    ],
    // So after a comma, with "up from", "compared with" or "against".
    [
      'Unemployment rose to 5.1 percent in April, up from 4.9 percent in March.',
      'March',
      'Unemployment stands at 4.9 percent',
    ],
    [
      'Net profit fell to 2 billion euros, compared with 3.1 billion euros in the same period last year.',
      'last year',
      'Net profit stands at 3.1 billion euros',
    ],
    ['Sales rose to 10 million units, against 8 million in 2022.', '2022', 'Sales stand at 8 million'],
    // (The clause's subject after a verb of saying: not the speaker too.)
    [
      'The statistics office said consumer prices rose by 2.0 percent in May, down from 2.3 percent in April.',
      'April',
      'Consumer prices stand at 2.3 percent',
    ],
    // (A hedged amount, and a date after "at the end of".)
    [
      'The workforce had grown to nearly 187,000 people at the end of September, up from about 119,000 at the end of 2019.',
      '2019',
      'Workforce stands at about 119,000',
    ],
  ]);
});

describe('a reported subject of two noun phrases, and a preposition right after a verb', () => {
  labelCases([
    [
      'Police said the driver and two mechanics had been questioned on Friday and would appear before a court on Monday.',
      'Monday',
      'Driver and two mechanics will appear',
    ],
    [
      'Police said the driver and two mechanics had been questioned on Friday and would appear before a court on Monday.',
      'Friday',
      'Driver and two mechanics are questioned',
    ],
    // A verb and an object joined by "and" to another clause stay apart.
    ['The army shelled the port and sailors fled on Monday.', 'Monday', 'Sailors flee'],
  ]);
});

describe('"they" stands for no single common noun', () => {
  labelCases([
    [
      'The cup is their first at home since 1990, after they won the 2019 final abroad.',
      '2019',
      'They win the final abroad',
    ],
  ]);
});

describe('a record since a thing "of" its date, the superlative without a noun of its own', () => {
  labelCases([
    [
      'Rain of 90 millimetres fell in a day, the heaviest since the great flood of June 1953, forecasters said.',
      'June 1953',
      'Great flood',
    ],
    // A "which" clause after the date still tells what happened.
    [
      'It was the worst disaster since the landslide of March 2011, which buried a village.',
      'March 2011',
      'Landslide buries a village',
    ],
  ]);
});

describe('a past after "but" or one that is no participle is no complement of an object', () => {
  labelCases([
    ['The unions held strikes in May but called them off in June.', 'June', 'Unions call strikes off'],
    ['The rebels held the hostages last year and freed them in March.', 'March', 'Rebels free the hostages'],
    // A participle after "held" and its object still describes the object.
    ['Police held the road closed in May.', 'May', 'Police hold the road closed'],
  ]);
});

describe('a verb joined by "and" to one opening a relative clause', () => {
  labelCases([
    [
      'The mayor thanked the fire chief, who cut short a trip abroad and flew home on Sunday.',
      'Sunday',
      'Fire chief cuts short a trip abroad and flies home',
    ],
  ]);
});

describe('a plan after a noun with "to be" and a participle', () => {
  labelCases([
    ['Crews started work on a new bridge due to be finished in 2027.', '2027', 'New bridge is due to be finished'],
    ['The tunnel, expected to be opened in 2029, will cut journey times.', '2029', 'Tunnel is expected to be opened'],
  ]);
});

describe('"to be" and a participle right after a plain noun, at a date to come', () => {
  labelCases(
    [
      [
        'The probe will collect rock samples to be returned to Earth in the 2030s.',
        'the 2030s',
        'Rock samples are to be returned to Earth',
      ],
      ['Officials announced new rules to be introduced in March.', 'March', 'New rules are to be introduced'],
      ['The government will sell bonds to be repaid by 2040.', '2040', 'Bonds are to be repaid'],
      // (Guards: what is counted or measured is no plan: "the first pope to be born", "enough cash to be run".)
      ['He became the first pope to be born in the Americas in 1936.', '1936', 'He becomes the first pope to be born'],
      // (Its noun may have words before it: "the first former US president".)
      [
        'Velland became the first former US president to be convicted of a crime on Thursday.',
        'Thursday',
        'Velland becomes the first former US president to be convicted',
      ],
      [
        'Jane Orvex became the first woman to be elected president on Sunday.',
        'Sunday',
        'Jane Orvex becomes the first woman to be elected president',
      ],
      [
        'The company has enough cash to be run for two years until 2027.',
        '2027',
        'The company has enough cash to be run',
      ],
    ],
    { future: true },
  );
});

describe('a past a thing may do of itself, after the noun phrase a verb of saying reports', () => {
  labelCases([
    ['The company said the release started at 1:03 pm local time.', '1:03 pm', 'Release starts'],
    ['The union said the strike ended on Tuesday.', 'Tuesday', 'Strike ends'],
    // (Guard: a past of doing to, before the clause's own verb, still describes the noun.)
    ['The ministry said the plan approved in May would cut costs.', 'May', 'Plan is approved'],
  ]);
});

describe('an amount of a measure of some stuff, set off by a measure of it', () => {
  it('is the subject, said with what it is of', () => {
    const text =
      'Some 1.34 million tonnes of water, enough to fill more than 500 Olympic-size swimming pools, has accumulated at the site over the past 12 years.';
    expect(label(text, 'the past 12 years', () => [], true)).toBe(
      'Some 1.34 million tonnes of water accumulate at the site',
    );
    expect(label('About 2,000 barrels of crude oil spilled into the sea on Monday.', 'Monday')).toBe(
      'About 2,000 barrels of crude oil spill into the sea',
    );
  });
});

describe('a verb that takes an object and its complement, in capitals inside the sentence, is a name', () => {
  labelCases([
    [
      "The Leave campaign won 52 percent of the vote in Thursday's referendum, against 48 percent for Remain.",
      'Thursday',
      'Leave campaign wins 52 percent of the vote',
    ],
    ['The Vote Leave side won the vote on Thursday.', 'Thursday', 'Vote Leave side wins the vote'],
    // (Guard: in lower case it is the verb: "left thousands of homes flooded".)
    ['The storm left thousands of homes flooded on Monday.', 'Monday', 'Storm leaves thousands of homes flooded'],
  ]);
});

describe('a verb of intent with a pronoun object, "them" standing for the subject before', () => {
  labelCases([
    [
      'Prices rose sharply in May, and the ministry expects them to fall in July.',
      'July',
      'Ministry expects prices to fall',
    ],
  ]);
});

describe('a verb quoted after its modal, and a plan one was told of', () => {
  labelCases([
    [
      'The coach told reporters on Friday that the club would "act quickly" and could sign a striker in August.',
      'August',
      'Club could sign a striker',
    ],
    [
      'The coach told reporters on Friday that the club would sign a striker.',
      'Friday',
      'Coach says club will sign a striker',
    ],
  ]);
});

describe('an aside opening with a participle right after the opening name', () => {
  labelCases([
    ['Orvex, founded in 1998, employs 300 people.', '1998', 'Orvex is founded'],
    ['Lena Ruiz, elected in 2019, resigned on Monday.', '2019', 'Lena Ruiz is elected'],
    // The main verb after the aside stays active.
    ['Lena Ruiz, elected in 2019, resigned on Monday.', 'Monday', 'Lena Ruiz resigns'],
  ]);
});

describe('a present opening a clause joined by ", and", or after a possessive noun phrase', () => {
  labelCases([
    ["The club's new stadium opens in March, and the old ground closes on April 30.", 'April 30', 'Old ground closes'],
    [
      "The club's new stadium opens in March, and the old ground closes on April 30.",
      'March',
      "Club's new stadium opens",
    ],
    // After a clause with a verb of its own too.
    [
      'The fans cheered in March, and the old ground hosts its last match on April 30.',
      'April 30',
      'Old ground hosts its last match',
    ],
  ]);
});

describe('an occasion whose copula has only the date after it', () => {
  labelCases([
    ['The final is on Saturday.', 'Saturday', 'Final takes place'],
    ['The semi-finals are on Friday, and the final is a day later.', 'Friday', 'Semi-finals take place'],
    ["The bank's next policy meeting is on July 31.", 'July 31', "Bank's next policy meeting takes place"],
  ]);
  it('negative: a thing that is no occasion does not take place', () => {
    expect(label('The busiest hour was on Friday.', 'Friday')).not.toMatch(/takes place/);
  });
});

describe('a participle right after a passive, or an "un-" one after a verb, describes the subject', () => {
  labelCases([
    [
      'Okoro was chosen unopposed as chair of the board on Tuesday.',
      'Tuesday',
      'Okoro is chosen unopposed as chair of the board',
    ],
    ['The mayor was re-elected unopposed in May.', 'May', 'Mayor is re-elected unopposed'],
    ['The two sailors returned unharmed on Sunday.', 'Sunday', 'Two sailors return unharmed'],
    // A past right after a verb is still a verb of its own when it opens the clause's object.
    ['The council approved plans on Monday.', 'Monday', 'Council approves plans'],
  ]);
});

describe('a plural name written after "the" takes a plural verb', () => {
  it.each([
    ['The Wallabies also won the cup in 1991.', '1991', 'Wallabies win the cup', 'Wallabies', 'organization'],
    ['The Liberals took power in 2015.', '2015', 'Liberals take power', 'Liberals', 'organization'],
    // Guards: a name without "the" is one ("Reuters"), and a longer name ends on a word of its own.
    ['Reuters reported the deal on Monday.', 'Monday', 'Reuters reports the deal', 'Reuters', 'organization'],
    [
      'Dow Jones published the index on Monday.',
      'Monday',
      'Dow Jones publishes the index',
      'Dow Jones',
      'organization',
    ],
    // A longer name that ends on its members, with or without "the".
    [
      'The Rapid Support Forces took control of the city on Monday.',
      'Monday',
      'Rapid Support Forces take control of the city',
      'Rapid Support Forces',
      'organization',
    ],
    [
      "Sudan's paramilitary Rapid Support Forces took the city on Monday.",
      'Monday',
      'Rapid Support Forces take the city',
      'Rapid Support Forces',
      'organization',
    ],
    [
      'The Social Democrats won the vote on Sunday.',
      'Sunday',
      'Social Democrats win the vote',
      'Social Democrats',
      'organization',
    ],
    // One word of members alone too, with no "the".
    ['He said Democrats voted in 2020.', '2020', 'Democrats vote', 'Democrats', 'organization'],
    // After its owner's possessive too.
    [
      "Merz's Christian Democrats won the February 23 election.",
      'February 23',
      "Merz's Christian Democrats win the election",
      'Christian Democrats',
      'organization',
    ],
    // Guards: a longer name ending on a surname or a noun of its own, even after "the".
    ['The Dow Jones fell sharply on Monday.', 'Monday', 'Dow Jones falls sharply', 'Dow Jones', 'organization'],
    [
      'The National Archives released the files on Monday.',
      'Monday',
      'National Archives releases the files',
      'National Archives',
      'organization',
    ],
  ] as const)('%s (%s) → %s', (text, date, expected, name, type) => {
    expect(label(text, date, (t) => [entity(t, name, type, [name])])).toBe(expected);
  });
});

describe('a party named in the singular too takes a plural verb by its plural of members', () => {
  it('Carney\'s Liberals win, where the text also says "Liberal leader"', () => {
    const text = "Prime Minister Mark Carney's Liberals won the general election on Monday.";
    const got = label(text, 'Monday', (t) => [entity(t, 'Liberal', 'organization', ['Liberals'])]);
    expect(got).toBe("Mark Carney's Liberals win the general election");
  });
});

describe("a word of approximation before the date is the date's", () => {
  labelCases([
    ['The church was built in about 1440.', '1440', 'Church is built'],
    ['The church was built circa 1440.', '1440', 'Church is built'],
    ['Some 3,000 people died in roughly 1918.', '1918', 'Some 3,000 people die'],
    ['He was held in roughly 1990.', '1990', 'He is held'],
    ['The fire spread through the village in about 1850.', '1850', 'Fire spreads through the village'],
  ]);
});

describe('two common nouns joined by "and"', () => {
  labelCases([
    ['An earthquake and tsunami struck the island on Friday.', 'Friday', 'Earthquake and tsunami strike the island'],
    [
      'The death toll from an earthquake and tsunami that struck the island on Friday rose to 1,407 on Wednesday.',
      'Wednesday',
      'Death toll rises to 1,407',
    ],
    // One thing named by two.
    ['Track and field was dropped on Friday.', 'Friday', 'Track and field is dropped'],
    // Two bare plurals after a preposition that follows a noun.
    [
      'The death toll from the bombings on churches and luxury hotels in Tarvia rose to 290 on Monday.',
      'Monday',
      'Death toll rises to 290',
    ],
    // negative: after a preposition that follows a verb, "and" opens another clause.
    ['Troops fired on protesters and police arrested dozens on Monday.', 'Monday', 'Police arrest dozens'],
  ]);
});

describe('a relative clause after the noun phrase opening the sentence', () => {
  labelCases([
    ['People who live in the city voted on Sunday.', 'Sunday', 'People vote'],
    // With a phrase after a preposition in the opening noun phrase.
    [
      'Inflation in the 20 countries that use the euro eased to 5.2 percent in August.',
      'August',
      'Inflation eases to 5.2 percent',
    ],
    ['Residents who fled the fighting returned on Monday.', 'Monday', 'Residents return'],
    ['Firms that make the chips rose on Monday.', 'Monday', 'Firms rise'],
    [
      'Inflation in the 20 countries that use the euro fell to 4.3 percent in September.',
      'September',
      'Inflation falls to 4.3 percent',
    ],
    // A past later in the clause is its verb: the one before the date describes the noun before it.
    ['Fans who saw the match played in 2010 cheered.', '2010', 'Match is played'],
  ]);
});

describe('"which" after a name with "for" inside it', () => {
  labelCases([
    [
      'Cases rose, according to the Africa Centres for Disease Control and Prevention, which declared an emergency on Tuesday.',
      'Tuesday',
      'Africa Centres for Disease Control and Prevention declares an emergency',
    ],
    // Not a preposition between names: the last of them is what "which" stands for.
    [
      "Relations between Paris and Mali's military junta, which seized power in August 2020, have soured.",
      'August 2020',
      "Mali's military junta seizes power",
    ],
  ]);
});

describe('"which" and a plural verb after one name', () => {
  labelCases([
    ['The insurgents will hold talks with Kabul, which are scheduled to start on Tuesday.', 'Tuesday', 'Talks start'],
    // A singular verb agrees with the name.
    ['The insurgents will hold talks with Kabul, which is scheduled to vote on Tuesday.', 'Tuesday', 'Kabul votes'],
  ]);
});

describe('"he" inside a relative clause after a person\'s name', () => {
  const text =
    'The election was overshadowed by the murder of candidate Fernando Villavicencio, who was shot as he left a rally on August 9.';
  it('stands for that person, not for the thing the sentence opens with', () => {
    const people = (t: string) => [entity(t, 'Fernando Villavicencio', 'person', ['Fernando Villavicencio'])];
    expect(label(text, 'August 9', people)).toBe('Villavicencio leaves a rally');
  });
});

describe('a people named in the plural, and an adverb before the verb', () => {
  const text = 'In September 2022, Chileans overwhelmingly rejected a progressive text written by an assembly.';
  it('agrees in the plural, and leaves the participle whose agent is cut off', () => {
    expect(label(text, 'September 2022')).toBe('Chileans overwhelmingly reject a progressive text');
  });
  it('agrees in the plural when the plural is a mention of a people', () => {
    const people = (t: string) => [entity(t, 'Chilean', 'group', ['Chileans'])];
    expect(label('In September 2022, Chileans rejected a text.', 'September 2022', people)).toBe(
      'Chileans reject a text',
    );
  });
});

describe('two people joined, one with a particle in lower case', () => {
  it('agree in the plural', () => {
    const text = 'Burhan and Daglo seized power together in an October 2021 coup.';
    const people = (t: string) => [
      entity(t, 'Abdel Fattah al-Burhan', 'person', ['Burhan']),
      entity(t, 'Mohamed Hamdan Daglo', 'person', ['Daglo']),
    ];
    expect(label(text, 'October 2021', people)).toMatch(/^\S*Burhan and Daglo seize power/);
  });
});

describe('"he" after a body or a place', () => {
  const text = 'Congress tried twice to impeach Castillo after he took office in July 2021.';
  it('stands for the person named before it in the sentence, not for the body', () => {
    const named = (t: string) => [
      entity(t, 'Congress', 'organization', ['Congress']),
      entity(t, 'Pedro Castillo', 'person', ['Castillo']),
    ];
    expect(label(text, 'July 2021', named)).toBe('Castillo takes office');
  });
  it('stays "he" when no person is named before it', () => {
    const text2 = 'Congress met twice before he took office in July 2021.';
    expect(label(text2, 'July 2021', (t) => [entity(t, 'Congress', 'organization', ['Congress'])])).toBe(
      'He takes office',
    );
  });
});

describe('an aside opening with "about"', () => {
  labelCases([
    ['Her novel, about a former slave, won the Pulitzer Prize in 1988.', '1988', 'Novel wins the Pulitzer Prize'],
    [
      'Her novel, about a former slave who kills her daughter rather than see her returned to slavery, won the Pulitzer Prize in 1988.',
      '1988',
      'Novel wins the Pulitzer Prize',
    ],
  ]);
});

describe('"more than" or "less than" before a past of multiplying', () => {
  labelCases([
    ['Sales more than doubled in 2020.', '2020', 'Sales more than double'],
    ['Exports less than halved in 2009, the ministry said.', '2009', 'Exports less than halve'],
    ['The firm said sales more than doubled in 2020.', '2020', 'Sales more than double'],
    // negative: a comparison with what was expected is no verb.
    ['Sales rose more than expected in 2020.', '2020', 'Sales rise more than expected'],
  ]);
});

describe('a date closing the subject of a reported clause, before its past', () => {
  labelCases([
    [
      'Toyota Motor said on Tuesday its net profit for the April-June quarter more than doubled to a record 1.3 trillion yen ($9.1 billion), as a weaker yen boosted earnings.',
      'April-June',
      'Net profit more than doubles',
    ],
    ['The firm said on Monday its revenue for the 2023 season fell by a third.', '2023', 'Revenue falls'],
    ['Officials said the strike on Monday halted trains.', 'Monday', 'Strike halts trains'],
  ]);
});

describe('an aside giving the level a measure came from', () => {
  labelCases([
    [
      'The figure, down from 5.2 percent in August, was below the 4.5 percent expected by analysts polled by Bloomberg, the EU statistics agency Eurostat said.',
      'August',
      'Figure stands at 5.2 percent',
    ],
    ['The rate, up from 3.1 percent in May, was the highest in a decade.', 'May', 'Rate stands at 3.1 percent'],
    // The aside is stepped over to the subject.
    ['The rate, down from 5.2 percent a year earlier, fell sharply in September.', 'September', 'Rate falls sharply'],
    // negative: a level after a clause is the clause's.
    ['Sales rose to $4 billion, up from $3.2 billion in 2022.', '2022', 'Sales stand at $3.2 billion'],
    // A date with no preposition, after a comma ("slid to …, from …").
    [
      'Net income slid to $409 million, from $1.39 billion a year earlier.',
      'a year earlier',
      'Net income stands at $1.39 billion',
    ],
    ['Sales rose to 5 million from 4 million last year.', 'last year', 'Sales stand at 4 million'],
    // An amount in a currency, and a date with no preposition.
    [
      'Net income jumped to $6.2 billion from $656 million in the same period last year.',
      'the same period last year',
      'Net income stands at $656 million',
    ],
    // The noun an amount measures in the clause, not its subject.
    [
      'The company reported revenue of $13.5 billion for its second fiscal quarter, up from $6.7 billion a year earlier.',
      'a year earlier',
      'Revenue stands at $6.7 billion',
    ],
  ]);
});

describe('"set to" or "poised to" after a noun, with "is" left out', () => {
  labelCases([
    ['Smith set to win the vote on Sunday.', 'Sunday', 'Smith wins the vote'],
    ['The party is poised to win the vote on Sunday.', 'Sunday', 'Party wins the vote'],
    // negative: a past "set" with its object.
    ['The board set the date on Monday.', 'Monday', 'Board sets the date'],
  ]);
});

describe('a present after a name opening the sentence', () => {
  labelCases([
    [
      "Novak Djokovic faces Casper Ruud in the men's final on Sunday, seeking a record 23rd Grand Slam title.",
      'Sunday',
      'Novak Djokovic faces Casper Ruud',
    ],
    ['Djokovic plays Ruud in the final on Sunday.', 'Sunday', 'Djokovic plays Ruud'],
    // negative: a plural noun after a name, with the past after it.
    ['Tesla shares fell sharply on Monday.', 'Monday', 'Tesla shares fall sharply'],
    // A team's plural after its one-word name and an aside set off after it.
    [
      'Colombia, unbeaten in 27 matches, play Uruguay in Charlotte, North Carolina on Wednesday.',
      'Wednesday',
      'Colombia plays Uruguay',
    ],
  ]);
});

describe('an object cut at its limit inside a phrase after a preposition', () => {
  labelCases([
    [
      "Microsoft on Friday completed its $69 billion takeover of video game giant Activision Blizzard, after winning approval from Britain's competition regulator.",
      'Friday',
      'Microsoft completes its $69 billion takeover',
    ],
    [
      'Ryanair on Monday exercised its options with Boeing to purchase five more jets.',
      'Monday',
      'Ryanair exercises its options with Boeing',
    ],
    // negative: an object ending with its sentence is whole.
    [
      'In 2008 the car company posted a loss of close to $15 billion.',
      '2008',
      'Car company posts a loss of close to $15 billion',
    ],
  ]);
});

describe('a peak that the subject came down (or up) from places the peak', () => {
  labelCases([
    [
      'The move divided economists, as the economy stalls and inflation, while still far above target, has eased from a peak of 10.6 percent last October.',
      'last October',
      'Inflation peaks at 10.6 percent',
    ],
    ['Unemployment has fallen from a high of 9.8 percent in 2021.', '2021', 'Unemployment hits a high of 9.8 percent'],
    // After where it came to, and in a relative clause ("which fell to … from a peak of …").
    [
      'The governor said inflation, which fell to 7.9 percent in June from a peak of 11.1 percent in October, was still too high.',
      'October',
      'Inflation peaks at 11.1 percent',
    ],
    [
      'Inflation fell to 7.9 percent in June from a peak of 11.1 percent in October.',
      'October',
      'Inflation peaks at 11.1 percent',
    ],
    [
      'Two million homes were without power on Monday, down from a peak of about 4.5 million over the weekend.',
      'the weekend',
      'Two million homes peak at about 4.5 million',
    ],
    // As after "down from … in" before.
    [
      'Inflation fell to 7.9 percent, down from a peak of 11.1 percent in October.',
      'October',
      'Inflation peaks at 11.1 percent',
    ],
  ]);
  it('negative: not a peak the date does not close ("…, the bank said on Thursday")', () => {
    expect(
      label('Inflation has eased from a peak of 10.6 percent, the bank said on Thursday.', 'Thursday'),
    ).not.toMatch(/peaks/);
  });
});

describe('a concession set off after the subject is stepped over', () => {
  labelCases([
    [
      'The company, though still loss-making, raised its forecast on Tuesday.',
      'Tuesday',
      'Company raises its forecast',
    ],
    ['The team, while short of players, won the final on Sunday.', 'Sunday', 'Team wins the final'],
  ]);
});

describe('two counted nouns joined as the subject', () => {
  labelCases([
    // A counted noun and a bare one: the nouns.
    [
      'More than two million homes and businesses were still without power on Monday.',
      'Monday',
      'Homes and businesses are still without power',
    ],
    [
      'More than 87,000 cases and 140 deaths have been reported since the start of 2022.',
      'the start of 2022',
      'More than 87,000 cases and 140 deaths are reported',
    ],
    ['Ten soldiers and two civilians were killed on Monday.', 'Monday', 'Ten soldiers and two civilians are killed'],
    [
      'Police said 300 homes and 40 schools were destroyed on Monday.',
      'Monday',
      '300 homes and 40 schools are destroyed',
    ],
  ]);
});

describe('an aside after a name saying what it has been since the date', () => {
  it.each([
    [
      'Swiatek, the world number one since April 2022, will now turn her attention to Wimbledon.',
      'April 2022',
      'Swiatek is the world number one',
    ],
    ['Assad, in power since 2000, faces a revolt.', '2000', 'Assad is in power'],
    ['Merkel, chancellor since 2005, met him.', '2005', 'Merkel is chancellor'],
  ])('%s (%s) → %s', (text, date, expected) => {
    // (A span since the date: anchored on the publication date.)
    expect(label(text, date, undefined, true)).toBe(expected);
  });
});

describe('a named event after a preposition, right before a date said from today', () => {
  const summit = (text: string): Entity[] => [entity(text, 'G20 summit', 'event', ['G20 summit'])];
  it.each([
    ['Lula, who is in India for the G20 summit this weekend, said troops would go.', 'this weekend', 'G20 summit'],
    ['The leaders will meet at the G20 summit next week.', 'next week', 'G20 summit'],
    // negative: the object of a verb, the clause says what was done.
    ['Lula will attend the G20 summit next week.', 'next week', 'Lula attends the G20 summit'],
  ])('%s (%s) → %s', (text, date, expected) => {
    expect(label(text, date, summit)).toBe(expected);
  });
});

describe('a deed named by its noun after "for" or "over", before the date', () => {
  labelCases([
    [
      'The 85-year-old had been serving a 25-year sentence since 2009 for the killings of 25 people by a death squad in the early 1990s.',
      'the early 1990s',
      'Killings of 25 people by a death squad',
    ],
    ['He was convicted over the bombing of a train in 2004.', '2004', 'Bombing of a train'],
    // A count instead of "the", and names joined by "and" in the phrase.
    [
      'Muilenburg was fired over two crashes of 737 MAX jets in Indonesia and Ethiopia in 2018 and 2019.',
      '2018',
      'Crashes of 737 MAX jets in Indonesia and Ethiopia',
    ],
    // An adjective before the noun, and "involving".
    [
      'Muilenburg was fired over two fatal crashes involving the 737 MAX in 2018 and 2019 that killed 346 people.',
      '2018',
      'Fatal crashes involving the 737 MAX',
    ],
    // A name and a number qualifying the noun too.
    [
      'Muilenburg was fired over two fatal 737 MAX crashes in 2018 and 2019 that killed 346 people.',
      '2019',
      'Fatal 737 MAX crashes',
    ],
    // negative: a part of a time is no deed; nor "the first time".
    ['He was jailed for the beginning of the war in 2008.', '2008', 'He is jailed for the beginning of the war'],
    ['He was honoured for the first time in 2008.', '2008', 'He is honoured for the first time'],
  ]);
});

describe('a birth name', () => {
  it('is said as written, not as the person is named since', () => {
    const text = 'Born Anna Mae Bullock in Nutbush in 1939, Turner rose to fame.';
    const turner = (t: string): Entity[] => [entity(t, 'Tina Turner', 'person', ['Anna Mae Bullock', 'Turner'])];
    expect(label(text, '1939', turner)).toBe('Turner is born Anna Mae Bullock');
  });
});

describe('a short quotation right before the verb, after a verb of saying', () => {
  labelCases(
    [
      ['Velland said "the real verdict" would come on November 5.', 'November 5', 'Real verdict will come'],
      ['Orvex insisted "the new plant" would open in March.', 'March', 'New plant will open'],
    ],
    { future: true },
  );
});

describe('a disease or a sport in "-s" is one', () => {
  labelCases([
    ['Measles was declared eliminated in the country in 2017.', '2017', 'Measles is declared eliminated'],
    ['Athletics was rocked by a doping scandal in 2015.', '2015', 'Athletics is rocked by a doping scandal'],
  ]);
});

describe('after a pluperfect, a date closing the phrase of "before" dates what that phrase names', () => {
  labelCases([
    [
      'He had gone ten races without a win before his victory in the rain in Velport three weeks ago.',
      'three weeks ago',
      'His victory in the rain in Velport',
    ],
    ['The team had trained for months before the final in May.', 'May', 'Final'],
    // (Guard: a past, no pluperfect, is dated itself.)
    ['He trained hard before his victory in Velport three weeks ago.', 'three weeks ago', 'He trains hard'],
  ]);
});

describe('a participle after a word of degree, before its noun, is an adjective', () => {
  labelCases([
    ['The most watched match of 2022 was the final.', '2022', 'Most watched match is the final'],
    [
      "The Orvex, the city's most visited museum with nine million visitors last year, was closed on Sunday.",
      'last year',
      "Orvex is the city's most visited museum",
    ],
  ]);
});

describe('a word in "-s" opening the sentence before "that" and a verb', () => {
  labelCases([
    [
      'Flash floods that tore through the valley on Friday killed 20 people.',
      'Friday',
      'Flash floods tear through the valley',
    ],
    ['Heavy rains that began on Monday flooded the town.', 'Monday', 'Heavy rains begin'],
    // (Guard: a name and its present before an object stay so.)
    ['Velport remains the favourite on Friday.', 'Friday', 'Velport remains the favourite'],
  ]);
});

describe('a noun that "bound for" and a place describe, a name before it', () => {
  it('is the subject, not the place', () => {
    const text = 'An Orvair passenger jet bound for Velport crashed into a residential area on Thursday.';
    const named = (t: string): Entity[] => [
      entity(t, 'Orvair', 'organization', ['Orvair']),
      entity(t, 'Velport', 'place', ['Velport']),
    ];
    expect(label(text, 'Thursday', named)).toBe('Orvair passenger jet crashes into a residential area');
  });
});

describe('the subject before a long apposition holding a relative clause', () => {
  labelCases([
    [
      'Jane Tarbut, the singer whose explosive energy made her one of the best-selling artists of all time, died on Wednesday at her home.',
      'Wednesday',
      'Jane Tarbut dies',
    ],
    [
      'Tom Velland, the striker whose goals took his club to three league titles in a row in the 1990s, died on Sunday.',
      'Sunday',
      'Tom Velland dies',
    ],
    // (Up to three words between "the" and the pronoun.)
    [
      'Anna Berg, the Dutch rock star whose shape-shifting personas and innovative music influenced generations of artists, has died aged 69, her family announced on Monday.',
      'Monday',
      'Anna Berg dies aged 69',
    ],
  ]);
});

describe('a past after "as" and a noun phrase, "as" opening a clause after another', () => {
  labelCases([
    [
      'Tarbut waved the flag as the lander settled on the surface at 6:04 pm.',
      '6:04 pm',
      'Lander settles on the surface',
    ],
    ['Crowds cheered as the ship docked at 5 pm on Sunday.', '5 pm', 'Ship docks'],
    // Guards: after a verb of a role, "as" is a preposition, and the past a participle describing the noun.
    ['He served as the envoy appointed in 2019 by the council.', '2019', 'Council appoints the envoy'],
    ['She is known as the architect chosen in 2015 for the tower.', '2015', 'Architect is chosen'],
  ]);
});

describe('a participle in an aside after a title, or after the noun phrase the sentence opens with', () => {
  labelCases([
    [
      'Her solo album "Private Dancer", released in 1984, sold more than 10 million copies and won four Grammy Awards the following year.',
      '1984',
      'Solo album "Private Dancer" is released',
    ],
    [
      'The line between Birmingham and Manchester, first proposed in 2010 by the then Labour government, was due to open by the early 2040s.',
      '2010',
      'Labour government proposes the line',
    ],
    [
      'The line between Birmingham and Manchester, first proposed in 2010, was due to open by the early 2040s.',
      '2010',
      'Line is proposed',
    ],
    // A plural noun opening the sentence, a name closing its phrase before the aside.
    ['Shares in Orvex, founded in 2011, fell 11 percent on the exchange.', '2011', 'Orvex is founded'],
    ['Workers at Tarbut, created in 1990, went on strike.', '1990', 'Tarbut is created'],
    // A name that is the verb's object, the aside closed before a preposition.
    ['He joined Velport, created in 2005, as an engineer.', '2005', 'Velport is created'],
    // Guard: a second verb of the subject's, its clause closed before "and", is no aside.
    ['He left Orvex, moved to Tarbut in 2010, and retired.', '2010', 'He leaves Orvex'],
  ]);
});

describe('a level a verb of state stands at', () => {
  labelCases([
    [
      'It was the 14th consecutive increase since December 2021, when the rate stood at a record low of 0.1 percent.',
      'December 2021',
      'Rate stands at a record low of 0.1 percent',
    ],
    // "stood" after a noun is no passive.
    [
      'In December 2021 the rate stood at a record low of 0.1 percent.',
      'December 2021',
      'Rate stands at a record low of 0.1 percent',
    ],
    // negative: a phrase cut before an "of" with no amount is still left out.
    ['The shares stood at the highest level of the year on Friday.', 'Friday', 'Shares stand'],
  ]);
});

describe('a second infinitive joined by "and to"', () => {
  labelCases([
    [
      'The bank now expects inflation to fall to around 4.9 percent by the end of the year and to return to target in the second quarter of 2025.',
      'the second quarter of 2025',
      'Bank expects inflation to return to target',
    ],
    [
      'It expects the deal to add to core earnings from 2021 and to generate annual cost savings of $2.5 billion by 2022.',
      '2022',
      'It expects the deal to generate annual cost savings',
    ],
    // The first infinitive keeps its own date.
    [
      'The bank now expects inflation to fall to around 4.9 percent by the end of the year and to return to target in the second quarter of 2025.',
      'the end of the year',
      'Bank expects inflation to fall to around 4.9 percent',
    ],
    // negative: a date inside the second infinitive's object.
    [
      'Leaders also agreed to hold an extraordinary summit in Kigali in July, and to make 2016 the African Year of Human Rights.',
      '2016',
      'Leaders agree to hold an extraordinary summit',
    ],
  ]);
});

describe('"has yet to" and a verb', () => {
  labelCases([
    [
      'Many villages were only reachable by dirt tracks, and aid had yet to arrive in some of them by Sunday evening.',
      'Sunday evening',
      'Aid has yet to arrive',
    ],
    ['The families have yet to receive compensation by Friday.', 'Friday', 'Families have yet to receive compensation'],
  ]);
});

describe('a label cut short does not end on "as"', () => {
  labelCases([
    [
      'The court had upheld race-conscious admissions as recently as 2016, in a case brought by a white student.',
      '2016',
      'Court upholds race-conscious admissions',
    ],
    [
      'The US Supreme Court on Thursday struck down the use of race as a factor in college admissions, overturning decades of precedent.',
      'Thursday',
      'US Supreme Court strikes down the use of race',
    ],
  ]);
});

describe('a record since a name or a date', () => {
  labelCases([
    [
      "The plant was wrecked by a tsunami in March 2011, in the world's worst nuclear accident since Chernobyl in 1986.",
      '1986',
      'Chernobyl nuclear accident',
    ],
    ['It is the deadliest quake since Agadir in 1960.', '1960', 'Agadir quake'],
    // A "when" clause after a possessive's record says what happened.
    [
      "It was Greece's deadliest rail disaster since 1968, when 34 people died in a crash in the Peloponnese.",
      '1968',
      '34 people die in a crash',
    ],
    // negative: a record to do something since a name is that name's deed.
    ['She became the first woman to win the race since Henin in 2007.', '2007', 'Henin wins the race'],
  ]);
});

describe("a participle after a gerund that is a verb's object", () => {
  labelCases([
    [
      'Japan began releasing treated wastewater from the crippled plant into the Pacific Ocean on Thursday.',
      'Thursday',
      'Japan begins releasing treated wastewater',
    ],
    // negative: a past after a gerund, before a preposition, is the clause's verb.
    ['Talks aimed at ending fighting failed on Thursday.', 'Thursday', 'Talks fail'],
  ]);
});

describe('a "would" reported by a gerund of saying', () => {
  it('is the speaker\'s "will" at a date after the publication day', () => {
    const text = 'Massa conceded defeat, saying Milei would take office on December 10.';
    expect(label(text, 'December 10', undefined, false, true)).toBe('Milei will take office');
  });
});

describe('a reported "it" after an aside and an adverb', () => {
  it('is the speaker before the aside, not a name inside it', () => {
    const text = "OpenAI said so. Microsoft, OpenAI's biggest investor, then said on Monday it had hired him.";
    const start = text.indexOf('Monday');
    const result = labelEvent({
      text,
      sentence: { start: text.indexOf('Microsoft'), end: text.length },
      timex: { start, end: start + 'Monday'.length },
      anchored: false,
      // (In the order of salience, the article's subject first.)
      entities: [
        entity(text, 'OpenAI', 'organization', ['OpenAI']),
        entity(text, 'Microsoft', 'organization', ['Microsoft']),
      ],
      past: true,
    });
    expect(result.text).toBe('Microsoft says it hired him');
  });
});

describe('the date labelled inside an aside of places and times after "in"', () => {
  labelCases([
    [
      'The crashes, in Indonesia in October 2018 and Ethiopia in March 2019, killed 346 people.',
      'October 2018',
      'Crashes kill 346 people',
    ],
    [
      'The crashes, in Indonesia in October 2018 and Ethiopia in March 2019, killed 346 people.',
      'March 2019',
      'Crashes kill 346 people',
    ],
  ]);
});

describe('a role given its owner, written after "its"', () => {
  it('goes from the label as written', () => {
    const text = 'Its chief executive Dave Calhoun will leave in May.';
    const boss = (t: string): Entity[] => [
      handMadeEntity({ text: t }, 'Dave Calhoun', 'person', ['Dave Calhoun', 'Calhoun'], "Boeing's chief executive"),
    ];
    expect(label(text, 'May', boss, false, true)).toBe('Calhoun leaves');
  });
});

describe('two people joined by "and", the second after "his" and the role that makes him the first\'s', () => {
  it('says both, each by surname', () => {
    const text = 'US President Barack Obama and his Russian counterpart Vladimir Putin met on Monday.';
    const people = (t: string): Entity[] => [
      handMadeEntity({ text: t }, 'Barack Obama', 'person', ['Barack Obama'], 'US President'),
      handMadeEntity({ text: t }, 'Vladimir Putin', 'person', ['Vladimir Putin'], "Barack Obama's Russian counterpart"),
    ];
    expect(label(text, 'Monday', people)).toBe('Obama and Putin meet');
  });
});

describe('a name and its present, before where it goes', () => {
  labelCases(
    [
      ['Kofi Annan arrives in Damascus on Saturday.', 'Saturday', 'Kofi Annan arrives in Damascus'],
      ['Kerry travels to Geneva on Thursday.', 'Thursday', 'Kerry travels to Geneva'],
      // Guard: a plural noun after a name, with the past later in the clause.
      ['Hamas fighters in Gaza clashed with troops on Friday.', 'Friday', 'Hamas fighters in Gaza clash with troops'],
    ],
    { future: true },
  );
});

describe('"due" in a place', () => {
  labelCases(
    [['Kofi Annan is due in Damascus on Monday for talks with Assad.', 'Monday', 'Kofi Annan is due in Damascus']],
    {
      future: true,
    },
  );
});

describe('an occasion after "ahead of", its name in quotation marks', () => {
  labelCases(
    [
      [
        'The opposition met in Istanbul ahead of a "Friends of Syria" conference on Sunday.',
        'Sunday',
        '"Friends of Syria" conference',
      ],
    ],
    { future: true },
  );
});

describe('a happening "of" a place after "after", then "late" or "early" on its day', () => {
  labelCases([
    [
      'Mood said observers had counted 108 bodies after the shelling of Houla late on Friday.',
      'Friday',
      'Shelling of Houla',
    ],
  ]);
});

describe('an emphatic "himself" between "was" and the participle', () => {
  labelCases([
    ['The army chief was himself arrested on Monday.', 'Monday', 'Army chief is arrested'],
    ['Buhari led a regime before he was himself overthrown in August 1985.', 'August 1985', 'Buhari is overthrown'],
  ]);
});

describe('an occasion after "before an", with who meets and where', () => {
  labelCases(
    [
      [
        'The two were to meet later Monday, before an emergency summit of eurozone leaders in Brussels on Tuesday.',
        'Tuesday',
        'Emergency summit of eurozone leaders in Brussels',
      ],
    ],
    { future: true },
  );
});

describe('the visit one is invited to, on its day', () => {
  labelCases(
    [
      [
        'Merkel invited Tusk, Hollande and Renzi to Berlin on Monday.',
        'Monday',
        'Tusk, Hollande and Renzi visit Berlin',
      ],
    ],
    { future: true },
  );
});

describe('a quoted name between the article and the noun of the subject', () => {
  labelCases([
    ['The "Yes" camp won 51.41 percent of the vote on Sunday.', 'Sunday', '"Yes" camp wins 51.41 percent of the vote'],
    // Guard: a title after a common noun, as before.
    ['Her novel "Beloved" won the prize on Monday.', 'Monday', 'Novel "Beloved" wins the prize'],
  ]);
});

describe('people of a role "of" a list of names, before a past', () => {
  labelCases([
    [
      'The foreign ministers of Russia, Iran and Turkey met in Moscow on Tuesday.',
      'Tuesday',
      'Foreign ministers of Russia, Iran and Turkey meet in Moscow',
    ],
    // Guard: a present whose object opens with "of" is no such noun.
    ['The law consists of three parts from Monday.', 'Monday', 'Law consists of three parts'],
  ]);
});

describe('an "-ing" word between an adjective and its noun in a phrase after the verb', () => {
  labelCases([
    [
      'The two men clashed in an extraordinary shouting match on Friday.',
      'Friday',
      'Two men clash in an extraordinary shouting match',
    ],
    // negative: a participle opening a phrase of its own.
    ['He died in a violent incident involving police on Friday.', 'Friday', 'He dies in a violent incident'],
  ]);
});

describe('"comes (days) before" a clause the date ends', () => {
  labelCases([
    ['The vote comes a week before the law takes effect on Thursday.', 'Thursday', 'Law takes effect'],
    ['The move comes a day after the minister was arrested on Monday.', 'Monday', 'Minister is arrested'],
    // negative: no clause after "after", only a noun phrase.
    ['The vote came after talks on Monday.', 'Monday', 'Vote comes'],
    // "on the eve of" and a noun phrase: the occasion, up to its first preposition but "of".
    [
      'The strikes came on the eve of a second round of direct peace talks between the two sides in Istanbul on Monday.',
      'Monday',
      'Second round of direct peace talks',
    ],
    ['The vote comes on the eve of the summit in Brussels on Thursday.', 'Thursday', 'Summit'],
  ]);
  it('a present after a name opening the clause after "the" and an owner is its verb', () => {
    const text = "The fine comes days before the EU's Digital Markets Act takes full effect on Thursday.";
    const act = (t: string): Entity[] => [
      entity(t, 'Digital Markets Act', 'event', ['Digital Markets Act']),
      entity(t, 'EU', 'organization', ['EU']),
    ];
    expect(label(text, 'Thursday', act)).toBe("EU's Digital Markets Act takes full effect");
  });
});

describe('"the first since" a date after a comma', () => {
  labelCases([['The index hit a record high, the first since 1989.', '1989', 'Index hits a record high']]);
  it("labels a headline's clause before it, after an owner's possessive", () => {
    const text = "Japan's Nikkei hits record high, first since 1989";
    const nikkei = (t: string): Entity[] => [entity(t, 'Nikkei', 'organization', ['Nikkei'])];
    expect(label(text, '1989', nikkei)).toBe("Japan's Nikkei hits record high");
  });
});

describe('"its" opening a reported clause', () => {
  labelCases([
    [
      'Nvidia said on Wednesday its revenue more than doubled in the three months to July.',
      'Wednesday',
      "Nvidia's revenue more than doubles",
    ],
    // negative: not a plural's, nor a common noun's.
    ['Officials said on Wednesday their offices had closed.', 'Wednesday', 'Officials say their offices closed'],
  ]);
});

describe("a name after a company's suffix", () => {
  it('is the subject, not the company with it', () => {
    const text = 'The co-founder and former chief executive officer of Apple Inc. Steve Jobs has died yesterday.';
    const people = (t: string): Entity[] => [
      entity(t, 'Apple Inc.', 'organization', ['Apple Inc.']),
      entity(t, 'Steve Jobs', 'person', ['Steve Jobs']),
    ];
    expect(label(text, 'yesterday', people)).toBe('Jobs dies');
  });
});

describe('a title in quotation marks after a common noun', () => {
  labelCases([
    ['Her novel "Beloved" won the Pulitzer Prize in 1988.', '1988', 'Novel "Beloved" wins the Pulitzer Prize'],
    ['The film "Parasite" won the top prize in 2019.', '2019', 'Film "Parasite" wins the top prize'],
    [
      'Her 1987 novel "Beloved", about a former slave who kills her daughter rather than see her returned to slavery, won the Pulitzer Prize the following year and was adapted into a film in 1998.',
      '1998',
      'Novel "Beloved" is adapted into a film',
    ],
    // The year before the noun dates the work itself.
    ['Her 1987 novel "Beloved", about a former slave, won the Pulitzer Prize.', '1987', 'Novel "Beloved"'],
    // A comma may stand inside the title.
    ['His 2011 book "Thinking, Fast and Slow" sold millions of copies.', '2011', 'Book "Thinking, Fast and Slow"'],
    // A title after a verb is its object, with its quotation marks.
    ['The band released "Abbey Road" in 1969.', '1969', 'Band releases "Abbey Road"'],
    // negative: words quoted in lower case are no title.
    ['The band released "come together" in 1969.', '1969', 'Band releases come together'],
  ]);
});

describe('a present with its particle after the name opening the sentence', () => {
  labelCases([
    [
      'Maria Lindqvist takes over as chief executive next month.',
      'next month',
      'Maria Lindqvist takes over as chief executive',
    ],
    ['Tomas Hale steps down on Friday.', 'Friday', 'Tomas Hale steps down'],
    ['Tomas Hale hands over his duties on Friday.', 'Friday', 'Tomas Hale hands over his duties'],
  ]);
});

describe('a regnal number, an epithet or "Jr" is no surname', () => {
  it.each([
    ['Gregory XVII', 'Gregory XVII'],
    ['Frederick X', 'Frederick X'],
    ['Philip the Good', 'Philip the Good'],
    ['Samuel Adebayo Jr.', 'Adebayo'],
    ['Samuel Adebayo Jr', 'Adebayo'],
    // A nickname with its article.
    ['El Velmar', 'El Velmar'],
  ])('%s → %s', (name, expected) => {
    expect(shortName({ name, type: 'person' })).toBe(expected);
  });
  it('negative: the name the article writes alone still wins', () => {
    const text = 'King Frederick X spoke. Frederick thanked the crowd.';
    expect(shortName(entity(text, 'Frederick X', 'person', ['Frederick X', 'Frederick']), text)).toBe('Frederick');
  });
});

describe('a verb whose object is a clause after "that"', () => {
  labelCases([
    ['The tribunal ruled on Monday that the contract was void.', 'Monday', 'Tribunal rules the contract void'],
    [
      'Okafor declared on Tuesday that the region was in a "state of siege".',
      'Tuesday',
      'Okafor declares the region in a state of siege',
    ],
    [
      'The inquiry concluded in May that the pilots had ignored the warnings.',
      'May',
      'Inquiry concludes the pilots ignore the warnings',
    ],
    ['The judge decided on Friday that the hearing would resume.', 'Friday', 'Judge decides the hearing will resume'],
    // A verb with an object of its own keeps it.
    ['The tribunal ruled in favour of the miners on Monday.', 'Monday', 'Tribunal rules in favour of the miners'],
  ]);
});

describe('a present before a count, and a plan in an aside that runs to the sentence end', () => {
  labelCases([
    ['The airline plans up to six new routes this year.', 'this year', 'Airline plans up to six new routes'],
    ['The airline plans three more flights next month.', 'next month', 'Airline plans three more flights'],
    [
      'Orvex won a contract for the Selene programme, due to send a crew around the Moon in 2027.',
      '2027',
      'Selene programme is due to send a crew',
    ],
    [
      'The firm built a new plant, expected to employ 300 people by 2026.',
      '2026',
      'New plant is expected to employ 300 people',
    ],
    [
      'Velland had been tipped to win the Orvex Peace Prize, due to be announced on Friday.',
      'Friday',
      'Orvex Peace Prize is due to be announced',
    ],
  ]);
  it('negative: a name or an amount before the comma is not what is planned', () => {
    expect(label('The firm opened a plant in Ohio, expected to employ 300 people by 2026.', '2026')).not.toMatch(
      /^Ohio/,
    );
    expect(label('It raised its stake to 46 percent, expected to increase to 57% by 2026.', '2026')).not.toMatch(
      /percent/,
    );
  });
});

describe('a verb inside a relative clause that commas close before the date', () => {
  labelCases([
    [
      "Okafor headed the agency's Office for Ports, which vets port contracts around the country, from 2019.",
      '2019',
      "Okafor heads the agency's Office for Ports",
    ],
    ['Okafor chaired the board, which oversees the fund, until 2019.', '2019', 'Okafor chairs the board'],
    ['Okafor joined the board, which was founded in 1990, in 2019.', '2019', 'Okafor joins the board'],
    // The relative clause's own date stays its own.
    ['Okafor joined the board, which was founded in 1990, in 2019.', '1990', 'Board is founded'],
    // And one the date is inside.
    ['Okafor replaced Mensah, who retired in March.', 'March', 'Mensah retires'],
  ]);
});

describe('an event noun, its date, then "of" and who it happened to', () => {
  labelCases([
    [
      "The death last week of the country's oldest senator shocked the capital.",
      'last week',
      "Country's oldest senator dies",
    ],
    ['The release in May of the two hostages was welcomed.', 'May', 'Two hostages are released'],
    // A noun whose "of" names its object is not so read.
    ['The invasion last year of the island was condemned.', 'last year', 'Invasion of the island is condemned'],
  ]);
  it('names the person by the short name', () => {
    const text =
      'Costs rose, and the resignation last month of his trade minister Jane Okoro, who criticised him, deepened the crisis.';
    expect(label(text, 'last month', (t) => [entity(t, 'Jane Okoro', 'person', ['Jane Okoro'])])).toBe('Okoro resigns');
  });
});

describe('independence from a country, and a long aside after the opening name', () => {
  labelCases([
    [
      'The two neighbours have clashed often since independence from Portugal in 1975.',
      '1975',
      'Independence from Portugal',
    ],
    ["Ghana's independence in 1957 inspired others.", '1957', 'Ghana becomes independent'],
    [
      "Mensah, elected in 2016 in the region's first contested vote since independence from Britain in 1961, had been a close ally.",
      '2016',
      'Mensah is elected',
    ],
  ]);
  it('negative: one bare noun after "after" is too little', () => {
    expect(label('Lagos first asked for the masks back shortly after independence in 1960.', '1960')).not.toBe(
      'Independence',
    );
  });
});

describe('voting, deciding and refusing to do something', () => {
  labelCases([
    [
      'Nurses at the clinic voted on Tuesday to accept the offer.',
      'Tuesday',
      'Nurses at the clinic vote to accept the offer',
    ],
    ['The council decided in May to close the library.', 'May', 'Council decides to close the library'],
    ['The court refused on Monday to hear the appeal.', 'Monday', 'Court refuses to hear the appeal'],
  ]);
});

describe('the main verb after an aside opening with a participle', () => {
  labelCases([
    [
      'The treaty, drafted by the two governments over months of talks, lowers tariffs by half this year.',
      'this year',
      'Treaty lowers tariffs',
    ],
    // The aside's own date stays the aside's.
    [
      'The bridge, built by Italian engineers in 1990, carries 40,000 cars a day.',
      '1990',
      'Italian engineers build the bridge',
    ],
    // After a name, with a participle mostly read as an adjective ("based").
    [
      'Rival Norvik, based in Bergen, publishes its figures on March 3.',
      'March 3',
      'Rival Norvik publishes its figures',
    ],
    ['Telmar, based in Lyon, opens its new plant on Monday.', 'Monday', 'Telmar opens its new plant'],
  ]);
});

describe('a future reported with "would"', () => {
  labelCases([
    ['The airline said on Friday it would scrap two routes.', 'Friday', 'Airline says it will scrap two routes'],
    ['The council said on Monday that it would close the pool.', 'Monday', 'Council says it will close the pool'],
    ['Engineers said the tunnel would reopen in March.', 'March', 'Tunnel will reopen'],
  ]);
  it('negative: a "would" no one reports stays', () => {
    expect(label('The tunnel would reopen in March if repairs went well.', 'March')).toBe('Tunnel would reopen');
  });
});

describe('a relative clause with "that" before the verb a speaker is quoted on', () => {
  labelCases([
    [
      'Most small farms that joined the scheme will leave it, the survey said on Monday.',
      'Monday',
      'Most small farms will leave it',
    ],
    [
      'Farmers that lost cattle in the floods will get help, the ministry said on Monday.',
      'Monday',
      'Farmers will get help',
    ],
    [
      'All six people aboard the ferry that sank near the port were rescued, the navy said on Sunday.',
      'Sunday',
      'All six people are rescued',
    ],
    // The relative clause's own date stays its own.
    ['Schools that reopened in May will stay open, the minister said.', 'May', 'Schools reopen'],
  ]);
});

describe('a present after the opening noun phrase, with a name for object', () => {
  labelCases([
    ['The play stars Irish actor Colm Doyle and will open in Dublin in October.', 'October', 'Play opens in Dublin'],
    ['The novel follows Marta Quill and was published in March.', 'March', 'Novel is published'],
  ]);
  it('negative: a day after the plural is no object, and the plural no verb', () => {
    expect(label('The talks Tuesday ended in a deal on Friday.', 'Friday')).toBe('Talks end in a deal');
  });
});

describe('a present of four letters, and the clause a date opens after another', () => {
  labelCases([
    ['The tour ends with a concert in Oslo on June 2.', 'June 2', 'Tour ends with a concert'],
    ['Lindqvist wins the sprint on Sunday.', 'Sunday', 'Lindqvist wins the sprint'],
    ['When the trial ends on Friday, the jury will retire.', 'Friday', 'Trial ends'],
    // Guards: a finite verb later in the clause makes the word in "-s" a plural noun.
    ['The tax cuts in 2010 were reversed.', '2010', 'Tax cuts are reversed'],
    // The clause after ", and" or a subordinator is the date's, when its verb follows the date.
    ['The fiscal year ends on June 30, and results for fiscal 2022 showed a loss.', 'June 30', 'Fiscal year ends'],
    ['Retailer trims outlook as third-quarter profit slumps', 'third-quarter', 'Profit slumps'],
    // An article right after the date opens the subject.
    [
      'Power came back in the morning, but by the end of the day Sunday the grid had failed again.',
      'Sunday',
      'Grid fails again',
    ],
    // "due" after a noun, before its date.
    [
      'The minister said new trains due in the spring of next year would ease crowding.',
      'the spring of next year',
      'New trains are due',
    ],
    ['Payments due in March were delayed.', 'March', 'Payments are due'],
  ]);
});

describe('a verb of reporting whose object is a thing, and asides opening with "behind"', () => {
  labelCases([
    [
      'The insurer reported a net loss of 40 million dollars for 2022.',
      '2022',
      'Insurer reports a net loss of 40 million dollars',
    ],
    ['The bank announced a plan to cut 500 jobs on Tuesday.', 'Tuesday', 'Bank announces a plan to cut 500 jobs'],
    [
      'The museum, behind the cathedral, reported record visitor numbers in 2023.',
      '2023',
      'Museum reports record visitor numbers',
    ],
    // A verb of saying with its date, then a clause: no passive ("Firm is announced").
    [
      'The firm announced on Monday it had hired three new engineers.',
      'Monday',
      'Firm announces it hired three new engineers',
    ],
    // Guards: "said" and a clause after it, or a clause after "that", say what was reported.
    [
      'The mayor said on Monday the bridge would reopen in the spring.',
      'Monday',
      'Mayor says bridge will reopen in the spring',
    ],
    ['The carrier reported on Thursday that bookings rose.', 'Thursday', 'Carrier reports bookings rose'],
  ]);
});

describe('the names a record follows, each with its date', () => {
  labelCases([
    [
      'Okafor is only the third woman to win the top prize in the contest\'s history, after Ann Lee for "Tide" in 1993 and Mia Roth for "Salt" in 2021.',
      '1993',
      'Ann Lee wins the top prize for Tide',
    ],
    [
      'Okafor is only the third woman to win the top prize in the contest\'s history, after Ann Lee for "Tide" in 1993 and Mia Roth for "Salt" in 2021.',
      '2021',
      'Mia Roth wins the top prize for Salt',
    ],
    // Up to four words between the ordinal and "to" ("the third place in Asia to allow").
    [
      'Thailand is the third place in Asia to allow same-sex unions, after Taiwan in 2019 and Nepal in 2023.',
      '2023',
      'Nepal allows same-sex unions',
    ],
    [
      'She is the second driver to take pole this season after Rossi with Ferrari in May.',
      'May',
      'Rossi takes pole with Ferrari',
    ],
    // Guard: one name after "since", as before.
    ['Lund became the first skier to win four titles since Berg in 1988.', '1988', 'Berg wins four titles'],
  ]);
});

describe('a participle joined by "and" to one describing a noun, and names written with a comma', () => {
  labelCases([
    ['The ministry said the bridge, designed by Lund and opened in 1977, was unsafe.', '1977', 'Bridge is opened'],
    [
      'Dr Okafor said the drug was cheaper than the vaccine made by Acme and approved in 2021.',
      '2021',
      'Vaccine is approved',
    ],
    [
      'Dr Okafor said the drug was cheaper than the first one, BX,T, made by drugmaker Acme and approved in 2021.',
      '2021',
      'BX,T is approved',
    ],
    // Guard: after "she", as before.
    ['She said the ship, built by Acme and launched in 1990, had sunk.', '1990', 'Ship is launched'],
  ]);
});

describe('"he" after a definite description of a person', () => {
  const described = (text: string, date: string) => {
    const start = text.indexOf(date);
    return labelEvent({
      text,
      sentence: { start: 0, end: text.length },
      timex: { start, end: start + date.length },
      anchored: false,
      entities: [],
    });
  };
  it('says the description, with "He" for events.ts to name', () => {
    expect(
      described(
        'The 61-year-old former trade minister was sworn in at the palace after he was elected speaker on Monday.',
        'Monday',
      ),
    ).toEqual({
      text: '61-year-old former trade minister is elected speaker',
      quality: 2,
      pronoun: 'He is elected speaker',
    });
  });
  it('negative: an indefinite description, or a name, is said as before', () => {
    expect(
      described('A 30-year-old man was detained after he was stopped at the border on Monday.', 'Monday').text,
    ).toBe('30-year-old man is stopped at the border');
  });
});

describe('a record after names with "the", "he" for no plural, a year is no place, a superlative\'s place', () => {
  labelCases([
    [
      'Norway became only the fourth country to soft-land on Mars, after the Soviet Union in 1971, the United States in 1976 and China in 2021.',
      '1976',
      'United States soft-lands on Mars',
    ],
    ['Prosecutors said he had received the money in 2012.', '2012', 'He receives the money'],
    // Nor for another pronoun.
    ['It was the most serious challenge to his rule since he came to power in 2000.', '2000', 'He comes to power'],
    // Nor for a person's thing: for the person.
    [
      "Berg's score was the highest ever for her party, up from 34 percent when she lost to Tarn in 2017.",
      '2017',
      'Berg loses to Tarn',
    ],
    ['Berg, who also won in 2019, 2021 and 2022, became champion again.', '2021', 'Berg wins'],
    [
      'It was the deadliest flood in the region since the collapse of the old dam in 1962.',
      '1962',
      'Collapse of the old dam',
    ],
    [
      'Workers walked off the job in the largest strike since the return to democracy in 1990.',
      '1990',
      'Return to democracy',
    ],
    // A plural with no article.
    [
      'The demonstrations are the largest since protests over fuel prices in November 2019.',
      'November 2019',
      'Protests over fuel prices',
    ],
    // negative: a clause after "since" keeps its own verb.
    ['It was the hottest July since records began in 1880.', '1880', 'Records begin'],
    // With a relative clause after the date, that clause says what the thing did.
    [
      'The demonstrations are the largest since protests over fuel prices in November 2019, which were crushed in a crackdown.',
      'November 2019',
      'Protests over fuel prices are crushed in a crackdown',
    ],
    [
      'The demonstrations are the largest since protests against the tax in November 2019, which were crushed in a crackdown.',
      'November 2019',
      'Protests against the tax are crushed in a crackdown',
    ],
  ]);
});

describe('an aside that is no aside: a past with its object, a verb after a relative clause, a count before a noun', () => {
  labelCases([
    [
      "The pension fund, the country's largest, made a profit of 40 billion crowns last year, driven by bond prices, it said on Monday.",
      'last year',
      'Pension fund makes a profit of 40 billion crowns',
    ],
    [
      'The club, which owns the stadium, sold it in 2023 to the city, or so it said.',
      '2023',
      'Club sells it to the city',
    ],
    ['Berg, the top seed, dropped only one set in the tournament last week.', 'last week', 'Berg drops only one set'],
    // Guard: an aside opening with a participle, then the main verb.
    ['The mission, first proposed two decades ago, was approved in 2019.', '2019', 'Mission is approved'],
  ]);
});

describe('"which" after a noun of the very verb its clause says stands for the thing after "of"', () => {
  labelCases([
    [
      'Drilling was hampered by repeated breakdowns of a giant auger machine, which broke down for good on Friday.',
      'Friday',
      'Giant auger machine breaks down for good',
    ],
  ]);
});

describe('a happening after "after", dated "at" a time, is what the date places', () => {
  labelCases([
    [
      "Official data showed on Thursday a fall in output, tipping Europe's biggest economy into recession after a contraction at the end of last year.",
      'the end of last year',
      'Contraction',
    ],
    [
      'The economy slipped into recession after a contraction at the end of last year.',
      'the end of last year',
      'Contraction',
    ],
  ]);
});

describe('a date after "and again" dates the deed done once more', () => {
  labelCases([
    [
      'Tarn held office for a year from 2006 and again from 2012 to 2020, when he resigned.',
      '2012 to 2020',
      'Tarn holds office again',
    ],
    ['The volcano erupted in December 2021, and again on Friday.', 'Friday', 'Volcano erupts again'],
  ]);
});

describe('at a date ahead, what was announced or declared for it is what happens then', () => {
  labelCases(
    [
      ['Velmar announced naval drills from Thursday to Sunday.', 'Thursday', 'Naval drills'],
      [
        'The government declared three days of national mourning from Thursday.',
        'Thursday',
        'Three days of national mourning',
      ],
      // Not an object with a purpose of its own.
      [
        'The chief called the summit to push countries to act ahead of a conference in December.',
        'December',
        'Conference',
      ],
    ],
    { future: true },
  );
});

describe('an occasion after "ahead of" or "before", where it is held, then "in" or "on" the date', () => {
  labelCases([
    [
      'The chief called the summit to push countries to act ahead of a key conference in Velmar in December.',
      'December',
      'Key conference in Velmar',
    ],
  ]);
});

describe('the last (or first) one to do a thing, named after "was" and dated, did it then', () => {
  labelCases([
    ['The last House speaker to visit Tarvia was Velko Tarn in 1997.', '1997', 'Velko Tarn visits Tarvia'],
    ['The first woman to win the prize was Anna Berg in 1903.', '1903', 'Anna Berg wins the prize'],
  ]);
});

describe("a date completing a copula names what the copula's subject does", () => {
  labelCases([
    ['The deadline is March 1.', 'March 1', 'Deadline'],
    ['Officials said the deadline was March 1.', 'March 1', 'Deadline'],
    ['She told a party meeting in Velm that her last day would be February 7.', 'February 7', 'Her last day'],
    // Not a phrase of "on", which a happening takes place on; nor a clause going on after the date.
    ['The vote will be on March 3.', 'March 3', 'Vote takes place'],
  ]);
});

describe('a noun after "after" or "following", dated, with a relative clause right after the date', () => {
  labelCases([
    [
      'Tarn resigned last week after 44 days in office, following a budget in March that sent the pound to a record low.',
      'March',
      'Budget sends the pound to a record low',
    ],
    ['Markets fell after a speech on Tuesday that rattled investors.', 'Tuesday', 'Speech rattles investors'],
  ]);
});

describe('a date right after an occasion that "before", "after" or "for" opens', () => {
  labelCases([
    [
      'The arrest came days before a visit by the president for a North American summit next week.',
      'next week',
      'North American summit',
    ],
    // negative: after "in", the date may be the verb's.
    [
      'The charter, adopted by parliament after a long debate in 2019, is in force.',
      '2019',
      'Charter is adopted by parliament',
    ],
  ]);
});

describe('a gerund joined by "and" to another, before its preposition', () => {
  labelCases([
    [
      'The storm looped back before hitting Velmar again on Saturday and moving into Tarvia on Sunday night.',
      'Sunday night',
      'Storm moves into Tarvia',
    ],
  ]);
});

describe('a clause\'s subject after "when", with phrases of its own', () => {
  labelCases([
    [
      'The men had been stuck since November 12, when part of the under-construction tunnel in Velmar state caved in after a landslide.',
      'November 12',
      'Part of the under-construction tunnel caves in',
    ],
  ]);
});

describe('an earlier happening of a kind that the clause compares with', () => {
  labelCases([
    [
      'The eruption began along a fissure, the same area as the previous eruption on January 14.',
      'January 14',
      'Previous eruption',
    ],
    ['The damage was worse than the previous storm in 2019.', '2019', 'Previous storm'],
  ]);
});

describe('a record told with a passive after "to be", then the names before it', () => {
  labelCases([
    [
      'He is the third president to be impeached, after Roh Velland in 2004 and Park Tarvia in 2016.',
      '2004',
      'Roh Velland is impeached',
    ],
  ]);
});

describe('names each with its year, listed as the subject', () => {
  labelCases([
    [
      'Velmar in 1990, Tarvia in 2002 and Norvia in 2010 had all fallen in the quarter-finals.',
      '1990',
      'Velmar falls in the quarter-finals',
    ],
    [
      'Velmar in 1990, Tarvia in 2002 and Norvia in 2010 had all fallen in the quarter-finals.',
      '2010',
      'Norvia falls in the quarter-finals',
    ],
  ]);
});

describe('what breaks out is the unrest before "against", said whole', () => {
  labelCases([
    [
      'Calls to replace it grew out of mass protests against inequality that erupted in October 2019.',
      'October 2019',
      'Mass protests against inequality erupt',
    ],
    ['The war against the rebels that began in 2011 killed thousands.', '2011', 'War against the rebels begins'],
  ]);
});

describe('a time of its own between the subject and the verb is no part of the subject', () => {
  labelCases([
    [
      'The surge came after Orvex last week forecast second-quarter revenue of about $11 billion.',
      'second-quarter',
      'Orvex forecasts revenue of about $11 billion',
    ],
  ]);
});

describe('a passive in the progressive, and a preposition left at its end', () => {
  labelCases([
    [
      'He told reporters on Tuesday that the death was being looked into with seriousness.',
      'Tuesday',
      'Death is looked into with seriousness',
    ],
    ['The claims were looked into on Tuesday.', 'Tuesday', 'Claims are looked into'],
    ['He said on Tuesday that the bridge was being rebuilt by the state.', 'Tuesday', 'Bridge is rebuilt by the state'],
    // negative: "into" before its own object is a place's.
    ['The crowd was moved into the square on Monday.', 'Monday', 'Crowd is moved into the square'],
  ]);
});

describe('a word in "-ing" right after a verb\'s particle opens its object', () => {
  labelCases([
    // ("neighbouring" is no gerund, even after a passive's "of".)
    [
      'Velmar moved its troops after being pushed out of neighbouring Tarvia last year.',
      'last year',
      'Velmar is pushed out of neighbouring Tarvia',
    ],
    [
      'Velland knocked out reigning champions Norvia on Friday.',
      'Friday',
      'Velland knocks out reigning champions Norvia',
    ],
  ]);
});

describe('a second object with no verb, after "and" right after the first one\'s year', () => {
  labelCases([
    ['Velland became prime minister in 2003 and president in 2014.', '2014', 'Velland becomes president'],
    ['Velland won gold in 2003 and a silver medal in 2014.', '2014', 'Velland wins a silver medal'],
    ['They hit a record in 2003 and a low in 2014.', '2014', 'They hit a low'],
    // The first date a count of days, the second object a name.
    [
      'The rebels launched an offensive on November 27, seizing Velmar within days and Tarvia on Thursday.',
      'Thursday',
      'Rebels seize Tarvia',
    ],
    // Guards: an adverb, or a verb of its own, is no second object.
    ['Velland won the title in 2003 and again in 2014.', '2014', 'Velland wins the title again'],
    ['Velland joined the club in 2003 and retired in 2014.', '2014', 'Velland retires'],
  ]);
});

describe('a person described by age, opening the sentence', () => {
  const full = (text: string, date: string) => {
    const start = text.indexOf(date);
    return labelEvent({
      text,
      sentence: { start: 0, end: text.length },
      timex: { start, end: start + date.length },
      anchored: false,
      entities: [],
    });
  };
  it('says the description, with "He" for events.ts to name', () => {
    expect(full('The 31-year-old, who turned professional in 2012, lost in the final.', '2012')).toEqual({
      text: '31-year-old turns professional',
      quality: 2,
      pronoun: 'He turns professional',
    });
  });
  it('negative: an age inside the sentence, or an indefinite one, is said as before', () => {
    expect(full('A 31-year-old, who turned professional in 2012, lost in the final.', '2012').text).toBe(
      '31-year-old turns professional',
    );
  });
});

describe('a plural opening the sentence and its plain present, an amount after "of" measures the noun before', () => {
  labelCases([
    ['Forecasters expect more rain until Wednesday.', 'Wednesday', 'Forecasters expect more rain'],
    ['Economists predict a further cut in June.', 'June', 'Economists predict a further cut'],
    ['The river rose to 6.1 metres, above the old record of 5.8 metres set in 1953.', '1953', 'Old record is set'],
    // Guard: a plural noun and its past, as before.
    ['Protesters marched through the capital on Sunday.', 'Sunday', 'Protesters march through the capital'],
  ]);
});

describe('verb groups: an adverb before "be" after a modal, a participle before the clause\'s own verb', () => {
  labelCases([
    ['The policy rate will most likely be raised further in August.', 'August', 'Policy rate is raised further'],
    ['The plant will probably be closed in August.', 'August', 'Plant is closed'],
    [
      'The summit discussed South Sudan, where a peace deal signed in August has failed to end the war.',
      'August',
      'Peace deal is signed',
    ],
    // Guard: a past after "where" with no verb after it is the clause's verb.
    ['Prices rose sharply in the city, where inventories swelled last year.', 'last year', 'Inventories swell'],
  ]);
});

describe('an aside after the noun phrase the sentence opens with, before its verb', () => {
  labelCases([
    [
      'A report by the UN climate panel, due to be published later on Monday, is expected to warn of faster warming.',
      'Monday',
      'Report is due to be published',
    ],
    ['The chairman of the company, appointed in 2019, resigned.', '2019', 'Chairman is appointed'],
    // Guards: with no preposition in the phrase, and with an aside that is no plan, as before.
    ['The bridge, scheduled to be completed in March, is over budget.', 'March', 'Bridge is scheduled to be completed'],
    ['The museum, built in 1990, is closing.', '1990', 'Museum is built'],
  ]);
});

describe('a possessive date opening the object of a verb', () => {
  labelCases([
    ["The Socialists won Sunday's election.", 'Sunday', 'Socialists win election'],
    ["Police broke up Saturday's protest.", 'Saturday', 'Police break up protest'],
    [
      "The Democratic Alliance won Sunday's snap parliamentary election but fell short of a majority.",
      'Sunday',
      'Democratic Alliance wins snap parliamentary election',
    ],
    // Guards: a possessive date opening the subject names the event, as before.
    ["Tuesday's meeting was cancelled.", 'Tuesday', 'Meeting is cancelled'],
    ["Last month's snap election left no majority.", 'Last month', 'Snap election'],
  ]);
});

describe('a verb joined by "and" to the verb of a relative clause with "that"', () => {
  labelCases([
    [
      'The firm gained from a chip shortage that began in late 2020 and hit carmakers hard last year.',
      'last year',
      'Chip shortage hits carmakers hard',
    ],
    // Guard: two verbs of one clause after "that" share its subject, as before.
    ['He said that prices rose and fell on Monday.', 'Monday', 'Prices rise and fall'],
  ]);
});

describe('a plural and its bare present right after a subordinator', () => {
  labelCases([
    [
      'Rates will peak this year, before cuts begin in the second half of 2024.',
      'the second half of 2024',
      'Cuts begin',
    ],
    ['The strike will end when talks resume on Monday.', 'Monday', 'Talks resume'],
    ['Schools stay shut until classes restart in September.', 'September', 'Classes restart'],
    // (After "the" too, a name's plural included.)
    ['The cauldron will burn above the garden until the Games end on August 11.', 'August 11', 'Games end'],
  ]);
});

describe('a present after a verb of saying and a noun phrase is the verb of what was said', () => {
  labelCases([
    ['Officials said the next fire season begins in May.', 'May', 'Next fire season begins'],
    ['The ministry said that the new law takes effect in May.', 'May', 'New law takes effect'],
    // Guard: a past there, as before.
    ["He said the company's shares rose in May.", 'May', "Company's shares rise"],
  ]);
});

describe('"that" after a preposition and before a noun opens no clause', () => {
  labelCases([
    [
      'Many survivors of that disaster were still living in temporary shelters until last year.',
      'last year',
      'Many survivors live in temporary shelters',
    ],
    ['Residents of that town fled on Sunday.', 'Sunday', 'Residents of that town flee'],
    // Guard: "that" opening a clause after a verb, as before.
    ['Officials said that the bridge reopened on Sunday.', 'Sunday', 'Bridge reopens'],
  ]);
});

describe('a relative clause with no comma after "of" and a noun with its article', () => {
  labelCases([
    ['None fell ill, according to interim results of a trial that began on March 23.', 'March 23', 'Trial begins'],
    ['The head of a company that collapsed in 2019 was jailed.', '2019', 'Company collapses'],
    // And after a definite one.
    [
      'Pilots of the Ethiopian Airlines jet that crashed last month followed the procedures.',
      'last month',
      'Ethiopian Airlines jet crashes',
    ],
    ['The leader of the party that won the election in 2019 resigned.', '2019', 'Party wins the election'],
    // Guard: after a comma, "which" after a noun of doing stands for the thing done to, as before.
    ['The reconstruction of the bridge, which opened in 1977, cost millions.', '1977', 'Bridge opens'],
  ]);
});

describe('a gerund after "on suspicion of" is no deed the date places', () => {
  labelCases([
    [
      'Greek authorities have arrested a dozen people on suspicion of starting fires, including a man in Athens on Friday.',
      'Friday',
      'Greek authorities arrest a dozen people on suspicion',
    ],
    // Guard: a deed a sentence is for keeps its date, as before.
    ['He was jailed for taking bribes in 2019.', '2019', 'He takes bribes'],
    // Its subject is the verb's object, a pronoun too.
    ['A court jailed her for taking bribes in 2019.', '2019', 'She takes bribes'],
  ]);
});

describe('a subject noun that a participle and its agent describe', () => {
  labelCases([
    [
      'Floods driven by heavy rain have killed 20 people, officials said on Thursday.',
      'Thursday',
      'Floods kill 20 people',
    ],
  ]);
});

describe('two nouns joined by "and" before the plural they both qualify stay in the object', () => {
  labelCases([
    [
      'Orvex said on Monday it could close car and component plants.',
      'Monday',
      'Orvex could close car and component plants',
    ],
    // Guard: a clause after "and" still ends the object.
    ['The firm cut jobs and profits rose on Monday.', 'Monday', 'Profits rise'],
  ]);
});

describe('two adjectives of a state joined by "but" before one noun stay in the label', () => {
  labelCases([
    [
      'Tarn was in a serious but stable condition on Thursday.',
      'Thursday',
      'Tarn is in a serious but stable condition',
    ],
    ['The town was calm but tense on Sunday, officials said.', 'Sunday', 'Town is calm'],
  ]);
});

describe("a body's name with its owner's before it is said whole as a subject", () => {
  labelCases([
    [
      "Parliament met for the first time since Tarn's National League for Renewal won a landslide in November.",
      'November',
      "Tarn's National League for Renewal wins a landslide",
    ],
  ]);
});

describe('one\'s kin "of" a person named is said whole as a subject', () => {
  labelCases([
    ['The son of Velko Tarn Orsk was arrested on Monday.', 'Monday', 'Son of Velko Tarn Orsk is arrested'],
    [
      'The half-brother of Tarvian leader Velko Tarn Orsk was killed on Monday.',
      'Monday',
      'Half-brother of Tarvian leader Velko Tarn Orsk is killed',
    ],
  ]);
});

describe('a date after "since" is no subject of the verb right after it', () => {
  labelCases([
    ['Protesters camped outside the palace since Saturday vowed to stay.', 'Saturday', 'Protesters vow to stay'],
  ]);
});

describe('a happening someone owns, with who it was by or against and where, dated right after', () => {
  labelCases([
    [
      'Velmar lost the final again, after their defeat by Tarvia at Orvex Park three years ago.',
      'three years ago',
      'Their defeat by Tarvia at Orvex Park',
    ],
    ['He resigned days after his victory over Tarn in May.', 'May', 'His victory over Tarn'],
  ]);
});

describe("a past after a model's number, or before a length of time, is the verb", () => {
  labelCases([
    [
      'The Velmar Air Orvex 320 crashed minutes after taking off on Wednesday.',
      'Wednesday',
      'Velmar Air Orvex 320 crashes',
    ],
    // Guard: between a count and its noun, a participle describes the noun.
    ['Three wounded soldiers were flown out on Monday.', 'Monday', 'Three wounded soldiers are flown out'],
  ]);
});

describe('a day of the news after a gerund a verb of accusing or praising governs dates the speech act', () => {
  labelCases([
    [
      'Berg accused world leaders of failing her generation on Monday.',
      'Monday',
      'Berg accuses world leaders of failing her generation',
    ],
    // Guard: a year dates the deed.
    ['Berg accused the firm of hiding losses in 2019.', '2019', 'Firm hides losses'],
  ]);
});

describe('a counted object is the subject of the gerund after it', () => {
  labelCases([
    [
      'Police said they had detained 60 people for crossing the fence illegally by Tuesday afternoon.',
      'Tuesday afternoon',
      '60 people cross the fence illegally',
    ],
  ]);
});

describe('a subject of a name and a plural noun phrase joined by "and"', () => {
  labelCases([
    [
      'Iran and six world powers on Tuesday reached a historic deal.',
      'Tuesday',
      'Iran and six world powers reach a historic deal',
    ],
    ['Iran and the world powers on Tuesday reached a deal.', 'Tuesday', 'Iran and world powers reach a deal'],
  ]);
});

describe('a subject of two bare noun phrases joined by "and" at the sentence\'s opening', () => {
  labelCases([
    ['Police and soldiers patrolled the streets on Monday.', 'Monday', 'Police and soldiers patrol the streets'],
    [
      'Coastguard vessels and ferries evacuated 2,700 people over the weekend.',
      'the weekend',
      'Coastguard vessels and ferries evacuate 2,700 people',
    ],
    // Guard: two clauses joined by "and", the second dated.
    ['Prices rose and shares fell on Monday.', 'Monday', 'Shares fall'],
  ]);
});

describe('a bare noun phrase opening the sentence and its present right before the date', () => {
  labelCases([
    ['Registration ends on Sunday.', 'Sunday', 'Registration ends'],
    ['Talks resume on Monday.', 'Monday', 'Talks resume'],
    ['Voting closes at 8 pm.', '8 pm', 'Voting closes'],
    ['Trading resumes on Monday after the holiday.', 'Monday', 'Trading resumes'],
    // Guards: a plural noun before the date whose verb comes after it, and a past.
    ['Oil prices on Monday rose.', 'Monday', 'Oil prices rise'],
    ['Shares fell on Monday.', 'Monday', 'Shares fall'],
  ]);
});

describe('an event noun after "his"/"her" is the deed of the person named before it', () => {
  it('names that person', () => {
    const text = 'Okafor, who has denied the claims since his arrest in May 2020, will appeal.';
    const entities = (t: string): Entity[] => [entity(t, 'Ben Okafor', 'person', ['Okafor'])];
    expect(label(text, 'May 2020', entities)).toBe('Okafor is arrested');
  });
  it('negative: with no person named before it, as before', () => {
    expect(label('The club has won nothing since his departure in May 2020.', 'May 2020')).toBe('Departure');
  });
  it('after "its", is the deed of the body named before it', () => {
    const text =
      'The agency declared an emergency on Tuesday, the first time it has done so since its creation in 2017.';
    const text2 = `Africa CDC${text.slice('The agency'.length)}`;
    const body = (t: string): Entity[] => [entity(t, 'Africa CDC', 'organization', ['Africa CDC'])];
    expect(label(text2, '2017', body)).toBe('Africa CDC is created');
    // With no body named before it, as before; nor a person for "its".
    expect(label(text, '2017')).toBe('Creation');
    const person = (t: string): Entity[] => [entity(t, 'Jane Doe', 'person', ['Jane Doe'])];
    expect(label(`Jane Doe${text.slice('The agency'.length)}`, '2017', person)).toBe('Creation');
  });
  it('after "its", with no body named, is the deed of the thing the sentence opens with', () => {
    expect(label('The film has grossed $1.4 billion since its release on July 21.', 'July 21')).toBe(
      'Film is released',
    );
    expect(label('The new stadium has hosted 40 games since its opening in 2019.', '2019')).toBe('New stadium opens');
    // Not past another noun, nor the teller's: "its" may be that noun's.
    expect(
      label(
        'The firm said more than 4 billion songs had been downloaded from the iTunes store since its launch in 2003.',
        '2003',
      ),
    ).toBe('Launch');
  });
});

describe('an object right after the date that follows its verb', () => {
  labelCases([
    ['The board will decide in June whether to sell the club.', 'June', 'Board decides whether to sell the club'],
    ['The mayor declared on Friday a week of mourning.', 'Friday', 'Mayor declares a week of mourning'],
    // Guard: a phrase of place after the date is no object.
    ['The minister died on Monday at the age of 80.', 'Monday', 'Minister dies'],
  ]);
});

describe('a present verb with a bare noun or a particle', () => {
  labelCases([
    ['The law takes effect on 1 January 2025.', '1 January 2025', 'Law takes effect'],
    ['The new president takes office in January.', 'January', 'New president takes office'],
    ['The new coach takes charge on Monday.', 'Monday', 'New coach takes charge'],
    ['The festival kicks off on Friday.', 'Friday', 'Festival kicks off'],
    ['The plant shuts down on Friday.', 'Friday', 'Plant shuts down'],
  ]);
});

describe('an aside with a name in quotation marks', () => {
  it('is stepped over to the subject before it', () => {
    const text =
      'The Smart Lander for Investigating Moon (SLIM), nicknamed the "Moon Sniper", touched down on Friday near the crater, JAXA officials said.';
    const entities = (t: string) => [
      entity(t, 'JAXA', 'organization', ['JAXA']),
      entity(t, 'Smart Lander for Investigating Moon', 'organization', ['Smart Lander for Investigating Moon', 'SLIM']),
    ];
    expect(label(text, 'Friday', entities)).toBe('Smart Lander for Investigating Moon touches down');
  });
  it.each([
    ['The film, titled “Dune”, opened on Friday in cinemas, Warner said.', 'Film opens'],
    // A name set off after a common noun names it, in quotation marks too.
    [
      'Boeing\'s newest aircraft, the 787 "Dreamliner", made its first test flight on Friday.',
      '787 Dreamliner makes its first test flight',
    ],
    ['The broadcaster, the BBC, said on Friday it would cut jobs.', 'BBC says it will cut jobs'],
  ])('%s → %s', (text, expected) => {
    expect(
      label(text, 'Friday', (t) =>
        ['Warner', 'Boeing'].filter((n) => t.includes(n)).map((n) => entity(t, n, 'organization', [n])),
      ),
    ).toBe(expected);
  });
});

describe('a relative clause set off after the subject, with a subject of its own', () => {
  labelCases([
    ['The bridge, which the town paid for, opened in 1990.', '1990', 'Bridge opens'],
    ['The bridge, for which the town paid a fortune, opened in 1990.', '1990', 'Bridge opens'],
    ['His sister, from whom he was estranged, died in 2008.', '2008', 'Sister dies'],
    // Guard: a relative clause with no subject of its own, as before.
    ["The fund, which invests the country's revenues, ended 2023 with a gain.", '2023', 'Fund ends'],
  ]);
});

describe('"next" between an auxiliary and a verb', () => {
  labelCases([
    ['The cartel will next meet on December 1.', 'December 1', 'Cartel meets'],
    ['The champion is next due to play on Sunday.', 'Sunday', 'Champion plays'],
    // Guard: "next" before a noun stays.
    ['The next meeting is scheduled for December 1.', 'December 1', 'Next meeting is scheduled'],
  ]);
});

describe('"break even", and a plan denied', () => {
  labelCases([
    ['The unit broke even in 2022.', '2022', 'Unit breaks even'],
    ['The unit is expected to break even in 2026.', '2026', 'Unit breaks even'],
    ['The unit is not expected to make a profit in 2026.', '2026', 'Unit does not make a profit'],
    ['The ports are not expected to reopen before Tuesday.', 'Tuesday', 'Ports do not reopen'],
    // Guard: a plan not denied.
    ['The unit is expected to make a profit in 2026.', '2026', 'Unit makes a profit'],
  ]);
});

describe('a period a date ends ("the quarter ended June 30") is part of the time phrase', () => {
  labelCases([
    ['Revenue jumped in the quarter ended March 31.', 'March 31', 'Revenue jumps'],
    ['The firm reported a loss for the fiscal year ended August 31, 2018.', 'August 31, 2018', 'Firm reports a loss'],
    ['Its fiscal year ending on September 30 was strong.', 'September 30', 'Fiscal year is strong'],
    // Guard: "ended" after no period is the verb.
    ['The war ended on March 31.', 'March 31', 'War ends'],
  ]);
});

describe('"which" after a body named after "of the", and after its acronym in brackets', () => {
  labelCases([
    [
      "Orvia considers the militia an offshoot of the Velmar Workers' Party (VWP), which has waged an insurgency since 1984.",
      '1984',
      "Velmar Workers' Party wages an insurgency",
    ],
    [
      'Orvia fights the Velmar Workers Party (VWP), which has waged an insurgency since 1984.',
      '1984',
      'Velmar Workers Party wages an insurgency',
    ],
  ]);
});

describe('an event noun after "before her", with no one named in a sentence that opens with the pronoun', () => {
  labelCases([
    [
      'She spent some 15 years under house arrest between 1989 and 2010 before her release a decade ago.',
      'a decade ago',
      'Her release',
    ],
    // (Not when the sentence opens with someone else: the clause labels it.)
    ['The junta kept the country closed for 15 years before her release in 2010.', '2010', 'Release'],
  ]);
});

describe('an acronym\'s plural, and "some" alone, take a plural verb', () => {
  labelCases([
    [
      'In Brussels, MEPs approved the withdrawal agreement on Wednesday.',
      'Wednesday',
      'MEPs approve the withdrawal agreement',
    ],
    // "Some" and "most" alone stand for many.
    ['Survivors embraced and some wept openly on Wednesday.', 'Wednesday', 'Some weep openly'],
    // (Not an acronym ending on a capital S.)
    ['AIDS killed two million people in 2005.', '2005', 'AIDS kills two million people'],
  ]);
});

describe('an apposition with "a", dated at its end, between the subject and its verb', () => {
  labelCases([
    [
      'The previous deadliest accident in Orvia, a firedamp explosion in Velmar in the province of Tarn on March 3, 1992, killed 263 miners.',
      'March 3, 1992',
      'Firedamp explosion in Velmar kills 263 miners',
    ],
  ]);
});

describe('a long apposition with "that" between the subject and its verb', () => {
  labelCases([
    [
      'Velmar Mining AS, the private company that runs the mine under a lease from the state-owned Orvia Coal Works (OCW), has denied any negligence and is expected to hold a news conference later this week.',
      'later this week',
      'Velmar Mining AS holds a news conference',
    ],
  ]);
});

describe('a participle after "and" shares the passive before it, past a long phrase of where and when', () => {
  labelCases([
    [
      'His sons were reportedly abducted from a restaurant in the resort of Puerto Velmar last August and released days later.',
      'days later',
      'Sons are released',
    ],
  ]);
});

describe('a pronoun\'s contracted "have"', () => {
  labelCases([['"I\'ve waited since last September for this scan," said Ann Velmar.', 'last September', 'I wait']]);
});

describe('an age closing an aside that opens with a participle', () => {
  labelCases([
    // So an apposition closing a relative clause.
    [
      'The earlier eruption, which began at Velmar, a mountain pass, drew thousands of sightseers before it died down earlier this week.',
      'earlier this week',
      'Eruption dies down',
    ],
    [
      'The plan, drawn up by High Commissioner Jean Velmar, 72, would replace the 42 schemes from 2025.',
      '2025',
      'Plan would replace the 42 schemes',
    ],
  ]);
});

describe('a plural in "-ings" is a noun, no present verb', () => {
  labelCases([
    [
      'The ceremony took place ten weeks after Islamist bombings on Velmar commuter trains killed 191 people on March 11.',
      'March 11',
      'Islamist bombings kill 191 people',
    ],
    // ("brings" is one.)
    ['The plan brings savings on Monday.', 'Monday', 'Plan brings savings'],
  ]);
});

describe('an owner right before the date, then the noun they qualify', () => {
  labelCases([
    ["She defended the army's 2017 crackdown on the Velmar minority.", '2017', "She defends the army's crackdown"],
    // (A subject's owner keeps its own label.)
    ["The army's 2017 report said so.", '2017', "Army's report says so"],
  ]);
});

describe('an aside of a bare plural "of" someone, between the subject and its verb', () => {
  labelCases([
    [
      'The red-shirted demonstrators, supporters of ousted premier Tarek Velmar, had besieged the resort since Friday.',
      'Friday',
      'Red-shirted demonstrators besiege the resort',
    ],
  ]);
});

describe('people of a role "of" a list of names, the subject', () => {
  labelCases([
    [
      'The presidents of Velmar, Orvia and Tarnia on Tuesday agreed a peace deal to end the war.',
      'Tuesday',
      'Presidents of Velmar, Orvia and Tarnia agree a peace deal',
    ],
    ['The leaders of Velmar and Orvia met on Tuesday.', 'Tuesday', 'Leaders of Velmar and Orvia meet'],
  ]);
});

describe('a relative clause whose date stands between its pronoun and its verb', () => {
  labelCases([
    [
      'Ruiz, who in December ordered the withdrawal of troops, hailed the victory.',
      'December',
      'Ruiz orders the withdrawal of troops',
    ],
    ['Ruiz, who on Thursday cut rates, hailed the victory.', 'Thursday', 'Ruiz cuts rates'],
  ]);
});

describe('a subject\'s head before a phrase of place opening with "outside"', () => {
  labelCases([
    [
      'A car bomb outside the Velmaran embassy in Jakarta killed nine people on September 9.',
      'September 9',
      'Car bomb kills nine people',
    ],
  ]);
});

describe('a happening\'s noun, "of" what it befell, and the date', () => {
  labelCases([
    [
      'Tourism was battered by turmoil following the 2011 uprising, and by the bombing of a Velmar airliner over Sinai in October 2015.',
      'October 2015',
      'Bombing of a Velmar airliner over Sinai',
    ],
    ['Prices rose after the invasion of Kuwait in 1990.', '1990', 'Invasion of Kuwait'],
    // So a year before a noun and a participle's agent after it.
    [
      'The army ruled the country for five decades after a 1962 coup led by General Ne Velmar, and still rules.',
      '1962',
      'Coup led by General Ne Velmar',
    ],
    // So a year before a noun after "following".
    ['Tourism was battered by turmoil following the 2011 uprising that toppled the president.', '2011', 'Uprising'],
    // (Not a phrase with a verb after "of": the clause labels it.)
    ['He was jailed after the killing of two officers who had stopped him in 2019.', '2019', 'Two officers stop him'],
  ]);
});

describe("a year in brackets after a work's quoted title", () => {
  labelCases([
    [
      'Loach, whose previous films include "Kes" (1969) and "Land and Freedom" (1995), said the prize would help.',
      '1995',
      '"Land and Freedom" is released',
    ],
    ['Her albums include "Blue" (1971).', '1971', '"Blue" is released'],
    // (Not a year in brackets after something else.)
    ['The bridge (1932) was closed on Monday.', 'Monday', 'Bridge is closed'],
  ]);
});

describe('a perfect infinitive is no verb of the clause', () => {
  labelCases([
    [
      'He became the first man to have won the title in 2010.',
      '2010',
      'He becomes the first man to have won the title',
    ],
    ['Ruiz is believed to have died in 2010.', '2010', 'Ruiz is believed to have died'],
    [
      'He added that he hoped to add the Velmora Open, the only title to have eluded him, at the stadium in late May.',
      'late May',
      'He hopes to add the Velmora Open',
    ],
  ]);
});

describe('a date between "the" and "deadline"', () => {
  labelCases(
    [
      ['Officials warned that the December 31 deadline leaves very little time.', 'December 31', 'Deadline'],
      ['Talks continued ahead of the March 1 deadline for a deal.', 'March 1', 'Deadline for a deal'],
    ],
    { future: true },
  );
  // (A deadline a verb's object is what the clause did.)
  labelCases([
    ['The union missed the March 1 deadline for a deal.', 'March 1', 'Union misses the deadline for a deal'],
  ]);
});

describe('a participle describing a noun is done, not dated by a date still to come', () => {
  const ahead = (text: string, date: string, future: boolean): string => label(text, date, undefined, false, future);
  it('takes the verb before it when the date is after the publication day', () => {
    const text = 'The agency will begin returning the bodies of soldiers killed in the fighting next week.';
    expect(ahead(text, 'next week', true)).toBe('Agency begins returning the bodies of soldiers killed');
  });
  it('negative: a date not ahead keeps the participle', () => {
    const text = 'The agency will begin returning the bodies of soldiers killed in the fighting on Monday.';
    expect(ahead(text, 'Monday', false)).toBe('Soldiers are killed in the fighting');
  });
  it('negative: a participle of what is foreseen keeps its date ahead', () => {
    expect(ahead('Officials will inspect homes ahead of a storm expected next week.', 'next week', true)).toBe(
      'Storm is expected',
    );
  });
  it('negative: nor one of what is put off until the date, set off by a comma', () => {
    const text = 'The minister faces a busy year and the Tokyo Olympics, postponed until next summer.';
    expect(ahead(text, 'next summer', true)).toBe('Tokyo Olympics are postponed');
    expect(ahead('They will face the Games, postponed until next summer.', 'next summer', false)).toBe(
      'Games are postponed',
    );
  });
});

describe('participles: "being" and a participle, and one between a preposition and its noun', () => {
  labelCases([
    [
      'He spent eight months in jail before being released under supervision in July 2020.',
      'July 2020',
      'He is released under supervision',
    ],
    ['She moved to Paris after being elected in 2019.', '2019', 'She is elected'],
    [
      'Rescue crews had pulled more than 200 people from flooded homes overnight.',
      'overnight',
      'Rescue crews pull more than 200 people',
    ],
    // (Or a name after it.)
    [
      'WikiLeaks published hundreds of thousands of classified US military documents in 2010.',
      '2010',
      'WikiLeaks publishes hundreds of thousands of classified US military documents',
    ],
  ]);
});

describe('a present with its object after a subordinator', () => {
  labelCases([
    [
      'The collapse comes three weeks before the city hosts a NATO summit on June 24.',
      'June 24',
      'City hosts a NATO summit',
    ],
    [
      'The verdict came ahead of the election, whose first round takes place on April 10.',
      'April 10',
      'Round takes place',
    ],
    ['Markets rallied before the Fed sets rates on Wednesday.', 'Wednesday', 'Fed sets rates'],
  ]);
});

describe("a label does not end on what the date's phrase leaves behind", () => {
  labelCases([
    ['Sales rose in fiscal 2023.', '2023', 'Sales rise'],
    ['A new vote will be held no earlier than October.', 'October', 'New vote is held'],
    [
      'He died in a helicopter crash outside the stadium in October 2018.',
      'October 2018',
      'He dies in a helicopter crash',
    ],
    ['The two men meet at 3 pm (1300 GMT) on Tuesday.', 'Tuesday', 'The two men meet at 3 pm'],
    // Guard: a verb's particle stays.
    ['Rebels took over on Monday.', 'Monday', 'Rebels take over'],
  ]);
});

describe('a reduced passive whose agent runs long', () => {
  labelCases([
    [
      'Inflation slowed, according to data published by the EU statistics agency Eurostat earlier this month.',
      'earlier this month',
      'EU statistics agency Eurostat publishes data',
    ],
    // Guard: a short agent, as before.
    ['A deal signed by both sides on Monday ended the war.', 'Monday', 'Both sides sign a deal'],
  ]);
});

describe('"who" after an apposition set off after an age', () => {
  labelCases([
    [
      'Keller, 57, a former consultant who took the helm at the company in 2015, will step down.',
      '2015',
      'Keller takes the helm',
    ],
    // Guard: with no age, as before.
    ['Keller, a former consultant who took the helm in 2015, will step down.', '2015', 'Keller takes the helm'],
  ]);
});

describe('"by the end of" goes with the date', () => {
  labelCases([['The firm expects savings by the end of the year.', 'the year', 'Firm expects savings']]);
});

describe('"failed in a bid to", and a participle after "have" and its object', () => {
  labelCases([
    // What failed is the verb after "to"; "have the strike banned" is what was wanted, no ban.
    [
      'The operator failed in a bid to have the strike banned at a labour court in Frankfurt on Tuesday.',
      'Tuesday',
      'Operator fails to have the strike banned',
    ],
    ['He failed in his attempt to win the title in 2019.', '2019', 'He fails to win the title'],
    ['The company failed in its efforts to block the deal last year.', 'last year', 'Company fails to block the deal'],
    ['The union wants to have the strike banned on Tuesday.', 'Tuesday', 'Union wants to have the strike banned'],
  ]);
});

describe('a participle that is no past, opening an aside or before its date', () => {
  labelCases([
    ['The painting, stolen in 2010, was never found.', '2010', 'Painting is stolen'],
    ['The painting stolen in 2010 was found in a barn.', '2010', 'Painting is stolen'],
    ['The ship, sunk in 1628, was raised in 1961.', '1628', 'Ship is sunk'],
    ['The king, overthrown in 1952, died in exile.', '1952', 'King is overthrown'],
    // A participle of starting or stopping describes the work before "of", not what it works on.
    ['Construction of the bridge, begun in 2019, stalled.', '2019', 'Construction is begun'],
    ['Construction of the bridge, started in 2019, stalled.', '2019', 'Construction is started'],
    // Guard: another participle after the phrase the sentence opens with describes its head, as before.
    ['A portrait of the king, painted in 1650, was sold.', '1650', 'Portrait is painted'],
  ]);
});

describe('"that" after a time is no relative pronoun', () => {
  labelCases([
    [
      'The Ifo institute said last week that the economy had fallen by 0.3 percent last year.',
      'last year',
      'Economy falls',
    ],
    ['The institute said last month that the economy had shrunk in 2023.', '2023', 'Economy shrinks'],
  ]);
});

describe('a collective noun opening the sentence, before a phrase naming a place', () => {
  labelCases([
    // A kind of place and its name are that place.
    [
      'The eastern state of West Bengal evacuated 900,000 people late Tuesday.',
      'late Tuesday',
      'West Bengal evacuates 900,000 people',
    ],
    ['The southern Indian state of Kerala banned plastic in 2019.', '2019', 'Kerala bans plastic'],
    ['A flood in the city of Valencia killed 200 people on Tuesday.', 'Tuesday', 'Flood kills 200 people'],
    ['Police in the city of Lyon arrested two men on Tuesday.', 'Tuesday', 'Police arrest two men'],
    ['People across the region of Lyon voted on Tuesday.', 'Tuesday', 'People vote'],
    // Guard: a name before "of" is said whole.
    ['The University of Lyon closed on Tuesday.', 'Tuesday', 'University of Lyon closes'],
  ]);
});

describe('"most of", "some of", "all of" agree with what they are part of', () => {
  labelCases([
    ['Most of it was recovered in December 2022.', 'December 2022', 'Most of it is recovered'],
    ['Some of the jewellery was found in 2022.', '2022', 'Some of the jewellery is found'],
    ['Most of them were freed in 2022.', '2022', 'Most of them are freed'],
    ['All of the hostages were freed in 2022.', '2022', 'All of the hostages are freed'],
  ]);
});

describe('a date set off by commas between the subject and its verb', () => {
  labelCases([
    ['The army, in 2006, ousted the elected government.', '2006', 'Army ousts the elected government'],
    ['Apple, on Monday, unveiled a new phone.', 'Monday', 'Apple unveils a new phone'],
    ['The take-off, at 08:30 UTC, was apparently normal.', '08:30 UTC', 'Take-off is apparently normal'],
  ]);
});

describe('a title in quotation marks as the subject', () => {
  labelCases([
    ['"The White Ribbon" won the top prize on Sunday.', 'Sunday', '"The White Ribbon" wins the top prize'],
    [
      'Michael Haneke\'s "The White Ribbon" won the top prize on Sunday.',
      'Sunday',
      'Michael Haneke\'s "The White Ribbon" wins the top prize',
    ],
    // With a long appositive set off after it.
    [
      'Michael Haneke\'s "The White Ribbon", a stark portrait of a German village on the eve of World War I, won the top prize on Sunday.',
      'Sunday',
      'Michael Haneke\'s "The White Ribbon" wins the top prize',
    ],
    // negative: after a common noun, as before.
    [
      'His film "The White Ribbon" won the top prize on Sunday.',
      'Sunday',
      'Film "The White Ribbon" wins the top prize',
    ],
  ]);
});

describe('"which" after a title in quotation marks stands for the title', () => {
  labelCases([
    [
      'He directed her in "The Piano Teacher", which won three awards in 2001.',
      '2001',
      '"The Piano Teacher" wins three awards',
    ],
    // negative: after a common noun ending the clause, as before.
    ['He directed her in a drama, which won three awards in 2001.', '2001', 'Drama wins three awards'],
  ]);
});

describe('a past tense after a measure or before a name is the verb', () => {
  labelCases([
    [
      'A 1934 earthquake measuring 8.0 destroyed large parts of the capital and killed 8,500 people.',
      '1934',
      'Earthquake destroys large parts of the capital',
    ],
    ['A 1934 earthquake measuring 8 destroyed Kathmandu.', '1934', 'Earthquake destroys Kathmandu'],
    // negative: a participle between a count and its noun, a name's adjective among them.
    ['Three wounded Kurdish fighters were flown out in 2014.', '2014', 'Three wounded Kurdish fighters are flown out'],
    ['The ten affected provinces were named in 2014.', '2014', 'Ten affected provinces are named'],
    // A people in capitals after a count and a participle is plural.
    ['Two wounded Britons returned home in 2014.', '2014', 'Two wounded Britons return home'],
  ]);
});

describe('a participle in "-ing" after the subject noun describes it', () => {
  labelCases([
    ['An earthquake hitting the region destroyed Kathmandu in 1934.', '1934', 'Earthquake destroys Kathmandu'],
    ['Firms making the chips rose on Monday.', 'Monday', 'Firms rise'],
    // negative: a relative clause without "that" still has its own subject.
    ['He cited a complaint his company filed in 2012.', '2012', 'Company files a complaint'],
  ]);
});

describe('a year after "of" between the subject and its verb', () => {
  labelCases([
    ['The pandemic of 1968 killed about one million people.', '1968', 'Pandemic kills about one million people'],
    // An apposition naming the subject, dated at its end.
    [
      'The last pandemic, the Hong Kong flu of 1968, killed about one million people worldwide.',
      '1968',
      'Hong Kong flu kills about one million people worldwide',
    ],
  ]);
});

describe('"&" inside a name', () => {
  labelCases([
    ["Heineken bought Britain's Scottish & Newcastle in 2008.", '2008', "Heineken buys Britain's Scottish & Newcastle"],
    ['The firm sold its stake to Johnson & Johnson in 2008.', '2008', 'Firm sells its stake to Johnson & Johnson'],
  ]);
});

describe('a reduced passive before a stretch, and a plural subject "most" opens', () => {
  labelCases([
    [
      'The soldiers said the borders were closed and a curfew imposed from 10 pm to 5 am.',
      '10 pm',
      'Curfew is imposed',
    ],
    ['The soldiers said the borders were closed and a curfew imposed from 10 pm to 5 am.', '5 am', 'Curfew is imposed'],
    ['Most incidents happened between 11 pm and 2 am.', '11 pm', 'Most incidents happen'],
    ['Most people voted on Monday.', 'Monday', 'Most people vote'],
    // Guards: a participle after "the most" and an adjective, and a past that goes on to its object.
    ['It was the most valuable listed company in 2020.', '2020', 'It is the most valuable listed company'],
    ['The army imposed a curfew from 10 pm.', '10 pm', 'Army imposes a curfew'],
  ]);
});

describe('the place a person is "of" goes with the name', () => {
  it('"Kelvin Tarbut of Kenya was killed on Sunday" → "Tarbut is killed"', () => {
    const text = 'Kelvin Tarbut of Kenya was killed on Sunday.';
    const entities = (t: string) => [
      entity(t, 'Kelvin Tarbut', 'person', ['Kelvin Tarbut']),
      entity(t, 'Kenya', 'place', ['Kenya']),
    ];
    expect(label(text, 'Sunday', entities)).toBe('Tarbut is killed');
  });
  it('"Cardinal Ana Ruiz of the United States met him on Tuesday" → "Ruiz meets him"', () => {
    const text = 'Cardinal Ana Ruiz of the United States met him on Tuesday.';
    const entities = (t: string) => [
      entity(t, 'Ana Ruiz', 'person', ['Ana Ruiz'], 'Cardinal'),
      entity(t, 'United States', 'place', ['United States']),
    ];
    expect(label(text, 'Tuesday', entities)).toBe('Ruiz meets him');
  });
  it('(a body a person is "of" stays: "Jane Moss of Acme Corp met him on Tuesday")', () => {
    const text = 'Jane Moss of Acme Corp met him on Tuesday.';
    const entities = (t: string) => [
      entity(t, 'Jane Moss', 'person', ['Jane Moss']),
      entity(t, 'Acme Corp', 'organization', ['Acme Corp']),
    ];
    expect(label(text, 'Tuesday', entities)).toBe('Moss of Acme Corp meets him');
  });
});

describe('"fellow" before a people and a name goes with them', () => {
  it('"Nadal beat fellow Spaniard David Ferrer on Sunday" → "Nadal beats Ferrer"', () => {
    const text = 'Nadal beat fellow Spaniard David Ferrer on Sunday.';
    const entities = (t: string) => [
      entity(t, 'Rafael Nadal', 'person', ['Nadal']),
      entity(t, 'Spaniard', 'group', ['Spaniard']),
      entity(t, 'David Ferrer', 'person', ['David Ferrer']),
    ];
    expect(label(text, 'Sunday', entities)).toBe('Nadal beats Ferrer');
  });
});

describe("a body's role right before its name is dropped, as a person's title is", () => {
  it('"published by the EU statistics office Eurostat on Friday" → "… by Eurostat"', () => {
    const text = 'The figure was published by the EU statistics office Eurostat on Friday.';
    const entities = (t: string) => [entity(t, 'Eurostat', 'organization', ['Eurostat'], 'EU statistics office')];
    expect(label(text, 'Friday', entities)).toBe('Figure is published by Eurostat');
  });
  it('with the adjectives between its owner and the role ("its troubled rival Orvex Bank")', () => {
    const text = 'Velmar Bank agreed on Sunday to buy its troubled rival Orvex Bank.';
    const entities = (t: string) => [
      entity(t, 'Velmar Bank', 'organization', ['Velmar Bank']),
      entity(t, 'Orvex Bank', 'organization', ['Orvex Bank'], 'rival'),
    ];
    expect(label(text, 'Sunday', entities)).toBe('Velmar Bank agrees to buy Orvex Bank');
  });
  it('negative: a body with no role keeps the words before it', () => {
    const text = 'The figure was published by the EU statistics office Eurostat on Friday.';
    const entities = (t: string) => [entity(t, 'Eurostat', 'organization', ['Eurostat'])];
    expect(label(text, 'Friday', entities)).toBe('Figure is published by the EU statistics office Eurostat');
  });
});

describe('"the first … since" a date places the previous one', () => {
  labelCases([
    ['Williams beat Sharapova for her first French Open crown since 2002.', '2002', 'Previous French Open crown'],
    ['It is the first visit by a US president since 1999.', '1999', 'Previous visit by a US president'],
  ]);
});

describe('a date between "the" and an occasion after a preposition dates the occasion', () => {
  labelCases([
    ['Obama suspended campaigning a week before the November 6 election.', 'November 6', 'Election'],
    // With whom it is against or between after it.
    [
      'The verdict will not prevent Trump from running in the November election against President Joe Biden.',
      'November',
      'Election',
    ],
    ['Spain lost before the June 14 match against France.', 'June 14', 'Match'],
    ['The pound fell ahead of the June 23 referendum.', 'June 23', 'Referendum'],
    // A mishap's noun too.
    [
      'Macron, who had vowed to rebuild the cathedral within five years after the April 15, 2019 blaze, thanked the firefighters.',
      'April 15, 2019',
      'Blaze',
    ],
    // (So before an infinitive: "after the April 2019 blaze to rebuild it".)
    [
      'Macron, who vowed in the hours after the April 2019 blaze to rebuild it within five years, thanked the craftspeople.',
      'April 2019',
      'Blaze',
    ],
    // negative: not a noun of an occasion.
    ['Obama suspended campaigning before the November 6 recess.', 'November 6', 'Obama suspends campaigning'],
  ]);
});

describe('a name before "of" and a role in lower case is the subject', () => {
  labelCases([
    ['The Labour Party of challenger Jane Doe won 26 percent in 2013.', '2013', 'Labour Party wins 26 percent'],
    // negative: a name that ends the phrase after a role before it ("World number two Sabalenka of Belarus").
    ['World number two Sabalenka of Belarus won in 2013.', '2013', 'Sabalenka of Belarus wins'],
  ]);
  it('with the body known, its members\' plural agrees ("Social Democrats stand at 23 percent")', () => {
    const text =
      'The Social Democrats of challenger Peer Steinbrueck won about 26 percent, up from 23 percent four years ago.';
    const entities = (t: string) => [
      entity(t, 'Social Democrats', 'organization', ['Social Democrats']),
      entity(t, 'Peer Steinbrueck', 'person', ['Peer Steinbrueck']),
    ];
    expect(label(text, 'four years ago', entities)).toBe('Social Democrats stand at 23 percent');
  });
});

describe('a past of a compound verb with a hyphen', () => {
  labelCases([
    [
      'A Boeing 777 crash-landed at the airport on Saturday, officials said.',
      'Saturday',
      'Boeing 777 crash-lands at the airport',
    ],
    ['North Korea test-fired a missile on Saturday.', 'Saturday', 'North Korea test-fires a missile'],
  ]);
});

describe('a participle and its particle after a noun, before the date, are a passive', () => {
  labelCases([
    [
      'The court confirmed a four-year prison sentence handed down last year.',
      'last year',
      'Four-year prison sentence is handed down',
    ],
    // negative: after a subject, the past and its particle are the verb.
    ['The firm handed out bonuses in 2012.', '2012', 'Firm hands out bonuses'],
  ]);
});

describe('a participle after a noun and its comma, dated, describes that noun', () => {
  labelCases([
    ["The ruling is a blow to Letta's government, formed in April.", 'April', "Letta's government is formed"],
    [
      'The ruling is a blow to the fragile coalition government, formed in April after two months of deadlock.',
      'April',
      'Fragile coalition government is formed',
    ],
    // negative: a past joined to the clause's verb ("rose in March, doubled in April") is that subject's.
    ['Prices rose in March, doubled in April after a drought.', 'April', 'Prices double'],
  ]);
});

describe('"had been" and a verb in "-ing" are a perfect progressive, no "had" of its own', () => {
  labelCases([
    [
      'Hersman said on Sunday that the plane had been flying below its target speed.',
      'Sunday',
      'Plane flies below its target speed',
    ],
    // negative: "had" before a noun is the verb.
    ['He had surgery on Sunday.', 'Sunday', 'He has surgery'],
  ]);
});

describe('", where she has been since" a date: the clause before the comma ran from it', () => {
  labelCases([
    [
      "She is currently held in Tehran's Evin prison, where she has been since November 2021.",
      'November 2021',
      "She is held in Tehran's Evin prison",
    ],
    ['The ship is docked in Lisbon, where it has been since 2019.', '2019', 'Ship is docked in Lisbon'],
    ['The painting hangs in the Louvre, where it has been since 1797.', '1797', 'Painting hangs in the Louvre'],
  ]);
});

describe('a participle of foreseeing after a comma, before the date ("…, expected in the 2023 financial year")', () => {
  it('dates the clause before the comma, from its clause word', () => {
    const text =
      'Chief executive Bobby Kotick will remain in his role until the deal closes, expected in the 2023 financial year.';
    expect(label(text, '2023', () => [], false, true)).toBe('Deal closes');
  });
});

describe('a clause word of time or cause ends the subject of the clause it opens', () => {
  labelCases([
    [
      'At least 36 people were killed and dozens injured when a passenger train collided with a freight train on Tuesday.',
      'Tuesday',
      'Passenger train collides with a freight train',
    ],
    // (Guard: with no verb before "when", as before.)
    [
      'At least 36 people were killed when a passenger train collided with a freight train on Tuesday.',
      'Tuesday',
      'Passenger train collides with a freight train',
    ],
  ]);
});

describe('a bound before the date ("no later than") goes with the date', () => {
  it('is left out of the label', () => {
    const text = 'The agency said insured depositors would have access to their money no later than Monday morning.';
    expect(label(text, 'Monday morning', () => [], false, true)).toBe(
      'Insured depositors will have access to their money',
    );
  });
});

describe('"to" and an amount, a noun phrase or a gerund right after the date', () => {
  labelCases([
    ['Inflation rose in May to 5 percent.', 'May', 'Inflation rises to 5 percent'],
    ['He was sentenced in May to 10 years in prison.', 'May', 'He is sentenced to 10 years'],
    ['He pleaded guilty in August to eight counts.', 'August', 'He pleads guilty to eight counts'],
    // (Guard: "to" and a verb is the verb's own infinitive.)
    ['He agreed last month to plead guilty.', 'last month', 'He agrees to plead guilty'],
  ]);
});

describe('a verb of foretelling reports a future ("forecast", "predicted")', () => {
  labelCases(
    [
      [
        'The bank forecast that inflation would fall to around 4.9 percent by the end of the year, short of the target.',
        'the end of the year',
        'Inflation will fall to around 4.9 percent',
      ],
      [
        'The bank predicted that inflation would fall to around 4.9 percent by the end of the year.',
        'the end of the year',
        'Inflation will fall to around 4.9 percent',
      ],
    ],
    { future: true },
  );
  // (Guard: the noun.)
  labelCases([['The bank forecast was revised in May.', 'May', 'Bank forecast is revised']]);
});

describe('"cost" is a past after its subject, a noun after a determiner or before a past', () => {
  labelCases([
    ['The war cost thousands of lives in 2009.', '2009', 'War costs thousands of lives'],
    [
      'The facility, where the experiment was carried out, cost about $3.5 billion and opened in 2009.',
      '2009',
      'Facility opens',
    ],
    // (Guards: the noun.)
    ['The project cost rose sharply in 2009.', '2009', 'Project cost rises sharply'],
    ['The cost of the project rose in 2009.', '2009', 'Cost of the project rises'],
  ]);
});

describe('a quoted word or three in lower case after a verb of saying other than "say" or "tell"', () => {
  labelCases([
    [
      'Erdogan acknowledged "shortcomings" in the response during a visit to Hatay on Wednesday.',
      'Wednesday',
      'Erdogan acknowledges shortcomings',
    ],
    ['The minister denied "any wrongdoing" on Monday.', 'Monday', 'Minister denies any wrongdoing'],
  ]);
});

describe('"who" (or "which") after a name completing a copula stands for what it names', () => {
  labelCases([
    [
      'The last pope to resign was Gregory XII, who stepped down in 1415 to end a schism.',
      '1415',
      'Gregory XII steps down',
    ],
    ['The winner was Jane Doe, who won in 2010.', '2010', 'Jane Doe wins'],
    // So does "which" after a comma and a name.
    [
      'The last bank of comparable size to collapse was Orvex Mutual, which failed in September 2008.',
      'September 2008',
      'Orvex Mutual fails',
    ],
    // negative: "which" after a common noun is the copula's subject's, as before.
    ['The meeting was the last of many, which ended in 2010.', '2010', 'Meeting ends'],
  ]);
});

describe('a participle after "saw" and its object is that object\'s passive', () => {
  labelCases([
    [
      'His papacy was marked by a row over leaked documents that saw his butler convicted of theft last October.',
      'last October',
      'Butler is convicted of theft',
    ],
    // negative: "saw" and a noun phrase with no participle after it are the clause's verb and object.
    ['The firm saw its profits in 2012.', '2012', 'Firm sees its profits'],
  ]);
});

describe("a quantifier floated after a perfect's auxiliary", () => {
  labelCases([
    ['The six lowest extents have all occurred since 2006.', '2006', 'Six lowest extents occur'],
    ['The two ministers had both resigned in 2006.', '2006', 'Two ministers resign'],
  ]);
});

describe('"that" after a verb of saying opens what was said, no relative clause', () => {
  labelCases([
    ['He spoke, adding that the ice had thinned over the past decade.', 'the past decade', 'Ice thins'],
    // negative: "that" after a noun is a relative pronoun whose noun is the object.
    ['He rejected the plan that the board adopted in May.', 'May', 'Board adopts the plan'],
  ]);
});

describe('a present after a subordinator, with its particle and a preposition before the date', () => {
  labelCases([
    [
      'The melt is expected to resume next spring after the ice grows back over the winter months.',
      'the winter',
      'Ice grows back',
    ],
    // negative: the main clause's date keeps the main clause.
    [
      'The melt is expected to resume next spring after the ice grows back over the winter months.',
      'next spring',
      'Melt resumes',
    ],
  ]);
});

describe('two names joined, the second after a people and its role, are both the subject', () => {
  labelCases([
    [
      'Heineken and Danish rival Carlsberg jointly bought the brewer in 2008.',
      '2008',
      'Heineken and Carlsberg buy the brewer',
    ],
  ]);
});

describe('a name and another after its role, or someone of theirs, take the plural', () => {
  labelCases([
    [
      'Heineken and rival Carlsberg jointly bought the brewer in 2008.',
      '2008',
      'Heineken and rival Carlsberg buy the brewer',
    ],
    ['Smith and his wife died in 2008.', '2008', 'Smith and his wife die'],
    // (A name with its owner's possessive too.)
    [
      "Orvex and Norvia's Velka announced similar pauses on Friday.",
      'Friday',
      "Orvex and Norvia's Velka announce similar pauses",
    ],
    // Two dates listed as the subject.
    [
      'July and August were the two hottest months ever recorded.',
      'July',
      'July and August are the two hottest months ever recorded',
    ],
    // negative: one name alone keeps the singular.
    ['Heineken bought the brewer in 2008.', '2008', 'Heineken buys the brewer'],
  ]);
});

describe('a hedged count is said whole', () => {
  labelCases([
    [
      'Canada is having its worst fire season, with more than 13.7 million hectares burned since January.',
      'January',
      'More than 13.7 million hectares are burned',
    ],
    ['The storm hit, with at least 40 homes destroyed on Monday.', 'Monday', 'At least 40 homes are destroyed'],
    ['Airports were shut, with over 200 flights cancelled on Monday.', 'Monday', 'Over 200 flights are cancelled'],
    // A count in words, and "a" before a count's noun.
    [
      'The campaign was violent, with more than two dozen candidates killed since September.',
      'September',
      'More than two dozen candidates are killed',
    ],
    [
      'The campaign was violent, with more than a dozen candidates killed since September.',
      'September',
      'More than a dozen candidates are killed',
    ],
    // negative: a count with no hedge is said as before.
    ['Airports were shut, with 200 flights cancelled on Monday.', 'Monday', '200 flights are cancelled'],
  ]);
});

describe('a present after the noun phrase that follows a date opening the sentence', () => {
  labelCases([
    ['As of February, the store accounts for 70% of sales.', 'February', 'Store accounts for 70% of sales'],
    ['In June, the firm employs 500 people.', 'June', 'Firm employs 500 people'],
    [
      'From January, the law requires drivers to carry a licence.',
      'January',
      'Law requires drivers to carry a licence',
    ],
    // negative: a plural after its count is the noun, and a past stays the verb.
    [
      'On Sunday, the fifteen countries from the bloc had agreed on a joint plan.',
      'Sunday',
      'Fifteen countries agree on a joint plan',
    ],
    ["In 2019, the company's profits rose sharply.", '2019', "Company's profits rise sharply"],
  ]);
});

describe('a date in a second reported clause, after "and that"', () => {
  labelCases([
    [
      'The firm said more than 4 billion songs had been downloaded since its launch and that as of February, the store accounts for 70% of all digital music sales.',
      'February',
      'Store accounts for 70% of all digital music sales',
    ],
    // negative: a clause naming its subject by a pronoun, or telling what the sentence's label tells, is left to
    // the whole sentence.
    ['Police said the man was arrested in Paris and that he was charged on Monday.', 'Monday', 'Man is charged'],
    ['He said the plan was approved and that work would start in May.', 'May', 'Work will start'],
  ]);
});

describe('two dates of a list are one time phrase', () => {
  labelCases([
    [
      'Previous eruptions, in August 2022 and July 2023, took place in uninhabited valleys.',
      'August 2022',
      'Previous eruptions take place',
    ],
    [
      'Previous eruptions, in August 2022 and July 2023, took place in uninhabited valleys.',
      'July 2023',
      'Previous eruptions take place',
    ],
    ['The eruptions in August 2022 and July 2023 took place in remote valleys.', 'August 2022', 'Eruptions take place'],
    // negative: a date alone is labelled as before.
    ['The talks, in May 2021, ended without a deal.', 'May 2021', 'Talks end without a deal'],
  ]);
});

describe('a clause with a year, month or week of its own, then its telling on a day', () => {
  labelCases([
    [
      'Measles cases rose more than 30-fold this year, the World Health Organization warned on Thursday.',
      'Thursday',
      'World Health Organization warns',
    ],
    ['Prices rose 5 percent in 2022, the agency said on Monday.', 'Monday', 'Agency comments'],
    ['Prices rose 5 percent last month, the agency said on Monday.', 'Monday', 'Agency comments'],
    // negative: a clause with no date of its own happened on the telling's day.
    ['Prices rose 5 percent, the agency said on Monday.', 'Monday', 'Prices rise 5 percent'],
  ]);
});

describe("a common noun's phrase that ends in a name after a preposition", () => {
  labelCases([
    [
      'Smoke from fires in Quebec in June blanketed New York and much of the east coast.',
      'June',
      'Smoke from fires in Quebec blankets New York',
    ],
    [
      'Flooding across southern Bavaria in June forced thousands from their homes.',
      'June',
      'Flooding across southern Bavaria forces thousands',
    ],
    // negative: a name with its "of" stays the name.
    ['World number two Sabalenka of Belarus beat Gauff on Monday.', 'Monday', 'Sabalenka of Belarus beats Gauff'],
  ]);
});

describe('a distance, with what it is from', () => {
  labelCases([
    [
      "The fire was about 15 kilometres from the city's edge on Thursday evening.",
      'Thursday evening',
      "Fire is about 15 kilometres from the city's edge",
    ],
    ['The ship sank 12 miles from the coast in 1912.', '1912', 'Ship sinks 12 miles from the coast'],
    [
      'In April, the rocket exploded four minutes into its flight.',
      'April',
      'Rocket explodes four minutes into its flight',
    ],
    // negative: "from" after no distance still ends the object.
    ['The firm bought 12 planes from Boeing in 1912.', '1912', 'Firm buys 12 planes'],
  ]);
});

describe('a phrase set off after the subject, opening with a preposition and dated at its end', () => {
  labelCases([
    [
      'The last major strike, against GM in 2019, lasted 40 days and cost the company $3.6 billion.',
      '2019',
      'Last major strike against GM lasts 40 days',
    ],
    ['The final, against Spain in 2010, ended 1-0.', '2010', 'Final against Spain ends 1-0'],
    // negative: a date alone set off is stepped over.
    ['The army, in 2006, ousted the government.', '2006', 'Army ousts the government'],
  ]);
});

describe('"which" after a part or a share of a thing stands for the thing', () => {
  labelCases([
    [
      'The area was spared the worst of Hurricane Michael, which devastated the nearby Panhandle in October 2018.',
      'October 2018',
      'Hurricane Michael devastates the nearby Panhandle',
    ],
    ['The region felt the brunt of the storm, which killed 12 people on Monday.', 'Monday', 'Storm kills 12 people'],
    // negative: a noun before "of" that is no part keeps its phrase.
    ['He met the head of the agency, which cut jobs in May.', 'May', 'Head of the agency cuts jobs'],
  ]);
});

describe('"who" after a noun naming no one and "of" stands for the people after "of"', () => {
  labelCases([
    [
      'Hollywood is paralysed by a strike of actors, who walked off the job in mid-July.',
      'mid-July',
      'Actors walk off the job',
    ],
    ['It followed a protest of the farmers, who blocked roads in May.', 'May', 'Farmers block roads'],
    // Not after a person's role.
    ['Police detained the leader of the rebels, who was killed in May.', 'May', 'Leader of the rebels is killed'],
  ]);
});

describe('a report\'s participle after people counted "of" a noun describes the noun', () => {
  labelCases([
    [
      'In a trial of about 1,800 patients published in November, the drug slowed decline by 27 percent.',
      'November',
      'Trial is published',
    ],
    // (A phrase of four words is said whole, as before.)
    ['A study of 500 women released in May found a link.', 'May', 'Study of 500 women is released'],
  ]);
});

describe('a hyphened word opening with a number in thousands is one word', () => {
  labelCases([
    // "around" before a number is its hedge, no preposition ending the object.
    ['A tremor in 1999 killed around 2,400 people.', '1999', 'Tremor kills around 2,400 people'],
    [
      "Claverie's team revived a 30,000-year-old giant virus in 2014.",
      '2014',
      "Claverie's team revives a 30,000-year-old giant virus",
    ],
    // (Guard: a count in thousands alone, as before.)
    ['The team collected 30,000 samples in 2014.', '2014', 'Team collects 30,000 samples'],
  ]);
});

describe("a race's time is one word of the clause", () => {
  labelCases([
    [
      'Kipchoge, 38, who ran an unofficial 1:59:40 in Vienna in 2019, has won 15 of his 18 marathons.',
      '2019',
      'Kipchoge runs an unofficial 1:59:40',
    ],
    // negative: a clause with no such time is labelled as before.
    [
      'Kipchoge, 38, who ran a fast race in Vienna in 2019, has won 15 of his 18 marathons.',
      '2019',
      'Kipchoge runs a fast race',
    ],
  ]);
});

describe('a day before a plural of mishaps after any preposition names them', () => {
  labelCases([
    ['Velland, the leader behind the September 11 attacks, has been killed.', 'September 11', 'September 11 attacks'],
    ['The victims of the March 11 bombings were honoured.', 'March 11', 'March 11 bombings'],
    // ("the September 11, 2001 attacks": the day names them, with its year or without.)
    [
      'Velland, the leader behind the September 11, 2001 attacks, has been killed.',
      'September 11, 2001',
      'September 11 attacks',
    ],
  ]);
});

describe('the comma inside a date of another happening', () => {
  labelCases([
    [
      'Velland, the mastermind of the September 11, 2001 attacks, has been killed by special forces, officials said late Sunday.',
      'late Sunday',
      'Velland is killed by special forces',
    ],
    [
      'Velland, whose second term ends on January 20, 2017, has already appointed two judges in 2009.',
      '2009',
      'Velland appoints two judges',
    ],
  ]);
});

describe('"been" after a modal\'s perfect', () => {
  labelCases([
    ['The talks could have been the end of hope on Tuesday.', 'Tuesday', 'Talks could have been the end of hope'],
    ['Velland would have been arrested on Tuesday.', 'Tuesday', 'Velland would have been arrested'],
    ['Velland may not have been killed on Tuesday.', 'Tuesday', 'Velland may not have been killed'],
    // negative: the passive with a modal alone.
    ['Velland could not be arrested on Tuesday.', 'Tuesday', 'Velland could not be arrested'],
  ]);
});

describe('a noun in "-ing" after an adjective ends no object ("with swift backing")', () => {
  it('keeps the noun', () => {
    const text =
      'Orvex pledged its loyalty on Thursday, a day after Velland declared himself president with swift backing.';
    const start = text.indexOf('Velland');
    const end = text.length - 1;
    expect(
      labelEvent({ text, sentence: { start, end }, timex: { start: end, end }, anchored: false, entities: [] }).text,
    ).toBe('Velland declares himself president with swift backing');
  });
});

describe("a verb's particle before the noun a relative pronoun stands for", () => {
  labelCases([
    [
      'Orvex seeks to fend off Velmar, which is expected to unveil its new phone next week.',
      'next week',
      'Velmar unveils its new phone',
    ],
  ]);
});

describe('"who" after a body named after "of the"', () => {
  labelCases([
    [
      'Jane Tarvel of the opposition Velmar Party, who narrowly lost to Anna Berg in 2012, is the frontrunner.',
      '2012',
      'Jane Tarvel loses to Anna Berg',
    ],
    // negative: a role before "of" is no name.
    ['The head of the Velmar Party, who resigned in 2014, spoke.', '2014', 'Velmar Party resigns'],
  ]);
});

describe('"who" after a name that ends the phrase before its comma', () => {
  labelCases([
    [
      'Attal, who was education minister until Tuesday, replaces Elisabeth Borne, who resigned on Monday after 20 months.',
      'Monday',
      'Elisabeth Borne resigns',
    ],
    // negative: a name after a preposition is left as before.
    ['He beat Laurent Fabius, who was appointed in 1984.', '1984', 'Laurent Fabius is appointed'],
  ]);
  it('takes the whole recognised name, past a particle and past four words ("Lula da Silva")', () => {
    const text = 'President Luiz Inacio Lula da Silva, who visited the region twice last week, promised federal aid.';
    const lula = (t: string) => [entity(t, 'Luiz Inacio Lula da Silva', 'person', ['Luiz Inacio Lula da Silva'])];
    expect(label(text, 'last week', lula)).toBe('Da Silva visits the region twice');
  });
});

describe("an event noun after a preposition of time, with a people's adjective", () => {
  labelCases([
    [
      'Macron appointed Attal, seeking to revive his term ahead of European elections in June.',
      'June',
      'European elections',
    ],
    // negative: with no such adjective, as before.
    ['The minister quit days before a heavy defeat in 2017.', '2017', 'Heavy defeat'],
  ]);
});

describe('a few quoted words before the noun of an object are part of it', () => {
  labelCases([
    ['The agency issued a "major tsunami" warning on Monday.', 'Monday', 'Agency issues a "major tsunami" warning'],
    [
      'The agency lifted its highest "major tsunami" warning, the first since 2011, several hours later.',
      'several hours later',
      'Agency lifts its highest "major tsunami" warning',
    ],
    // negative: a quotation that ends the object is left out as before.
    ['He called the plan "a disaster" on Monday.', 'Monday', 'He calls the plan'],
  ]);
});

describe('a relative clause without "that" inside the subject', () => {
  labelCases([
    [
      'In March 2011, a 9.0-magnitude quake and the tsunami it triggered killed more than 18,000 people.',
      'March 2011',
      'Tsunami kills more than 18,000 people',
    ],
    ['In 2019, the fire it started destroyed 300 homes.', '2019', 'Fire destroys 300 homes'],
    // negative: a pronoun's own past before no other verb stays the verb.
    ['In 2019, the firm said it triggered the alarm.', '2019', 'Firm says it triggered the alarm'],
  ]);
});

describe("a gerund that is the object's verb", () => {
  labelCases([
    [
      'The deal calls for tripling renewable energy capacity by 2030.',
      '2030',
      'Deal calls for tripling renewable energy capacity',
    ],
    [
      'Nations agreed on Wednesday to begin transitioning away from fossil fuels.',
      'Wednesday',
      'Nations agree to begin transitioning away from fossil fuels',
    ],
    // negative: a gerund after the object ends it, as before.
    ['He announced plans in May, citing costs.', 'May', 'He announces plans'],
  ]);
});

describe('a named happening "of" its year', () => {
  labelCases([
    [
      'The agreement comes eight years after the Paris accord of 2015, under which nations pledged to act.',
      '2015',
      'Paris accord',
    ],
    // negative: a name "of" a year that is no happening is left as before.
    ['He joined the Class of 2019.', '2019', 'He joins the Class'],
  ]);
});

describe('a date after "than" is that of the happening compared with', () => {
  labelCases([
    [
      'The rocket exploded on Saturday, though it flew higher and longer than on its first attempt in April.',
      'April',
      'First attempt',
    ],
    // negative: a thing that is no happening is left as before.
    ['Prices rose faster than the target in May.', 'May', 'Prices rise faster than the target'],
  ]);
});

describe('an object "him" or "her" stands for the person the sentence names last', () => {
  it('"… Laurent Fabius, who was 37 when Francois Mitterrand appointed him in 1984"', () => {
    const text =
      'He becomes the youngest prime minister, beating Laurent Fabius, who was 37 when Francois Mitterrand appointed him in 1984.';
    const people = (t: string) => [
      entity(t, 'Laurent Fabius', 'person', ['Laurent Fabius']),
      entity(t, 'Francois Mitterrand', 'person', ['Francois Mitterrand']),
    ];
    expect(label(text, '1984', people)).toBe('Mitterrand appoints Fabius');
  });
  it('negative: with no other person named, the pronoun stays', () => {
    expect(label('Police said they arrested him on Monday.', 'Monday')).toBe('Police arrest him');
  });
  it('negative: nor when a person owns the subject, whom it stands for', () => {
    const text = "Velland's poor debate with Orvex on June 27 triggered calls for him to quit.";
    const people = (t: string) => [
      entity(t, 'Velland', 'person', ['Velland']),
      entity(t, 'Orvex', 'person', ['Orvex']),
    ];
    expect(label(text, 'June 27', people)).toBe("Velland's poor debate triggers calls for him to quit");
  });
  it('negative: nor when the person opens the label, capitalised there', () => {
    const text = "Norvia's Ana da Costa congratulated him on Monday.";
    const people = (t: string) => [
      entity(t, 'Norvia', 'place', ['Norvia']),
      entity(t, 'Ana da Costa', 'person', ['Ana da Costa']),
    ];
    expect(label(text, 'Monday', people)).toBe('Da Costa congratulates him');
  });
});

describe("a place's or body's possessive before a person's name goes as a title does", () => {
  it('"US President Tom Velland and Norvia\'s Ana da Costa congratulated him"', () => {
    const text = "US President Tom Velland and Norvia's Ana da Costa congratulated him on Monday.";
    const people = (t: string) => [
      entity(t, 'US', 'place', ['US']),
      entity(t, 'Tom Velland', 'person', ['Tom Velland']),
      entity(t, 'Norvia', 'place', ['Norvia']),
      entity(t, 'Ana da Costa', 'person', ['Ana da Costa']),
    ];
    expect(label(text, 'Monday', people)).toBe('Velland and da Costa congratulate him');
  });
  it('"Tom Velland and Orvex\'s Mara Tarbut" (a body\'s)', () => {
    const text = "Tom Velland and Orvex's Mara Tarbut signed the deal on Monday.";
    const people = (t: string) => [
      entity(t, 'Tom Velland', 'person', ['Tom Velland']),
      entity(t, 'Orvex', 'organization', ['Orvex']),
      entity(t, 'Mara Tarbut', 'person', ['Mara Tarbut']),
    ];
    expect(label(text, 'Monday', people)).toBe('Velland and Tarbut sign the deal');
  });
});

describe('a gerund set off by a comma after a verb whose object does it', () => {
  labelCases([
    [
      'The judge convicted him on one of three charges, for firing a gun in a crowded restaurant in January 2013.',
      'January 2013',
      'He fires a gun',
    ],
  ]);
});

describe('a court\'s step after "ahead of" or "pending", with no article', () => {
  labelCases([
    ['The judge ordered Velland remanded in custody ahead of sentencing on March 11.', 'March 11', 'Sentencing'],
    ['He was jailed pending trial in May.', 'May', 'Trial'],
  ]);
});

describe('an occasion after "ahead of the", names before its noun', () => {
  labelCases([
    [
      'The Paris CAC 40 slipped 0.2 percent in thin trading ahead of the US Independence Day holiday on Friday.',
      'Friday',
      'US Independence Day holiday',
    ],
  ]);
  // (Not a noun of no occasion: the clause labels it.)
  labelCases([['Shares slipped ahead of the Velland Group report on Friday.', 'Friday', 'Shares slip']]);
});

describe('a second date after "and" and a verb of the same form as the first', () => {
  labelCases([
    [
      'The country aims to cut emissions by half by 2030 and reach net zero by 2050.',
      '2050',
      'Country aims to reach net zero',
    ],
    [
      'The deal calls for tripling renewable energy capacity by 2030 and reaching net zero emissions by 2050.',
      '2050',
      'Deal calls for reaching net zero emissions',
    ],
    // negative: a first date's verb with no "to" or "for" governing it is left as before.
    ['Sales rose in 2022 and fell in 2023.', '2023', 'Sales fall'],
    // negative: a past after "and" is a clause of its own, and "for" before a noun governs no verb.
    ['He was treated for cancer in 2003 and underwent heart surgery in 2012.', '2012', 'He undergoes heart surgery'],
    ['He was jailed for fraud in 2003 and won the title in 2012.', '2012', 'He wins the title'],
  ]);
});

describe('an aside opening with a hyphened participle ("co-founded")', () => {
  labelCases([
    [
      'The company, co-founded by chief executive Jensen Huang in 1993, was worth less than $1 trillion as recently as May last year.',
      'May last year',
      'Company is worth less than $1 trillion',
    ],
    [
      'The company, founded by chief executive Jensen Huang in 1993, was worth less than $1 trillion in May.',
      'May',
      'Company is worth less than $1 trillion',
    ],
  ]);
});

describe('an object cut at its length drops the participle that led to the phrase left out', () => {
  labelCases([
    [
      "Britain's medicines regulator on Thursday approved the world's first treatment based on the CRISPR gene-editing tool.",
      'Thursday',
      "Britain's medicines regulator approves the world's first treatment",
    ],
    // (Not a participle that is the object's predicate, cut before its own preposition's phrase is reached.)
    [
      'The truce in November 2023 saw 105 hostages freed in exchange for 240 prisoners.',
      'November 2023',
      'Truce sees 105 hostages freed',
    ],
  ]);
});

describe('a subject described by the state it was left in, and a clause "after" opens inside it', () => {
  labelCases([
    ['Six workers missing after the crash were found on Tuesday.', 'Tuesday', 'Six workers are found'],
    [
      'Six workers missing after the crash are presumed dead, officials said on Tuesday.',
      'Tuesday',
      'Six workers are presumed dead',
    ],
    [
      'Six construction workers missing after a container ship struck and brought down a major bridge in Baltimore are presumed dead, US officials said on Tuesday night, as divers searched the river.',
      'Tuesday night',
      'Six construction workers are presumed dead',
    ],
    ['After the storm hit, the ferry sank near the port, officials said on Tuesday.', 'Tuesday', 'Ferry sinks'],
    // (A main verb before the clause "after" opens stays the main one.)
    [
      'A ship struck the bridge after the storm hit the port, officials said on Tuesday.',
      'Tuesday',
      'Ship strikes the bridge',
    ],
  ]);
});

describe('a relative clause in the subject ends before the main verb, officials said', () => {
  labelCases([
    [
      'Six workers who plunged into the river when a cargo ship knocked down the bridge are presumed dead, officials said Tuesday.',
      'Tuesday',
      'Six workers are presumed dead',
    ],
    ['The workers who plunged into the river died, officials said on Tuesday.', 'Tuesday', 'Workers die'],
    ['The workers who said they were tired are safe, officials said on Tuesday.', 'Tuesday', 'Workers are safe'],
    // (Verbs joined by "and" inside the relative clause stay in it, and so does the subject set off by commas.)
    [
      'Quincy Lamb, the producer who worked with Sinatra and won 28 awards, has died, his family said on Monday.',
      'Monday',
      'Quincy Lamb dies',
    ],
  ]);
});

describe('what "whose" owns is the name before it', () => {
  it.each([
    [
      'Manager Gareth Southgate, whose contract runs until December, said he would take time to decide his future.',
      'December',
      'Gareth Southgate',
      ['Gareth Southgate', 'Southgate'],
      "Southgate's contract runs",
    ],
    [
      'Tina Turner, whose debut album sold ten million copies in 1984, died on Friday.',
      '1984',
      'Tina Turner',
      ['Tina Turner'],
      "Turner's debut album sells ten million copies",
    ],
  ])('%s (%s)', (text, date, name, forms, expected) => {
    expect(label(text, date, (t) => [entity(t, name, 'person', forms)])).toBe(expected);
  });
  it('negative: after a common noun, the noun alone ("The singer, whose debut album …")', () => {
    expect(label('The singer, whose debut album sold ten million copies in 1984, died on Friday.', '1984')).toBe(
      'Debut album sells ten million copies',
    );
  });
});

describe('a happening dated by a phrase of its own', () => {
  it('a named event right before a length "ago" is what it dates', () => {
    const text = 'Tornadoes hit a region still recovering from Hurricane Helene two weeks ago.';
    expect(label(text, 'two weeks ago', (t) => [entity(t, 'Hurricane Helene', 'event', ['Hurricane Helene'])])).toBe(
      'Hurricane Helene',
    );
  });
  labelCases([
    // What something opened the way for.
    [
      'German Chancellor Olaf Scholz lost a confidence vote on Monday, opening the way for a snap election on February 23.',
      'February 23',
      'Snap election',
    ],
    // A headline's date between a preposition and a happening's noun.
    ["Germany's Scholz loses confidence vote, paving way for February election", 'February', 'Election'],
    // (Not what something is set for: the clause says what.)
    ["Europe's Mars rover finally set for 2028 launch", '2028', "Europe's Mars rover is set"],
  ]);
});

describe('what "which" stands for after "It was …"', () => {
  const nasa = (t: string): Entity[] => [entity(t, 'NASA', 'organization', ['NASA'])];
  it.each([
    ['the fifth test flight of Starship', 'NASA plans to use Starship to land astronauts'],
    ['the fifth test flight of the big rocket', 'NASA plans to use the big rocket to land astronauts'],
  ])('It was %s, which NASA plans to use …', (phrase, expected) => {
    const text = `It was ${phrase}, which NASA plans to use to land astronauts on the Moon later this decade.`;
    expect(label(text, 'later this decade', nasa)).toBe(expected);
  });
  // (A copula's own subject, when it is a noun, is still what the pronoun stands for.)
  labelCases([['The meeting was the last of many which the board held in 2019.', '2019', 'Board holds the meeting']]);
});

describe('"which" after a noun and what it is dealt "with"', () => {
  labelCases([
    [
      'Ishiba argued that he needed to finalise a tariff deal with Washington, which was signed on Thursday.',
      'Thursday',
      'Tariff deal is signed',
    ],
    [
      'He needed to finalise a tariff deal with the United States, which was signed on Thursday.',
      'Thursday',
      'Tariff deal is signed',
    ],
    ['He praised the talks with Iran, which began on Thursday.', 'Thursday', 'Talks begin'],
    ['He welcomed talks with Kabul, which are scheduled to start on Monday.', 'Monday', 'Talks start'],
  ]);
});

describe('"which" after a thing added "to" another', () => {
  labelCases([
    [
      'Voters backed repealing the eighth amendment to the constitution, which was added in 1983.',
      '1983',
      'Eighth amendment is added',
    ],
    ['MPs debated a protocol to the treaty, which was signed in 2004.', '2004', 'Protocol is signed'],
  ]);
});

describe("a reduced passive with its agent, before the clause's own past", () => {
  labelCases([
    [
      'Thousands of pagers and walkie-talkies used by Varsa members exploded on Tuesday.',
      'Tuesday',
      'Thousands of pagers and walkie-talkies explode',
    ],
    [
      'Strikes have risen since last week, when thousands of pagers and walkie-talkies used by Varsa members exploded.',
      'last week',
      'Thousands of pagers and walkie-talkies explode',
    ],
    // (An agent that is a bare plural, after a clause word.)
    [
      'It was the worst attack since 1961, when a bomb planted by opponents of the treaty derailed a train.',
      '1961',
      'Bomb derails a train',
    ],
  ]);
});

describe('a date inside ", only to" and its verb', () => {
  labelCases([
    [
      'The president abruptly cancelled the summit on May 24, only to reinstate it eight days later.',
      'eight days later',
      'President reinstates the summit',
    ],
    ['He resigned in 2010, only to return two years later.', 'two years later', 'He returns'],
    ['They left in 2011, only to come back in 2013.', '2013', 'They come back'],
    // Guard: the main clause's own date keeps its verb.
    [
      'The president abruptly cancelled the summit on May 24, only to reinstate it eight days later.',
      'May 24',
      'President abruptly cancels the summit',
    ],
  ]);
});

describe('a short quotation said, at the date of the saying', () => {
  labelCases([
    [
      'In Sunday\'s vote, 61.3 percent of voters said "No" to the proposals.',
      "Sunday's",
      '61.3 percent of voters say "No"',
    ],
    ['"We can do this," Okafor said at her news conference on Monday.', 'Monday', 'Okafor says "We can do this"'],
    // Guards: a verb of telling keeps who was told; a long quotation is no label.
    ['"It is a good sign," Okafor told reporters on Monday.', 'Monday', 'Okafor tells reporters'],
    [
      '"It is over, and we have lost everything we built over all these years," he said on Friday.',
      'Friday',
      'He comments',
    ],
  ]);
});

describe('a clause a verb of denying reports', () => {
  labelCases([
    ['He denied that he had doped during his comeback in 2009.', '2009', 'He denies doping'],
    // (A connective set off by commas is no word of the clause.)
    ['The rider denied, however, that he had doped in 2009.', '2009', 'Rider denies doping'],
    ['The company denied it had paid bribes in 2010.', '2010', 'Company denies paying bribes'],
    ['He denied he had been paid by the firm in 2008.', '2008', 'He denies being paid by the firm'],
    ['Police denied that protesters had been shot in May.', 'May', 'Police deny protesters are shot'],
    // Guards: a denial's own object, and a clause no denial reports.
    ['The minister denied the claims in 2007.', '2007', 'Minister denies the claims'],
    ['She said, however, that she had won in 2008.', '2008', 'She wins'],
  ]);
});

describe('a political wing after a word of degree', () => {
  labelCases([
    [
      'Its leader, whose radical left Velport party swept to power in January, hailed the result.',
      'January',
      'Radical left Velport party sweeps to power',
    ],
    ['The far right won in May.', 'May', 'Far right wins'],
    // Guard: "left" after a noun is still a verb.
    ['The storm left thousands homeless in April.', 'April', 'Storm leaves thousands homeless'],
  ]);
});

describe('a participle after "the" and a count', () => {
  labelCases([
    // ("the 272 needed for a majority" describes the count: the gerund's subject is the main clause's.)
    [
      'The party won 240 seats, well short of the 272 needed for a majority, after winning 303 in 2019.',
      '2019',
      'Party wins 303',
    ],
  ]);
});

describe("a possessive's happening after a preposition of time", () => {
  labelCases([
    [
      'Ishiba said on Sunday he would step down, less than a year after taking office, following his ruling coalition’s loss of its upper house majority in July.',
      'July',
      'Ruling coalition loses its upper house majority',
    ],
    ["He resigned after the party's defeat in July.", 'July', 'Party is defeated'],
    // (Not a name's, which rule 1c or the clause says; nor a passive with an object.)
    ["He resigned after the party's defeat of the bill in July.", 'July', 'He resigns'],
  ]);
});

describe('the end of an object: a term in quotation marks, a length of time after it', () => {
  labelCases([
    [
      'A submersible that vanished on a dive suffered a "catastrophic implosion" that killed all five people on board, the coast guard said on Thursday.',
      'Thursday',
      'Submersible suffers a catastrophic implosion',
    ],
    // After the article and words of size, or before the sentence's full stop.
    [
      'The government inherited a £22 billion "black hole" on Monday.',
      'Monday',
      'Government inherits a £22 billion black hole',
    ],
    ['On Monday the government inherited a "black hole".', 'Monday', 'Government inherits a black hole'],
    // (Guard: a quotation holding its own article is said of the object, and is no part of it.)
    ['He called the plan "a disaster" on Monday.', 'Monday', 'He calls the plan'],
    [
      'The vessel lost contact with its support ship about an hour and 45 minutes into its descent on Sunday morning.',
      'Sunday morning',
      'Vessel loses contact with its support ship',
    ],
    [
      'The rocket lost contact with its ground station two minutes into its flight on Sunday.',
      'Sunday',
      'Rocket loses contact with its ground station',
    ],
    // A participle left at the end by a gerund's cut goes too.
    [
      "French police have arrested two men suspected of taking part in last weekend's theft, the prosecutor said on Sunday.",
      'Sunday',
      'French police arrest two men',
    ],
    // (Not before the date's own preposition.)
    ['The union wants to have the strike banned on Tuesday.', 'Tuesday', 'Union wants to have the strike banned'],
    // So in a place phrase.
    [
      'The first test, in April 2023, ended in an explosion four minutes after lift-off.',
      'April 2023',
      'Test ends in an explosion',
    ],
    // (A count of days after a preposition stays: it is the object's own phrase.)
    [
      'He won six stages over the three weeks, including three in a row in the Alps last week.',
      'last week',
      'He wins six stages over the three weeks',
    ],
  ]);
});

describe('a day declared one of mourning', () => {
  labelCases([
    ['President Joe Biden declared January 9 a national day of mourning.', 'January 9', 'National day of mourning'],
    ['The government made Friday a public holiday.', 'Friday', 'Public holiday'],
  ]);
});

describe('a participle after a title in quotation marks that a verb takes', () => {
  labelCases([
    ['The album follows "Midnights", released in April 2022.', 'April 2022', '"Midnights" is released'],
    [
      'The album follows "The Tortured Poets Department", released in April last year, and her record-breaking Eras Tour, which ended in December.',
      'April last year',
      '"The Tortured Poets Department" is released',
    ],
  ]);
});

describe('"it" in an aside after the noun phrase a sentence opens with', () => {
  it('stands for that noun phrase, by its name when it has one', () => {
    const text =
      'The nearby town of Grindavik, home to about 3,800 people before it was evacuated in November last year, was cleared again.';
    expect(label(text, 'November last year', (t) => [entity(t, 'Grindavik', 'place', ['Grindavik'])])).toBe(
      'Grindavik is evacuated',
    );
  });
  labelCases([
    ['The old bridge, closed since it was damaged in 2019, will reopen.', '2019', 'Old bridge is damaged'],
    // (Not when a verb comes before it: "it" is that clause's.)
    ['The firm said it had lost $6 billion in 2022.', '2022', 'Firm loses $6 billion'],
  ]);
});

describe('a verb after "and" shares the subject of the finite verb before it', () => {
  labelCases([
    // Past an infinitive's verb that another verb takes.
    [
      'Prosecutors said the plot included plans to kill the president and culminated in the riots in Brasilia on January 8, 2023.',
      'January 8, 2023',
      'Plot culminates in the riots',
    ],
    // Past a relative clause set off before the "and".
    [
      'Prosecutors said the plot included plans to kill the president, who defeated him in the runoff, and culminated in the riots on January 8, 2023.',
      'January 8, 2023',
      'Plot culminates in the riots',
    ],
    // "culminated" has no passive.
    [
      'Prosecutors said the plot culminated in the riots on January 8, 2023.',
      'January 8, 2023',
      'Plot culminates in the riots',
    ],
    // (A verb joined with no relative clause before its comma keeps the main subject.)
    [
      'Analysts said the package would help growth, and expected a rate cut in June.',
      'June',
      'Analysts expect a rate cut',
    ],
  ]);
});

describe('a plural after a capitalised word, before a past', () => {
  labelCases([
    [
      'Assad fled to Moscow after Islamist-led rebels seized Damascus on Sunday.',
      'Sunday',
      'Islamist-led rebels seize Damascus',
    ],
    // (A present after a name, before a plain word, is still the verb: "before the Fed sets rates".)
    ['Markets waited before the Fed sets rates on Wednesday.', 'Wednesday', 'Fed sets rates'],
  ]);
});

describe('a year inside the object of a verb its day dates', () => {
  labelCases([
    [
      'A Dutch appeals court on Tuesday overturned a landmark 2021 ruling that had ordered Shell to cut its emissions.',
      '2021',
      'Landmark ruling',
    ],
    // (Not a year the verb's own object names with no day of its own: the clause says more.)
    ['The firm said on Monday its revenue for the 2023 season fell by a third.', '2023', 'Revenue falls'],
  ]);
});

describe('a participle describing a noun, an adverb of when between', () => {
  labelCases([
    ['Airbus would reach a rate of 75 jets a month in 2027, a goal first set for 2026.', '2026', 'Goal is set'],
    // ("He first played there in 2001": after a pronoun, "first" is the verb's adverb.)
    ['He first played there in 2001.', '2001', 'He plays there'],
  ]);
});

describe('the first time since a date: the date places the last time before', () => {
  labelCases([
    ['Unemployment rose for the first time since 2020.', '2020', 'Unemployment rises'],
    ['Unemployment rose in 2020.', '2020', 'Unemployment rises'],
    // (Guard: the first of a kind that is no time keeps its noun.)
    ['She won her first French Open title since 2002.', '2002', 'Previous French Open title'],
  ]);
  it('reads a present in a headline after a name with a lower-case word inside it', () => {
    const text = 'Bank of England cuts interest rates for first time since 2020';
    const bank = (t: string) => [entity(t, 'Bank of England', 'organization', ['Bank of England'])];
    expect(label(text, '2020', bank)).toBe('Bank of England cuts interest rates');
  });
});

describe('a pronoun after a title in quotation marks earlier in the clause', () => {
  it('stands for the subject of the verb before, the title being no quotation', () => {
    const text =
      'Celine Dion sang "Hymn to Love" from the Eiffel Tower, her first performance since she was diagnosed with a rare disorder in 2022.';
    const people = (t: string) => [entity(t, 'Celine Dion', 'person', ['Celine Dion'])];
    expect(label(text, '2022', people)).toBe('Dion is diagnosed with a rare disorder');
  });
});

describe('a plural and its plain present of saying, past where they work or after ", and"', () => {
  labelCases([
    [
      'Analysts at Counterpoint Research estimate its market share fell to 15 percent in the second quarter.',
      'the second quarter',
      'Market share falls to 15 percent',
    ],
    [
      'Rivals cut prices, and analysts at Counterpoint estimate its market share fell to 15 percent in the second quarter.',
      'the second quarter',
      'Market share falls to 15 percent',
    ],
    // (Guard: with no place of work, as before.)
    [
      'Analysts estimate its market share fell to 15 percent in the second quarter.',
      'the second quarter',
      'Market share falls to 15 percent',
    ],
  ]);
});

describe('an event noun after "his" or "her" right before the date, opening a clause', () => {
  const khan = (t: string) => [entity(t, 'Imran Khan', 'person', ['Imran Khan'])];
  it("is the deed of the person named last before it ('his arrest' → 'Khan is arrested')", () => {
    const text = 'The court ordered the release of Imran Khan, ruling that his arrest earlier this week was unlawful.';
    expect(label(text, 'earlier this week', khan)).toBe('Khan is arrested');
  });
  it('negative: the object of a verb dates the verb ("announced his resignation on Monday")', () => {
    const text = 'Imran Khan announced his resignation on Monday.';
    expect(label(text, 'Monday', khan)).toBe('Khan announces his resignation');
  });
});

describe('a participle after an owner, and a past after a subject pronoun inside a "without" phrase', () => {
  labelCases([
    // A participle right after an owner's possessive describes the noun after it; the past after the noun is the verb.
    [
      "Boeing's troubled capsule landed in the desert late Friday.",
      'late Friday',
      "Boeing's troubled capsule lands in the desert",
    ],
    // A subject pronoun after "without" and a noun phrase opens a relative clause; that noun phrase is the object.
    [
      'The capsule returned on Friday without the two astronauts it carried to the station in June.',
      'June',
      'Capsule carries the two astronauts to the station',
    ],
    // (Guard: a participle after "without" and a noun describes that noun.)
    ['The capsule returned without the equipment loaded in June.', 'June', 'Equipment is loaded'],
    // A participle after the first past, describing a noun of its phrase, leaves the first the sentence's verb.
    [
      "Tarbut's lunar probe returned to Earth on Tuesday with the first samples ever collected from the far side.",
      'Tuesday',
      "Tarbut's lunar probe returns to Earth",
    ],
    // (Guard: a finite verb after both keeps the first a participle.)
    ['The probe launched on Tuesday with instruments built in Orvex was lost in May.', 'Tuesday', 'Probe is launched'],
  ]);
});

describe('a participle after a plural name that is the object of the verb before it', () => {
  const explorer = (t: string) => [entity(t, 'Explorer', 'organization', ['Explorers'])];
  it('is a passive describing it, plural as the text writes the name', () => {
    const text = 'The regulator said the recall covers Explorers built between 2011 and 2019.';
    expect(label(text, '2011', explorer)).toBe('Explorers are built');
  });
  it('negative: not after a verb of saying, whose clause follows it ("said Democrats voted")', () => {
    expect(label('He said Democrats voted in 2020.', '2020')).not.toMatch(/is voted|are voted/);
  });
});

describe('a singular present after the opening noun phrase: a bare noun and "of", or past a relative aside', () => {
  labelCases([
    // A bare plural after it is its object too.
    ['The recall covers cars built in 2011.', '2011', 'Cars are built'],
    [
      'The company expects revenue of about $32.5 billion in the current quarter.',
      'the current quarter',
      'Company expects revenue of about $32.5 billion',
    ],
    [
      'The company, whose chips power most AI systems, expects revenue of about $32.5 billion in the current quarter.',
      'the current quarter',
      'Company expects revenue of about $32.5 billion',
    ],
  ]);
});

describe("a perfect after an owner's noun is the clause's verb, no event noun's words", () => {
  labelCases([
    [
      "Nvidia's market value has risen more than ninefold since the start of 2023.",
      'the start of 2023',
      "Nvidia's market value rises more than ninefold",
    ],
    // (Guard: an owner's event noun and its words, as before.)
    ["Smith's return to Paris on May 7, 2012 was welcomed.", 'May 7, 2012', 'Smith returns to Paris'],
  ]);
});

describe("a plural's possessive before a capitalised word keeps its apostrophe", () => {
  labelCases([["Thousands marched to Martyrs' Square on Friday.", 'Friday', "Thousands march to Martyrs' Square"]]);
});

describe("an owner's event noun asked for is no happening of its own", () => {
  labelCases([
    ["The court issued a warrant for Okoro's arrest in June.", 'June', "Court issues a warrant for Okoro's arrest"],
    ["Protesters called for Okoro's resignation on Monday.", 'Monday', "Protesters call for Okoro's resignation"],
    [
      "Opposition leaders demanded Okoro's resignation on Monday.",
      'Monday',
      "Opposition leaders demand Okoro's resignation",
    ],
    // (Guard: a noun of what was done.)
    ["Crowds cheered Okoro's resignation on Monday.", 'Monday', 'Okoro resigns'],
  ]);
});

describe("an owner's two nouns of doing: the second is done in the first", () => {
  labelCases([
    [
      "Bitcoin has gained some 45 percent since Trump's election victory on November 5.",
      'November 5',
      'Trump wins the election',
    ],
  ]);
  // Guard: one noun of doing.
  labelCases([["Shares rose after Trump's victory on November 5.", 'November 5', 'Trump wins']]);
});

describe('a name opening the subject before a preposition of place', () => {
  labelCases([
    [
      'Heathrow Airport in the capital London will stay closed until Wednesday.',
      'Wednesday',
      'Heathrow Airport stays closed',
    ],
    // (Guard: a description before a name that ends the phrase says the name.)
    ['World number two Sabalenka of Belarus won on Monday.', 'Monday', 'Sabalenka of Belarus wins'],
  ]);
});

describe('a label cut short by its length', () => {
  labelCases([
    // It does not end on the "up" of an "up to" the cut left.
    [
      'A Hong Kong court on Tuesday sentenced 45 pro-democracy activists to up to 10 years in prison for subversion.',
      'Tuesday',
      'Hong Kong court sentences 45 pro-democracy activists',
    ],
    // (Guard: short enough, "up to" stays whole.)
    [
      'A court on Tuesday sentenced 45 activists to up to 10 years in prison.',
      'Tuesday',
      'Court sentences 45 activists to up to 10 years',
    ],
  ]);
});

describe('a plain verb after "and" shares the "will" or "would" of the verb before it', () => {
  labelCases([
    [
      'Simsek said inflation would start falling in June and drop to around 38 percent by the end of the year.',
      'the end of the year',
      'Inflation will drop to around 38 percent',
    ],
    // (Guard: the first verb keeps its own date.)
    ['Simsek said inflation would fall in June and drop to 38 percent by December.', 'June', 'Inflation will fall'],
    // Before a name too.
    ['He will name a cabinet and meet Okafor next week.', 'next week', 'He will meet Okafor'],
  ]);
});

describe('a plain verb after "and to" shares what the group with "to" before it says', () => {
  labelCases([
    [
      'Okafor is expected to name a new cabinet in the coming weeks and to meet the president at the palace next week.',
      'next week',
      'Okafor meets the president',
    ],
    [
      'The firm plans to cut 500 jobs in March and to close two plants by June.',
      'June',
      'Firm plans to close two plants',
    ],
    // (Guard: the first verb keeps its own date.)
    ['The firm plans to cut 500 jobs in March and to close two plants by June.', 'March', 'Firm plans to cut 500 jobs'],
  ]);
});

describe('a noun of a happening or of an act with "the" before it and "of" and the date after it', () => {
  labelCases([
    [
      'The court removed the president from office, upholding his impeachment over the martial law decree of December 3.',
      'December 3',
      'Martial law decree',
    ],
    ['The rebels rejected the ceasefire agreement of March 2020.', 'March 2020', 'Ceasefire agreement'],
    ['Analysts compared the fall with the crash of October 1987.', 'October 1987', 'Crash'],
    // (Guards: a noun alone that is no mishap, a date's own noun, and a relative clause after the date.)
    ['He recalled the elections of 2019.', '2019', 'He recalls the elections'],
    ['They marked the end of March.', 'March', 'They mark the end'],
    [
      'It was the worst disaster since the landslide of March 2011, which buried a village.',
      'March 2011',
      'Landslide buries a village',
    ],
  ]);
});

describe('a bare noun after "which" and before a past and its article is the relative clause\'s subject', () => {
  it('labels the clause after "two days after" by its own subject', () => {
    const text = 'Okafor was sworn in on Monday, two days after an election in which voters punished the old guard.';
    const start = text.indexOf('an election');
    const end = text.length - 1;
    const got = labelEvent({
      text,
      sentence: { start, end: text.length },
      timex: { start: end, end },
      anchored: false,
      entities: [],
      past: true,
    });
    expect(got.text).toBe('Voters punish the old guard');
  });
  labelCases([
    [
      'In 2019, in a vote in which voters punished the old guard, the party lost.',
      '2019',
      'Voters punish the old guard',
    ],
    // (Guard: a present before a participle and its noun stays the verb.)
    ['The package, which includes expanded benefits, passed in 2019.', '2019', 'Package passes'],
  ]);
});

describe("a plural opening the sentence, then its plain present and a preposition's phrase", () => {
  labelCases([
    [
      'Argentines vote in midterm legislative elections on October 26.',
      'October 26',
      'Argentines vote in midterm legislative elections',
    ],
    // (Guard: a past later in the clause is the verb.)
    ['Traders in Tokyo sold shares on Monday.', 'Monday', 'Traders in Tokyo sell shares'],
  ]);
});

describe("participles listed right after a passive's are one verb with it", () => {
  labelCases([
    [
      'More than 80 people were killed and injured in Haiti last year.',
      'last year',
      'More than 80 people are killed and injured in Haiti',
    ],
    ['Dozens were killed, injured or kidnapped on Monday.', 'Monday', 'Dozens are killed, injured or kidnapped'],
    ['He was arrested and charged with murder on Monday.', 'Monday', 'He is arrested and charged with murder'],
    // (Guard: a past with its own phrase between is a verb of its own.)
    ['The satellite was launched in July and entered orbit in August.', 'August', 'Satellite enters orbit'],
  ]);
});

describe('a date between "his" or "her" and a noun: the noun, its owner kept for events.ts to name', () => {
  labelCases([
    [
      'A court convicted him of conspiring to finance his 2007 election campaign with money.',
      '2007',
      'His election campaign',
    ],
    // (Guard: a title names the work itself.)
    ['Her 1987 novel "Beloved" won the prize.', '1987', 'Novel "Beloved"'],
  ]);
  it("past a range's end year, when no past before it is done in that stretch: all of the stretch", () => {
    const text = 'The court accuses him of killings during his 2016-2022 presidency.';
    expect(label(text, '2016', () => [], true)).toBe('His presidency');
    // (The past of a main clause is none of a relative clause's stretch.)
    const relative =
      'It would have replaced the constitution, which dates back to the 1973-1990 dictatorship of General Augusto Pinochet.';
    expect(label(relative, '1973', () => [], true)).toBe('Dictatorship of General Augusto Pinochet');
    // (After "since", a record's baseline, whatever the clause's tense.)
    const record = 'The blast came as the country endures its worst crisis since the 1975-1990 civil war.';
    expect(label(record, '1975', () => [], true)).toBe('Civil war');
    // (After "after" too: the peace deal came after the war.)
    const war = 'They signed a peace deal in 2018, ending two decades of hostility after a 1998-2000 border war.';
    expect(label(war, '1998', () => [], true)).toBe('Border war');
    // (Guard: "were killed … during his 2016-2022 presidency" dates the killings.)
    expect(label('More than 6,000 people were killed during his 2016-2022 presidency.', '2016', () => [], true)).toBe(
      'More than 6,000 people are killed',
    );
  });
});

describe("a subject's number is its head's, before a participle's phrase", () => {
  labelCases([
    [
      'A military helicopter carrying relief supplies crashed on Friday.',
      'Friday',
      'Helicopter carrying relief supplies crashes',
    ],
    // A plural head before a singular object.
    ['Trucks carrying aid crossed the border on Friday.', 'Friday', 'Trucks carrying aid cross the border'],
    // And before a phrase of place the label keeps.
    ['The two dams above the city collapsed late on Sunday.', 'Sunday', 'Dams above the city collapse'],
  ]);
});

describe('a date closing the phrase of "over" or "for", the clause dated by a day of its own before it', () => {
  labelCases([
    [
      'A court on Monday sentenced the former leader to death over a deadly crackdown on a student-led uprising last year.',
      'last year',
      'Deadly crackdown on a student-led uprising',
    ],
    ['Police on Monday arrested a man over a stabbing last week.', 'last week', 'Stabbing'],
    // (Guard: with no day of its own, the clause is dated there.)
    ['Police arrested a man over a stabbing last week.', 'last week', 'Police arrest a man'],
    // A plural with no article after ", following" or ", amid", the clause dated by a month or a year of its own.
    ['The government fell on Monday, following mass protests in March.', 'March', 'Mass protests'],
    ['Talks collapsed in May, amid strikes and protests in April.', 'April', 'Strikes and protests'],
    // (Guard: with no date of its own, the clause is dated there.)
    ['Police arrested a man, following protests in March.', 'March', 'Police arrest a man'],
  ]);
  it('so is a date counted from the clause\'s ("following huge protests the year before")', () => {
    const text = 'The law came in June 2020, following huge and sometimes violent protests the year before.';
    expect(label(text, 'the year before', () => [], true)).toBe('Huge and sometimes violent protests');
  });
});

describe('the "that" of "It is the second time since … that" opens the clause, no relative one', () => {
  labelCases([
    [
      'It is only the second time since the founding of the republic that the economy has shrunk for two years in a row, after 2002 and 2003.',
      '2002',
      'Economy shrinks for two years',
    ],
  ]);
});

describe('a change after "after a" and its amount, dated: the change, not the clause', () => {
  labelCases([
    [
      'Gross domestic product fell 0.2 percent last year after a 0.3 percent decline in 2023, the agency said.',
      '2023',
      '0.3 percent decline',
    ],
    ['Sales rose 5 percent after a 3 percent fall in 2023.', '2023', '3 percent fall'],
  ]);
});

describe("a possessive's noun with a past right after it is a clause's subject, no possessive event", () => {
  labelCases([
    [
      "Kenya's parliament re-elected the speaker as its chair on Friday.",
      'Friday',
      "Kenya's parliament re-elects the speaker as its chair",
    ],
  ]);
});

describe('"it is the …" after a verb of saying says what a thing is, and stands for no speaker', () => {
  it('keeps "It" for "the agency said it was the last total eclipse … until 2044"', () => {
    const text = 'The agency said it was the last total eclipse visible from the country until 2044.';
    expect(label(text, '2044', () => [], false, true)).toBe('It is the last total eclipse visible');
    // (Guard: "said it would cut" stands for the speaker.)
    expect(label('The company said it would cut 500 jobs in 2023.', '2023', () => [], false, false, true)).toBe(
      'Company cuts 500 jobs',
    );
  });
});

describe('an aside opening with a participle that holds the date', () => {
  // The subject is the noun before the aside, for the aside's gerund and for the main verb after it.
  labelCases([
    [
      'The president-elect, making his first trip abroad since winning the November 5 election, met the prime minister and the Ukrainian president.',
      'November 5',
      'President-elect wins the election',
    ],
    [
      'Sanchez, speaking in Madrid on Monday, declared a state of emergency.',
      'Monday',
      'Sanchez declares a state of emergency',
    ],
    [
      'The minister, returning from Brussels on Monday, announced new measures.',
      'Monday',
      'Minister announces new measures',
    ],
    ['Smith, having won the race in 2019, retired last year.', '2019', 'Smith wins the race'],
  ]);
  // Guard: an aside of a place and a time after "in" still leaves the subject before it.
  labelCases([
    [
      'The crashes, in Indonesia in October 2018 and Ethiopia in March 2019, killed 346 people.',
      'October 2018',
      'Crashes kill 346 people',
    ],
  ]);
});

describe('a second verb joined by ", and" opens no aside', () => {
  labelCases([
    [
      'The company reported a loss in the third quarter, and announced in August that it would cut 15 percent of its workforce, or about 15,000 jobs.',
      'August',
      'Company announces it will cut 15 percent of its workforce',
    ],
  ]);
  // Guard: a participle aside after a noun is still one.
  labelCases([['The painting, stolen in 2010, was found in a barn.', '2010', 'Painting is stolen']]);
});

describe('a person whose name is a plural word takes a singular verb', () => {
  it('"Madison Keys … beat" gives "Keys beats"', () => {
    const text = 'On Saturday, Madison Keys of the United States beat the defending champion to win the title.';
    const people = (t: string) => [entity(t, 'Madison Keys', 'person', ['Madison Keys'])];
    expect(label(text, 'Saturday', people)).toBe('Keys beats the defending champion to win the title');
  });
  it('guard: a plural noun that names no one keeps its plural', () => {
    expect(label('On Saturday, the keys opened the vault.', 'Saturday')).toBe('Keys open the vault');
  });
});

describe('an appositive "one of …" after the subject, and "and again" after a participle', () => {
  labelCases([
    [
      'The volcano, one of a pair known locally as the "husband and wife" mountains, had erupted in January.',
      'January',
      'Volcano erupts',
    ],
    ['The island, home to 5,000 people, was hit by the storm on Monday.', 'Monday', 'Island is hit by the storm'],
    [
      'The volcano erupted in January, forcing the evacuation of 6,000 people, and again in late October.',
      'late October',
      'Volcano erupts again',
    ],
  ]);
  // Guard: a participle's own date keeps the participle.
  labelCases([
    [
      'The volcano erupted overnight, forcing the evacuation of 6,000 people in late October.',
      'late October',
      'Volcano forces the evacuation of 6,000 people',
    ],
  ]);
});

describe('an adverb that says a deed did not go all the way stays with it', () => {
  labelCases([
    [
      'The cathedral reopened on Saturday, years after a fire that nearly destroyed the masterpiece in 2019.',
      '2019',
      'Fire nearly destroys the masterpiece',
    ],
    [
      'The region, which almost ran out of water in 2019, has new reservoirs.',
      '2019',
      'Region almost runs out of water',
    ],
    ['The drought almost emptied the reservoir in 2019.', '2019', 'Drought almost empties the reservoir'],
  ]);
  // Guard: an adverb that leaves the deed whole is dropped, as in a main clause.
  labelCases([['The leader, who narrowly lost the 2022 election, spoke.', '2022', 'Leader loses the election']]);
});

describe('a present after a relative aside, and "as many as"', () => {
  labelCases([
    [
      'The cathedral expects as many as 15 million visitors in 2025.',
      '2025',
      'Cathedral expects as many as 15 million visitors',
    ],
    [
      'The cathedral, which drew 12 million visitors a year before the fire, expects 15 million in 2025.',
      '2025',
      'Cathedral expects 15 million',
    ],
    [
      'The first mass will be held on Sunday, and the cathedral, which drew 12 million visitors a year, expects 15 million in 2025.',
      '2025',
      'Cathedral expects 15 million',
    ],
  ]);
  // Guard: "as" opening a clause still has its present ("as profit slumps").
  labelCases([['Shares fell on Monday as second-quarter profit slumps.', 'Monday', 'Shares fall']]);
});

describe('"to and from" inside the subject', () => {
  labelCases([
    ['Flights to and from the airport were suspended on Monday.', 'Monday', 'Flights are suspended'],
    ['Traffic in and around the city was halted on Monday.', 'Monday', 'Traffic is halted'],
  ]);
  // Guard: a subject with "and" between two names is shortened as before.
  labelCases([['Trains between Lyon and Paris were cancelled on Monday.', 'Monday', 'Trains are cancelled']]);
});

describe('"them" standing for the object of a gerund', () => {
  labelCases([
    [
      'The central bank, which began cutting its own rates in September, is expected to lower them again next week.',
      'next week',
      'Central bank lowers rates again',
    ],
  ]);
  // Guard: a plain object before it is still the noun.
  labelCases([
    ['The bank raised its rates in June and is expected to lower them next week.', 'next week', 'Bank lowers rates'],
  ]);
});

describe('a gerund after the censure or the apology it drew', () => {
  labelCases([
    [
      'The regional leader has come under fire for sending a phone alert to residents only after 8:00 pm on Tuesday.',
      '8:00 pm on Tuesday',
      'Regional leader sends a phone alert to residents',
    ],
    ['The minister came under fire for approving the deal in March.', 'March', 'Minister approves the deal'],
    ['The airline apologised for delaying the flights on Monday.', 'Monday', 'Airline delays the flights'],
  ]);
  // Guard: the censure's own date is the censure's.
  labelCases([['The minister came under fire on Monday for his remarks.', 'Monday', 'Minister comes under fire']]);
});

describe('a counted noun in "-s", and a word in "-ing" qualifying a noun', () => {
  labelCases([
    [
      'The two companies aim to set up a joint holding company in August 2026.',
      'August 2026',
      'Two companies aim to set up a joint holding company',
    ],
    ['The firm announced a new operating system in March.', 'March', 'Firm announces a new operating system'],
    // After two qualifying words too.
    [
      'Toyota reported a record annual operating profit on Wednesday.',
      'Wednesday',
      'Toyota reports a record annual operating profit',
    ],
  ]);
  // Guard: a participle clause after a comma still ends the object.
  labelCases([['The firm cut 500 jobs, closing plants in March.', 'March', 'Firm closes plants']]);
});

describe('"since" a happening with its place, and a phrase of its own after the date', () => {
  labelCases([
    [
      'The firm has been in crisis since the arrest of its chairman in November 2018 on charges of fraud.',
      'November 2018',
      'Arrest of its chairman',
    ],
    ['Since the death of his father in Paris in 2011, he has run the firm.', '2011', 'Death of his father'],
  ]);
  // Guard: a clause after the date keeps the clause's verb.
  labelCases([['The firm has grown since the merger in 2018 and now employs 500 people.', '2018', 'Merger']]);
});

describe('"drowned" after a noun is a past', () => {
  labelCases([
    [
      'A man died on Monday, and two people drowned in the sea over the weekend.',
      'the weekend',
      'Two people drown in the sea',
    ],
  ]);
  // Guard: a participle that is no intransitive past still describes the noun ("were found", "buildings damaged").
  labelCases([
    ['Rescuers found two people trapped in the rubble on Monday.', 'Monday', 'Two people are trapped in the rubble'],
  ]);
});

describe('two words of a region before one name, in the object', () => {
  labelCases([
    [
      'A scorching heatwave tightened its grip on southern and western Europe on Tuesday.',
      'Tuesday',
      'Scorching heatwave tightens its grip on southern and western Europe',
    ],
    ['The storm hit northern and central Italy on Tuesday.', 'Tuesday', 'Storm hits northern and central Italy'],
  ]);
  // Guard: "and" between two other words still ends the object.
  labelCases([['The storm hit homes and schools on Tuesday.', 'Tuesday', 'Storm hits homes']]);
});

describe('an occasion of a few words after "before the", dated right after', () => {
  labelCases([
    [
      'Athletes will compete in 329 events over the next 16 days, before the closing ceremony on August 11.',
      'August 11',
      'Closing ceremony',
    ],
    ['Leaders will meet again ahead of the annual summit in June.', 'June', 'Annual summit'],
  ]);
  // Guard: a thing that is no occasion keeps the clause.
  labelCases([['The firm cut jobs before the annual report on Friday.', 'Friday', 'Firm cuts jobs']]);
});

describe('the Games take a plural verb', () => {
  it('"The Paris Olympics opened" gives "Paris Olympics open"', () => {
    const text = 'The Paris Olympics opened on Friday with a ceremony.';
    const games = (t: string) => [entity(t, 'Paris Olympics', 'event', ['Paris Olympics'])];
    expect(label(text, 'Friday', games)).toBe('Paris Olympics open');
  });
  it('guard: a name in "-s" of one thing keeps the singular', () => {
    const text = 'Reuters opened a bureau in Kyiv on Friday.';
    const agency = (t: string) => [entity(t, 'Reuters', 'organization', ['Reuters'])];
    expect(label(text, 'Friday', agency)).toBe('Reuters opens a bureau');
  });
});

describe("the level a measure fell from, with the measure's own date between", () => {
  labelCases([
    [
      'Net income fell to $409 million in the January-March period, from $1.39 billion a year earlier.',
      'a year earlier',
      'Net income stands at $1.39 billion',
    ],
  ]);
  // Guard: with no "from" the clause is the fall.
  labelCases([
    [
      'Net income fell to $409 million in the January-March period.',
      'the January-March period',
      'Net income falls to $409 million',
    ],
  ]);
});

describe("an infinitive and its object right after the subject's noun", () => {
  labelCases([
    [
      'The last quake of similar strength to hit the country, in 1912, killed hundreds of people.',
      '1912',
      'Last quake kills hundreds of people',
    ],
    ['The decision to close the plant in 2019 angered workers.', '2019', 'Decision angers workers'],
  ]);
  // Guards: "to" and an article after a noun is a preposition's phrase; after "wanted", an infinitive the verb takes.
  labelCases([
    ['The road to the city was closed in 2019.', '2019', 'Road to the city is closed'],
    ['He wanted to hit the country in 2019.', '2019', 'He wants to hit the country'],
  ]);
});

describe('a date still to come after a relative clause without "that" inside the object', () => {
  it('"He will cut the hours he works from next month": the cut (a date still to come)', () => {
    expect(label('He will cut the hours he works from next month.', 'next month', () => [], false, true)).toBe(
      'He cuts the hours he works',
    );
  });
  // Guard: a past one keeps the clause's verb ("a speech Gandhi gave at a rally in April 2019").
  labelCases([
    [
      'He recalled the speech Gandhi gave at a rally in April 2019.',
      'April 2019',
      'Gandhi gives the speech at a rally',
    ],
  ]);
});

describe('a word in "-ing" after an owner qualifies the noun, which says the number', () => {
  labelCases([
    [
      "The player's glittering career came to an end on Tuesday.",
      'Tuesday',
      "Player's glittering career comes to an end",
    ],
  ]);
  // Guard: a participle's phrase after the noun is still cut off ("Helicopter carrying relief supplies crashes").
  labelCases([
    [
      'A helicopter carrying relief supplies crashed on Monday.',
      'Monday',
      'Helicopter carrying relief supplies crashes',
    ],
  ]);
});

describe('a word qualifying a plural noun after "which", and a length of time "late"', () => {
  labelCases([
    ['The goal, which rich countries met in 2022, was raised.', '2022', 'Rich countries meet the goal'],
    ['The train arrived two hours late on Monday.', 'Monday', 'Train arrives'],
  ]);
  // Guards: a relative clause closed before the date leaves the date to the main clause; a length served is an
  // object.
  labelCases([
    [
      'The deal triples the previous goal of $100 billion a year, which rich countries met two years late, in 2022.',
      '2022',
      'Deal triples the previous goal',
    ],
    ['He served two years in prison from 2010.', '2010', 'He serves two years'],
  ]);
});

describe('a gerund after a verb of intent with an object and "to"', () => {
  labelCases([
    ['The bank expected inflation to peak in September before easing next year.', 'next year', 'Inflation eases'],
  ]);
  // Guard: with no object, the verb's subject does it.
  labelCases([['The firm expects to hire staff before opening in May.', 'May', 'Firm opens']]);
});

describe('a past and its particle that no one does to another, after a noun', () => {
  labelCases([['Teachers and nurses walked out on Monday.', 'Monday', 'Teachers and nurses walk out']]);
  // Guard: one that is done to a thing stays a passive ("a sentence handed down last year").
  labelCases([['A sentence handed down last year was upheld.', 'last year', 'Sentence is handed down']]);
});

describe('a verb after ", and" shares the main clause\'s pronoun, not a clause inside', () => {
  labelCases([
    [
      'She faces an early test when the president visits Tokyo next week, and has promised to raise spending by March.',
      'March',
      'She promises to raise spending',
    ],
  ]);
  // Guard: a named main subject is shared as before.
  labelCases([
    [
      'The minister faces a test when the president visits next week, and has promised to raise spending by March.',
      'March',
      'Minister promises to raise spending',
    ],
  ]);
});

describe('relative clauses: a name as their subject, a place after "be", a claimed deed', () => {
  labelCases([
    // A capitalised word after "which" is the clause's subject, no verb.
    ['They fought for the city of Mosul, which Iraq captured in May.', 'May', 'Iraq captures Mosul'],
    // After "was" and a preposition, the pronoun stands for the noun before it, not for the copula's subject.
    [
      'Vance was on the passenger list of a private jet that crashed north of Tver on Wednesday, killing all ten people on board.',
      'Wednesday',
      'Private jet crashes north of Tver',
    ],
    ['He was on board a jet that crashed on Wednesday.', 'Wednesday', 'Jet crashes'],
    // "claimed to have" and a participle: the claim is said.
    [
      'Fighters took part in the battle for the northern Iraqi city of Mosul, which Iraq claimed to have captured in May.',
      'May',
      'Iraq claims to have captured Mosul',
    ],
    ['The group claimed to have shot down a drone on Monday.', 'Monday', 'Group claims to have shot down a drone'],
    // So are "appear" and "seem" before "to have" and a participle: a deed that only seems done.
    ['The harpoons appear to have failed on Thursday.', 'Thursday', 'Harpoons appear to have failed'],
    ['The talks seem to have stalled on Friday.', 'Friday', 'Talks seem to have stalled'],
    ['The probe appeared to have landed on Saturday.', 'Saturday', 'Probe appears to have landed'],
  ]);
  // Guard: a noun after "was" stands for the copula's subject.
  labelCases([['The meeting was the last of many which took place in 2019.', '2019', 'Meeting takes place']]);
});

describe('a count after "of" says how big the noun a relative pronoun stands for is', () => {
  labelCases([
    [
      'The eruption began some four kilometres northeast of Grindavik, a fishing town of about 4,000 people that was evacuated in November.',
      'November',
      'Fishing town is evacuated',
    ],
    ['They live in a village of 300 people that was flooded in May.', 'May', 'Village is flooded'],
  ]);
  // Guards: people counted after a preposition, and the noun after "of" and its article.
  labelCases([
    ['He talked with about 300 people who had fled in May.', 'May', '300 people flee'],
    ['The pilots of the jet that crashed in May were experienced.', 'May', 'Jet crashes'],
  ]);
});

describe('a word in "-ing" between an article and a name qualifies the name', () => {
  labelCases([
    [
      'Rishi Sunak will become prime minister after winning the race to lead the governing Conservative Party on Monday, replacing Liz Truss.',
      'Monday',
      'Rishi Sunak wins the race to lead the governing Conservative Party',
    ],
    [
      'He joined talks with the ruling African National Congress on Monday.',
      'Monday',
      'He joins talks with the ruling African National Congress',
    ],
  ]);
});

describe('"shortly before" or "just after" a date is the date\'s', () => {
  labelCases([
    ['Flight JL516 landed at Haneda shortly before 6:00 pm.', '6:00 pm', 'Flight JL516 lands at Haneda'],
    ['The plane landed in Tokyo just after midnight.', 'midnight', 'Plane lands in Tokyo'],
    ['He won the race shortly before 6:00 pm.', '6:00 pm', 'He wins the race'],
  ]);
});

describe("a relative clause inside the subject after the date is not the date's clause", () => {
  labelCases([
    [
      'Argentina has been a democracy since 1983, when the military dictatorship that ruled for seven years handed over power.',
      '1983',
      'Military dictatorship hands over power',
    ],
    [
      'In 1983 the military dictatorship that ruled for seven years handed over power.',
      '1983',
      'Military dictatorship hands over power',
    ],
    ['In 1983 the junta, which ruled for seven years, handed over power.', '1983', 'Junta hands over power'],
  ]);
  // Guard: with no verb after it, the relative clause's verb is the one there is.
  labelCases([['In 1983 he met the junta that ruled the country.', '1983', 'He meets the junta']]);
});

describe('"being" and a participle after a noun describe it', () => {
  labelCases([
    [
      '"One of the discoveries being recognised this year concerns the construction of spectacular proteins," said Heiner Linke.',
      'this year',
      'Discoveries are recognised',
    ],
    ['The discoveries being recognised this year concern proteins.', 'this year', 'Discoveries are recognised'],
    ['The bridge being built this year will open in 2026.', 'this year', 'Bridge is built'],
  ]);
  // Guard: after a cue, "being" and a participle are a passive gerund.
  labelCases([['He was freed before being released in July 2020.', 'July 2020', 'He is released']]);
});

describe('a list of names after the plural of what they are is the subject', () => {
  labelCases([
    [
      'US airlines United, Delta and American grounded all flights for several hours on Friday morning.',
      'Friday morning',
      'United, Delta and American ground all flights for several hours',
    ],
    ['Carmakers Ford, GM and Stellantis raised prices on Monday.', 'Monday', 'Ford, GM and Stellantis raise prices'],
  ]);
});

describe('a name before "on" and a place is the subject', () => {
  labelCases([
    [
      'Mount Lewotobi Laki-Laki on the island of Flores spewed ash into the sky on Sunday.',
      'Sunday',
      'Mount Lewotobi Laki-Laki spews ash',
    ],
  ]);
});

describe("a period's date right before its figures is left out of the object", () => {
  labelCases([
    [
      'The company reported second-quarter revenue of about $11 billion.',
      'second-quarter',
      'Company reports revenue of about $11 billion',
    ],
  ]);
  labelCases(
    [
      [
        "The company said it expected second-quarter revenue of about $11 billion, more than 50 percent above analysts' estimates.",
        'second-quarter',
        'Company expects revenue of about $11 billion',
      ],
    ],
    { future: true },
  );
});

describe('the two sides "between" joins, inside the subject', () => {
  labelCases([
    [
      "Fierce fighting between Sudan's army and a powerful paramilitary force raged for a second day on Sunday, with at least 56 civilians killed, doctors said.",
      'Sunday',
      'Fierce fighting rages for a second day',
    ],
    ['Fighting between the army and the rebels raged on Sunday.', 'Sunday', 'Fighting rages'],
    ['Talks between the union and the bosses resumed on Sunday.', 'Sunday', 'Talks resume'],
    ['Relations between Paris and the junta soured in 2022.', '2022', 'Relations sour'],
    // Past an aside set off by commas after the first side.
    [
      'Fighting between the army, led by General Tom Orvex, and the rebels broke out on April 15.',
      'April 15',
      'Fighting breaks out',
    ],
  ]);
  // Pasts that take no object are no passive after a noun.
  labelCases([['Police and protesters clashed on Sunday.', 'Sunday', 'Police and protesters clash']]);
  // Guard: names joined.
  labelCases([
    ['Train services between Madrid and Valencia were suspended on Monday.', 'Monday', 'Train services are suspended'],
    // (So is a name after "the" and a word qualifying it: the list stays inside the subject.)
    [
      'The three-party coalition of the Velland Party, the Greens and the pro-business Orvex League collapsed on November 6.',
      'November 6',
      'Three-party coalition collapses',
    ],
  ]);
});

describe('a past of agreeing or answering with "to" after it, past its date', () => {
  labelCases([
    [
      'The government and rebels from the northern region agreed on Wednesday to a ceasefire.',
      'Wednesday',
      'Government and rebels agree to a ceasefire',
    ],
    [
      'Officials from both sides responded on Monday to the offer.',
      'Monday',
      'Officials from both sides respond to the offer',
    ],
    // (Guard: with no "to", a participle after the noun describes it.)
    ['The deal agreed on Monday was signed on Friday.', 'Monday', 'Deal is agreed'],
  ]);
});

describe('a preposition of a topic, a maker or a holder inside the subject an article opens', () => {
  labelCases([
    [
      'A musical about her life opened in the West End in 2018.',
      '2018',
      'Musical about her life opens in the West End',
    ],
    ['A book by the historian appeared in 2015.', '2015', 'Book by the historian appears'],
    ['A man with a knife attacked shoppers in 2015.', '2015', 'Man with a knife attacks shoppers'],
  ]);
});

describe('"that was founded" after a thing made for people', () => {
  labelCases([
    [
      'The camp, a Christian summer camp for girls that was founded in 1926, said it had no power.',
      '1926',
      'Christian summer camp is founded',
    ],
    ['A fund for workers that was set up in 2010 pays out.', '2010', 'Fund is set up'],
    // Not after a verb's "for": what is paid for is the noun the pronoun stands for.
    [
      'Biden said the federal government would pay for the reconstruction of the bridge, which opened in 1977.',
      '1977',
      'Bridge opens',
    ],
    ['The state will pay for the bridge, which opened in 1977.', '1977', 'Bridge opens'],
  ]);
  // Guard: "who" after the people still stands for them.
  labelCases([['It was a strike of actors, who walked off the job in July.', 'July', 'Actors walk off the job']]);
});

describe('a participle clause after a comma, its "-ing" word also a noun', () => {
  labelCases([
    // "ending" is a noun too ("a happy ending"); before a length of time's plural and "of" it is the verb, and a
    // second participle joined to it by "and" is one too.
    [
      'The two sides struck a deal on Thursday, ending months of talks and averting a strike on Monday.',
      'Monday',
      'Two sides avert a strike',
    ],
    [
      'The rebels signed a truce on Friday, ending years of war and opening the border on Sunday.',
      'Sunday',
      'Rebels open the border',
    ],
  ]);
});

describe('a record said after a comma, with no verb of its own', () => {
  labelCases([
    // The name dated after "since" did what the clause before did; the side the clause's doer played for is not his.
    [
      "Kylian Mbappe hit a hat-trick for France, the first in a World Cup final since England's Geoff Hurst in 1966.",
      '1966',
      'Geoff Hurst hits a hat-trick',
    ],
    ['She won the title, the first since Serena Williams in 2015.', '2015', 'Serena Williams wins the title'],
    // "It was X's third …, after YEAR and YEAR": the years are those of the earlier ones.
    ["It was Argentina's third world title, after 1978 and 1986.", '1978', "Argentina's world title"],
    ["It was Argentina's third world title, after 1978 and 1986.", '1986', "Argentina's world title"],
    ["It was the company's second loss in three years, after 2020.", '2020', "Company's loss"],
    // (Guard: a time is no thing of its own.)
    ['It was the second time, after 2019.', '2019', 'It is the second time'],
  ]);
});

describe('what one calls for after the date; a pronoun past a participle of naming', () => {
  labelCases([
    ['The UN called on Monday for calm.', 'Monday', 'UN calls for calm'],
    [
      'Pope Francis had asked on Wednesday for prayers for his predecessor.',
      'Wednesday',
      'Pope Francis asks for prayers for his predecessor',
    ],
    // (Guard: not every verb's "for" phrase is its object.)
    ['He waited on Friday for news.', 'Friday', 'He waits'],
    // "called Vision Pro" describes the headset; "it" stands for the subject of the verb before it.
    [
      'Apple on Monday unveiled a headset called Vision Pro, its biggest bet since it launched the Apple Watch in 2015.',
      '2015',
      'Apple launches the Apple Watch',
    ],
  ]);
});

describe('a date after an aside opened by "which", before the clause\'s own verb', () => {
  labelCases([
    [
      'Meta, which has spent billions on virtual reality since it bought Oculus in 2014, last week announced a new headset.',
      'last week',
      'Meta announces a new headset',
    ],
    // (A participle of pricing is not left without its amount.)
    [
      'Meta last week announced a new version of its Quest headset priced at $499.',
      'last week',
      'Meta announces a new version of its Quest headset',
    ],
  ]);
});

describe('a deed noun after "its", of a name, closing the words before the date', () => {
  it('is the deed of the body named before', () => {
    const text = "Microsoft's previous largest acquisition was its $26.2 billion purchase of LinkedIn in 2016.";
    expect(label(text, '2016', (t) => [entity(t, 'Microsoft', 'organization', ['Microsoft'])])).toBe(
      'Microsoft buys LinkedIn',
    );
    // (With no body named before "its", the clause's own verb.)
    expect(label('The firm completed its takeover of Twitter in October.', 'October')).toBe(
      'Firm completes its takeover of Twitter',
    );
  });
});

describe("a name's deed noun, of or on a name, closing the words before the date", () => {
  labelCases([
    [
      "The purchase dwarfs Orvex's $26.2 billion takeover of Velport Labs in 2016.",
      '2016',
      'Orvex takes over Velport Labs',
    ],
    ["The war began with Tarbut's attack on Velmar on October 7, 2023.", 'October 7, 2023', 'Tarbut attacks Velmar'],
    // (A deed "on" a name that is no attack keeps the word before the date as it is.)
    ["The talks followed Orvex's report on Velport in 2019.", '2019', "Talks follow Orvex's report on Velport"],
  ]);
});

describe("another year inside the object's noun phrase", () => {
  labelCases([
    [
      'The court on Friday overturned the landmark 1973 Roe v. Wade ruling that enshrined the right.',
      'Friday',
      'Court overturns the landmark Roe v. Wade ruling',
    ],
    ['The team on Sunday won its first 2024 title.', 'Sunday', 'Team wins its first title'],
  ]);
});

describe('"shed", a past spelled as a noun', () => {
  labelCases([
    [
      'Meta, the owner of Facebook, shed 11,000 jobs in November, about 13 percent of its staff.',
      'November',
      'Meta sheds 11,000 jobs',
    ],
    // (Guard: a noun before another verb is a noun.)
    ['The garden shed was built in 2019.', '2019', 'Garden shed is built'],
  ]);
});

describe('a second object with no verb of its own, after "and"', () => {
  labelCases([
    [
      'She won her first major title at the US Open in 1999, aged 17, and her last at the Australian Open in 2017.',
      '2017',
      'She wins her last major title',
    ],
    [
      'She won her first major title at the US Open in 1999, aged 17, and her last at the Australian Open in 2017.',
      '1999',
      'She wins her first major title',
    ],
  ]);
});

describe('a happening dated before "in which"', () => {
  labelCases([
    [
      'The Alaska Airlines incident on January 5, in which no one was seriously hurt, prompted the agency to act.',
      'January 5',
      'Alaska Airlines incident',
    ],
    ['The vote in May, in which turnout was low, was close.', 'May', 'Vote'],
  ]);
});

describe('a date between an owner opening a clause and its noun', () => {
  labelCases([
    [
      'Truss announced her resignation last Thursday after her September 23 "mini-budget" of unfunded tax cuts sent the pound to a record low.',
      'September 23',
      'Mini-budget sends the pound to a record low',
    ],
    ['He quit after his March 3 speech angered the party.', 'March 3', 'Speech angers the party'],
  ]);
});

describe('an occasion a past was done at, "in the 1990 election"', () => {
  labelCases([
    ['He won a surprise victory in the 1990 election against a novelist.', '1990', 'He wins a surprise victory'],
    ['The party lost 40 seats in the 2019 election.', '2019', 'Party loses 40 seats'],
    // (Guards: no deed of its own, or one foretold, and the occasion names the event.)
    ['Turnout was high in the 2019 election.', '2019', 'Election'],
    ['She said her father would run in the 2026 election.', '2026', 'Election'],
  ]);
});

describe('a kin noun before a name in the subject', () => {
  labelCases([
    ['Her sister Venus, 42, lost in the first round on Thursday.', 'Thursday', 'Venus loses in the first round'],
    ['His late wife Rosalynn died in November.', 'November', 'Rosalynn dies'],
    // (Guards: a title in capitals stays, and so does a kin noun with no name after it.)
    ['Mother Teresa died in 1997.', '1997', 'Mother Teresa dies'],
    ['His sister, from whom he was estranged, died in 2008.', '2008', 'Sister dies'],
  ]);
});

describe('a perfect with an irregular participle says its present', () => {
  labelCases([
    ['Djokovic had undergone knee surgery in early June.', 'early June', 'Djokovic undergoes knee surgery'],
    ['The choir had sung the anthem on Sunday.', 'Sunday', 'Choir sings the anthem'],
    // (As with the participles known before.)
    ['Djokovic had taken a break in early June.', 'early June', 'Djokovic takes a break'],
  ]);
});

describe('a past opening the sentence after its subject is its verb, past a relative clause without "that"', () => {
  labelCases([
    [
      "Boeing's Starliner capsule landed in the desert late on Friday without the two astronauts it carried to the station in June.",
      'late on Friday',
      "Boeing's Starliner capsule lands in the desert",
    ],
    // (As without the relative clause.)
    ['The capsule landed in the desert late on Friday.', 'late on Friday', 'Capsule lands in the desert'],
  ]);
});

describe('a perfect of "cost" is a verb', () => {
  labelCases([
    [
      'The capsule has cost the company more than $1.6 billion in overruns since 2016.',
      '2016',
      'Capsule costs the company more than $1.6 billion',
    ],
    // (The noun stays a noun: "the cost of".)
    ['The cost of the war has risen since 2020.', '2020', 'Cost of the war rises'],
  ]);
});

describe('an aside holding a place and its region ("based in Austin, Texas,")', () => {
  labelCases([
    [
      'Shares in Zentra, which is based in Austin, Texas, fell 11 percent on Friday.',
      'Friday',
      'Shares in Zentra fall 11 percent',
    ],
    // (As with the place alone.)
    [
      'Shares in Zentra, which is based in Austin, fell 11 percent on Friday.',
      'Friday',
      'Shares in Zentra fall 11 percent',
    ],
    // A place and its region inside the subject, with no aside opened before.
    [
      'The chief said supply problems at a factory in Velmar, Tarvia, had hurt production in November.',
      'November',
      'Supply problems hurt production',
    ],
  ]);
});

describe("a ship's length or weight before its name", () => {
  it('is no part of the subject', () => {
    const text = 'The 400-metre Velland Star, operated by a Taiwanese firm, ran aground on Tuesday.';
    const named = (t: string): Entity[] => [entity(t, 'Velland Star', 'thing', ['Velland Star'])];
    expect(label(text, 'Tuesday', named)).toBe('Velland Star runs aground');
  });
  // (Before a common noun it says which ship.)
  labelCases([['The 300-metre ship sank on Friday.', 'Friday', '300-metre ship sinks']]);
});

describe('"she" after a subject "her" opens', () => {
  labelCases([
    [
      'Her reign spanned 15 albums, starting with Echoes, and she celebrated her jubilee in March.',
      'March',
      'She celebrates her jubilee',
    ],
    ['His plan failed, and he resigned on Friday.', 'Friday', 'He resigns'],
    // (Not after a noun of a person, who may be the one the pronoun stands for.)
    ['His son arrived late, and he resigned on Friday.', 'Friday', 'Son resigns'],
    // Nor a feeling or a thing a "he" never stands for.
    [
      'Public anger over the scandal helped topple the coalition in May 2018, and he was arrested two months later.',
      'two months later',
      'He is arrested',
    ],
  ]);
  it('so after an adjective and the noun "her" opens', () => {
    const text =
      'Her international reputation was badly tarnished after she defended the 2017 crackdown on Velmar Muslims.';
    const named = (t: string): Entity[] => [entity(t, 'Velmar Muslims', 'group', ['Velmar Muslims'])];
    expect(label(text, '2017', named)).toMatch(/^She defends/);
  });
});

describe('"what X called" and words in quotation marks', () => {
  labelCases([
    // The naming verb is no clause of its own; the words quoted are the object's noun.
    [
      'The singer had been suffering from what her label called "recurring health problems" since the end of last year, and had cancelled a tour.',
      'the end of last year',
      'Singer suffers from recurring health problems',
    ],
    ['He denounced what officials called "a coup" on Monday.', 'Monday', 'He denounces a coup'],
    // (Without quotation marks the words stay as they are.)
    ['He denounced what officials called a coup on Tuesday.', 'Tuesday', 'He denounces what officials called a coup'],
  ]);
});

describe('"does so" after an infinitive and "and" earlier in the sentence', () => {
  it('says the deed', () => {
    const text =
      'President Jane Velland now has 21 days to dissolve parliament, and is expected to do so after Christmas.';
    const named = (t: string): Entity[] => [entity(t, 'Jane Velland', 'person', ['Jane Velland'], 'President')];
    expect(label(text, 'Christmas', named)).toBe('Velland dissolves parliament');
  });
  labelCases([
    ['They vowed to cut taxes, and did so on Monday.', 'Monday', 'They cut taxes'],
    // (With no such infinitive the words stay.)
    ['He said he would resign, and did so on Monday.', 'Monday', 'He does so'],
  ]);
});

describe('a speaker whose verb of saying the date follows comments then, when nothing says what was said', () => {
  it('"… Ana Velk, who brought the charges, said last week that the laws protecting … were "critical …""', () => {
    const text =
      'Special counsel Ana Velk, who brought the charges, said last week that the laws protecting national defence information were "critical to protecting the safety and security of Norvia".';
    const people = (t: string) => [
      entity(t, 'Ana Velk', 'person', ['Ana Velk']),
      entity(t, 'Norvia', 'place', ['Norvia']),
    ];
    expect(label(text, 'last week', people)).toBe('Velk comments');
  });
});

describe('a common word opening the sentence before a phrase of names is the subject', () => {
  labelCases([
    ['Aid from Norvia, Velmar and the Orvex Islands began arriving on Tuesday.', 'Tuesday', 'Aid begins arriving'],
    // Guard: a name opening the sentence stays the subject.
    ['Velmar from the north began arriving on Tuesday.', 'Tuesday', 'Velmar from the north begins arriving'],
  ]);
});

describe('a word in "-ing" after an amount qualifies the noun after it', () => {
  labelCases([
    [
      'The government hit its $31.4 trillion borrowing limit in January.',
      'January',
      'Government hits its $31.4 trillion borrowing limit',
    ],
    [
      'The firm reported a $5 billion operating loss in January.',
      'January',
      'Firm reports a $5 billion operating loss',
    ],
  ]);
});

describe('"and" after a name and its age set off by commas joins two names in the subject', () => {
  labelCases([
    [
      'Velk, 51, and Tarbut, 56, published their landmark study in 2012.',
      '2012',
      'Velk and Tarbut publish their landmark study',
    ],
    // Guard: one name and its age.
    ['Velk, 51, published her landmark study in 2012.', '2012', 'Velk publishes her landmark study'],
  ]);
});

describe("a comparison's occasion right before the date is what the date places", () => {
  labelCases([
    [
      'The party took 37 of the 150 seats, more than double its tally in the last election in 2021.',
      '2021',
      'Last election',
    ],
    ['The party won 37 seats, up from 17 in the last election in 2021.', '2021', 'Last election'],
    // Guard: no comparison, the clause's own.
    ['The party won 37 seats in the election in 2021.', '2021', 'Party wins 37 seats'],
  ]);
});

describe('an apposition with a title in quotation marks and a relative clause is stepped over', () => {
  labelCases([
    [
      'Ana Velk, the "Queen of Jazz" whose powerful voice made her one of the best-selling artists of all time, died on Thursday at her home.',
      'Thursday',
      'Ana Velk dies',
    ],
  ]);
});

describe('a reported "they" stands for no one thing that said it', () => {
  labelCases([
    ['The study had warned in 2022 that they could fail.', '2022', 'They could fail'],
    // Guard: a plural sayer is whom "they" stands for.
    ['Experts had warned in 2022 that they could fail.', '2022', 'Experts could fail'],
  ]);
});

describe('an apposition of a role closed by "since" and the date', () => {
  it('says when the person took the role ("Orvane becomes mayor of Velmar")', () => {
    const text = 'Ann Orvane, the mayor of Velmar since 2004, was re-elected on Sunday.';
    expect(label(text, '2004', (t) => [entity(t, 'Ann Orvane', 'person', ['Ann Orvane'])])).toBe(
      'Orvane becomes mayor of Velmar',
    );
  });
  it('negative: not a place\'s apposition ("Velmar, the biggest market since 2004,")', () => {
    const market = 'Velmar, the biggest market since 2004, grew on Sunday.';
    expect(label(market, '2004', (t) => [entity(t, 'Velmar', 'place', ['Velmar'])])).not.toMatch(/becomes/);
  });
});

describe("an article or a preposition the date's phrase leaves at the end", () => {
  labelCases([
    [
      'The blast, caused by an electrical fault, occurred at around 3:20 pm on Tuesday during a shift change.',
      '3:20 pm',
      'Blast occurs',
    ],
    ["Orvane's challenge to the 2013 result was rejected by the same court.", '2013', "Orvane's challenge"],
  ]);
  it('negative: a verb\'s particle stays ("is sworn in")', () => {
    expect(label('Orvane is due to be sworn in on May 29.', 'May 29', () => [], false, true)).toBe(
      'Orvane is sworn in',
    );
  });
});

describe('"that began" after a noun of a process', () => {
  labelCases([
    [
      'The agreement was the result of nearly four years of negotiations in the Cuban capital that began in November 2012.',
      'November 2012',
      'Negotiations begin',
    ],
    ['The accord was the fruit of negotiations that began in 2012.', '2012', 'Negotiations begin'],
    [
      'She will lead a country shattered by 14 years of civil war that ended in August 2003 with the departure of Taylor.',
      'August 2003',
      'Civil war ends',
    ],
    // Guards: a part of the process is what began; a phrase of another kind is said as before.
    [
      'He left after a marathon session of talks that began on Thursday morning.',
      'Thursday morning',
      'Marathon session of talks begins',
    ],
    ['Parents backed the strike by teachers that began in May.', 'May', 'Strike begins'],
  ]);
});

describe('an age after an adverb, set off after the subject', () => {
  labelCases([
    [
      'Presiding judge Alphons Orie said Mladic, now 74, was responsible for the massacre at Srebrenica in July 1995.',
      'July 1995',
      'Mladic is responsible for the massacre',
    ],
    ['The judge said that Mladic, now 74, was convicted in July 1995.', 'July 1995', 'Mladic is convicted'],
    // Guard: an age alone, as before.
    ['The judge said that Mladic, 74, was convicted in July 1995.', 'July 1995', 'Mladic is convicted'],
  ]);
});

describe('an aside after the subject opening with "from"', () => {
  labelCases([
    [
      'Lubitz, from the town of Montabaur in western Germany, joined Germanwings in September 2013.',
      'September 2013',
      'Lubitz joins Germanwings',
    ],
    [
      'US duties of 25 percent on 34 billion dollars of Chinese imports, from industrial robots to car parts, took effect at 12:01 am.',
      '12:01 am',
      'US duties take effect',
    ],
  ]);
});

describe('a passive infinitive set off by a comma', () => {
  labelCases([
    [
      'Leaders agreed that the combat mission would end this year, to be replaced in January by a training mission.',
      'January',
      'Combat mission is replaced',
    ],
    [
      'Smith will step down as chief executive on Friday, to be succeeded by his deputy Jane Orvane in July.',
      'July',
      'Smith is succeeded by his deputy Jane Orvane',
    ],
  ]);
  // Guard: no comma, a noun's passive infinitive ("samples to be returned").
  labelCases([
    [
      'Rock samples to be returned to Earth in the 2030s will be studied.',
      'the 2030s',
      'Rock samples are to be returned to Earth',
    ],
  ]);
});

describe('a date between "which" or "who" and its verb', () => {
  labelCases([
    [
      'Debts to the International Monetary Fund (IMF), which last week refused to ease the terms of a new loan, mounted.',
      'last week',
      'International Monetary Fund refuses to ease the terms',
    ],
    ['The rebels, who last year seized the town, fled.', 'last year', 'Rebels seize the town'],
  ]);
  // Guard: a date after "that" may be the subject ("said that last year was the hottest").
  labelCases([
    ['Scientists said that last year was the hottest on record.', 'last year', 'Last year is the hottest on record'],
  ]);
});

describe('an adverb in "-ly" inside a progressive', () => {
  labelCases([
    ['A ceasefire between Kiev and the rebels was largely holding on Saturday.', 'Saturday', 'Ceasefire holds'],
    ['The rebels were slowly withdrawing on Friday.', 'Friday', 'Rebels withdraw'],
  ]);
  // Guard: a state's "-ing" after "be" stays one.
  labelCases([['Some 300 people were still missing on Monday.', 'Monday', 'Some 300 people are still missing']]);
});

describe('a reported future in the passive', () => {
  labelCases([
    ['AQIM warned last month that the hostages would be killed.', 'last month', 'AQIM warns hostages will be killed'],
    ['Officials said on Monday that the vote would be postponed.', 'Monday', 'Officials say vote will be postponed'],
  ]);
  // Guards: a name in "-s" is one ("Reuters", a country the lexicon knows as a common word).
  labelCases([
    ['Reuters said on Monday that the deal would close.', 'Monday', 'Reuters says deal will close'],
    ['Laos said on Monday that it would pay.', 'Monday', 'Laos says it will pay'],
  ]);
});

describe('"her" as an object, no noun after it', () => {
  labelCases([
    ['The Senate suspended her on May 12.', 'May 12', 'Senate suspends her'],
    ['The army ousted her in 2006.', '2006', 'Army ousts her'],
  ]);
  // Guard: a determiner before its noun.
  labelCases([['He met her family on Monday.', 'Monday', 'He meets her family']]);
});

describe('a ruling that something is, or is held', () => {
  labelCases([
    [
      'The tribunal ruled on Tuesday that China has no historic rights to the sea.',
      'Tuesday',
      'Tribunal rules China has no historic rights to the sea',
    ],
    [
      'The court ruled on Monday that there was no legal basis for the claims.',
      'Monday',
      'Court rules there is no legal basis for the claims',
    ],
  ]);
  // Guard: a state after a verb of judging goes without "is".
  labelCases([['The court ruled on Monday that the law was void.', 'Monday', 'Court rules the law void']]);
});

describe('"to" and a verb after the date that closes an object', () => {
  labelCases([
    [
      'Putin had urged the rebels last Wednesday to postpone the vote.',
      'last Wednesday',
      'Putin urges the rebels to postpone the vote',
    ],
    [
      'The parliament voted overwhelmingly on Friday to impeach President Park.',
      'Friday',
      'Parliament votes overwhelmingly to impeach President Park',
    ],
  ]);
  // Guard: a purpose's "to" after a verb of moving stays out.
  labelCases([['The envoys flew to the capital on Monday to press for talks.', 'Monday', 'Envoys fly to the capital']]);
});

describe('a word of how a title is held, before it', () => {
  it.each([
    [
      "Ukraine's new President Petro Vance said on Sunday he was ready for a compromise.",
      'Sunday',
      'Petro Vance',
      'President',
      'Vance says he is ready for a compromise',
    ],
    [
      'Investigative journalist Anna Orvane was shot dead in October 2006.',
      'October 2006',
      'Anna Orvane',
      'journalist',
      'Orvane is shot dead',
    ],
  ])('goes with the title: %s', (text, date, name, role, expected) => {
    expect(label(text, date, (t) => [entity(t, name, 'person', [name], role)])).toBe(expected);
  });
});

describe("a past after the sentence's opening noun phrase, and only participles after it", () => {
  labelCases([
    [
      'Kenyan troops battled on Sunday to flush out Islamist gunmen holed up in a mall, after an attack that has killed 68 people.',
      'Sunday',
      'Kenyan troops battle to flush out Islamist gunmen holed up',
    ],
  ]);
  // Guard: a participle before a verb of the clause's stays one.
  labelCases([['An agreement signed last month ended the war.', 'last month', 'Agreement is signed']]);
});

describe('a pluperfect reported after a date that dates the telling', () => {
  labelCases([
    [
      'The prime minister announced on Monday that the plane had crashed in the southern Indian Ocean.',
      'Monday',
      'Prime minister announces plane crashed in the southern Indian Ocean',
    ],
    [
      'Officials said on Monday that three soldiers had been killed.',
      'Monday',
      'Officials say three soldiers were killed',
    ],
    // An irregular past participle too.
    [
      'Jordi Puig said on Monday that the region had won the right to independence.',
      'Monday',
      'Jordi Puig says region won the right to independence',
    ],
    // Too long whole: the reported subject's last word, the object up to its first preposition or participle.
    [
      'Tarvia acknowledged on Saturday that journalist Jan Koval had been killed inside its Velmar consulate.',
      'Saturday',
      'Tarvia acknowledges Koval was killed inside its Velmar consulate',
    ],
    [
      'The US Environmental Protection Agency said on September 18 that Volkswagen had fitted software known as a defeat device to some 482,000 cars.',
      'September 18',
      'US Environmental Protection Agency says Volkswagen fitted software',
    ],
  ]);
  // Guard: too long with its teller, the reported clause alone.
  labelCases([
    [
      'A senior health official in the capital said on Friday that at least 170 people had been killed.',
      'Friday',
      'At least 170 people are killed',
    ],
  ]);
});

describe('"the last of which" and its verb', () => {
  labelCases([
    [
      'The deal came after 18 days of talks, which overran three deadlines, the last of which expired on Monday.',
      'Monday',
      'Last deadline expires',
    ],
  ]);
});

describe('what follows a happening, after "followed by"', () => {
  labelCases([
    [
      'The first round of voting was held on April 5, followed by a run-off on June 14 between the two top candidates.',
      'June 14',
      'Run-off',
    ],
    // Guard: the first date keeps the clause.
    [
      'The first round of voting was held on April 5, followed by a run-off on June 14 between the two top candidates.',
      'April 5',
      'Round of voting is held',
    ],
  ]);
});

describe('a sentence adverb between "was" and its participle', () => {
  labelCases([
    [
      'Jan Koval was nevertheless elected prime minister on April 17 but resigned six days later.',
      'April 17',
      'Jan Koval is elected prime minister',
    ],
  ]);
});

describe('adjectives in "un-" and "-ed" are no verbs', () => {
  labelCases([
    [
      'The officer who shot dead unarmed teenager Tom Velk in August was not charged.',
      'August',
      'Officer shoots dead unarmed teenager Tom Velk',
    ],
  ]);
});

describe('a named event attended, past where it is held', () => {
  it('is what its date places', () => {
    const text =
      'The president was due to fly to Asia later on Wednesday to attend the G20 summit in Velport on Sunday.';
    expect(label(text, 'Sunday', (t) => [entity(t, 'G20 summit', 'event', ['G20 summit'])])).toBe('G20 summit');
  });
});

describe('a pronoun in "-ing" after "is" is no progressive', () => {
  labelCases([
    [
      '"There is nothing abnormal about the climate this year," said Ana Velk.',
      'this year',
      'There is nothing abnormal about the climate',
    ],
  ]);
});

describe('"an" before a vowel', () => {
  labelCases([
    [
      'He was sworn in on January 10 after winning a May 2018 election that was boycotted by the opposition.',
      'May 2018',
      'He wins an election',
    ],
  ]);
});

describe('a year before a noun of a happening, after "in", "of" or "for", names it', () => {
  labelCases([
    ['A federal jury on Friday sentenced the bomber to death for his role in the 2013 attack.', '2013', 'Attack'],
    [
      'The inquiry found that he tried to curtail the investigation into interference in the 2016 election.',
      '2016',
      'Election',
    ],
  ]);
  // Guard: a deed done at the occasion is dated by it.
  labelCases([['He won a seat in the 2016 election.', '2016', 'He wins a seat']]);
});

describe('a state reported after a date that dates the telling', () => {
  labelCases([
    [
      'Jan Koval said on Monday that the country needed fresh leadership.',
      'Monday',
      'Jan Koval says country needs fresh leadership',
    ],
    // Without "that", a pronoun for subject, a plural teller.
    ['Police said on Tuesday he was in a stable condition.', 'Tuesday', 'Police say he is in a stable condition'],
    ['Jan Koval told reporters on Monday that the talks were over.', 'Monday', 'Jan Koval says talks are over'],
    // So with the date fronted, before the teller, and a future or a pluperfect reported.
    ['On Monday, Jan Koval said he would resign.', 'Monday', 'Jan Koval says he will resign'],
    [
      'Late on Monday, the minister told reporters the plant would close.',
      'Late on Monday',
      'Minister says plant will close',
    ],
    ['Eda Marn said late on Tuesday the talks had collapsed.', 'late on Tuesday', 'Eda Marn says talks collapsed'],
    // In a fronted phrase of speaking: the saying, not what was said.
    [
      'Speaking at 0815 GMT, Jan Koval said the country needed fresh leadership.',
      '0815 GMT',
      'Jan Koval says country needs fresh leadership',
    ],
    ['Speaking to reporters on Monday, Jan Koval said he would resign.', 'Monday', 'Jan Koval says he will resign'],
    // What was told up to a clause of its own.
    [
      'The ministry said late Wednesday it would not comply because it did not consider the order valid.',
      'late Wednesday',
      'Ministry says it will not comply',
    ],
  ]);
  // A deed reported in the simple past too: it may have been done any time before the telling.
  labelCases([
    ['Police said on Tuesday the suspect fled the scene.', 'Tuesday', 'Police say suspect fled the scene'],
    [
      'Jan Koval, speaking from his office at 7:00 am, said the agreement cut off "every pathway" to a nuclear weapon.',
      '7:00 am',
      'Jan Koval says agreement cut off every pathway',
    ],
    [
      'The authorities on Saturday said they had crushed an attempted military coup against President Jan Koval and his government.',
      'Saturday',
      'Authorities say they crushed an attempted military coup',
    ],
  ]);
});

describe('the "with" of an absolute phrase opens no subject', () => {
  it('a date ahead of the publication', () => {
    expect(
      label(
        'She said she would stay on, with a leadership contest expected to begin next week.',
        'next week',
        () => [],
        false,
        true,
      ),
    ).toBe('Leadership contest begins');
  });
});

describe('a denial the verb and its complement both carry is said once', () => {
  labelCases([['Jan Koval said on Monday that the vote was not legal.', 'Monday', 'Jan Koval says vote is not legal']]);
});

describe('two deeds of one subject joined by "and" before the date', () => {
  labelCases([
    [
      'A gunman killed 50 people and wounded 53 at a nightclub in Velport early Sunday.',
      'early Sunday',
      'Gunman kills 50 people and wounds 53',
    ],
    ['Protesters blocked roads and burned tyres on Monday.', 'Monday', 'Protesters block roads and burn tyres'],
    ['He resigned and left the country on Monday.', 'Monday', 'He resigns and leaves the country'],
    // Guards: another subject after "and", and a time of its own between the two.
    ['The firm cut jobs and profits rose on Monday.', 'Monday', 'Profits rise'],
    [
      'The new parliament will convene early next year and select a president in March.',
      'March',
      'New parliament selects a president',
    ],
  ]);
});

describe('a participle of guise or gear after the subject noun', () => {
  labelCases([
    [
      'A gunman disguised as a tourist opened fire on holidaymakers on Friday.',
      'Friday',
      'Gunman opens fire on holidaymakers',
    ],
    [
      'A gunman armed with a rifle opened fire on holidaymakers on Friday.',
      'Friday',
      'Gunman opens fire on holidaymakers',
    ],
    ['A man posing as a journalist killed the commander on Friday.', 'Friday', 'Man kills the commander'],
    // (Gear after "with" is no noun a participle of the clause describes: "burst" is the clause's verb.)
    [
      'Two gunmen armed with assault rifles burst into the meeting on Wednesday.',
      'Wednesday',
      'Two gunmen burst into the meeting',
    ],
    // Guard: a place after "in" still belongs to the subject.
    ['An officer in Velport shot dead a man in April.', 'April', 'Officer in Velport shoots dead a man'],
  ]);
});

describe('a toll whose second count shares the first passive\'s "were"', () => {
  labelCases([
    [
      'Sixteen people were killed and around 200 wounded in clashes on Tuesday night.',
      'Tuesday night',
      'Sixteen people are killed and around 200 wounded in clashes',
    ],
    [
      'At least 16 people were killed and around 200 wounded in clashes near Velport University on Tuesday night.',
      'Tuesday night',
      'At least 16 people are killed and around 200 wounded',
    ],
    [
      'Two soldiers were killed and 15 others wounded on Tuesday.',
      'Tuesday',
      'Two soldiers are killed and 15 others wounded',
    ],
    [
      'Two soldiers were killed and 15 others were wounded on Tuesday.',
      'Tuesday',
      'Two soldiers are killed and 15 others wounded',
    ],
    [
      'Three policemen were killed and dozens of others wounded on Tuesday.',
      'Tuesday',
      'Three policemen are killed and dozens of others wounded',
    ],
    // Guard: a subject of its own after "and" stays the label's.
    ['The town was shelled and its mayor arrested on Friday.', 'Friday', 'Mayor is arrested'],
    ['The bridge was closed and two roads were reopened on Tuesday.', 'Tuesday', 'Two roads are reopened'],
  ]);
});

describe('a past usually read as an adjective, as the only verb after the opening noun phrase', () => {
  labelCases([
    ['The rebels advanced on the city on Monday.', 'Monday', 'Rebels advance on the city'],
    ['The army advanced into Velport on Monday.', 'Monday', 'Army advances into Velport'],
    ['The minister proposed a new tax on Monday.', 'Monday', 'Minister proposes a new tax'],
    // Guards: before a noun, and with another verb in the clause, it stays an adjective.
    ['The proposed tax was scrapped on Monday.', 'Monday', 'Proposed tax is scrapped'],
    ['Troops advanced to the border and seized the bridge on Monday.', 'Monday', 'Troops seize the bridge'],
  ]);
});

describe('one named and others of his kind, joined as the subject', () => {
  labelCases([
    [
      'The US ambassador to Velland, Jon Arvik, and three other Americans were killed on Tuesday.',
      'Tuesday',
      'Jon Arvik and three other Americans are killed',
    ],
    [
      'Jon Arvik and three other Americans were killed on Tuesday.',
      'Tuesday',
      'Jon Arvik and three other Americans are killed',
    ],
    [
      'The ambassador and three other Americans were killed on Tuesday.',
      'Tuesday',
      'Ambassador and three other Americans are killed',
    ],
    [
      'The driver and the other passengers were killed on Tuesday.',
      'Tuesday',
      'Driver and the other passengers are killed',
    ],
    [
      'The president, Jon Arvik, and his wife arrived in Velport on Tuesday.',
      'Tuesday',
      'Jon Arvik and his wife arrive in Velport',
    ],
  ]);
  // Guard: after a plural, a name set off is one of a list, not the subject's name.
  it('keeps a name listed after a plural out of the subject', () => {
    expect(label('The leaders of Velland, Arland, and two other states met on Tuesday.', 'Tuesday')).not.toMatch(
      /Arland/,
    );
  });
});

describe('a subject with a phrase of place after its noun', () => {
  labelCases([
    ['The eruption beneath the glacier began on Wednesday.', 'Wednesday', 'Eruption beneath the glacier begins'],
    ['The fire inside the building started on Wednesday.', 'Wednesday', 'Fire inside the building starts'],
    ['The clashes outside the stadium erupted on Wednesday.', 'Wednesday', 'Clashes outside the stadium erupt'],
    ['The fire below the deck started on Wednesday.', 'Wednesday', 'Fire below the deck starts'],
    // (A long one is said with its phrase, not by the name the next phrase ends with.)
    [
      'The eruption beneath the Tindur glacier in southern Velland began on Wednesday.',
      'Wednesday',
      'Eruption beneath the Tindur glacier begins',
    ],
    [
      'The Security Council met behind closed doors on Wednesday.',
      'Wednesday',
      'Security Council meets behind closed doors',
    ],
  ]);
});

describe('"for questioning", a noun after a verb of holding someone', () => {
  labelCases([
    ['Police detained Jon Arvik for questioning on Friday.', 'Friday', 'Police detain Jon Arvik for questioning'],
    ['Police arrested the suspect for questioning on Friday.', 'Friday', 'Police arrest the suspect for questioning'],
    // Guard: with an object, it is a gerund whose subject is the verb's object.
    ['Police detained the man for questioning the judge on Friday.', 'Friday', 'Man questions the judge'],
  ]);
});

describe('"plans" right after a verb, its object', () => {
  labelCases([
    [
      'Several world leaders cancelled plans to attend the funeral on Sunday.',
      'Sunday',
      'Several world leaders cancel plans to attend the funeral',
    ],
    ['The company shelved plans to build a plant in 2009.', '2009', 'Company shelves plans to build a plant'],
    ['The firm unveiled plans to cut 500 jobs on Monday.', 'Monday', 'Firm unveils plans to cut 500 jobs'],
    // Guards: the verb "plans", and a plan the subject "hopes" to carry out.
    ['The firm plans to cut 500 jobs on Monday.', 'Monday', 'Firm plans to cut 500 jobs'],
    ['The firm said it hopes to cut 500 jobs by Monday.', 'Monday', 'Firm hopes to cut 500 jobs'],
  ]);
});

describe('a subject described by a participle dated with a month and a year', () => {
  labelCases([
    ['A truce signed in February 2002 ended in 2006.', '2006', 'Truce ends'],
    ['Talks launched in March 2008 stalled in 2009.', '2009', 'Talks stall'],
    ['The truce signed on February 22, 2002 collapsed in 2006.', '2006', 'Truce collapses'],
    // Guard: a year alone before the verb is no date's part.
    ['The class of 2002 gathered in 2006.', '2006', 'Class of 2002 gathers'],
  ]);
});

describe('a deed done at an occasion someone owns, told before it', () => {
  labelCases([
    [
      'The bishop prayed for the victims at his weekly audience on Wednesday.',
      'Wednesday',
      'Bishop prays for the victims',
    ],
    [
      'The minister won the backing of her cabinet for a plan at a meeting at her country retreat on Friday.',
      'Friday',
      'Minister wins the backing of her cabinet for a plan',
    ],
    // A past in quotation marks after a determiner is no verb.
    [
      'The president, who championed a "simplified treaty" during his election campaign earlier this year, said it would pass.',
      'earlier this year',
      'President champions a simplified treaty',
    ],
    // Guard: an occasion owned after "before" is what the date places.
    ['Days before her spring statement on March 26, the minister resigned.', 'March 26', 'Spring statement'],
  ]);
});

describe('an occasion a present "comes" before', () => {
  labelCases(
    [
      ['The change comes days before a by-election in the seat of Canning on Saturday.', 'Saturday', 'By-election'],
      // Guard: after "ahead of", as before.
      ['The vote comes ahead of a summit in Brussels on Thursday.', 'Thursday', 'Summit in Brussels'],
    ],
    { future: true },
  );
});
