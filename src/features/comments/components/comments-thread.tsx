import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Article } from '../../../core/types';
import { useAddComment } from '../api/add-comment';
import { useDeleteComment } from '../api/delete-comment';
import { useEditComment } from '../api/edit-comment';
import { useHydrated } from '../../../lib/use-hydrated';
import { useHydrating } from '../../../lib/use-hydrating';
import { useComments, useCommentsSync } from '../api/get-comments';
import { purgeComment, usePurgeComment } from '../api/purge-comment';
import { useRestoreComment } from '../api/restore-comment';
import { useNow } from '../hooks/use-now';
import {
  anchorOptions,
  buildThread,
  countLive,
  newCommentId,
  type AnchorFilter,
  type CommentAnchor,
  type SortOrder,
} from '../model';
import { CommentComposer, type ComposerHandle, type ComposerInput } from './comment-composer';
import { CommentItem, type CommentActions } from './comment-item';
import { ThreadTools } from './thread-tools';

/** How long a delete can be undone. */
export const UNDO_MS = 8000;
/** Top-level comments rendered at first; more on request, so a very long thread stays quick to open. */
export const PAGE_SIZE = 50;

export interface CommentsThreadProps {
  /** How many top-level threads to render before "Show more" (default PAGE_SIZE). */
  initialLimit?: number;
  article: Pick<Article, 'id' | 'title' | 'commentCount'>;
  /** An anchor chosen elsewhere (a passage, an entity or event panel): opens the composer with it. */
  pendingAnchor: CommentAnchor | null;
  onPendingAnchorHandled: () => void;
  onShowPassage: (span: { start: number; end: number }) => void;
  onShowEntity: (id: string) => void;
  onShowEvent: (id: string) => void;
}

const notice = 'rounded-md border px-3 py-2 text-sm';

