/**
 * Splits a candidate run into the names it holds: a pre-name title becomes the role ("US Secretary of
 * State Jane Smith" → role + "Jane Smith"), and a leading country or nationality is cut off
 * ("United States Hamdullah Mohib" → place + person) unless the rest is an organisation ("US Air Force").
 */
import type { EntityType } from '../types';
import { holidayDay, MOVABLE_FEASTS } from '../holidays';
import { CAMPAIGN_CALLS, knownPlace, portfolioWord, regionOfPlace, type Run, type SentenceTokens } from './candidates';
import { isPersonWithPlaceHead } from './classify';
import { lookupDemonym, lookupPeopleNoun, lookupPlace, type CountryRef } from './gazetteer';
import {
  BODY_OFFICES,
  COMPASS,
  PLACE_PREPOSITIONS,
  EVENT_HEADS,
  FUNCTION_WORDS,
  GIVEN_NAME_PEOPLES,
  isHonorific,
  isOrgRoleNoun,
  isRoleNoun,
  isTitle,
  isTitleOrModifier,
  singular,
  LAND_TITLE,
  MONTHS,
  NAME_PARTICLES,
  ORG_FIRSTS,
  ORG_HEADS,
  PLACE_FIRSTS,
  PLACE_FOLLOWERS,
  PLACE_HEADS,
  PORTFOLIO_NOUNS,
  PORTFOLIO_TITLE,
  PARTY_MODIFIERS,
  TITLE_MODIFIERS,
} from './lexicon';
import { isDescribingWord, isPlaceKind, lexKind } from './name-lexicon';
import { roleBefore } from './roles';
import type { Token } from './tokens';

