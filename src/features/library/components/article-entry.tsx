import type { ArticleSummary } from '../../../lib/article-schema';
import { formatLongDate, readingMinutes } from '../../../lib/format';
import { articleHref, Link } from '../../../lib/router';

/**
 * Date, source, reading time and entity count, as one line.
 * @example articleMeta({ published: '2013-05-07', source: 'AFP', wordCount: 690, entityCount: 1, … }) // '7 May 2013 · AFP · 3 min read · 1 entity'
 */
export const articleMeta = (a: ArticleSummary): string =>
  [
    a.published ? formatLongDate(a.published) : null,
    a.source,
    `${readingMinutes(a.wordCount)} min read`,
    `${a.entityCount} ${a.entityCount === 1 ? 'entity' : 'entities'}`,
  ]
    .filter(Boolean)
    .join(' · ');

/** Whether an article matches the filter (lower-cased, trimmed). */
export const matchesFilter = (a: ArticleSummary, needle: string): boolean =>
  `${a.title} ${a.source ?? ''}`.toLowerCase().includes(needle);

export const buttonClass =
  'rounded-lg px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-500';

export const listClass = 'divide-y divide-stone-200 dark:divide-stone-800';

/** One article in the library: its title as a link, and what to expect of it. */
export function ArticleEntry({ article, mine = false }: { article: ArticleSummary; mine?: boolean }) {
  return (
    <div>
      <Link href={articleHref(article.id)} className="font-serif text-xl font-semibold hover:underline">
        {article.title}
      </Link>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {mine ? 'Yours · ' : ''}
        {articleMeta(article)}
      </p>
    </div>
  );
}
