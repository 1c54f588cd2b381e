/**
 * Salience and relatedness: how central an entity is (mentions, a place in the title, an early first
 * mention) and which entities share its sentences.
 */
import type { Mention, RelatedEntity } from '../types';

export interface Ranked {
  id: string;
  mentions: readonly Mention[];
}

/**
 * Salience in 0..1 per entity id, the most central entity scoring 1.
 * @example salience([{ id: 'a', mentions: [{ start: 0, end: 1, sentence: 0 }] }], 1).get('a') // 1
 */
export function salience(entities: readonly Ranked[], sentenceCount: number): Map<string, number> {
  const raw = new Map<string, number>();
  let max = 0;
  for (const e of entities) {
    let score = 0;
    for (const m of e.mentions) score += m.sentence === 0 ? 3 : 1;
    const first = Math.min(...e.mentions.map((m) => m.sentence));
    score += 2 * (1 - first / Math.max(1, sentenceCount));
    raw.set(e.id, score);
    max = Math.max(max, score);
  }
  for (const [id, score] of raw) raw.set(id, max > 0 ? Math.round((score / max) * 1000) / 1000 : 0);
  return raw;
}

/**
 * For each entity, the others named in the same sentences, with the number of shared sentences,
 * most shared first.
 * @example related([{ id: 'a', mentions: [m0] }, { id: 'b', mentions: [m0] }]).get('a') // [{ id: 'b', count: 1 }]
 */
export function related(entities: readonly Ranked[]): Map<string, RelatedEntity[]> {
  const bySentence = new Map<number, Set<string>>();
  for (const e of entities) {
    for (const m of e.mentions) {
      let ids = bySentence.get(m.sentence);
      if (!ids) bySentence.set(m.sentence, (ids = new Set()));
      ids.add(e.id);
    }
  }
  const counts = new Map<string, Map<string, number>>();
  for (const ids of bySentence.values()) {
    for (const a of ids) {
      let row = counts.get(a);
      if (!row) counts.set(a, (row = new Map()));
      for (const b of ids) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const out = new Map<string, RelatedEntity[]>();
  for (const e of entities) {
    const row = counts.get(e.id) ?? new Map<string, number>();
    out.set(
      e.id,
      [...row].map(([id, count]) => ({ id, count })).sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : 1)),
    );
  }
  return out;
}
