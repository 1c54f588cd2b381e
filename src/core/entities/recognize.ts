import type { ArticleBase, Entity } from '../types';

/**
 * Finds the named entities of an article (people, places, organisations, groups, events).
 * @example recognizeEntities(segment('Kerry met Putin.')) // [...]
 */
export function recognizeEntities(base: ArticleBase): Entity[] {
  void base;
  return [];
}