export interface Piece {
  sentence: number;
  /** Token indexes in the sentence, inclusive. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  /** The type a cue decided, or null when later stages must decide. */
  type: EntityType | null;
  /** How sure the cue is: 3 data or title, 2 strong context, 1 weak context. */
  strength: number;
  role: string | null;
  /** The role came after "as" ("joined United as a teenager"): it is a person's, never a body's or a place's. */
  roleAs?: true;
  country: CountryRef | null;
  /** The town opening a wire story's place line ("NEW YORK (AFP) -"), in capitals by the line's form. */
  placeLine?: true;
  /**
   * A body's name that opens with a place, known as one whole by a body's role noun before it ("the group Iran
   * Human Rights"): the same words later in the text are that body too.
   */
  placeOpened?: true;
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const PARTY_NOUN = /^(?:party|movement|coalition|alliance|bloc|front)$/;
/** What a party's members are called together, after the adjective of a faith or a people. */
const PARTY_MEMBERS =
  /^(?:democrats|republicans|socialists|liberals|conservatives|nationalists|unionists|brotherhood)$/;
/** Titles that, ending a name with no name after them, are said of the body before them ("Boeing CEO to …"). */
const BODY_TITLE = /^(?:ceo|cfo|coo|chairman|chairwoman|president|spokesman|spokeswoman|spokesperson|boss)$/;

export function makePiece(
  text: string,
  tokens: readonly Token[],
  sentence: number,
  from: number,
  to: number,
  type: EntityType | null,
  strength: number,
): Piece {
  const a = tokens[from];
  const b = tokens[to];
  // "Ex-FTX boss …": the prefix of a former office is no part of the body's name.
  const prefix = a ? (/^(?:Ex|ex)-(?=\p{Lu})/u.exec(a.text)?.[0].length ?? 0) : 0;
  const start = a ? a.start + prefix : 0;
  const end = b ? b.end : start;
  return { sentence, from, to, start, end, text: text.slice(start, end), type, strength, role: null, country: null };
}

/** A place, nationality or acronym inside a role phrase ("US", "Russian", "UN"). */
/** Offices "General" follows as part of the title ("Secretary General", "Attorney General", "Surgeon General"). */
const GENERAL_OFFICES =
  /^(?:secretary|attorney|director|governor|surgeon|inspector|postmaster|solicitor|auditor|consul|prosecutor|procurator|commissioner|registrar|comptroller|paymaster|adjutant|quartermaster|advocate)$/;

/** Offices held over a town, a state or a province: the name right before one is that place ("Maryland Governor"). */
const TERRITORIAL_TITLES = new Set([
  'governor',
  'gov',
  'mayor',
  'premier',
  'senator',
  'sen',
  'congressman',
  'congresswoman',
  'representative',
  'rep',
  'sheriff',
  'attorney',
]);
/** A hyphenated given name after a family name ("Geun-hye", "Jae-in", "Ching-te", "Yu-ih"). */
const HYPHENED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$|^\p{Lu}\p{Ll}{1,4}-\p{Lu}\p{Ll}{0,4}$/u;
/** Lower-case nouns of built places named after a person ("Imam Khomeini airport", "King Fahd stadium"). */
const NAMED_WORKS =
  /^(?:airport|airbase|stadium|arena|port|seaport|harbour|harbor|square|street|avenue|boulevard|bridge|dam|canal|highway|motorway|expressway|mosque|palace|museum)$/;
/** Heads of a county's, a province's or a city's name ("Los Angeles County", "New York City"). */
const TERRITORY_HEADS = /^(?:county|city|province|prefecture|borough|parish|region|state)$/;
/** Of those, the ones no body holds: any name before them is a place ("Springfield Mayor", "Sindh Chief Minister"), not only a known one. */
/** Endings of abstract nouns, which end an office's complement and are no surname ("Intelligence", "Security"). */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(?:ence|ance|ity|ment|tion|sion|ture|ics|ness|airs)$/u;

const TOWN_TITLES = new Set(['mayor', 'premier']);

/**
 * The names that open a role before its titles: a body ("Bank of England Governor", "Reserve Bank Governor") or
 * a town or region before an office over one ("Maryland Governor", "Punjab Chief Minister", "Springfield Mayor").
 * Returns the piece and the index of the role's first title word, or null.
 */
function roleOpener(text: string, s: SentenceTokens, i: number, to: number): { piece: Piece; titleAt: number } | null {
  const { tokens } = s;
  let j = i;
  while (j + 1 <= to) {
    const t = tokens[j + 1];
    if (!t || isTitleWord(t)) break;
    if (!t.cap && !(lower(t) === 'of' && tokens[j + 2]?.cap)) return null;
    j++;
  }
  // The office: its title words up to the name ("Chief Minister", "State Senator", "Attorney General").
  const titles: string[] = [];
  for (let k = j + 1; k <= to && isTitleWord(tokens[k]); k++)
    titles.push(lower(tokens[k]).replace(/-(?:designate|elect)$/, ''));
  if (!titles.some((l) => isTitle(l))) return null;
  const titleAt = j + 1;
  // "Manhattan District Attorney": the office's own first word is no part of the place.
  if (j > i && lower(tokens[j]) === 'district') j--;
  // "Mineral Resources Minister", "Home Affairs Minister", "Human Services Secretary": a minister's portfolio is
  // no body ("Labour Party Minister" names one).
  if (PORTFOLIO_TITLE.test(titles[0] ?? '') && PORTFOLIO_NOUNS.has(lower(tokens[j]))) return null;
  const words = tokens.slice(i, j + 1);
  // ("Police Commissioner Stephen Lo", "Army Chief X", "Oil Minister Y": a common body's word alone names no body;
  // "Treasury Secretary", "Senate President" name one.)
  // (Not the last word of a name before it: "Labour Party Minister".)
  const before = tokens[i - 1];
  const opens = !(before?.cap && before.word && !lookupDemonym(before.text) && !lookupPlace(before.text));
  if (
    opens &&
    words.length === 1 &&
    /^(?:police|army|navy|military|party|government|ministry|oil)$/.test(lower(words[0]))
  )
    return null;
  if (words.some((t, k) => ORG_HEADS.has(lower(t)) || (ORG_FIRSTS.has(lower(t)) && lower(words[k + 1]) === 'of')))
    return { piece: makePiece(text, tokens, s.sentence, i, j, 'organization', 2.5), titleAt };
  if (words.some((t) => lower(t) === 'of' || lookupDemonym(t.text))) return null;
  const territorial = titles.some(
    (l, k) => TERRITORIAL_TITLES.has(l) || (l === 'minister' && titles[k - 1] === 'chief'),
  );
  if (!territorial) return null;
  const span = text.slice(tokens[i]?.start ?? 0, tokens[j]?.end ?? 0);
  const known = lexKind(span);
  // "Los Angeles County Sheriff": a county's or a province's name is a place by its head.
  if (isPlaceKind(known) || (j > i && TERRITORY_HEADS.test(lower(tokens[j]))))
    return { piece: makePiece(text, tokens, s.sentence, i, j, 'place', 2.5), titleAt };
  const townOffice = TOWN_TITLES.has(titles[0] ?? '') || (titles[0] === 'chief' && titles[1] === 'minister');
  if (known === null && townOffice && words.every((t) => lexKind(t.text) === null))
    return { piece: makePiece(text, tokens, s.sentence, i, j, 'place', 2), titleAt };
  return null;
}

function scanRole(text: string, s: SentenceTokens, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  const { tokens } = s;
  let i = from;
  while (i <= to) {
    let taken = 0;
    const a0 = tokens[i];
    // Only a name that the gazetteer does not know already (it types "Kyiv Mayor" below).
    // ("Chief Cabinet Secretary Yoshimasa Hayashi": a body's head alone between two titles is part of the office.)
    const insideOffice =
      i > from &&
      isTitle(lower(tokens[i - 1])) &&
      ORG_HEADS.has(lower(a0)) &&
      isTitleWord(tokens[i + 1]) &&
      isTitle(lower(tokens[i + 1]));
    if (a0?.cap && a0.word && !isTitleWord(a0) && !lookupPlace(a0.text) && !insideOffice) {
      const opener = roleOpener(text, s, i, to);
      if (opener) {
        // "Supreme Court Justice …": a title's modifier before the body's words is the body's own.
        let k = i;
        const modifier = (t: Token | undefined) => Boolean(t?.cap && isTitleWord(t) && !isTitle(lower(t)));
        while (k > from && opener.piece.type === 'organization' && modifier(tokens[k - 1])) k--;
        const { piece } = opener;
        out.push(k < i ? makePiece(text, tokens, s.sentence, k, piece.to, 'organization', piece.strength) : piece);
        i = opener.titleAt;
        continue;
      }
    }
    for (let w = Math.min(3, to - i + 1); w >= 1 && !taken; w--) {
      const a = tokens[i];
      const b = tokens[i + w - 1];
      if (!a || !b || !b.word || !a.cap) continue;
      const span = text.slice(a.start, b.end);
      const place = lookupPlace(span);
      if (place && capitalsBloc(s, i, i + w - 1)) {
        out.push(makePiece(text, tokens, s.sentence, i, i + w - 1, 'organization', 2.5));
        taken = w;
      } else if (place) {
        const p = makePiece(text, tokens, s.sentence, i, i + w - 1, 'place', 3);
        p.country = place.country;
        out.push(p);
        taken = w;
      } else if (
        w >= 2 &&
        (isPlaceKind(lexKind(span)) || regionOfPlace(text, tokens, i, i + w - 1)) &&
        !tokens.slice(i, i + w).some(isTitleWord)
      ) {
        // ("West Bengal Chief Minister …", "New South Wales Premier …": a place of two or three words the name
        // lexicon knows, or a region of a place it knows, before the office, is one place, not its compass word
        // and the rest.)
        out.push(makePiece(text, tokens, s.sentence, i, i + w - 1, 'place', 2.8));
        taken = w;
      } else if (w === 2 && lookupDemonym(a.text) && lookupDemonym(b.text)) {
        // "the first African American woman", "Asian Americans", "Turkish Cypriots": two peoples' names together
        // are one people, of the second's country when it names its citizens by their country's adjective; one
        // named by an ethnic noun ("Bosnian Serbs", "Syrian Turkmen", "Iraqi Kurds") lives in the first's.
        const p = makePiece(text, tokens, s.sentence, i, i + 1, 'group', 2.8);
        const citizens = /(?:ans?|ese|is?|ots?)$/.test(b.text);
        p.country = (citizens ? lookupDemonym(b.text) : lookupDemonym(a.text))?.country ?? null;
        out.push(p);
        taken = 2;
      } else if (w === 2 && COMPASS.test(lower(a)) && lookupDemonym(b.text)) {
        // "South Korean President …": a compass word before a people names a region's people.
        out.push(makePiece(text, tokens, s.sentence, i, i + 1, 'group', 2.8));
        taken = 2;
      } else if (w === 1 && lookupDemonym(span) && !givenNameFirst(tokens, i)) {
        const p = makePiece(text, tokens, s.sentence, i, i, 'group', 3);
        p.country = lookupDemonym(span)?.country ?? null;
        out.push(p);
        taken = 1;
      } else if (w === 1 && ACRONYM.test(span) && !isTitle(span.toLowerCase())) {
        out.push(makePiece(text, tokens, s.sentence, i, i, 'organization', 2));
        taken = 1;
      } else if (
        // "Tesla CEO Elon Musk", "Harvard President …": one unknown word before a body's office is the body.
        w === 1 &&
        i === from &&
        BODY_OFFICES.has(lower(tokens[i + 1])) &&
        lexKind(span) === null &&
        !isTitleWord(a) &&
        !ORG_HEADS.has(lower(a))
      ) {
        out.push(makePiece(text, tokens, s.sentence, i, i, 'organization', 2));
        taken = 1;
      }
    }
    i += taken || 1;
  }
  return out;
}

const isTitleWord = (t: Token | undefined): boolean => isTitleOrModifier(lower(t));

/**
 * "Christian Lindner", "Roman Abramovich": a word that names a people or a faith and is a given name too, before
 * one capitalised word that is a surname or unknown (not a common word, a place, a people, a title), opens a
 * person's name ("Christian Democrats", "Christian Aid" stay as they are read).
 */
function givenNameFirst(tokens: readonly Token[], i: number): boolean {
  const [first, next] = [tokens[i], tokens[i + 1]];
  if (!first?.cap || !next?.cap || !next.word || (tokens[i + 2]?.cap && tokens[i + 2]?.word)) return false;
  if (!GIVEN_NAME_PEOPLES.has(lower(first)) && lexKind(first.text) !== 'first-name') return false;
  const kind = lexKind(next.text);
  // Not a plural or an abstract noun the lexicon does not know ("Christian Democrats", "Christian Science").
  if (kind !== 'last-name' && /(?:[^s]s|hood|ship|ence|ance|ism|ity)$/.test(lower(next))) return false;
  return (
    (kind === null || kind === 'last-name') &&
    !lookupPlace(next.text) &&
    !lookupDemonym(next.text) &&
    !isTitleWord(next) &&
    !ORG_HEADS.has(lower(next)) &&
    !ACRONYM.test(next.text)
  );
}

/** A model's designation: letters and a number ("F-35", "KC-46", "A320"), letters and numerals ("H-IIA"), a number. */
const MODEL = /^(?:\p{Lu}{1,4}-?\d[\p{Lu}\d-]*|\p{Lu}{1,3}-[IVX]+\p{Lu}?|\d{3,4}[\p{Lu}\d-]*)$/u;

function hasHead(tokens: readonly Token[], from: number, to: number): boolean {
  // "Professor Adrian Hill": a first name and a surname a place's head spells are no place.
  if (to === from + 1 && isPersonWithPlaceHead(tokens[from]?.text ?? '', lower(tokens[to]))) return false;
  // "President Park Geun-hye" ("Geun-Hye"): a family name a head spells, then a hyphenated given name, is a person's.
  if (to === from + 1 && HYPHENED_GIVEN_NAME.test(tokens[to]?.text ?? '')) return false;
  for (let i = from; i <= to; i++) {
    const l = lower(tokens[i]);
    if (ORG_HEADS.has(l) || PLACE_HEADS.has(l)) return true;
  }
  return false;
}

/** Places, nationalities and title words only: "Russian President", "Foreign Minister". */
/** Whether the word before token `i` (a dot after it aside: "Mr.") is an honorific ("Mr", "Dame"). */
const afterHonorific = (tokens: readonly Token[], i: number): boolean => {
  const before = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
  return Boolean(before?.cap && isHonorific(before.text));
};

function onlyRoleWords(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t || !t.word || !t.cap) continue;
    // "Mr Montenegro", "Mrs Jordan": after an honorific a place's name is a surname.
    if (afterHonorific(tokens, i)) return false;
    if (isTitleWord(t) || lookupPlace(t.text) || lookupDemonym(t.text)) continue;
    return false;
  }
  void text;
  return true;
}

