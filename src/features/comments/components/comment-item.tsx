import { useState } from 'react';
import { shorten, type CommentAnchor, type ThreadNode } from '../model';
import { formatFullDate } from '../lib/relative-time';
import { CommentBody } from './comment-body';
import { CommentComposer, type ComposerInput } from './comment-composer';
import { RelativeTime } from './relative-time';

export interface CommentActions {
  articleId: string;
  now: Date;
  reply(parentId: string, input: ComposerInput): Promise<void>;
  edit(id: string, body: string): Promise<void>;
  remove(id: string): void;
  showAnchor(anchor: CommentAnchor): void;
}

const actionButton =
  'rounded px-2 py-1 text-xs font-medium text-stone-600 hover:bg-stone-100 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100';

function AnchorButton({ anchor, onShow }: { anchor: CommentAnchor; onShow: () => void }) {
  if (anchor.kind === 'passage') {
    return (
      <button
        type="button"
        onClick={onShow}
        aria-label={`Show this passage in the article: ${shorten(anchor.quote, 200)}`}
        className="mt-2 block w-full rounded-r-md border-l-4 border-amber-400 bg-amber-50/70 px-3 py-1.5 text-left font-serif text-sm text-stone-700 italic hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-amber-500 dark:bg-amber-950/30 dark:text-stone-300 dark:hover:bg-amber-950/60"
      >
        “{shorten(anchor.quote, 280)}”
      </button>
    );
  }
  const what = anchor.kind === 'entity' ? 'About' : 'Event';
  return (
    <button
      type="button"
      onClick={onShow}
      aria-label={`${anchor.kind === 'entity' ? 'Show' : 'Show the event'} ${anchor.label}`}
      className="mt-2 inline-flex items-center gap-1 rounded-full border border-stone-300 px-2.5 py-0.5 text-xs text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-stone-700 dark:text-stone-300 dark:hover:bg-stone-800"
    >
      <span className="text-stone-500 dark:text-stone-400">{what}:</span> {anchor.label}
    </button>
  );
}

/** One comment with its replies. Deleted comments with replies stay as a placeholder. */
export function CommentItem({ node, actions }: { node: ThreadNode; actions: CommentActions }) {
  const [mode, setMode] = useState<'view' | 'reply' | 'edit'>('view');
  const c = node.comment;
  const name = c.author ?? 'Anonymous';

  return (
    <li className={node.depth > 0 ? 'border-l-2 border-stone-200 pl-4 dark:border-stone-800' : undefined}>
      <article aria-label={c.deletedAt ? 'Deleted comment' : `Comment by ${name}`} className="py-3" data-comment-id={c.id}>
        {c.deletedAt ? (
          <p className="font-sans text-sm text-stone-500 italic dark:text-stone-400">
            This comment was deleted.
          </p>
        ) : (
          <>
            <header className="flex flex-wrap items-baseline gap-x-2 font-sans text-sm">
              <h3 className="font-semibold text-stone-900 dark:text-stone-100">{name}</h3>
              <span className="text-stone-500 dark:text-stone-400">
                <RelativeTime iso={c.createdAt} now={actions.now} />
              </span>
              {c.editedAt ? (
                <span className="text-xs text-stone-500 dark:text-stone-400" title={`Edited ${formatFullDate(c.editedAt)}`}>
                  (edited)
                </span>
              ) : null}
            </header>
            {c.anchor ? (
              <AnchorButton
                anchor={c.anchor}
                onShow={() => {
                  if (c.anchor) actions.showAnchor(c.anchor);
                }}
              />
            ) : null}
            {mode === 'edit' ? (
              <div className="mt-2">
                <CommentComposer
                  articleId={actions.articleId}
                  target={`edit:${c.id}`}
                  mode="edit"
                  initialBody={c.body}
                  label={`Edit your comment`}
                  submitLabel="Save changes"
                  focusOnOpen
                  onSubmit={async ({ body }) => {
                    await actions.edit(c.id, body);
                    setMode('view');
                  }}
                  onCancel={() => setMode('view')}
                />
              </div>
            ) : (
              <div className="mt-1.5">
                <CommentBody text={c.body} />
              </div>
            )}
            {mode !== 'edit' ? (
              <div className="mt-1 -ml-2 flex gap-1 font-sans">
                <button
                  type="button"
                  className={actionButton}
                  aria-label={`Reply to ${name}`}
                  aria-expanded={mode === 'reply'}
                  onClick={() => setMode(mode === 'reply' ? 'view' : 'reply')}
                >
                  Reply
                </button>
                <button type="button" className={actionButton} aria-label={`Edit comment by ${name}`} onClick={() => setMode('edit')}>
                  Edit
                </button>
                <button type="button" className={actionButton} aria-label={`Delete comment by ${name}`} onClick={() => actions.remove(c.id)}>
                  Delete
                </button>
              </div>
            ) : null}
          </>
        )}
        {mode === 'reply' && !c.deletedAt ? (
          <div className="mt-2 border-l-2 border-teal-600/40 pl-4">
            <CommentComposer
              articleId={actions.articleId}
              target={`reply:${c.id}`}
              mode="reply"
              label={`Reply to ${name}`}
              submitLabel="Post reply"
              focusOnOpen
              onSubmit={async (input) => {
                await actions.reply(c.id, input);
                setMode('view');
              }}
              onCancel={() => setMode('view')}
            />
          </div>
        ) : null}
      </article>
      {node.replies.length > 0 ? (
        <ul className={node.depth < 4 ? 'ml-2 sm:ml-4' : undefined} aria-label={`Replies to ${c.deletedAt ? 'a deleted comment' : name}`}>
          {node.replies.map((reply) => (
            <CommentItem key={reply.comment.id} node={reply} actions={actions} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
