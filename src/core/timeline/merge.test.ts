import { describe, expect, it } from 'vitest';
import type { EventDate } from '../types';
import { mergeDrafts, type EventDraft } from './merge';

const date = (
  value: string,
  precision: EventDate['precision'],
  start: string,
  end: string,
  approximate = false,
): EventDate => ({ value, precision, start, end, approximate });
const day7 = date('2013-05-07', 'day', '2013-05-07T00:00:00.000Z', '2013-05-08T00:00:00.000Z');
const eleven = date('2013-05-07T11:00Z', 'time', '2013-05-07T11:00:00.000Z', '2013-05-07T11:01:00.000Z', true);
const day8 = date('2013-05-08', 'day', '2013-05-08T00:00:00.000Z', '2013-05-09T00:00:00.000Z');
const march = date('2011-03', 'month', '2011-03-01T00:00:00.000Z', '2013-05-08T00:00:00.000Z');

function draft(timexId: string, d: EventDate, over: Partial<EventDraft> = {}): EventDraft {
  return {
    timexId,
    label: timexId,
    quality: 2,
    date: d,
    mention: { start: 0, end: 1 },
    sentence: 1,
    entities: [],
    anchor: null,
    heads: new Set(),
    objects: new Set(),
    bare: false,
    ...over,
  };
}

