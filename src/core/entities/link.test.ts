import { describe, expect, it } from 'vitest';
import { initials, linkPieces, nameWords } from './link';
import type { Piece } from './split';
import { analyze } from '../index';

let at = 0;
function piece(text: string, type: Piece['type'], strength = 1, country: Piece['country'] = null): Piece {
  const words = text.split(' ').length;
  const start = at;
  at += text.length + 1;
  return {
    sentence: 1,
    from: 0,
    to: words - 1,
    start,
    end: start + text.length,
    text,
    type,
    strength,
    role: null,
    country,
  };
}
const clusterNames = (pieces: Piece[]) => linkPieces(pieces).map((c) => [c.name, c.type, c.pieces.length]);

describe('name words and initials', () => {
  it.each([
    ['Bashar al-Assad', ['bashar', 'assad']],
    ['Carla del Ponte', ['carla', 'ponte']],
    ['Bank of America', ['bank', 'america']],
  ])('%s', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
  it('initials of the capitalised words', () => {
    expect(initials('World Health Organisation')).toBe('WHO');
    expect(initials('Government Accountability Office')).toBe('GAO');
  });
});

describe('linking short forms', () => {
  it.each([
    [[piece('John Kerry', 'person', 3), piece('Kerry', null, 0)], [['John Kerry', 'person', 2]]],
    [[piece('Bashar al-Assad', 'person', 3), piece('Assad', 'organization', 1)], [['Bashar al-Assad', 'person', 2]]],
    [[piece('Apple Inc.', 'organization', 2), piece('Apple', null, 0)], [['Apple Inc.', 'organization', 2]]],
    [
      [piece('Church of Scientology', 'organization', 2), piece('Scientology', null, 0)],
      [['Church of Scientology', 'organization', 2]],
    ],
    [
      [piece('World Health Organisation', 'organization', 2), piece('WHO', 'organization', 1)],
      [['World Health Organisation', 'organization', 2]],
    ],
    // The initials of a body's name after its country's.
    [
      [piece('US Federal Trade Commission', 'organization', 2), piece('FTC', 'organization', 1)],
      [['US Federal Trade Commission', 'organization', 2]],
    ],
    // A small word's initial in lower case.
    [
      [piece('Bank of Japan', 'organization', 2), piece('BoJ', 'organization', 1)],
      [['Bank of Japan', 'organization', 2]],
    ],
  ])('%#', (pieces, expected) => {
    expect(clusterNames(pieces)).toEqual(expected);
  });

  it('an event named again by the last words of its name ("Lantern Festival")', () => {
    const pieces = [piece('Taipei City Lantern Festival', 'event', 2), piece('Lantern Festival', 'event', 1)];
    expect(clusterNames(pieces)).toEqual([['Taipei City Lantern Festival', 'event', 2]]);
  });
  it('negative: not an event that ends otherwise, nor a body', () => {
    const festival = piece('Taipei City Lantern Festival', 'event', 2);
    expect(linkPieces([festival, piece('Film Festival', 'event', 1)])).toHaveLength(2);
    const bank = piece('Bank of America Festival', 'organization', 2);
    expect(linkPieces([bank, piece('America Festival', 'event', 1)])).toHaveLength(2);
  });

  it('country forms meet through the data ("US" and "United States")', () => {
    const usa = { code: 'USA', name: 'United States' };
    expect(clusterNames([piece('United States', 'place', 3, usa), piece('US', 'place', 3, usa)])).toEqual([
      ['United States', 'place', 2],
    ]);
  });

  it.each([
    [[piece('Washington Post', 'organization', 2), piece('Washington', 'place', 3)], 2],
    [[piece('John Kerry', 'person', 3), piece('Smith', 'person', 1)], 2],
    [
      [
        piece('Russia', 'place', 3, { code: 'RUS', name: 'Russia' }),
        piece('Russian', 'group', 3, { code: 'RUS', name: 'Russia' }),
      ],
      2,
    ],
  ])('negative: no link (%#)', (pieces, clusters) => {
    expect(linkPieces(pieces)).toHaveLength(clusters);
  });
});

describe('settling the type', () => {
  it('a strong cue wins over weak ones', () => {
    const [c] = linkPieces([
      piece('Tom Cruise', 'person', 1),
      piece('Cruise', 'organization', 1.1),
      piece('Cruise', 'organization', 1.1),
    ]);
    expect(c?.type).toBe('person');
  });
});

describe('a surname two people of one family share', () => {
  const text = (headline: string, body: string) =>
    `${headline}\n\n20th October 2015, Comments 0 comments\n\n${body}\n\n© 2015 AFP\n\n0 Comments To This Article\n`;
  const mentions = (a: ReturnType<typeof analyze>, name: string) =>
    a.entities.find((e) => e.name === name)?.mentions.length ?? 0;
  it('is the one the article names first, not the one with the longer name', () => {
    const a = analyze(
      text(
        "Arvik's Liberals sweep to power",
        'Jon Arvik won the election on Monday. Obama called Arvik on Tuesday. His father, Per Olav Arvik, died in ' +
          '2000. Arvik will be sworn in next month.',
      ),
    );
    expect(mentions(a, 'Jon Arvik')).toBe(4);
    expect(mentions(a, 'Per Olav Arvik')).toBe(1);
  });
  it('stays with the one the article has called by it alone', () => {
    const a = analyze(
      text(
        'New leader sworn in',
        'Jon Arvik was sworn in on Saturday. Arvik is the son of Per Olav Arvik. Arvik said he was proud.',
      ),
    );
    expect(mentions(a, 'Jon Arvik')).toBe(3);
    expect(mentions(a, 'Per Olav Arvik')).toBe(1);
  });
});
