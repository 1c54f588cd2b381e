import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalyzeError } from '../errors';
import { segment, slugify } from './segment';

const seed = readFileSync('seeds/kerry-moscow-2013.txt', 'utf8');

describe('segment: the seed article', () => {
  const article = segment(seed);
  it('reads the header and footer furniture', () => {
    expect(article.title).toBe('Kerry in Moscow mission to sway Putin on Syria');
    expect(article.published).toBe('2013-05-07');
    expect(article.source).toBe('AFP');
    expect(article.copyright).toBe('© 2013 AFP');
    expect(article.commentCount).toBe(0);
  });
  it('keeps the 22 body paragraphs and no furniture', () => {
    expect(article.paragraphs).toHaveLength(22);
    expect(article.text.startsWith(`${article.title}\n\n`)).toBe(true);
    expect(article.text).not.toMatch(/©|Comments|7th May 2013/);
    expect(article.text.slice(article.paragraphs[0]!.start, article.paragraphs[0]!.end)).toMatch(
      /^US Secretary of State John Kerry/,
    );
    expect(article.text.slice(article.paragraphs[21]!.start, article.paragraphs[21]!.end)).toMatch(
      /working against him\.$/,
    );
  });
  it('gives sentences that slice the text cleanly', () => {
    expect(article.sentences[0]).toMatchObject({ id: 0, paragraph: null, ...article.titleSpan });
    for (const s of article.sentences) {
      const slice = article.text.slice(s.start, s.end);
      expect(slice).toBe(slice.trim());
      expect(slice).not.toContain('\n');
      if (s.paragraph !== null) expect(slice).toMatch(/[.!?]["”]?$/);
    }
    expect(article.sentences).toHaveLength(24);
  });
  it('has a stable id', () => {
    expect(article.id).toBe('kerry-in-moscow-mission-to-sway-putin-on-syria');
    expect(segment(seed).id).toBe(article.id);
  });
});

describe('segment: other shapes of article', () => {
  it.each<[string, string, Partial<ReturnType<typeof segment>>]>([
    [
      'US-style dateline with a comment counter',
      'Storm hits coast\n\nTuesday, May 7, 2013 | 3 Comments\n\nThe storm arrived early.\n\n(c) 2013 Reuters. All rights reserved.',
      {
        title: 'Storm hits coast',
        published: '2013-05-07',
        commentCount: 3,
        source: 'Reuters',
        copyright: '(c) 2013 Reuters',
      },
    ],
    [
      "an agency's name alone on the last line, with no copyright",
      'Seed firm sold\n\n19 March 2019\n\nNorvale agreed to buy Harlan. Shares rose.\n\nReuters',
      { title: 'Seed firm sold', published: '2019-03-19', source: 'Reuters', copyright: null },
    ],
    [
      'ISO dateline and a byline',
      'Markets rally\n\nBy Jane Smith\n\n2020-01-02\n\nShares rose. Bonds fell.',
      { title: 'Markets rally', published: '2020-01-02', byline: 'Jane Smith', source: null, commentCount: null },
    ],
    [
      'plain text with a headline and nothing else',
      'A quiet day in town\n\nNothing happened. People went home.',
      { title: 'A quiet day in town', published: null, source: null, copyright: null, commentCount: null },
    ],
    [
      'headline directly above the body, no blank line',
      'Council votes on budget\nThe council voted on Monday to approve a budget that had divided members for weeks and angered many residents.',
      { title: 'Council votes on budget', published: null },
    ],
    [
      'a headline that contains a date is still the headline',
      'Election set for May 7, 2013\n\n7 May 2013\n\nVoters will decide.',
      { title: 'Election set for May 7, 2013', published: '2013-05-07' },
    ],
  ])('%s', (_name, raw, expected) => {
    expect(segment(raw)).toMatchObject(expected);
  });

  it('makes a display title from the first sentence when there is no headline', () => {
    const article = segment('The committee met today and agreed on nothing at all. It will meet again.');
    expect(article.titleSpan).toEqual({ start: 0, end: 0 });
    expect(article.title).toBe('The committee met today and agreed on nothing at all.');
    expect(article.paragraphs).toHaveLength(1);
    expect(article.sentences.every((s) => s.paragraph === 0)).toBe(true);
  });

  it('joins hard-wrapped lines and splits one-paragraph-per-line text', () => {
    const wrapped = segment('Headline here\n\nThis paragraph was wrapped\nat a short width by an\nold mail client.');
    expect(wrapped.paragraphs).toHaveLength(1);
    expect(wrapped.text).toContain('wrapped at a short width by an old mail client.');
    const long = 'x'.repeat(120);
    const perLine = segment(`Headline here\n\nFirst ${long}.\nSecond ${long}.`);
    expect(perLine.paragraphs).toHaveLength(2);
  });
});

describe("segment: a wire story's place line", () => {
  const sentencesOf = (body: string): string[] => {
    const base = segment(`Quake hits island\n\n${body}`);
    return base.sentences.filter((s) => s.paragraph !== null).map((s) => base.text.slice(s.start, s.end));
  };
  it.each([
    ['PARIS (AFP) - Nadal won on Sunday. He wept.', ['PARIS (AFP) -', 'Nadal won on Sunday.', 'He wept.']],
    ['PALU, Indonesia (AFP) -- A quake struck.', ['PALU, Indonesia (AFP) --', 'A quake struck.']],
    ['NEW DELHI, May 7 (Reuters) — India landed.', ['NEW DELHI, May 7 (Reuters) —', 'India landed.']],
    // With the year after the day.
    ['NEW YORK, March 3, 2021 (AFP) - Crowds marched.', ['NEW YORK, March 3, 2021 (AFP) -', 'Crowds marched.']],
    ['BERLIN - Commuters were stranded.', ['BERLIN -', 'Commuters were stranded.']],
    // A town in lower case, with the wire named in parentheses.
    ['Chennai, India (AFP) - Carlsen won on Friday.', ['Chennai, India (AFP) -', 'Carlsen won on Friday.']],
    ['Berlin (AFP) - Kipchoge won.', ['Berlin (AFP) -', 'Kipchoge won.']],
    // A town's first word of two letters, before another in capitals.
    ['LA PAZ (AFP) - Morales resigned on Sunday.', ['LA PAZ (AFP) -', 'Morales resigned on Sunday.']],
  ])('opens the first paragraph as a sentence of its own: %s', (body, expected) => {
    expect(sentencesOf(body)).toEqual(expected);
  });
  it.each([
    ['The US - China talks ended. Both sides left.', ['The US - China talks ended.', 'Both sides left.']],
    ['US - China talks ended.', ['US - China talks ended.']],
    ['EU - and US - officials met.', ['EU - and US - officials met.']],
    ['BREAKING - A quake struck.', ['BREAKING - A quake struck.']],
    ['Berlin - Commuters were stranded.', ['Berlin - Commuters were stranded.']],
    ['A quake struck.\n\nPARIS (AFP) - Aid arrived.', ['A quake struck.', 'PARIS (AFP) - Aid arrived.']],
  ])('negative: no place line in running text, nor after the first paragraph: %s', (body, expected) => {
    expect(sentencesOf(body)).toEqual(expected);
  });
});

describe('segment: messy input is handled, not crashed on', () => {
  it.each<[string, string]>([
    ['CRLF line endings', 'Title line\r\n\r\nBody one.\r\n\r\nBody two.'],
    ['a byte-order mark', '\ufeffTitle line\n\nBody one.\n\nBody two.'],
    ['tabs and non-breaking spaces', 'Title\tline\n\nBody\u00a0one.\n\n\tBody two.'],
    ['stray HTML tags', '<h1>Title line</h1>\n<p>Body one.</p><p>Body two &amp; more.</p>'],
  ])('%s', (_name, raw) => {
    const article = segment(raw);
    expect(article.title).toBe('Title line');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.text).not.toMatch(/[\r\t\u00a0\ufeff<>]/);
  });

  it('decodes entities in stray HTML', () => {
    expect(segment('<p>Title</p><p>Fish &amp; chips &#8212; cheap.</p>').text).toContain('Fish & chips — cheap.');
  });
});

describe('segment: verbatim mode (annotated corpora)', () => {
  const raw = 'Headline of a story\n\nFriday, July 21, 2017\n\nFirst paragraph here.\nStill first.\n\nSecond one.';
  const article = segment(raw, { verbatim: true, id: 'doc-1', published: '2017-07-21' });
  it('keeps the text exactly and indexes into it', () => {
    expect(article.text).toBe(raw);
    expect(article.id).toBe('doc-1');
    expect(raw.slice(article.titleSpan.start, article.titleSpan.end)).toBe('Headline of a story');
    expect(article.paragraphs.map((p) => raw.slice(p.start, p.end))).toEqual([
      'First paragraph here.\nStill first.',
      'Second one.',
    ]);
  });
  it('keeps offsets on CRLF text', () => {
    const crlf = 'Head\r\n\r\nBody text.\r\n';
    const a = segment(crlf, { verbatim: true });
    expect(a.text).toBe(crlf);
    expect(crlf.slice(a.paragraphs[0]!.start, a.paragraphs[0]!.end)).toBe('Body text.');
  });
});

describe('segment: bad input', () => {
  it.each([
    ['empty', ''],
    ['only whitespace', ' \n\t\n '],
  ])('%s → AnalyzeError(empty)', (_name, raw) => {
    expect(() => segment(raw)).toThrow(AnalyzeError);
    expect(() => segment(raw)).toThrow(/empty/);
  });
  it('only furniture → no-text', () => {
    expect(() => segment('7 May 2013\n\n© 2013 AFP')).toThrow(/no text/);
  });
  it.each(['2013-02-30', '7 May 2013', '2013/05/07', ''])('rejects published=%s', (published) => {
    expect(() => segment('Title\n\nBody.', { published })).toThrow(/YYYY-MM-DD/);
  });
});

describe('slugify', () => {
  it.each([
    ['Kerry in Moscow!', 'kerry-in-moscow'],
    ['Émile Zola à Paris', 'emile-zola-a-paris'],
    ['  --  ', ''],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });
  it('cuts long titles at a word boundary', () => {
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(64);
    expect(slugify('word '.repeat(40))).toMatch(/^(word-)*word$/);
  });
});

describe('segment: properties', () => {
  const furniture = [
    '7th May 2013, Comments 0 comments',
    '© 2013 AFP',
    '0 Comments To This Article',
    'By Jane Doe',
    '<p>',
    '\r\n',
    '\u00a0',
    '\t',
    '"',
    '--',
    'U.S.',
    'Mr.',
    '…',
  ];
  const pieces = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(...furniture),
    fc.constantFrom(...seed.split('\n')),
    fc.constant('\n\n'),
  );
  it('never throws anything but AnalyzeError, and every offset stays inside text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.boolean(), (parts, verbatim) => {
        const raw = parts.join('');
        let article;
        try {
          article = segment(raw, { verbatim });
        } catch (error) {
          expect(error).toBeInstanceOf(AnalyzeError);
          return;
        }
        const n = article.text.length;
        for (const s of [article.titleSpan, ...article.paragraphs, ...article.sentences]) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(n);
        }
        if (verbatim) expect(article.text).toBe(raw);
      }),
      { numRuns: 300 },
    );
  });
  it('survives mutations of the seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: seed.length }),
        fc.integer({ min: 0, max: 200 }),
        fc.string({ maxLength: 20 }),
        (at, cut, insert) => {
          const raw = seed.slice(0, at) + insert + seed.slice(Math.min(seed.length, at + cut));
          const article = segment(raw);
          for (const s of [...article.paragraphs, ...article.sentences])
            expect(s.end).toBeLessThanOrEqual(article.text.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
