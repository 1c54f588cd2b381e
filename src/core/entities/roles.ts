/**
 * Roles the article gives a name: a lower-case role phrase right before it ("UN human rights
 * investigator Carla …", "the Lebanese militant group …") or an appositive after it (", the chief
 * diplomat,"). Title-case roles inside the name run ("Russian President") are cut off by `split`.
 */
import {
  APPOSITIVE_WHEN,
  DETERMINERS,
  FUNCTION_WORDS,
  isHonorific,
  isOrgRoleNoun,
  isPersonRoleNoun,
  isRoleNoun,
  isTitle,
  isTitleOrModifier,
  KIN_NOUNS,
  OCCUPATION_NOUNS,
  MONTHS,
  ORG_FIRSTS,
  ORG_HEADS,
  singular,
  WEEKDAYS,
} from './lexicon';
import { lexKind } from './name-lexicon';
import { spelledThrough, tokenize, type Token } from './tokens';

export interface RoleFound {
  role: string;
  /** The role noun marks an organisation ("group", "company") rather than a person. */
  organization: boolean;
  /** The role noun says nothing of the kind: a rival may be a person or a company ("its US rival Boeing"). */
  neutral?: true;
}

const NEUTRAL_ROLE_NOUNS = new Set(['rival', 'opponent', 'competitor', 'challenger', 'developer']);
/** "state", "state-owned", "state-run" right before a role's noun. */
const STATE_OWNED = /\bstate(?:-owned|-run|-controlled)?\s+\S+$/i;

/** The role phrase `role` whose noun is `nounKey`, with what that noun says of the kind of name. */
function found(role: string, nounKey: string): RoleFound {
  // "the state miner Codelco", "state-owned builder X": a trade the state carries on is a company's.
  const stateTrade = OCCUPATION_NOUNS.has(nounKey) && STATE_OWNED.test(role);
  // ("the news site Rappler" is a body; "Marrakesh, a UNESCO World Heritage site" a place.)
  const placeSite = nounKey === 'site' && !/\b(?:news|web|gossip|investigative|fact-checking)\s+site$/i.test(role);
  const kind = { role, organization: (isOrgRoleNoun(nounKey) && !placeSite) || stateTrade };
  return NEUTRAL_ROLE_NOUNS.has(nounKey) || placeSite ? { ...kind, neutral: true } : kind;
}

const MAX_ROLE_WORDS = 6;
const RELATIVES = new Set(['who', 'whose', 'whom']);
const APPOSITIVE_KEEP = new Set(['of', 'for', 'at', 'in', 'to', 'the', 'and', 'first', 'last']);
/** Prepositions before a role: the word after one is no verb ("pressure on finance minister Rachel Reeves"). */
// Not "to", which also opens an infinitive ("to witness city mayor …").
const ROLE_PREPOSITIONS = new Set([
  'on',
  'with',
  'for',
  'by',
  'from',
  'at',
  'of',
  'about',
  'against',
  'between',
  'among',
  'under',
  'like',
  'over',
  'after',
  'before',
  'than',
  'despite',
  'alongside',
]);
/** Words that change what a role says ("former IMF chief" is not "IMF chief"), kept at a role's left edge. */
const ROLE_MODIFIERS = new Set([
  'former',
  'ex',
  'outgoing',
  'incoming',
  'acting',
  'interim',
  'caretaker',
  'presiding',
  'reigning',
  'defending',
  'late',
  'then',
  'deputy',
  'assistant',
  'retired',
  'veteran',
  'disgraced',
  'ousted',
  'jailed',
  'exiled',
  'new',
]);

const INCLUDE_VERBS = /^includ(?:e|es|ed|ing)$/;

/** A conjunction or adverb that opens a sentence ("But lander manager X warned …"), no part of a role after it. */
const OPENING_CONJUNCTION = /^(?:but|and|or|nor|so|yet|then|also)$/;

function isStop(t: Token | undefined): boolean {
  if (!t || !t.word) return true;
  const l = t.text.toLowerCase();
  // A day or month is no part of a role ("a court on Tuesday sentenced former mayor …"), nor is the verb of a
  // list of people ("The dead include chief executive …").
  return (
    DETERMINERS.has(l) ||
    INCLUDE_VERBS.test(l) ||
    (FUNCTION_WORDS.has(l) && !t.cap && !ROLE_MODIFIERS.has(l)) ||
    WEEKDAYS.has(l) ||
    MONTHS.has(l) ||
    // ("But lander manager X warned …": a conjunction opening the sentence, capitalised, is no part of it.)
    (t.cap && OPENING_CONJUNCTION.test(l)) ||
    // ("told reporters alongside EU foreign policy chief …": a preposition no role holds.)
    /^(?:alongside|despite|amid|beside|besides|among|towards?|via)$/.test(l)
  );
}

/** Whether the name at `from` is followed by another one of a list ("the maker of Jeep, Fiat and Peugeot cars"). */
function listedNext(tokens: readonly Token[], from: number): boolean {
  let after = from;
  while (tokens[after]?.cap) after++;
  return /^(?:and|or|,)$/.test(tokens[after]?.text ?? '') && Boolean(tokens[after + 1]?.cap);
}

