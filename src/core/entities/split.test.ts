import { describe, expect, it } from 'vitest';
import { segment } from '../article/segment';
import { findRuns, textStats, tokenizeSentences } from './candidates';
import { splitRun } from './split';

/** Pieces of the first run of the body's first sentence: [text, type, role]. */
function pieces(body: string): [string, string | null, string | null][] {
  const base = segment(`Daily news report\n\n${body}`);
  const sentences = tokenizeSentences(base);
  const stats = textStats(sentences);
  const s = sentences[1];
  if (!s) return [];
  const run = findRuns(base.text, s, stats)[0];
  if (!run) return [];
  return splitRun(base.text, s, run).map((p) => [p.text, p.type, p.role]);
}

describe('titles become roles', () => {
  it.each([
    ['He met US Secretary of State John Kerry.', [['US', 'place', null], ['John Kerry', 'person', 'US Secretary of State']]],
    ['He met Russian President Vladimir Putin.', [['Russian', 'group', null], ['Vladimir Putin', 'person', 'Russian President']]],
    ['He met Foreign Minister Sergei Lavrov.', [['Sergei Lavrov', 'person', 'Foreign Minister']]],
    ['He met Mr. Smith.', [['Smith', 'person', null]]],
    ['He met Colonel Major Amadou Abdramane.', [['Amadou Abdramane', 'person', 'Colonel Major']]],
    ['He met Sergeant Major Jane Doe.', [['Jane Doe', 'person', 'Sergeant Major']]],
    // A "Major" that is the name's own stays in it.
    ['He met Colonel Major.', [['Major', 'person', 'Colonel']]],
  ])('%s', (body, expected) => {
    expect(pieces(body)).toEqual(expected);
  });

  it.each([
    ['Shares of General Motors fell.', [['General Motors', null, null]]],
    ['He met the Russian President.', [['Russian', 'group', null]]],
    ['The Justice Department said so.', [['Justice Department', null, null]]],
  ])('negative: %s', (body, expected) => {
    expect(pieces(body)).toEqual(expected);
  });
});

describe('the names that open a role', () => {
  it.each([
    ['He met Maryland Governor Ann Lowe.', [['Maryland', 'place', null], ['Ann Lowe', 'person', 'Maryland Governor']]],
    ['He met Former Ohio Governor Tom Reyes.', [['Ohio', 'place', null], ['Tom Reyes', 'person', 'Former Ohio Governor']]],
    ['He met Punjab Chief Minister Ravi Dhillon.', [['Punjab', 'place', null], ['Ravi Dhillon', 'person', 'Punjab Chief Minister']]],
    ['He met Brackenfield Mayor Jo Hart.', [['Brackenfield', 'place', null], ['Jo Hart', 'person', 'Brackenfield Mayor']]],
    ['He met Bank of England Governor Sam Pryce.', [['Bank of England', 'organization', null], ['Sam Pryce', 'person', 'Bank of England Governor']]],
    ['He met Reserve Bank Governor Sam Pryce.', [['Reserve Bank', 'organization', null], ['Sam Pryce', 'person', 'Reserve Bank Governor']]],
    ['He met Labour Party Minister Jo Hart.', [['Labour Party', 'organization', null], ['Jo Hart', 'person', 'Labour Party Minister']]],
    // A title's modifier before the body's head is the body's own word.
    ['They met Supreme Court Justice Sam Pryce.', [['Supreme Court', 'organization', null], ['Sam Pryce', 'person', 'Supreme Court Justice']]],
  ])('%s', (body, expected) => {
    expect(pieces(body)).toEqual(expected);
  });

  it.each([
    // A party, a body's short name and a club are no places, and a manager holds no office over a town.
    ['He met Democratic Senator Ed Marsh.', [['Ed Marsh', 'person', 'Democratic Senator']]],
    ['He met Fed Governor Lisa Orr.', [['Lisa Orr', 'person', 'Fed Governor']]],
    ['He met Chelsea Manager Enzo Rossi.', [['Enzo Rossi', 'person', 'Chelsea Manager']]],
    // A minister's portfolio is no body, though its last word may end one's name ("Kozmo Resources").
    ['He met Mineral Resources Minister Ed Zwane.', [['Ed Zwane', 'person', 'Mineral Resources Minister']]],
    ['He met Mining Minister Ed Zwane.', [['Ed Zwane', 'person', 'Mining Minister']]],
    ['He met Technology Minister Ed Zwane.', [['Ed Zwane', 'person', 'Technology Minister']]],
  ])('negative: %s', (body, expected) => {
    expect(pieces(body)).toEqual(expected);
  });
});

describe('leading countries and nationalities', () => {
  it.each([
    ['He thanked the Afghan Ambassador to the United States Hamdullah Mohib.', [['Afghan', 'group', null]]],
    ['The United States Hamdullah Mohib met was new.', [['United States', 'place', null], ['Hamdullah Mohib', null, null]]],
  ])('%s', (body, expected) => {
    expect(pieces(body)).toEqual(expected);
  });

  it.each([
    ['They joined the US Air Force.', [['US Air Force', null, null]]],
    ['They read the New York Times.', [['New York Times', null, null]]],
  ])('negative: an organisation keeps its country: %s', (body, expected) => {
    expect(pieces(body)).toEqual(expected);
  });
});

describe('two names run together', () => {
  it.each([
    ['Writing in a blog post, Matthew Ingram of The Globe said so.', [['Matthew Ingram', null, null], ['Globe', 'organization', null]]],
    ['He quoted Refugee Council Mark Brown on it.', [['Refugee Council', null, null], ['Mark Brown', null, null]]],
  ])('%s', (body, expected) => {
    expect(pieces(body)).toEqual(expected);
  });

  it.each([
    ['They met at the Bank of America office.', [['Bank of America', null, null]]],
    ['She joined the University of Texas faculty.', [['University of Texas', null, null]]],
  ])('negative: %s', (body, expected) => {
    expect(pieces(body)).toEqual(expected);
  });
});
