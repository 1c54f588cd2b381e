import { describe, expect, it } from 'vitest';
import { formatYmd } from './calendar';
import { resolveMonthYear, resolveWeekday, resolveWeekend, tenseAfter, tenseAround, tenseBefore } from './resolve';

const tuesday = { year: 2013, month: 5, day: 7 };

describe('tense of the clause before a date', () => {
  it.each([
    ['Kerry is due to meet activists on ', 'future'],
    // A paper's participle of coming out, after its noun, closing a clause that looks ahead.
    ['Melting ice could release ancient pathogens, a study published on ', 'past'],
    ['The report will be released on ', 'future'],
    // What a present "follows" (or "comes after") is past.
    ['The collapse follows the announcement on ', 'past'],
    ['The move comes a day after a vote in ', 'past'],
    ['The summit will open on ', 'future'],
    ['Markets to remain closed until ', 'future'],
    ['A senior official said ', 'past'],
    ['The ministers met on ', 'past'],
    // A day a deed is hoped or planned to come before is ahead of the telling; a deed done before it is not.
    ['Lombardi said the Church expected to have a new leader before ', 'future'],
    ['He went to buy gifts before ', 'past'],
    // "votes" after a word of how many is a noun, no present of voting.
    ['Kuczynski won most votes on ', 'past'],
    ['Kuczynski won 18 million votes on ', 'past'],
    ['Kuczynski, 77, took 50.12 percent of the valid votes in ', 'past'],
    ['The council votes on ', 'present'],
    // A start announced is ahead, "on" or not; not in an aside after the subject, whose verb comes after it.
    ['Interim President Jean Dupont declared three days of national mourning, starting on ', 'future'],
    ['The government declared a curfew, starting ', 'future'],
    ['The strike, starting on ', 'unknown'],
    ['The strike, starting ', 'unknown'],
    ['Police declared a curfew, starting ', 'future'],
    // What is unlikely before a day is ahead too, as what is likely.
    ['Forecasters said the winds were unlikely to change before ', 'future'],
    ['Officials said a deal was unlikely before ', 'future'],
    // An adverb or a preposition in "-s" is no present verb.
    ['The rebels advanced south towards Aden, seizing the air base on ', 'past'],
    ['Protesters moved towards the palace on ', 'past'],
    ['Forecasters said heavy rain is expected over ', 'future'],
    ['Heavy rain was expected over ', 'past'],
    // Irregular pasts with no "-ed".
    ['The choir sang carols on ', 'past'],
    ['The squad flew home on ', 'past'],
    ['Two bidders fought over the lease on ', 'past'],
    // A past verb just beyond the last twelve words, its second object's date past too.
    ['The rebels fired their longest-range rocket yet in September and a new anti-ship cruise missile in ', 'past'],
    [
      'The rebels will fire their longest-range rocket yet in September and a new anti-ship cruise missile in ',
      'future',
    ],
    ['The index is at its lowest on ', 'unknown'],
    // What cannot happen is ahead.
    ['Boric, who took office in March 2022, cannot run again in the ', 'future'],
    // What a happening opens the way for is still to come.
    ['Scholz lost a confidence vote on Monday, opening the way for a snap election on ', 'future'],
    ['Scholz loses confidence vote, paving way for ', 'future'],
    // A habit's time is the nearest one; a schedule's the next.
    ['The rainy season, which usually ends in ', 'present'],
    ['The spring season, which normally opens in ', 'present'],
    ['The grass season, which starts in ', 'future'],
    ['The index, which had gained 2.3 percent on ', 'past'],
    ['making him all but certain to become prime minister when parliament convenes on ', 'future'],
    ['The fiscal year starts in ', 'future'],
    ['The athletes moved to the city for the Games, which open on ', 'future'],
    ['The stores, which opened on ', 'past'],
    // A relative clause set off by commas gives the main clause no tense.
    ['Apple, which will unveil its next iPhone later this year, saw its shares fall on ', 'past'],
    // "United" and "Limited" in a name are no past tense.
    ['The film opens in the United States in ', 'future'],
    ['The museum reopens in a limited form in ', 'future'],
    ['US President Joe Biden, who leaves office on ', 'future'],
    ['Biden left office on ', 'past'],
    // A plural's bare present of a start or an end, right before the date (a clock time between).
    ['Polls open on ', 'future'],
    ['Polls close at 8 pm (1800 GMT) on ', 'future'],
    ['Schools across the region reopen on ', 'future'],
    ['Sources close to the ministry on ', 'unknown'],
    ['The polls closed on ', 'past'],
    ['Sales have risen each month since ', 'unknown'],
    ['Sanchez declared three days of national mourning starting ', 'future'],
    ['The ban, announced on Monday, takes effect beginning ', 'future'],
    // The window of words ends at the date, not at the space before it.
    ['and member states will be asked to approve further funding at a ministerial meeting in ', 'future'],
    ['said the start of the new school term, due on ', 'future'],
    ['The payment was due on ', 'past'],
    ['warned that the storm could bring heavy rain to the coast from ', 'future'],
    ['Police said the gunmen may have entered the building on ', 'past'],
    ['Ratified on May 29, 2011 the company announced on ', 'past'],
    ['evacuating people ahead of a cyclone expected ', 'future'],
    ['The verdict, which was expected ', 'past'],
    ['Temperatures are forecast to reach 40 degrees on ', 'future'],
    ['Growth is projected to slow to 2 percent in ', 'future'],
    ['Rain is forecast for ', 'future'],
    // A date something was fixed for is ahead of the fixing.
    ['The judge set sentencing for ', 'future'],
    ['Prosecutors said the court adjourned the hearing for ', 'future'],
    ['The hearing, which had been set for ', 'past'],
    ['Rail operators have cancelled all trains for ', 'future'],
    ['Unions have called a general strike for ', 'future'],
    ['The concert, which had been called off for ', 'past'],
    ['A court on Monday set the trial of former mayor John Smith for ', 'future'],
    ['The president declared a national day of mourning for ', 'future'],
    ['The chain on Monday cut its profit forecast for the year to ', 'future'],
    ['The bank raised its growth outlook for ', 'future'],
    ['Sales rose 5 percent in the year to ', 'past'],
    ['The dockers called a 48-hour general strike for ', 'future'],
    ['The council had declared a day of rest for ', 'past'],
    ['The minister declared victory for ', 'past'],
    ['He was jailed for ', 'past'],
    // A present-tense verb, known by the article or name after it.
    ['The senator, who faces a difficult primary in ', 'present'],
    ['She remains the favourite and meets Jones in a runoff on ', 'present'],
    // Or by an object pronoun after it.
    ['Leaders meet the day after the prime minister briefs them over dinner on ', 'present'],
    ['The protests in ', 'unknown'],
    ['The ministry says the floods in ', 'unknown'],
    ['The senator, who faced a difficult primary in ', 'past'],
    ['Prices are higher than in ', 'unknown'],
    // The present verb after the last past form is the clause's own; "-ed" words that are no pasts.
    ['The holder, who won in 2021, faces the top seed on ', 'present'],
    ['The champion faces either the holder or a qualifier on ', 'present'],
    ['A wildcard seed faces the holder on ', 'present'],
    ['The holder, who faces the top seed, won on ', 'past'],
    // "until" after a past verb of lasting ends what was; after a delay it still looks ahead.
    ['Heavy rain began on Monday and continued until ', 'past'],
    ['The standoff lasted for hours until ', 'past'],
    // So does a past verb of holding an office.
    ['Najib, who led Malaysia from 2009 until the ', 'past'],
    ['She served as finance minister until ', 'past'],
    ['He will lead the party until ', 'future'],
    // A past denied up to "until" happened at last then, in the past.
    ['The rule did not apply until ', 'past'],
    // Ready or willing to do a thing at a date: it is ahead (not "stood ready to", a past of its own).
    ['Chebbi said he was ready to take part in talks on ', 'future'],
    ['The union said it was willing to meet on ', 'future'],
    // A pluperfect before "until", and an "until" whose own clause is past.
    ['Riyadh had insisted until ', 'past'],
    ['The square was known as Green Square until the capital fell on ', 'past'],
    ['The square will keep its name until the capital falls on ', 'future'],
    // A plan told in the pluperfect was called off or moved, for a time past or still ahead: no tense, the nearest
    // such time ("The Games had been due to open on July 24", told in March).
    ['His trial had been scheduled to begin in ', 'unknown'],
    ['The phase-out had been due to be completed at the end of ', 'unknown'],
    ['The trial was scheduled to begin in ', 'future'],
    ['The peninsula had not seen an eruption for eight centuries until ', 'past'],
    ['It was not until ', 'past'],
    ['The law will not apply until ', 'future'],
    ['The ban was extended until ', 'future'],
    // What was decided, or pushed back to a date, is the deed's: its nearest time, ahead or back.
    ['Parliament voted on Saturday to hold early presidential elections on ', 'present'],
    [
      'The parliament voted on Saturday to remove the president from power and to hold early presidential elections on ',
      'present',
    ],
    ['EU leaders granted London a second delay to ', 'present'],
    ['The government decided to postpone the vote to ', 'present'],
    // (Guard: the deciding's own date stays past.)
    ['Parliament voted on ', 'past'],
    ['Markets will stay shut until ', 'future'],
    // A date of its own named ahead earlier in the clause gives no tense.
    ['Nurses, who have called a walkout for next Monday, said managers had quit the talks ', 'past'],
    ['Talks resume next week, and the envoy will arrive on ', 'future'],
    // A present copula right before the date, or a relative clause of playing or meeting, looks ahead.
    ['The semi-final is on ', 'present'],
    ['The talks, which began in Geneva, are on ', 'present'],
    ['Burnley, who play on ', 'future'],
    ['Wrexham, who host Notts County at home on ', 'future'],
    ['Wrexham, who hosted Notts County on ', 'past'],
    ['The derby was on ', 'past'],
    // A singular present of meeting, moving or deciding schedules its date; "expected" before a preposition looks ahead.
    ['The central bank meets on ', 'present'],
    ['The prime minister travels to Madrid on ', 'present'],
    ['The retailer reports results on ', 'present'],
    ['The bank, whose board met in March, meets again on ', 'present'],
    ['The board met on ', 'past'],
    ['Talks between the two sides continue on ', 'present'],
    ['The hearing continues on ', 'present'],
    ['Fighting continued on ', 'past'],
    // A past progressive "was/were coming" is no cue to the future ("the coming days" is).
    ['Commuters were coming home after a holiday on ', 'past'],
    ['More rain is forecast in the coming days, and on ', 'future'],
    ['A final decision is expected by ', 'future'],
    ['A final decision was expected by ', 'past'],
    // A plural title before a team's name is no present verb.
    ['Hull came back to beat league leaders Burnley 2-1 on ', 'past'],
    ['The Swiss were held 1-1 by holders Portugal on ', 'past'],
    ['Ten-man Rovers held champions Celtic to a draw on ', 'past'],
    // Nor a plural after a number, before a unit's name.
    ['Temperatures hit 45.4 degrees Celsius in Sardinia on ', 'past'],
    ['It hit 113 degrees Fahrenheit on ', 'past'],
    ['Police arrived within minutes and shot him at ', 'past'],
    // "now" in a clause with no past form.
    ['Traders now bet on a cut by ', 'present'],
    ['Traders now see two cuts by March, one of them as early as ', 'present'],
    ['Traders, who now bet on cuts, priced in a hike in ', 'past'],
    ['Prices are higher now than in ', 'unknown'],
    // A clock time's colon ends no clause; a colon before words does.
    ['The fire began at 10:17 pm (', 'past'],
    ['He was right: the hall is full at 9:30 am on ', 'unknown'],
    // A deadline for an infinitive's deed is ahead; one a past perfect reached is past.
    ['The operator said it hoped to restore most connections by ', 'future'],
    ['Power had returned to normal by ', 'past'],
    // (A "had" of another verb before it is no cue: the infinitive's deadline is still ahead.)
    ['TSMC said it had evacuated some plants and expected most equipment to be back in operation by ', 'future'],
    // A count of votes is no verb of voting; "must" sets a deadline, "must have" infers what was.
    ['Lawmakers rejected the bill by 79 votes to 71 late on ', 'past'],
    ['The motion passed with 1,200 votes on ', 'past'],
    ['The deal must be signed by ', 'future'],
    ['He must have left on ', 'past'],
    // An auxiliary further back than twelve words carries to the date, but not past a comma and an article.
    ["She will set out a new strategy for the group's retail arm at its capital markets day on ", 'future'],
    ["Veltra will pay $88 per share, a premium of 47 percent to Corvane's closing price on ", 'unknown'],
    // So past a participle of a passive, after a relative clause's past before it.
    [
      "The striker, who led his country to the title in December, will be presented to fans at the club's stadium in Fort Lauderdale on ",
      'future',
    ],
    // (A passive with its "was" stays past.)
    ["The striker was presented to fans at the club's new stadium in Fort Lauderdale on ", 'past'],
  ])('%s → %s', (left, tense) => {
    expect(tenseBefore(left)).toBe(tense);
  });
  it('reads "Will" before a capitalised word as a given name, no modal', () => {
    expect(tenseBefore('Actor Will Smith arrived in Paris on ')).toBe('past');
    expect(tenseBefore('Officials said Will Smith met the mayor on ')).toBe('past');
    expect(tenseAfter(', Will Young sang at the palace.')).toBe('past');
    // Guards: the modal, in lower case and opening a clause.
    expect(tenseBefore('Smith will arrive in Paris on ')).toBe('future');
    expect(tenseAfter("'s vote will decide.")).toBe('future');
  });
  it.each([
    ['He was named the candidate for the June 26 presidential election.', 'June 26', 'present'],
    ['Capriles called for peaceful protests outside CNE offices on Tuesday.', 'Tuesday', 'present'],
    ['Parliament voted on Saturday to call early elections for May 25.', 'May 25', 'future'],
    // Guard: a call made on the day.
    ['Obama called for calm on Tuesday.', 'Tuesday', 'past'],
    // What a present "comes" before is ahead.
    ['The change comes days before a by-election in the seat of Canning on Saturday.', 'Saturday', 'future'],
  ])('the day of an occasion something is for or called for: "%s" (%s) → %s', (text, date, tense) => {
    const start = text.indexOf(date);
    expect(tenseAround(text, start, start + date.length)).toBe(tense);
  });
  it.each([
    ['Russia cut gas supplies to Ukraine in ', 'past'],
    ['He quit in ', 'past'],
    ['His television station broadcast the rallies live throughout ', 'past'],
    ['Rebels put the plan on hold in ', 'past'],
    // Guards: after a modal, "to" or "that", and a compound noun.
    ['Russia will cut gas supplies in ', 'future'],
    ['Unions plan to cut work in ', 'future'],
    ['The tax cut in ', 'unknown'],
  ])('a past spelled as its base after its subject: "%s" → %s', (left, tense) => {
    expect(tenseBefore(left)).toBe(tense);
  });
  it('a passive infinitive after a comma looks ahead as the clause before it does, else is unknown', () => {
    expect(tenseBefore('Smith will step down on Friday, to be succeeded by his deputy Jane Orvane in ')).toBe('future');
    expect(tenseBefore('The plant closed in 2010, to be replaced by a mall in ')).toBe('unknown');
  });
  it("reads no future from a clause inside a gerund's phrase after a past verb", () => {
    expect(tenseAfter(', the president responded by announcing he would send a delegation.')).toBe('past');
    // Guard: the future of the date's own clause.
    expect(tenseAfter(', the president will respond by announcing a delegation.')).toBe('future');
  });
  it('reads no tense from "next" before another date after it', () => {
    expect(tenseAfter("'s vote was postponed to next Tuesday.")).toBe('past');
    expect(tenseAfter("'s meeting will decide.")).toBe('future');
  });
  it('reads no future from "a plan to", a noun, after a past verb', () => {
    expect(tenseAfter(' agreed a plan to eliminate the arsenal by mid-2014.')).toBe('past');
    expect(tenseAfter(' unveiled their plan to end the war.')).toBe('past');
    // Guards: the verb "plans to", and a future before the noun.
    expect(tenseAfter(' the government plans to vote.')).toBe('future');
    expect(tenseAfter(' Russia will unveil its plan to end the war.')).toBe('future');
  });
  it('reads the past of a verb of saying after the date, not the tense of what it reports', () => {
    expect(tenseAfter(', Smith said he would resign.')).toBe('past');
    expect(tenseAfter(', the minister told reporters the plant would close.')).toBe('past');
    // Guard: a teller set off by commas.
    expect(tenseAfter("'s vote, officials said, will decide the matter.")).toBe('future');
  });
  it.each([
    // A record that stood "until" a date was surpassed then, a time gone by.
    ['An avalanche killed 16 guides, the deadliest accident on the mountain until Saturday.', 'Saturday', 'past'],
    // An occasion a trip still to come is made for is ahead; a past trip's is not.
    [
      'The president was due to fly to Asia later on Wednesday to attend the G20 summit in Velport on Sunday.',
      'Sunday',
      'future',
    ],
    ['The president flew to Asia to attend the G20 summit in Velport on Sunday.', 'Sunday', 'past'],
    // A plain present after "when" and a pronoun is ahead; its past is gone by.
    ['"The real test is what they do when they get home on Monday," said the analyst.', 'Monday', 'future'],
    ['They were tired when they got home on Monday.', 'Monday', 'past'],
  ])(
    'a record until a date, an occasion a trip is for, a present after "when": "%s" (%s) → %s',
    (text, date, tense) => {
      const start = text.indexOf(date);
      expect(tenseAround(text, start, start + date.length)).toBe(tense);
    },
  );
  it('reads no future from a pluperfect of scheduling', () => {
    expect(tenseBefore('The chairman had scheduled the vote for ')).toBe('past');
    // Guard: a past of scheduling looks ahead.
    expect(tenseBefore('The chairman scheduled the vote for ')).toBe('future');
  });
  it('reads no future from an "until" after a past verb', () => {
    expect(tenseAfter(' the council extended the curfew until Friday.')).toBe('past');
    expect(tenseAfter(' the council will extend the curfew until Friday.')).toBe('future');
    expect(tenseAfter(' the shops will stay closed until noon.')).toBe('future');
  });
  it('reads no future from a relative clause after a past verb', () => {
    expect(tenseAfter(' voters rejected a constitution that would have been progressive.')).toBe('past');
    expect(tenseAfter(' the board approved a plan which will cut jobs.')).toBe('past');
    expect(tenseAfter(' the board will vote on a plan that cut jobs.')).toBe('future');
  });
  it('reads only the clause the date is in', () => {
    expect(tenseBefore('He will go. The ministers met on ')).toBe('past');
  });
  it('carries the future of a clause into the one joined to it by "and" that has no tense of its own', () => {
    expect(tenseBefore('Schools will stay shut until Friday, and buses run again on ')).toBe('future');
    expect(tenseBefore('The port will reopen soon, but ferries from the mainland on ')).toBe('future');
  });
  it('reads the clause joined by "and" even when its future lies more than 80 characters before the date', () => {
    const text =
      'The museum will open its new gallery of medieval tapestries on June 3, and publish a catalogue in late July.';
    expect(tenseAround(text, text.indexOf('late July'), text.length - 1)).toBe('future');
  });
  it("reads a past verb of the date's sentence further back than its last words, over the words after the date", () => {
    const text =
      'Sales fell. Samsung had launched the Note 7, a premium handset with a stylus and an iris scanner, on August 19 with great fanfare, hoping to steal a march on its rival.';
    const start = text.indexOf('August 19');
    expect(tenseAround(text, start, start + 9)).toBe('past');
    // (Not from the sentence before: its past is no tense of this one.)
    const next =
      'Sales fell sharply last year. The firm hopes to sell a premium handset with a stylus and an iris scanner, on August 19 at the latest.';
    const at = next.indexOf('August 19');
    expect(tenseAround(next, at, at + 9)).not.toBe('past');
    // (Nor across a participle's clause, which tells what follows from the past deed.)
    const ford =
      'Sales fell. Ford has announced sweeping cuts in its US and Canadian production, resulting in the closure of ten plants during the fourth quarter.';
    const q = ford.indexOf('the fourth quarter');
    expect(tenseAround(ford, q, q + 18)).not.toBe('past');
  });
  it.each([
    [
      'The Bank of England, which cut rates for the first time in four years on August 1, will announce more.',
      'August 1',
    ],
    ['The minister, who quit on Tuesday, will be replaced soon.', 'Tuesday'],
    // (Nor one qualifying the noun that closes an appositive.)
    ['Velland, the Republican candidate in the November 5 election, hailed the ruling.', 'November 5'],
    // (Nor from the clause a verb reports after "that".)
    ['The government forecast in April that the economy would grow by 0.4 percent.', 'April'],
  ])('takes no tense from the main clause after an aside the date closes: %s', (text, date) => {
    const start = text.indexOf(date);
    expect(tenseAround(text, start, start + date.length)).toBe('unknown');
  });
  it.each([
    ['Velland suspended campaigning a week before the November 6 election, as did his rival.', 'November 6'],
    ['The ministers met ahead of the Friday summit, officials said.', 'Friday'],
  ])('reads a date qualifying what a past deed came before as the nearest one: %s', (text, date) => {
    const start = text.indexOf(date);
    expect(tenseAround(text, start, start + date.length)).toBe('present');
  });
  it.each([
    ['Conditions could be as bad as or worse than on New Year’s Eve.', 'New Year’s Eve'],
    ['Prices will be higher than in March.', 'March'],
  ])('reads what a date is compared with as gone by: %s', (text, date) => {
    const start = text.indexOf(date);
    expect(tenseAround(text, start, start + date.length)).toBe('past');
  });
  it('negative: a bound after "later than" keeps the clause\'s tense', () => {
    const text = 'The Games will be held no later than summer 2021.';
    expect(tenseAround(text, text.indexOf('summer'), text.length - 1)).toBe('future');
  });
  it.each([
    "He warned that Saturday's conditions could be as bad.",
    // After a verb of insisting, or after "and that", a second clause it reports.
    "The spokesman insisted that Saturday's vote would go ahead.",
    "He insisted that the chief was not involved and that Saturday's vote would go ahead as planned.",
  ])("reads a day's noun and a modal after a verb of saying as the said clause's tense: %s", (text) => {
    expect(tenseAround(text, text.indexOf('Saturday'), text.indexOf('Saturday') + 8)).toBe('future');
  });
  it.each([
    // A date closing the said clause's subject, before its modal.
    ['The minister said a cabinet meeting on Wednesday would be devoted to the fire.', 'Wednesday'],
    // What one expects to happen, however long its subject.
    ['The opposition leader said he expected talks on a national unity government to begin on Sunday.', 'Sunday'],
    // A number expected by a day (not one a pluperfect had expected).
    ['Police said officials expected up to 10,000 by Sunday.', 'Sunday'],
  ])('reads a date of a clause said or expected ahead as ahead: %s', (text, date) => {
    const start = text.indexOf(date);
    expect(tenseAround(text, start, start + date.length)).toBe('future');
  });
  it('reads "would-be" as an adjective, no future', () => {
    const text = 'Police charged at crowds of would-be voters outside polling stations on Sunday morning.';
    expect(tenseAround(text, text.indexOf('Sunday'), text.indexOf('Sunday') + 14)).toBe('past');
  });
  it('negative: what a pluperfect had expected by a day is gone by', () => {
    const text = 'Officials had expected 10,000 by Sunday, but only 2,000 came.';
    expect(tenseAround(text, text.indexOf('Sunday'), text.indexOf('Sunday') + 6)).toBe('past');
  });
  it('reads the date of what someone is ordered to do as its nearest occurrence, a weekday aside', () => {
    const text = 'The judge ordered him to appear again at the High Court on April 5.';
    expect(tenseAround(text, text.indexOf('April 5'), text.indexOf('April 5') + 7)).toBe('present');
    const weekday = 'The judge ordered him on Monday to appear on Wednesday.';
    expect(tenseAround(weekday, weekday.indexOf('Wednesday'), weekday.indexOf('Wednesday') + 9)).toBe('past');
  });
  it.each([
    ['Velland, the leader behind the September 11 attacks, is dead.', 'September 11'],
    ['Officials will mark the anniversary of the July 7 bombings.', 'July 7'],
  ])('reads a date naming a mishap no one schedules as gone by: %s', (text, date) => {
    const start = text.indexOf(date);
    expect(tenseAround(text, start, start + date.length)).toBe('past');
  });
  it('reads the date of a step after "ahead of" or "pending" as the nearest one', () => {
    const text = 'The judge ordered Velland remanded in custody ahead of sentencing on March 11.';
    expect(tenseAround(text, text.indexOf('March 11'), text.indexOf('March 11') + 8)).toBe('present');
  });
  it('reads "coming months after" a deed as no cue ahead', () => {
    const text = 'The case is the latest in a wave of battles, coming months after Orvex sued Velmar in March.';
    expect(tenseAround(text, text.indexOf('March'), text.indexOf('March') + 5)).toBe('past');
    const ahead = 'Talks on the deal are coming in March.';
    expect(tenseAround(ahead, ahead.indexOf('March'), ahead.indexOf('March') + 5)).toBe('future');
  });
  it('so after "before" and an owner\'s noun, for a month\'s day, not for a weekday', () => {
    const text = 'Ruiz phoned Velmar and invited him to the capital before his inauguration on January 1.';
    expect(tenseAround(text, text.indexOf('January 1'), text.indexOf('January 1') + 9)).toBe('present');
    const weekday = 'Ruiz phoned Velmar and invited him to the capital before his speech on Sunday.';
    expect(tenseAround(weekday, weekday.indexOf('Sunday'), weekday.indexOf('Sunday') + 6)).toBe('past');
  });
  it.each([
    ['Shares slipped in thin trading ahead of the US Independence Day holiday on Friday.', 'Friday'],
    ['The leak aimed at destabilising the country ahead of parliamentary elections in September.', 'September'],
  ])('so with a few words before the noun: %s', (text, date) => {
    expect(tenseAround(text, text.indexOf(date), text.indexOf(date) + date.length)).toBe('present');
  });
  it.each([
    ['Ruiz, whose side had tied with co-hosts Velmora at the same ground on Sunday, spoke.', 'past'],
    ['His side tied with co-hosts Velmora on Sunday.', 'past'],
    // (Guard: the verb itself still schedules.)
    ['The team hosts Velmora on Sunday.', 'present'],
  ])('reads no present verb in a hyphenated word ("co-hosts"): %s', (text, tense) => {
    expect(tenseAround(text, text.indexOf('Sunday'), text.indexOf('Sunday') + 6)).toBe(tense);
  });
  it.each([
    ['He said he hoped to win the title at the Velmora Open in late May.', 'late May', 'future'],
    ['The club aims to finish the stadium in March.', 'March', 'future'],
    // (Guard: a hope given up is behind.)
    ['He had hoped to win the title in May.', 'May', 'past'],
    // A perfect infinitive inside an aside is no past of the clause: the date is read from the words before it.
    [
      'He hoped to add the Velmora Open, the only title to have eluded him, at the stadium in late May.',
      'late May',
      'unknown',
    ],
  ])('reads a hope or an aim to do a thing as ahead: %s', (text, date, tense) => {
    expect(tenseAround(text, text.indexOf(date), text.indexOf(date) + date.length)).toBe(tense);
  });
  it("negative: a date naming a scheduled happening keeps the clause's tense", () => {
    const text = 'Officials will prepare for the June 12 election.';
    expect(tenseAround(text, text.indexOf('June 12'), text.indexOf('June 12') + 7)).toBe('future');
  });
  it("negative: a date that is itself what a deed came before keeps the clause's tense", () => {
    const text = 'The talks ended before the summer of 2010, as did the strike.';
    expect(tenseAround(text, text.indexOf('2010'), text.indexOf('2010') + 4)).toBe('past');
  });
  it('puts a stretch of what was announced or ordered, right after its object, ahead of the announcing', () => {
    const text = 'Velmar announced naval drills around the island from Thursday to Sunday.';
    expect(tenseAround(text, text.indexOf('Thursday'), text.indexOf('Thursday') + 8)).toBe('future');
    const closed = 'The plant was closed from Monday to Friday.';
    expect(tenseAround(closed, closed.indexOf('Monday'), closed.indexOf('Monday') + 6)).toBe('past');
  });
  it('negative: a date the main clause holds still reads the words after it', () => {
    const text = "Friday's meeting will decide.";
    expect(tenseAround(text, 0, 6)).toBe('future');
  });
  it('reads an auxiliary up to twenty words back when the last twelve have no tense', () => {
    expect(
      tenseBefore(
        'The minister will present the new timetable for the rail lines of the northern region at a meeting on ',
      ),
    ).toBe('future');
    expect(
      tenseBefore('The council is to approve the budget of the new transport authority for the city at a session on '),
    ).toBe('future');
  });
  it('negative: not across a relative clause or a saying in the last twelve words', () => {
    expect(
      tenseBefore(
        'The bridge is expected to reopen this year, according to the regional transport authority, which cut its budget on ',
      ),
    ).toBe('unknown');
    expect(
      tenseBefore('The funeral will take place at the chapel in the castle grounds on April 17, the palace said on '),
    ).toBe('past');
  });
  it('reads the words before a quotation inside the clause when the words after it have no tense', () => {
    expect(tenseBefore('The singer posted "we are done here" soon after ')).toBe('past');
    expect(tenseBefore('The mayor will read “a poem for the town” at ')).toBe('future');
  });
  it('negative: a quotation does not lend its tense, nor one far back', () => {
    expect(tenseBefore('Fans chant "we will win" at ')).toBe('unknown');
    expect(tenseBefore('He said "no". Weeks after the "big split" in ')).toBe('unknown');
  });
  it('negative: not across a headline, which has no full stop', () => {
    expect(tenseBefore('Lender trims rates as growth slows\n\nThe Reserve Bank of Fiji on ')).toBe('unknown');
  });
  it('negative: not a past, not across a sentence, and not over a clause with its own tense', () => {
    expect(tenseBefore('The port closed early, and ferries from the mainland on ')).toBe('unknown');
    expect(tenseBefore('The port will reopen. Ferries from the mainland on ')).toBe('unknown');
    expect(tenseBefore('He will fly home, and the talks ended on ')).toBe('past');
  });
});

