import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../article/segment';
import type { ArticleBase, ArticleEvent, Entity, EntityType } from '../types';
import { buildEvents } from './events';
import { timelineKey } from './merge';
import { extractTimexes } from './timexes';
import { recognizeEntities } from '../entities/recognize';
import { handMadeEntity } from '../../../tests/fixtures/hand-made-entity';

const seed = readFileSync(new URL('../../../seeds/kerry-moscow-2013.txt', import.meta.url), 'utf8');

/** Hand-made entities for the seed: every occurrence of each surface form, with its sentence. */
function seedEntities(base: ArticleBase): Entity[] {
  const make = (name: string, type: EntityType, forms: string[], role: string | null = null): Entity =>
    handMadeEntity(base, name, type, forms, role);
  return [
    make('John Kerry', 'person', ['John Kerry', 'Kerry'], 'US Secretary of State'),
    make('Vladimir Putin', 'person', ['Vladimir Putin', 'Putin'], 'Russian President'),
    make('Benjamin Netanyahu', 'person', ['Benjamin Netanyahu'], 'Prime Minister'),
    make('Carla del Ponte', 'person', ['Carla del Ponte'], 'UN human rights investigator'),
    make('Moscow', 'place', ['Moscow']),
    make('Syria', 'place', ['Syria']),
    make('State Department', 'organization', ['State Department']),
    make('2003 invasion of Iraq', 'event', ['2003 invasion of Iraq']),
    make('Boston Marathon bombings', 'event', ['Boston Marathon bombings']),
  ];
}

function eventsOfSeed(withEntities: boolean): { base: ArticleBase; events: ArticleEvent[] } {
  const base = segment(seed);
  const entities = withEntities ? seedEntities(base) : [];
  return { base, events: buildEvents(base, entities, extractTimexes(base)) };
}

const sentenceOf = (base: ArticleBase, e: ArticleEvent) => {
  const s = base.sentences[e.sentence];
  return s ? base.text.slice(s.start, s.end) : '';
};

