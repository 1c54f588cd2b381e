import { lazy, Suspense, useDeferredValue, useState } from 'react';
import type { ArticleSummary } from '../../../lib/article-schema';
import { formatLongDate, readingMinutes } from '../../../lib/format';
import { articleHref, Link } from '../../../lib/router';
import type { StoredArticle } from '../../../lib/storage/article-store';
import { useArticles } from '../api/get-articles';
import { useLocalArticles } from '../api/get-local-articles';
import { useRemoveLocalArticle } from '../api/remove-local-article';

// The import UI, the extractor and (through its worker) the analyser load only when asked for.
const loadImportPanel = () => import('./import-panel');
const ImportPanel = lazy(() => loadImportPanel().then((m) => ({ default: m.ImportPanel })));

const meta = (a: ArticleSummary): string =>
  [
    a.published ? formatLongDate(a.published) : null,
    a.source,
    `${readingMinutes(a.wordCount)} min read`,
    `${a.entityCount} ${a.entityCount === 1 ? 'entity' : 'entities'}`,
  ]
    .filter(Boolean)
    .join(' · ');

const matches = (a: ArticleSummary, needle: string): boolean =>
  !needle || `${a.title} ${a.source ?? ''}`.toLowerCase().includes(needle);

const buttonClass =
  'rounded-lg px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-500';

/** The home view: the shipped articles and the reader's own, a filter, and a way to open a new one. */
export function LibraryView() {
  const shipped = useArticles();
  const own = useLocalArticles();
  const { remove, restore } = useRemoveLocalArticle();
  const [filter, setFilter] = useState('');
  const needle = useDeferredValue(filter.trim().toLowerCase());
  const [importing, setImporting] = useState(false);
  const [removed, setRemoved] = useState<{ record: StoredArticle; title: string } | null>(null);

  const ownList = (own.data ?? []).filter((a) => matches(a, needle));
  const shippedList = (shipped.data ?? []).filter((a) => matches(a, needle));
  const total = (own.data?.length ?? 0) + (shipped.data?.length ?? 0);
  const error = remove.error ?? restore.error;

  const onRemove = (a: ArticleSummary) =>
    remove.mutate(a.id, { onSuccess: (record) => setRemoved(record ? { record, title: a.title } : null) });

  return (
    <section aria-labelledby="library-heading" className="mx-auto max-w-[65ch] py-10 font-sans">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="library-heading" className="text-2xl font-bold">
          Articles
        </h1>
        <button
          type="button"
          aria-expanded={importing}
          onClick={() => setImporting((open) => !open)}
          onPointerEnter={() => void loadImportPanel()}
          onFocus={() => void loadImportPanel()}
          className={`${buttonClass} bg-stone-900 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300`}
        >
          Open your own article
        </button>
      </div>

      {importing ? (
        <Suspense fallback={<p className="mt-6 text-sm">Loading…</p>}>
          <ImportPanel onClose={() => setImporting(false)} />
        </Suspense>
      ) : null}

      <div className="mt-6">
        <label htmlFor="library-filter" className="sr-only">
          Filter articles
        </label>
        <input
          id="library-filter"
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          placeholder="Filter by title or source"
          className="w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-700 dark:bg-stone-900"
        />
      </div>

      <div role="status" className="mt-3 text-sm empty:hidden">
        {removed ? (
          <p className="flex items-center gap-3 rounded-lg bg-stone-100 px-3 py-2 dark:bg-stone-800">
            <span>Removed “{removed.title}”.</span>
            <button
              type="button"
              className={`${buttonClass} underline`}
              onClick={() => restore.mutate(removed.record, { onSuccess: () => setRemoved(null) })}
            >
              Undo
            </button>
          </p>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-red-800 dark:text-red-300">
          {error.message}
        </p>
      ) : null}

      {own.isError ? (
        <p role="alert" className="mt-4 text-sm text-red-800 dark:text-red-300">
          Your own articles could not be read on this device ({own.error.message}).
        </p>
      ) : null}
      {ownList.length ? (
        <>
          <h2 className="mt-8 text-sm font-semibold tracking-wide text-stone-500 uppercase">Your articles</h2>
          <ul aria-label="Your articles" className="divide-y divide-stone-200 dark:divide-stone-800">
            {ownList.map((a) => (
              <li key={a.id} className="flex items-start justify-between gap-4 py-4">
                <ArticleEntry article={a} />
                <button
                  type="button"
                  aria-label={`Remove “${a.title}”`}
                  disabled={remove.isPending}
                  onClick={() => onRemove(a)}
                  className={`${buttonClass} shrink-0 border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {shipped.isError ? (
        <p role="alert" className="mt-6 text-sm text-red-800 dark:text-red-300">
          The shipped articles could not be loaded ({shipped.error.message}).
        </p>
      ) : null}
      {shipped.isPending ? (
        <p role="status" className="py-10 text-center">
          Loading articles…
        </p>
      ) : null}
      {shippedList.length ? (
        <>
          {ownList.length ? (
            <h2 className="mt-8 text-sm font-semibold tracking-wide text-stone-500 uppercase">From Gloss</h2>
          ) : null}
          <ul aria-label="Articles from Gloss" className="divide-y divide-stone-200 dark:divide-stone-800">
            {shippedList.map((a) => (
              <li key={a.id} className="py-4">
                <ArticleEntry article={a} />
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {!shipped.isPending && !ownList.length && !shippedList.length ? (
        <p className="mt-6">{total && needle ? `No article matches “${filter.trim()}”.` : 'No articles yet.'}</p>
      ) : null}
    </section>
  );
}

function ArticleEntry({ article }: { article: ArticleSummary }) {
  return (
    <div>
      <Link href={articleHref(article.id)} className="font-serif text-xl font-semibold hover:underline">
        {article.title}
      </Link>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{meta(article)}</p>
    </div>
  );
}