describe('merging mentions of one happening', () => {
  it('a saying at a clock time stays apart from the happening of its day that it speaks of', () => {
    const deal = draft('t1', day7, {
      sentence: 1,
      label: 'Six powers reach a historic agreement',
      heads: new Set(['agreement', 'reach']),
    });
    const says = draft('t2', eleven, {
      sentence: 8,
      label: 'Koval says agreement cut off every pathway',
      heads: new Set(['koval', 'agreement', 'cut']),
    });
    expect(mergeDrafts([deal, says]).map((m) => m.timexIds)).toEqual([['t1'], ['t2']]);
    // Guard: a happening told at its clock time joins it.
    const reached = draft('t2', eleven, {
      sentence: 8,
      label: 'Powers reach the agreement',
      heads: new Set(['agreement', 'reach']),
    });
    expect(mergeDrafts([deal, reached]).map((m) => m.timexIds)).toEqual([['t1', 't2']]);
  });
  it('a draft that only says who spoke, in another sentence, does not date the happening it joins', () => {
    const raid = draft('t1', day7, { sentence: 1, entities: ['person-koval'], label: 'Forces kill the leader' });
    const spoke = draft('t2', eleven, { sentence: 3, entities: ['person-koval'], label: 'Koval comments', bare: true });
    const [merged] = mergeDrafts([raid, spoke]);
    expect(merged!.timexIds).toEqual(['t1', 't2']);
    expect(merged!.date.value).toBe('2013-05-07');
  });
  it('in one sentence, a part of a day and a clock time outside it are two happenings; one inside it is one', () => {
    const morning = date('2024-10-29TMO', 'part-of-day', '2024-10-29T00:00:00.000Z', '2024-10-30T00:00:00.000Z');
    const eight = date('2024-10-29T20:00', 'time', '2024-10-29T20:00:00.000Z', '2024-10-29T20:01:00.000Z');
    const nine = date('2024-10-29T09:00', 'time', '2024-10-29T09:00:00.000Z', '2024-10-29T09:01:00.000Z');
    const night = date('2024-10-29TNI', 'part-of-day', '2024-10-29T00:00:00.000Z', '2024-10-30T00:00:00.000Z');
    const alert = draft('t1', morning, { heads: new Set(['issue', 'alert']) });
    expect(mergeDrafts([alert, draft('t2', eight)]).map((m) => m.timexIds)).toEqual([['t1'], ['t2']]);
    expect(mergeDrafts([alert, draft('t2', nine)]).map((m) => m.timexIds)).toEqual([['t1', 't2']]);
    expect(mergeDrafts([draft('t1', night), draft('t2', eight)]).map((m) => m.timexIds)).toEqual([['t1', 't2']]);
  });
  it('on one day, a person named after the verb joins a draft that names them before it, not one that names them after', () => {
    const [kerry, putin, congratulates, meets] = [
      draft('t1', day7, { sentence: 1, heads: new Set(['kerry', 'meet']), objects: new Set(['putin']) }),
      draft('t2', day7, { sentence: 2, heads: new Set(['putin', 'hold', 'talk']), objects: new Set(['kerry']) }),
      draft('t3', day8, { sentence: 3, heads: new Set(['leyen', 'congratulate']), objects: new Set(['costa']) }),
      draft('t4', day8, { sentence: 4, heads: new Set(['sousa', 'meet']), objects: new Set(['costa']) }),
    ];
    expect(mergeDrafts([kerry, putin]).map((m) => m.timexIds)).toEqual([['t1', 't2']]);
    expect(mergeDrafts([congratulates, meets]).map((m) => m.timexIds)).toEqual([['t3'], ['t4']]);
  });
  it('a draft dated by "that year" joins another of that year only by a word their labels share, not by a person', () => {
    const year = date('2015', 'year', '2015-01-01T00:00:00.000Z', '2016-01-01T00:00:00.000Z');
    const elected = draft('t1', year, { sentence: 1, entities: ['person-lee'], heads: new Set(['lee', 'elect']) });
    const married = draft('t2', year, {
      sentence: 2,
      entities: ['person-lee'],
      heads: new Set(['marry']),
      anaphoric: true,
    });
    const again = draft('t3', year, { sentence: 3, heads: new Set(['elect']), anaphoric: true });
    expect(mergeDrafts([elected, married]).map((m) => m.timexIds)).toEqual([['t1'], ['t2']]);
    expect(mergeDrafts([elected, again]).map((m) => m.timexIds)).toEqual([['t1', 't3']]);
    // (Guard: without "that year", a person in common makes them one, as before.)
    const plain = draft('t2', year, { sentence: 2, entities: ['person-lee'], heads: new Set(['marry']) });
    expect(mergeDrafts([elected, plain]).map((m) => m.timexIds)).toEqual([['t1', 't2']]);
  });
  it("of labels as good, keeps the body's rather than the headline's (sentence 0)", () => {
    const merged = mergeDrafts([
      draft('t1', day7, { label: 'Profit slides', sentence: 0, heads: new Set(['profit', 'slide']) }),
      draft('t2', day7, { label: 'Profit slides 18 percent', sentence: 3, heads: new Set(['profit', 'slide']) }),
    ]);
    expect(merged.map((m) => m.label)).toEqual(['Profit slides 18 percent']);
  });

  it('merges spans anchored on the same start ("since March 2011" and "the 26-month conflict")', () => {
    const merged = mergeDrafts([
      draft(
        't6',
        { ...march, approximate: true },
        { anchor: '2011-03', label: 'Syria conflict begins', quality: 3, sentence: 5 },
      ),
      draft('t8', march, { anchor: '2011-03', label: 'Conflict begins', quality: 3, sentence: 10 }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      label: 'Syria conflict begins',
      timexIds: ['t6', 't8'],
      date: { approximate: false },
    });
  });

  it('merges a day and a clock time on that day when they say one happening word, keeping the finer date', () => {
    const merged = mergeDrafts([
      draft('t1', day7, {
        entities: ['person-a', 'place-b'],
        label: 'A holds talks with C',
        sentence: 1,
        heads: new Set(['a', 'hold', 'talk', 'c']),
      }),
      draft('t5', eleven, { entities: ['place-b'], sentence: 5, quality: 0, heads: new Set(['talk']) }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      label: 'A holds talks with C',
      date: { value: '2013-05-07T11:00Z' },
      timexIds: ['t1', 't5'],
    });
  });

  it('negative: keeps apart two happenings of one day that share only an entity (a place), each with its own date', () => {
    const evening = date('2013-05-07TEV', 'part-of-day', '2013-05-07T18:00:00.000Z', '2013-05-07T21:00:00.000Z');
    const merged = mergeDrafts([
      draft('t1', day7, { entities: ['place-b'], sentence: 1, heads: new Set(['gunman', 'storm', 'town']) }),
      draft('t2', evening, { entities: ['place-b'], sentence: 3, heads: new Set(['police', 'arrest', 'suspect']) }),
    ]);
    expect(merged.map((m) => m.date.value)).toEqual(['2013-05-07', '2013-05-07TEV']);
  });

  it('merges a compound and its last word ("earthquake", "the quake")', () => {
    const merged = mergeDrafts([
      draft('t1', day7, { entities: ['place-b'], heads: new Set(['earthquake', 'strike']) }),
      draft('t2', eleven, { entities: ['organization-c'], sentence: 2, heads: new Set(['quake', 'hit']) }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.date.value).toBe('2013-05-07T11:00Z');
  });

  it('negative: a short word is no compound\'s last word ("outcome", "come")', () => {
    expect(
      mergeDrafts([
        draft('t1', day7, { heads: new Set(['outcome']) }),
        draft('t2', day7, { sentence: 2, heads: new Set(['come']) }),
      ]),
    ).toHaveLength(2);
  });

  it('joins two groups that a later draft tells of both ("the two meet", "talks", then "the meeting … for talks")', () => {
    const merged = mergeDrafts([
      draft('t1', day7, { heads: new Set(['hold', 'talk']), sentence: 1 }),
      draft('t2', eleven, { heads: new Set(['meet']), sentence: 5 }),
      draft('t3', day7, { heads: new Set(['meet', 'talk']), sentence: 9 }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      label: 't1',
      date: { value: '2013-05-07T11:00Z' },
      timexIds: ['t1', 't2', 't3'],
    });
  });

  it('a draft that only says who spoke joins the happening of that day whose entity it names', () => {
    const merged = mergeDrafts([
      draft('t1', eleven, { entities: ['organization-c'], heads: new Set(['earthquake', 'strike']) }),
      draft('t2', day7, {
        entities: ['organization-c', 'person-d'],
        sentence: 3,
        heads: new Set(['dee']),
        bare: true,
        quality: 1,
      }),
    ]);
    expect(merged).toHaveLength(1);
  });

  it('of a local time and the same time in GMT in one sentence ("12:25 am (0625 GMT)"), the GMT one dates the event', () => {
    const local = date('2023-10-25T00:25', 'time', '2023-10-25T00:25:00.000Z', '2023-10-25T00:26:00.000Z');
    const gmt = date('2023-10-25T06:25Z', 'time', '2023-10-25T06:25:00.000Z', '2023-10-25T06:26:00.000Z');
    for (const drafts of [
      [draft('t1', local), draft('t2', gmt)],
      [draft('t2', gmt), draft('t1', local)],
    ])
      expect(mergeDrafts(drafts)[0]?.date.value).toBe('2023-10-25T06:25Z');
  });

  it('merges a local time and its GMT twin in one sentence when they fall on two days ("9:40 pm (0040 GMT)")', () => {
    const local = date('2023-10-24T21:40', 'time', '2023-10-24T21:40:00.000Z', '2023-10-24T21:41:00.000Z');
    const gmt = date('2023-10-25T00:40Z', 'time', '2023-10-25T00:40:00.000Z', '2023-10-25T00:41:00.000Z');
    for (const drafts of [
      [draft('t1', local), draft('t2', gmt)],
      [draft('t2', gmt), draft('t1', local)],
    ]) {
      const merged = mergeDrafts(drafts);
      expect(merged).toHaveLength(1);
      expect(merged[0]?.date.value).toBe('2023-10-25T00:40Z');
    }
  });

  it('negative: keeps apart clock times on two days in two sentences, or both local, or too far apart', () => {
    const local = date('2023-10-24T21:40', 'time', '2023-10-24T21:40:00.000Z', '2023-10-24T21:41:00.000Z');
    const gmt = date('2023-10-25T00:40Z', 'time', '2023-10-25T00:40:00.000Z', '2023-10-25T00:41:00.000Z');
    const nextLocal = date('2023-10-25T00:40', 'time', '2023-10-25T00:40:00.000Z', '2023-10-25T00:41:00.000Z');
    const far = date('2023-10-25T17:40Z', 'time', '2023-10-25T17:40:00.000Z', '2023-10-25T17:41:00.000Z');
    expect(mergeDrafts([draft('t1', local), draft('t2', gmt, { sentence: 2 })])).toHaveLength(2);
    expect(mergeDrafts([draft('t1', local), draft('t2', nextLocal)])).toHaveLength(2);
    expect(mergeDrafts([draft('t1', local), draft('t2', far)])).toHaveLength(2);
  });

  it('negative: keeps apart two local clock times of one day in one sentence ("shot at 11:30 am … dead at 5:03 pm")', () => {
    const shot = date('2022-07-08T11:30', 'time', '2022-07-08T11:30:00.000Z', '2022-07-08T11:31:00.000Z');
    const dead = date('2022-07-08T17:03', 'time', '2022-07-08T17:03:00.000Z', '2022-07-08T17:04:00.000Z');
    const merged = mergeDrafts([draft('t1', shot), draft('t2', dead)]);
    expect(merged.map((m) => m.date.value)).toEqual(['2022-07-08T11:30', '2022-07-08T17:03']);
    // (Guard: the same time twice in one sentence is one happening.)
    expect(mergeDrafts([draft('t1', shot), draft('t2', shot)])).toHaveLength(1);
  });

  it('negative: keeps a day apart from a clock time of it told in another sentence when only a person is in common', () => {
    const friday = date('2022-07-08', 'day', '2022-07-08T00:00:00.000Z', '2022-07-09T00:00:00.000Z');
    const shot = date('2022-07-08T11:30', 'time', '2022-07-08T11:30:00.000Z', '2022-07-08T11:31:00.000Z');
    const people = new Set(['tarbut']);
    const merged = mergeDrafts([
      draft('t1', friday, { heads: new Set(['tarbut', 'die']), people }),
      draft('t2', shot, { heads: new Set(['tarbut', 'shot', 'behind']), people, sentence: 2 }),
    ]);
    expect(merged.map((m) => m.date.value)).toEqual(['2022-07-08', '2022-07-08T11:30']);
    // (Guard: a happening word in common still makes them one.)
    const quake = mergeDrafts([
      draft('t1', friday, { heads: new Set(['tarbut', 'quake']), people }),
      draft('t2', shot, { heads: new Set(['quake', 'hit']), sentence: 2 }),
    ]);
    expect(quake.map((m) => m.date.value)).toEqual(['2022-07-08T11:30']);
  });

  it('negative: keeps a day apart from a part of it told in another sentence when only a person is in common', () => {
    const friday = date('2014-02-21', 'day', '2014-02-21T00:00:00.000Z', '2014-02-22T00:00:00.000Z');
    const night = date('2014-02-21TNI', 'part-of-day', '2014-02-21T00:00:00.000Z', '2014-02-22T00:00:00.000Z');
    const people = new Set(['tarbut']);
    const merged = mergeDrafts([
      draft('t1', friday, { heads: new Set(['tarbut', 'sign', 'deal']), people }),
      draft('t2', night, { heads: new Set(['tarbut', 'fly', 'city']), people, sentence: 2 }),
    ]);
    expect(merged.map((m) => m.date.value)).toEqual(['2014-02-21', '2014-02-21TNI']);
    // (Guard: one that only says who spoke still joins by the person.)
    const said = mergeDrafts([
      draft('t1', friday, { heads: new Set(['tarbut', 'vow', 'rebuild']), people }),
      draft('t2', night, { heads: new Set(['tarbut', 'televised', 'address']), people, sentence: 2, quality: 1 }),
    ]);
    expect(said).toHaveLength(1);
  });

  it('merges same-value mentions without entities when they say the same happening word', () => {
    const may = date('2013-05', 'month', '2013-05-01T00:00:00.000Z', '2013-06-01T00:00:00.000Z');
    const merged = mergeDrafts([
      draft('t1', may, { heads: new Set(['talk', 'visit']) }),
      draft('t2', may, { heads: new Set(['talk']), sentence: 4 }),
    ]);
    expect(merged).toHaveLength(1);
  });

  it('keeps apart same-value mentions without entities that say no happening word in common', () => {
    // "The mission is expected to end when the lunar night falls in early September." and "… plans to launch its
    // first solar mission next month": two happenings of one month, each with its own happening word.
    const september = date('2023-09', 'month', '2023-09-01T00:00:00.000Z', '2023-10-01T00:00:00.000Z');
    const merged = mergeDrafts([
      draft('t1', september, { heads: new Set(['night', 'fall']) }),
      draft('t2', september, { heads: new Set(['plan', 'launch']), sentence: 4 }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it.each([
    ['different days', [draft('t1', day7, { entities: ['x'] }), draft('t2', day8, { entities: ['x'], sentence: 2 })]],
    [
      'the same day but nothing in common',
      [draft('t1', day7, { entities: ['x'] }), draft('t2', day7, { entities: ['y'], sentence: 2 })],
    ],
    [
      'the same day and only an entity in common',
      [
        draft('t1', day7, { entities: ['x'], heads: new Set(['vote']) }),
        draft('t2', day7, { entities: ['x'], sentence: 2, heads: new Set(['thank']) }),
      ],
    ],
    [
      'an anchored span and a plain month',
      [draft('t1', march, { anchor: '2011-03' }), draft('t2', march, { sentence: 2 })],
    ],
    // "Inflation slowed in April" and "Last month, Argentina lifted currency controls": a country in common.
    [
      'one month and only a place in common',
      [
        draft('t1', march, { entities: ['place-argentina'], heads: new Set(['inflation', 'slow']) }),
        draft('t2', march, { entities: ['place-argentina'], sentence: 2, heads: new Set(['lift', 'control']) }),
      ],
    ],
  ])('keeps apart %s', (_name, drafts) => {
    expect(mergeDrafts(drafts)).toHaveLength(2);
  });
});

describe('one month, an entity in common', () => {
  it('merges drafts that share a person or a body their labels both name', () => {
    // ("Doe resigns", "Doe quits": a label's heads hold the names it says.)
    const drafts = [
      draft('t1', march, { entities: ['person-jane-doe'], heads: new Set(['doe', 'resign']) }),
      draft('t2', march, { entities: ['person-jane-doe'], sentence: 2, heads: new Set(['doe', 'quit']) }),
    ];
    expect(mergeDrafts(drafts)).toHaveLength(1);
  });
  it("negative: not a person one label names and the other's sentence only mentions", () => {
    // "Harris, who replaced Biden as the candidate in July, called Trump …" and "Trump survived a shooting … in
    // July": two happenings of July, Trump in both sentences.
    const drafts = [
      draft('t1', march, { entities: ['person-harris', 'person-trump'], heads: new Set(['harris', 'replace']) }),
      draft('t2', march, { entities: ['person-trump'], sentence: 2, heads: new Set(['trump', 'survive']) }),
    ];
    expect(mergeDrafts(drafts)).toHaveLength(2);
  });
  it('merges drafts that share only a place when they share a happening word', () => {
    const drafts = [
      draft('t1', march, { entities: ['place-argentina'], heads: new Set(['inflation', 'slow']) }),
      draft('t2', march, { entities: ['place-argentina'], sentence: 2, heads: new Set(['inflation', 'ease']) }),
    ];
    expect(mergeDrafts(drafts)).toHaveLength(1);
  });
});

describe('a span counted back from the publication and the start its sentence dates', () => {
  // "the six-month trial, which began in June last year", published in February.
  const june = date('2012-06', 'month', '2012-06-01T00:00:00.000Z', '2012-07-01T00:00:00.000Z');
  const counted = date('2012-08', 'month', '2012-08-01T00:00:00.000Z', '2013-02-22T00:00:00.000Z', true);
  it('merges them, dated by the stated start', () => {
    const merged = mergeDrafts([
      draft('t4', counted, { anchor: '2012-08', label: 'Trial begins', heads: new Set(['trial', 'begin']) }),
      draft('t5', june, { label: 'Six-month trial begins', heads: new Set(['six-month', 'trial', 'begin']) }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ date: { value: '2012-06' } });
    expect([...merged[0]!.timexIds].sort()).toEqual(['t4', 't5']);
  });
  it('negative: keeps a span apart from a date of the same sentence that starts nothing', () => {
    const today = date('2013-02-21', 'day', '2013-02-21T00:00:00.000Z', '2013-02-22T00:00:00.000Z');
    const merged = mergeDrafts([
      draft('t1', counted, { anchor: '2012-08', label: 'Shares are down', heads: new Set(['share', 'down']) }),
      draft('t2', today, { label: 'Shares are down', heads: new Set(['share', 'down']) }),
    ]);
    expect(merged).toHaveLength(2);
  });
  // "ending a seven-week walkout", published on 5 November; "The strike began on September 13", another sentence.
  const weeks = date('2024-09-17', 'day', '2024-09-17T00:00:00.000Z', '2024-11-06T00:00:00.000Z', true);
  const strike = { label: 'Strike begins', heads: new Set(['strike', 'begin']) };
  it("merges a start another sentence dates near the span's start (within a seventh of its length)", () => {
    const sep13 = date('2024-09-13', 'day', '2024-09-13T00:00:00.000Z', '2024-09-14T00:00:00.000Z');
    const merged = mergeDrafts([
      draft('t1', weeks, { ...strike, anchor: '2024-09-17', sentence: 0 }),
      draft('t2', sep13, { ...strike, sentence: 3 }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ date: { value: '2024-09-13' } });
  });
  it("negative: keeps apart a start another sentence dates far from the span's", () => {
    const aug1 = date('2024-08-01', 'day', '2024-08-01T00:00:00.000Z', '2024-08-02T00:00:00.000Z');
    expect(
      mergeDrafts([
        draft('t1', weeks, { ...strike, anchor: '2024-09-17', sentence: 0 }),
        draft('t2', aug1, { ...strike, sentence: 3 }),
      ]),
    ).toHaveLength(2);
  });
});
