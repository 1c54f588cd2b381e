/**
 * Candidate names: runs of capitalised tokens, joined across name particles ("del", "van", "bin") and
 * "of" ("Bank of America"), with sentence-initial common words ("The", "Later") stripped off.
 */
import { isIrregularPast } from '../timeline/verbs';
import { opensWithPlaceLine } from '../article/sentences';
import type { ArticleBase } from '../types';
import { HOLIDAY_SOURCE, isNamedDay } from '../holidays';
import { lookupDemonym, lookupPlace } from './gazetteer';
import {
  APPOSITIVE_WHEN,
  COMMON_ACRONYMS,
  DOTTED_ABBREVIATIONS,
  EPITHETS,
  EVENT_FIRSTS,
  EVENT_HEADS,
  FUNCTION_WORDS,
  isPersonRoleNoun,
  isRoleNoun,
  isTitle,
  isTitleOrModifier,
  LAND_TITLE,
  MONTHS,
  NAME_PARTICLES,
  NEVER_NAMES,
  ORG_FIRSTS,
  BODY_OFFICES,
  COMPASS,
  isModifierCompound,
  OCCUPATION_NOUNS,
  ORG_HEADS,
  PLACE_FOLLOWERS,
  PLACE_HEADS,
  PORTFOLIO_NOUNS,
  PORTFOLIO_TITLE,
  TITLE_MODIFIERS,
  THING_NOUNS,
  TITLES,
  WEEKDAYS,
} from './lexicon';
import { isEmphasisWord, isPlaceKind, lexKind } from './name-lexicon';
import { ownsS, spelledThrough, tokenize, type Token } from './tokens';

/** Nouns of a publication, beside its name ("the Blick newspaper", "the shipping journal Lloyd's List"). */
export const PUBLICATION = /^(?:newspaper|journal|magazine|tabloid|broadsheet|weekly|daily)$/;

export interface SentenceTokens {
  sentence: number;
  tokens: Token[];
  /** Title Case or ALL CAPS: capitals carry no information, only known names are looked up. */
  cased: boolean;
  /** A wire story's place line ("NEW YORK (AFP) -"), whose town opens it in capitals. */
  placeLine?: true;
}

/** A run of tokens `tokens[from..to]` (inclusive) in one sentence. */
export interface Run {
  sentence: number;
  from: number;
  to: number;
}

export interface TextStats {
  /** Words seen in lower case somewhere in the text. */
  lowerWords: Set<string>;
  /** Capitalised words seen away from the start of a sentence. */
  capMid: Set<string>;
  /** How often each capitalised word is seen away from the start of a sentence. */
  capMidCount: Map<string, number>;
  /** How often each capitalised word opens a sentence. */
  capInitialCount: Map<string, number>;
  /** Two capitalised words seen together away from the start of a sentence ("Air France-KLM"), space-joined. */
  capMidPairs: Set<string>;
  /** Capitalised words that open a clause whose "its" is theirs (`ownsIts`). */
  itsOwners: Set<string>;
  /** Months the text writes as a name's last word ("Theresa May"), in lower case. */
  surnameMonths: Set<string>;
}

/**
 * Whether the word at `i`, opening its clause, owns an "its" after its verb: "Hamas took 240 hostages during its
 * attack", "Orvex defaulted on its debts". Up to ten words on, none of them capitalised, a determiner, or another
 * owner's pronoun ("the town and its people": the town's).
 */
export function ownsIts(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next?.word || next.cap) return false;
  for (let k = i + 1; k <= i + 10; k++) {
    const t = tokens[k];
    if (!t || !t.word || t.cap || /^(?:the|a|an|his|her|their|he|she|they|it)$/i.test(t.text)) return false;
    if (t.text === 'its') return true;
  }
  return false;
}

/** Nouns that number what they name ("Category 5", "Phase 2", "Article 50"). */
const NUMBERED_NOUNS = new Set(
  'category level phase stage article chapter section clause grade class tier type round step room gate terminal platform route flight game week day match zone'.split(
    ' ',
  ),
);
/**
 * Common words that name channels, stations, racing classes and products by a number after them ("Channel 4",
 * "Formula 1", "Model 3").
 */
const SERIAL_HEADS = /^(?:channel|radio|formula|model)$/;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '«']);
/** Styles of address after a possessive ("His Holiness", "Her Majesty"), no part of a name. */
const STYLES = /^(?:Majesty|Majesties|Highness|Highnesses|Holiness|Excellency|Excellencies|Eminence)$/;

/** A saint's title opening a name, whose possessive the name goes on past ("St George's Chapel"). */
const SAINT = /^(?:St|Saint|Ste|San|Santa)$/;
/** Plural nouns of people whose "'s" runs on inside a name ("People's Party", "the Women's World Cup"). */
const COLLECTIVE_POSSESSOR = /^(?:People|Women|Men|Children)$/;
/** The head of a body its members name ("the Workers' Party", "the Farmers' Union"). */
const MEMBERS_BODY =
  /^(?:Party|Union|Association|Federation|Alliance|Front|Movement|Council|Congress|League|Confederation|Guild|Forum)$/;
const END_DOT_ABBREVIATIONS = new Set(['inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'plc', 'bros']);

/** Title Case or ALL CAPS text, where capitals say nothing about names. */
export function isCased(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word && /\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  const letters = words.map((t) => t.text).join('');
  const upper = letters.match(/\p{Lu}/gu)?.length ?? 0;
  if (upper / letters.length > 0.8) return true;
  // Title Case leaves only short function words in lower case; two other words in lower case
  // ("guests", "watched") make a sentence that merely names many people and titles.
  const lowerWords = words.slice(1).filter((t) => !t.cap && !FUNCTION_WORDS.has(t.text.toLowerCase()));
  if (lowerWords.length >= 2) return false;
  // A function word's letters in capitals ("US") are an acronym's, no sign of Title Case.
  const fn = words.slice(1).filter((t) => FUNCTION_WORDS.has(t.text.toLowerCase()) && t.text !== t.text.toUpperCase());
  const capFn = fn.filter((t) => t.cap);
  return fn.length >= 2 && capFn.length / fn.length >= 0.6;
}

/**
 * Tokenises every sentence of the article.
 * @example tokenizeSentences(segment('Title\n\nSmith met Jones.'))[1]?.tokens.length // 4
 */
export function tokenizeSentences(base: ArticleBase): SentenceTokens[] {
  return base.sentences.map((s) => {
    const tokens = tokenize(base.text, s.start, s.end);
    // A wire story's place line is in capitals by its form ("NEW YORK (AFP) -"): its town is read as a name.
    const placeLine = opensWithPlaceLine(base.text.slice(s.start, s.end));
    return placeLine
      ? { sentence: s.id, tokens, cased: false, placeLine }
      : { sentence: s.id, tokens, cased: isCased(tokens) };
  });
}

/** True when the quotation marks enclose exactly tokens `from`…`to`. */
const fillsQuotation = (tokens: readonly Token[], from: number, to: number): boolean =>
  /^["“]$/.test(tokens[from - 1]?.text ?? '') && /^["”]$/.test(tokens[to + 1]?.text ?? '');

/** True where the token opens the sentence or a quotation. */
export function isInitial(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!t) break;
    if (t.word) return false;
    if (OPENERS.has(t.text)) return true;
  }
  return true;
}

/**
 * Words seen in lower case, and capitalised words seen mid-sentence, over the whole text.
 * @example textStats(tokenizeSentences(segment('T\n\nThe cat met Tom.'))).capMid.has('Tom') // true
 */
export function textStats(sentences: readonly SentenceTokens[]): TextStats {
  const lowerWords = new Set<string>();
  const capMid = new Set<string>();
  const capMidCount = new Map<string, number>();
  const capInitialCount = new Map<string, number>();
  const capMidPairs = new Set<string>();
  const itsOwners = new Set<string>();
  const surnameMonths = new Set<string>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (!t.word) return;
      if (!s.cased && t.cap && MONTHS.has(t.text.toLowerCase()) && surnameAfter(s.tokens, i))
        surnameMonths.add(t.text.toLowerCase());
      if (!s.cased && t.cap && (i === 0 || s.tokens[i - 1]?.text === ',') && ownsIts(s.tokens, i))
        itsOwners.add(t.text);
      const next = s.tokens[i + 1];
      if (!s.cased && t.cap && !isInitial(s.tokens, i) && next?.cap && next.start === t.end + 1 && !t.possessive)
        capMidPairs.add(`${t.text} ${next.text}`);
      if (!s.cased && t.cap && isInitial(s.tokens, i))
        capInitialCount.set(t.text, (capInitialCount.get(t.text) ?? 0) + 1);
      if (/^\p{Ll}[\p{Ll}'’-]*$/u.test(t.text)) lowerWords.add(t.text);
      else if (!s.cased && t.cap && !isInitial(s.tokens, i)) {
        capMid.add(t.text);
        capMidCount.set(t.text, (capMidCount.get(t.text) ?? 0) + 1);
        // "al-Jaber" named mid-sentence makes "Jaber" opening a later one a name too.
        const bare = t.text.replace(/^\p{Ll}+-(?=\p{Lu})/u, '');
        if (bare !== t.text) capMid.add(bare);
      } else if (
        !s.cased &&
        t.cap &&
        s.tokens[i + 1]?.cap &&
        // ("Global IT outage …": not before a common acronym, no name's word.)
        !COMMON_ACRONYMS.has(s.tokens[i + 1]!.text) &&
        !FUNCTION_WORDS.has(t.text.toLowerCase()) &&
        // ("Six Colombian suspects": a count before a people's adjective is no name's.)
        !(COUNT_WORD.test(t.text) && lookupDemonym(s.tokens[i + 1]!.text))
      ) {
        // An opener followed by another capitalised word is part of a name ("Apple Inc. reported").
        capMid.add(t.text);
      } else if (!s.cased && t.cap && fillsQuotation(s.tokens, i, i) && lexKind(t.text) === null) {
        // '"Barbie" has become …': a word no lexicon knows, alone in quotation marks, is a title, a name however
        // placed ("Barbie becomes Warner Bros' biggest hit" in the headline).
        capMid.add(t.text);
      }
    });
  }
  return { lowerWords, capMid, capMidCount, capInitialCount, capMidPairs, itsOwners, surnameMonths };
}