/**
 * "the opposition INDIA bloc": a place's name in capitals (in a sentence in mixed case, not all capitals or title
 * case) right before a party's or a bloc's noun is that body's own name, an acronym that spells the place.
 */
function capitalsBloc(s: SentenceTokens, from: number, to: number): boolean {
  const { tokens } = s;
  return (
    from === to &&
    !s.cased &&
    /^\p{Lu}{3,}$/u.test(tokens[from]?.text ?? '') &&
    PARTY_NOUN.test(lower(tokens[to + 1])) &&
    tokens[to + 1]?.start === (tokens[to]?.end ?? 0) + 1
  );
}

/**
 * Whether the run's first word is an adjective opening the sentence before a person's name ("Liberal Lee
 * Jae-myung won …"): no given name, surname, title, people, place or body's word itself; the name after it
 * opens on a given name, or stands alone elsewhere in the text, with no body's or place's head in it.
 */
function describesName(text: string, s: SentenceTokens, from: number, to: number): boolean {
  const { tokens } = s;
  const first = tokens[from]!;
  if (tokens.slice(0, from).some((t) => t.word)) return false;
  const l = lower(first);
  const kind = lexKind(first.text);
  if (kind !== null && kind !== 'common') return false;
  if (
    // (A party's word is an adjective here, "Liberal Lee Jae-myung", though it qualifies a title elsewhere.)
    (isTitleWord(first) && !PARTY_MODIFIERS.has(l)) ||
    isRoleNoun(l) ||
    lookupDemonym(first.text) ||
    lookupPlace(first.text) ||
    ORG_FIRSTS.has(l) ||
    PLACE_FIRSTS.has(l) ||
    COMPASS.test(l) ||
    !isDescribingWord(first.text)
  )
    return false;
  const rest = tokens.slice(from + 1, to + 1);
  if (!rest.every((t) => t.cap || t.text === '-') || hasHead(tokens, from + 1, to)) return false;
  // ("Marine Le Pen": a surname opening on a particle needs the given name before it.)
  if (NAME_PARTICLES.has(lower(tokens[from + 1]))) return false;
  const name = text.slice(tokens[from + 1]!.start, tokens[to]!.end);
  if (lookupPlace(name) || isPlaceKind(lexKind(name))) return false;
  if (isFirstName(tokens[from + 1])) return true;
  // Elsewhere, alone: not after a capitalised word ("Royal Dutch Shell" is not "Dutch Shell" in "… Royal Dutch Shell").
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at === tokens[from + 1]!.start) continue;
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
    const after = text[at + name.length] ?? '';
    if (/\p{L}/u.test(after) || /\p{L}/u.test(text[at - 1] ?? '')) continue;
    if (!before || !/^\p{Lu}/u.test(before[1]!)) return true;
  }
  return false;
}

