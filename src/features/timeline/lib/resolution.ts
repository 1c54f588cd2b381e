import type { Article, ArticleEvent } from '../../../core/types';
import { formatLongDate } from '../../../lib/format';

/**
 * How each event's date was found, in words, by event id: the phrase, and what it was resolved against.
 * Computed once per article with the timexes looked up by id (a 1 MB article has thousands of each, and a
 * search per event made every render of the timeline quadratic).
 * @example resolutionNotes(article).get(event.id) // "“last month”, relative to 7 May 2013"
 */
export function resolutionNotes(article: Article): Map<string, string> {
  const timexById = new Map(article.timexes.map((t) => [t.id, t]));
  return new Map(article.events.map((event) => [event.id, note(event, timexById)]));
}

function note(event: ArticleEvent, timexById: ReadonlyMap<string, Article['timexes'][number]>): string {
  if (event.kind === 'publication') return 'publication date of the article';
  const notes = event.timexes.flatMap((id) => {
    const t = timexById.get(id);
    if (!t) return [];
    const phrase = `“${t.text}”`;
    return t.reference && t.inferred.length > 0
      ? `${phrase}, relative to ${formatLongDate(t.reference)}`
      : `${phrase}, as stated`;
  });
  return [...new Set(notes)].join('; ');
}
