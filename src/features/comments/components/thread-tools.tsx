import { useId, useRef, useState } from 'react';
import { useImportComments } from '../api/import-comments';
import { readCommentsFile, toJsonExport, toMarkdownExport } from '../lib/comments-file';
import { downloadText } from '../lib/download';
import type { AnchorFilter, Comment, SortOrder } from '../model';

interface ThreadToolsProps {
  /** Sorting and filtering only make sense once there are comments; export and import always do. */
  showViewControls: boolean;
  articleId: string;
  title: string;
  comments: readonly Comment[];
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
  filter: AnchorFilter;
  onFilter: (filter: AnchorFilter) => void;
  anchors: { key: string; label: string }[];
}

const select =
  'rounded-md border border-stone-300 bg-white py-1 pr-7 pl-2 text-sm text-stone-800 focus:border-teal-600 focus:outline-2 focus:outline-teal-600/30 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200';
const toolButton =
  'rounded-md border border-stone-300 px-2.5 py-1 text-sm text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-stone-700 dark:text-stone-300 dark:hover:bg-stone-800';

/** Sorting, filtering by anchor, export and import. */
export function ThreadTools({
  showViewControls,
  articleId,
  title,
  comments,
  sort,
  onSort,
  filter,
  onFilter,
  anchors,
}: ThreadToolsProps) {
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const importMutation = useImportComments(articleId);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const fileBase = `gloss-comments-${articleId}`;

  async function importFile(file: File) {
    setMessage(null);
    try {
      const parsed = await readCommentsFile(file, articleId);
      const result = await importMutation.mutateAsync(parsed.comments);
      const parts = [`${result.added} new`, `${result.updated} updated`, `${result.unchanged} already here`];
      if (parsed.invalid) parts.push(`${parsed.invalid} invalid entr${parsed.invalid === 1 ? 'y' : 'ies'} skipped`);
      if (result.conflicts)
        parts.push(`${result.conflicts} skipped because an unreadable stored comment has the same id`);
      setMessage({ kind: 'ok', text: `Imported “${file.name}”: ${parts.join(', ')}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : 'The file could not be imported.' });
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  return (
    <div className="space-y-2 font-sans">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {showViewControls ? (
          <>
            <div className="flex items-center gap-2">
              <label htmlFor={`${id}-sort`} className="text-sm text-stone-600 dark:text-stone-400">
                Sort
              </label>
              <select
                id={`${id}-sort`}
                className={select}
                value={sort}
                onChange={(e) => onSort(e.target.value === 'oldest' ? 'oldest' : 'newest')}
              >
                <option value="newest">Newest first</option>
                <option value="oldest">Oldest first</option>
              </select>
            </div>
            <div className="flex items-center gap-2">
              <label htmlFor={`${id}-filter`} className="text-sm text-stone-600 dark:text-stone-400">
                Show
              </label>
              <select
                id={`${id}-filter`}
                className={`${select} max-w-64`}
                value={filter}
                onChange={(e) => onFilter(e.target.value)}
              >
                <option value="all">All comments</option>
                <option value="none">On the whole article</option>
                {anchors.map((a) => (
                  <option key={a.key} value={a.key}>
                    {a.label}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : null}
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <button
            type="button"
            className={toolButton}
            onClick={() =>
              downloadText(`${fileBase}.json`, toJsonExport(articleId, comments, new Date()), 'application/json')
            }
          >
            Export JSON
          </button>
          <button
            type="button"
            className={toolButton}
            onClick={() =>
              downloadText(`${fileBase}.md`, toMarkdownExport(title, comments, new Date()), 'text/markdown')
            }
          >
            Export Markdown
          </button>
          <label className={`${toolButton} cursor-pointer focus-within:outline-2 focus-within:outline-teal-600`}>
            Import JSON
            <input
              ref={fileRef}
              type="file"
              accept="application/json,.json"
              className="sr-only"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void importFile(file);
              }}
            />
          </label>
        </div>
      </div>
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={
            message.kind === 'error'
              ? 'rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100'
              : 'rounded-md bg-teal-50 px-3 py-2 text-sm text-teal-900 dark:bg-teal-950/50 dark:text-teal-100'
          }
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
