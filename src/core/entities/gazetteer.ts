/**
 * Places and demonyms from the `world-countries` data package: country names, official names, alternative
 * spellings, capitals, regions and English demonyms. Keys are lower-cased with dots removed ("U.S." → "us").
 */
import countries from 'world-countries';
import { GROUP_WORDS, PLACE_HEADS, REGION_PLACES } from './lexicon';

export interface CountryRef {
  /** ISO 3166-1 alpha-3. */
  code: string;
  /** Common English name. */
  name: string;
}

export interface PlaceInfo {
  kind: 'country' | 'capital' | 'region';
  country: CountryRef | null;
}

/** Lower-cases and drops dots and a leading "the", so "the U.S." and "US" meet. */
export function gazetteerKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const places = new Map<string, PlaceInfo>();
const demonyms = new Map<string, CountryRef>();
/** Short alternative spellings are only trusted in capitals ("US", "UK"), never as ordinary words. */
const acronyms = new Set<string>();

function addPlace(name: string, info: PlaceInfo): void {
  const key = gazetteerKey(name);
  if (!key || key.length < 2) return;
  const existing = places.get(key);
  // A country's own name beats a capital of the same name elsewhere.
  if (!existing || (existing.kind !== 'country' && info.kind === 'country')) places.set(key, info);
}