/**
 * "Theresa May", "Brian May": a month after a given name, with no day or year after it (not "Monday May 7",
 * "Victory Day May 9", "the week of May 20").
 */
function surnameAfter(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1]?.text ?? '';
  return Boolean(
    before?.cap &&
    before.word &&
    before.end === tokens[i]!.start - 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
    !FUNCTION_WORDS.has(before.text.toLowerCase()) &&
    !WEEKDAYS.has(before.text.toLowerCase()) &&
    !MONTHS.has(before.text.toLowerCase()) &&
    !DATED_NAME.test(before.text) &&
    !/^(?:Day|Eve|Week|Weekend|Holiday|Festival)$/.test(before.text) &&
    !/^\d/.test(after),
  );
}

/** Words before a month that make it a date ("in May", "since May", "early May", "last May"). */
const BEFORE_A_MONTH =
  /^(?:in|on|since|until|till|by|from|to|through|throughout|between|before|during|early|late|mid|last|next|this|that|each|every|of|and|or|around|as|for|into|end)$/i;

/** Nouns a month's possessive goes before ("May's elections", "June's figures"). */
const MONTHS_NOUNS =
  /^(?:elections?|votes?|polls?|meetings?|summit|talks|figures|data|reports?|attacks?|referendum|deadline|sales|inflation|issue|edition|session|heatwave|floods?|storms?|rains?|records?|total|output|rates?|events?|ceremony|launch|visit|tournament|final|race)$/i;

/**
 * "May's cabinet", "May, 61, has struggled", "after May secured the backing": a month the text writes elsewhere as
 * a person's surname, here with a person's cue after it and no date's word before it.
 */
export function monthAsSurname(tokens: readonly Token[], i: number, stats: TextStats): boolean {
  const t = tokens[i];
  if (!t?.cap || !stats.surnameMonths.has(t.text.toLowerCase())) return false;
  const next = tokens[i + 1];
  const later = tokens[i + 2];
  // ("in May's cabinet", not "May's elections": a possessive before no noun a month has.)
  if (t.possessive) return !MONTHS_NOUNS.test(next?.text ?? '');
  if (BEFORE_A_MONTH.test(tokens[i - 1]?.text ?? '')) return false;
  // ("May, 61,": an age in commas.)
  if (next?.text === ',' && /^\d{2}$/.test(later?.text ?? '') && tokens[i + 3]?.text === ',') return true;
  // ("May said", "May secured", "May has struggled": a verb after it; "May took office": a past no modal's "may" has
  // after it.)
  return Boolean(
    next?.word &&
    !next.cap &&
    /^(?:said|says|told|tells|is|was|has|had|will|would|wants|[a-z]+ed|took|won|lost|became|made|gave|came|went|met|left|led|ran|saw|held|sought|fought|kept|got|spoke|wrote|stood|sent|brought|thought|began|broke|chose|drew|flew|knew|rose|fell|struck|sold|paid|spent)$/.test(
      next.text,
    ),
  );
}

/** A holiday's or a season's name, whose year after it makes a date, no edition ("Christmas Day 2021"). */
const DATED_NAME = new RegExp(`^(?:${HOLIDAY_SOURCE}|Easter|Spring|Summer|Autumn|Fall|Winter)$`);

/** Counts that open a sentence capitalised ("Six Colombian suspects were arrested"). */
const COUNT_WORD =
  /^(?:Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Dozens|Hundreds|Thousands)$/;

const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

function isNameWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.word || !t.cap) return false;
  const lower = t.text.toLowerCase();
  // "the district of Zinda Jan": a month's short form after a name word, with no day after it, ends that name.
  if (MONTH_SHORT.test(t.text) && !/^\d/.test(tokens[i + 1]?.text ?? '')) {
    const before = tokens[i - 1];
    if (
      before?.cap &&
      before.word &&
      before.end === t.start - 1 &&
      !FUNCTION_WORDS.has(before.text.toLowerCase()) &&
      !NEVER_NAMES.has(before.text.toLowerCase())
    )
      return true;
  }
  // "Jan Palach Square": a month's short form before a name word, with no number before it, opens that name.
  if (MONTH_SHORT.test(t.text) && !/^\d/.test(tokens[i - 1]?.text ?? '')) {
    const after = tokens[i + 1];
    if (
      after?.cap &&
      after.word &&
      after.start === t.end + 1 &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(after.text) &&
      !FUNCTION_WORDS.has(after.text.toLowerCase()) &&
      !NEVER_NAMES.has(after.text.toLowerCase())
    )
      return true;
  }
  // "World War I": the numeral closes the war's name; elsewhere "I" is the pronoun.
  if (t.text === 'I' && tokens[i - 1]?.text === 'War' && tokens[i - 2]?.text === 'World') return true;
  // "the Black Monday crash", "Super Tuesday": a weekday closing a day's name is a word of that name.
  if (isNamedDay(tokens[i - 1]?.text ?? '', t.text) && tokens[i - 1]!.end === t.start - 1) return true;
  if (NEVER_NAMES.has(lower) || COMMON_ACRONYMS.has(t.text)) return false;
  // "Eight-year-old Martin Richard": an age opening the sentence is no word of the name after it.
  if (/-(?:year|month|week|day)s?-old$/i.test(t.text)) return false;
  // "the iPhone Air", "an iPad Pro": a model's word right after a brand written with a lower-case letter before
  // its capital is no name of its own.
  const brand = tokens[i - 1];
  if (
    brand &&
    brand.end === t.start - 1 &&
    /^\p{Ll}\p{Lu}\p{Ll}{2,}$/u.test(brand.text) &&
    /^(?:Air|Pro|Max|Mini|Plus|Ultra|Lite|Nano|Touch|Classic|SE|XL|XR|XS)$/.test(t.text)
  )
    return false;
  // "45 degrees Celsius": a scale of temperature after "degrees" is a unit, no name.
  if (/^(?:celsius|fahrenheit|kelvin|centigrade)$/.test(lower) && /^degrees?$/i.test(tokens[i - 1]?.text ?? ''))
    return false;
  // Plural acronyms are common nouns: "NGOs", "MPs".
  if (/^\p{Lu}{2,}s$/u.test(t.text)) return false;
  // A half or quarter of a (fiscal) year is a date: "in H1", "Q3 profit", "FY2024".
  if (/^(?:H[12]|Q[1-4]|FY\d{2}(?:\d{2})?)$/.test(t.text)) return false;
  // "May 7" is a month; "Theresa May" is a name.
  if (MONTHS.has(lower)) {
    const before = tokens[i - 1];
    return Boolean(before?.cap && before.end === t.start - 1 && !FUNCTION_WORDS.has(before.text.toLowerCase()));
  }
  return /\p{L}/u.test(t.text);
}

/** Only plain spaces (or one line break) between two tokens. */
function joined(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 2) return false;
  return /^[ \n]*$/.test(text.slice(a.end, b.start)) && b.start > a.end;
}

/** A capital inside a word after lower-case letters ("SpaceX", "PayPal", "McCarthy"): a name's spelling. */
export const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

/** A plural the text or the heads of names know as a common noun ("airlines", "banks"), no name ("Siemens"). */
function commonPlural(lower: string, stats: TextStats): boolean {
  const one = lower.replace(/ies$/, 'y').replace(/s$/, '');
  return (
    lexKind(lower) !== 'organization' &&
    (stats.lowerWords.has(lower) ||
      stats.lowerWords.has(one) ||
      ORG_HEADS.has(lower) ||
      ORG_HEADS.has(one) ||
      lexKind(one) === 'common')
  );
}

/**
 * Whether a word the text also writes in lower case is capitalised mid-sentence often enough to count as a name:
 * twice, or once for a body's name by the lexicon ("replaced Twitter's logo" beside a quoted "the twitter brand").
 */
function capitalisedEnough(word: string, stats: TextStats): boolean {
  return (stats.capMidCount.get(word) ?? 0) >= (lexKind(word) === 'organization' ? 1 : 2);
}

/**
 * Whether a word in "-ing", "-ed" or "-ly" that the lexicon does not know has a stem it does not know either
 * ("erling": "erl", "erle"), so that it is no form of a common word ("reportedly": "reported").
 */
function unknownStem(lower: string): boolean {
  const stem = lower.replace(/(?:ing|ed|ly)$/, '');
  const candidates = [stem, `${stem}e`, stem.replace(/(\p{Ll})\1$/u, '$1'), stem.replace(/i$/, 'y')];
  return candidates.every((c) => c.length < 2 || lexKind(c) === null);
}

/**
 * Whether a word in "-ed", "-ing" or "-ly" reads as a form of a common word: the lexicon knows it so, or knows its
 * stem ("Reportedly", "Refusing"; not "Erling").
 */
function formOfCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  const kind = lexKind(lower);
  return kind === 'common' || (kind === null && !unknownStem(lower));
}

/** Irregular participles that open a sentence before a name ("Born …", "Known as …"), no part of it. */
const OPENING_PARTICIPLES =
  /^(?:born|known|given|taken|chosen|driven|shown|seen|built|held|sold|found|kept|brought|caught)$/;

