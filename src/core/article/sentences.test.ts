import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    ['plain periods', 'He left. She stayed.', ['He left.', 'She stayed.']],
    ['question and exclamation', 'Why? Because! Then.', ['Why?', 'Because!', 'Then.']],
    ['quote ending a sentence', '"We are ready." He said so.', ['"We are ready."', 'He said so.']],
    [
      'quote with attribution',
      '"I don\'t know," a senior official said Monday. Talks went on.',
      ['"I don\'t know," a senior official said Monday.', 'Talks went on.'],
    ],
    [
      'period after closing quote',
      'It was "highly sceptical". There are issues.',
      ['It was "highly sceptical".', 'There are issues.'],
    ],
    ['title abbreviations', 'Mr. Smith met Gen. Jones. They talked.', ['Mr. Smith met Gen. Jones.', 'They talked.']],
    ['dotted acronym mid-sentence', 'The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
    ['dotted acronym ending a sentence', 'He flew to the U.S. He landed.', ['He flew to the U.S.', 'He landed.']],
    ['initials', 'J. R. R. Tolkien wrote. Fans read.', ['J. R. R. Tolkien wrote.', 'Fans read.']],
    [
      'a letter that is a word of its own, before an acronym or an opener',
      'Nelson wrote on X. NASA is counting on it. It is rich in vitamin D. The study found.',
      ['Nelson wrote on X.', 'NASA is counting on it.', 'It is rich in vitamin D.', 'The study found.'],
    ],
    [
      'an initial after a lower-case word, before a name',
      'It was written by J. Smith. President George W. Bush spoke.',
      ['It was written by J. Smith.', 'President George W. Bush spoke.'],
    ],
    [
      'double dashes are not boundaries',
      'Moscow -- an ally -- agreed. Fine.',
      ['Moscow -- an ally -- agreed.', 'Fine.'],
    ],
    ['numbers with decimals', 'It rose 3.5 percent. Good.', ['It rose 3.5 percent.', 'Good.']],
    ['lower-case after a period', 'The figure, approx. ten, held. Yes.', ['The figure, approx. ten, held.', 'Yes.']],
    ['ellipsis before a capital', 'Wait… Then go.', ['Wait…', 'Then go.']],
    ['no terminal punctuation', 'A headline without a period', ['A headline without a period']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps offsets inside the requested range', () => {
    const text = 'xx One. Two. yy';
    expect(splitSentences(text, 3, 12)).toEqual([
      { start: 3, end: 7 },
      { start: 8, end: 12 },
    ]);
  });
});
