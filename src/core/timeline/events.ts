import type { ArticleBase, ArticleEvent, Entity, Timex } from '../types';

/**
 * Builds the labelled, dated events of an article from its time expressions and entities.
 */
export function buildEvents(base: ArticleBase, entities: readonly Entity[], timexes: readonly Timex[]): ArticleEvent[] {
  void base;
  void entities;
  void timexes;
  return [];
}
