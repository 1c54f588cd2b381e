import { describe, expect, it } from 'vitest';
import { segment } from '../article/segment';
import { recognizeEntities } from './recognize';
import { isSportsReport, refineClusters } from './refine';
import type { Cluster } from './link';

const report =
  'Sweden defeated South Korea 1 – 0 in the World Cup match. The striker scored a penalty; the goalkeeper saved two shots. The league tournament goes on, and the match ended with goals.';

const country = (name: string, code: string): Cluster => ({
  key: `place:${code}`,
  pieces: [],
  type: 'place',
  strength: 3,
  name,
  country: { code, name },
});

/** A piece for the first `name` in `text` (the fields refineClusters reads). */
const piece = (text: string, name: string): Cluster['pieces'][number] => {
  const start = text.indexOf(name);
  return {
    sentence: 0,
    from: 0,
    to: 0,
    start,
    end: start + name.length,
    text: name,
    type: 'place',
    strength: 3,
    role: null,
    country: null,
  };
};

describe('national teams in match reports', () => {
  it('a match report is recognised', () => {
    expect(isSportsReport(report)).toBe(true);
  });
  it('countries that play become organisations', () => {
    const clusters = [{ ...country('Sweden', 'SWE'), pieces: [piece(report, 'Sweden')] }];
    refineClusters(report, clusters);
    expect(clusters[0]?.type).toBe('organization');
  });
  it.each([
    'Kerry met Putin in Moscow to discuss the conflict in Syria and a political solution.',
    'The match between the two leaders ended without a deal.',
  ])('negative: not a match report: %s', (text) => {
    const clusters = [country('Syria', 'SYR')];
    refineClusters(text, clusters);
    expect(clusters[0]?.type).toBe('place');
  });
});

describe('a match report keeps the ground a country is', () => {
  const match =
    'Portugal beat Spain 2-1 in the final of the tournament in Germany on Sunday. The striker scored twice, and the goalkeeper saved a penalty in the match. ' +
    "It was Portugal's second title. Their first came in Italy in 2016, at a league of nations tournament. " +
    'Germany, the first European nation to host the tournament twice, welcomed a million fans, and the World Cup comes next.';
  const types = (): Record<string, string> => {
    const base = segment(`Match report\n\n${match}`);
    return Object.fromEntries(recognizeEntities(base).map((e) => [e.name, e.type]));
  };
  it('a country that plays is the team', () => {
    const t = types();
    expect(isSportsReport(match)).toBe(true);
    expect(t['Portugal']).toBe('organization');
    expect(t['Spain']).toBe('organization');
  });
  it('a country named only as the ground stays a place', () => {
    const t = types();
    expect(t['Germany']).toBe('place');
    expect(t['Italy']).toBe('place');
  });
  it("a country that owns the club named after it does not play ('to play Colombia's Atletico Nacional')", () => {
    const base = segment(
      `Match report\n\n${match} Benfica had been due to play Italy's Juventus in the final in Germany on Wednesday.`,
    );
    const t = Object.fromEntries(recognizeEntities(base).map((e) => [e.name, e.type]));
    expect(t['Italy']).toBe('place');
  });
  it('so do countries listed after the ground\'s preposition and "the"', () => {
    const base = segment(
      `Match report\n\n${match} The next World Cup will be held in the United States, Canada and Mexico in 2026.`,
    );
    const t = Object.fromEntries(recognizeEntities(base).map((e) => [e.name, e.type]));
    expect(t['United States']).toBe('place');
    expect(t['Canada']).toBe('place');
    expect(t['Mexico']).toBe('place');
    expect(t['Portugal']).toBe('organization');
  });
});

describe('an article about sport in which no country plays', () => {
  it('keeps its countries places', () => {
    const text =
      "Carlos Duarte, Brazil's two-time World Cup winner, died on Monday. He scored 600 goals for his club and won the " +
      "league twice; the coach of the World Cup team and the stadium's fans paid tribute, as did Argentina's champions.";
    const types = Object.fromEntries(recognizeEntities(segment(`Obituary\n\n${text}`)).map((e) => [e.name, e.type]));
    expect(isSportsReport(text)).toBe(true);
    expect(types['Brazil']).toBe('place');
    expect(types['Argentina']).toBe('place');
  });
});

