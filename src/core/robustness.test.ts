import { describe, expect, it } from 'vitest';
import { analyze } from './index';

/**
 * Text a reader brings may be anything: the analyser must return an analysis for it, never throw and lose the
 * article. These articles are strings of words, names, dates and punctuation drawn at random (with a fixed seed, so
 * a failure repeats), in the wire format, so that rare shapes reach rules written for common ones: a relative pronoun
 * opening a sentence, two commas in a row, a bracket or a quotation mark left open.
 */
const WORDS = [
  ...['That', 'which', 'who', 'whose', 'where', 'when', 'what', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'and'],
  ...['but', 'or', 'as', 'than', 'since', 'after', 'before', 'by', 'with', 'to', 'for', 'from', 'said', 'says'],
  ...['was', 'were', 'had', 'has', 'is', 'are', 'be', 'been', 'will', 'would', 'not', 'never', 'it', 'he', 'she'],
  ...['they', 'this', 'its', 'their', 'his', 'her', 'Monday', 'last week', 'next month', 'in 2003', 'two days later'],
  ...[
    'since March 2011',
    'a 26-month conflict',
    'on Friday',
    'at 10:40 pm',
    'late Sunday',
    'this year',
    'hours earlier',
  ],
  ...['killed', 'wounded', 'began', 'ended', 'signed', 'announced', 'plans', 'expected', 'due', 'advanced', 'attack'],
  ...['election', 'president', 'minister', 'people', 'rebels', 'police', 'troops', 'Jean Dupont', 'Velland', 'NATO'],
  ...['President Anna Weber', 'the Velport Council', '(CEP)', '"', '“', '”', ',', ',', ';', ':', '-', '(', ')', "'s"],
  ...['50', '1,000', '3.5 percent', '$2 billion', 'one', 'three', 'others', 'bin', 'van', 'Mr.', 'U.S.', '...', '!'],
];

function randomArticles(count: number, seed: number): string[] {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const articles: string[] = [];
  for (let a = 0; a < count; a++) {
    const sentences = Array.from({ length: 12 }, () => {
      const words = Array.from({ length: 2 + Math.floor(next() * 14) }, () => pick(WORDS)).join(' ');
      return words[0]!.toUpperCase() + words.slice(1) + pick(['.', '.', '?', '."']);
    });
    const date = pick(['7th May 2013', '29th February 2012', '31st December 2015']);
    articles.push(
      `${pick(sentences)}\n\n${date}, Comments 0 comments\n\n${sentences.slice(0, 6).join(' ')}\n\n` +
        `${sentences.slice(6).join(' ')}\n\n© 2013 AFP\n\n0 Comments To This Article\n`,
    );
  }
  return articles;
}

describe('analyze on text of any shape', () => {
  it.each(randomArticles(60, 1).map((text, i) => [i, text] as const))('random article %i', (_, text) => {
    const analysis = analyze(text);
    expect(analysis.sentences.length).toBeGreaterThan(0);
  });

  it.each([
    'Who minister van this ( U.S. began , , since March 2011 says election we and than.',
    'The plan, , began in 2011.',
  ])('%s', (sentence) => {
    const analysis = analyze(
      `Headline here\n\n7th May 2013, Comments 0 comments\n\n${sentence}\n\n© 2013 AFP\n\n0 Comments To This Article\n`,
    );
    expect(analysis.events.some((e) => e.date.value.startsWith('2011'))).toBe(true);
  });
});
