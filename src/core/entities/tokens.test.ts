import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const words = (s: string) => tokenize(s, 0, s.length).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ["Putin's return", ['Putin', 'return']],
    ["Bashar al-Assad's ally", ['Bashar', 'al-Assad', 'ally']],
    ['US-backed groups', ['US', '-', 'backed', 'groups']],
    ['Moscow-based firm', ['Moscow', '-', 'based', 'firm']],
    ['the al-Qaeda-linked Shebab militia', ['the', 'al-Qaeda', '-', 'linked', 'Shebab', 'militia']],
    ['Kim Min-Woo and Lee Young-pyo', ['Kim', 'Min-Woo', 'and', 'Lee', 'Young-pyo']],
    // A given name's second syllable in "-ing" after one letter; a suffix in "-ing" of a longer word is split.
    ['Leung Chun-ying and Zhang Xiao-ming', ['Leung', 'Chun-ying', 'and', 'Zhang', 'Xiao-ming']],
    ['a Kremlin-leaning paper', ['a', 'Kremlin', '-', 'leaning', 'paper']],
    ['a Right-wing party', ['a', 'Right', '-', 'wing', 'party']],
    ['the U.S. and AT&T', ['the', 'U.S.', 'and', 'AT&T']],
    ['Apple Inc. said', ['Apple', 'Inc', '.', 'said']],
    ['the Chile-Peru border', ['the', 'Chile', '-', 'Peru', 'border']],
    // Two places opening a longer name in capitals are that name's first word.
    ['the Asia-Pacific Economic Cooperation forum', ['the', 'Asia-Pacific', 'Economic', 'Cooperation', 'forum']],
    ['the Asia-Pacific region', ['the', 'Asia', '-', 'Pacific', 'region']],
    [
      'a joint NASA-European Space Agency mission',
      ['a', 'joint', 'NASA', '-', 'European', 'Space', 'Agency', 'mission'],
    ],
    ['UN-Habitat said', ['UN-Habitat', 'said']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('marks possessives and capitals, with offsets into the text', () => {
    const text = "x Putin's";
    const [, putin] = tokenize(text, 0, text.length);
    expect(putin).toMatchObject({ text: 'Putin', start: 2, end: 7, possessive: true, cap: true });
  });

  it.each([
    ["don't", "don't"],
    ['al-Assad', 'al-Assad'],
    ['Guinea-Bissau', 'Guinea-Bissau'],
    ['Rolls-Royce', 'Rolls-Royce'],
  ])('negative: %s is not split', (text, token) => {
    expect(words(text)).toEqual([token]);
  });

  it.each([
    ["Moody's Analytics said", ["Moody's", 'Analytics', 'said']],
    ["Brand's Corp grew", ["Brand's", 'Corp', 'grew']],
    ["Sotheby's said so", ["Sotheby's", 'said', 'so']],
    ["sold at Christie's.", ['sold', 'at', "Christie's", '.']],
    ["at King's College London", ['at', "King's", 'College', 'London']],
    ["Queen's University said", ["Queen's", 'University', 'said']],
  ])("a name's own 's stays in the word: %s", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ["Smith's lawyer said", ['Smith', 'lawyer', 'said']],
    ["Here's what", ['Here', 'what']],
    ["Britain's economy grew", ['Britain', 'economy', 'grew']],
  ])("negative: a possessive's 's is split off: %s", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('a lower-case particle before a capital counts as a capital ("al-Assad")', () => {
    expect(tokenize('al-Assad', 0, 8)[0]?.cap).toBe(true);
    expect(tokenize('all-girl', 0, 8)[0]?.cap).toBe(false);
  });
});
