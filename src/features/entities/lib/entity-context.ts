import type { Article, ArticleEvent, Entity } from '../../../core/types';

export interface MentionSnippet {
  start: number;
  end: number;
  sentence: number;
  before: string;
  mention: string;
  after: string;
}

const CONTEXT = 70;

/**
 * The sentence around a mention, clipped to about 70 characters each side at word boundaries.
 * @example snippet(article, { start: 10, end: 15, sentence: 1 }).mention // 'Silva'
 */
export function snippet(article: Article, m: { start: number; end: number; sentence: number }): MentionSnippet {
  const s = article.sentences[m.sentence] ?? { start: m.start, end: m.end };
  let from = Math.max(s.start, m.start - CONTEXT);
  let to = Math.min(s.end, m.end + CONTEXT);
  if (from > s.start) from = article.text.indexOf(' ', from) + 1 || from;
  if (to < s.end) to = Math.max(m.end, article.text.lastIndexOf(' ', to));
  const before = (from > s.start ? '…' : '') + article.text.slice(from, m.start);
  const after = article.text.slice(m.end, to) + (to < s.end ? '…' : '');
  return {
    start: m.start,
    end: m.end,
    sentence: m.sentence,
    before,
    mention: article.text.slice(m.start, m.end),
    after,
  };
}

export interface EntityContext {
  entity: Entity;
  introduction: string | null;
  mentions: MentionSnippet[];
  related: { entity: Entity; count: number }[];
  events: ArticleEvent[];
}

/** Everything the panel shows about one entity, derived from the article alone. */
export function entityContext(article: Article, entity: Entity): EntityContext {
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  const intro = entity.description === null ? null : article.sentences[entity.description];
  return {
    entity,
    introduction: intro ? article.text.slice(intro.start, intro.end) : null,
    mentions: entity.mentions.map((m) => snippet(article, m)),
    related: entity.related.flatMap((r) => {
      const other = byId.get(r.id);
      return other ? [{ entity: other, count: r.count }] : [];
    }),
    events: article.events.filter((e) => e.entities.includes(entity.id)),
  };
}