function keepsInitial(t: Token, stats: TextStats): boolean {
  const lower = t.text.toLowerCase();
  // "US" opening a sentence is the acronym, not the pronoun.
  if (/^\p{Lu}[\p{Lu}.]+$/u.test(t.text)) return !/^\p{Lu}{2,}s$/u.test(t.text) || t.text.length > 4;
  if (FUNCTION_WORDS.has(lower)) return false;
  // "Chileans on Sunday rejected …": a people's plural opening the sentence names that people (the lexicon
  // may know it as a common noun).
  if (/\p{Ll}s$/u.test(t.text) && lookupDemonym(t.text) !== null) return true;
  // "Striker Kim …": a role noun opening the sentence is not part of the name (an occupation's may be a surname:
  // "Baker is the first …").
  if (isRoleNoun(lower) && !TITLES.has(lower) && !OCCUPATION_NOUNS.has(lower)) return false;
  // "Seven-time champion …", "Long-serving minister …": a compound with a lower-case part after its hyphen is
  // a modifier, unless the text capitalises it mid-sentence too.
  if (isModifierCompound(t.text) && !stats.capMidCount.has(t.text)) return false;
  // "Born Edson Arantes do Nascimento in …", "Known as …": an irregular participle opening the sentence.
  if (OPENING_PARTICIPLES.test(lower)) return false;
  // A word the text also writes in lower case needs repeated capitalised use to count as a name ("Twitter was
  // founded in 2006" after "replaced Twitter's logo").
  if (stats.lowerWords.has(lower)) return capitalisedEnough(t.text, stats);
  // "Production of Blackwell was delayed", "Construction of Hinkley Point …": a noun of doing or of state, by its
  // ending, is a common word the lexicon may lack (a body's head stays: "Commission", "Federation").
  if (
    /^\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ness|ance|ence)$/u.test(t.text) &&
    !stats.capMid.has(t.text) &&
    !ORG_HEADS.has(lower) &&
    !PLACE_HEADS.has(lower) &&
    !isTitleOrModifier(lower)
  )
    return false;
  if (stats.capMid.has(t.text)) return true;
  // "Reported", "Refusing", "Reportedly": a past, a gerund or an adverb's form opening the sentence, unless the
  // lexicon knows the word as a name ("Italy", "Beijing", "Kelly").
  // ("Erling Haaland scored": not a word whose stem the lexicon does not know either, a given name's "-ing".)
  if (/^\p{Lu}\p{Ll}+(?:ed|ing|ly)$/u.test(t.text) && formOfCommonWord(lower)) return false;
  // "Later", "Refusing": an ordinary word by the lexicon and never capitalised mid-sentence.
  return lexKind(lower) !== 'common';
}

/** Heads of an appositive that say the name before it is a place ("Petra, an ancient city,"). */
const PLACE_APPOSITIVE =
  /^(?:city|town|village|capital|port|island|region|province|county|district|suburb|neighbourhood|neighborhood|country|state|monument|landmark|site|temple|cathedral|palace|castle|fortress|mountain|volcano|river|lake|resort|municipality|enclave|territory|peninsula|prison|jail|colony)$/;
/** Heads of an appositive that say the name before it is a body's ("Zentra, a German carmaker,"). */
const ORG_APPOSITIVE =
  /^(?:company|firm|group|maker|carmaker|automaker|manufacturer|carrier|airline|bank|lender|insurer|retailer|broadcaster|newspaper|agency|party|club|team|union|organisation|organization|charity|university|startup|start-up|conglomerate|operator|producer|supplier|developer|regulator|watchdog|parent|subsidiary|unit|division|affiliate|venture|consortium|partnership|alliance|coalition|network|chain|studio|publisher|exchange|fund|association|federation|militia|foundation|institute)$/;

/**
 * What an appositive right after the name at `to` says it is, by its head noun: "The Acropolis, the country's
 * most visited monument," → place; "Zentra, a German carmaker," → organization. An article or a possessive opens
 * it, up to six words before a preposition, a clause word or the comma or full stop that ends it, the last in lower
 * case. Null when there is none.
 * @example appositiveKind(tokens, 0) // 'place' for "Petra, an ancient city, …"
 */
export function appositiveKind(tokens: readonly Token[], to: number): 'place' | 'organization' | 'thing' | null {
  if (tokens[to + 1]?.text !== ',') return null;
  // ("China Evergrande, once the country's biggest property developer,": past an adverb of when.)
  const o = APPOSITIVE_WHEN.test(tokens[to + 2]?.text ?? '') ? to + 1 : to;
  const open = tokens[o + 2];
  if (!open || (!/^(?:the|a|an|its|their)$/.test(open.text) && !open.possessive)) return null;
  let k = o + 3;
  // (A hyphen joins two words of it: "a Singapore-flagged vessel".)
  const inWords = (i: number): boolean =>
    tokens[i]?.word === true ||
    (tokens[i]?.text === '-' && tokens[i - 1]?.word === true && tokens[i + 1]?.word === true);
  // (Its head comes before any phrase after it: "a city in northern Italy", not "a record for the region".)
  // (Nor past a participle in "-ing" after it: "a 400-metre vessel carrying some 18,000 containers".)
  while (
    k < o + 9 &&
    inWords(k) &&
    !/^(?:of|in|for|on|at|near|with|from|by|to|and|or|which|that|who)$/.test(tokens[k]!.text) &&
    !(k > o + 3 && /^\p{Ll}{3,}ing$/u.test(tokens[k]!.text) && !THING_NOUNS.has(tokens[k]!.text))
  )
    k++;
  if (k === o + 3) return null;
  // ("the most powerful rocket ever built,", "a vessel bound for Sri Lanka,", "a vessel operated by a Taiwanese
  // firm": a participle after the head, and "ever" or "yet" before it, describe the head.)
  let h = k - 1;
  if (
    h > o + 3 &&
    /^(?:built|made|designed|launched|produced|flown|sold|recorded|seen|bound|based|operated|owned|chartered|registered|crewed)$/.test(
      tokens[h]!.text,
    )
  ) {
    h--;
    if (h > o + 3 && /^(?:ever|yet)$/.test(tokens[h]!.text)) h--;
  }
  if (tokens[h]!.cap) return null;
  const head = tokens[h]!.text.toLowerCase();
  // "Leqembi, a drug by Japan's Eisai and its US partner Biogen that …": a thing made, and by whom or what it
  // does may run on.
  const thing =
    THING_NOUNS.has(head) || /^(?:medicine|medication|treatment|therapy|pill|device|smartphone|phone)$/.test(head);
  if (
    thing &&
    (/^(?:by|from|that|which|for|to|made|developed|designed|used|approved)$/.test(tokens[k]?.text ?? '') ||
      /^\p{Ll}{3,}ing$/u.test(tokens[k]?.text ?? ''))
  )
    return 'thing';
  let end = k;
  while (end < o + 14 && inWords(end)) end++;
  if (!/^[,.;]$/.test(tokens[end]?.text ?? '')) return null;
  if (thing) return 'thing';
  // ("Lula, the former lathe operator and trade union leader,": a second head after "and" that is a person's
  // role says the first is one too.)
  if (tokens[k]?.text === 'and' && isPersonRoleNoun(tokens[end - 1]?.text.toLowerCase() ?? '')) return null;
  return PLACE_APPOSITIVE.test(head) ? 'place' : ORG_APPOSITIVE.test(head) ? 'organization' : null;
}

/**
 * What a name is by the common noun it is called after: "a mixed-reality headset called Vision Pro", "a small
 * company called Harbor Works", "a village named Arnside". Null when no such noun stands before "called",
 * "named", "dubbed" or "known as" right before the name.
 */
export function calledKind(tokens: readonly Token[], from: number): 'place' | 'organization' | 'thing' | null {
  // ("The prison, known as Polar Wolf, …": so does "known as".)
  const known = tokens[from - 1]?.text === 'as' && tokens[from - 2]?.text === 'known' ? 1 : 0;
  if (!known && !/^(?:called|named|dubbed)$/.test(tokens[from - 1]?.text ?? '')) return null;
  // ("The capsule, named Phoenix, …": the participle's phrase may be set off by a comma.)
  const noun = tokens[from - 2 - known]?.text === ',' ? tokens[from - 3 - known] : tokens[from - 2 - known];
  if (!noun?.word || noun.cap) return null;
  const head = noun.text.toLowerCase();
  if (THING_NOUNS.has(head) || /^(?:headset|device|smartphone|phone|model|robot|tool|platform|product)$/.test(head))
    return 'thing';
  return PLACE_APPOSITIVE.test(head) ? 'place' : ORG_APPOSITIVE.test(head) ? 'organization' : null;
}

/** Verbs a campaign's or a charity's name calls with, before "the" ("Save the Children", "Stop the War"). */
export const CAMPAIGN_CALLS = /^(?:Save|Stop|Free|Ban|Protect|Defend|Repeal|Reclaim|End|Fight|Keep|Bring)$/;

/**
 * A place the gazetteer or the word lexicon knows.
 * @example knownPlace('New York') // true
 */
export function knownPlace(name: string): boolean {
  return lookupPlace(name) !== null || isPlaceKind(lexKind(name));
}

/**
 * "Western Australia", "South Sudan", "New South Wales": compass words, or "New" and compass words, before a
 * place the gazetteer knows name a region of it (tokens `from`..`to` of the run).
 */
export function regionOfPlace(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  let k = tokens[from]?.text === 'New' && COMPASS.test(tokens[from + 1]?.text.toLowerCase() ?? '') ? from + 1 : from;
  if (!COMPASS.test(tokens[k]?.text.toLowerCase() ?? '')) return false;
  while (k < to && COMPASS.test(tokens[k + 1]?.text.toLowerCase() ?? '')) k++;
  return k < to && lookupPlace(text.slice(tokens[k + 1]?.start ?? 0, tokens[to]?.end ?? 0)) !== null;
}

