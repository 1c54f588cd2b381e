/**
 * Word knowledge from the `compromise` package's lexicon (read once, no tagging): given names, cities,
 * regions, organisations and the part of speech of common words. Keys are lower-case.
 */
import nlp from 'compromise/two';

export type LexKind = 'first-name' | 'last-name' | 'city' | 'region' | 'country' | 'place' | 'organization' | 'common';

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
  'Adjective', 'Adverb', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Plural',
  'Singular', 'Noun', 'Uncountable', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal',
  'Comparative', 'Superlative', 'Expression', 'QuestionWord', 'Copula', 'Negative', 'Condition', 'Value',
  'Cardinal', 'Ordinal', 'TextValue',
]);

let table: Map<string, LexKind> | null = null;

function load(): Map<string, LexKind> {
  const out = new Map<string, LexKind>();
  const model: unknown = nlp.model();
  const lexicon =
    typeof model === 'object' && model !== null && 'one' in model && typeof model.one === 'object' && model.one !== null && 'lexicon' in model.one
      ? model.one.lexicon
      : null;
  if (typeof lexicon !== 'object' || lexicon === null) return out;
  for (const [word, value] of Object.entries(lexicon as Record<string, unknown>)) {
    const tags = Array.isArray(value) ? value : [value];
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
  return table.get(phrase.toLowerCase()) ?? null;
}
