/**
 * The reader's own articles, with remove and undo. Loaded lazily with the article store (and Dexie),
 * so none of it is in the first page load.
 */
import { useState } from 'react';
import type { StoredArticle } from '../../../lib/storage/article-store';
import { useLocalArticles } from '../api/get-local-articles';
import { useRemoveLocalArticle } from '../api/remove-local-article';
import { ArticleEntry, buttonClass, listClass, matchesFilter } from './article-entry';

export function OwnArticles({ needle }: { needle: string }) {
  const own = useLocalArticles();
  const { remove, restore } = useRemoveLocalArticle();
  const [removed, setRemoved] = useState<{ record: StoredArticle; title: string } | null>(null);
  const shown = (own.data ?? []).filter((a) => matchesFilter(a, needle));
  const error = own.error ?? remove.error ?? restore.error;

  return (
    <>
      <div role="status" className="mt-3 text-sm empty:hidden">
        {removed ? (
          <p className="flex items-center gap-3 rounded-lg bg-stone-100 px-3 py-2 dark:bg-stone-800">
            Removed “{removed.title}”.
            <button
              type="button"
              className={`${buttonClass} underline`}
              disabled={restore.isPending}
              onClick={() => restore.mutate(removed.record, { onSuccess: () => setRemoved(null) })}
            >
              Undo
            </button>
          </p>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-red-800 dark:text-red-300">
          {own.isError ? `Your own articles could not be read on this device (${error.message}).` : error.message}
        </p>
      ) : null}
      {shown.length ? (
        <>
          <h2 className="mt-8 text-sm font-semibold tracking-wide text-stone-500 uppercase">Your articles</h2>
          <ul aria-label="Your articles" className={listClass}>
            {shown.map((a) => (
              <li key={a.id} className="flex items-start justify-between gap-4 py-4">
                <ArticleEntry article={a} mine />
                <button
                  type="button"
                  aria-label={`Remove “${a.title}”`}
                  disabled={remove.isPending}
                  onClick={() =>
                    remove.mutate(a.id, {
                      onSuccess: (record) => setRemoved(record ? { record, title: a.title } : null),
                    })
                  }
                  className={`${buttonClass} shrink-0 border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