function knownAlone(t: Token, stats: TextStats, next?: Token, after?: Token): boolean {
  const lower = t.text.toLowerCase();
  const opens = stats.capInitialCount.get(t.text) ?? 0;
  // A word no lexicon knows, the text never writes in lower case, capitalised as a name is and no grammar word.
  const unknown = (): boolean =>
    !stats.lowerWords.has(lower) &&
    lexKind(lower) === null &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) &&
    !FUNCTION_WORDS.has(lower) &&
    !NEVER_NAMES.has(lower);
  return (
    stats.capMid.has(t.text) ||
    // "SpaceX caught …", "OpenAI said …": a capital inside the word after lower-case letters is a brand's or a
    // name's spelling, no ordinary word's.
    INNER_CAPITAL.test(t.text) ||
    // "Apple on Tuesday unveiled …", "Apple last redesigned …": a word the lexicon does not know, opening several
    // sentences, never written in lower case, and no plural, participle or adverb, is a name.
    // ("Hamas freed 24 hostages …", "Hamas took …": one in "-s" too, when the text gives it an "its", no plural's.)
    (opens >= 2 &&
      unknown() &&
      !/(?:ed|ing|ly)$/.test(lower) &&
      (!/s$/.test(lower) || stats.itsOwners.has(t.text)) &&
      // (Before a date, an adverb or a verb: not "Stock markets", a noun before its noun.)
      (/^(?:on|in|at|last|also|now|then|first|still|said|says|has|have|had|is|was|will|would|\p{Ll}{2,}ed)$/u.test(
        next?.text ?? '',
      ) ||
        isIrregularPast(next?.text ?? ''))) ||
    // "Orvex defaulted on its debts": so one that owns the "its" after its verb (`ownsIts`), in any sentence.
    (stats.itsOwners.has(t.text) && unknown()) ||
    // "Meta, which has sold its headsets since 2019, …": a word no lexicon knows and the text never writes in
    // lower case, opening a sentence before ", which", is a name (of no person: "who" would follow one).
    (opens === 1 && unknown() && next?.text === ',' && after?.text === 'which') ||
    // "Samsung, which launched …", "Nvidia said …": a body's name by the lexicon opening one sentence, before a
    // relative clause or a verb of saying.
    // ("Microsoft, OpenAI's biggest investor, said …", "Boeing, the planemaker, …": or before an appositive.)
    (opens === 1 &&
      !stats.lowerWords.has(lower) &&
      lexKind(lower) === 'organization' &&
      ((next?.text === ',' && (/^(?:which|who|the|a|an|its)$/.test(after?.text ?? '') || after?.possessive === true)) ||
        /^(?:said|says|reported|announced|told)$/.test(next?.text ?? ''))) ||
    // "Nvidia on Wednesday reported …", "Nvidia also announced …": a body's or a place's name by the word
    // lexicon, opening several sentences and never written in lower case, is that name ("Stock markets …" is not).
    ((stats.capInitialCount.get(t.text) ?? 0) >= 2 &&
      !stats.lowerWords.has(lower) &&
      /^(?:organization|city|region|country|place)$/.test(lexKind(lower) ?? '')) ||
    // "Bristol beat Leeds 2-0": so is a town's or a region's, opening one sentence.
    (!stats.lowerWords.has(lower) && /^(?:city|region)$/.test(lexKind(lower) ?? '')) ||
    // "Charles, Prince of Wales, visited …": a given name by the lexicon, never written in lower case, opening a
    // sentence before a title of a land set off by a comma.
    (lexKind(lower) === 'first-name' &&
      !stats.lowerWords.has(lower) &&
      next?.text === ',' &&
      LAND_TITLE.test(after?.text.toLowerCase() ?? '') &&
      after?.cap === true) ||
    // "Sotheby's said …": a "'s" the tokens kept in the word is a name's, never a possessive's (see tokens.ts).
    ownsS(t.text) ||
    // "Zorvex's chief executive …", "Google's head of policy …": a possessive on a word the text never writes in
    // lower case, no common or function word ("Today's", "Everyone's"), is a name's.
    (t.possessive &&
      !stats.lowerWords.has(lower) &&
      !FUNCTION_WORDS.has(lower) &&
      !/^(?:everyone|everybody|someone|somebody|nobody|anyone|anybody|year|week|month|day)$/.test(lower) &&
      lexKind(lower) !== 'common') ||
    // "Notre-Dame cathedral …": capitals after a hyphen are a name's, never a common word's.
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(t.text) ||
    lookupPlace(t.text) !== null ||
    lookupDemonym(t.text) !== null ||
    /^\p{Lu}[\p{Lu}.&]+$/u.test(t.text)
  );
}

/**
 * "the Campaign for Nuclear Disarmament (CND)": whether the capitalised words from `from`, across the "for" before
 * `at` and on to a parenthesis, have the initials of the acronym in it (little words left out), so that "for"
 * joins one name.
 */
function spelledByAcronym(tokens: readonly Token[], from: number, at: number): boolean {
  let k = at;
  // ("Medicines and Healthcare products Regulatory Agency (MHRA)": a lower-case word alone among them is left out too.)
  while (
    tokens[k]?.word &&
    (tokens[k]!.cap ||
      (tokens[k - 1]?.cap && tokens[k + 1]?.cap && tokens[k + 1]?.word && /^\p{Ll}+$/u.test(tokens[k]!.text)))
  )
    k++;
  if (k === at || tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')') return false;
  const acronym = tokens[k + 1]?.text ?? '';
  if (!/^\p{Lu}{3,6}$/u.test(acronym)) return false;
  const initials = tokens
    .slice(from, k)
    .filter((t) => t.cap && t.word)
    .map((t) => t.text[0])
    .join('');
  // ("the All England Lawn Tennis and Croquet Club (AELTC)": an acronym of four letters or more may leave out the
  // last word's.)
  return (
    initials === acronym ||
    (acronym.length >= 4 && initials.length === acronym.length + 1 && initials.startsWith(acronym))
  );
}

/**
 * "Khalil Ibrahim of the Justice and Equality Movement (JEM)": whether the acronym after the name at `at` spells the
 * part of the run's words (`from` to `to`) after their last "of the".
 */
function spelledAfterOfThe(tokens: readonly Token[], from: number, to: number, at: number): boolean {
  for (let k = to - 1; k > from; k--)
    if (tokens[k]!.text === 'of' && tokens[k + 1]?.text === 'the') return spelledByAcronym(tokens, k + 2, at);
  return false;
}

/**
 * "Alternative for Germany (AfD)": an acronym with a lower-case letter where the name has "for", "of" or "and",
 * each word a letter of it in case, and all letters but one the words' first (a name said in translation).
 */
function mixedAcronymAfter(tokens: readonly Token[], from: number, at: number): boolean {
  let k = at;
  while (tokens[k]?.word && tokens[k]!.cap) k++;
  if (tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')') return false;
  const acronym = tokens[k + 1]?.text ?? '';
  if (!/^\p{Lu}+\p{Ll}\p{Lu}+$/u.test(acronym)) return false;
  const words = tokens.slice(from, k).filter((t) => t.word);
  if (words.length !== acronym.length) return false;
  let same = 0;
  for (const [n, t] of words.entries()) {
    const letter = acronym[n]!;
    if (t.cap !== /\p{Lu}/u.test(letter)) return false;
    if (t.text[0]!.toLowerCase() === letter.toLowerCase()) same++;
  }
  return same >= words.length - 1;
}

/**
 * "Hamas leader Ismail Haniyeh said …", "Wagner boss …": a word opening the sentence before a body's office
 * (lower case) and a name is the body, unless the lexicon or the text calls it a common word.
 */
function headsNamedOffice(tokens: readonly Token[], i: number, stats: TextStats): boolean {
  const t = tokens[i]!;
  const lower = t.text.toLowerCase();
  const office = tokens[i + 1];
  const name = tokens[i + 2];
  return (
    Boolean(office?.word && !office.cap && BODY_OFFICES.has(office.text.toLowerCase()) && name?.cap && name.word) &&
    !stats.lowerWords.has(lower) &&
    !/^(?:common|first-name)$/.test(String(lexKind(lower))) &&
    !FUNCTION_WORDS.has(lower) &&
    !ORG_HEADS.has(lower) &&
    // "Opposition leader …", "Conservative leader …": a qualifier or a party's adjective, no body's name.
    !TITLE_MODIFIERS.has(lower) &&
    !/(?:ive|al|ic|ist|ary)$/.test(t.text) &&
    // "Far-right leader …", "Long-serving chief …": a compound with a lower-case part is a modifier.
    !/-\p{Ll}/u.test(t.text)
  );
}

/**
 * A word in capitals for emphasis in sentence-case text ("the VERY strong Dollar"): an adjective or adverb used
 * once, not spelled out in parentheses as acronyms are ("(NICE)").
 */
function isEmphasis(tokens: readonly Token[], i: number, stats: TextStats): boolean {
  const t = tokens[i]!;
  return (
    /^\p{Lu}{3,}$/u.test(t.text) &&
    isEmphasisWord(t.text) &&
    (stats.capMidCount.get(t.text) ?? 0) < 2 &&
    tokens[i - 1]?.text !== '('
  );
}

/**
 * Whether the words at `i` after "and" start a name of their own: a place, a people, a title or a first
 * name first, or a word that heads a body among them ("… Technology and Colorado State University"; not
 * "Services" in "… Health and Human Services").
 */
function nameStartsAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (lookupPlace(t.text) || lookupDemonym(t.text) || isTitle(t.text.toLowerCase()) || lexKind(t.text) === 'first-name')
    return true;
  for (let k = i; tokens[k]?.cap; k++) {
    if (ORG_FIRSTS.has(tokens[k]!.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether an initial at `i` may open a name: nothing or punctuation before it, a role noun or a word that
 * introduces a person ("by", "said"); not a place's preposition ("on X. Then …" ends a sentence).
 */
function initialOpensName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || !before.word) return true;
  const l = before.text.toLowerCase();
  return /^(?:by|and|with|said|says|told|according)$/.test(l) || isRoleNoun(l) || isTitle(l);
}

/**
 * "Competition and Markets Authority", "Food and Drug Administration": after one or two common words, "and"
 * and capitalised words up to a body's head word, none of them a name of its own.
 */
/** A capitalised common word that can be part of a minister's portfolio: no place, people, title or first name. */
export function portfolioWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.cap || !t.word || t.possessive) return false;
  const kind = lexKind(t.text);
  return (
    (kind === 'common' || kind === null) &&
    !knownPlace(t.text) &&
    !lookupDemonym(t.text) &&
    !isTitle(t.text.toLowerCase()) &&
    // ("arrested Keita and Prime Minister Boubou Cisse": the prime minister holds no portfolio.)
    t.text !== 'Prime'
  );
}

/** The epithet after a given name and "the" ("the Good", "the Great"): one word of them, ending the name. */
function epithetAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return Boolean(t?.cap && t.word && !t.possessive && !tokens[i + 1]?.cap && EPITHETS.has(t.text.toLowerCase()));
}

/**
 * "Trade and Industry Minister", "Health and Human Services Secretary": a portfolio's words on both sides of
 * the "and" at `i - 1`, then a minister's or a secretary's title.
 */
