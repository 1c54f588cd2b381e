import type { Article } from '../core/types';
import type { ArticleSummary } from './article-schema';

/**
 * The list entry for an article, as the library shows it (shipped seeds and the reader's own alike).
 * @example summarize(article).entityCount // article.entities.length
 */
export function summarize(article: Article): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    source: article.source,
    wordCount: article.wordCount,
    entityCount: article.entities.length,
  };
}
