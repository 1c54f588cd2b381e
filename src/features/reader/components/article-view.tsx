import type { Article } from '../../../core/types';
import { formatLongDate, readingMinutes } from '../../../lib/format';

/** The article as a reader sees it: headline, dateline, body paragraphs and the source line. */
export function ArticleView({ article }: { article: Article }) {
  const minutes = readingMinutes(article.wordCount);
  return (
    <article className="mx-auto max-w-[65ch] py-10 font-serif text-lg leading-relaxed">
      <header className="mb-8">
        <h1 className="font-sans text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
          {article.title}
        </h1>
        <p className="mt-3 font-sans text-sm text-stone-600 dark:text-stone-400">
          {article.published ? <time dateTime={article.published}>{formatLongDate(article.published)}</time> : null}
          {article.published && article.source ? ' · ' : null}
          {article.source ? <span>{article.source}</span> : null}
          {article.published || article.source ? ' · ' : null}
          <span>{minutes} min read</span>
        </p>
      </header>
      <div className="space-y-5">
        {article.paragraphs.map((p) => (
          <p key={p.id} data-paragraph={p.id}>
            {article.text.slice(p.start, p.end)}
          </p>
        ))}
      </div>
      {article.copyright ? (
        <footer className="mt-10 border-t border-stone-200 pt-4 font-sans text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
          <p>{article.copyright}</p>
        </footer>
      ) : null}
    </article>
  );
}