/** Splits off a leading country or nationality when the rest is a name of its own. */
function splitPrefix(text: string, s: SentenceTokens, from: number, to: number): Piece[] {
  const { tokens } = s;
  const whole = text.slice(tokens[from]?.start ?? 0, tokens[to]?.end ?? 0);
  const place = lookupPlace(whole);
  if (place && capitalsBloc(s, from, to)) return [makePiece(text, tokens, s.sentence, from, to, 'organization', 2.5)];
  // "Qatari and Saudi calls", "Saudi officials": a word both a country's short name and its people's adjective,
  // before a plain noun it qualifies, is the people's.
  const next = tokens[to + 1];
  // (Only a people's form, "Saudi"; not a name that the data gives as its people's too: "Djibouti officials",
  // "Vatican officials".)
  const people = place && /\p{Ll}i$/u.test(whole) && place.country?.name !== whole ? lookupDemonym(whole) : null;
  if (
    people &&
    next?.word &&
    !next.cap &&
    next.start === (tokens[to]?.end ?? 0) + 1 &&
    lexKind(next.text) === 'common' &&
    !FUNCTION_WORDS.has(next.text) &&
    !/(?:ed|ing)$/.test(next.text) &&
    !/^(?:said|says|has|had|is|was|will|would|could|can|may|might|must|should)$/.test(next.text)
  ) {
    const p = makePiece(text, tokens, s.sentence, from, to, 'group', 3);
    p.country = people.country;
    return [p];
  }
  if (place) {
    const p = makePiece(text, tokens, s.sentence, from, to, 'place', 3);
    p.country = place.country;
    return [p];
  }
  const known = lexKind(whole);
  if (to > from && isPlaceKind(known)) {
    // "Western Australia", "New South Wales": a known place is not a nationality plus a name.
    return [makePiece(text, tokens, s.sentence, from, to, 'place', 2.8)];
  }
  const demonym = lookupDemonym(whole);
  if (demonym) {
    const p = makePiece(text, tokens, s.sentence, from, to, 'group', 3);
    p.country = demonym.country;
    return [p];
  }
  for (let w = Math.min(3, to - from); w >= 1; w--) {
    const end = from + w - 1;
    const next = tokens[end + 1];
    if (!next || !next.cap) continue;
    const prefix = text.slice(tokens[from]?.start ?? 0, tokens[end]?.end ?? 0);
    const pPlace = lookupPlace(prefix);
    // "Irishman Johnny Logan", "Spaniard Rafael Nadal": one of a people named as a man or woman, or before a first
    // name (not "Ivor", a first name that "Ivorian" spells, before a surname).
    const people =
      w === 1 && !pPlace && (/(?:m[ae]n)$/.test(prefix) || isFirstName(next)) ? lookupPeopleNoun(prefix) : null;
    // ("New Zealander Edmund Hillary", "Sri Lankan Muttiah …": a people's name of two words before a given name.)
    const pGroup =
      w === 1 && !pPlace
        ? (lookupDemonym(prefix) ?? (people ? { country: people } : null))
        : w === 2 && !pPlace && isFirstName(next)
          ? lookupDemonym(prefix)
          : null;
    // "US Ambassador to the United Nations Susan Rice": a body the lexicon knows, then a given name and a surname,
    // are two names.
    if (
      w >= 2 &&
      !pPlace &&
      lexKind(prefix) === 'organization' &&
      isFirstName(next) &&
      to - end >= 2 &&
      to - end <= 3 &&
      tokens.slice(end + 1, to + 1).every((t) => t.cap && t.word)
    )
      return [
        makePiece(text, tokens, s.sentence, from, end, 'organization', 2.5),
        makePiece(text, tokens, s.sentence, end + 1, to, 'person', 2),
      ];
    if (!pPlace && !pGroup) continue;
    // ("West Bromwich Albion", "West Texas Intermediate": a compass word alone, "the West", opens a name of its own,
    // no person's: a body's, as far as its words tell.)
    // ("East Los Angeles": before a place, a part of that place.)
    if (w === 1 && pPlace && !pPlace.country && COMPASS.test(lower(tokens[from]))) {
      const after = text.slice(next.start, tokens[to]?.end ?? 0);
      // (So after a place's preposition: "at MetLife Stadium in East Rutherford", "across the East Midlands".)
      const placed =
        PLACE_PREPOSITIONS.has(lower(tokens[from - 1])) ||
        (lower(tokens[from - 1]) === 'the' && PLACE_PREPOSITIONS.has(lower(tokens[from - 2])));
      const region = placed || lookupPlace(after) !== null || isPlaceKind(lexKind(after));
      return [makePiece(text, tokens, s.sentence, from, to, region ? 'place' : 'organization', region ? 2 : 1.3)];
    }
    if (pGroup && end + 1 === to && givenNameFirst(tokens, from))
      return [makePiece(text, tokens, s.sentence, from, to, 'person', 2)];
    // "the French Indian Ocean territory": a people's adjective before a known place's name is no part of it.
    const rest = text.slice(tokens[end + 1]?.start ?? 0, tokens[to]?.end ?? 0);
    if (pGroup && !pPlace && end + 1 < to && (lookupPlace(rest) || isPlaceKind(lexKind(rest)))) {
      const head = makePiece(text, tokens, s.sentence, from, end, 'group', 3);
      head.country = pGroup.country;
      const place = makePiece(text, tokens, s.sentence, end + 1, to, 'place', 3);
      place.country = lookupPlace(rest)?.country ?? null;
      return [head, place];
    }
    // "Lisbon City Council", "French Open", "Paris Olympics": the name of a body or an event keeps its place.
    // "Paris Saint-Germain", "the Santiago Bernabeu": a place and one more name are one name.
    // (Not a people's adjective before a world event: "the Argentine World Cup winner" is Argentine.)
    const worldEvent = pGroup && !pPlace && tokens[end + 1]?.text === 'World' && end + 1 < to;
    if (
      !worldEvent &&
      (hasHead(tokens, end + 1, to) ||
        EVENT_HEADS.has(lower(tokens[to])) ||
        // ("the Africa Cup of Nations": or one that heads its name before "of".)
        // (A place's name only: "the Irish War of Independence" is Irish, and the war.)
        (pPlace && EVENT_HEADS.has(lower(tokens[end + 1])) && lower(tokens[end + 2]) === 'of' && end + 2 < to) ||
        (end + 1 === to && pPlace))
    )
      return [makePiece(text, tokens, s.sentence, from, to, null, 0)];
    // "the ruling Georgian Dream party": a people's adjective opens a party's or movement's name; so it does
    // before one common word ("Georgian Dream has the votes"), a name no person has.
    if (PARTY_NOUN.test(lower(tokens[to + 1])) && tokens[to + 1]?.start === (tokens[to]?.end ?? 0) + 1)
      return [makePiece(text, tokens, s.sentence, from, to, 'organization', 2)];
    if (pGroup && end + 1 === to && lexKind(tokens[to]?.text ?? '') === 'common')
      return [makePiece(text, tokens, s.sentence, from, to, null, 0)];
    // "the opposition Christian Democrats", "the Muslim Brotherhood": a faith's or a people's adjective before
    // the plural its members take is a party's name.
    if (pGroup && end + 1 === to && PARTY_MEMBERS.test(lower(tokens[to])))
      return [makePiece(text, tokens, s.sentence, from, to, 'organization', 2)];
    // "his finance minister Christian Lindner": after a role noun, a people's name that first names are too
    // opens the person's name (a people's adjective comes before the role: "German minister …").
    const before = tokens[from - 1];
    if (pGroup && end + 1 === to && before?.word && !before.cap && isRoleNoun(lower(before)))
      return [makePiece(text, tokens, s.sentence, from, to, null, 0)];
    // "the Oslo-based group Iran Human Rights": after a body's role noun, a place opens the body's name.
    if (pPlace && before?.word && !before.cap && isOrgRoleNoun(lower(before)))
      return [{ ...makePiece(text, tokens, s.sentence, from, to, 'organization', 2), placeOpened: true }];
    const head = makePiece(text, tokens, s.sentence, from, end, pPlace ? 'place' : 'group', 3);
    head.country = pPlace ? pPlace.country : (pGroup?.country ?? null);
    return [head, makePiece(text, tokens, s.sentence, end + 1, to, null, 0)];
  }
  return [makePiece(text, tokens, s.sentence, from, to, null, 0)];
}

const isFirstName = (t: Token | undefined): boolean => Boolean(t && lexKind(t.text) === 'first-name');
/** "Jean-Michel", "Marie-Claire": a hyphened given name, each part a given name or the first one "Jean". */
const isGivenCompound = (word: string): boolean => {
  const parts = word.split('-');
  return (
    parts.length === 2 &&
    parts.every((p, n) => /^\p{Lu}\p{Ll}+$/u.test(p) && (lexKind(p) === 'first-name' || (n === 0 && p === 'Jean')))
  );
};

/**
 * "Neves of the Brazilian Social Democracy Party (PSDB)": a name of one to three words, then "of the" (at `k`) and a
 * body whose acronym in brackets spells it (in its own language's order, too) but not with the name before "of".
 */
function acronymOfBodyAfter(tokens: readonly Token[], from: number, k: number, to: number): boolean {
  if (k - from > 3 || lower(tokens[k + 1]) !== 'the' || k + 2 >= to) return false;
  const acronym = tokens[to + 1]?.text === '(' && tokens[to + 3]?.text === ')' ? (tokens[to + 2]?.text ?? '') : '';
  if (!/^\p{Lu}{3,6}$/u.test(acronym)) return false;
  const letters = (a: number): string =>
    tokens
      .slice(a, to + 1)
      .filter((t) => t.word && t.cap)
      .map((t) => t.text[0])
      .sort()
      .join('');
  const spelled = [...acronym].sort().join('');
  return (
    letters(k + 2) === spelled &&
    letters(from) !== spelled &&
    tokens.slice(from, k).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isTitleWord(t) && !lookupPlace(t.text)) &&
    !hasHead(tokens, from, k - 1) &&
    !ORG_FIRSTS.has(lower(tokens[from])) &&
    !ORG_HEADS.has(lower(tokens[k - 1]))
  );
}

/** Whether a verb of saying (or "according to") stands right before `i`: the name there is the one quoted. */
const afterSaying = (tokens: readonly Token[], i: number): boolean =>
  /^(?:said|says|told|tells|added|warned|noted|explained)$/.test(lower(tokens[i - 1])) ||
  (lower(tokens[i - 1]) === 'to' && lower(tokens[i - 2]) === 'according');

/**
 * Two names run together: a person and the body they belong to ("Jane Smith of The Globe"), or a body
 * and the person who speaks for it ("Refugee Council Jane Smith").
 */
