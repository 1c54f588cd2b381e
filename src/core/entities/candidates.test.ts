import { describe, expect, it } from 'vitest';
import { segment } from '../article/segment';
import { findRuns, isCased, textStats, tokenizeSentences } from './candidates';
import { tokenize } from './tokens';

/** The candidate runs of every body sentence, as text. */
function runs(body: string): string[] {
  const base = segment(`Daily news report\n\n${body}`);
  const sentences = tokenizeSentences(base);
  const stats = textStats(sentences);
  return sentences
    .filter((s) => s.sentence > 0)
    .flatMap((s) =>
      findRuns(base.text, s, stats).map((r) => base.text.slice(s.tokens[r.from]?.start, s.tokens[r.to]?.end)),
    );
}

describe('capitalised runs', () => {
  it.each([
    ['US Secretary of State John Kerry arrived.', ['US Secretary of State John Kerry']],
    ['They met Carla del Ponte and Bank of America staff.', ['Carla del Ponte', 'Bank of America']],
    ['Shares of Apple Inc. rose.', ['Apple Inc.']],
    ['He moved to St. Louis last year.', ['St. Louis']],
    ['They visited the University of the Arts.', ['University of the Arts']],
    ['They met Greta von der Linde and Ana de la Cruz.', ['Greta von der Linde', 'Ana de la Cruz']],
    ['It is owned by Strade dello Stato Sardo and Casa delle Arti.', ['Strade dello Stato Sardo', 'Casa delle Arti']],
  ])('%s', (body, expected) => {
    expect(runs(body)).toEqual(expected);
  });

  it.each([
    ['The meeting is on Tuesday at 1100 GMT.', []],
    ['In May the talks resumed.', []],
    ['He said that Moscow, Kabul and Paris agreed.', ['Moscow', 'Kabul', 'Paris']],
  ])('negative: calendar words and punctuation break runs: %s', (body, expected) => {
    expect(runs(body)).toEqual(expected);
  });
});

describe('capitals for emphasis', () => {
  it.each([
    ['"They are depreciating the Euro against the VERY strong Dollar," he wrote.', ['Euro', 'Dollar']],
    ['He said Smith was NOT over it.', ['Smith']],
    ['He said Smith was ABSOLUTELY certain.', ['Smith']],
  ])('an adjective or adverb in capitals is no name: %s', (body, expected) => {
    expect(runs(body)).toEqual(expected);
  });
  it.each([
    ['He said the WHO counted fewer AIDS cases.', ['WHO', 'AIDS']],
    ['He said the institute (NICE) agreed.', ['NICE']],
    ['He said NICE agreed. Later he said NICE was wrong.', ['NICE', 'NICE']],
  ])('negative: acronyms stay, and an adjective in parentheses or used again: %s', (body, expected) => {
    expect(runs(body)).toEqual(expected);
  });
});

describe('sentence openers', () => {
  it.each([
    ['The Kremlin said no.', ['Kremlin']],
    ['According to Reuters, it rained.', ['Reuters']],
    ['Later, officials left.', []],
    ['Kerry spoke. John Kerry left.', ['Kerry', 'John Kerry']],
    ['"Our partners in Moscow agree," he said.', ['Moscow']],
    // A town the word lexicon knows, opening one sentence; not a common word it also knows as a town.
    ['Bristol beat the visitors on Sunday.', ['Bristol']],
    ['Reading is fun.', []],
    // A common noun's plural before "of" is the people of the name after it.
    ['Members of Parliament voted on Monday.', ['Parliament']],
    ['Supporters of Halden Rovers cheered.', ['Halden Rovers']],
  ])('%s', (body, expected) => {
    expect(runs(body)).toEqual(expected);
  });
});

describe('cased sentences', () => {
  const cased = (s: string) => isCased(tokenize(s, 0, s.length));
  it.each([
    'KERRY IN MOSCOW TO SWAY PUTIN',
    'Kerry In Moscow Mission To Sway Putin On Syria',
    'Storm Hits The Coast As US Braces For More',
  ])('%s is cased', (s) => {
    expect(cased(s)).toBe(true);
  });
  it.each([
    'Kerry in Moscow mission to sway Putin on Syria',
    'US Secretary of State John Kerry was in Moscow',
    // Titles and names of a guest list, with an acronym among the function words.
    "Guests, including US First Lady Ann Cole, Irish President Liam Dunne and Chad's First Lady Mina Oko, watched the parade",
  ])('negative: %s is not cased', (s) => {
    expect(cased(s)).toBe(false);
  });
});
