/**
 * Word knowledge from the `compromise` package's lexicon (read once, no tagging): given names, cities,
 * regions, organisations and the part of speech of common words. Keys are lower-case.
 */
import nlp from 'compromise/two';
import { WORLD_CITIES } from './world-cities';

export type LexKind = 'first-name' | 'last-name' | 'city' | 'region' | 'country' | 'place' | 'organization' | 'common';

/** Whether the word lexicon's kind is a place's below a country (a city, a region or another place). */
export const isTownKind = (kind: LexKind | null): boolean => kind === 'city' || kind === 'region' || kind === 'place';

/** Whether the word lexicon's kind is a place's. */
export const isPlaceKind = (kind: LexKind | null): boolean => isTownKind(kind) || kind === 'country';

const KIND_OF_TAG: Record<string, LexKind> = {
  FirstName: 'first-name',
  MaleName: 'first-name',
  FemaleName: 'first-name',
  LastName: 'last-name',
  City: 'city',
  Region: 'region',
  Country: 'country',
  Place: 'place',
  Organization: 'organization',
  SportsTeam: 'organization',
};

const COMMON_TAGS = new Set([
  'Adjective',
  'Adverb',
  'Verb',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Participle',
  'Plural',
  'Singular',
  'Noun',
  'Uncountable',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Modal',
  'Comparative',
  'Superlative',
  'Expression',
  'QuestionWord',
  'Copula',
  'Negative',
  'Condition',
  'Value',
  'Cardinal',
  'Ordinal',
  'TextValue',
]);

/** Parts of speech a word typed in capitals for emphasis has ("the VERY strong Dollar", "NOT"). */
const EMPHASIS_TAGS = new Set([
  'Adjective',
  'Adverb',
  'Negative',
  'Modal',
  'Comparative',
  'Superlative',
  'Expression',
  'Determiner',
]);

let table: Map<string, LexKind> | null = null;
const emphasis = new Set<string>();
/** Given names the lexicon knows as a man's or a woman's only. */
const genders = new Map<string, 'male' | 'female'>();

function load(): Map<string, LexKind> {
  const out = new Map<string, LexKind>();
  const model: unknown = nlp.model();
  const lexicon =
    typeof model === 'object' &&
    model !== null &&
    'one' in model &&
    typeof model.one === 'object' &&
    model.one !== null &&
    'lexicon' in model.one
      ? model.one.lexicon
      : null;
  if (typeof lexicon !== 'object' || lexicon === null) return out;
  for (const [word, value] of Object.entries(lexicon as Record<string, unknown>)) {
    const tags = Array.isArray(value) ? value : [value];
    if (tags.length > 0 && tags.every((tag) => typeof tag === 'string' && EMPHASIS_TAGS.has(tag))) emphasis.add(word);
    const male = tags.includes('MaleName');
    const female = tags.includes('FemaleName');
    if (male !== female) genders.set(word, male ? 'male' : 'female');
    let kind: LexKind | null = null;
    for (const tag of tags) {
      if (typeof tag !== 'string') continue;
      const k = KIND_OF_TAG[tag];
      if (k) {
        kind = k;
        break;
      }
      if (COMMON_TAGS.has(tag)) kind = 'common';
    }
    if (kind) out.set(word, kind);
  }
  return out;
}

/**
 * What the lexicon knows a word or phrase as, or null.
 * @example lexKind('Dallas') // 'city'
 */
export function lexKind(phrase: string): LexKind | null {
  table ??= load();
  const key = phrase.toLowerCase();
  // Big cities the lexicon lacks ("Sydney", "Houston"), from GeoNames (see src/node/world-cities.ts).
  return table.get(key) ?? (WORLD_CITIES.has(key) ? 'city' : null);
}

/** What compromise's lexicon alone knows a word or phrase as, or null (what src/node/world-cities.ts adds to). */
export function compromiseKind(phrase: string): LexKind | null {
  table ??= load();
  return table.get(phrase.toLowerCase()) ?? null;
}