// Independent states first, so "American" means the United States rather than a territory.
const ordered = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
for (const c of ordered) {
  const ref: CountryRef = { code: c.cca3, name: c.name.common };
  addPlace(c.name.common, { kind: 'country', country: ref });
  addPlace(c.name.official, { kind: 'country', country: ref });
  for (const alt of c.altSpellings) {
    // Two-letter ISO codes ("IT", "IN") are ordinary words; only longer acronyms ("USA") and the
    // well-used short forms that differ from the code ("UK") are names.
    if (/^[A-Z]{2}$/.test(alt) && alt === c.cca2 && alt !== 'US') continue;
    if (/^[\p{Lu}]{2,4}$/u.test(alt)) acronyms.add(alt);
    // "Island", Iceland's name for itself, is an English place's head word ("Snake Island"), no country.
    if (/^[\p{L} .'-]+$/u.test(alt) && !PLACE_HEADS.has(alt.toLowerCase()))
      addPlace(alt, { kind: 'country', country: ref });
  }
  for (const capital of c.capital ?? []) {
    // "The Valley", "The Bottom": keys drop "the", and a common noun alone names no capital.
    if (capital.startsWith('The ')) continue;
    addPlace(capital, { kind: 'capital', country: ref });
    const bare = capital.replace(/\s+(?:\p{Lu}\.)+$/u, '');
    if (bare !== capital) addPlace(bare, { kind: 'capital', country: ref });
  }
  const eng = c.demonyms?.eng;
  if (eng) {
    for (const d of new Set([eng.m, eng.f])) {
      if (!d) continue;
      const key = gazetteerKey(d);
      if (!demonyms.has(key)) demonyms.set(key, ref);
      // Plural nouns for peoples: "Russians", "Afghans".
      if (!/(?:s|ese|ish|ch|sh)$/.test(key) && !demonyms.has(`${key}s`)) demonyms.set(`${key}s`, ref);
    }
  }
}
for (const c of countries) {
  for (const sub of [c.region, c.subregion]) if (sub) addPlace(sub, { kind: 'region', country: null });
}
// Everyday English names the data leaves out or has since replaced: Britain and its nations, Turkey, Bosnia, Kiev.
const byCode = new Map(countries.map((c) => [c.cca3, { code: c.cca3, name: c.name.common }]));
const EVERYDAY_PLACES: readonly (readonly [string, string, PlaceInfo['kind']])[] = [
  ['Britain', 'GBR', 'country'],
  ['Turkey', 'TUR', 'country'],
  ['Bosnia', 'BIH', 'country'],
  ['England', 'GBR', 'region'],
  ['Scotland', 'GBR', 'region'],
  ['Wales', 'GBR', 'region'],
  ['Northern Ireland', 'GBR', 'region'],
  // The spelling wire copy long used for Kyiv.
  ['Kiev', 'UKR', 'capital'],
];
for (const [name, code, kind] of EVERYDAY_PLACES) {
  const ref = byCode.get(code);
  if (ref) addPlace(name, { kind, country: ref });
}
for (const [noun, code] of [
  ['briton', 'GBR'],
  ['britons', 'GBR'],
  ['turks', 'TUR'],
  ['saudi', 'SAU'],
  ['saudis', 'SAU'],
  ['nepali', 'NPL'],
  ['nepalis', 'NPL'],
  ['icelandic', 'ISL'],
  ['bosnian', 'BIH'],
  ['bosnians', 'BIH'],
  ['bosniak', 'BIH'],
  ['bosniaks', 'BIH'],
  ['serb', 'SRB'],
  ['serbs', 'SRB'],
  ['croat', 'HRV'],
  ['croats', 'HRV'],
  ['belarussian', 'BLR'],
  ['belarussians', 'BLR'],
] as const) {
  const ref = byCode.get(code);
  if (ref && !demonyms.has(noun)) demonyms.set(noun, ref);
}
// Everyday demonyms the data spells another way, made from the country's one-word name: "Slovenian" (the
// data's "Slovene"), "Ecuadorian", "Kazakh" (the data's "Kazakhstani"); each with its plural.
for (const c of ordered) {
  const name = c.name.common;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) continue;
  const form = /i?stan$/.test(name)
    ? name.replace(/i?stan$/, '')
    : name.endsWith('a')
      ? `${name}n`
      : /[^aeiouy]$/.test(name)
        ? `${name}ian`
        : '';
  const key = gazetteerKey(form);
  if (key.length < 5 || demonyms.has(key) || places.has(key)) continue;
  const ref = { code: c.cca3, name };
  demonyms.set(key, ref);
  if (!demonyms.has(`${key}s`)) demonyms.set(`${key}s`, ref);
}
for (const region of REGION_PLACES) addPlace(region, { kind: 'region', country: null });
// "Thai" is among Thailand's alternative spellings and is its people's adjective: the word names the people
// ("Two Thai nationals"), not the country. A country's own name, or its first word, stays a place ("Vatican").
const ownNames = new Set(
  countries.flatMap((c) => [
    gazetteerKey(c.name.common),
    gazetteerKey(c.name.official),
    gazetteerKey(c.name.common).split(' ')[0],
  ]),
);
for (const [key, ref] of demonyms) {
  const place = places.get(key);
  if (place?.kind === 'country' && place.country?.code === ref.code && !ownNames.has(key)) places.delete(key);
}

// Lookups repeat the same few hundred words; memoised, bounded.
const MEMO_LIMIT = 50000;
const placeMemo = new Map<string, PlaceInfo | null>();
const demonymMemo = new Map<string, { country: CountryRef | null } | null>();

/**
 * The place a name denotes, if the country data knows it.
 * @example lookupPlace('U.S.')?.country?.code // 'USA'
 */
export function lookupPlace(name: string): PlaceInfo | null {
  const memo = placeMemo.get(name);
  if (memo !== undefined) return memo;
  const found = findPlace(name);
  if (placeMemo.size < MEMO_LIMIT) placeMemo.set(name, found);
  return found;
}

function findPlace(name: string): PlaceInfo | null {
  if (/^[\p{Lu}.]+$/u.test(name) && name.replace(/\./g, '').length <= 4) {
    const bare = name.replace(/\./g, '');
    const key = gazetteerKey(bare);
    if (!acronyms.has(bare) && !(key.length > 2 && places.has(key) && name.includes('.'))) {
      // "U.S." and "US" are both kept via the acronym set; regions like "EU" via the region list.
      return places.get(key)?.kind === 'region' ? (places.get(key) ?? null) : null;
    }
    return places.get(key) ?? null;
  }
  return places.get(gazetteerKey(name)) ?? null;
}

/**
 * The country a nationality word denotes ("Russian" → Russia), or a bloc word ("Western") with no country.
 * @example lookupDemonym('Russian')?.code // 'RUS'
 */
export function lookupDemonym(word: string): { country: CountryRef | null } | null {
  const memo = demonymMemo.get(word);
  if (memo !== undefined) return memo;
  const found = findDemonym(word);
  if (demonymMemo.size < MEMO_LIMIT) demonymMemo.set(word, found);
  return found;
}

/** The nouns for one of a people, written as their adjective is not: "Serb", "Swede", "Spaniard", "Frenchman". */
function peopleNounForms(key: string): string[] {
  if (!/^[a-z]{4,}$/.test(key)) return [];
  return [`${key}ian`, `${key.replace(/e$/, '')}ish`, key.replace(/iards?$/, 'ish'), key.replace(/(?:wo)?m[ae]n$/, '')];
}

/**
 * The country of a noun for one of its people that is not its adjective ("Serb", "Swede", "Spaniard"),
 * or null. Only for a name standing alone: "Ivor" before a surname is a first name, not an Ivorian.
 * @example lookupPeopleNoun('Serb')?.name // 'Serbia'
 */
export function lookupPeopleNoun(word: string): CountryRef | null {
  const key = gazetteerKey(word).replace(/s$/, '');
  for (const form of peopleNounForms(key)) if (form !== key && demonyms.has(form)) return demonyms.get(form) ?? null;
  return null;
}

/** The forms a people's name takes opening a compound of two peoples ("Franco-", "Anglo-", "Sino-"). */
const COMBINING_FORMS = new Set(
  'franco anglo sino russo indo afro greco austro italo judeo germano hispano luso turco irano nippo serbo'.split(' '),
);

function findDemonym(word: string): { country: CountryRef | null } | null {
  const key = gazetteerKey(word);
  const ref = demonyms.get(key);
  if (ref) return { country: ref };
  // "Philippine", "Maldive": a plural country's name without its "s" is its adjective.
  if (/^[a-z]{5,}[^s]$/.test(key)) {
    const plural = lookupPlace(`${word}s`);
    if (plural?.kind === 'country' && plural.country) return { country: plural.country };
  }
  // "North Korean" is Korea's; "Latin American", "West African", "Middle Eastern": a region's people, of no one
  // country.
  const regional =
    /^(?:north|south|east|west|central|latin|middle|southeast|southern|northern|eastern|western) (.+)$/.exec(key)?.[1];
  if (GROUP_WORDS.has(key) || (regional && (demonyms.has(regional) || GROUP_WORDS.has(regional.replace(/s$/, ''))))) {
    return { country: null };
  }
  // "Siberian", "Scandinavian": the adjective of a region the gazetteer knows, of no one country.
  if (/^[a-z]{4,}ian$/.test(key) && lookupPlace(word.slice(0, -1))?.kind === 'region') return { country: null };
  // "Liberian-American", "Chinese-Canadian": a people of two, of no one country. So with a people's combining form
  // first: "Franco-Dutch", "Anglo-French", "Sino-Japanese".
  const parts = key.split('-');
  if (parts.length === 2 && (demonyms.has(parts[0]!) || COMBINING_FORMS.has(parts[0]!)) && demonyms.has(parts[1]!))
    return { country: null };
  return null;
}
