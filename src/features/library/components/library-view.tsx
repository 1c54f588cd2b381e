import { lazy, Suspense, useState } from 'react';
import { ErrorState } from '../../../lib/ui/error-state';
import { useHydrated } from '../../../lib/use-hydrated';
import { useArticles } from '../api/get-articles';
import { ArticleEntry, buttonClass, listClass, matchesFilter } from './article-entry';

// Only what the first paint needs is here. The reader's own articles come with the article store
// (IndexedDB through Dexie); the import UI, the extractor and, through its worker, the analyser load
// only when the reader asks for them (focusing the button starts the download early).
const loadImportPanel = () => import('./import-panel');
const ImportPanel = lazy(() => loadImportPanel().then((m) => ({ default: m.ImportPanel })));
const OwnArticles = lazy(() => import('./own-articles').then((m) => ({ default: m.OwnArticles })));

/** The home view: the reader's own articles and the shipped ones, a filter, and a way to open a new one. */
export function LibraryView() {
  const shipped = useArticles();
  // Tests (and nothing else) wait for this before typing: input before hydration would be reset.
  const hydrated = useHydrated();
  const [filter, setFilter] = useState('');
  const [importing, setImporting] = useState(false);
  const needle = filter.trim().toLowerCase();
  const shown = (shipped.data ?? []).filter((a) => matchesFilter(a, needle));

  return (
    <section
      aria-labelledby="library-heading"
      data-interactive={hydrated}
      className="mx-auto max-w-[65ch] py-10 font-sans"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="library-heading" className="text-2xl font-bold">
          Articles
        </h1>
        <button
          type="button"
          aria-expanded={importing}
          onClick={() => setImporting(!importing)}
          onFocus={loadImportPanel}
          className={`${buttonClass} bg-stone-900 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300`}
        >
          Open your own article
        </button>
      </div>

      <Suspense fallback={<p className="mt-6 text-sm">Loading…</p>}>
        {importing ? <ImportPanel onClose={() => setImporting(false)} /> : null}
      </Suspense>

      <input
        type="search"
        aria-label="Filter articles"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        placeholder="Filter by title or source"
        className="mt-6 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-700 dark:bg-stone-900"
      />

      <Suspense fallback={null}>
        <OwnArticles needle={needle} />
      </Suspense>

      {shipped.isPending ? (
        <p role="status" className="py-10 text-center">
          Loading articles…
        </p>
      ) : shipped.isError ? (
        <ErrorState title="The articles from Gloss could not be loaded" message={shipped.error.message} />
      ) : shown.length ? (
        <>
          <h2 className="mt-8 text-sm font-semibold tracking-wide text-stone-500 uppercase">From Gloss</h2>
          <ul aria-label="Articles from Gloss" className={listClass}>
            {shown.map((a) => (
              <li key={a.id} className="py-4">
                <ArticleEntry article={a} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-6">{needle ? `No article from Gloss matches “${filter.trim()}”.` : 'No articles yet.'}</p>
      )}
    </section>
  );
}
