import { formatLongDate, readingMinutes } from '../../../lib/format';
import { articleHref, Link } from '../../../lib/router';
import { ErrorState } from '../../../lib/ui/error-state';
import { useArticles } from '../api/get-articles';

/** The home view: the articles Gloss can open. */
export function LibraryView() {
  const query = useArticles();
  if (query.isPending) return <p role="status" className="py-10 text-center font-sans">Loading articles…</p>;
  if (query.isError) return <ErrorState title="The library could not be loaded" message={query.error.message} />;
  return (
    <section aria-labelledby="library-heading" className="mx-auto max-w-[65ch] py-10 font-sans">
      <h1 id="library-heading" className="text-2xl font-bold">
        Articles
      </h1>
      {query.data.length === 0 ? (
        <p className="mt-4">No articles yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200 dark:divide-stone-800">
          {query.data.map((a) => (
            <li key={a.id} className="py-4">
              <Link href={articleHref(a.id)} className="font-serif text-xl font-semibold hover:underline">
                {a.title}
              </Link>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                {[
                  a.published ? formatLongDate(a.published) : null,
                  a.source,
                  `${readingMinutes(a.wordCount)} min read`,
                  `${a.entityCount} ${a.entityCount === 1 ? 'entity' : 'entities'}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