/**
 * True for a word the lexicon knows only as an adjective, adverb, negation, modal or the like (or an
 * -ly adverb): in capitals it is emphasis, not an acronym ("VERY", "NOT"; "WHO" and "AIDS" are nouns).
 * @example isEmphasisWord('very') // true
 */
export function isEmphasisWord(word: string): boolean {
  table ??= load();
  const lower = word.toLowerCase();
  return emphasis.has(lower) || (/^\p{L}{3,}ly$/u.test(lower) && !table.has(lower));
}

const tagged = new Map<string, ReadonlySet<string>>();

/** The tags compromise's tagger gives a word read alone (every term's), memoised per word in lower case. */
function wordTags(word: string): ReadonlySet<string> {
  const key = word.toLowerCase();
  let tags = tagged.get(key);
  if (tags === undefined) {
    const json = nlp(key).json() as { terms?: { tags?: string[] }[] }[];
    tags = new Set(json.flatMap((sentence) => (sentence.terms ?? []).flatMap((term) => term.tags ?? [])));
    tagged.set(key, tags);
  }
  return tags;
}

/**
 * Whether compromise's tagger reads a word alone as an adjective, or as a participle in "-ed" ("liberal",
 * "popular", "jailed"; not "veteran", "abu").
 * @example isDescribingWord('Liberal') // true
 */
export function isDescribingWord(word: string): boolean {
  const tags = wordTags(word);
  return tags.has('Adjective') || (/ed$/i.test(word) && tags.has('PastTense'));
}

/**
 * Whether compromise's tagger reads a word alone as a verb in the present tense and no plural noun ("becomes",
 * "wins"; not "sites", "fans").
 * @example readsAsPresentVerb('becomes') // true
 */
export function readsAsPresentVerb(word: string): boolean {
  const tags = wordTags(word);
  return tags.has('PresentTense') && !tags.has('Plural');
}

/** Tags of words that qualify no noun before them. */
const FRAMING_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Copula', 'Modal', 'Adverb', 'PastTense'];

/**
 * Whether compromise's tagger reads a word alone as one that qualifies no noun before it: a determiner, a
 * pronoun, a preposition, a conjunction, a copula, a modal, an adverb or a past tense ("a", "itself",
 * "was", "sailed"; not "administration", "campaign").
 * @example framesNoNoun('itself') // true
 */
export function framesNoNoun(word: string): boolean {
  const tags = wordTags(word);
  return FRAMING_TAGS.some((tag) => tags.has(tag));
}

/**
 * Whether the lexicon knows a given name as a man's or a woman's only, or null (unknown, or either).
 * @example givenNameGender('Sandra') // 'female'
 */
export function givenNameGender(name: string): 'male' | 'female' | null {
  table ??= load();
  return genders.get(name.toLowerCase()) ?? null;
}

const FEMALE_ROLE =
  /\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|policewoman|queen|princess|lady|dame|duchess|empress|countess|baroness|actress|wife|widow|mother|daughter|sister|grandmother|granddaughter|niece|aunt|girlfriend)\b/i;
const MALE_ROLE =
  /\b(?:spokesman|chairman|businessman|congressman|councilman|policeman|king|prince|sir|lord|duke|emperor|baron|pope|actor|husband|widower|father|son|brother|grandfather|grandson|nephew|uncle|boyfriend)\b/i;

/**
 * A person's gender as a role the article gives says it ("spokeswoman", "Queen", "his wife"), or null.
 * @example roleGender('foreign ministry spokeswoman') // 'female'
 */
export function roleGender(role: string | null): 'male' | 'female' | null {
  if (!role) return null;
  const female = FEMALE_ROLE.test(role);
  const male = MALE_ROLE.test(role);
  return female === male ? null : female ? 'female' : 'male';
}
