/**
 * Refinements over linked entities that need the whole article: in a match report, a country that
 * plays ("Sweden defeated South Korea 1 – 0") is the national team, an organisation.
 */
import type { Cluster } from './link';
import { lexKind } from './name-lexicon';

const SPORTS_WORDS =
  /\b(?:goals?|scored|scores|striker|midfielder|goalkeeper|defender|penalty|World Cup|matches|match|tournament|league|kick-off|half-time|equali[sz]er|semi-final|quarter-final|group stage)\b/gi;
const MIN_SPORTS_WORDS = 6;

/**
 * True when the text reads as a sports report.
 * @example isSportsReport('Sweden scored a penalty in the World Cup match …') // true with enough cues
 */
export function isSportsReport(text: string): boolean {
  let n = 0;
  SPORTS_WORDS.lastIndex = 0;
  while (SPORTS_WORDS.exec(text)) if (++n >= MIN_SPORTS_WORDS) return true;
  return false;
}

/**
 * Retypes country clusters as teams in sports reports.
 * @example refineClusters(text, clusters) // Sweden → organization in a match report
 */
export function refineClusters(text: string, clusters: Cluster[]): void {
  if (!isSportsReport(text)) return;
  for (const c of clusters) {
    if (c.type === 'place' && (c.key.startsWith('place:') || lexKind(c.name) === 'country')) c.type = 'organization';
  }
}