function portfolioTitleAhead(tokens: readonly Token[], from: number, i: number): boolean {
  if (i - from > 3) return false;
  // ("accused Doe and Foreign Minister Jane Roe": a word no dictionary knows before the "and" is a name's, not a
  // portfolio's.)
  for (let k = from; k < i - 1; k++) {
    const word = tokens[k]!.text;
    if (!portfolioWord(tokens, k) || (lexKind(word) !== 'common' && !PORTFOLIO_NOUNS.has(word.toLowerCase())))
      return false;
  }
  for (let k = i; k < i + 3 && portfolioWord(tokens, k); k++)
    if (PORTFOLIO_TITLE.test(tokens[k + 1]?.text.toLowerCase() ?? '')) return true;
  return false;
}

function andHeadAhead(tokens: readonly Token[], from: number, i: number): boolean {
  // ("The US Food and Drug Administration": an opening "The" and a country's name before the body's are passed
  // over.)
  if (i - from >= 3 && tokens[from]!.text === 'The') from++;
  if (i - from >= 3 && lookupPlace(tokens[from]!.text)?.kind === 'country') from++;
  if (i - from > 3) return false;
  const first = tokens[i];
  if (!first || lookupPlace(first.text) || lookupDemonym(first.text) || isTitle(first.text.toLowerCase())) return false;
  for (let k = from; k < i - 1; k++)
    if (lexKind(tokens[k]!.text) !== 'common' && lexKind(tokens[k]!.text) !== null) return false;
  let k = i;
  for (; k < i + 3; k++) {
    const t = tokens[k];
    if (!t?.cap || (lexKind(t.text) !== 'common' && lexKind(t.text) !== null)) break;
    if (t.possessive) return false;
  }
  // ("the Rock and Roll Hall of Fame": a place's head too; "the World Rapid and Blitz Championships": an event's.)
  const head = tokens[k - 1]!.text.toLowerCase();
  // "Launch Services and Delta Program": a body's whole name before "and" makes two bodies. (Not before a
  // committee's head: "the House Energy and Commerce Committee" names its fields.)
  if (i - 2 > from && ORG_HEADS.has(tokens[i - 2]!.text.toLowerCase()) && !/^(?:sub)?committee$/.test(head))
    return false;
  return k - 1 > i && (ORG_HEADS.has(head) || PLACE_HEADS.has(head) || EVENT_HEADS.has(head));
}

/**
 * "The Hong Kong and Macau Affairs Office said …": two places joined by "and" (tokens `from`..`to`, then "and"),
 * then "Affairs" or "Relations" and up to two more capitalised words that end on a body's head, name one body, the
 * office for both (not "Ghana and Togo Telecom Authority", Togo's body).
 */