/** Whether the name at `from`, set off by a comma, is followed by "and" or "or": a list goes on ("X, Y, and Z"). */
function listGoesOn(tokens: readonly Token[], from: number): boolean {
  let after = from;
  while (tokens[after]?.cap) after++;
  return tokens[after]?.text === ',' && /^(?:and|or)$/.test(tokens[after + 1]?.text ?? '');
}

/** Past tenses that open a clause, not a role ("…, beat finance minister X"). */
const PAST_AT_EDGE =
  /^(?:\p{Ll}+ed|beat|met|told|hit|led|won|lost|saw|took|gave|sent|made|chose|fought|left|thanked)$/u;

/** Words after which a role's first word may open a clause's verb ("who runs …", "and heads …"). */
const CLAUSE_WORDS = /^(?:who|which|that|also|and|or|but|now|still|he|she|it)$/;
/** A present tense at a role's left edge ("runs", "heads"), read as one only after a clause's word and before two
 * more words: a plural ends in -s too ("and sales chief X"). */
const PRESENT_AT_EDGE = /^\p{Ll}{2,}[^s]s$/u;

/** A verb's particle, right after it ("knocked out", "pushed aside"). */
const PARTICLE = /^(?:out|off|up|down|aside|away)$/i;

/**
 * Whether the capitalised words ending at `last` are a person's name: a title among them ("Prime Minister Tarn") or a
 * given name opening them ("Velko Tarn").
 */
function personBefore(tokens: readonly Token[], last: number): boolean {
  let first = last;
  while (first > 0 && tokens[first - 1]?.cap && tokens[first - 1]?.word && last - first < 5) first--;
  const run = tokens.slice(first, last + 1);
  return run.some((t) => isTitle(t.text.toLowerCase())) || lexKind(run[0]!.text) === 'first-name';
}

/** Words of rank that open a role and are never verbs ("chief", "senior"). */
const RANKS = new Set(['chief', 'senior', 'junior', 'principal', 'vice']);

const isModifier = (t: Token | undefined): boolean => Boolean(t && ROLE_MODIFIERS.has(t.text.toLowerCase()));

/** The one a verb of leading names, by the verb: "led by X" → "leader", "who heads …" → "head". */
const LEADER_NOUN: Record<string, string> = {
  led: 'leader',
  headed: 'head',
  chaired: 'chair',
  leads: 'leader',
  heads: 'head',
  chairs: 'chair',
};
/** Heads of a band of people one may lead, beside a body's head words ("the rebels, led by …"). */
const LED_BANDS =
  /^(?:rebels|fighters|militants|protesters|troops|delegation|coalition|alliance|movement|opposition|bloc|faction|militia|campaign|wing|camp)$/;

/**
 * "The CGT union, led by Philippe Martinez,", "Hamas, which is led by Ismail Haniya,": the one a body or a band of
 * people is led (headed, chaired) by is its leader ("leader of the CGT union"). Only a name of two words or more
 * that a given name opens, none of them a body's head word: "led by Nato", "led by Saudi Arabia" are a body and a
 * land.
 */
function ledBy(text: string, tokens: readonly Token[], from: number): RoleFound | null {
  const verb = tokens[from - 2]?.text ?? '';
  if (tokens[from - 1]?.text !== 'by' || !/^(?:led|headed|chaired)$/.test(verb)) return null;
  let c = from - 3;
  if (/^(?:is|was|are|were)$/.test(tokens[c]?.text ?? '') && tokens[c - 1]?.text === 'which') c -= 2;
  if (tokens[c]?.text !== ',') return null;
  let end = from;
  while (tokens[end + 1]?.cap && tokens[end + 1]?.word) end++;
  if (end === from || tokens.slice(from, end + 1).some((t) => ORG_HEADS.has(t.text.toLowerCase()))) return null;
  // ("led by Hayat Tahrir al-Sham (HTS)": a name a given name opens, no group's.)
  if (lexKind(tokens[from]!.text) !== 'first-name') return null;
  // The body before the comma: a name, or "the" and a body's or a band's noun, opening its clause.
  const last = tokens[c - 1];
  if (!last?.word) return null;
  let a = c - 1;
  while (a > 0 && c - a < 5 && tokens[a - 1]?.word && !FUNCTION_WORDS.has(tokens[a - 1]!.text.toLowerCase())) a--;
  const opens = (i: number): boolean => i < 0 || !tokens[i]?.word;
  const the = /^the$/i.test(tokens[a - 1]?.text ?? '') && opens(a - 2);
  const phrase = text.slice(tokens[a]!.start, last.end);
  const head = last.text.toLowerCase();
  let body: string | null = null;
  if (the && !last.cap && (ORG_HEADS.has(head) || LED_BANDS.test(head))) body = `the ${phrase}`;
  // ("Hamas, led by …", "The Nusra Front, which is led by …": or a name, with its "the".)
  else if ((the || opens(a - 1)) && tokens.slice(a, c).every((t) => t.cap)) body = the ? `the ${phrase}` : phrase;
  if (!body) return null;
  const noun = LEADER_NOUN[verb]!;
  return found(`${noun} of ${body}`, noun);
}

