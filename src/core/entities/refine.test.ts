import { describe, expect, it } from 'vitest';
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

describe('national teams in match reports', () => {
  it('a match report is recognised', () => {
    expect(isSportsReport(report)).toBe(true);
  });
  it('countries that play become organisations', () => {
    const clusters = [country('Sweden', 'SWE')];
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