describe('a bare weekday around Tuesday 7 May 2013', () => {
  it.each([
    [1, 'past', '2013-05-06'],
    [2, 'past', '2013-05-07'],
    [2, 'future', '2013-05-07'],
    [3, 'future', '2013-05-08'],
    [3, 'past', '2013-05-01'],
    [5, 'past', '2013-05-03'],
    [5, 'unknown', '2013-05-03'],
    [0, 'future', '2013-05-12'],
  ] as const)('weekday %i, %s → %s', (weekday, tense, day) => {
    expect(formatYmd(resolveWeekday(tuesday, weekday, tense))).toBe(day);
  });
});

describe('the year of a month named without one', () => {
  it.each([
    [2, 'past', 2013],
    [6, 'unknown', 2013],
    [8, 'unknown', 2013],
    [12, 'unknown', 2012],
    // Six months ahead or back with no tense: the past one.
    [11, 'unknown', 2012],
    [12, 'past', 2012],
    [12, 'future', 2013],
    [1, 'future', 2014],
    [4, 'future', 2014],
  ] as const)('month %i, %s → %i', (month, tense, year) => {
    expect(resolveMonthYear(tuesday, month, tense)).toBe(year);
  });
  it('keeps a future told from the past in the months just before, and takes it ahead from six months back', () => {
    expect(resolveMonthYear(tuesday, 4, 'future', true)).toBe(2013);
    expect(resolveMonthYear(tuesday, 11, 'future', true)).toBe(2013);
    expect(resolveMonthYear({ year: 2013, month: 9, day: 7 }, 2, 'future', true)).toBe(2014);
  });
  it("puts a past month's day in the month after the publication's in the year before, but a day a time zone away", () => {
    const august16 = { year: 2021, month: 8, day: 16 };
    expect(resolveMonthYear(august16, 9, 'past', false, 11)).toBe(2020);
    expect(resolveMonthYear(august16, 9, 'past')).toBe(2020);
    expect(resolveMonthYear({ year: 2021, month: 8, day: 31 }, 9, 'past', false, 1)).toBe(2021);
    expect(resolveMonthYear({ year: 2021, month: 8, day: 31 }, 9, 'past', false, 4)).toBe(2020);
  });
  it.each([
    [7, 2013],
    [11, 2013],
    [12, 2012],
    [1, 2013],
  ] as const)('month %i in a present-tense clause → its nearest occurrence, %i', (month, year) => {
    expect(resolveMonthYear(tuesday, month, 'present')).toBe(year);
  });
  it('puts a past month spoken of as ahead in the next year', () => {
    expect(resolveMonthYear({ year: 2013, month: 11, day: 20 }, 2, 'future')).toBe(2014);
  });
});

describe('the weekend a phrase names', () => {
  it.each([
    [tuesday, 'past', '2013-05-04'],
    [tuesday, 'future', '2013-05-11'],
    [{ year: 2013, month: 5, day: 11 }, 'past', '2013-05-11'],
    [{ year: 2013, month: 5, day: 12 }, 'future', '2013-05-11'],
  ] as const)('%o, %s → Saturday %s', (reference, tense, saturday) => {
    expect(formatYmd(resolveWeekend(reference, tense))).toBe(saturday);
  });
});