describe("a country before a player's role plays", () => {
  it('is the team', () => {
    const text =
      'Real won the final 2-0 with goals from two strikers. The coach praised the club, the goalkeeper saved a penalty, and ' +
      'the champions lifted the trophy at the stadium. They will sign Spain striker Rui Mota next week.';
    const types = Object.fromEntries(recognizeEntities(segment(`Final\n\n${text}`)).map((e) => [e.name, e.type]));
    expect(types['Spain']).toBe('organization');
  });
});

describe('a club named by its city in a match report', () => {
  const body = (lines: string[]): { entities: ReturnType<typeof recognizeEntities> } => ({
    entities: recognizeEntities(segment(`Cup final report\n\n${lines.join('\n\n')}`)),
  });
  it('a city that plays is the club whose name it ends', () => {
    const { entities } = body([
      'Real Oviedo beat Borussia Leipzig 2-0 in the cup final at the national stadium on Saturday.',
      'Leipzig dominated the first half and hit the woodwork twice, but the striker headed in a corner.',
      'The coach said his club had won the trophy after a penalty in the semi-finals, with goals from two champions.',
    ]);
    const club = entities.find((e) => e.name === 'Borussia Leipzig');
    expect(club?.type).toBe('organization');
    expect(club?.mentions).toHaveLength(2);
  });
  it('negative: the town of a place line stays the town, beside a club that opens with its name', () => {
    const { entities } = body([
      'LEIPZIG, Germany (AFP) - Real Oviedo beat Leipzig City 2-0 in the cup final at the national stadium on Saturday.',
      'The striker headed in a corner, and the coach said his club had won the trophy after a penalty in the semi-finals.',
      'Leipzig City had led the league, with goals from two champions.',
    ]);
    expect(entities.find((e) => e.name === 'Leipzig')?.type).toBe('place');
  });
  it('negative: the city as the ground stays a place', () => {
    const { entities } = body([
      'Real Oviedo beat Borussia Leipzig 2-0 in the cup final on Saturday.',
      'Fans travelled to Leipzig for the celebrations, and the coach praised the club.',
      'The striker scored two goals, the goalkeeper saved a penalty, and the champions lifted the trophy at the stadium.',
    ]);
    expect(entities.find((e) => e.name === 'Borussia Leipzig')?.mentions).toHaveLength(1);
  });
  it('a city that plays is the club whose name it opens, or a club of its own', () => {
    const { entities } = body([
      'Bristol beat Leicester Wanderers 5-1 to win the league title at the stadium on Sunday.',
      'The striker scored twice before half-time, and Leicester trailed at the break.',
      'The coach said the club had earned the trophy, with goals from two champions in the match.',
    ]);
    const types = Object.fromEntries(entities.map((e) => [e.name, e.type]));
    expect(types['Bristol']).toBe('organization');
    expect(entities.find((e) => e.name === 'Leicester Wanderers')?.mentions).toHaveLength(2);
  });
  it('negative: a city named as the ground in a match report stays a place', () => {
    const { entities } = body([
      'Real Oviedo beat Borussia Leipzig 2-0 in the cup final in Bristol on Saturday.',
      'The striker scored twice, the goalkeeper saved a penalty, and the coach praised the club.',
      'The champions lifted the trophy at the stadium after goals in the match.',
    ]);
    expect(entities.find((e) => e.name === 'Bristol')?.type).toBe('place');
  });
});

describe('a club report told with its fans and a thrashing', () => {
  it('reads as a sports report, and the cities that play are clubs', () => {
    const text =
      'Liverpool won the Premier League on Sunday, thrashing Tottenham 5-1 at Anfield. Mohamed Salah scored his 28th league goal, and fans celebrated in the streets.';
    expect(isSportsReport(text)).toBe(true);
    const entities = recognizeEntities(segment(`Liverpool clinch the title\n\n${text}`));
    expect(entities.find((e) => e.name === 'Liverpool')?.type).toBe('organization');
    expect(entities.find((e) => e.name === 'Tottenham')?.type).toBe('organization');
  });
  it('negative: a story of fans alone is no sports report', () => {
    expect(isSportsReport('Fans of the singer queued for hours; the manager of the venue said fans were calm.')).toBe(
      false,
    );
  });
});
