import type { Article, ArticleEvent } from '../../../core/types';
import { formatLongDate } from '../../../lib/format';

/**
 * How an event's date was found, in words: the phrase, and what it was resolved against.
 * @example resolutionNote(article, event) // "“last month”, relative to 7 May 2013"
 */
export function resolutionNote(article: Article, event: ArticleEvent): string {
  if (event.kind === 'publication') return 'publication date of the article';
  const timexes = event.timexes.flatMap((id) => article.timexes.find((t) => t.id === id) ?? []);
  if (timexes.length === 0) return '';
  const notes = timexes.map((t) => {
    const phrase = `“${t.text}”`;
    if (t.reference && t.inferred.length > 0) return `${phrase}, relative to ${formatLongDate(t.reference)}`;
    return `${phrase}, as stated`;
  });
  return [...new Set(notes)].join('; ');
}
