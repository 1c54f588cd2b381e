import { describe, expect, it } from 'vitest';
import { analyze } from './index';

describe('analyze', () => {
  // A zone 13 hours ahead of GMT (New Zealand's summer time), which the clocks alone read as 11 hours behind: the
  // local time's own day says which.
  it.each([
    'The quake struck on Tuesday at 12:51 pm (2351 GMT Monday).',
    'The quake struck at 12:51 pm on Tuesday (2351 GMT Monday).',
  ])('dates a local time by its own day when its GMT twin is a day before: %s', (sentence) => {
    const a = analyze(
      `Quake hits city\n\n22nd February 2011, Comments 0 comments\n\n${sentence}\n\n© 2011 AFP\n\n0 Comments To This Article\n`,
    );
    const value = (text: string) => a.timexes.find((t) => t.text === text)?.value;
    expect([value('12:51 pm'), value('2351 GMT Monday')]).toEqual(['2011-02-22T12:51', '2011-02-21T23:51Z']);
  });

  // A relative pronoun opening a sentence ("That changed in 2003.") once threw, and the whole article was lost.
  describe('a sentence opening with a word that may open a relative clause', () => {
    const article = (body: string) =>
      `Headline here\n\n20th April 2010, Comments 0 comments\n\n${body}\n\n© 2010 AFP\n\n0 Comments To This Article\n`;
    it.each(['That', 'Which', 'Who', 'Whose', 'Where', 'When', 'Whom'])('"%s changed in 2003."', (word) => {
      const a = analyze(article(`The town grew. ${word} changed in 2003. It shrank on Monday.`));
      expect(a.events.map((e) => e.date.value)).toEqual(expect.arrayContaining(['2003', '2010-04-19']));
    });
  });

  it("dates nothing by a person's name that is a month's", () => {
    const a = analyze(
      "Johnson quits as May's Brexit plan sparks revolt\n\n9th July 2018, Comments 0 comments\n\n" +
        'Prime Minister Theresa May lost her Brexit secretary on Sunday. May, 61, has struggled to assert her ' +
        'authority. The party had chosen her in July 2016.\n\n© 2018 AFP\n\n0 Comments To This Article\n',
    );
    expect(a.timexes.map((t) => [t.text, t.value])).toEqual([
      ['Sunday', '2018-07-08'],
      ['July 2016', '2016-07'],
    ]);
    expect(a.events.some((e) => e.date.value.startsWith('2018-05'))).toBe(false);
  });

  describe('"The X came a day after …" with no date in its sentence', () => {
    const story = (lead: string) =>
      analyze(
        'Unions march again\n\n17th December 2019, Comments 0 comments\n\n' +
          `${lead}\n\nThe walkout has halted most trains.\n\n` +
          "The protests came a day after the government's pensions chief, Jean-Paul Delevoye, resigned over his " +
          'failure to declare paid posts.\n\n© 2019 AFP\n\n0 Comments To This Article\n',
      );
    it("counts from the lead's one day", () => {
      const events = story('Hundreds of thousands of people marched across France on Tuesday.').events;
      expect(events.map((e) => [e.date.value, e.label])).toContainEqual([
        '2019-12-16',
        'Delevoye resigns over his failure to declare paid posts',
      ]);
    });
    it('negative: not from a lead of two days', () => {
      const events = story('People marched on Tuesday, and will march again on Thursday.').events;
      expect(events.some((e) => e.date.value === '2019-12-16')).toBe(false);
    });
  });
});