/**
 * "Jacob Rees-Mogg, who chairs the European Research Group,": a body the name heads, chairs or leads, after "who"
 * and up to the clause's end, is what the name is the head of ("chair of the European Research Group").
 */
function leadsAfter(text: string, tokens: readonly Token[], to: number): RoleFound | null {
  const verb = tokens[to + 3]?.text ?? '';
  if (tokens[to + 1]?.text !== ',' || tokens[to + 2]?.text !== 'who' || !/^(?:leads|heads|chairs)$/.test(verb))
    return null;
  if (tokens[to + 4]?.text !== 'the' || !tokens[to + 5]?.cap) return null;
  let end = to + 5;
  while (
    end - to < 11 &&
    tokens[end + 1]?.word &&
    (tokens[end + 1]!.cap || /^(?:of|for|and)$/.test(tokens[end + 1]!.text))
  )
    end++;
  while (!tokens[end]!.cap) end--;
  const after = tokens[end + 1];
  if (after && (after.word || !/^[,.;(]$/.test(after.text))) return null;
  const noun = LEADER_NOUN[verb]!;
  return found(`${noun} of ${text.slice(tokens[to + 4]!.start, tokens[end]!.end)}`, noun);
}

/**
 * The role phrase ending right before token `from` (optionally across one comma), or a role "of" a place
 * or body before the comma ("the mayor of Toulouse, Jean-Luc Moudenc").
 * @example roleBefore(text, tokens, 4) // { role: 'Lebanese militant group', organization: true }
 */
export function roleBefore(text: string, tokens: readonly Token[], from: number): RoleFound | null {
  const led = ledBy(text, tokens, from);
  if (led) return led;
  let k = from - 1;
  // "founding leader Sheikh Mujibur Rahman": the role stands before the honorific.
  if (tokens[k]?.cap && isHonorific(tokens[k]!.text)) k--;
  const comma = tokens[k]?.text === ',';
  if (comma) k--;
  // "The mayor of Toulouse, Jean-Luc Moudenc,": a role of a place or body, then the name after a comma.
  // ("The head of the Syrian National Council (SNC), Burhan Ghalioun,": the body's acronym in brackets after it.)
  let named = k;
  if (
    comma &&
    tokens[k]?.text === ')' &&
    tokens[k - 2]?.text === '(' &&
    /^\p{Lu}[\p{Lu}\d]{1,6}$/u.test(tokens[k - 1]?.text ?? '') &&
    tokens[k - 3]?.cap
  )
    named = k - 3;
  const place = comma ? tokens[named] : undefined;
  let ofAt = named;
  while (comma && tokens[ofAt]?.cap && named - ofAt < 4) ofAt--;
  // ("The head of the opposition Syrian National Council, …": a lower-case word or two after "the" qualifies it.)
  if (ofAt < named) {
    let j = ofAt;
    while (ofAt - j < 2 && tokens[j]?.word && !tokens[j]!.cap && !FUNCTION_WORDS.has(tokens[j]!.text)) j--;
    if (j < ofAt && tokens[j]?.text === 'the' && tokens[j - 1]?.text === 'of') ofAt = j;
  }
  if (ofAt < named && tokens[ofAt]?.text === 'the') ofAt--;
  // ("Iran's ambassador to Lebanon, Mojtaba Amani,": so an envoy's role "to" a place or body.)
  const envoyTo = tokens[ofAt]?.text === 'to' && ENVOY.test(tokens[ofAt - 1]?.text ?? '');
  // ("the Russian ambassador to Kiev Mikhail Zurabov": or with no comma, the place right before the name.)
  let envoyPlace: Token | undefined;
  if (!comma) {
    let j = k;
    while (tokens[j]?.cap && tokens[j]?.word && k - j < 3) j--;
    // ("US Ambassador to the United Nations Susan Rice": past the body's "the".)
    if (j < k && tokens[j]?.text === 'the' && tokens[j - 1]?.text === 'to') j--;
    if (j < k && tokens[j]?.text === 'to' && ENVOY.test(tokens[j - 1]?.text ?? '')) {
      envoyPlace = tokens[k];
      k = j - 1;
    }
  }
  if (ofAt < k && (tokens[ofAt]?.text === 'of' || envoyTo) && !listedNext(tokens, from)) k = ofAt - 1;
  // "Google's president of global affairs, Kent Walker": a role of a domain in lower-case words.
  // ("The head of the Zentra press office, Ann Hale,": a name may qualify the domain's noun.)
  else if (comma && tokens[k]?.word && !tokens[k]!.cap) {
    for (let j = k - 1; j >= k - 4 && tokens[j]?.word; j--) {
      if (tokens[j]!.text !== 'of') continue;
      if (isRoleNoun(tokens[j - 1]?.text.toLowerCase() ?? '') && !KIN_NOUNS.has(tokens[j - 1]!.text.toLowerCase()))
        k = j - 1;
      break;
    }
  }
  // "the official SANA news agency", "the official Xinhua news agency": a word before a name that a body's noun
  // follows is that noun phrase's adjective, no one's role.
  if (!comma) {
    let end = from;
    while (tokens[end + 1]?.cap && tokens[end + 1]?.word) end++;
    if (
      /^(?:news|press|agency|newspaper|daily|television|tv|broadcaster|radio|channel)$/.test(
        tokens[end + 1]?.text ?? '',
      )
    )
      return null;
  }
  const noun = tokens[k];
  // "Chipmaker Nvidia became …": a role noun may open the sentence, capitalised ("Group G" is one name).
  const opening = !comma && tokens.slice(0, k).every((t) => !t.word) && (tokens[from]?.text.length ?? 0) > 1;
  // ("The Director of National Intelligence, Jane Doe,": a title in capitals "of" a body, after "the" and set off
  // before the name, is the person's office.)
  const titleOf =
    comma &&
    noun?.cap === true &&
    isTitle(noun.text.toLowerCase()) &&
    tokens[k + 1]?.text === 'of' &&
    /^the$/i.test(tokens[k - 1]?.text ?? '') &&
    // (Not a list's first member: "He thanked the Bishop of Ardmore, Anna Vell, and the mayor.")
    !listedNext(tokens, from) &&
    !listGoesOn(tokens, from);
  if (!noun || !noun.word || (noun.cap && !opening && !titleOf)) return null;
  // "the company's Falcon Sensor program": a possessive owns the name, it does not say what it is.
  if (noun.possessive || /['’]s$/.test(noun.text)) return null;
  const nounKey = noun.text.toLowerCase();
  // "Arsenal, who host Leicester next Sunday": right after a relative pronoun, the noun is a verb.
  // (Lower case: "WHO chief Tedros" is a body's title.)
  if (!comma && /^(?:who|which|that)$/.test(tokens[k - 1]?.text ?? '')) return null;
  // "the harpoons meant to anchor Philae": right after "to", a role noun alone is an infinitive.
  if (!comma && tokens[k - 1]?.text === 'to' && k === from - 1) return null;
  // "to speak with his mother, Montalvo was …": a kin noun before a comma ends a clause.
  if (!isRoleNoun(nounKey) || (comma && KIN_NOUNS.has(nounKey))) return null;
  let left = k;
  for (;;) {
    // "Pakistani-born businessman": a word joined by a hyphen is part of the role.
    const dash = tokens[left - 1];
    const joinedTo = tokens[left - 2];
    if (
      dash?.text === '-' &&
      joinedTo?.word &&
      joinedTo.end === dash.start &&
      dash.end === tokens[left]?.start &&
      k - (left - 2) < MAX_ROLE_WORDS
    ) {
      left -= 2;
      continue;
    }
    // "Independent Electoral and Boundaries Commission chairman X": "and" inside a body's name in capitals (all
    // its words capitalised up to its head, right before the role noun) is part of the role, two words over the
    // limit at most ("Hamish Harding and Pakistani businessman X" is a list).
    // (Not a person's title and name before "and": "Prime Minister Tarn and Olympic Committee president X".)
    if (
      tokens[left - 1]?.text === 'and' &&
      tokens[left - 2]?.cap &&
      tokens[left - 2]?.word &&
      !personBefore(tokens, left - 2) &&
      left < k &&
      tokens.slice(left, k).every((u) => u.cap && u.word) &&
      ORG_HEADS.has(tokens[k - 1]!.text.toLowerCase()) &&
      k - (left - 2) < MAX_ROLE_WORDS + 2
    ) {
      left -= 2;
      continue;
    }
    // "Bank of England governor Mark Carney", "Chamber of Commerce head X": a body's name joined by "of" before the
    // role noun is the body's whole name, "of" and all.
    if (
      tokens[left - 1]?.text === 'of' &&
      tokens[left]?.cap &&
      tokens[left - 2]?.cap &&
      (ORG_FIRSTS.has(tokens[left - 2]!.text.toLowerCase()) || ORG_HEADS.has(tokens[left - 2]!.text.toLowerCase())) &&
      k - (left - 2) < MAX_ROLE_WORDS + 1
    ) {
      left -= 2;
      continue;
    }
    if (!(left - 1 >= 0 && k - (left - 1) < MAX_ROLE_WORDS && !isStop(tokens[left - 1]))) break;
    // A qualifier is the role's left edge ("former IMF chief"): only another, or a possessive ("the
    // company's former chairman"), may stand before it.
    const before = tokens[left - 1];
    // ("CHP deputy chairman Bulent Tezcan", "Labour deputy leader Tom Watson": a body's name before a deputy's or a
    // stand-in's office is whose it is.)
    const bodyBefore =
      before?.cap === true &&
      before.word &&
      /^(?:deputy|acting|interim|assistant)$/.test(tokens[left]!.text) &&
      !WEEKDAYS.has(before.text.toLowerCase()) &&
      !MONTHS.has(before.text.toLowerCase()) &&
      !/^(?:The|A|An)$/.test(before.text);
    if (
      left < k &&
      isModifier(tokens[left]) &&
      !isModifier(before) &&
      !/['’]s$/.test(before?.text ?? '') &&
      !bodyBefore
    )
      break;
    left--;
  }
  // A lower-case word at the left edge is a verb or adverb ("meet"), unless a determiner or
  // punctuation stands before it ("the militant group", "… ,team member") or it qualifies the role ("former").
  while (left < k) {
    const t = tokens[left];
    const before = tokens[left - 1];
    // "Police arrested opposition leader …": a name and a past tense are a subject and its verb.
    const next = tokens[left + 1];
    if (
      t?.cap &&
      left + 1 < k &&
      next &&
      !next.cap &&
      !isModifier(next) &&
      PAST_AT_EDGE.test(next.text.toLowerCase())
    ) {
      left += 2;
      break;
    }
    if (!t || t.cap) break;
    const opens =
      !before ||
      !before.word ||
      DETERMINERS.has(before.text.toLowerCase()) ||
      ROLE_PREPOSITIONS.has(before.text.toLowerCase()) ||
      (before.cap && OPENING_CONJUNCTION.test(before.text.toLowerCase())) ||
      INCLUDE_VERBS.test(before.text.toLowerCase()) ||
      // ("Peru's ousted president X": a possessive before a qualifier in "-ed" makes it no verb.)
      (isModifier(t) && (before.possessive === true || /['’]s$/.test(before.text)));
    // A participle after a noun is the verb ("a court jailed former mayor …"), not a qualifier ("the jailed …");
    // a past tense after a comma is the verb too ("Ishiba, 67, beat economic security minister …").
    const lower = t.text.toLowerCase();
    // "after narrowly beating right-wing rival X": an adverb in "-ly" before a verb in "-ing" or a past is the verb's;
    // the role opens after them.
    const nextLower = next?.text.toLowerCase() ?? '';
    if (
      /^\p{Ll}{3,}ly$/u.test(lower) &&
      left + 2 <= k &&
      !isModifier(next) &&
      (/^\p{Ll}{3,}ing$/u.test(nextLower) || PAST_AT_EDGE.test(nextLower))
    ) {
      left += 2;
      break;
    }
    // "who also runs electric car maker X", "… and rocket company Y": after a clause's function word, a
    // word in -s is its verb, whose object is the role; any other word opens the role after "and".
    const bl = before?.text.toLowerCase() ?? '';
    if (CLAUSE_WORDS.test(bl)) {
      if (PRESENT_AT_EDGE.test(lower) && !isRoleNoun(lower) && left + 1 < k) {
        left++;
        break;
      }
      // "… and named Economy Ministry official X": a past tense after "and" is the clause's verb too.
      if ((bl === 'and' || bl === 'or') && !isModifier(t) && PAST_AT_EDGE.test(lower) && left + 1 <= k) {
        left++;
        break;
      }
      if (bl === 'and' || bl === 'or') break;
    }
    // "…, leaving Chelsea goalkeeper X rooted": a word in "-ing" at the edge is a verb too, whose object is the role
    // (not after a determiner: "the ruling party leader").
    // "The army ousted prime minister X", "Police jailed opposition leader Y": a qualifier in "-ed" with no
    // determiner or preposition before it is the verb whose object is the role; after a verb ("said ousted prime
    // minister X") it qualifies the role.
    const edQualifier = isModifier(t) && lower.endsWith('ed') && !opens;
    const afterVerb = /^(?:said|says|told|tells|met|meets)$/.test(bl) || PAST_AT_EDGE.test(bl);
    const verbLike =
      (edQualifier && !afterVerb) ||
      (!isModifier(t) && (PAST_AT_EDGE.test(lower) || (/^\p{Ll}{3,}ing$/u.test(lower) && !DETERMINERS.has(bl))));
    // "and said chief executive X would retire": right after a verb of saying or meeting, the role opens; "hand over
    // to chief financial officer X": a word of rank is no verb, so "to" before it opens no infinitive.
    const anchored =
      (opens && !verbLike) ||
      (isModifier(t) && (!lower.endsWith('ed') || afterVerb)) ||
      (afterVerb && !verbLike) ||
      (bl === 'to' && RANKS.has(lower));
    if (anchored) break;
    left++;
    // The words after a verb are its object, the role ("beat economic security minister …").
    if (verbLike) break;
  }
  // "… before firing past goalkeeper X": after a verb, "past" (or "behind") opens its phrase, no part of the role
  // ("the past president" keeps it); a verb's particle is none either ("had knocked out 10-time champion X").
  while (
    left < k &&
    (/^(?:past|behind|beyond|beside)$/i.test(tokens[left]?.text ?? '') || PARTICLE.test(tokens[left]?.text ?? '')) &&
    tokens[left - 1]?.word &&
    !DETERMINERS.has(tokens[left - 1]?.text.toLowerCase() ?? '') &&
    !/['’]s$/.test(tokens[left - 1]?.text ?? '')
  )
    left++;
  // "His government captured Shining Path leader X": a past tense inside the phrase is its verb, and the
  // role starts after it.
  for (let j = k - 1; j > left; j--) {
    const t = tokens[j];
    if (t && !t.cap && !isModifier(t) && PAST_AT_EDGE.test(t.text.toLowerCase()) && tokens[j - 1]?.text !== '-') {
      // ("X knocked out champion Y": so does the verb's particle.)
      left = j + 1 < k && PARTICLE.test(tokens[j + 1]?.text ?? '') ? j + 2 : j + 1;
      break;
    }
  }
  // ("fired low past goalkeeper X", "curled the ball wide past goalkeeper Y": "past" inside the phrase after a word
  // that is no determiner opens its own phrase too.)
  for (let j = k - 1; j > left; j--) {
    const before = tokens[j - 1]?.text ?? '';
    if (
      /^(?:past|behind|beyond)$/i.test(tokens[j]?.text ?? '') &&
      /^\p{Ll}+$/u.test(before) &&
      !DETERMINERS.has(before) &&
      !/['’]s$/.test(before)
    ) {
      left = j + 1;
      break;
    }
  }
  // "The film stars German actress X": a role noun's plural inside the phrase is a verb ("stars") or names
  // others ("team leaders"), and the role starts after it.
  for (let j = k - 1; j > left; j--) {
    const l = tokens[j]?.text.toLowerCase() ?? '';
    if (!tokens[j]?.cap && /[^s]s$/.test(l) && isRoleNoun(l.slice(0, -1))) {
      left = j + 1;
      break;
    }
  }
  const a = tokens[left];
  if (!a) return null;
  // "Social Democratic Party (SDP) leader Mizuho Fukushima": the body's acronym in brackets right before the noun
  // says whose the role is ("SDP leader").
  const acronym = tokens[k - 2];
  if (
    left === k &&
    !comma &&
    tokens[k - 1]?.text === ')' &&
    tokens[k - 3]?.text === '(' &&
    acronym &&
    /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(acronym.text)
  )
    return found(`${acronym.text} ${text.slice(noun.start, noun.end)}`, nounKey);
  return found(text.slice(a.start, (envoyPlace ?? (k < from - 2 && place ? place : noun)).end), nounKey);
}

/**
 * "Presidents Alija Izetbegovic and Slobodan Milosevic", "rebel leaders X, Y and Z": a plural role before a list of
 * names is each one's, in the singular ("President", "rebel leader"). `from` is a name's first token.
 * @example roleOfList(text, tokens, 4) // { role: 'President', organization: false } for "Milosevic"
 */
export function roleOfList(text: string, tokens: readonly Token[], from: number): RoleFound | null {
  let end = from;
  while (tokens[end + 1]?.cap && tokens[end + 1]?.word) end++;
  const separator = (t: Token | undefined): boolean => t?.text === ',' || t?.text === 'and';
  const goesOn = separator(tokens[end + 1]) && tokens[end + 2]?.cap === true && tokens[end + 2]?.word === true;
  let r = from - 1;
  let listed = false;
  let one: string | null = null;
  for (; r >= 0 && from - r < 16; r--) {
    const t = tokens[r]!;
    if (separator(t)) {
      // (A list's separators stand between names: "X, Y and Z".)
      if (separator(tokens[r - 1]) || !tokens[r - 1]?.cap) return null;
      listed = true;
      continue;
    }
    if (!t.word) return null;
    one = singular(t.text.toLowerCase());
    // (Not kin: "Belgian brothers Jean-Pierre and Luc Dardenne" are brothers to each other.)
    if (
      one &&
      (isRoleNoun(one) || isTitle(one)) &&
      !KIN_NOUNS.has(one) &&
      tokens[r + 1]?.cap &&
      !separator(tokens[r + 1])
    )
      break;
    one = null;
    if (!t.cap) return null;
  }
  if (!one || !(listed || goesOn)) return null;
  const noun = tokens[r]!;
  // A title in capitals with the words of its office before it: "Foreign Ministers", "Prime Ministers".
  if (noun.cap) {
    let a = r;
    while (tokens[a - 1]?.cap && tokens[a - 1]?.word && isTitleOrModifier(tokens[a - 1]!.text.toLowerCase())) a--;
    return found(text.slice(tokens[a]!.start, noun.start) + noun.text[0] + one.slice(1), one);
  }
  // The first name's role, read with the noun in the singular.
  const spliced = text.slice(tokens[0]!.start, noun.start) + one + text.slice(noun.end, tokens[r + 1]!.end);
  const again = tokenize(spliced, 0, spliced.length);
  return roleBefore(spliced, again, again.length - 1);
}

/** Who is sent "to" a place or a body ("ambassador to Lebanon"). */
const ENVOY = /^(?:ambassador|envoy|emissary|representative|delegate|adviser|advisor|attache|attaché)s?$/i;

/** Words opening a stretch of time ("for four decades", "since 2019", "for more than a year"). */
const STRETCH_START =
  /^(?:\d.*|a|an|two|three|four|five|six|seven|eight|nine|ten|decades|years|months|more|nearly|almost|over|about)$/i;

/**
 * An appositive role after token `to`: "X, the chief US diplomat," → "chief US diplomat".
 * @example roleAfter(text, tokens, 1) // { role: 'chief US diplomat', organization: false }
 */
export function roleAfter(text: string, tokens: readonly Token[], to: number): RoleFound | null {
  const leads = leadsAfter(text, tokens, to);
  if (leads) return leads;
  if (tokens[to + 1]?.text === 'as') return roleAs(text, tokens, to + 2);
  // "Koji Sato took over as chief executive", "Smith became prime minister in 2019", "Lee was named finance
  // minister": the office a verb of taking one gives the name.
  const taken = TAKES_OFFICE.exec(
    tokens
      .slice(to + 1, to + 7)
      .map((t) => t.text)
      .join(' '),
  );
  if (taken) return roleAs(text, tokens, to + 1 + taken[0].split(' ').length);
  if (tokens[to + 1]?.text !== ',') return null;
  // ("Daesh, the Arabic acronym for the Islamic State group,": another name for a name is no role.)
  if (
    /^,\s+(?:another|an|the|its)\s+(?:other\s+)?(?:\p{L}+\s+)?(?:name|acronym)\s+for\b/u.test(
      text.slice(tokens[to + 1]!.start, tokens[to + 1]!.start + 48),
    )
  )
    return null;
  // "Jane Doe, 54, a former judge,": the age set off before the apposition is stepped over ("Charles, 73,
  // immediately became king" has none).
  if (
    /^\d{1,3}$/.test(tokens[to + 2]?.text ?? '') &&
    tokens[to + 3]?.text === ',' &&
    DETERMINERS.has(tokens[to + 4]?.text.toLowerCase() ?? '')
  )
    return roleAfter(text, tokens, to + 2);
  // "X, and the mayor": a list goes on, no apposition.
  if (/^(?:and|or|but|nor)$/.test(tokens[to + 2]?.text ?? '')) return null;
  let i = to + 2;
  // "NASA, which contributed instruments to Rosetta, congratulated the team": a past tense right after the comma
  // is the verb of the clause the name ends, not an apposition.
  const opener = tokens[i];
  if (opener && !opener.cap && !isModifier(opener) && PAST_AT_EDGE.test(opener.text)) return null;
  // "sent troops into Tigray, accusing the region's ruling party of …": nor is a gerund's clause.
  if (opener && !opener.cap && /^\p{Ll}{3,}ing$/u.test(opener.text) && !isRoleNoun(opener.text)) return null;
  // ("China Evergrande, once the country's biggest property developer,": past an adverb of when before the article.)
  if (
    APPOSITIVE_WHEN.test(tokens[i]?.text ?? '') &&
    (DETERMINERS.has(tokens[i + 1]?.text.toLowerCase() ?? '') || tokens[i + 1]?.possessive)
  )
    i++;
  if (DETERMINERS.has(tokens[i]?.text.toLowerCase() ?? '')) i++;
  // "the 36-year-old mayor of …": an age is no part of the role.
  if (/^\d+-year-old$/.test(tokens[i]?.text ?? '')) i++;
  const first = i;
  let nounAt = -1;
  let cut = -1;
  let relative = false;
  for (; i < tokens.length && i - first < MAX_ROLE_WORDS + 4; i++) {
    const t = tokens[i];
    if (!t || !t.word) break;
    // ("the Swedish head of the UN Monitoring, Verification and Inspection Commission (UNMOVIC),": a name the
    // acronym after it spells, its commas and small words too.)
    if (t.cap && !tokens[i - 1]?.cap && nounAt >= 0) {
      const through = spelledThrough(tokens, i, i);
      if (through > i) {
        i = through;
        continue;
      }
    }
    // "the former chief executive of Alameda Research and his ex-girlfriend,", "the head of the Fair Trade
    // Commission and a longtime critic of …": a second apposition ends the role.
    // ("the head of the rescue mission and former governor of Chiang Rai,": so does a former office.)
    if (t.text === 'and' && nounAt >= 0 && /^(?:his|her|their|its|a|an|former)$/.test(tokens[i + 1]?.text ?? '')) {
      let k = i + 2;
      while (tokens[k]?.word) k++;
      if (tokens[k]?.text === ',' || tokens[k]?.text === '.') break;
    }
    const l = t.text.toLowerCase().replace(/['’]s$/, '');
    // "… by the Supreme Board of Judges and Prosecutors, the state-run Anadolu news agency reported.": a verb of
    // telling after the noun makes the phrase who told the sentence, no apposition.
    if (!t.cap && nounAt >= 0 && TOLD_AFTER_NOUN.test(l)) return null;
    // "X, the diplomat who shaped …": a relative clause after the role noun says more than the role.
    if (RELATIVES.has(l) && nounAt >= 0) {
      relative = true;
      break;
    }
    // "his wife of 77 years": a length of time is no part of the role.
    // "a lender to start-ups for four decades": nor is a stretch of time after "for" or "since".
    // "a lawyer from the northern city of Espinho": where one comes from is no part of the role.
    if (
      (l === 'from' && nounAt >= 0) ||
      // (Not a count of things won: "winner of 22 Grand Slam titles".)
      (l === 'of' &&
        nounAt >= 0 &&
        /^\d/.test(tokens[i + 1]?.text ?? '') &&
        /^(?:years?|decades?|months?|weeks?|days?)$/i.test(tokens[i + 2]?.text ?? '')) ||
      ((l === 'for' || l === 'since') && nounAt >= 0 && STRETCH_START.test(tokens[i + 1]?.text ?? ''))
    ) {
      cut = i;
      while (tokens[i + 1]?.word) i++;
      continue;
    }
    if (!t.cap && FUNCTION_WORDS.has(l) && !APPOSITIVE_KEEP.has(l)) return null;
    // "the CDU, its sister party the CSU and …": a name right after the role noun (or after its "the") is the
    // one the role is of, another's; the phrase is a list's next member, no apposition.
    // ("the chief US diplomat": a name before another role noun is inside the role.)
    if (t.cap && nounAt >= 0 && (nounAt === i - 1 || (nounAt === i - 2 && tokens[i - 1]?.text === 'the'))) {
      let k = i;
      while (tokens[k + 1]?.cap && tokens[k + 1]?.word) k++;
      const after = tokens[k + 1];
      if (!after?.word || !isRoleNoun(after.text.toLowerCase())) return null;
    }
    // "the Endurance, the ship of polar explorer X,": an appositive whose head before "of" is no role noun is
    // no role; a role noun after "of" is another's.
    if (l === 'of' && nounAt < 0 && i > first) return null;
    // "a fund manager at …", "a bank clerk": a role noun right before another names its trade; the second is the head.
    if (!t.cap && isRoleNoun(l) && (nounAt < 0 || nounAt === i - 1)) nounAt = i;
  }
  const end = tokens[i];
  // ("Sreedhara Somanath, chairman of the Indian Space Research Organisation (ISRO).": or a parenthesis.)
  if (
    nounAt < 0 ||
    (!relative &&
      end &&
      end.text !== ',' &&
      end.text !== '.' &&
      end.text !== ';' &&
      end.text !== 'and' &&
      end.text !== '(')
  )
    return null;
  let noun = tokens[nounAt]?.text.toLowerCase() ?? '';
  if (relative && OCCUPATION_NOUNS.has(noun)) return null;
  const a = tokens[first];
  const b = tokens[(cut >= 0 ? cut : i) - 1];
  if (!a || !b) return null;
  // ("Lula, the former lathe operator and trade union leader,": of two roles joined by "and", a person's says the
  // name is a person's, though the first is a trade a firm may have.)
  const second = b.text.toLowerCase();
  if (
    isOrgRoleNoun(noun) &&
    tokens.slice(nounAt + 1, (cut >= 0 ? cut : i) - 1).some((t) => t.text === 'and') &&
    isPersonRoleNoun(second)
  )
    noun = second;
  return found(text.slice(a.start, b.end), noun);
}

/** Verbs of telling that follow a teller's noun phrase closing a sentence ("…, the news agency reported."). */
const TOLD_AFTER_NOUN = /^(?:reported|reports|said|says|added|adds|wrote|writes|quoted|announced|stated|noted|cited)$/;

/** Verbs of taking an office, before the office ("took over as", "became", "was named"). */
const TAKES_OFFICE =
  /^(?:(?:took|takes|taking) over as|(?:became|becomes|become)|(?:was|is|has been|had been) (?:named|appointed|elected|sworn in as)(?: as)?)(?= )/;

/** Words that may open the office after "as" ("as its new chief executive", "as Britain's prime minister"). */
const AS_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'new', 'interim', 'acting', 'caretaker']);

/**
 * The office after "X as": "kept Jane Holm as finance minister", "named Ann Lee as Chancellor of the Exchequer".
 * Only a phrase that ends in a role noun or a title (and its "of" complement), before punctuation, a
 * conjunction or a preposition; it types nothing ("named the firm as auditor" says what the firm does).
 */
function roleAs(text: string, tokens: readonly Token[], at: number): RoleFound | null {
  let i = at;
  while (AS_OPENERS.has(tokens[i]?.text.toLowerCase() ?? '')) i++;
  const first = i;
  let nounAt = -1;
  for (; i < tokens.length && i - first < MAX_ROLE_WORDS; i++) {
    const t = tokens[i];
    if (!t || !t.word) break;
    const l = t.text.toLowerCase();
    // "Chancellor of the Exchequer": a title's complement in capitals.
    if (l === 'of' && nounAt === i - 1 && tokens[i + 1]?.text === 'the' && tokens[i + 2]?.cap) {
      i += 2;
      while (tokens[i + 1]?.cap && tokens[i + 1]?.word) i++;
      nounAt = i;
      continue;
    }
    if (FUNCTION_WORDS.has(l) || /['’]s$/.test(t.text)) break;
    if (isRoleNoun(l) || isTitle(l)) nounAt = i;
    else if (nounAt >= 0) return null;
  }
  const end = tokens[i];
  if (nounAt < 0 || nounAt !== i - 1 || (end?.word && !FUNCTION_WORDS.has(end.text.toLowerCase()))) return null;
  const a = tokens[first];
  const b = tokens[nounAt];
  if (!a || !b) return null;
  return { role: text.slice(a.start, b.end), organization: false, neutral: true };
}