describe.each([
  ['with entities', true],
  ['without entities', false],
])('the seed timeline, %s', (_name, withEntities) => {
  const { base, events } = eventsOfSeed(withEntities);
  const at = (value: string) => events.find((e) => e.date.value === value);

  it.each([
    ['2003', /invasion of Iraq/i, /2003 invasion of Iraq/],
    ['2011-03', /^Syria conflict begins$/, /26-month conflict|since March 2011/],
    ['2012-05-07', /returns to the Kremlin for a third term/, /Putin's return to the Kremlin/],
    ['2013-02', /takes over as the chief US diplomat/, /since taking over as the chief US diplomat in February/],
    ['2013-04', /^Boston Marathon bombings$/, /last month's Boston Marathon bombings/],
    ['2013-05-06', /State Department official/, /official said Monday/],
    ['2013-05-07T11:00Z', /holds talks with .*Putin/, /hold talks in Moscow/],
    ['2013-05-08', /meets civil society activists/, /meet civil society activists on Wednesday/],
  ])('holds %s with a readable label and its source sentence', (value, label, sentence) => {
    const event = at(value);
    expect(event?.label).toMatch(label);
    expect(event && sentenceOf(base, event)).toMatch(sentence);
  });

  it('merges "since March 2011" and "the 26-month conflict" into one start, running to publication', () => {
    const conflict = at('2011-03');
    expect(conflict?.timexes).toHaveLength(2);
    expect(conflict?.date).toMatchObject({ start: '2011-03-01T00:00:00.000Z', end: '2013-05-08T00:00:00.000Z' });
  });

  it('merges the talks on Tuesday with their time, 11:00 GMT, approximately', () => {
    expect(at('2013-05-07T11:00Z')?.date).toMatchObject({ start: '2013-05-07T11:00:00.000Z', approximate: true });
    expect(at('2013-05-07T11:00Z')?.timexes.length).toBeGreaterThanOrEqual(2);
  });

  it('includes the publication as an event', () => {
    expect(events.filter((e) => e.kind === 'publication')).toEqual([
      expect.objectContaining({
        date: expect.objectContaining({ value: '2013-05-07', precision: 'day' }),
        mention: { start: 0, end: base.text.length },
      }),
    ]);
  });

  it('orders events by date and gives them stable ids', () => {
    const starts = events.map((e) => timelineKey(e.date));
    expect(starts).toEqual([...starts].sort());
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(eventsOfSeed(withEntities).events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });
});

describe('a year that says who or what a name is', () => {
  const valuesOf = (body: string): string[] => {
    const base = segment(`Probe\n\n6th August 2012, Comments 0 comments\n\n${body}`);
    return buildEvents(base, recognizeEntities(base), extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => e.date.value);
  };
  it.each([
    'Ann Blake took silver and American Tom Gale, the 2004 champion, won bronze.',
    'The president signed a deal agreeing to a return to the 2004 constitution.',
    "The Conservatives' 1922 Committee said nominations would close.",
  ])('dates nothing: %s', (body) => {
    expect(valuesOf(body)).toEqual([]);
  });
  it.each([
    ['The 2003 invasion of Iraq was a mistake.', '2003'],
    ['The 2010 World Cup was held in South Africa.', '2010'],
    ['He was convicted over a 2013 tax fraud case.', '2013'],
  ])('negative: a year before a happening or its name dates it: %s', (body, value) => {
    expect(valuesOf(body)).toEqual([value]);
  });
});

describe('a deadline after "by", from the publication day', () => {
  it('dates its happening by the period, about, not by the publication day', () => {
    const base = segment(
      'Probe\n\n26th May 2018, Comments 0 comments\n\nThe minister said the law would be in place by the end of the year.',
    );
    const [event] = buildEvents(base, [], extractTimexes(base)).filter((e) => e.kind === 'event');
    expect(event?.date).toMatchObject({ value: '2018', approximate: true, end: '2019-01-01T00:00:00.000Z' });
  });
});

describe('a part of a day in the timeline', () => {
  it('stands at the hour the part begins, among the clock times of its day', () => {
    const base = segment(
      'Probe landing\n\n12th November 2014, Comments 0 comments\n\n' +
        'Leaders congratulated the team on Wednesday evening. The lander separated at 0835 GMT on Wednesday. ' +
        'Confirmation reached Earth at 1603 GMT on Wednesday. Engineers checked the radio on Wednesday morning.',
    );
    const labels = buildEvents(base, [], extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => e.date.value);
    expect(labels).toEqual(['2014-11-12TMO', '2014-11-12T08:35Z', '2014-11-12T16:03Z', '2014-11-12TEV']);
  });
});

describe('entities of an event', () => {
  it('lists the entity ids whose mentions fall in the sentence', () => {
    const { events } = eventsOfSeed(true);
    expect(events.find((e) => e.date.value === '2013-05-08')?.entities).toEqual(['person-john-kerry']);
  });
});

/** A person whose mentions are every occurrence of `forms` in the article. */
const person = (base: ArticleBase, name: string, forms: string[]): Entity => ({
  id: `person-${name.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  type: 'person',
  mentions: forms.flatMap((form) =>
    [...base.text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))].map((m) => ({
      start: m.index,
      end: m.index + form.length,
      sentence: base.sentences.findIndex((s) => m.index >= s.start && m.index < s.end),
    })),
  ),
  role: null,
  description: null,
  salience: 0.5,
  related: [],
  country: null,
});

describe('two happenings on one day that name one person', () => {
  const labels = (body: string): string[] => {
    const base = segment(`A headline\n\n${body}`, { published: '2024-06-10' });
    const entities = [
      person(base, 'Carla Moss', ['Carla Moss', 'Moss']),
      person(base, 'Ann Lee', ['Ann Lee', 'Lee']),
      person(base, 'Ben Ode', ['Ben Ode', 'Ode']),
    ];
    return buildEvents(base, entities, extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => e.label);
  };
  it('stay two when each names the person after its verb', () => {
    expect(labels('Ann Lee congratulated Carla Moss on Monday. Ben Ode will meet Moss on Monday.')).toEqual([
      'Ann Lee congratulates Moss',
      'Ode meets Moss',
    ]);
  });
  it("are one when each names the other's subject after its verb", () => {
    expect(
      labels('Ann Lee will meet Carla Moss on Monday. Moss is due to hold talks with Lee on Monday.'),
    ).toHaveLength(1);
  });
});

describe('a label opening with a pronoun names whom it stands for', () => {
  const labels = (body: string): string[] => {
    const base = segment(`A headline\n\n${body}`, { published: '2024-06-09' });
    // (The people whose full names the text writes.)
    const entities = [
      ['Carla Moss', 'Moss'],
      ['Carl Moss', 'Moss'],
      ['Ann Lee', 'Lee'],
      ['Ben Lee', 'Lee'],
      ['Evo Morales', 'Morales'],
      ['Sandra Gutierrez', 'Gutierrez'],
      ['Kim Jong Un', 'Kim'],
    ]
      .filter(([name]) => base.text.includes(name!))
      .map(([name, surname]) => person(base, name!, [name!, surname!]));
    return buildEvents(base, entities, extractTimexes(base)).map((e) => e.label);
  };
  it('"He"/"She" is the first person named in the sentence before', () => {
    expect(
      labels('Carla Moss won the title in 2022, when she beat Ann Lee. She will defend her title next month.'),
    ).toContain('Moss defends her title');
  });
  it('"I" in a quote is the person the paragraph quotes', () => {
    expect(
      labels('"I\'m proud," Carla Moss told reporters. "Last year I cramped in the final against Ann Lee."'),
    ).toContain('Moss cramps in the final');
  });
  it('"I" named by the person quoted takes the verb of the third person', () => {
    expect(labels('"I toured the old harbour on Sunday," Carla Moss told reporters.')).toContain(
      'Moss tours the old harbour',
    );
    expect(labels('"I was in Lisbon in 2019," Carla Moss said.')).toContain('Moss is in Lisbon');
    expect(labels('"I will sail to Lisbon in July," Carla Moss said.')).toContain('Moss sails to Lisbon');
    expect(labels('"I never imagined in 2005 that I would sail," Carla Moss said.')).toContain('Moss never imagines');
  });
  it('keeps "I" with the plain verb when no one quoted says it', () => {
    expect(labels('I toured the old harbour on Sunday with my sister.')).toContain('I tour the old harbour');
  });
  it('names the person by the word of their name the article uses alone', () => {
    const base = segment('A headline\n\nPrabo Sumant won. Prabo thanked voters. He was sworn in on October 20.', {
      published: '2024-06-09',
    });
    const entities = [person(base, 'Prabo Sumant', ['Prabo Sumant', 'Prabo'])];
    expect(buildEvents(base, entities, extractTimexes(base)).map((e) => e.label)).toContain('Prabo is sworn in');
  });
  it('names a person in full in a sentence by the word the rest of the article uses alone', () => {
    const base = segment('A headline\n\nPresident Prabo Sumant claimed victory on Wednesday. Prabo thanked voters.', {
      published: '2024-06-09',
    });
    // "Prabo Sumant" once, then "Prabo" alone, as a recogniser gives them (no mention inside another).
    const full = person(base, 'Prabo Sumant', ['Prabo Sumant']);
    const alone = person(base, 'Prabo Sumant', ['Prabo(?= thanked)']).mentions.map((m) => ({ ...m, end: m.start + 5 }));
    const entities = [{ ...full, mentions: [...full.mentions, ...alone] }];
    expect(buildEvents(base, entities, extractTimexes(base)).map((e) => e.label)).toContain('Prabo claims victory');
  });
  it('skips a sentence naming someone after "him" or "her"', () => {
    expect(labels('Carl Moss won in 2022. Critics accused him of helping Ben Lee. He retired in May.')).toContain(
      'Moss retires',
    );
  });
  it('takes a name after a pronoun of the other sex', () => {
    expect(
      labels(
        'Carla Moss was crowned in May. Ben Lee became king on the death of his mother, Sandra Gutierrez. She was crowned in June 1953.',
      ),
    ).toContain('Gutierrez is crowned');
    expect(labels('Carl Moss won in 2022. Critics accused her of helping Evo Morales. He retired in May.')).toContain(
      'Morales retires',
    );
  });
  it('skips a sentence whose subject is a description, naming someone only as an owner after its verb', () => {
    expect(
      labels("Carl Moss won in 2022. The 36-year-old Serb matched Ben Lee's record. He retired in May."),
    ).toContain('Moss retires');
    // A name that is the object itself, or an owner in a sentence opening with a name, is still taken.
    expect(labels('Carl Moss won in 2022. The 36-year-old Serb beat Ben Lee. He retired in May.')).toContain(
      'Lee retires',
    );
    expect(labels("Carl Moss won in 2022. Ben Lee's coach matched the record. He retired in May.")).toContain(
      'Lee retires',
    );
  });
  it('skips a sentence naming someone after "his"', () => {
    expect(labels('Carl Moss won in 2020. His coach Ben Lee left in 2021. He retired in May.')).toContain(
      'Moss retires',
    );
  });
  it('past a sentence with "his" before its name, a speaker is not whom "he" stands for', () => {
    expect(
      labels(
        'Ben Lee said the loss was sad, and a rival said Carl Moss had been brave. His coach Ben Lee declined to comment. He retired in May.',
      ),
    ).toContain('Moss retires');
    // Without such a sentence between, the first person named is still taken.
    expect(labels('Ann Lee said Carla Moss had been brave. She retired in May.')).toContain('Lee retires');
  });
  it('past two sentences, along a chain of sentences that say "he" too', () => {
    const body =
      'Carl Moss won in 2010. Born in Leeds, he turned professional at 19. His bout with Ben Lee in Cardiff is famous. He retired in 2016.';
    expect(labels(body)).toContain('Moss retires');
    // Not past a sentence without the pronoun.
    expect(labels('Carl Moss won in 2010. The town was quiet. The harbour was empty. He retired in 2016.')).toContain(
      'He retires',
    );
  });
  it('"he" or "she" is no one whose given name the lexicon knows as the other sex\'s only', () => {
    expect(
      labels('Evo Morales was charged on Thursday. Prosecutor Sandra Gutierrez spoke. He will run again in 2025.'),
    ).toContain('Morales runs again');
    expect(labels('Carla Moss won in 2022. Ben Lee praised the win. She retired in May.')).toContain('Moss retires');
    // (A family name first says nothing of the given name: "Kim" is no woman's there.)
    expect(labels('Kim Jong Un spoke on Monday. He left in May.')).toContain('Kim leaves');
  });
  it('"he" or "she" is no one whose role says the other sex\'s ("spokeswoman Sam Reed")', () => {
    const base = segment(
      'A headline\n\nEvo Morales was charged on Thursday. Spokeswoman Sam Reed spoke. He will run again in 2025.',
      { published: '2024-06-09' },
    );
    const reed = { ...person(base, 'Sam Reed', ['Sam Reed']), role: 'spokeswoman' };
    const entities = [person(base, 'Evo Morales', ['Evo Morales', 'Morales']), reed];
    const labels = buildEvents(base, entities, extractTimexes(base)).map((e) => e.label);
    expect(labels).toContain('Morales runs again');
    // (Guard: a spokesman's role says nothing against "he".)
    const spokesman = buildEvents(base, [entities[0]!, { ...reed, role: 'spokesman' }], extractTimexes(base));
    expect(spokesman.map((e) => e.label)).toContain('Reed runs again');
  });
  it('with no one named nearby, "he" is the person the story names far more often than any other', () => {
    expect(
      labels('Carl Moss won in 2010. Moss is 40. The town was quiet. The harbour was empty. He retired in 2016.'),
    ).toContain('Moss retires');
    // (Not when another is named nearly as often.)
    expect(
      labels(
        'Carl Moss won in 2010. Moss is 40. Ben Lee is 41. Lee is tall. The town was quiet. The harbour was empty. He retired in 2016.',
      ),
    ).toContain('He retires');
  });
  it('"his" in the sentence that names someone before it is theirs', () => {
    expect(
      labels(
        'Ben Lee was sworn in on Sunday, completing a comeback after his 2018 corruption conviction was overturned.',
      ),
    ).toContain("Lee's corruption conviction");
  });
  it('keeps the pronoun when no one is named before it', () => {
    expect(labels('He will defend his title next month.')).toContain('He defends his title');
  });
  it('"His"/"Her" opening the label is the owner "he" or "she" would be', () => {
    expect(labels('Carla Moss said she would decide her future. Her contract runs until December.')).toContain(
      "Moss's contract runs until December",
    );
    expect(labels('Her contract runs until December.')).toContain('Her contract runs until December');
  });
  it('"It" is the thing the sentence before opens with', () => {
    expect(
      labels('The six-wheeled rover, named after a chemist, was built in Turin.\n\nIt is due to land on Mars in 2030.'),
    ).toContain('Six-wheeled rover lands on Mars');
    // Past a count "of" what the noun holds.
    expect(
      labels('The island nation of 22 million people has run out of currency.\n\nIt defaulted on its debt in April.'),
    ).toContain('Island nation defaults on its debt');
  });
  it('"It" is a bare common noun the sentence before opens with, before a phrase of place', () => {
    expect(
      labels(
        'Inflation in the 20 countries that use the euro eased in August, far above the target of the bank on inflation. It peaked at 10.6 percent in October last year.',
      ),
    ).toContain('Inflation peaks at 10.6 percent');
    // Not a name the text never writes in lower case.
    expect(labels('Orvex in the north rose in August. It peaked in October.')).toContain('It peaks');
  });
  it('"They" is the plural noun the sentence before in its paragraph opens with', () => {
    expect(labels('Shares of Orvex rose 6 percent on Friday. They have nearly tripled since March.')).toContain(
      'Shares of Orvex triple',
    );
    expect(labels('The rebels, who hold the north, seized the port. They shelled the capital on Monday.')).toContain(
      'Rebels shell the capital',
    );
  });
  it('keeps "They" after another paragraph, or a name', () => {
    expect(labels('Shares of Orvex rose 6 percent.\n\nThey have nearly tripled since March.')).toContain('They triple');
    expect(labels('Carla Moss and Ann Lee won. They played again in May.')).toContain('They play again');
  });
  it('"It" of a passive is the thing too', () => {
    expect(
      labels(
        "The reliquary is one of the museum's treasures. It was valued highly when it was restored from 2016 to 2019.",
      ),
    ).toContain('Reliquary is restored');
  });
  it('keeps "It" before a copula, mostly no thing at all', () => {
    expect(
      labels('The rover was built in Turin.\n\nIt was the first time in 2022 that a drone flew there.'),
    ).not.toContainEqual(expect.stringMatching(/^Rover/));
  });
});

describe('"since" a date, then "when"', () => {
  it('dates the clause after "when" at that date, not over the span since', () => {
    const base = segment(
      'A headline\n\nIt was the deadliest quake in the country since 1960, when an earthquake destroyed the city of Agadir.',
      { published: '2023-09-10' },
    );
    const event = buildEvents(base, [], extractTimexes(base)).find((e) => e.date.value === '1960');
    expect(event?.label).toBe('Earthquake destroys the city of Agadir');
    expect(event?.date).toMatchObject({ start: '1960-01-01T00:00:00.000Z', end: '1961-01-01T00:00:00.000Z' });
  });
  it('without "when", a superlative\'s "since" is a record\'s baseline: no span from it', () => {
    const base = segment('A headline\n\nIt was the deadliest quake in the country since 1960.', {
      published: '2023-09-10',
    });
    expect(buildEvents(base, [], extractTimexes(base)).find((e) => e.date.value === '1960')).toBeUndefined();
  });
  it('keeps the span of what has gone on since a date', () => {
    const base = segment('A headline\n\nThe quake zone has been rebuilt since 1960.', { published: '2023-09-10' });
    const event = buildEvents(base, [], extractTimexes(base)).find((e) => e.date.value === '1960');
    expect(event?.date.end).toBe('2023-09-11T00:00:00.000Z');
  });
});

describe('what is not an event', () => {
  it.each([
    ['a duration that is not anchored', 'Markets reached 12-year lows.'],
    ['a vague reference', 'The firm currently owns half the shares.'],
  ])('%s', (_name, sentence) => {
    const base = segment(`A headline\n\n${sentence}`, { published: '2013-05-07' });
    expect(buildEvents(base, [], extractTimexes(base)).map((e) => e.kind)).toEqual(['publication']);
  });
  it('a day owning a name and nothing after it ("today\'s Orvex")', () => {
    const base = segment("A headline\n\nShe said it was a proud moment for today's Orvex.", {
      published: '2013-05-07',
    });
    const org: Entity = { ...person(base, 'Orvex', ['Orvex']), id: 'organization-orvex', type: 'organization' };
    expect(buildEvents(base, [org], extractTimexes(base)).map((e) => e.kind)).toEqual(['publication']);
    // A name with a noun after it is a happening of that day.
    const meeting = segment("A headline\n\nTuesday's Orvex meeting was cancelled.", { published: '2013-05-07' });
    const owner: Entity = { ...person(meeting, 'Orvex', ['Orvex']), id: 'organization-orvex', type: 'organization' };
    expect(buildEvents(meeting, [owner], extractTimexes(meeting)).map((e) => e.kind)).toContain('event');
  });
  it('has no publication event without a publication date', () => {
    const base = segment('A headline\n\nThe treaty was signed on May 7, 2012.');
    expect(buildEvents(base, [], extractTimexes(base)).map((e) => [e.kind, e.date.value])).toEqual([
      ['event', '2012-05-07'],
    ]);
  });
});

/** The events (not the publication) of a one-sentence article published on `published`, found without entities. */
function eventsOf(sentence: string, published: string): ArticleEvent[] {
  const base = segment(`A headline\n\n${sentence}`, { published });
  return buildEvents(base, [], extractTimexes(base)).filter((e) => e.kind === 'event');
}

/** "value label" of each event (not the publication) of an article of `body` published on `published`. */
function datedLabels(body: string, published: string): string[] {
  return eventsOf(body, published).map((e) => `${e.date.value} ${e.label}`);
}

/** The dates of the events (not the publication) of a one-sentence article published on `published`. */
function eventDates(sentence: string, published: string): string[] {
  return eventsOf(sentence, published).map((e) => e.date.value);
}

describe('the end of a span, then ", when" and a clause', () => {
  it('dates what the clause tells, no part of the span', () => {
    expect(
      datedLabels('He held office from 2012 until 2020, when he resigned citing ill health.', '2022-07-08'),
    ).toEqual(['2012 He holds office', '2020 He resigns citing ill health']);
    expect(datedLabels('He governed from 1990 to 2000, when he fled abroad.', '2022-07-08')).toEqual([
      '1990 He governs',
      '2000 He flees abroad',
    ]);
    expect(datedLabels('She led the orchestra until 2010, when she retired.', '2022-07-08')).toEqual([
      '2010 She retires',
    ]);
  });
});

describe('a date named again by "that year" or "the same day"', () => {
  it('dates a happening of its own', () => {
    expect(datedLabels('Okafor was elected in 2015. He married later that year.', '2025-05-08')).toEqual([
      '2015 Okafor is elected',
      '2015 He marries',
    ]);
    expect(
      datedLabels(
        'Stocks rose on Friday. This comes despite a report released by the ministry on the same day.',
        '2009-04-04',
      ),
    ).toContain('2009-04-03 Ministry releases a report');
  });
  it('negative: two things "in the same year", none named before, are no date', () => {
    expect(
      datedLabels('Okafor became the sixth man to win Roland Garros and Wimbledon in the same year.', '2024-07-14'),
    ).toEqual([]);
  });
});

describe('a month or day and the year or week that places it', () => {
  it.each([
    ['The agency lifted the emergency in May last year.', '2012-05'],
    ['Dealers will be told after October of next year.', '2014-10'],
    ['The festival, held 3-5 June last year, drew crowds.', '2012-06-03'],
    ['The games open on 4 June next year.', '2014-06-04'],
  ])('are one event: %s', (sentence, value) => {
    expect(eventDates(sentence, '2013-05-07')).toEqual([value]);
  });
});

it('a weekday and the week that places it are one event', () => {
  expect(eventDates('He missed training on Wednesday last week.', '2013-05-10')).toEqual(['2013-05-01']);
});

describe('a date describing a thing someone has', () => {
  it('is no event of its own when its sentence dates one', () => {
    expect(eventDates('The company will report its second-quarter results on August 28.', '2013-06-18')).toEqual([
      '2013-08-28',
    ]);
  });
  it("after a name's possessive too, unless the noun is a happening", () => {
    expect(eventDates("Senators voted on Tuesday to reject the city's 2014 budget.", '2013-06-18')).toEqual([
      '2013-06-18',
    ]);
    expect(eventDates("Critics on Tuesday recalled Norway's 2011 referendum on the treaty.", '2013-06-18')).toContain(
      '2011',
    );
  });
  it('is one when nothing else in the sentence is dated', () => {
    expect(eventDates('The company reported its second-quarter results.', '2013-08-18')).toEqual(['2013-Q2']);
  });
  it('after "his" or "its" too when the noun is a happening', () => {
    expect(
      eventDates('He was sworn in on Sunday, after his 2018 corruption conviction was overturned.', '2023-01-01'),
    ).toContain('2018');
  });
});

describe('a period named by the day or month it ends on', () => {
  it.each([
    [
      'The result for the year to June compares with a loss a year earlier, when border closures grounded its planes.',
      ['2022'],
    ],
    ['Profit in the three months ended March 31 doubled, the company said on Thursday.', ['2023-08-24']],
  ])('is the frame of a figure when another date of its sentence places a happening: %s', (sentence, dates) => {
    expect(eventDates(sentence, '2023-08-24')).toEqual(dates);
  });
  it('negative: alone in its sentence, it dates what happened over it', () => {
    expect(eventDates('Profit in the year to June rose 10 percent.', '2023-08-24')).toEqual(['2022-07']);
  });
});

describe('a date joined to a noun as an adjective of what a thing is', () => {
  it.each([
    ['Thieves broke in on Monday and made off with priceless 18th-century jewellery.', ['2019-11-25']],
    ['Collectors bought 1960s-era cars at the auction.', []],
    ['Guests stayed at a 1920s-style hotel last week.', ['2019-W47']],
  ])('dates no happening: %s', (sentence, dates) => {
    expect(eventDates(sentence, '2019-11-25')).toEqual(dates);
  });
  it('negative: before a happening noun it dates the happening', () => {
    expect(eventDates('The 17th-century war left the region in ruins.', '2019-11-25')).toEqual(['16']);
  });
});

describe("a year as a name's edition", () => {
  it.each([
    ['Velport 2012 chairman Jan Koval said the stadium was full on Sunday night.', ['2012-08-05TNI']],
    ['Orvia 2016 organisers have said the Games will go ahead.', []],
  ])('dates no happening: %s', (sentence, dates) => {
    expect(eventDates(sentence, '2012-08-06')).toEqual(dates);
  });
  it.each([
    ['He won gold at Velport 2008 and Orvia 2012.', ['2008', '2012']],
    ['In 2010 officials met twice.', ['2010']],
    ['By Christmas 2011 sales had fallen.', ['2011-12-25']],
  ])('negative: a date after a word of the calendar or of time stays one: %s', (sentence, dates) => {
    expect(eventDates(sentence, '2012-08-06')).toEqual(dates);
  });
});

describe('the eve of a happening on a day named after it', () => {
  it('is the one event, a day before that day', () => {
    expect(eventDates('On the eve of the final on Sunday, the coach rested his players.', '2013-05-07')).toEqual([
      '2013-05-04',
    ]);
  });
});

describe('a season or fiscal year named by its two years', () => {
  it('is no event of its own when its sentence dates one', () => {
    expect(
      eventDates('The Hawks lifted the cup on Saturday, on the final day of the 2011-12 season.', '2012-05-01'),
    ).toEqual(['2012-04-28']);
  });
  it('is one when nothing else in the sentence is dated', () => {
    expect(eventDates('The Hawks finished last in the 2009/10 season.', '2012-05-01')).toEqual(['2009']);
  });
});

describe('two years a dash joins', () => {
  it('are one event spanning both years', () => {
    const events = eventsOf('Output rose in 2010–2015, the report said.', '2016-03-01');
    expect(events.map((e) => [e.date.start, e.date.end])).toEqual([
      ['2010-01-01T00:00:00.000Z', '2016-01-01T00:00:00.000Z'],
    ]);
  });
});

describe('two happenings of one month in two sentences', () => {
  it('stay two when they share a word but no happening word', () => {
    expect(
      eventDates(
        'The mission is expected to end when the lunar night falls in early September. The agency plans to launch its first solar mission next month.',
        '2023-08-23',
      ),
    ).toEqual(['2023-09', '2023-09']);
  });
});

describe('a part of a period', () => {
  const approximate = (sentence: string): boolean[] => eventsOf(sentence, '2021-11-13').map((e) => e.date.approximate);
  it.each([
    'Countries must cut emissions by the end of 2025.',
    'The plant will close at the beginning of next year.',
    'Talks resume in early 2022.',
  ])('is dated by the whole period, approximately: %s', (sentence) => {
    expect(approximate(sentence)).toEqual([true]);
  });
  it('negative: the whole period is exact', () => {
    expect(approximate('Countries must cut emissions in 2025.')).toEqual([false]);
  });
});

describe("a wire story's place line", () => {
  it("is no part of the lead's label", () => {
    const events = eventsOf('PARIS (AFP) - Rafael Nadal won a 12th French Open title on Sunday.', '2019-06-09');
    expect(events.map((e) => e.label)).toEqual(['Rafael Nadal wins a 12th French Open title']);
  });
});

describe('days that follow each other, listed with "and"', () => {
  it('are one event spanning them', () => {
    const events = eventsOf('Leaders will meet in Brussels on Friday and Saturday.', '2024-06-12');
    expect(events.map((e) => [e.date.start, e.date.end])).toEqual([
      ['2024-06-14T00:00:00.000Z', '2024-06-16T00:00:00.000Z'],
    ]);
  });
  it('negative: days apart are two events', () => {
    expect(eventDates('Talks were held on Monday and Thursday.', '2024-06-12')).toHaveLength(2);
  });
});

describe('a date owning a noun', () => {
  it('is no event of its own when its sentence dates one', () => {
    expect(eventDates('She retained her title on Sunday in a repeat of last year’s final.', '2013-07-14')).toEqual([
      '2013-07-14',
    ]);
  });
  it('unless the noun is a deed done to something ("last Sunday\'s theft of crown jewels")', () => {
    expect(
      datedLabels(
        "Police arrested two men over last Sunday's theft of crown jewels from the museum, prosecutors said on Sunday.",
        '2025-10-26',
      ),
    ).toContain('2025-10-19 Theft of crown jewels');
  });
});

describe('"he" in a sentence whose own subject is "he"', () => {
  it('stands for the person named before that sentence', () => {
    const base = segment(
      'A headline\n\nAlberto Fujimori governed Peru from 1990 to 2000. The son of immigrants, he won a surprise victory in the 1990 election against the novelist Mario Vargas Llosa. Two years later he dissolved Congress.',
      { published: '2024-09-11' },
    );
    const people = [
      person(base, 'Alberto Fujimori', ['Alberto Fujimori']),
      person(base, 'Mario Vargas Llosa', ['Mario Vargas Llosa']),
    ];
    const events = buildEvents(base, people, extractTimexes(base));
    expect(events.find((e) => e.date.value === '1992')?.label).toBe('Fujimori dissolves Congress');
  });
});

describe('a headline and its story dating the same day', () => {
  it('take the story’s clause, not the headline read as one ("markets" before "to" is no verb)', () => {
    const base = segment(
      'Russian markets to remain closed until Friday\n\nThe government has continued to hold all stock markets closed until Friday.',
      { published: '2008-09-18' },
    );
    // Closed until Friday: from the publication day to the end of Friday.
    const event = buildEvents(base, [], extractTimexes(base)).find((e) => e.date.end === '2008-09-20T00:00:00.000Z');
    expect(event?.label).toBe('Government continues to hold all stock markets closed');
  });
});

describe('a count, "after" or "before", and what happened then', () => {
  const dated = (body: string, published: string): string[] => {
    const base = segment(`A headline\n\n${body}`, { published });
    return buildEvents(base, [], extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => `${e.date.start.slice(0, 10)} ${e.label}`);
  };
  it.each([
    [
      'The president unveiled the plan on Thursday, a day after workers walked off the job.',
      ['2019-10-02 Workers walk off the job', '2019-10-03 President unveils the plan'],
    ],
    [
      'Han was detained on March 5, two days after investigators raided his home in Seoul.',
      ['2019-03-03 Investigators raid his home', '2019-03-05 Han is detained'],
    ],
    // A clause cut from its sentence is no headline: its first past after a noun is its verb.
    [
      'The lander touched down on Wednesday, four days after a rival attempt ended in a crash.',
      ['2019-09-28 Rival attempt ends in a crash', '2019-10-02 Lander touches down'],
    ],
    // The first of two clauses joined by "and", when it has a past of its own.
    [
      'Ruto dropped the bill on Wednesday, a day after protesters stormed parliament and at least 22 people were killed.',
      ['2019-10-01 Protesters storm parliament', '2019-10-02 Ruto drops the bill'],
    ],
    // The clause, not a relative clause about one of its nouns.
    [
      'Smith resigned on Wednesday, a day after voters rejected the bailout in a referendum that has plunged Europe into crisis.',
      ['2019-10-01 Voters reject the bailout', '2019-10-02 Smith resigns'],
    ],
    [
      'Ruto spoke on Wednesday, a day after Smith and his wife were released.',
      ['2019-10-01 Smith and his wife are released', '2019-10-02 Ruto speaks'],
    ],
    [
      'Two days after protesters stormed parliament, he resigned on Friday.',
      ['2019-10-02 Protesters storm parliament', '2019-10-04 He resigns'],
    ],
    [
      'The software will be available on June 17, two days before the phone launches.',
      ['2020-06-17 Software is available', '2020-06-19 Phone launches'],
    ],
    [
      'The strike began on Monday, a week after talks collapsed in the largest dispute since the return to democracy in 1990.',
      [
        '1990-01-01 Return to democracy',
        '2019-09-23 Talks collapse in the largest dispute',
        '2019-09-30 Strike begins',
      ],
    ],
    // Counted from the day of a time.
    [
      'The lander touched down at 6:04 pm on Wednesday, four days after a rival probe crashed.',
      ['2019-09-28 Rival probe crashes', '2019-10-02 Lander touches down'],
    ],
    // A clause with a pronoun or no subject shares the main clause's.
    [
      'The ceasefire collapsed on Friday, two days after it was signed.',
      ['2019-10-02 Ceasefire is signed', '2019-10-04 Ceasefire collapses'],
    ],
    [
      'Okoro filed charges on Friday, two days after taking office.',
      ['2019-10-02 Okoro takes office', '2019-10-04 Okoro files charges'],
    ],
    // An "-ing" word opening the label but not the clause describes the clause's own subject.
    [
      'The museum reopened on Friday, five years after a devastating fire nearly destroyed it.',
      ['2014-01-01 Devastating fire nearly destroys it', '2019-10-04 Museum reopens'],
    ],
    [
      'The probe returned with dust in 2010, seven years after it was launched.',
      ['2003-01-01 Probe is launched', '2010-01-01 Probe returns with dust'],
    ],
    // The subject of the verb the count is set against, not of a clause it reports.
    [
      'The agency said on Friday that sales had fallen, two days after it cut its forecast.',
      ['2019-10-02 Agency cuts its forecast', '2019-10-04 Sales fall'],
    ],
    [
      'The rebels said on Friday that the town had fallen, two days after they launched an offensive.',
      ['2019-10-02 Rebels launch an offensive', '2019-10-04 Town falls'],
    ],
    // "it" after a plural subject opening the sentence: the object, one thing.
    [
      'Firefighters were still battling the blaze on Friday, two days after it started.',
      ['2019-10-02 Blaze starts', '2019-10-04 Firefighters battle the blaze'],
    ],
  ])('%s', (body, events) => {
    expect(dated(body, '2019-10-05')).toEqual(events);
  });
  it('a clause opening with a gerund says its happening, not the name in it ("winning the race to succeed X")', () => {
    const body = 'Okoro took office on Friday, a day after winning the race to succeed Tom Velland.';
    const base = segment(`A headline\n\n${body}`, { published: '2019-10-05' });
    const velland = handMadeEntity(base, 'Tom Velland', 'person', ['Tom Velland']);
    const labels = buildEvents(base, [velland], extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => `${e.date.start.slice(0, 10)} ${e.label}`);
    expect(labels).toEqual(['2019-10-03 Okoro wins the race to succeed Tom Velland', '2019-10-04 Okoro takes office']);
  });
  it.each([
    // The clause's own date places it.
    [
      'Mena won on February 4, a week after the army seized power in January.',
      ['2019-01-01 Army seizes power', '2019-02-04 Mena wins'],
    ],
    // No date to count from.
    ['He resigned two days after the vote.', []],
    // A pronoun that does not agree with that subject stands for someone else.
    [
      'The minister resigned on Friday, two days after they accused him of fraud.',
      ['2019-10-02 They accuse him of fraud', '2019-10-04 Minister resigns'],
    ],
    // "it" alone is a thing said before, with no clause to label.
    ['The ceasefire collapsed on Friday, two days after it.', ['2019-10-04 Ceasefire collapses']],
  ])('negative: %s', (body, events) => {
    expect(dated(body, '2019-10-05')).toEqual(events);
  });
  it('leaves the count a duration, as TimeML writes it, counted from the day it is set against', () => {
    const base = segment('A headline\n\nHe resigned on Friday, two days after the vote.', { published: '2019-10-05' });
    expect(extractTimexes(base).map((t) => [t.text, t.type, t.value, t.reference])).toEqual([
      ['Friday', 'date', '2019-10-04', '2019-10-05'],
      // Counted from Friday, which the timeline says ("relative to 4 October 2019").
      ['two days', 'duration', 'P2D', '2019-10-04'],
    ]);
  });
});

describe('a "he" opening the sentence, its date before the "he" inside, is the one named before', () => {
  it('"He will be confirmed … on Tuesday, replacing Jon Tarbut, who … said that he would not run" → "Ruiz …"', () => {
    const base = segment(
      'A headline\n\nThe party elected Dan Ruiz as its new leader on Friday.\n\nHe will be confirmed as prime minister on Tuesday, replacing Jon Tarbut, who said last month that he would not run again.',
      { published: '2024-09-27' },
    );
    const entities = [
      handMadeEntity(base, 'Dan Ruiz', 'person', ['Dan Ruiz']),
      handMadeEntity(base, 'Jon Tarbut', 'person', ['Jon Tarbut']),
    ];
    const labels = buildEvents(base, entities, extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => `${e.date.value} ${e.label}`);
    expect(labels).toContain('2024-10-01 Ruiz is confirmed as prime minister');
  });
  it('not for a "she" after an opening "he": "… five years before she became queen" is the woman named', () => {
    const base = segment(
      'A headline\n\nPrince Varek died on Friday.\n\nHe married Anna Berg in 1947, five years before she became queen.',
      { published: '2021-04-09' },
    );
    const entities = [
      handMadeEntity(base, 'Varek', 'person', ['Varek']),
      handMadeEntity(base, 'Anna Berg', 'person', ['Anna Berg']),
    ];
    const labels = buildEvents(base, entities, extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => `${e.date.value} ${e.label}`);
    expect(labels).toContain('1952 Berg becomes queen');
  });
});

describe('one deed done by two on one day', () => {
  const labels = (body: string, made: [string, EntityType, string[]][]): string[] => {
    const base = segment(`A headline\n\n${body}`, { published: '2014-05-06' });
    const entities = made.map(([name, type, forms]) => handMadeEntity(base, name, type, forms));
    return buildEvents(base, entities, extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => e.label);
  };
  it('stays two when two bodies or places each do it: every reaction is kept', () => {
    expect(
      labels('Velmar condemned the attack on Sunday. Ostrania condemned the massacre on Sunday.', [
        ['Velmar', 'place', ['Velmar']],
        ['Ostrania', 'place', ['Ostrania']],
      ]),
    ).toEqual(['Velmar condemns the attack', 'Ostrania condemns the massacre']);
  });
  it('stays two when two people share a surname', () => {
    expect(
      labels('Dan Tarbut broke his silence on Sunday. Ruth Tarbut summoned community leaders to the villa on Sunday.', [
        ['Dan Tarbut', 'person', ['Dan Tarbut']],
        ['Ruth Tarbut', 'person', ['Ruth Tarbut']],
      ]),
    ).toEqual(['Dan Tarbut breaks his silence', 'Ruth Tarbut summons community leaders to the villa']);
  });
  it('stays two when two plural doers no entity names do two things', () => {
    expect(labels('Troops attacked the town on Friday. Residents fled the town on Friday.', [])).toEqual([
      'Troops attack the town',
      'Residents flee the town',
    ]);
    // Guard: one deed told of two words for its doers is one.
    expect(labels('Gunmen stormed the mall on Saturday. Attackers stormed the mall on Saturday.', [])).toEqual([
      'Gunmen storm the mall',
    ]);
  });
  it('is one when one names the other', () => {
    const places: [string, EntityType, string[]][] = [
      ['Velmar', 'place', ['Velmar']],
      ['Ostrania', 'place', ['Ostrania']],
    ];
    expect(
      labels('Velmar and Ostrania restored ties on Monday. Ostrania restored ties with Velmar on Monday.', places),
    ).toEqual(['Velmar and Ostrania restore ties']);
    expect(labels('Ostrania restored ties with Velmar on Monday. Velmar restored ties on Monday.', places)).toEqual([
      'Ostrania restores ties with Velmar',
    ]);
  });
});

describe('two clock times that bound a stretch are one happening', () => {
  it('"a curfew imposed from 10 pm to 5 am" is one event from 22:00 to the next day\'s 5:00', () => {
    const events = eventsOf('The soldiers said a curfew imposed from 10 pm to 5 am would stay.', '2023-07-27');
    expect(events.map((e) => [e.date.start, e.date.end, e.label])).toEqual([
      ['2023-07-27T22:00:00.000Z', '2023-07-28T05:01:00.000Z', 'Curfew is imposed'],
    ]);
  });
});

describe('what a long label goes on to say after "to"', () => {
  it('is no happening word to merge by: two happenings of one day stay two', () => {
    const base = segment(
      'A headline\n\nMladic led Serb forces into the town on Wednesday.\n\nChirac urged the allies on Wednesday to consider using force to retake the town.',
      { published: '1995-07-13' },
    );
    const labels = buildEvents(base, [], extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => e.label);
    expect(labels).toEqual(['Mladic leads Serb forces', 'Chirac urges the allies to consider using force']);
  });
});

describe('"within" a length ahead: a span from the publication day to its deadline', () => {
  const dated = (body: string, published: string): string[] => {
    const base = segment(`A headline\n\n${body}`, { published });
    return buildEvents(base, [], extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => `${e.date.value} ${e.date.start.slice(0, 10)}..${e.date.end.slice(0, 10)} ${e.label}`);
  };
  it.each([
    [
      'The committee will report back within a week.',
      '2015-05-05',
      '2015-05-12 2015-05-05..2015-05-13 Committee reports back',
    ],
    [
      'A presidential election must be held within three months.',
      '1999-12-31',
      '2000-03 1999-12-31..2000-04-01 Presidential election must be held',
    ],
  ])('%s', (body, published, event) => {
    expect(dated(body, published)).toEqual([event]);
  });
  it.each([
    // Guards: how long something took, and a length from another time.
    ['The rebels took the town within a week.', '2015-05-05'],
    ['Talks are to conclude within five years of the start of self-rule.', '2015-05-05'],
  ])('negative: %s places nothing', (body, published) => {
    expect(dated(body, published)).toEqual([]);
  });
});

describe('"until" a date ahead: a span from the publication day to it', () => {
  const dated = (body: string, published: string): string[] => {
    const base = segment(`A headline\n\n${body}`, { published });
    return buildEvents(base, [], extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => `${e.date.start.slice(0, 10)}..${e.date.end.slice(0, 10)} ${e.label}`);
  };
  it.each([
    ['The museum will stay closed until next Tuesday.', '2025-02-13', '2025-02-13..2025-02-19 Museum stays closed'],
    ['The exhibition runs until March 30 at the Louvre.', '2025-02-13', '2025-02-13..2025-03-31 Exhibition runs'],
    [
      'Kaneda said it would delay a planned bond issue until the autumn.',
      '2012-06-19',
      '2012-06-19..2012-12-01 Kaneda will delay a planned bond issue',
    ],
    ['The road will be shut till the end of May.', '2025-02-13', '2025-02-13..2025-06-01 Road is shut'],
  ])('%s', (body, published, event) => {
    expect(dated(body, published)).toEqual([event]);
  });
  it.each([
    [
      "Last month, the IAAF extended its ban on Russia's federation until at least next March.",
      '2016-12-07',
      "2016-11-01..2016-12-01 IAAF extends its ban on Russia's federation",
    ],
    [
      'On Monday the council extended the curfew until Friday.',
      '2016-12-07',
      '2016-12-05..2016-12-06 Council extends the curfew',
    ],
  ])('is no second happening when another date in its sentence places the same words: %s', (body, published, event) => {
    expect(dated(body, published)).toEqual([event]);
  });
  it('negative: a span with words of its own stays beside the other date', () => {
    expect(dated('The museum, which closed on Monday, will stay closed until next Tuesday.', '2016-12-07')).toEqual([
      '2016-12-05..2016-12-06 Museum closes',
      '2016-12-07..2016-12-14 Museum stays closed',
    ]);
  });
  it('is placed by the date it names, so it is no happening of the publication day', () => {
    const base = segment(
      "Norway's central bank on Thursday raised its key rate.\n\nThe bank expects inflation to stay high until at least 2026.",
      { published: '2023-06-22' },
    );
    const events = buildEvents(base, [], extractTimexes(base)).filter((e) => e.kind === 'event');
    expect(events.map((e) => [e.date.value, e.date.start.slice(0, 10), e.date.end.slice(0, 10)])).toEqual([
      ['2023-06-22', '2023-06-22', '2023-06-23'],
      ['2026', '2023-06-22', '2027-01-01'],
    ]);
  });
  it('negative: the end of a span between two dates is not a span from the publication day', () => {
    const base = segment('A headline\n\nThe Socialists governed Portugal from 2015 until 2024.', {
      published: '2025-05-20',
    });
    const [event] = buildEvents(base, [], extractTimexes(base)).filter((e) => e.kind === 'event');
    expect([event?.date.value, event?.date.start.slice(0, 10), event?.date.end.slice(0, 10)]).toEqual([
      '2015',
      '2015-01-01',
      '2025-01-01',
    ]);
  });
  it.each([
    // Negated: what happens is the reopening, on that date.
    ['The plant will not reopen until next year.', '2025-02-13', '2026-01-01..2027-01-01 Plant reopens'],
    ["Talks won't resume until March 3.", '2025-02-13', '2025-03-03..2025-03-04 Talks resume'],
    // A date already past is no span ahead.
    ['He served as minister until 2010.', '2025-02-13', '2010-01-01..2011-01-01 He serves as minister'],
  ])('negative: %s', (body, published, event) => {
    expect(dated(body, published)).toEqual([event]);
  });
});

describe('a span of time inside a name', () => {
  const sentence = 'Shelling last reached the town during the Four-Day War in 2016.';
  it('is no date of its own, without entities', () => {
    expect(eventDates(sentence, '2024-05-02')).toEqual(['2016']);
  });
  it('is no date of its own inside an event’s mention', () => {
    const base = segment(`A headline\n\n${sentence}`, { published: '2024-05-02' });
    const start = base.text.indexOf('Four-Day War');
    const war: Entity = {
      id: 'event-war',
      name: 'Four-Day War',
      type: 'event',
      mentions: [{ start, end: start + 'Four-Day War'.length, sentence: 1 }],
      role: null,
      description: null,
      salience: 0.5,
      related: [],
      country: null,
    };
    const events = buildEvents(base, [war], extractTimexes(base)).filter((e) => e.kind === 'event');
    expect(events.map((e) => e.date.value)).toEqual(['2016']);
  });
  it('is one in lower case ("the four-day strike" stays anchored on the publication date)', () => {
    expect(eventDates('The four-day strike has shut the port.', '2024-05-02')).toEqual(['2024-04-28']);
  });
});

describe('mentions of one day', () => {
  /** An entity of `type` whose mentions are every occurrence of `forms`. */
  const named = (base: ArticleBase, name: string, type: EntityType, forms: string[]): Entity => ({
    ...person(base, name, forms),
    id: `${type}-${name.toLowerCase()}`,
    type,
  });
  const timeline = (body: string, published: string, names: (base: ArticleBase) => Entity[]): string[] => {
    const base = segment(`A headline\n\n${body}`, { published });
    return buildEvents(base, names(base), extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => `${e.date.value} ${e.label}`);
  };
  it('keep apart two happenings at one place, each with its own date', () => {
    const body =
      'Rebels attacked a market in Tarvo on Saturday, killing nine people. Soldiers arrested two suspects in Tarvo on Saturday night.';
    expect(timeline(body, '2024-03-11', (base) => [named(base, 'Tarvo', 'place', ['Tarvo'])])).toEqual([
      '2024-03-09 Rebels attack a market',
      '2024-03-09TNI Soldiers arrest two suspects',
    ]);
  });
  it('join when the later one names the happening again ("an earthquake" … "the quake")', () => {
    const body =
      'A strong earthquake shook the island of Belmora on Monday. The quake hit at 6:12 am, seismologists at the Corvo Institute said.';
    const names = (base: ArticleBase) => [
      named(base, 'Belmora', 'place', ['Belmora']),
      named(base, 'Corvo Institute', 'organization', ['Corvo Institute']),
    ];
    expect(timeline(body, '2024-03-12', names)).toEqual([
      '2024-03-11T06:12 Strong earthquake shakes the island of Belmora',
    ]);
  });
  it('join when the later one names it by another noun for the same thing ("a fire" … "the blaze")', () => {
    const body =
      'A fire broke out at a warehouse in Corvo on Monday. The blaze was put out at 9:40 pm, firefighters in Corvo said.';
    expect(timeline(body, '2024-03-12', (base) => [named(base, 'Corvo', 'place', ['Corvo'])])).toEqual([
      '2024-03-11T21:40 Fire breaks out',
    ]);
  });
  it('join when a third tells of both ("Lee holds talks", "both sides meet", "talks with Lee … Thursday\'s meeting")', () => {
    const body =
      "Health minister Ann Lee will hold talks with nurses' leaders on Thursday. Pay will dominate when both sides meet at 0900 GMT. Union leaders seldom get to hold direct talks with Lee, describing Thursday's meeting as a rare chance.";
    expect(timeline(body, '2024-03-14', (base) => [person(base, 'Ann Lee', ['Ann Lee', 'Lee'])])).toEqual([
      "2024-03-14T09:00Z Health minister Lee holds talks with nurses' leaders",
    ]);
  });
});

describe('namesakes in labels', () => {
  /** A person's mentions: each form where it stands alone (not "Vance" inside "Ada Vance"). */
  const named = (base: ArticleBase, name: string, forms: string[]): Entity => {
    const mentions = forms.flatMap((form) =>
      [...base.text.matchAll(new RegExp(`(?<![A-Z][a-z]+ )\\b${form}\\b`, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + form.length,
        sentence: base.sentences.findIndex((x) => m.index >= x.start && m.index < x.end),
      })),
    );
    return { ...person(base, name, []), mentions };
  };
  const labels = (body: string, people: [string, string[]][]): string[] => {
    const base = segment(`A headline\n\n${body}`, { published: '2024-12-30' });
    return buildEvents(
      base,
      people.map(([name, forms]) => named(base, name, forms)),
      extractTimexes(base),
    ).map((e) => e.label);
  };
  const body = 'Tom Vance died on Sunday. Vance won in 1976. His wife of 77 years, Ada Vance, died in November 2023.';
  it('a person who shares the short name the article calls another by is named in full', () => {
    const found = labels(body, [
      ['Tom Vance', ['Tom Vance', 'Vance']],
      ['Ada Vance', ['Ada Vance']],
    ]);
    expect(found).toContain('Ada Vance dies');
    expect(found).toContain('Vance wins');
  });
  it('negative: with no namesake, the short name', () => {
    expect(labels(body, [['Ada Vance', ['Ada Vance']]])).toContain('Vance dies');
  });
});

describe('a name with its "of" as the subject', () => {
  it('"World number two Malvenko of Belarus beat …" is said of Malvenko, not of Belarus', () => {
    const base = segment('A headline\n\nWorld number two Zorya Malvenko of Belarus beat Ann Lee on Saturday.', {
      published: '2024-09-09',
    });
    const entities = [person(base, 'Zorya Malvenko', ['Zorya Malvenko']), person(base, 'Ann Lee', ['Ann Lee'])];
    const found = buildEvents(base, entities, extractTimexes(base)).map((e) => e.label);
    expect(found).toContain('Malvenko of Belarus beats Lee');
  });
});

describe('a clause a count of days is set against', () => {
  it('is told by its first verb, not by one "and" joins to it', () => {
    expect(
      datedLabels(
        'Rescuers pulled survivors on Sunday, two days after a 7.7-magnitude earthquake killed more than 1,600 people and left thousands injured.',
        '2025-03-30',
      ),
    ).toContain('2025-03-28 7.7-magnitude earthquake kills more than 1,600 people');
  });
  it('negative: a second clause with its own subject is no joined verb', () => {
    expect(
      datedLabels('Crowds gathered on Sunday, two days after the quake hit and rescuers arrived.', '2025-03-30'),
    ).not.toContain('2025-03-28 Quake hits');
  });
});

describe('a list of places, each with its date', () => {
  const place = (base: ArticleBase, name: string): Entity => ({
    ...person(base, name, [name]),
    id: `place-${name.toLowerCase()}`,
    type: 'place',
  });
  const dated = (body: string, places: string[]): string[] => {
    const base = segment(`A headline\n\n${body}`, { published: '2024-08-04' });
    return buildEvents(
      base,
      places.map((name) => place(base, name)),
      extractTimexes(base),
    ).map((e) => `${e.date.value} ${e.label}`);
  };
  it('dates the same happening at each place ("in Beijing in 2008, London in 2012 and Tokyo in 2021")', () => {
    const found = dated(
      'The Serb, who had lost in the semi-finals in Beijing in 2008, London in 2012 and Tokyo in 2021, wept.',
      ['Beijing', 'London', 'Tokyo'],
    );
    expect(found).toContain('2012 Serb loses in the semi-finals');
    expect(found).toContain('2021 Serb loses in the semi-finals');
  });
  it('with its own place when the label names the first ("won in Paris in 2015 and Berlin in 2016")', () => {
    expect(dated('He won in Paris in 2015 and Berlin in 2016.', ['Paris', 'Berlin'])).toContain(
      '2016 He wins in Berlin',
    );
  });
  it('negative: a name that is no place opens a clause of its own ("…, and Smith in 2016")', () => {
    expect(dated('He won in Paris in 2015, and Smith in 2016.', ['Paris'])).not.toContain('2016 He wins in Paris');
  });
});

describe('one day, several happenings', () => {
  it('a light verb in common ("sent") makes no two happenings one; a morning and 8 pm are two', () => {
    const base = segment(
      'A headline\n\nTorrential rain on Tuesday sent torrents of mud through towns.\n\nThe agency had issued its highest alert on Tuesday morning, but regional authorities sent a warning to phones only after 8:00 pm.',
      { published: '2024-11-01' },
    );
    const found = buildEvents(base, [], extractTimexes(base)).map((e) => `${e.date.value} ${e.label}`);
    expect(found).toContain('2024-10-29 Torrential rain sends torrents of mud');
    expect(found).toContain('2024-10-29TMO Agency issues its highest alert');
    expect(found).toContain('2024-10-29T20:00 Regional authorities send a warning to phones');
  });
});

describe('a clause after ", and" whose verb follows its date', () => {
  it('shares the subject of the clause before, not the person named after it', () => {
    const base = segment(
      'A headline\n\nBeijing has stepped up pressure on the island, and last August staged large-scale drills after Ana Lai stopped over in the United States.',
      { published: '2024-01-13' },
    );
    const found = buildEvents(base, [person(base, 'Ana Lai', ['Ana Lai'])], extractTimexes(base)).map((e) => e.label);
    expect(found).toContain('Beijing stages large-scale drills');
  });
});

describe('a baseline of a comparison', () => {
  it.each([
    'Officials warned that conditions could be worse than on New Year’s Eve.',
    'Prices were higher than in March, the agency said.',
  ])('dates nothing: %s', (body) => {
    expect(eventsOf(body, '2020-01-03')).toEqual([]);
  });
  it.each([
    ['The Games will be held no later than summer 2021.', '2021-SU'],
    ['The offensive began less than two weeks ago.', '2019-12-20'],
  ])('negative: a bound or an amount still dates its happening: %s', (body, value) => {
    expect(eventsOf(body, '2020-01-03').map((e) => e.date?.value)).toContain(value);
  });
});

describe("a record's baseline after 'since'", () => {
  const labelsOf = (body: string): string[] => {
    const base = segment(`A headline\n\n${body}`, { published: '2024-09-28' });
    return buildEvents(base, [], extractTimexes(base)).map((e) => `${e.date?.value ?? '-'} ${e.label}`);
  };
  it('"the most since 1878" dates nothing from 1878', () => {
    expect(labelsOf('The city recorded 11 inches of rain in two days, the most since 1878.').join('|')).not.toMatch(
      /^1878|\|1878/,
    );
  });
  it.each(['The party slumped to 23 percent, its worst result since 1987.', 'Shares had their best week since 1987.'])(
    '"worst" and "best" are superlatives too: %s',
    (body) => {
      expect(labelsOf(body).join('|')).not.toMatch(/^1987|\|1987/);
    },
  );
  it.each([
    'The coup is the seventh in West and Central Africa since 2020.',
    'The quake was the third to hit the region since 2015.',
    'It was the 12th such attack since 2015.',
    // (Up to seven words between them.)
    'The probe is the fifth rover the agency has sent to Mars since 2015.',
    // ("first" alone before its noun, as "first time" is.)
    'It was the first declaration of martial law in the country since 2015.',
    'The strike is the first in the sector since 2020.',
  ])('so is an ordinal: %s', (body) => {
    expect(labelsOf(body).filter((l) => /^20(?:15|20)/.test(l))).toEqual([]);
  });
  it('negative: what has gone on since a date still spans from it', () => {
    expect(labelsOf('Interest rates have risen since 2008, the bank said.').some((l) => l.startsWith('2008'))).toBe(
      true,
    );
  });
  it('negative: so does a term held since then, numbered ("has been serving his fourth term since 2019")', () => {
    expect(labelsOf('Velland has been serving his fourth term since 2019.').some((l) => l.startsWith('2019'))).toBe(
      true,
    );
  });
  it('negative: so does a hyphened ordinal ("second-quarter profit has fallen since 2019")', () => {
    expect(labelsOf('Its second-quarter profit has fallen since 2019.').some((l) => l.startsWith('2019'))).toBe(true);
  });
});

describe('a reported future whose date is past at publication', () => {
  const labels = (body: string): string[] => {
    const base = segment(`A headline\n\n${body}`, { published: '2024-06-10' });
    return buildEvents(base, [], extractTimexes(base)).map((e) => `${e.date.value} ${e.label}`);
  };
  it('reads as done; the date of the saying keeps "will"', () => {
    expect(labels('The brewery said in March it would shut the bottling line in April.')).toEqual([
      '2024-03 Brewery says it will shut the bottling line',
      '2024-04 Brewery shuts the bottling line',
      '2024-06-10 Article published',
    ]);
  });
  it('negative: a date still to come keeps "will"', () => {
    expect(labels('The brewery said on Monday it would shut the bottling line in September.')).toContain(
      '2024-09 Brewery will shut the bottling line',
    );
  });
});

/** The labels of `text` (headline and body) published on `published`, with people given as [name, salience, role]. */
function labelsWithPeople(text: string, published: string, people: [string, number, string?][]): string[] {
  const base = segment(text, { published });
  const entities = people.map(([name, salience, role]) => ({
    ...person(base, name, [name]),
    salience,
    ...(role ? { role } : {}),
  }));
  return buildEvents(base, entities, extractTimexes(base)).map((e) => e.label);
}

describe('labels of a one-sentence story that names the people given', () => {
  it.each<[reason: string, body: string, published: string, people: [string, number, string?][], expected: string[]]>([
    [
      'a second date after "and", then "to" and what it was to, says the first date\'s happening with its own "to"',
      'Tom Reddick pleaded guilty in August to eight counts including tax evasion, and in November to lying to Congress about a tower project.',
      '2018-12-12',
      [['Tom Reddick', 1]],
      ['Tom Reddick pleads guilty to eight counts', 'Tom Reddick pleads guilty to lying to Congress'],
    ],
    [
      'a noun phrase a count is set against says its happening, when its names said short bring it to eight words',
      'Crowds stormed the palace on Sunday, a week after the inauguration of his leftist rival Tom Allan Reddick Varo.',
      '2023-01-09',
      [['Tom Allan Reddick Varo', 1, 'leftist rival']],
      ['Inauguration of Varo'],
    ],
    [
      "a person's title owned by another person goes with its owner",
      "Ann Vale's former lawyer Tom Reddick was sentenced to three years in prison on Wednesday.",
      '2018-12-12',
      [
        ['Tom Reddick', 1, 'former lawyer'],
        ['Ann Vale', 0.8],
      ],
      ['Reddick is sentenced to three years'],
    ],
    [
      "so does a place's, or a body's",
      "Thousands of supporters of Varonia's former president Tom Reddick stormed the palace on Sunday.",
      '2023-01-09',
      [['Tom Reddick', 1, 'former president']],
      ['Thousands of supporters of Reddick storm the palace'],
    ],
    [
      '"it" in what a person says stands for no person: the label says the saying, with what was said',
      'Health Minister Tom Varley said on Friday it was over.',
      '2022-01-17',
      [['Tom Varley', 1]],
      ['Varley says it is over'],
    ],
    [
      'a range of years between "his" and a noun labels the whole stretch by its owner',
      'The court accuses Ramon Velasco of killings during his 2016-2022 presidency.',
      '2025-03-12',
      [['Ramon Velasco', 1]],
      ["Velasco's presidency"],
    ],
  ])('%s', (_reason, body, published, people, expected) => {
    const labels = labelsWithPeople(`A headline\n\n${body}`, published, people);
    for (const label of expected) expect(labels).toContain(label);
  });
});

describe('"its leader X had been killed … the day before"', () => {
  it('names the leader short (a name before a verb names no thing), and leaves "the day before" to its date', () => {
    const base = segment(
      'A headline\n\nThe group confirmed on Saturday that its leader Tom Vale had been killed in a strike the day before.',
      { published: '2024-09-28' },
    );
    const entities = [{ ...person(base, 'Tom Vale', ['Tom Vale']), salience: 1, role: "Vortex's leader" }];
    const labels = buildEvents(base, entities, extractTimexes(base)).map((e) => `${e.date.value} ${e.label}`);
    expect(labels).toContain('2024-09-27 Vale is killed in a strike');
    // (At the confirmation's date, the confirmation: the killing has a day of its own.)
    expect(labels).toContain('2024-09-28 Group confirms');
  });
  it('an object ends before "the day before"', () => {
    expect(datedLabels('On Monday the rebels seized the town the day before the vote.', '2024-09-30')).toContain(
      '2024-09-30 Rebels seize the town',
    );
  });
});

describe('a kin role given with its owner, the owner a mention of its own', () => {
  it('goes with its owner ("Vale\'s father Tomas seized power" → "Tomas seizes power")', () => {
    const base = segment("A headline\n\nVale fled on Sunday. Vale's father Tomas seized power in 1970.", {
      published: '2024-12-08',
    });
    const entities = [
      { ...person(base, 'Ann Vale', ['Vale']), salience: 1 },
      { ...person(base, 'Tomas', ['Tomas']), salience: 0.8, role: "Vale's father" },
    ];
    expect(buildEvents(base, entities, extractTimexes(base)).map((e) => e.label)).toContain('Tomas seizes power');
  });
});

describe('"he" after a birth name opening the sentence', () => {
  it('is the one named before, not the birth name ("Born Jorge Mario Bergoglio in 1936, he …")', () => {
    const labels = labelsWithPeople(
      'A headline\n\nPope Clement died on Monday. Born Marco Vitale Rossi in Turin in 1936, he was elected pope in March 2013.',
      '2025-04-21',
      [
        ['Clement', 1],
        ['Marco Vitale Rossi', 0.2],
      ],
    );
    expect(labels).toContain('Clement is elected pope');
  });
});

describe('"he" after a description of a person named before', () => {
  const labels = (body: string, entities: (base: ArticleBase) => Entity[]): string[] => {
    const base = segment(`A headline\n\n${body}`, { published: '2024-06-09' });
    return buildEvents(base, entities(base), extractTimexes(base)).map((e) => e.label);
  };
  it('names the person the sentence before names', () => {
    expect(
      labels(
        'Tomas Lindqvist took office as speaker on Sunday. The 61-year-old former trade minister was sworn in at the palace after he was elected unopposed on Friday.',
        (base) => [person(base, 'Tomas Lindqvist', ['Tomas Lindqvist'])],
      ),
    ).toContain('Lindqvist is elected unopposed');
  });
  it('keeps the description when no one is named before', () => {
    expect(
      labels(
        'The 61-year-old former trade minister was sworn in at the palace after he was elected unopposed on Friday.',
        () => [],
      ),
    ).toContain('61-year-old former trade minister is elected unopposed');
  });
  it('keeps the description when its noun stands for one brought in before with "a", not named', () => {
    const body =
      'Two trains collided on Tuesday, and a stationmaster was arrested. Transport Minister Nikos Stavrou resigned on Wednesday. The 59-year-old stationmaster in Volos was charged on Thursday after he admitted his error.';
    const events = labels(body, (base) => [person(base, 'Nikos Stavrou', ['Nikos Stavrou'])]);
    expect(events).toContain('59-year-old stationmaster in Volos is charged');
    expect(events.some((l) => /Stavrou is charged/.test(l))).toBe(false);
  });
  it('names the body whose role the description\'s noun ends ("The developer" after "… property developer")', () => {
    const body =
      "A court ordered the liquidation of Orvex Holdings, once the country's biggest property developer, on Monday. Judge Ana Velk said it had failed. The developer defaulted on its debts in 2021.";
    const events = labels(body, (base) => [
      handMadeEntity(
        base,
        'Orvex Holdings',
        'organization',
        ['Orvex Holdings'],
        "country's biggest property developer",
      ),
      person(base, 'Ana Velk', ['Ana Velk']),
    ]);
    expect(events).toContain('Orvex Holdings defaults on its debts');
  });
  it('names the person when the noun came with "a" before a name ("a striker, Tomas Lindqvist")', () => {
    const body =
      'The club signed a striker, Tomas Lindqvist, on Monday. The 25-year-old striker was presented to fans on Friday after he passed a medical.';
    expect(labels(body, (base) => [person(base, 'Tomas Lindqvist', ['Tomas Lindqvist'])])).toContain(
      'Lindqvist is presented to fans',
    );
  });
});

describe('a person described by age names the person named before', () => {
  it('names the person the sentence before names', () => {
    const base = segment(
      'A headline\n\nMaria Ruiz reached the final on Friday. The 31-year-old, who turned professional in 2012, plays Lee next.',
      { published: '2024-06-09' },
    );
    const labels = buildEvents(base, [person(base, 'Maria Ruiz', ['Maria Ruiz'])], extractTimexes(base)).map(
      (e) => e.label,
    );
    expect(labels).toContain('Ruiz turns professional');
  });
  it('so does one who announced a plan ("The 38-year-old … announced in October that he would retire")', () => {
    const base = segment(
      'A headline\n\nRafael Nadal lost on Tuesday. The 38-year-old, who won 14 French Open titles, announced in October that he would retire.',
      { published: '2024-11-20' },
    );
    const labels = buildEvents(base, [person(base, 'Rafael Nadal', ['Rafael Nadal'])], extractTimexes(base)).map(
      (e) => e.label,
    );
    expect(labels).toContain('Nadal announces he will retire');
  });
  it('so does a former office ("The former Mexico City mayor")', () => {
    const base = segment(
      'A headline\n\nClaudia Sheinbaum won the election on Sunday. The former Mexico City mayor secured 60 percent of the vote, the institute said early Monday.',
      { published: '2024-06-03' },
    );
    const labels = buildEvents(
      base,
      [person(base, 'Claudia Sheinbaum', ['Claudia Sheinbaum'])],
      extractTimexes(base),
    ).map((e) => e.label);
    expect(labels).toContain('Sheinbaum secures 60 percent of the vote');
  });
  it('so does an age\'s description, "and", then a former office', () => {
    const base = segment(
      'A headline\n\nClaudia Sheinbaum was sworn in on Tuesday. The 62-year-old climate scientist and former Mexico City mayor won the June 2 election by a landslide.',
      { published: '2024-10-01' },
    );
    const labels = buildEvents(
      base,
      [person(base, 'Claudia Sheinbaum', ['Claudia Sheinbaum'])],
      extractTimexes(base),
    ).map((e) => e.label);
    expect(labels).toContain('Sheinbaum wins the election');
  });
  it.each([
    // A role noun alone ("The forward spent 21 years at …, before leaving in 2021").
    [
      'Tom Lamb signed for Miami on Saturday. The club is co-owned by Ben Hart. The forward spent 21 years at Valencia before leaving in 2021.',
      'Lamb leaves',
    ],
    // A "he" after a sentence a description opens stands for the one the description does.
    [
      'Tom Lamb left Paris last month. Miami is co-owned by Ben Hart. The forward spent 21 years at Valencia. He is expected to make his debut on July 21.',
      'Lamb makes his debut',
    ],
    // A role noun after words that only describe it ("The 20-time Grand Slam champion had been held …").
    [
      'Tom Lamb left Paris last month. Miami is co-owned by Ben Hart. The 20-time Grand Slam champion had been held in a hotel after arriving in Melbourne on January 5.',
      'Lamb arrives in Melbourne',
    ],
  ])('so does a role noun alone: %s', (body, label) => {
    const labels = labelsWithPeople(`Lamb signs for Miami\n\n${body}`, '2023-07-15', [
      ['Tom Lamb', 1],
      ['Ben Hart', 0.3],
    ]);
    expect(labels).toContain(label);
  });
  it('prefers one whose role has the description\'s noun ("The minister …" after a minister named)', () => {
    const labels = labelsWithPeople(
      'Cabinet shaken\n\nPrime Minister Anna Dima spoke on Monday. Transport Minister Nikos Stavrou resigned on Tuesday. The minister, who took office in 2021, said he was sorry.',
      '2024-06-12',
      [
        ['Anna Dima', 1, 'Prime Minister'],
        ['Nikos Stavrou', 0.4, 'Transport Minister'],
      ],
    );
    expect(labels).toContain('Stavrou takes office');
  });
  it("names the story's most salient person of those named just before, not the first", () => {
    const base = segment(
      'Okoro leads Lagos past Accra\n\nTunde Okoro scored twice as Lagos beat Accra on Tuesday. Femi Adeyemi opened the scoring before Okoro doubled the lead. The 35-year-old captain, who missed a penalty last week, now has 60 goals.',
      { published: '2024-06-12' },
    );
    const entities = [
      { ...person(base, 'Tunde Okoro', ['Tunde Okoro', 'Okoro']), salience: 1 },
      { ...person(base, 'Femi Adeyemi', ['Femi Adeyemi']), salience: 0.3 },
    ];
    const labels = buildEvents(base, entities, extractTimexes(base)).map((e) => e.label);
    expect(labels).toContain('Okoro misses a penalty');
  });
});

describe('spans that bound a time near the publication day are no shared anchor', () => {
  const eventsOf = (body: string, published = '2024-09-12') => {
    const base = segment(`A headline for the test\n\n${body}`, { published });
    return buildEvents(base, [], extractTimexes(base)).filter((e) => e.kind === 'event');
  };
  it('keeps two sentences "earlier this year" two events', () => {
    const events = eventsOf('Prices rose earlier this year. Wages fell earlier this year.');
    expect(events.map((e) => e.label)).toEqual(['Prices rise', 'Wages fall']);
  });
  it('dates "by the end of the year" from the publication day to 31 December', () => {
    const [event] = eventsOf('The firm expects to cut 500 jobs by the end of the year.');
    expect(event?.date).toMatchObject({ start: '2024-09-12T00:00:00.000Z', end: '2025-01-01T00:00:00.000Z' });
  });
  it('places "earlier this month" and "later this year" by the period, about, not on its first day', () => {
    const [said, decide] = eventsOf(
      'The agency said earlier this month that demand would grow. The board will decide later this year.',
      '2014-11-28',
    );
    expect(said?.date).toMatchObject({ value: '2014-11', precision: 'month', approximate: true });
    expect(said?.date.start).toBe('2014-11-01T00:00:00.000Z');
    expect(decide?.date).toMatchObject({ value: '2014', precision: 'year', approximate: true });
    expect(decide?.date.start).toBe('2014-11-28T00:00:00.000Z');
  });
  it('negative: "since March 2011" and "the 26-month conflict" still share their start', () => {
    const text = 'The conflict has killed 70,000 people since March 2011. The 26-month conflict goes on.';
    expect(eventsOf(text, '2013-05-07')).toHaveLength(1);
  });
});

describe("a contract's delivery month", () => {
  it('is no happening: "crude for delivery in January"', () => {
    expect(eventDates('Brent crude for delivery in January jumped above $50 on Wednesday.', '2016-11-30')).toEqual([
      '2016-11-30',
    ]);
  });
  it('negative: a month a delivery happened in is one', () => {
    expect(eventDates('The first tanks were delivered in January.', '2016-11-30')).toEqual(['2016-01']);
  });
});

describe('a period a change is measured against', () => {
  const labels = (body: string): string[] => datedLabels(body, '2025-09-10');
  it('is no happening: "from a year earlier", "from the previous year"', () => {
    expect(labels('Revenue rose 10 percent in June from a year earlier.')).toEqual([
      '2025-06 Revenue rises 10 percent',
    ]);
    expect(labels('Sales dropped 42% last month from the previous year.')).toEqual(['2025-08 Sales drop 42%']);
  });
  it('is no happening: "compared with 2021 levels", nor a point to count "later" from', () => {
    const dates = eventDates(
      'Carmakers will have to cut emissions by 55 percent by 2030 compared with 2021 levels, and by 100 percent five years later.',
      '2022-10-28',
    );
    expect(dates).not.toContain('2021');
    expect(dates).toEqual(['2030', '2035']);
  });
  it.each([
    ["More than 15,600 cases were reported in the first half, exceeding last year's total."],
    ["Turnout stood at 61 percent on Sunday, above 2021's level."],
  ])("is no happening: a period's total or level a figure is set against: %s", (body) => {
    expect(eventDates(body, '2025-09-10')).not.toContain('2024');
    expect(eventDates(body, '2025-09-10')).not.toContain('2021');
  });
  it.each([
    ['More than 30,000 cases were reported this year, compared with 941 in the whole of 2022.'],
    ['Sales reached 2 million cars this year, against 1.2 million cars in 2021.'],
  ])('is no happening: a count of another period a figure is set against: %s', (body) => {
    expect(eventDates(body, '2025-09-10')).toEqual(['2025']);
  });
  it('is no happening: a multiple of the number in another period ("more than double the number in 2022")', () => {
    expect(
      labels(
        'More than 8,400 people were killed, injured or kidnapped last year, more than double the number in 2022.',
      ),
    ).toEqual(['2024 More than 8,400 people are killed, injured or kidnapped']);
  });
  it("negative: a period's own happening, in its possessive, is one", () => {
    expect(labels("Last year's floods killed 20 people.")).toEqual(['2024 Floods kill 20 people']);
  });
  it('is no happening: "on the same period in 2024", named by its date', () => {
    expect(
      labels('More than 17,000 cases were reported this year, a 160 percent increase on the same period in 2024.'),
    ).toEqual(['2025 More than 17,000 cases are reported']);
  });
  it('is no happening: "as many as in the same period of 2024"', () => {
    expect(
      labels('More than 3.5 million cases were recorded this year, three times as many as in the same period of 2024.'),
    ).toEqual(['2025 More than 3.5 million cases are recorded']);
  });
  it('negative: a level it stood at is one ("up from $6.7 billion a year earlier")', () => {
    expect(
      labels('The company reported revenue of $13.5 billion in June, up from $6.7 billion a year earlier.'),
    ).toContain('2024 Revenue stands at $6.7 billion');
  });
});

describe('dates joined by "and" date one happening', () => {
  const labels = (body: string, published = '2009-04-07'): string[] => datedLabels(body, published);
  it('labels the second date as the first: "the killings of 25 people in 1991 and 1992"', () => {
    expect(
      labels('The court found him guilty over the killings of 25 people in 1991 and 1992 by an army unit.'),
    ).toEqual(['1991 Killings of 25 people', '1992 Killings of 25 people']);
  });
  it('and after a comma: "in 2004, 2008 and 2012"', () => {
    expect(labels('Protests over the killings of three students in 2004, 2008 and 2012 went on.')).toEqual([
      '2004 Killings of three students',
      '2008 Killings of three students',
      '2012 Killings of three students',
    ]);
  });
  it('and after an amount said again: "by 1.5 percent in 2015 and 1.8 percent in 2016"', () => {
    expect(labels('The bank expected the economy to expand by 1.5 percent in 2015 and 1.8 percent in 2016.')).toEqual([
      '2015 Bank expects the economy to expand',
      '2016 Bank expects the economy to expand',
    ]);
  });
  it('each with its own amount: "$1 trillion in June 2023 and $2 trillion in February"', () => {
    expect(
      datedLabels('Nvidia hit $1 trillion in market value in June 2023 and $2 trillion in February.', '2024-06-06'),
    ).toEqual(['2023-06 Nvidia hits $1 trillion', '2024-02 Nvidia hits $2 trillion']);
  });
  it('negative: a date after a clause of its own keeps its own label', () => {
    expect(labels('The killings of 25 people took place in 1991 and the army denied them in 1992.')).toEqual([
      '1991 Killings of 25 people take place',
      '1992 Army denies them',
    ]);
  });
});

describe('"It" opening a sentence stands for the thing the sentence before opens with', () => {
  const labels = (body: string): string[] => datedLabels(body, '2024-05-01');
  it.each([
    [
      'The ruling party withdrew a similar bill last year. It reintroduced the measure in April.',
      ['2023 Ruling party withdraws a similar bill', '2024-04 Ruling party reintroduces the measure'],
    ],
    [
      'The Psyche probe lifted off on Friday. It is due to reach the asteroid in August 2029.',
      ['2024-04-26 Psyche probe lifts off', '2029-08 Psyche probe reaches the asteroid'],
    ],
    [
      "The world's largest cryptocurrency hit a record in Asian trading. It traded at $69,000 on April 5.",
      ["2024-04-05 World's largest cryptocurrency trades at $69,000"],
    ],
  ])('with a past, and a name or an owner before its noun: %s', (body, expected) => {
    expect(labels(body)).toEqual(expected);
  });
  it.each([
    [
      'The mission is one of the most expensive NASA has undertaken. It was first proposed more than two decades ago.',
      ['2004 Mission is first proposed'],
    ],
    [
      'At 5.2 billion dollars, the mission is one of the most expensive. It was first proposed more than two decades ago.',
      ['2004 Mission is first proposed'],
    ],
  ])('a passive with an adverb before its participle, and a phrase before the subject: %s', (body, expected) => {
    expect(labels(body)).toEqual(expected);
  });
  it('"who" after a team named after its place opening the sentence, after "The", stands for it', () => {
    const base = segment(
      'A headline\n\nThe UK, who won the cup two years ago, have not won away in France since 1993.',
      {
        published: '2024-05-01',
      },
    );
    const events = buildEvents(base, recognizeEntities(base), extractTimexes(base));
    expect(events.map((e) => `${e.date.value} ${e.label}`)).toContain('2022 UK wins the cup');
  });
  it("the plural of a body's own name takes a plural verb, past a qualifier with a hyphen", () => {
    const body =
      'Velmi rebels attacked ships in May. The Tarvia-backed Velmis have launched 100 attacks since November 19, when they seized a cargo ship.';
    const base = segment(`A headline\n\n${body}`, { published: '2024-05-01' });
    const velmi = handMadeEntity(base, 'Velmi', 'organization', ['Velmis?']);
    const events = buildEvents(base, [velmi], extractTimexes(base));
    expect(events.map((e) => e.label)).toContain('Tarvia-backed Velmis seize a cargo ship');
  });
  it('names each with its year, listed as the subject, each did it at its year', () => {
    const body = 'Velmar in 1990, Tarvia in 2002 and Norvia in 2010 had all fallen in the quarter-finals.';
    const base = segment(`A headline\n\n${body}`, { published: '2024-05-01' });
    const places = ['Velmar', 'Tarvia', 'Norvia'].map((name) => handMadeEntity(base, name, 'place', [name]));
    const events = buildEvents(base, places, extractTimexes(base));
    expect(events.map((e) => `${e.date.value} ${e.label}`)).toEqual([
      '1990 Velmar falls in the quarter-finals',
      '2002 Tarvia falls in the quarter-finals',
      '2010 Norvia falls in the quarter-finals',
      '2024-05-01 Article published',
    ]);
  });
  it('"it" right after a relative pronoun is the place or body its sentence opens with', () => {
    const body =
      'Velmar has some 1,500 troops in the country, which it moved to after being pushed out of neighbouring Tarvia last year.';
    const base = segment(`A headline\n\n${body}`, { published: '2024-05-01' });
    const velmar = handMadeEntity(base, 'Velmar', 'place', ['Velmar']);
    const events = buildEvents(base, [velmar], extractTimexes(base));
    expect(events.map((e) => `${e.date.value} ${e.label}`)).toContain(
      '2023 Velmar is pushed out of neighbouring Tarvia',
    );
  });
  it('past sentences that open with "It" too, to a body named after a role', () => {
    const body =
      'Car company Zentra announced on Monday it would cut jobs. It could sell a unit. It also plans to close two plants by 2026.';
    const base = segment(`A headline\n\n${body}`, { published: '2024-05-01' });
    const zentra = handMadeEntity(base, 'Zentra', 'organization', ['Zentra']);
    const events = buildEvents(base, [zentra], extractTimexes(base));
    expect(events.map((e) => `${e.date.value} ${e.label}`)).toContain('2026 Zentra plans to close two plants');
  });
  it('a named thing the sentence before opens with, past a phrase set off before it', () => {
    const body = 'Launched in 1977, Voyager 1 is the most distant probe. It left the solar system in 2012.';
    const base = segment(`A headline\n\n${body}`, { published: '2024-05-01' });
    const voyager = handMadeEntity(base, 'Voyager', 'thing', ['Voyager']);
    const events = buildEvents(base, [voyager], extractTimexes(base));
    expect(events.map((e) => `${e.date.value} ${e.label}`)).toContain('2012 Voyager leaves the solar system');
  });
});

describe('an ordinal alone as the subject means a thing the sentence before opens with', () => {
  const labels = (body: string): string[] => datedLabels(body, '2014-05-22');
  it('"The coup is the 12th since 1932. The last, in 2006, ousted …" → "Last coup ousts …"', () => {
    expect(labels('The coup is the 12th in the country. The last, in 2006, ousted the elected government.')).toEqual([
      '2006 Last coup ousts the elected government',
    ]);
  });
  it('negative: an ordinal before its noun is left as written', () => {
    expect(
      labels('The coup is the 12th in the country. The last coup, in 2006, ousted the elected government.'),
    ).toEqual(['2006 Last coup ousts the elected government']);
    expect(labels('The attack shocked the town. The first victims were buried in 2006.')).toEqual([
      '2006 Victims are buried',
    ]);
  });
});

describe('a noun phrase set against a count says its happening', () => {
  const labels = (body: string): string[] => datedLabels(body, '2013-06-09');
  it('"two days after a five-set semi-final against Djokovic" → "Five-set semi-final against Djokovic"', () => {
    expect(labels('Nadal won on Sunday, two days after a five-set semi-final against Djokovic.')).toEqual([
      '2013-06-07 Five-set semi-final against Djokovic',
      '2013-06-09 Nadal wins',
    ]);
  });
  it('negative: a clause with its verb is labelled by it', () => {
    expect(labels('Nadal won on Sunday, two days after he beat Djokovic.')).toContain(
      '2013-06-07 Nadal beats Djokovic',
    );
  });
});

describe('a start counted back from a length of time gives way to the stated one', () => {
  it('"the 12-day festival" and "The festival, which began on May 13" are one start, on 13 May', () => {
    expect(
      datedLabels(
        'Critics loved it throughout the 12-day festival. The festival, which began on May 13, closed on Sunday.',
        '2009-05-24',
      ),
    ).toEqual(['2009-05-13 Festival begins', '2009-05-24 Festival closes']);
  });
  it('negative: a start said a week apart stays', () => {
    expect(
      datedLabels(
        'Critics loved it throughout the 12-day festival. The festival, which began on May 6, closed on Sunday.',
        '2009-05-24',
      ),
    ).toContain('2009-05-12 Festival begins');
  });
});

describe('"since" after a perfect of leading dates its start, whatever superlative its object has', () => {
  const labels = (body: string): string[] => datedLabels(body, '2013-09-22');
  it('"Merkel has led Europe\'s biggest economy since 2005" → "Merkel leads Europe\'s biggest economy"', () => {
    expect(labels("Merkel has led Europe's biggest economy since 2005.")).toEqual([
      "2005 Merkel leads Europe's biggest economy",
    ]);
  });
  it("negative: a record's baseline is still no happening", () => {
    expect(labels("It was the party's heaviest defeat since 1935.")).toEqual([]);
  });
});

describe('a first time since a date is a baseline, and the length it compares no span', () => {
  it('"the first time it has shut for two days because of weather since 1888" dates nothing', () => {
    const base = segment(
      'A headline for the test\n\nThe exchange was closed for a second day on Tuesday, the first time it has shut for two days because of weather since 1888.',
      { published: '2012-10-30' },
    );
    expect(
      buildEvents(base, [], extractTimexes(base))
        .filter((e) => e.kind === 'event')
        .map((e) => `${e.date.value} ${e.label}`),
    ).toEqual(['2012-10-30 Exchange is closed for a second day']);
  });
  it('negative: a length outside such a clause is still a span', () => {
    const base = segment('A headline for the test\n\nThe exchange has been shut for two days.', {
      published: '2012-10-30',
    });
    expect(buildEvents(base, [], extractTimexes(base)).some((e) => e.date.value === '2012-10-28')).toBe(true);
  });
});

describe('a period averaged over is a baseline, no happening', () => {
  const labels = (body: string): string[] => datedLabels(body, '2012-09-19');
  it('"nearly half the average minimum extent between 1979 and 2000" dates nothing', () => {
    expect(labels('The figure is nearly half the average minimum extent between 1979 and 2000.')).toEqual([]);
  });
  it('negative: a verb "averaged" with its date is a happening', () => {
    expect(labels('Temperatures averaged 20 degrees in 2010.')).toEqual(['2010 Temperatures average 20 degrees']);
  });
});

describe('a length before "history" in a sentence with a date of its own', () => {
  it("counts back to its owner's beginning, the body opening the sentence", () => {
    const body =
      'The United Auto Workers union launched strikes at General Motors, Ford and Stellantis on Friday, the first time in its 88-year history that it has walked out at all three.';
    const base = segment(`A headline\n\n${body}`, { published: '2023-09-15' });
    const bodies = ['United Auto Workers', 'General Motors', 'Ford', 'Stellantis'].map((name) =>
      handMadeEntity(base, name, 'organization', [name]),
    );
    const labels = buildEvents(base, bodies, extractTimexes(base)).map((e) => `${e.date.value} ${e.label}`);
    expect(labels).toContain("1935 United Auto Workers' history begins");
  });
  it('negative: a possessive date before another noun is still no event there', () => {
    const labels = datedLabels('The firm will report its second-quarter results on Friday.', '2023-09-15');
    expect(labels.map((l) => l.slice(0, 4))).not.toContain('2023-04');
    expect(labels).toHaveLength(1);
  });
});

describe('a period that frames another date of the same happening', () => {
  it('"on Thursday for the fourth time this year": one event, on the Thursday', () => {
    const events = eventsOf(
      'The central bank cut its key interest rate on Thursday for the fourth time this year, as inflation eased.',
      '2024-12-12',
    ).filter((e) => e.kind === 'event');
    const cuts = events.filter((e) => /cuts its key interest rate/.test(e.label));
    expect(cuts.map((e) => e.date.value)).toEqual(['2024-12-12']);
  });
  it('guard: a period of another happening in the sentence stays', () => {
    const events = eventsOf('The bank cut its rate on Thursday, after inflation fell in November.', '2024-12-12');
    expect(events.map((e) => e.date.value)).toEqual(expect.arrayContaining(['2024-11', '2024-12-12']));
  });
});

describe('a count "later" with a verb of its own after a date joined by "and"', () => {
  it('"joined the firm in 2001 and three years later became its chief": two happenings', () => {
    expect(datedLabels('She joined the firm in 2001 and three years later became its chief.', '2024-09-11')).toEqual([
      '2001 She joins the firm',
      '2004 She becomes its chief',
    ]);
  });
  it('guard: two dates of one happening joined by "and" share its label', () => {
    expect(datedLabels('The killings of 25 people in 1991 and 1992 shocked the country.', '2024-09-11')).toEqual([
      '1991 Killings of 25 people shock the country',
      '1992 Killings of 25 people shock the country',
    ]);
  });
});

describe('"he" inside a sentence, after the person it names', () => {
  const person = (base: ArticleBase, name: string, forms: string[]) => handMadeEntity(base, name, 'person', forms);
  it('"… the election of Jane Doe, who … when she returns to office in January" is Doe', () => {
    const body =
      'Alex Kim said the talks had gone well.\n\nThe talks were overshadowed by the election of Jane Doe, who is expected to change course when she returns to office in January.';
    const base = segment(`A headline\n\n${body}`, { published: '2024-11-24' });
    const entities = [person(base, 'Alex Kim', ['Alex Kim']), person(base, 'Jane Doe', ['Jane Doe'])];
    const labels = buildEvents(base, entities, extractTimexes(base)).map((e) => e.label);
    expect(labels).toContain('Doe returns to office');
  });
  it('guard: a sentence opening with "He" still looks back', () => {
    const body = 'Alex Kim won the race.\n\nHe returns to training in January.';
    const base = segment(`A headline\n\n${body}`, { published: '2024-11-24' });
    const labels = buildEvents(base, [person(base, 'Alex Kim', ['Alex Kim'])], extractTimexes(base)).map(
      (e) => e.label,
    );
    expect(labels).toContain('Kim returns to training');
  });
});

describe('a level with a decimal point inside a clause after "a day after"', () => {
  it('"figures showed inflation held at 3.8 percent in August": August, with the level whole', () => {
    const labels = datedLabels(
      'The bank kept its rate at 4.0 percent on Thursday, a day after figures showed inflation held at 3.8 percent in August.',
      '2025-09-18',
    );
    expect(labels).toContain('2025-08 Inflation holds at 3.8 percent');
    expect(labels.some((l) => /\b3$/.test(l))).toBe(false);
  });
  it('guard: a clause after "a day after" still dates its own happening', () => {
    expect(
      datedLabels('Police fired tear gas on Monday, a day after protesters stormed parliament.', '2025-09-18'),
    ).toContain('2025-09-14 Protesters storm parliament');
  });
});

describe('a date after the comma that closes an aside, with a past of its own', () => {
  it('is not joined to the date closing the aside', () => {
    expect(
      datedLabels(
        'Meta, which has spent billions on virtual reality since it bought Oculus in 2014, last week announced a new version of its Quest headset priced at $499.',
        '2023-06-05',
      ),
    ).toEqual(['2014 Meta buys Oculus', '2023-W22 Meta announces a new version of its Quest headset']);
  });
});

describe('a year owning a named thing that another date of its sentence places', () => {
  it('is no event of its own', () => {
    expect(
      datedLabels("Next year's COP30 summit will be held in the city of Belem in November.", '2024-11-22'),
    ).toEqual(["2025-11 Next year's COP30 summit is held in Belem"]);
  });
});

describe('"today" after a present someone lives in', () => {
  it('is these days, no event', () => {
    expect(
      datedLabels(
        'Pichai said in a memo that the company had hired for "a different economic reality than the one we face today".',
        '2023-01-20',
      ),
    ).toEqual([]);
    // (Guard: a day something happens on.)
    expect(datedLabels('"We face the board today," she said.', '2023-01-20')).toEqual(['2023-01-20 We face the board']);
  });
});

describe('"Their" opening a label', () => {
  it('stands for the body the sentence opens with', () => {
    const base = segment(
      'A headline\n\nVelmar lost the final again, after their defeat by Tarvia at Orvex Park three years ago.',
      { published: '2024-07-15' },
    );
    const entities = [
      handMadeEntity(base, 'Velmar', 'organization', ['Velmar']),
      handMadeEntity(base, 'Tarvia', 'organization', ['Tarvia']),
      handMadeEntity(base, 'Orvex Park', 'place', ['Orvex Park']),
    ];
    const labels = buildEvents(base, entities, extractTimexes(base))
      .filter((e) => e.kind === 'event')
      .map((e) => `${e.date.value} ${e.label}`);
    expect(labels).toContain("2021 Velmar's defeat by Tarvia at Orvex Park");
  });
});

describe('a day that only dates the telling', () => {
  it('gives way to an earlier day of the same happening', () => {
    expect(
      datedLabels(
        'The composer has died at the age of 91, his family said on Monday.\n\nThe composer died on Sunday night at his home.',
        '2024-11-04',
      ),
    ).toEqual(['2024-11-03TNI Composer dies']);
    // (Told in more words on the day of the telling.)
    expect(
      datedLabels(
        'The composer has died of heart failure at his home, his family said on Monday.\n\nThe composer died on Sunday night.',
        '2024-11-04',
      ),
    ).toEqual(['2024-11-03TNI Composer dies']);
    // (Alone, it dates the happening.)
    expect(datedLabels('The composer has died at the age of 91, his family said on Monday.', '2024-11-04')).toEqual([
      '2024-11-04 Composer dies',
    ]);
  });
  it('gives way to a day its own sentence dates the happening, however long before, closing the clause only', () => {
    expect(
      datedLabels(
        'The economy slipped into recession in the final three months of 2023, official data showed last week, losing its rank.',
        '2024-02-23',
      ),
    ).toEqual(['2023 Economy slips into recession']);
    expect(
      datedLabels('Last year was the hottest on record, the climate monitor said on Tuesday.', '2024-01-11'),
    ).toEqual(['2023 Last year is the hottest on record']);
  });
});

describe('a count of years "of" something after a date and ", after"', () => {
  it('ran up to that date, and began that many years before', () => {
    expect(
      datedLabels(
        'Britons voted to leave the bloc in a referendum in June 2016, after 43 years of membership.',
        '2020-12-24',
      ),
    ).toEqual(['1973 Membership begins', '2016-06 Britons vote to leave the bloc']);
    expect(datedLabels('The war ended in 1975, after 20 years of fighting.', '2020-12-24')).toEqual([
      '1955 Fighting begins',
      '1975 War ends',
    ]);
  });
});

describe("a wire story's place line", () => {
  it("is no part of the first sentence's label", () => {
    expect(
      datedLabels('LA PAZ (AFP) - President Jan Koval resigned on Sunday after weeks of protests.', '2019-11-11'),
    ).toEqual(['2019-11-10 Jan Koval resigns']);
  });
});

describe('a date inside a question', () => {
  it('tells of no happening', () => {
    expect(datedLabels('"How will I feed my family this week?" the driver asked.', '2016-11-09')).toEqual([]);
    expect(datedLabels('Will the talks resume on Monday? Officials met on Tuesday.', '2016-11-09')).toEqual([
      '2016-11-08 Officials meet',
    ]);
  });
});

describe('a record that stood until a date', () => {
  it('is surpassed at the date', () => {
    expect(
      datedLabels(
        'An avalanche on April 18, 2014 killed 16 guides, the deadliest accident on the mountain until Saturday.',
        '2015-04-27',
      ),
    ).toEqual(['2014-04-18 Avalanche kills 16 guides', '2015-04-25 Deadliest accident on the mountain is surpassed']);
  });
});

describe('a clause opened by "what" and a verb of hedging', () => {
  it('is no clause of the date, nor said as the object', () => {
    expect(
      datedLabels(
        'The president said on Thursday that thousands were trapped, two days after an earthquake flattened the capital and killed what officials fear could be more than 100,000 people.',
        '2010-01-14',
      ),
    ).toContain('2010-01-12 Earthquake flattens the capital');
    expect(
      datedLabels(
        'Survivors begged for food on Monday, three days after the storm killed what local officials fear could be 10,000 people.',
        '2013-11-11',
      ),
    ).toContain('2013-11-08 Storm kills');
  });
});

describe('a length of a thing that ended at a date said right after it', () => {
  it('ran up to that date, and began that long before', () => {
    expect(datedLabels('The accords ended a 13-year civil war in 2006.', '2015-05-13')).toEqual([
      '1993 Civil war begins',
      '2006 Accords end a 13-year civil war',
    ]);
    expect(datedLabels('The south fought a 22-year civil war that ended in 2005.', '2011-07-09')).toEqual([
      '1983 Civil war begins',
      '2005 Civil war ends',
    ]);
  });
  it('after "the end of", past a phrase of who fought it', () => {
    expect(
      datedLabels(
        'The blasts were the deadliest since the end of the 26-year civil war between government forces and rebels in May 2009.',
        '2019-04-22',
      ),
    ).toEqual(['1983 Civil war begins', '2009-05 End of the 26-year civil war']);
  });
  it('is no span when nothing ends it there', () => {
    expect(datedLabels('He began a 10-year term in 2006.', '2011-07-09')).toEqual(['2006 He begins a 10-year term']);
  });
});

describe('a clock time told in the past whose sentence names no day', () => {
  it('takes the day named nearest "died" when its sentence says "died" too', () => {
    expect(
      datedLabels(
        'The singer Velland Orvex died on Monday, a day after she sang at the Velport arena for Easter.\n\nThe singer, born in Velport in 1936, died at 7:35 am at her home, her agent said.',
        '2025-04-22',
      ),
    ).toContain('2025-04-21T07:35 Singer Velland Orvex dies');
  });
  it('negative: "shot" is no stem of "shortage"', () => {
    expect(
      datedLabels(
        'A shortage of fuel hit the city on Monday, a day after the storm on Sunday.\n\nA guard was shot at 7:35 am near the depot.',
        '2025-04-22',
      ),
    ).toContain('2025-04-20T07:35 Guard is shot');
  });
});

describe('a title two days share', () => {
  it('is no happening word: a call to the new president on the day he was sworn in is a happening of its own', () => {
    expect(
      datedLabels(
        'The new president was sworn in at 1300 GMT.\n\nThe foreign minister telephoned the president on Friday.',
        '2015-01-09',
      ),
    ).toEqual(['2015-01-09 Foreign minister telephones the president', '2015-01-09T13:00Z New president is sworn in']);
    expect(
      datedLabels('The governor was arrested at 6 am on Tuesday.\n\nThe governor resigned on Tuesday.', '2015-01-09'),
    ).toEqual(['2015-01-06 Governor resigns', '2015-01-06T06:00 Governor is arrested']);
  });
  it('guard: the same happening word still joins the two', () => {
    expect(
      datedLabels('The new president was sworn in at 1300 GMT.\n\nHe was sworn in on Friday in Colombo.', '2015-01-09'),
    ).toEqual(['2015-01-09T13:00Z New president is sworn in']);
  });
});
