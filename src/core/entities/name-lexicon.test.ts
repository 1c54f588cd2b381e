import { describe, expect, it } from 'vitest';
import { lexKind, roleGender } from './name-lexicon';

describe('word lexicon (compromise data)', () => {
  it.each([
    ['Dallas', 'city'],
    ['California', 'region'],
    ['Mark', 'first-name'],
    ['Microsoft', 'organization'],
    ['Later', 'common'],
  ])('%s → %s', (word, kind) => {
    expect(lexKind(word)).toBe(kind);
  });

  it.each(['Zxqvw', 'Montalvo'])('negative: %s is unknown', (word) => {
    expect(lexKind(word)).toBeNull();
  });
});

describe('big cities the word lexicon lacks (GeoNames, src/node/world-cities.ts)', () => {
  it.each(['Sydney', 'Houston', 'Casablanca', 'Medellín', 'Medellin', 'Port Harcourt', 'Minneapolis'])('%s is a city', (name) => {
    expect(lexKind(name)).toBe('city');
  });
  it.each(['Austin', 'Columbus', 'Kawasaki', 'Florence'])('negative: %s, as often a name or a firm, is not', (name) => {
    expect(lexKind(name)).toBeNull();
  });
});

describe("a person's gender as the role says it", () => {
  it.each([
    ['foreign ministry spokeswoman', 'female'],
    ["Britain's Queen", 'female'],
    ['his wife', 'female'],
    ['party spokesman', 'male'],
    ["Bhutan's King", 'male'],
  ] as const)('%s → %s', (role, gender) => {
    expect(roleGender(role)).toBe(gender);
  });
  it.each([null, 'Prime Minister', 'spokesperson', 'king and queen'])('negative: %s says nothing', (role) => {
    expect(roleGender(role)).toBeNull();
  });
});
