import { describe, expect, it } from 'vitest';
import { lookupDemonym, lookupPlace } from './gazetteer';

describe('places from world-countries', () => {
  it.each([
    ['Russia', 'country', 'RUS'],
    ['United States', 'country', 'USA'],
    ['the United States', 'country', 'USA'],
    ['US', 'country', 'USA'],
    ['U.S.', 'country', 'USA'],
    ['UK', 'country', 'GBR'],
    ['Moscow', 'capital', 'RUS'],
    ['Washington', 'capital', 'USA'],
    ['North America', 'region', null],
    // Everyday short names the data leaves out.
    ['Bosnia', 'country', 'BIH'],
    ['Kiev', 'capital', 'UKR'],
  ])('%s → %s %s', (name, kind, code) => {
    const p = lookupPlace(name);
    expect(p?.kind).toBe(kind);
    expect(p?.country?.code ?? null).toBe(code);
  });

  it.each(['IT', 'IN', 'AM', 'Kremlin', 'Tuesday', 'Smith', 'Valley', 'the Bottom', 'Island'])(
    'negative: %s is no place',
    (name) => {
      expect(lookupPlace(name)).toBeNull();
    },
  );
});

describe('demonyms', () => {
  it.each([
    ['Russian', 'RUS'],
    ['Russians', 'RUS'],
    ['American', 'USA'],
    ['Lebanese', 'LBN'],
    ['Afghans', 'AFG'],
    ['Western', null],
    ['Muslims', null],
    // Everyday forms the data spells another way, made from the country's name, or leaves out.
    ['Bosnian', 'BIH'],
    ['Serbs', 'SRB'],
    ['Croat', 'HRV'],
    ['Slovenian', 'SVN'],
    ['Slovenians', 'SVN'],
    ['Ecuadorian', 'ECU'],
    ['Kazakh', 'KAZ'],
    ['Uzbeks', 'UZB'],
    ['Saudi', 'SAU'],
    ['Belarussian', 'BLR'],
    // Peoples of a region, of no one country.
    ['Chechen', null],
    ['Tibetans', null],
    ['Belarussians', 'BLR'],
    ['Korean', null],
  ])('%s → %s', (word, code) => {
    const d = lookupDemonym(word);
    expect(d).not.toBeNull();
    expect(d?.country?.code ?? null).toBe(code);
  });

  it.each(['Franco-Dutch', 'Anglo-French', 'Sino-Japanese', 'Chinese-Canadian'])(
    '%s: two peoples, the first maybe by its combining form, are of no one country',
    (word) => {
      expect(lookupDemonym(word)).toEqual({ country: null });
    },
  );

  it.each(['Russia', 'Moscow', 'President', 'Smith', 'Pak', 'Peru', 'Jordan', 'Franco-Prussia', 'Sino-Forest'])(
    'negative: %s is no nationality',
    (word) => {
      expect(lookupDemonym(word)).toBeNull();
    },
  );
});
