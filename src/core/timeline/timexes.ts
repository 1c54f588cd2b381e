import type { ArticleBase, Timex } from '../types';

/**
 * Finds the time expressions of an article and resolves them against its publication date.
 * @example extractTimexes(segment('Title\n\n7 May 2013\n\nHe left on Monday.'))[0].value // '2013-05-06'
 */
export function extractTimexes(base: ArticleBase): Timex[] {
  void base;
  return [];
}
