/**
 * Named events: a name followed by an event noun ("the … Marathon bombings") takes the noun, and
 * "the YEAR invasion of X" becomes one event spanning the year to the name.
 */
import type { SentenceTokens } from './candidates';
import { EVENT_NOUNS } from './lexicon';
import { makePiece, type Piece } from './split';

/**
 * Rewrites the pieces of one sentence so named events span their whole phrase.
 * @example namedEvents(text, s, pieces) // "2003 invasion of Iraq" as one event piece
 */
export function namedEvents(text: string, s: SentenceTokens, pieces: Piece[]): Piece[] {
  const { tokens } = s;
  const out: Piece[] = [];
  for (const p of pieces) {
    const next = tokens[p.to + 1];
    if (p.type === 'event' && next && next.word && EVENT_NOUNS.has(next.text.toLowerCase()) && next.start - p.end === 1) {
      out.push({ ...makePiece(text, tokens, s.sentence, p.from, p.to + 1, 'event', p.strength), role: p.role });
      continue;
    }
    const of = tokens[p.from - 1];
    const noun = tokens[p.from - 2];
    const year = tokens[p.from - 3];
    if (
      of?.text === 'of' &&
      noun?.word &&
      EVENT_NOUNS.has(noun.text.toLowerCase()) &&
      year &&
      /^(?:1[6-9]|20)\d\d$/.test(year.text) &&
      p.type !== 'person'
    ) {
      out.push(makePiece(text, tokens, s.sentence, p.from - 3, p.to, 'event', 2.5));
      continue;
    }
    out.push(p);
  }
  return out;
}