function splitJoined(tokens: readonly Token[], from: number, to: number): [number, number][] {
  // (A name of one word before "of the": "Neves of the Brazilian Social Democracy Party (PSDB)".)
  if (tokens[from + 1]?.text === 'of' && acronymOfBodyAfter(tokens, from, from + 1, to))
    return [
      [from, from],
      [from + 3, to],
    ];
  for (let k = from + 2; k < to; k++) {
    if (tokens[k]?.text !== 'of') continue;
    const personLike =
      isFirstName(tokens[from]) &&
      k - from <= 3 &&
      !hasHead(tokens, from, k - 1) &&
      !ORG_FIRSTS.has(lower(tokens[from]));
    // "Aryna Sabalenka of Belarus": two names no lexicon knows, then a country, are a person and her country.
    // ("Giniel de Villiers of South Africa": a particle inside the name counts no word.)
    const particles = tokens.slice(from + 1, k - 1).filter((t) => NAME_PARTICLES.has(t.text)).length;
    const ofCountry =
      k - from - particles === 2 &&
      lookupPlace(
        tokens
          .slice(k + 1, to + 1)
          .map((t) => t.text)
          .join(' '),
      )?.kind === 'country' &&
      // (Names the lexicon knows as people's too: "Sifan Hassan of the Netherlands"; and a given name it knows as
      // a word, before a surname it does not know at all: "Kelvin Kiptum of Kenya".)
      tokens
        .slice(from, k)
        .filter((t) => !NAME_PARTICLES.has(t.text))
        .every(
          (t, n) =>
            (lexKind(t.text) === null ||
              /^(?:first|last)-name$/.test(lexKind(t.text) ?? '') ||
              (n === 0 && lexKind(t.text) === 'common' && lexKind(tokens[k - 1]!.text) === null)) &&
            !isTitleWord(t) &&
            !PLACE_FIRSTS.has(lower(t)),
        ) &&
      !hasHead(tokens, from, k - 1);
    // "Hou Yu-ih of the Kuomintang": a family name and a hyphenated given name ("Ching-te", "Jae-in"), then
    // "of", are a person and the body or place they belong to.
    // (No head test: hasHead reads a word and a hyphenated given name as a person's name.)
    const hyphenGiven =
      k - from === 2 &&
      HYPHENED_GIVEN_NAME.test(tokens[from + 1]!.text) &&
      !lookupPlace(tokens[from]!.text) &&
      !isTitleWord(tokens[from]!);
    // "the Federal Penitentiary Service of the Yamalo-Nenets region": a body, then the place it serves.
    const bodyOfRegion =
      ORG_HEADS.has(lower(tokens[k - 1])) &&
      k < to &&
      PLACE_FOLLOWERS.has(lower(tokens[to + 1])) &&
      !tokens[to + 1]!.cap;
    if (bodyOfRegion) {
      const at = k + 1 + (lower(tokens[k + 1]) === 'the' ? 1 : 0);
      if (at <= to)
        return [
          [from, k - 1],
          [at, to],
        ];
    }
    // "Jean-Michel Claverie of Aix-Marseille University": a given name and a surname no lexicon knows as a thing,
    // then "of" and a body whose head closes it, are a person and the body they belong to.
    // ("Anderson Mazoka of the United Party for National Development": or two words the lexicon knows as no given
    // name, at most as surnames, then "of the" and a body whose head is anywhere in its name.)
    const the = lower(tokens[k + 1]) === 'the';
    const next0 = k + 1 + (the ? 1 : 0);
    const surnameLike = (t: Token | undefined): boolean =>
      !!t && /^\p{Lu}\p{Ll}+$/u.test(t.text) && /^(?:last-name|null)$/.test(String(lexKind(t.text)));
    // ("Ang Tshering Sherpa of the Nepal Mountaineering Association", "Munira Subasic of the Mothers of Srebrenica":
    // three such words too, and a body named by its members, a plural, before its own "of".)
    const membersOf = (at: number): boolean =>
      /^\p{Lu}\p{Ll}{2,}s$/u.test(tokens[at]?.text ?? '') && lower(tokens[at + 1]) === 'of' && at + 1 < to;
    const personOfBody =
      (k - from === 2 || (k - from === 3 && the)) &&
      next0 < to &&
      !hasHead(tokens, from, k - 1) &&
      tokens.slice(from, k).every((t) => !isTitleWord(t) && !lookupPlace(t.text)) &&
      lexKind(tokens[from + 1]!.text) !== 'common' &&
      (((isFirstName(tokens[from]) || isGivenCompound(tokens[from]!.text)) &&
        k - from === 2 &&
        ORG_HEADS.has(lower(tokens[to]))) ||
        (the &&
          tokens.slice(from, k).every(surnameLike) &&
          (tokens.slice(next0, to + 1).some((t) => ORG_HEADS.has(lower(t))) || membersOf(next0))));
    // "Marine Le Pen of the National Front (FN)": two or three capitalised words that are no body's, then "of the"
    // and a body's name closed by its head and by its acronym in brackets, are a person and the party.
    const personOfAcronymedBody =
      the &&
      (k - from === 2 || k - from === 3) &&
      next0 < to &&
      tokens.slice(from, k).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isTitleWord(t) && !lookupPlace(t.text)) &&
      !hasHead(tokens, from, k - 1) &&
      !ORG_FIRSTS.has(lower(tokens[from])) &&
      ORG_HEADS.has(lower(tokens[to])) &&
      tokens[to + 1]?.text === '(' &&
      /^\p{Lu}{2,6}$/u.test(tokens[to + 2]?.text ?? '') &&
      tokens[to + 3]?.text === ')';
    // "…," said Wolfango Piccoli of Teneo Intelligence': two such words right after a verb of saying (or "according
    // to"), then "of" and a capitalised name, are the person quoted and the body they speak for.
    const quotedOfBody =
      afterSaying(tokens, from) &&
      k - from === 2 &&
      next0 <= to &&
      tokens.slice(from, k).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isTitleWord(t) && !lookupPlace(t.text)) &&
      !hasHead(tokens, from, k - 1) &&
      !ORG_FIRSTS.has(lower(tokens[from])) &&
      lexKind(tokens[from + 1]!.text) !== 'common';
    if (
      !personLike &&
      !ofCountry &&
      !hyphenGiven &&
      !personOfBody &&
      !quotedOfBody &&
      !personOfAcronymedBody &&
      !acronymOfBodyAfter(tokens, from, k, to)
    )
      break;
    let next = k + 1;
    if (lower(tokens[next]) === 'the') next++;
    if (next <= to) return [[from, k - 1], ...splitJoined(tokens, next, to)];
  }
  for (let k = from; k < to - 1; k++) {
    const head = lower(tokens[k]).replace(/\.$/, '');
    if (!ORG_HEADS.has(head) || !isFirstName(tokens[k + 1])) continue;
    if (to - k <= 3 && !hasHead(tokens, k + 1, to))
      return [
        [from, k],
        [k + 1, to],
      ];
  }
  return [[from, to]];
}

/**
 * Splits one run into typed or untyped pieces.
 * @example splitRun(text, s, run) // role "French President" + piece "Jean Dupont"
 */