export function CommentsThread({
  initialLimit = PAGE_SIZE,
  article,
  pendingAnchor,
  onPendingAnchorHandled,
  onShowPassage,
  onShowEntity,
  onShowEvent,
}: CommentsThreadProps) {
  const articleId = article.id;
  const query = useComments(articleId);
  // The thread hydrates when it is wanted, often with its comments already in the query cache (the page
  // reads them to mark commented passages). Its hydrating render shows what the server rendered (still
  // loading), so React keeps the server's markup rather than replacing it; the comments follow a render later.
  const hydrating = useHydrating();
  const data = hydrating ? undefined : query.data;
  // The composer is the app's alone: the server renders no form, and neither does the hydrating render. A
  // form in the page's HTML cost its first load a layout of the whole form right after DOMContentLoaded,
  // though its section is `content-visibility: auto` (README, "The page's HTML holds no form"); and a
  // prerendered form could not be used before the app started anyway.
  const live = useHydrated();
  useCommentsSync(articleId);
  const add = useAddComment(articleId);
  const edit = useEditComment(articleId);
  const { mutate: deleteMutate } = useDeleteComment(articleId);
  const { mutate: restoreMutate } = useRestoreComment(articleId);
  const { mutate: purgeMutate } = usePurgeComment(articleId);
  const now = useNow();
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const composerRef = useRef<ComposerHandle>(null);
  const undoButtonRef = useRef<HTMLButtonElement>(null);
  const pendingPurge = useRef<string | null>(null);
  const [sort, setSort] = useState<SortOrder>('newest');
  const [filter, setFilter] = useState<AnchorFilter>('all');
  const [undo, setUndo] = useState<{ id: string } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [limit, setLimit] = useState(initialLimit);

  // An anchor chosen outside the thread opens the composer with it (once the composer is there).
  useEffect(() => {
    if (!pendingAnchor || !live) return;
    composerRef.current?.attach(pendingAnchor);
    onPendingAnchorHandled();
  }, [pendingAnchor, live, onPendingAnchorHandled]);

  // When the undo expires, the deletion is made final (the text leaves storage).
  useEffect(() => {
    if (!undo) return;
    undoButtonRef.current?.focus();
    const timer = setTimeout(() => {
      pendingPurge.current = null;
      setUndo(null);
      purgeMutate(undo.id);
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo, purgeMutate]);

  // Leaving the page during an undo window still finishes the delete.
  useEffect(
    () => () => {
      if (pendingPurge.current) void purgeComment(articleId, pendingPurge.current).catch(() => {});
    },
    [articleId],
  );

  const comments = useMemo(() => data?.comments ?? [], [data]);

  // A delete whose undo window passed without the purge (the tab was closed in time) is finished now,
  // so a deleted text never lingers in storage.
  useEffect(() => {
    const stale = Date.now() - UNDO_MS * 2;
    for (const c of comments) {
      if (
        c.deletedAt &&
        (c.body || c.author || c.anchor) &&
        Date.parse(c.deletedAt) < stale &&
        c.id !== pendingPurge.current
      ) {
        purgeMutate(c.id);
      }
    }
  }, [comments, purgeMutate]);
  const thread = useMemo(() => buildThread(comments, sort, filter), [comments, sort, filter]);
  const anchors = useMemo(() => anchorOptions(comments), [comments]);
  const local = countLive(comments);
  const declared = article.commentCount ?? 0;

  const post = useCallback(
    async (parentId: string | null, input: ComposerInput) => {
      await add.mutateAsync({
        id: newCommentId(),
        articleId,
        parentId,
        author: input.author,
        body: input.body,
        createdAt: new Date().toISOString(),
        editedAt: null,
        deletedAt: null,
        anchor: parentId ? null : input.anchor,
      });
    },
    [add, articleId],
  );

  const actions: CommentActions = {
    articleId,
    now,
    reply: (parentId, input) => post(parentId, input),
    edit: async (id, body) => {
      await edit.mutateAsync({ id, body, editedAt: new Date().toISOString() });
    },
    remove: (id) => {
      setActionError(null);
      if (undo) purgeMutate(undo.id);
      pendingPurge.current = id;
      setUndo({ id });
      deleteMutate(
        { id, deletedAt: new Date().toISOString() },
        {
          onError: (error) => {
            pendingPurge.current = null;
            setUndo((current) => (current?.id === id ? null : current));
            setActionError(`The comment was not deleted: ${error.message}`);
          },
        },
      );
    },
    showAnchor: (anchor) => {
      if (anchor.kind === 'passage') onShowPassage({ start: anchor.start, end: anchor.end });
      else if (anchor.kind === 'entity') onShowEntity(anchor.id);
      else onShowEvent(anchor.id);
    },
  };

  function undoDelete() {
    if (!undo) return;
    const id = undo.id;
    pendingPurge.current = null;
    setUndo(null);
    restoreMutate(id, { onError: (error) => setActionError(`The comment could not be restored: ${error.message}`) });
    composerRef.current?.focus();
  }

  return (
    <section
      ref={sectionRef}
      aria-labelledby={headingId}
      data-comments=""
      className="mx-auto max-w-[65ch] border-t border-stone-200 py-10 font-sans dark:border-stone-800"
    >
      <h2 id={headingId} className="text-xl font-semibold tracking-tight text-stone-900 dark:text-stone-100">
        Comments ({declared + local})
      </h2>
      {declared > 0 ? (
        <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
          {declared} {declared === 1 ? 'comment was' : 'comments were'} posted on the original page and{' '}
          {declared === 1 ? 'is' : 'are'} not shown here; {local} {local === 1 ? 'is' : 'are'} yours, kept in this
          browser.
        </p>
      ) : (
        <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
          Your comments are kept in this browser, with no account.
        </p>
      )}

      <div className="mt-4 space-y-2">
        {data && !data.persistence.persistent ? (
          <p
            role="status"
            className={`${notice} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100`}
          >
            <strong className="font-semibold">Comments will not be saved.</strong> {data.persistence.reason} What you
            write here lasts only until you close or reload this page; export it as JSON to keep it.
          </p>
        ) : null}
        {data && data.skipped > 0 ? (
          <p
            role="status"
            className={`${notice} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100`}
          >
            {data.skipped === 1 ? '1 stored comment' : `${data.skipped} stored comments`} for this article could not be
            read and {data.skipped === 1 ? 'is' : 'are'} not shown. {data.skipped === 1 ? 'It was' : 'They were'} left
            untouched in this browser’s storage.
          </p>
        ) : null}
        {!hydrating && query.isError ? (
          <div
            role="alert"
            className={`${notice} border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100`}
          >
            <p>Your comments could not be loaded: {query.error.message}</p>
            <button type="button" className="mt-1 underline" onClick={() => void query.refetch()}>
              Try again
            </button>
          </div>
        ) : null}
        {actionError ? (
          <p
            role="alert"
            className={`${notice} border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100`}
          >
            {actionError}
          </p>
        ) : null}
      </div>

      {live ? (
        <div className="mt-6 rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900/60">
          <CommentComposer
            ref={composerRef}
            articleId={articleId}
            target="new"
            mode="new"
            label="Your comment"
            submitLabel="Post comment"
            onSubmit={(input) => post(null, input)}
          />
        </div>
      ) : null}

      {data ? (
        <div className="mt-8">
          <ThreadTools
            showViewControls={comments.length > 0}
            articleId={articleId}
            title={article.title}
            comments={comments}
            sort={sort}
            onSort={setSort}
            filter={filter}
            onFilter={setFilter}
            anchors={anchors}
          />
        </div>
      ) : null}

      {hydrating || query.isPending ? (
        <p role="status" className="mt-8 text-sm text-stone-500 dark:text-stone-400">
          Loading comments…
        </p>
      ) : null}

      {data && thread.length === 0 && filter === 'all' ? (
        <div className="mt-8 rounded-lg border border-dashed border-stone-300 px-6 py-8 text-center dark:border-stone-700">
          <p className="font-medium text-stone-800 dark:text-stone-200">No comments yet</p>
          <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
            Start the conversation: share a thought, or select a passage in the article to comment on it.
          </p>
        </div>
      ) : null}
      {data && thread.length === 0 && filter !== 'all' ? (
        <p className="mt-6 text-sm text-stone-600 dark:text-stone-400">
          No comments match this filter.{' '}
          <button type="button" className="underline" onClick={() => setFilter('all')}>
            Show all comments
          </button>
        </p>
      ) : null}

      {thread.length > 0 ? (
        <ul aria-label="Comment thread" className="mt-4 divide-y divide-stone-100 dark:divide-stone-800/70">
          {thread.slice(0, limit).map((node) => (
            <CommentItem key={node.comment.id} node={node} actions={actions} />
          ))}
        </ul>
      ) : null}
      {thread.length > limit ? (
        <button
          type="button"
          onClick={() => setLimit((n) => n + PAGE_SIZE * 4)}
          className="mt-4 w-full rounded-md border border-stone-300 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-stone-700 dark:text-stone-300 dark:hover:bg-stone-800"
        >
          Show more comments ({thread.length - limit} more threads)
        </button>
      ) : null}

      {undo ? (
        <div
          role="status"
          className="fixed inset-x-0 bottom-4 z-50 mx-auto flex w-fit items-center gap-3 rounded-full bg-stone-900 py-2 pr-2 pl-4 text-sm text-white shadow-lg dark:bg-stone-100 dark:text-stone-900"
        >
          <span>Comment deleted.</span>
          <button
            ref={undoButtonRef}
            type="button"
            onClick={undoDelete}
            className="rounded-full bg-white/15 px-3 py-1 font-medium hover:bg-white/25 focus-visible:outline-2 focus-visible:outline-teal-400 dark:bg-stone-900/10 dark:hover:bg-stone-900/20"
          >
            Undo
          </button>
        </div>
      ) : null}
    </section>
  );
}