function placesBody(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (!knownPlace(text.slice(tokens[from]!.start, tokens[to]!.end))) return false;
  for (const n of [1, 2]) {
    const second = tokens.slice(to + 2, to + 2 + n);
    if (second.length < n || !second.every((t) => t.cap) || !knownPlace(second.map((t) => t.text).join(' '))) continue;
    if (!/^(?:Affairs|Relations)$/.test(tokens[to + 2 + n]?.text ?? '')) continue;
    let k = to + 3 + n;
    while (k < to + 5 + n && tokens[k]?.cap && !ORG_HEADS.has(tokens[k]!.text.toLowerCase())) k++;
    if (tokens[k]?.cap && ORG_HEADS.has(tokens[k]!.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * A run that fills a quotation ("\"The Vegetarian\"", "\"Human Acts\""), of words no place, people or first name,
 * and not a name the text capitalises elsewhere: the title of a book, a film, a song.
 */
function isQuotedTitle(tokens: readonly Token[], from: number, start: number, to: number): boolean {
  if (!fillsQuotation(tokens, from, to) && !inTitleCaseQuote(tokens, from, to)) return false;
  for (let k = start; k <= to; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    const kind = lexKind(t.text);
    if ((kind !== null && kind !== 'common') || lookupPlace(t.text) || lookupDemonym(t.text)) return false;
  }
  return true;
}

/**
 * The last token of a title that opens right after an opening quotation mark at `i` and fills the quotation:
 * up to eight words, the first and the last capitalised, the others capitalised or a title's small words, one
 * of them at least ("Call of Duty", "War and Peace"). -1 when there is none.
 */
function quotedTitleEnd(tokens: readonly Token[], i: number): number {
  if (!/^["“]$/.test(tokens[i - 1]?.text ?? '') || !tokens[i]?.cap) return -1;
  let small = false;
  for (let k = i; k < tokens.length && k - i < 8; k++) {
    const t = tokens[k]!;
    if (/^["”]$/.test(t.text)) return small && tokens[k - 1]!.cap ? k - 1 : -1;
    if (!t.word) return -1;
    if (t.cap) continue;
    if (!TITLE_SMALL.test(t.text)) return -1;
    small = true;
  }
  return -1;
}

/** Small words a title leaves in lower case ("Gone with the Wind"). */
const TITLE_SMALL = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from)$/;

/**
 * True when tokens `from`…`to` lie inside a short quotation written in title case, every word capitalised
 * but a title's small words ("What Was I Made For?"): a song's or a book's title around the run.
 */
function inTitleCaseQuote(tokens: readonly Token[], from: number, to: number): boolean {
  let open = from - 1;
  while (open >= 0 && from - open <= 8 && !/^["“”]$/.test(tokens[open]!.text)) open--;
  let close = to + 1;
  while (close < tokens.length && close - to <= 8 && !/^["“”]$/.test(tokens[close]!.text)) close++;
  if (!/^["“]$/.test(tokens[open]?.text ?? '') || !/^["”]$/.test(tokens[close]?.text ?? '')) return false;
  let words = 0;
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    // (A part's number too: "… - Part 2".)
    const part =
      /^\d+$/.test(t.text) && /^(?:Part|Volume|Vol|Chapter|Episode|Season|Book)$/.test(tokens[k - 1]?.text ?? '');
    if (!t.cap && !TITLE_SMALL.test(t.text) && !part) return false;
    words++;
  }
  return words >= 3;
}

/**
 * Runs of capitalised tokens in a sentence that may be names.
 * @example findRuns(s, stats) // [{ sentence: 1, from: 0, to: 1 }] for "Jane Smith met …"
 */
export function findRuns(text: string, s: SentenceTokens, stats: TextStats): Run[] {
  const { tokens } = s;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    // (The town opening a place line is no word in capitals for emphasis: "NEW YORK (AFP) -".)
    if (
      !(isNameWord(tokens, i) || (!s.cased && monthAsSurname(tokens, i, stats))) ||
      (!s.cased && !(s.placeLine && i === 0) && isEmphasis(tokens, i, stats))
    ) {
      i++;
      continue;
    }
    // '"Call of Duty"', '"Gone with the Wind"': a title in title case that fills a quotation, its small words
    // in lower case, is one run.
    const title = quotedTitleEnd(tokens, i);
    if (title > i) {
      runs.push({ sentence: s.sentence, from: i, to: title });
      i = title + 1;
      continue;
    }
    const from = i;
    let to = i;
    // Set once the run has joined "of" or "for" after an organisation's head ("Ministry of Trade").
    let orgJoined = false;
    // Set once the run has joined "of" or "for" after a minister's or a secretary's title ("Minister of Trade").
    let portfolioJoined = false;
    for (;;) {
      const last = tokens[to];
      const next = tokens[to + 1];
      if (!last || !next) break;
      if (last.possessive) {
        // "St George's Chapel", "St Paul's Cathedral": a saint's possessive inside a name.
        // "Taiwan People's Party", "the Women's World Cup": a people's possessive inside a name.
        // "the Citizens' Action Party", "the Farmers' Union": a plural's possessive before a body's name (its
        // apostrophe a token of its own).
        const after = tokens[to + 2];
        if (
          /^\p{Lu}\p{Ll}+s$/u.test(last.text) &&
          /^['’]$/.test(next.text) &&
          next.start === last.end &&
          after?.cap &&
          after.start === next.end + 1 &&
          (tokens.slice(to + 2, to + 5).some((t) => t.cap && MEMBERS_BODY.test(t.text)) ||
            // ("Martyrs' Square", "Heroes' Monument": or right before a place's head.)
            /^(?:Square|Monument|Memorial|Cemetery|Bridge|Park|Hospital|Cathedral|Chapel|Hall)$/.test(after.text))
        ) {
          to += 2;
          continue;
        }
        // "in Cox's Bazar district … said in Cox's Bazar": a possessive and a word no lexicon knows, named so twice or
        // before a noun of places, are one place's name.
        if (
          next.cap &&
          next.word &&
          /^['’]s $/.test(text.slice(last.end, next.start)) &&
          lexKind(next.text) === null &&
          !knownPlace(next.text) &&
          !knownPlace(last.text) &&
          lexKind(last.text) !== 'first-name' &&
          (PLACE_FOLLOWERS.has(tokens[to + 2]?.text ?? '') || text.split(text.slice(last.start, next.end)).length > 2)
        ) {
          to += 1;
          continue;
        }
        // "the shipping journal Lloyd's List": a title right after a publication's noun keeps its possessive.
        const before = tokens[from - 1]?.text ?? '';
        const publication = PUBLICATION.test(before) || /^(?:site|outlet)$/.test(before);
        if (
          (SAINT.test(tokens[from]!.text) || COLLECTIVE_POSSESSOR.test(last.text) || publication) &&
          next.cap &&
          next.word &&
          /^['’]s? $/.test(text.slice(last.end, next.start))
        ) {
          to += 1;
          continue;
        }
        break;
      }
      const lower = last.text.toLowerCase();
      // "John F. Kennedy": a middle initial after a capitalised name, before a name that is no function word.
      // "S. Somanath": a first initial too, after a role noun, a function word or punctuation ("chief S. …";
      // not "vitamin C. Smith"), before a name that is no function word ("Plan B. The rest").
      const initial =
        /^\p{Lu}$/u.test(last.text) &&
        (to > from || initialOpensName(tokens, from)) &&
        !FUNCTION_WORDS.has(tokens[to + 2]?.text.toLowerCase() ?? '');
      if (next.text === '.' && next.start === last.end && (DOTTED_ABBREVIATIONS.has(lower) || initial)) {
        const after = tokens[to + 2];
        if (after && isNameWord(tokens, to + 2) && joined(text, next, after)) {
          to += 2;
          continue;
        }
        if (END_DOT_ABBREVIATIONS.has(lower)) to += 1;
        break;
      }
      if (!joined(text, last, next)) break;
      if (isNameWord(tokens, to + 1)) {
        to += 1;
        continue;
      }
      // "Roe v. Wade", "Brown v Board of Education": a court case, named by its two parties.
      if (next.text === 'v' || next.text === 'vs') {
        const dot = tokens[to + 2]?.text === '.' && tokens[to + 2]!.start === next.end ? 1 : 0;
        const party = to + 2 + dot;
        if (tokens[party] && isNameWord(tokens, party) && tokens[party]!.start === tokens[party - 1]!.end + 1) {
          to = party;
          continue;
        }
      }
      const nl = next.text.toLowerCase();
      // "Centre for Control of …", "Council for the Welfare of …": "for" inside an organisation's name.
      // "Panel on Climate Change", "Commission on the Status of Women": "on" too, not before a day or a place
      // ("Congress on Tuesday", "… on Capitol Hill").
      const onAt = tokens[to + 2]?.text === 'the' ? to + 3 : to + 2;
      const onWord = tokens[onAt];
      const afterOn = tokens[onAt + 1]?.text ?? '';
      // ("elected to Congress for Buenos Aires": a house alone, then the place a member sits for, is two names.)
      const seatFor =
        to === from &&
        /^(?:congress|parliament|senate|assembly)$/.test(lower) &&
        (knownPlace(tokens[to + 2]?.text ?? '') ||
          knownPlace(`${tokens[to + 2]?.text ?? ''} ${tokens[to + 3]?.text ?? ''}`));
      // ("the Federal Penitentiary Service for the Yamalo-Nenets region": a body's branch for a place, named by a
      // capitalised word and a noun of places in lower case, is the body's name and the place's.)
      let placeEnd = onAt;
      while (placeEnd < onAt + 5 && (tokens[placeEnd]?.cap || tokens[placeEnd]?.text === '-')) placeEnd++;
      const forPlace =
        placeEnd > onAt &&
        /^(?:region|province|state|area|district|county|oblast|territory)$/.test(tokens[placeEnd]?.text ?? '');
      const forOrg =
        (nl === 'for' &&
          !seatFor &&
          !forPlace &&
          (ORG_HEADS.has(lower) ||
            /^cent(?:re|er)s?$/.test(lower) ||
            spelledByAcronym(tokens, from, to + 2) ||
            mixedAcronymAfter(tokens, from, to + 2))) ||
        // "the far-right Alternative for Germany": a common word in capitals inside the sentence, alone, then "for"
        // and a name, is a body's name (not a party's word: "left Labour for Reform").
        (nl === 'for' &&
          to === from &&
          tokens.slice(0, from).some((t) => t.word) &&
          lexKind(last.text) === 'common' &&
          !TITLE_MODIFIERS.has(lower) &&
          !isTitle(lower) &&
          tokens[to + 2]?.cap === true) ||
        // "Court of Arbitration for Sport": a body's name with "of" in it (its head first), then "for" and a word in
        // capitals that is no date or place.
        (nl === 'for' &&
          to >= from + 2 &&
          ORG_HEADS.has(tokens[from + (tokens[from]!.text === 'The' ? 1 : 0)]!.text.toLowerCase()) &&
          tokens.slice(from + 1, to).some((t) => t.text === 'of') &&
          tokens[to + 2]?.cap === true &&
          !MONTHS.has((tokens[to + 2]?.text ?? '').toLowerCase()) &&
          !WEEKDAYS.has((tokens[to + 2]?.text ?? '').toLowerCase()) &&
          !knownPlace(tokens[to + 2]?.text ?? '')) ||
        // "Smart Lander for Investigating Moon", "Campaign for Ending …": "for" and a capitalised gerund.
        (nl === 'for' &&
          /^\p{Lu}\p{Ll}{3,}ing$/u.test(tokens[to + 2]?.text ?? '') &&
          lexKind(tokens[to + 2]!.text) !== 'first-name') ||
        (nl === 'on' &&
          ORG_HEADS.has(lower) &&
          onWord !== undefined &&
          !MONTHS.has(onWord.text.toLowerCase()) &&
          !WEEKDAYS.has(onWord.text.toLowerCase()) &&
          !knownPlace(onWord.text) &&
          !PLACE_HEADS.has(afterOn.toLowerCase()) &&
          !knownPlace(`${onWord.text} ${afterOn}`));
      // "Philip the Good", "Ivan the Terrible": a given name alone, then "the" and one capitalised word that is
      // no place, people, title or body, is a ruler's or a saint's name with its epithet.
      const epithet =
        nl === 'the' &&
        (to === from || !tokens[to - 1]!.cap) &&
        lexKind(last.text) === 'first-name' &&
        epithetAt(tokens, to + 2);
      // "Minister for Trade": a portfolio after "for" ("of" joins anyway).
      const forPortfolio = nl === 'for' && PORTFOLIO_TITLE.test(lower) && portfolioWord(tokens, to + 2);
      // "Minister of Trade and Industry", "Secretary of Health and Human Services Jane Doe": "and" inside the
      // portfolio, before a word that is no name's start.
      const andPortfolio =
        nl === 'and' && (portfolioJoined || portfolioTitleAhead(tokens, from, to + 2)) && portfolioWord(tokens, to + 2);
      // "Ministry of Trade and Industry", "Centers for Disease Control and Prevention": "and" inside such a
      // name, before a word that is no place, people, title or first name ("… of Defence and Russia").
      // ("the US National Snow and Ice Data Center (NSIDC)": or an acronym after the name spells it, "and" left out.)
      const andOrg =
        nl === 'and' &&
        (placesBody(text, tokens, from, to) ||
          (orgJoined && !nameStartsAt(tokens, to + 2)) ||
          (!orgJoined && andHeadAhead(tokens, from, to + 2)) ||
          spelledByAcronym(tokens, from, to + 2) ||
          spelledByAcronym(tokens, from + 1, to + 2) ||
          // ("Khalil Ibrahim of the Justice and Equality Movement (JEM)": or the part after "of the", a person's body.)
          spelledAfterOfThe(tokens, from, to, to + 2));
      // "the Slovenian of the UAE Team Emirates squad": one of a people is no name's head before "of".
      const peopleOf =
        nl === 'of' &&
        (to === from || (to === from + 1 && tokens[from]!.text === 'The')) &&
        lookupDemonym(last.text) !== null;
      // "the Nobel Prize in Literature": a prize's field after "in", not its place ("… Awards in Los Angeles").
      const prizeIn =
        nl === 'in' &&
        /^(?:prize|award)$/.test(lower) &&
        !knownPlace(tokens[to + 2]?.text ?? '') &&
        !knownPlace(`${tokens[to + 2]?.text ?? ''} ${tokens[to + 3]?.text ?? ''}`);
      // "the Organization for Security and Co-operation in Europe": a continent after "in" ends the name of a body
      // for a cause, joined through "for" or "on" (not a city or a country: "… and Development in Paris"; nor a
      // body "of" a domain: "the Ministry of Health in Asia").
      const continentIn =
        nl === 'in' &&
        orgJoined &&
        tokens.slice(from, to).some((t) => t.text === 'for' || t.text === 'on') &&
        [1, 2].some((n) => {
          const words = tokens.slice(to + 2, to + 2 + n);
          const place =
            words.length === n && words.every((t) => t.cap) ? lookupPlace(words.map((t) => t.text).join(' ')) : null;
          return place?.kind === 'region' && place.country === null && !tokens[to + 2 + n]?.cap;
        });
      // "the Save the 8th campaign", "Stop the War Coalition", "Save the Children": a verb of a campaign's call,
      // then "the" and a capitalised word or an ordinal, is one name.
      const called =
        nl === 'the' &&
        (to === from || (to === from + 1 && tokens[from]!.text === 'The')) &&
        CAMPAIGN_CALLS.test(last.text) &&
        (tokens[to + 2]?.cap === true || /^\d{1,2}(?:st|nd|rd|th)$/.test(tokens[to + 2]?.text ?? ''));
      // "Palme d'Or", "Giro d'Italia", "Côte d'Azur": French and Italian "d'" before a capital, one word, in the name.
      if (next.word && /^d['’]\p{Lu}\p{Ll}/u.test(next.text) && joined(text, last, next)) {
        to += 1;
        continue;
      }
      if (
        (next.word &&
          (NAME_PARTICLES.has(nl) ||
            (nl === 'of' && !peopleOf) ||
            forOrg ||
            andOrg ||
            forPortfolio ||
            epithet ||
            andPortfolio ||
            prizeIn ||
            continentIn ||
            called ||
            // "Dar es Salaam": a short lower-case word inside a place's name the gazetteer or the lexicon knows.
            (/^\p{Ll}{1,3}$/u.test(next.text) &&
              tokens[to + 2]?.cap === true &&
              knownPlace(`${last.text} ${next.text} ${tokens[to + 2]!.text}`)) ||
            // "Healthcare products Regulatory Agency (MHRA)": a lower-case word the acronym after the name skips.
            // (Past a sentence's "The" only: in "Hatoyama sacked Social Democratic Party (SDP) leader …" the
            // acronym spells no name that "sacked" is inside.)
            (/^\p{Ll}+$/u.test(next.text) &&
              !FUNCTION_WORDS.has(nl) &&
              (spelledByAcronym(tokens, from, to + 1) ||
                (/^(?:The|A|An)$/.test(tokens[from]!.text) && spelledByAcronym(tokens, from + 1, to + 1)))))) ||
        next.text === '&'
      ) {
        let k = to + 2;
        if ((nl === 'of' || nl === 'for' || nl === 'on' || epithet) && tokens[k]?.text === 'the') k++;
        // "Ursula von der Leyen", "Jan de la Cruz": two particles in a row.
        else if (NAME_PARTICLES.has(nl) && NAME_PARTICLES.has(tokens[k]?.text ?? '')) k++;
        const after = tokens[k];
        const before = tokens[k - 1];
        // "Torre de l'Espanyol", "Vall de l'Ebre": an elided article and a capital after "de".
        const elided = nl === 'de' && /^l['’]\p{Lu}\p{Ll}/u.test(after?.text ?? '');
        // ("the Group of 20 (G20)", "the Group of 77": a group's count after "of", or one its acronym ends on.)
        const counted =
          nl === 'of' &&
          /^\d{1,3}$/.test(after?.text ?? '') &&
          (lower === 'group' ||
            (tokens[k + 1]?.text === '(' && (tokens[k + 2]?.text ?? '').endsWith(after?.text ?? '-')));
        if (after && before && (isNameWord(tokens, k) || elided || counted || called) && joined(text, before, after)) {
          if (forOrg || (nl === 'of' && (ORG_HEADS.has(lower) || ORG_FIRSTS.has(lower)))) orgJoined = true;
          if ((nl === 'of' || nl === 'for') && k === to + 2 && PORTFOLIO_TITLE.test(lower)) portfolioJoined = true;
          to = k;
          continue;
        }
      }
      break;
    }
    // "the Organization for Security and Co-operation in Europe (OSCE)", "the UN Monitoring, Verification and
    // Inspection Commission (UNMOVIC)": a name whose acronym follows in brackets runs on past its small words and
    // commas as far as the acronym spells it.
    to = spelledThrough(tokens, from, to);
    // "Euro 2024", "Fan Expo Canada 2016": a year right after a name that is no place's, month's or person's is
    // its edition's, part of the name (not "Paris 2024", "May 2021").
    const edition = tokens[to + 1];
    if (
      edition &&
      /^(?:19|20)\d\d$/.test(edition.text) &&
      edition.start === tokens[to]!.end + 1 &&
      !tokens[to]!.possessive &&
      !knownPlace(text.slice(tokens[from]!.start, tokens[to]!.end)) &&
      !DATED_NAME.test(text.slice(tokens[from]!.start, tokens[to]!.end)) &&
      !MONTHS.has(tokens[to]!.text.toLowerCase()) &&
      !MONTH_SHORT.test(tokens[to]!.text) &&
      !/^(?:first|last)-name$/.test(lexKind(tokens[to]!.text) ?? '') &&
      !/^\d/.test(tokens[to + 2]?.text ?? '')
    )
      to += 1;
    // "Apollo 11 landed on the Moon", "the Artemis 2 crew", "Tesla's Model 3": a number of one or two digits right
    // after a one-word name is its serial, part of the name (not a score, "Liverpool 2 Everton 0", nor after a noun
    // that numbers things, "Phase 2", nor a day's, "Sunday 12 May").
    // ("British broadcaster Channel 4", "BBC Radio 4", "the Formula 1 title": so after a common word that names
    // channels, stations and racing classes by number.)
    else if (
      (to === from ||
        (to === from + 1 &&
          (/^(?:The|A|An)$/.test(tokens[from]!.text) || SERIAL_HEADS.test(tokens[to]!.text.toLowerCase())))) &&
      edition &&
      /^\d{1,2}$/.test(edition.text) &&
      edition.start === tokens[to]!.end + 1 &&
      !tokens[to]!.possessive &&
      !NUMBERED_NOUNS.has(tokens[to]!.text.toLowerCase()) &&
      !knownPlace(tokens[to]!.text) &&
      !MONTHS.has(tokens[to]!.text.toLowerCase()) &&
      !MONTH_SHORT.test(tokens[to]!.text) &&
      (lexKind(tokens[to]!.text) === null || SERIAL_HEADS.test(tokens[to]!.text.toLowerCase())) &&
      !/^[\p{Lu}\d]/u.test(tokens[to + 2]?.text ?? '')
    )
      to += 1;
    i = to + 1;
    let start = from;
    const first = tokens[start];
    // "Bank of England", "Church of Scotland": an organisation's head before "of" opens its name.
    // "A New York jury", "Hurricane Otis tore …": a common word that opens a known place's name, or a storm's.
    const keeps = (k: number): boolean =>
      keepsInitial(tokens[k] as Token, stats) ||
      // ("May, 61, has struggled …" after "Theresa May": a month the text writes as a surname, a person's cue after.)
      (k === to && monthAsSurname(tokens, k, stats)) ||
      // ("International Atomic Energy Agency (IAEA) inspectors …" in a text that also says "international": the
      // acronym after the name spells it from this word.)
      (k < to && spelledByAcronym(tokens, k, k + 1)) ||
      // ("Super Tuesday votes were counted": a day's name opening the sentence.)
      (k < to && isNamedDay(tokens[k]!.text, tokens[k + 1]!.text)) ||
      // "Bin Laden had evaded capture" in a text that also writes "Osama bin Laden": a surname's particle opening
      // the sentence is the surname's.
      (k < to &&
        NAME_PARTICLES.has(tokens[k]!.text.toLowerCase()) &&
        text.includes(` ${tokens[k]!.text.toLowerCase()} ${tokens[k + 1]!.text}`)) ||
      // "Air France-KLM will take …" in a text that also says "air travel": the text names the same two words
      // together mid-sentence ("join Air France-KLM's alliance"), and neither is a title or a role.
      (k < to &&
        stats.capMidPairs.has(`${tokens[k]!.text} ${tokens[k + 1]!.text}`) &&
        [k, k + 1].every(
          (j) => !isTitleOrModifier(tokens[j]!.text.toLowerCase()) && !isRoleNoun(tokens[j]!.text.toLowerCase()),
        )) ||
      // ("The Office for National Statistics said …": or "for".)
      ((ORG_HEADS.has(tokens[k]?.text.toLowerCase() ?? '') || ORG_FIRSTS.has(tokens[k]?.text.toLowerCase() ?? '')) &&
        (tokens[k + 1]?.text === 'of' || tokens[k + 1]?.text === 'for') &&
        k + 1 < to) ||
      (k < to && (knownPlace(text.slice(tokens[k]!.start, tokens[to]!.end)) || regionOfPlace(text, tokens, k, to))) ||
      // "Save the Children said …": a campaign's call and "the" open its name.
      (k + 1 < to && CAMPAIGN_CALLS.test(tokens[k]!.text) && tokens[k + 1]!.text === 'the') ||
      // "New York Governor Kathy Hochul said …", "New South Wales Premier …": so it does before a role that
      // follows the place.
      (k + 1 < to &&
        knownPlace(text.slice(tokens[k]!.start, tokens[k + 1]!.end)) &&
        isTitleOrModifier(tokens[k + 2]?.text.toLowerCase() ?? '')) ||
      (k + 2 < to &&
        regionOfPlace(text, tokens, k, k + 2) &&
        isTitleOrModifier(tokens[k + 3]?.text.toLowerCase() ?? '')) ||
      (k < to && EVENT_FIRSTS.has(tokens[k]!.text.toLowerCase()) && isNameWord(tokens, k + 1)) ||
      // "Prime Minister Jane Doe said …": a title's modifier opening the sentence before the title.
      (k < to && TITLE_MODIFIERS.has(tokens[k]!.text.toLowerCase()) && isTitle(tokens[k + 1]!.text.toLowerCase())) ||
      // "Central Bank President Nelson Merentes said …" in a text that also says "central": a word before a body's
      // head and a title opens the body's name (not a minister's portfolio: "Local Government Minister …").
      (k + 2 < to &&
        ORG_HEADS.has(tokens[k + 1]!.text.toLowerCase()) &&
        !/^(?:government|ministry|department|office|affairs)$/i.test(tokens[k + 1]!.text) &&
        !PORTFOLIO_TITLE.test(tokens[k + 2]!.text.toLowerCase()) &&
        isTitle(tokens[k + 2]!.text.toLowerCase()) &&
        !FUNCTION_WORDS.has(tokens[k]!.text.toLowerCase())) ||
      // "Prosecutor General Jane Doe said …": so does a role noun before a title it makes one office with.
      (k + 1 < to && isRoleNoun(tokens[k]!.text.toLowerCase()) && isTitle(tokens[k + 1]!.text.toLowerCase())) ||
      // "…," President Jane Doe said' in a text that also says "president": a title before a first name.
      (k < to && isTitle(tokens[k]!.text.toLowerCase()) && lexKind(tokens[k + 1]!.text) === 'first-name') ||
      // "Secretary of State Jane Doe said …" in a text that also says "secretary": a title "of" a domain, before a name.
      (k + 2 < to && isTitle(tokens[k]!.text.toLowerCase()) && tokens[k + 1]!.text === 'of') ||
      // "Trade and Industry Minister Jane Doe said …": a portfolio's first word, before its "and" and the title.
      (tokens[k + 1]?.text === 'and' && portfolioTitleAhead(tokens, k, k + 2)) ||
      // "Immigration Minister Jane Doe had revoked …" in a text that also says "immigration": a portfolio's one
      // word before a minister's or a secretary's title and a name.
      // ("Local Government Minister …": only the sentence's first word; "Local" is not kept, nor then "Government".)
      (k === from &&
        k + 1 < to &&
        portfolioWord(tokens, k) &&
        PORTFOLIO_TITLE.test(tokens[k + 1]!.text.toLowerCase()) &&
        isNameWord(tokens, k + 2)) ||
      // "The Federal Trade Commission …" in a text that also says "federal": "The" opens a body's whole name.
      (k < to && k === from + 1 && tokens[from]!.text === 'The' && ORG_HEADS.has(tokens[to]!.text.toLowerCase())) ||
      // "Human Rights Watch said …" in a text that also says "human rights": a run of three or more capitalised
      // words, opening with no title or role, whose last the text never writes in lower case, is one name.
      (k + 2 <= to &&
        [k, k + 1].every((j) => {
          const l = tokens[j]!.text.toLowerCase();
          return (
            !isTitleOrModifier(l) &&
            // ("The Union Cycliste Internationale said …": a body's first word opening it is no role noun there.)
            (!isRoleNoun(l) || (j === k && ORG_FIRSTS.has(l))) &&
            !FUNCTION_WORDS.has(l) &&
            // ("Born Edson Arantes do Nascimento in 1940": nor with a participle that opens the sentence.)
            !OPENING_PARTICIPLES.test(l) &&
            lexKind(l) !== 'first-name' &&
            !/-\p{Ll}/u.test(tokens[j]!.text)
          );
        }) &&
        !stats.lowerWords.has(tokens[to]!.text.toLowerCase()) &&
        tokens.slice(k, to + 1).every((u) => !isTitleOrModifier(u.text.toLowerCase())));
    // "Members of Congress voted", "Fans of Leicester City …": a common noun's plural opening the sentence before
    // "of" is the people of what follows, no part of its name.
    const pluralBeforeOf =
      start < to &&
      tokens[start + 1]?.text === 'of' &&
      /^\p{Lu}\p{Ll}+[^s]s$/u.test(first?.text ?? '') &&
      (lexKind(first!.text) ?? 'common') === 'common' &&
      !ORG_HEADS.has(first!.text.toLowerCase()) &&
      !EVENT_HEADS.has(first!.text.toLowerCase());
    // '"The Tortured Poets Department"': a title that fills its quotation keeps its article.
    const titleWithArticle = to > from && /^(?:The|A|An)$/.test(first?.text ?? '') && fillsQuotation(tokens, from, to);
    if (first && isInitial(tokens, start) && (!keeps(start) || pluralBeforeOf) && !titleWithArticle) {
      start++;
      while (start <= to && !isNameWord(tokens, start)) start++;
    }
    // "The" before a name is not part of it ("The Church of …", "the Globe"), unless it is part of a place's name
    // that is none without it ("The Hague", "The Bronx"; not "The Gambia", whose "Gambia" is one).
    const placeWithThe = (k: number): boolean =>
      knownPlace(text.slice(tokens[k]!.start, tokens[to]!.end)) &&
      !knownPlace(text.slice(tokens[k + 1]!.start, tokens[to]!.end));
    if (tokens[start]?.text === 'The' && start < to && !placeWithThe(start) && !titleWithArticle) start++;
    // After a stripped opener, a common word still is one ("If Iodine …"); but after a bare role noun, the
    // capitalised words are the name it introduces, whatever else they spell ("Singer Will Young won …").
    const afterRole =
      start === from + 1 && start < to && isInitial(tokens, from) && isRoleNoun(tokens[from]!.text.toLowerCase());
    while (start < to && start > from && !afterRole && !keeps(start)) start++;
    // "Neighbouring Tanzania", "Landlocked Zambia": a participle or adverb opening the sentence before a
    // known place describes it.
    const rest = tokens[start + 1];
    if (
      start === from &&
      start < to &&
      rest &&
      isInitial(tokens, start) &&
      /^\p{Lu}\p{Ll}+(?:ed|ing|ly)$/u.test(tokens[start]?.text ?? '') &&
      (lookupPlace(text.slice(rest.start, tokens[to]!.end)) !== null ||
        // "Striking Boeing factory workers …": so it does before one word that names a body or a place alone,
        // by the lexicon or by being named mid-sentence elsewhere too ("United Nations" stays whole).
        (start + 1 === to &&
          formOfCommonWord(tokens[start]!.text) &&
          ((stats.capMidCount.get(rest.text) ?? 0) >= 2 ||
            /^(?:organization|city|region|country|place)$/.test(lexKind(rest.text) ?? ''))))
    )
      start++;
    // "Hosts South Africa drew …", "Champions Spain lost …": a role noun's plural opening the sentence before a
    // country's name says what the side is ("Statistics Norway", "Parks Canada" are bodies' names). So it does
    // before a given name ("Prosecutors Svein Holden and Inga Bejer Engh", "Justices Jackton Ojwang and …").
    const plural = tokens[start]?.text ?? '';
    // ("… Visa and Coca-Cola", "… Warren Buffett and Bill Gates": the name is a list's first, "and" and a name after it.)
    const listed = tokens[to + 1]?.text === 'and' && tokens[to + 2]?.cap === true;
    if (
      start === from &&
      start < to &&
      rest &&
      isInitial(tokens, start) &&
      /^\p{Lu}\p{Ll}+s$/u.test(plural) &&
      (isRoleNoun(plural.toLowerCase().slice(0, -1)) ||
        isRoleNoun(plural.toLowerCase().replace(/es$/, '')) ||
        // ("Sponsors Visa and Coca-Cola said …", "Investors Warren Buffett and Bill Gates …": so does a common noun's
        // plural before a list of names.)
        (listed && (lexKind(plural.slice(0, -1)) === 'common' || /^\p{Lu}\p{Ll}+ors$/u.test(plural)))) &&
      !lookupDemonym(plural) &&
      (lookupPlace(text.slice(rest.start, tokens[to]!.end))?.kind === 'country' ||
        (listed &&
          tokens
            .slice(start + 1, to + 1)
            .every((t) => /^\p{Lu}[\p{L}'’-]+$/u.test(t.text) && !FUNCTION_WORDS.has(t.text.toLowerCase()))) ||
        (to - start >= 2 &&
          to - start <= 4 &&
          tokens
            .slice(start + 1, to + 1)
            .every(
              (t) =>
                /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text) &&
                !FUNCTION_WORDS.has(t.text.toLowerCase()) &&
                !ORG_HEADS.has(t.text.toLowerCase()) &&
                !PLACE_HEADS.has(t.text.toLowerCase()) &&
                !knownPlace(t.text),
            )))
    )
      start++;
    // "His Holiness Pope Francis", "Her Majesty The Queen", "His Royal Highness the Prince of Wales": a style of
    // address after a possessive is no part of the name, nor is the "The" after it; a style alone names no one.
    const owner = /^(?:His|Her|Their|Your)$/.test(tokens[start]?.text ?? '') ? start : start - 1;
    if (/^(?:his|her|their|your)$/i.test(tokens[owner]?.text ?? '')) {
      let k = owner + 1;
      if (tokens[k]?.text === 'Royal' && k < to) k++;
      if (STYLES.test(tokens[k]?.text ?? '')) {
        k++;
        if (tokens[k]?.text === 'The' || tokens[k]?.text === 'the') k++;
        start = k;
      }
    }
    if (start > to) continue;
    const head = tokens[start];
    // A currency ("US$ 20") is not a name.
    if (tokens[to + 1]?.text === '$' && tokens[to + 1]?.start === tokens[to]?.end) continue;
    // A lone capitalised word that the text also uses in lower case is a common word; not an acronym
    // in capitals in running text ("the WHO" beside "who").
    if (
      start === to &&
      head &&
      !(!s.cased && /^\p{Lu}{2,}$/u.test(head.text)) &&
      stats.lowerWords.has(head.text.toLowerCase()) &&
      !capitalisedEnough(head.text, stats) &&
      lookupPlace(head.text) === null &&
      lookupDemonym(head.text) === null
    )
      continue;
    // "Airlines including Delta …", "Banks such as HSBC …": a plural opening the sentence before examples of it is
    // a common noun, whatever names it is part of elsewhere ("American Airlines").
    if (
      start === to &&
      head &&
      isInitial(tokens, start) &&
      /^\p{Lu}\p{Ll}{2,}s$/u.test(head.text) &&
      commonPlural(head.text.toLowerCase(), stats) &&
      (tokens[start + 1]?.text === 'including' ||
        (tokens[start + 1]?.text === 'such' && tokens[start + 2]?.text === 'as') ||
        (tokens[start + 1]?.text === 'like' && tokens[start + 2]?.cap === true))
    )
      continue;
    if (
      start === to &&
      head &&
      isInitial(tokens, start) &&
      !knownAlone(head, stats, tokens[start + 1], tokens[start + 2]) &&
      !headsNamedOffice(tokens, start, stats) &&
      appositiveKind(tokens, start) === null &&
      // ('"Barbie" has become the highest-grossing film': a word alone in quotation marks is a title, first or not.)
      !(fillsQuotation(tokens, start, to) && lexKind(head.text) === null)
    )
      continue;
    // "her novel \"Human Acts\"", "\"The Vegetarian\"": the title of a work, quoted whole, names no one; a run
    // that fills the quotation from its first word is kept, as the work's name (a thing, classify.ts).
    if (isQuotedTitle(tokens, from, start, to) && !(start === from && fillsQuotation(tokens, from, to))) continue;
    // "a 737 MAX 9": a model's letters after its number (not after a year: "the 2018 FIFA World Cup").
    const number = tokens[start - 1]?.text ?? '';
    if (
      start === to &&
      head &&
      /^\p{Lu}{2,}$/u.test(head.text) &&
      /^\d+$/.test(number) &&
      !/^(?:1[89]|20)\d\d$/.test(number)
    )
      continue;
    // "at the 1992 and 1996 Games": an event's head after a year names another edition than the one the
    // article is about, and no name of its own.
    if (start === to && head && EVENT_HEADS.has(head.text.toLowerCase()) && /^(?:1[89]|20)\d\d$/.test(number)) continue;
    // "at 3:55 pm Eastern time", "at 10:00 Central European Time": a clock's time zone, after its time.
    if (
      head &&
      /(?:\d[:.]\d\d|\b[ap]\.?m\.?|\bnoon|\bmidnight)\s*$/i.test(
        text.slice(Math.max(0, head.start - 12), head.start),
      ) &&
      (tokens[to + 1]?.text === 'time' || /^(?:Time|Standard|Daylight|Summer)$/.test(tokens[to]!.text))
    )
      continue;
    // "a Category 5 storm", "Article 5", "Phase 2": a noun that numbers things, before its number.
    if (start === to && head && NUMBERED_NOUNS.has(head.text.toLowerCase()) && /^\d/.test(tokens[to + 1]?.text ?? ''))
      continue;
    // "Lion Air Flight 610", "Malaysia Airlines Flight MH370": the airline is the name; "Flight" and its number
    // are the flight's.
    // ("Flight JL516 had taken off", "Malaysia Airlines Flight MH370 vanished": so with a code that the run holds.)
    let end = to;
    let flight = -1;
    for (let k = start; k <= to && flight < 0; k++)
      if (
        tokens[k]!.text === 'Flight' &&
        /^(?:\d+|\p{Lu}{1,3}\d+)$/u.test(tokens[k + 1]?.text ?? '') &&
        tokens[k + 1]!.start === tokens[k]!.end + 1
      )
        flight = k;
    if (flight >= 0) end = flight - 1;
    if (end >= start) runs.push({ sentence: s.sentence, from: start, to: end });
    // The flight's code, when it has letters, is a name of its own ("JL516").
    if (flight >= 0 && flight + 1 <= to && /^\p{Lu}/u.test(tokens[flight + 1]!.text))
      runs.push({ sentence: s.sentence, from: flight + 1, to: flight + 1 });
  }
  return runs;
}