export function splitRun(text: string, s: SentenceTokens, run: Run): Piece[] {
  const { tokens } = s;
  const { from, to } = run;
  const whole = text.slice(tokens[from]?.start ?? 0, tokens[to]?.end ?? 0);
  const wholeKind = to > from ? lexKind(whole) : null;
  // "the July-September quarter": two months joined by a hyphen are a stretch of the year, no name.
  const months = /^(\p{L}+)[-–](\p{L}+)$/u.exec(whole);
  if (months && MONTHS.has(months[1]!.toLowerCase()) && MONTHS.has(months[2]!.toLowerCase())) return [];
  // "west Africa", "the eastern Mediterranean": a lower-case compass word before a continent or a sea names a
  // region of it, as a capitalised one does ("West Africa"); before a country it is a part of that country
  // ("northern Syria"), which stays the country's mention.
  const compass = tokens[from - 1];
  const region = lookupPlace(whole);
  if (
    compass?.word &&
    !compass.cap &&
    /^(?:north|south|east|west)(?:ern)?$|^central$/.test(compass.text) &&
    text.slice(compass.end, tokens[from]?.start) === ' ' &&
    region?.kind === 'region' &&
    region.country === null
  ) {
    return [makePiece(text, tokens, s.sentence, from - 1, to, 'place', 2.8)];
  }
  if (region || wholeKind === 'city' || wholeKind === 'region' || wholeKind === 'country')
    return splitPrefix(text, s, from, to);
  // "Sri Lanka Easter bombings", "Paris Christmas market": a feast or a holiday after a known place is a time of
  // that place, no part of its name.
  const feast = tokens[to]?.text.toLowerCase() ?? '';
  if (
    to > from &&
    (MOVABLE_FEASTS.has(feast) || holidayDay(feast) !== null) &&
    lookupPlace(text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0))
  )
    return splitRun(text, s, { ...run, to: to - 1 });
  // "Boko Haram Islamists", "Shebab jihadists": a creed's plural after a name says what its members are, a group of
  // its own, no part of the name.
  if (to > from && /^(?:Islamists|Jihadists|Salafists|Maoists|Marxists)$/.test(tokens[to]!.text))
    return [...splitRun(text, s, { ...run, to: to - 1 }), makePiece(text, tokens, s.sentence, to, to, 'group', 2)];
  // "Senator Mark Warner, a Virginia Democrat,": a state or a country before a party member's noun says where the
  // member is from; the place is named, the member's noun names no one.
  if (
    to > from &&
    /^(?:Democrat|Republican|Conservative|Socialist|Tory|Communist|Labourite)$/.test(tokens[to]!.text) &&
    knownPlace(text.slice(tokens[from]!.start, tokens[to - 1]!.end))
  )
    return [makePiece(text, tokens, s.sentence, from, to - 1, 'place', 2.2)];
  // "Ex-Philippine president …", "Ex-US envoy …": past the prefix of a former office, a place or a people alone.
  const former = /^(?:Ex|ex)-(?=\p{Lu})/u.test(whole) ? whole.slice(3) : '';
  const formerPlace = former ? lookupPlace(former) : null;
  const formerPeople = former && !formerPlace ? lookupDemonym(former) : null;
  if (formerPlace || formerPeople) {
    const p = makePiece(text, tokens, s.sentence, from, to, formerPlace ? 'place' : 'group', 3);
    p.country = (formerPlace ?? formerPeople)?.country ?? null;
    return [p];
  }
  // "An Asiana Airlines Boeing 777": a body's name ending on its head, then a maker the lexicon knows, are two.
  if (
    to - 1 > from &&
    lexKind(lower(tokens[to])) === 'organization' &&
    ORG_HEADS.has(lower(tokens[to - 1])) &&
    !ORG_HEADS.has(lower(tokens[to]))
  )
    return [
      ...splitRun(text, s, { ...run, to: to - 1 }),
      makePiece(text, tokens, s.sentence, to, to, 'organization', 1.5),
    ];
  // "a Lockheed Martin F-35 jet", "a Mitsubishi Heavy Industries H-IIA rocket": a maker's name, then its model.
  if (to > from && MODEL.test(tokens[to]?.text ?? '') && !/^(?:1[89]|20)\d\d$/.test(tokens[to]?.text ?? '')) {
    const maker = splitRun(text, s, { ...run, to: to - 1 });
    if (maker.length === 1 && (maker[0]!.type === null || maker[0]!.type === 'organization')) {
      maker[0]!.type = 'organization';
      maker[0]!.strength = Math.max(maker[0]!.strength, 1.5);
      return [...maker, makePiece(text, tokens, s.sentence, to, to, 'thing', 1.5)];
    }
  }
  // "the Save the 8th campaign", "Save the Children": a campaign's call is a body's name.
  if (to > from + 1 && CAMPAIGN_CALLS.test(tokens[from]?.text ?? '') && tokens[from + 1]?.text === 'the')
    return [makePiece(text, tokens, s.sentence, from, to, 'organization', 2)];
  // "Western Australia", "South Sudan", "New South Wales": a compass word before a place names a region of it.
  if (regionOfPlace(text, tokens, from, to)) return [makePiece(text, tokens, s.sentence, from, to, 'place', 2.8)];
  // "East German border guards", "East Germans": a compass word before a people names a region's people.
  if (to === from + 1 && COMPASS.test(lower(tokens[from])) && lookupDemonym(tokens[to]?.text ?? '')) {
    return [makePiece(text, tokens, s.sentence, from, to, 'group', 2.8)];
  }
  // "Opposition Labour called …", "the Opposition Democratic Party": the opposition is no part of the party's name.
  if (
    to > from &&
    lower(tokens[from]) === 'opposition' &&
    !isTitleWord(tokens[from + 1]) &&
    !isRoleNoun(lower(tokens[from + 1]))
  )
    return splitRun(text, s, { ...run, from: from + 1 });
  // "the former chief executive officer of Apple Inc. Steve Jobs": a company's suffix and its dot end its name;
  // a name after them is another's (a title after them is the body's: "Apple Inc. CEO Steve Jobs").
  for (let k = from + 1; k < to - 1; k++) {
    if (
      /^(?:Inc|Corp|Ltd|Co|Plc|LLC)$/.test(tokens[k]?.text ?? '') &&
      tokens[k + 1]?.text === '.' &&
      tokens[k + 2]?.cap &&
      !isTitleWord(tokens[k + 2])
    )
      return [...splitRun(text, s, { ...run, to: k + 1 }), ...splitRun(text, s, { ...run, from: k + 2 })];
  }
  // "Former FTX boss Sam Bankman-Fried" opening a sentence: "Former" before a name with no title in the run is
  // no part of it (the role after the run says the office was held).
  if (
    to > from &&
    tokens[from]?.text === 'Former' &&
    !tokens.slice(from + 1, to + 1).some((t) => isTitleWord(t)) &&
    !lookupPlace(whole)
  )
    return splitRun(text, s, { ...run, from: from + 1 });
  // "Liberal Lee Jae-myung won …", "Popular Jane Doe …": an adjective opening the sentence before a person's
  // name is no part of it. The name is a person's when it opens on a given name or the text writes it alone
  // elsewhere.
  if (to > from + 1 && describesName(text, s, from, to)) return splitRun(text, s, { ...run, from: from + 1 });
  // "lost to Republican Ronald Reagan", "beat Democrat Walter Mondale": a party's member before a given name and a
  // surname is no part of the name, anywhere in the sentence.
  if (
    to > from + 1 &&
    /^(?:republican|democrat|conservative|labour|liberal|socialist|tory|communist|centrist|independent)$/.test(
      lower(tokens[from]),
    ) &&
    isFirstName(tokens[from + 1]) &&
    tokens.slice(from + 2, to + 1).every((t) => t.cap && !isTitleWord(t)) &&
    !hasHead(tokens, from + 1, to)
  )
    return splitRun(text, s, { ...run, from: from + 1 });
  // "Labour won", "the Labour leader": a word that qualifies titles, alone and before no title ("the Health
  // minister"), names a body, not a role.
  const loneModifier =
    from === to &&
    TITLE_MODIFIERS.has(lower(tokens[from])) &&
    !isTitle(lower(tokens[from])) &&
    // A portfolio before an office ("the Health minister"); before "leader" it is a party ("the Labour leader").
    (!isTitle(lower(tokens[to + 1])) || lower(tokens[to + 1]) === 'leader') &&
    // "the State" is the state; "the State and Homeland Security Departments" two departments.
    lower(tokens[from]) !== 'state' &&
    !/^(?:and|or|&)$/.test(lower(tokens[to + 1]));
  // "the Princess of Wales", "the Emir of Qatar": a sovereign's title and land name a person.
  // ("Archbishop of Paris Laurent Ulrich": a given name after a known land is the person's, the title their role.)
  // ("The Archbishop of Canterbury Justin Welby": a land the gazetteer does not know is one word before a given name.)
  const landEnd = (() => {
    const c = from + 2 + (lower(tokens[from + 2]) === 'the' ? 1 : 0);
    for (let w = Math.min(3, to - c + 1); w >= 1; w--)
      if (lookupPlace(text.slice(tokens[c]?.start ?? 0, tokens[c + w - 1]?.end ?? 0))) return c + w - 1;
    return c < to && isFirstName(tokens[c + 1]) ? c : -1;
  })();
  const named = landEnd > 0 && landEnd < to && (isFirstName(tokens[landEnd + 1]) || to - landEnd >= 3);
  if (to > from + 1 && LAND_TITLE.test(lower(tokens[from])) && lower(tokens[from + 1]) === 'of' && !named)
    return [makePiece(text, tokens, s.sentence, from, to, 'person', 2.2)];
  // "Office of the High Commissioner for Human Rights", "Bureau of Alcohol, Tobacco …": a body's head and "of"
  // open a body's name, whose titles inside are the office it serves, no person's.
  if (
    to >= from + 2 &&
    /^(?:office|bureau|department|ministry|agency|commission)$/.test(lower(tokens[from])) &&
    lower(tokens[from + 1]) === 'of' &&
    tokens.slice(from + 2, to + 1).some((t) => isTitleWord(t))
  )
    return [makePiece(text, tokens, s.sentence, from, to, 'organization', 2.8)];
  // "Imam Khomeini airport", "King Fahd stadium": a title and a name right before a lower-case noun of a built
  // place name that place after the person it honours; the title is part of the place's name, no role.
  const builtAfter = tokens[to + 1];
  if (
    to > from &&
    isTitle(lower(tokens[from])) &&
    builtAfter?.word &&
    !builtAfter.cap &&
    NAMED_WORKS.test(builtAfter.text) &&
    builtAfter.start - (tokens[to]?.end ?? 0) === 1 &&
    tokens.slice(from + 1, to + 1).every((t) => t.cap && !isTitleWord(t))
  )
    return [makePiece(text, tokens, s.sentence, from, to, 'place', 2.2)];
  // "Prince William Sound", "Prince Edward Island", "Queen Maud Land": a sovereign's title and a name before a
  // water's or a land's head name the place after the person it honours; the title is part of its name.
  if (
    to >= from + 2 &&
    LAND_TITLE.test(lower(tokens[from])) &&
    /^(?:sound|island|islands|isle|land|bay|strait|channel|lake|glacier|peninsula|gulf|sea|basin)$/.test(
      lower(tokens[to]),
    ) &&
    tokens.slice(from + 1, to + 1).every((t) => t.cap && !isTitleWord(t))
  )
    return [makePiece(text, tokens, s.sentence, from, to, 'place', 2.2)];
  if (onlyRoleWords(text, tokens, from, to) && !loneModifier) return scanRole(text, s, from, to);
  // "Boeing CEO to step down": a body's title with no name after it is no part of the body's name.
  if (to > from && BODY_TITLE.test(lower(tokens[to])) && !isTitle(lower(tokens[to - 1])))
    return splitRun(text, s, { ...run, to: to - 1 });
  // The last title word with a name after it.
  for (let k = to - 1; k >= from; k--) {
    if (!isTitle(lower(tokens[k]))) continue;
    // "Chief of General Staff Hulusi Akar": a title right after "of" another title is of that one's complement.
    if (lower(tokens[k - 1]) === 'of' && tokens.slice(from, k - 1).some((t) => isTitle(lower(t)))) continue;
    // "Sultan Al Jaber", "Emir bin Hamad …": before an Arabic name's particle, the word is a given name.
    if (/^(?:sultan|emir|amir|sheikh)$/.test(lower(tokens[k])) && /^(?:al|bin|ibn)$/.test(lower(tokens[k + 1])))
      continue;
    let nameFrom = k + 1;
    // "Colonel Major Amadou Abdramane", "Sergeant Major Jane Doe": a rank "Major" ends, before the name.
    if (/^(?:colonel|sergeant)$/.test(lower(tokens[k])) && lower(tokens[nameFrom]) === 'major' && nameFrom < to)
      nameFrom++;
    if (lower(tokens[nameFrom]) === 'of' || lower(tokens[nameFrom]) === 'for') {
      // "Secretary of State Jane Smith": the complement takes what the name (two words) leaves.
      let c = nameFrom + 1;
      if (lower(tokens[c]) === 'the') c++;
      const rest = to - c + 1;
      let take = Math.max(1, rest - 2);
      for (let w = Math.min(3, rest - 1); w >= 1; w--) {
        const span = text.slice(tokens[c]?.start ?? 0, tokens[c + w - 1]?.end ?? 0);
        if (lookupPlace(span)) {
          take = w;
          break;
        }
      }
      // A minister's portfolio runs through the word after its last "and" ("Minister of Science and Technology
      // Jane Doe"); a portfolio alone names no one, and is no body ("the Minister of Trade and Industry said").
      // Not after a body's name ("the United Nations High Commissioner for Refugees" is an agency).
      if (PORTFOLIO_TITLE.test(lower(tokens[k])) && c === nameFrom + 1 && onlyRoleWords(text, tokens, from, k)) {
        for (let j = c; j < to; j++) if (/^(?:and|&)$/.test(lower(tokens[j])) && j + 2 > c + take) take = j + 2 - c;
        const words = tokens.slice(c, Math.min(to, c + take - 1) + 1);
        if (c + take > to && words.every((t, j) => portfolioWord(tokens, c + j) || /^(?:and|&)$/.test(lower(t))))
          return scanRole(text, s, from, k);
      }
      nameFrom = c + take;
      // ("The Chief of General Staff said": one common word left is the complement's, no name.)
      // ("The Director of National Intelligence, Jane Doe, said": so is an abstract noun no lexicon knows.)
      if (
        nameFrom === to &&
        (lexKind(tokens[to]!.text) === 'common' ||
          (lexKind(tokens[to]!.text) === null && ABSTRACT_NOUN.test(tokens[to]!.text)))
      )
        nameFrom = to + 1;
    }
    while (nameFrom <= to && !tokens[nameFrom]?.cap) nameFrom++;
    // "NATO Secretary General", "the Attorney General": "General" after such an office ends the title, no name.
    if (nameFrom === to && lower(tokens[to]) === 'general' && GENERAL_OFFICES.test(lower(tokens[to - 1])))
      return scanRole(text, s, from, to);
    if (nameFrom > to) {
      // "CEO of GM", "President of France": no name, but the complement may be one.
      const c = lower(tokens[k + 1]) === 'of' ? k + 2 + (lower(tokens[k + 2]) === 'the' ? 1 : 0) : -1;
      const comp = c > 0 && c <= to ? text.slice(tokens[c]?.start ?? 0, tokens[to]?.end ?? 0) : '';
      if (comp && (ACRONYM.test(comp) || lookupPlace(comp)))
        return [...scanRole(text, s, from, k), ...splitPrefix(text, s, c, to)];
      // "Chancellor of the Exchequer", "Governor of the Bank of England": an office with no name is no one;
      // only a body its complement names is an entity.
      if (comp && k === from && !LAND_TITLE.test(lower(tokens[k])))
        return hasHead(tokens, c, to) ? splitPrefix(text, s, c, to) : [];
      break;
    }
    // "Rear Admiral John Mauger of the First Coast Guard District": a titled person, then the body after "of".
    const ofAt = tokens.findIndex((t, j) => j > nameFrom && j <= nameFrom + 3 && j < to && lower(t) === 'of');
    // (A word of a name here: capitalised, no place's, people's or title's.)
    const nameWord = (t: Token): boolean =>
      /^\p{Lu}\p{Ll}+$/u.test(t.text) && !lookupPlace(t.text) && !lookupDemonym(t.text) && !isTitleWord(t);
    const named = tokens.slice(nameFrom, ofAt);
    // ("Judge Chacha Mwita of the High Court": or two or three words no lexicon knows, no place's or people's.)
    const unknownName =
      ofAt - nameFrom >= 2 &&
      named.every((t) => nameWord(t) && (lexKind(t.text) === null || lexKind(t.text) === 'last-name'));
    // ("Governor Jay Nixon of Missouri", "Mayor Rahm Emanuel of Chicago": or a given name and a surname of any
    // kind the lexicon gives but a common word's.)
    const twoNames = ofAt - nameFrom === 2 && named.every(nameWord) && lexKind(tokens[nameFrom + 1]!.text) !== 'common';
    if (
      ofAt > 0 &&
      (isFirstName(tokens[nameFrom]) || unknownName || twoNames) &&
      !hasHead(tokens, nameFrom, ofAt - 1)
    ) {
      const c = ofAt + 1 + (lower(tokens[ofAt + 1]) === 'the' ? 1 : 0);
      // (So is a known place: "Congressman Matt Gaetz of Florida", and a body's acronym: "Dr Jane Doe of the FDA".)
      const place = c <= to && knownPlace(text.slice(tokens[c]?.start ?? 0, tokens[to]?.end ?? 0));
      const acronym = c === to && ACRONYM.test(tokens[c]!.text) && !/^\p{Lu}{2,}s$/u.test(tokens[c]!.text);
      // ("Mayor Joseph Riley of Charleston": one word after the name of a mayor, governor or senator is the town or
      // the state the office is over.)
      const territory =
        c === to &&
        c === ofAt + 1 &&
        /^\p{Lu}\p{Ll}+$/u.test(tokens[c]!.text) &&
        tokens.slice(from, nameFrom).some((t) => TERRITORIAL_TITLES.has(lower(t)));
      if (c <= to && (hasHead(tokens, c, to) || place || acronym || territory))
        return [
          ...splitRun(text, s, { ...run, to: ofAt - 1 }),
          ...(territory
            ? [makePiece(text, tokens, s.sentence, c, to, 'place', 2)]
            : splitJoined(tokens, c, to).flatMap(([a, b]) => splitPrefix(text, s, a, b))),
        ];
    }
    // ("Ms Park said she would appeal", "Mr Lake": after honorifics alone, one word is a surname, whatever place's or
    // body's head it spells.)
    const surnameAfterHonorific =
      nameFrom === to && tokens.slice(from, nameFrom).every((t) => t.text === '.' || isHonorific(t.text));
    if (hasHead(tokens, nameFrom, to) && !surnameAfterHonorific) {
      // "Chairman of the Australian Centre …": the title's complement is the name.
      if (lower(tokens[k + 1]) === 'of' && k === from + 0) {
        const c = k + 2 + (lower(tokens[k + 2]) === 'the' ? 1 : 0);
        if (c <= to) return splitJoined(tokens, c, to).flatMap(([a, b]) => splitPrefix(text, s, a, b));
      }
      break;
    }
    const roleEnd = nameFrom - 1;
    // "Prime Minister Sheikh Hasina": an honorific before the name is no part of the role.
    let titleEnd = roleEnd;
    for (;;) {
      const dot = lower(tokens[titleEnd]) === '.' ? 1 : 0;
      if (titleEnd - dot < from || !isHonorific(lower(tokens[titleEnd - dot]))) break;
      titleEnd -= dot + 1;
    }
    // "Chad's President Idriss Deby": a possessive right before the title says whose office it is, as it does
    // before a lower-case role ("France's foreign minister"); the owner stays a name of its own.
    const owner = tokens[from - 1];
    const owned = owner?.possessive && owner.word && /^['’]s? $/.test(text.slice(owner.end, tokens[from]?.start));
    // ("Sri Lanka's President X", "New Zealand's Prime Minister Y": a known place's name of up to three words.)
    let ownerFrom = from - 1;
    while (
      owned &&
      from - ownerFrom < 3 &&
      tokens[ownerFrom - 1]?.cap &&
      tokens[ownerFrom - 1]?.word &&
      text.slice(tokens[ownerFrom - 1]!.end, tokens[ownerFrom]!.start) === ' ' &&
      knownPlace(text.slice(tokens[ownerFrom - 1]!.start, owner.end).replace(/['’]s?$/, ''))
    )
      ownerFrom--;
    const roleStart = (owned ? tokens[ownerFrom] : tokens[from])?.start ?? 0;
    // ("Presidents Alija Izetbegovic, Slobodan Milosevic and …": a title in the plural, before a list, is each one's
    // in the singular.)
    const role =
      titleEnd < from
        ? null
        : text.slice(roleStart, tokens[titleEnd]?.end ?? 0).replace(/(?<=^|\s)(\p{L}+)$/u, (word) => {
            const one = singular(word.toLowerCase());
            return one && isTitle(one) ? word[0] + one.slice(1) : word;
          });
    // "Army chief General Prayut Chan-O-Cha": an office in lower case right before the rank is the role's first part
    // (the office, then the rank), not words of the clause.
    const office =
      role !== null && !owned && tokens[from - 1] && !tokens[from - 1]!.cap && BODY_OFFICES.has(lower(tokens[from - 1]))
        ? roleBefore(text, tokens, from)
        : null;
    // (Only an office of something: "chief General" says less than "General".)
    const fullRole = office && !office.organization && /\s/.test(office.role) ? `${office.role} ${role}` : role;
    const name = splitPrefix(text, s, nameFrom, to);
    // "Mr Montenegro", "Mrs Jordan": after an honorific alone, a place's name is a surname.
    const honorificOnly = role === null && titleEnd < roleEnd;
    for (const p of name) {
      if (p.type === null || (p.type === 'person' && p.role === null) || (honorificOnly && p.type === 'place')) {
        p.type = 'person';
        p.strength = 3;
        p.role = fullRole;
      }
    }
    return [...scanRole(text, s, from, roleEnd), ...name];
  }
  const ranges = splitJoined(tokens, from, to);
  return ranges.flatMap(([a, b], k) => {
    const pieces = splitPrefix(text, s, a, b);
    // "Oscar Piastri of McLaren": what a named person is "of", when nothing says it is a place, is a body.
    const ofAt = lower(tokens[a - 1]) === 'the' ? a - 2 : a - 1;
    const [only] = pieces;
    if (
      k > 0 &&
      pieces.length === 1 &&
      only!.type === null &&
      lower(tokens[ofAt]) === 'of' &&
      (isFirstName(tokens[ranges[k - 1]![0]]) || afterSaying(tokens, ranges[k - 1]![0])) &&
      !/^(?:and|&)$/.test(lower(tokens[b + 1]))
    ) {
      only!.type = 'organization';
      only!.strength = 1.2;
    }
    return pieces;
  });
}
