/**
 * Word tokens of one sentence with offsets into the article text. Possessive "'s" is split off (the
 * mention is "Smith", not "Smith's"), and a capitalised word with a lower-case hyphen suffix
 * ("US-backed", "Moscow-based") is split so the name stands alone, as are two places joined by a hyphen.
 */
import { lookupPlace } from './gazetteer';
import { HYPHEN_PARTICLES, HYPHEN_SUFFIX } from './lexicon';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Letters or digits, as opposed to punctuation. */
  word: boolean;
  /** Followed directly by a possessive "'s" or "'". */
  possessive: boolean;
  /** Starts with a capital (or a lower-case Arabic particle before a capital: "al-Gaddafi"). */
  cap: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’]\p{L}+|[-&.][\p{L}\p{N}]+)*|\S/gu;
const UPPER_START = /^\p{Lu}/u;

function push(out: Token[], start: number, text: string, possessive = false): void {
  const word = /[\p{L}\p{N}]/u.test(text);
  const cap = word && (UPPER_START.test(text) || HYPHEN_PARTICLES.test(text));
  out.push({ start, end: start + text.length, text, word, possessive, cap });
}

/** Whether a token kept its "'s" as part of a name ("Moody's", "Sotheby's"; see `ownsName`). */
export const ownsS = (token: string): boolean => /\p{L}['’]s$/u.test(token);

/** A company's word after a name with "'s" in it ("Moody's Analytics", "McDonald's Corp"). */
const COMPANY_AFTER = /^ (?:Corp|Corporation|Inc|Co|Ltd|LLC|Plc|PLC|Holdings|Analytics|Investors)\b/;
/** An institution's head right after a name with "'s" ("King's College", "Queen's University"). */
const HEAD_AFTER = /^ (?:College|University|Hospital|School|Academy)\b/;
/** A verb right after a name with "'s" ("Sotheby's said"): no possessive's noun is there. */
const VERB_AFTER =
  /^ (?:said|says|announced|reported|estimated|warned|downgraded|upgraded|rated|confirmed|added|forecast|predicted|expects|expected|sold|opened|closed|agreed|declined|posted|employs|operates)\b/;
/** Capitalised words whose "'s" is "is" or "has" ("Here's", "That's"), never a name's. */
const CONTRACTED =
  /^(?:here|there|what|that|who|where|when|why|how|it|he|she|let|everyone|everybody|nobody|today|tomorrow|yesterday|this)['’]s$/i;

/**
 * Whether a capitalised word's "'s" belongs to its name: a company's word follows ("Moody's Investors Service"),
 * an institution's head ("King's College London"), a verb ("Sotheby's said"), or it is the object of a
 * preposition before a comma, a full stop or another preposition ("at Christie's.", "at Christie's in New York"):
 * places named for their founders. A possessive's noun would stand there otherwise.
 */
function ownsName(value: string, after: string, before: string): boolean {
  if (CONTRACTED.test(value) || lookupPlace(value.slice(0, -2))) return false;
  if (COMPANY_AFTER.test(after) || VERB_AFTER.test(after) || HEAD_AFTER.test(after)) return true;
  // ("sold at Christie's in New York", "at Christie's as part of …": or a preposition of its own after it.)
  return /^(?:[,.;:]| (?:in|as|on|for|and|last|this)\b)/.test(after) && /\b(?:at|from|to|with|by)\s+$/.test(before);
}

/**
 * Splits `text[start, end)` into tokens.
 * @example tokenize("Smith's return", 0, 14).map((t) => t.text) // ['Smith', 'return']
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    let value = m[0];
    const at = start + (m.index ?? 0);
    let possessive = false;
    const poss = /['’]s$/.exec(value);
    if (
      poss &&
      value.length > 2 &&
      UPPER_START.test(value) &&
      ownsName(value, text.slice(at + value.length, at + value.length + 40), slice.slice(0, m.index ?? 0))
    ) {
      // "Moody's Analytics", "Sotheby's said": the "'s" is part of the name, kept whole.
    } else if (poss && value.length > 2 && (UPPER_START.test(value) || HYPHEN_PARTICLES.test(value))) {
      value = value.slice(0, -2);
      possessive = true;
    } else if (/['’]$/.test(text.slice(at + value.length, at + value.length + 1)) && /s$/.test(value)) {
      // Plural possessive "Afghans'": the apostrophe stays punctuation.
      possessive = true;
    }
    const cut = value.search(/-\p{Ll}/u);
    if (
      cut > 0 &&
      (UPPER_START.test(value) || HYPHEN_PARTICLES.test(value)) &&
      HYPHEN_SUFFIX.test(value.slice(cut + 1))
    ) {
      // "US-backed" → "US" + "-" + "backed"; "Spider-Gwen" and "Young-pyo" stay whole.
      // ("al-Qaeda-linked" → "al-Qaeda" + "-" + "linked": so after a name opening with an Arabic article.)
      push(out, at, value.slice(0, cut));
      push(out, at + cut, '-');
      push(out, at + cut + 1, value.slice(cut + 1), possessive);
      continue;
    }
    // "the Turkey-Syria quake", "US-China talks": two places joined by a hyphen are two names.
    const places = /^(\p{Lu}[\p{L}.]*)-(\p{Lu}[\p{L}.]*)$/u.exec(value);
    // "a joint NASA-European Space Agency mission": so are initials joined by a hyphen to a word that opens a
    // longer name, two bodies' names ("UN-Habitat", one word after it, stays whole).
    const joinedInitials = /^(\p{Lu}{2,6})-(\p{Lu}\p{Ll}+)$/u.exec(value);
    // ("the Asia-Pacific Economic Cooperation (APEC)": not one opening a longer name, a word in capitals after it.)
    const opensName = /^\s\p{Lu}\p{Ll}+\b(?!['’]s\b)/u.test(text.slice(at + value.length, at + value.length + 30));
    const pair =
      places && !lookupPlace(value) && lookupPlace(places[1]!) && lookupPlace(places[2]!) && !opensName
        ? places
        : joinedInitials && /^\s\p{Lu}\p{Ll}/u.test(text.slice(at + value.length, at + value.length + 3))
          ? joinedInitials
          : null;
    if (pair) {
      push(out, at, pair[1]!);
      push(out, at + pair[1]!.length, '-');
      push(out, at + pair[1]!.length + 1, pair[2]!, possessive);
      continue;
    }
    push(out, at, value, possessive);
  }
  return out;
}

/** Small words a body's name holds between its capitalised ones ("for the former", "in", "and"). */
const NAME_SMALL_WORDS = /^(?:of|for|the|in|on|and|to|against|former|de|des|du|la|le|et)$/;

/**
 * The last token of a name that runs (from `from` or a later word) past `to` up to an acronym in brackets that
 * spells it, each capitalised word giving the acronym its next letter or letters ("UN" → "UN", "Monitoring" → "MO")
 * and the small words none; `to` when none follows.
 * @example "International Criminal Tribunal for the former Yugoslavia (ICTY)" → the token "Yugoslavia"
 */
export function spelledThrough(tokens: readonly Token[], from: number, to: number): number {
  let k = to + 1;
  while (
    k - to <= 12 &&
    (tokens[k]?.text === ',' || (tokens[k]?.word && (tokens[k]!.cap || NAME_SMALL_WORDS.test(tokens[k]!.text))))
  )
    k++;
  if (k === to + 1 || tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')' || !tokens[k - 1]?.cap) return to;
  const acronym = tokens[k + 1]?.text ?? '';
  if (!/^\p{Lu}{3,8}$/u.test(acronym)) return to;
  const words = tokens
    .slice(from, k)
    .filter((t) => t.word && t.cap)
    .map((t) => t.text.toUpperCase());
  // Whether the words from `w` on spell the acronym from `a` on.
  const spells = (w: number, a: number): boolean => {
    if (w === words.length) return a === acronym.length;
    const word = words[w]!;
    for (let n = 1; n <= word.length && a + n <= acronym.length; n++) {
      if (word[n - 1] !== acronym[a + n - 1]) break;
      if (spells(w + 1, a + n)) return true;
    }
    return false;
  };
  // (The run may open with words before the name, "Observers of the Organization for …", but the name opens inside
  // the run: not "Rosetta, the European Space Agency (ESA)".)
  const inside = tokens.slice(from, to + 1).filter((t) => t.word && t.cap).length;
  for (let w = 0; w < inside && w + 3 <= words.length; w++) if (spells(w, 0)) return k - 1;
  return to;
}
