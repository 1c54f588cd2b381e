import type { Span } from '../types';

/** Abbreviations after which a period does not end a sentence (general English, lower-cased). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'adm',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'pres',
  'rev',
  'hon',
  'fr',
  'st',
  'ste',
  'mt',
  'ft',
  'jr',
  'sr',
  'esq',
  'supt',
  'insp',
  'no',
  'nos',
  'vs',
  'v',
  'etc',
  'inc',
  'corp',
  'ltd',
  'co',
  'bros',
  'dept',
  'univ',
  'assn',
  'est',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'ave',
  'blvd',
  'rd',
  'fig',
  'al',
  'ed',
  'eds',
  'vol',
  'pp',
  'op',
  'cf',
  'ca',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
]);

/** Abbreviations that commonly end a sentence too ("… in the U.S. He said"): split when a capital follows. */
const TERMINAL_ABBREVIATIONS = new Set(['etc', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'a.m', 'p.m']);

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

/** The word immediately before `dot` (letters and inner dots), lower-cased. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dot).replace(/^\.+/, '');
}

/** A common word to open a sentence with, after an initial or a dotted acronym that then ends one. */
const COMMON_OPENER = /^(?:The|He|She|It|They|We|I|But|And|In|On|At|This|That|There|A)\b/;

function isBoundary(text: string, punct: number, next: number, end: number): boolean {
  const ch = text[punct];
  // What follows the whitespace must start a sentence: a capital, a digit or an opening quote.
  const following = text[next] ?? '';
  const startsSentence =
    /[\p{Lu}\p{N}]/u.test(following) || (OPENERS.includes(following) && /[\p{Lu}\p{N}]/u.test(text[next + 1] ?? ''));
  if (!startsSentence || next >= end) return false;
  if (ch !== '.') return true;
  const word = wordBefore(text, punct);
  const lower = word.toLowerCase();
  // Initials ("J. Smith") and dotted acronyms ("U.S.") do not end a sentence…
  if (/^\p{Lu}$/u.test(word)) {
    // …unless the letter is a word of its own after a lower-case one, before an acronym or a common opener
    // ("wrote on X. NASA is …", "rich in vitamin D. The …"; not "by J. Smith").
    const prior = /(\p{L}+)\s+\p{Lu}$/u.exec(text.slice(Math.max(0, punct - 30), punct))?.[1] ?? '';
    const after = text.slice(next, next + 8);
    return /^\p{Ll}+$/u.test(prior) && (/^\p{Lu}{2,}\b(?!\.)/u.test(after) || COMMON_OPENER.test(after));
  }
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    // …unless the acronym is followed by a common sentence opener.
    return COMMON_OPENER.test(text.slice(next, next + 6));
  }
  if (ABBREVIATIONS.has(lower)) {
    if (TERMINAL_ABBREVIATIONS.has(lower)) {
      return /^(The|He|She|It|They|We|I|But|And|In|This|That|There)\b/.test(text.slice(next, next + 6));
    }
    return false;
  }
  return true;
}

/**
 * A wire story's place line opening its first paragraph: the town in capitals, then perhaps its country or
 * state, a date and the agency in parentheses, and a dash ("PARIS (AFP) - ", "PALU, Indonesia (AFP) -- ",
 * "NEW DELHI, May 7 (Reuters) — ", "NEW YORK, March 3, 2021 (AFP) - "; "Chennai, India (AFP) - " with the wire named).
 * Not a capitalised word before a dash
 * in running text ("The US - China talks"): the town is in capitals, of three letters or more, or of two before
 * another word in capitals ("LA PAZ (AFP) - ", "EL PASO - "); nor a wire's
 * flag ("BREAKING - ", "UPDATE - ").
 */
const PLACE_LINE_HEAD = new RegExp(
  String.raw`^(?:(?!(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|ANALYSIS|FACTBOX|WRAPUP|CORRECTED|REFILE|URGENT|FLASH|INSIGHT|EDITORIAL|OPINION|WATCH|LIVE)\b)(?:\p{Lu}[\p{Lu}'’.-]{2,}|\p{Lu}{2}(?= \p{Lu}{2}))(?: \p{Lu}[\p{Lu}'’.-]+){0,3}(?:, (?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,2})?(?:, \p{Lu}\p{Ll}+\.? \d{1,2}(?:, \d{4})?)?(?: ?\([\p{L}][\p{L}. -]{0,30}\))?` +
    // ("Chennai, India (AFP) - ": a town written in lower case, with a wire's name in parentheses after it.)
    String.raw`|\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})? ?\((?:AFP|Reuters|AP|dpa|Xinhua|EFE|ANSA|Kyodo|UPI|Bloomberg)\))` +
    String.raw` ?(?:-{1,2}|[–—])(?=\s|$)`,
  'u',
);
/** The place line and the spaces after it, when text follows. */
const PLACE_LINE = new RegExp(`${PLACE_LINE_HEAD.source} +(?=\\S)`, 'u');

/** The length of the place line opening `paragraph` (see PLACE_LINE), or 0. */
export function placeLineLength(paragraph: string): number {
  return PLACE_LINE.exec(paragraph)?.[0].length ?? 0;
}

/** Whether `sentence` opens with a place line (see PLACE_LINE_HEAD): the first paragraph's is a sentence of its own. */
export function opensWithPlaceLine(sentence: string): boolean {
  return PLACE_LINE_HEAD.test(sentence);
}

/**
 * Splits `text[start, end)` into sentences, handling quotes, abbreviations, initials and dashes.
 * @example splitSentences('Mr. Smith left. He said "no."', 0, 30) // two spans
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  // Skip leading whitespace.
  while (sentenceStart < end && /\s/.test(text[sentenceStart] ?? '')) sentenceStart++;
  let i = sentenceStart;
  while (i < end) {
    const ch = text[i];
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      // Swallow runs of terminal punctuation and closing quotes/brackets.
      let j = i + 1;
      while (j < end && (/[.!?…]/.test(text[j] ?? '') || CLOSERS.includes(text[j] ?? ''))) j++;
      let k = j;
      while (k < end && /\s/.test(text[k] ?? '')) k++;
      if (k > j && isBoundary(text, i, k, end)) {
        spans.push({ start: sentenceStart, end: j });
        sentenceStart = k;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  let last = end;
  while (last > sentenceStart && /\s/.test(text[last - 1] ?? '')) last--;
  if (last > sentenceStart) spans.push({ start: sentenceStart, end: last });
  return spans;
}
