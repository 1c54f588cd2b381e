import { useEffect, useId, useImperativeHandle, useRef, useState, useSyncExternalStore, type Ref } from 'react';
import {
  parseDisplayName,
  readDisplayNameRaw,
  saveDisplayName,
  subscribePrefs,
} from '../../../lib/storage/local-prefs';
import { useDraft } from '../hooks/use-draft';
import { useHydrated } from '../../../lib/use-hydrated';
import { anchorLabel, MAX_COMMENT_LENGTH, MAX_NAME_LENGTH, type CommentAnchor } from '../model';

export interface ComposerInput {
  body: string;
  author: string | null;
  anchor: CommentAnchor | null;
}

export interface ComposerHandle {
  /** Attaches an anchor (a passage, entity or event) and focuses the text box. */
  attach(anchor: CommentAnchor): void;
  focus(): void;
}

interface ComposerProps {
  articleId: string;
  /** Draft target: `new`, `reply:<id>` or `edit:<id>`. */
  target: string;
  mode: 'new' | 'reply' | 'edit';
  initialBody?: string;
  label: string;
  submitLabel: string;
  /** Saves the comment; throws with a reader-facing message when it could not be saved. */
  onSubmit: (input: ComposerInput) => Promise<void>;
  onCancel?: () => void;
  /** Focus the text box when the composer opens (after the reader chose Reply or Edit). */
  focusOnOpen?: boolean;
  ref?: Ref<ComposerHandle>;
}

// '5,000', as Intl's en-GB number format writes it, without Intl: the first Intl formatter a page creates loads
// ICU's locale data (~140 ms at 4× CPU), and the composer renders as the thread scrolls into view.
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function CommentComposer({
  articleId,
  target,
  mode,
  initialBody = '',
  label,
  submitLabel,
  onSubmit,
  onCancel,
  focusOnOpen,
  ref,
}: ComposerProps) {
  const { draft, update, clear, error: draftError } = useDraft(articleId, target, { body: initialBody, anchor: null });
  const storedName = useSyncExternalStore(subscribePrefs, readDisplayNameRaw, () => null);
  const [nameEdit, setNameEdit] = useState<string | null>(null);
  const name = nameEdit ?? parseDisplayName(storedName);
  const nameRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const hydrated = useHydrated();
  const id = useId();

  useImperativeHandle(
    ref,
    () => ({
      attach(anchor) {
        update({ body: draft.body, anchor });
        textRef.current?.focus();
      },
      focus() {
        textRef.current?.focus();
      },
    }),
    [draft.body, update],
  );

  useEffect(() => {
    if (focusOnOpen) textRef.current?.focus();
  }, [focusOnOpen]);

  const length = draft.body.length;
  const over = length - MAX_COMMENT_LENGTH;

  async function submit() {
    if (saving) return;
    // Post what the reader sees: text typed before the page finished hydrating is in the DOM, not yet in state.
    const body = textRef.current?.value ?? draft.body;
    const typedName = nameRef.current?.value ?? name;
    const empty = body.trim().length === 0;
    const over = body.length - MAX_COMMENT_LENGTH;
    if (empty) {
      setError('Write something first: the comment is empty.');
      textRef.current?.focus();
      return;
    }
    if (over > 0) {
      setError(`This comment is ${grouped(over)} characters over the ${grouped(MAX_COMMENT_LENGTH)} limit.`);
      textRef.current?.focus();
      return;
    }
    setSaving(true);
    setError(null);
    const author = typedName.trim().slice(0, MAX_NAME_LENGTH) || null;
    try {
      await onSubmit({ body: body.replace(/\s+$/, ''), author, anchor: draft.anchor });
    } catch (e) {
      const message = e instanceof Error ? e.message : 'The comment could not be saved.';
      setError(`${message} Your text is still in the box.`);
      setSaving(false);
      textRef.current?.focus();
      return;
    }
    setSaving(false);
    clear();
    if (mode !== 'edit') {
      const saved = saveDisplayName(typedName.trim());
      setNameEdit(null);
      if (!saved.ok && typedName.trim())
        setError(`Your comment was saved, but your name could not be remembered: ${saved.message}`);
    }
  }

  const counterId = `${id}-counter`;
  const errorId = `${id}-error`;

  return (
    <form
      className="font-sans"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset disabled={!hydrated} className="m-0 min-w-0 space-y-3 border-0 p-0">
        {draft.anchor ? (
          <div className="flex items-start gap-2 rounded-md border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-stone-700 dark:border-amber-500 dark:bg-amber-950/40 dark:text-stone-200">
            <p className="min-w-0 flex-1">
              <span className="font-medium">Commenting on </span>
              <span className="break-words">{anchorLabel(draft.anchor)}</span>
            </p>
            <button
              type="button"
              className="shrink-0 rounded px-1.5 text-stone-500 hover:bg-amber-100 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-teal-600 dark:hover:bg-amber-900/60 dark:hover:text-white"
              aria-label="Remove the anchor: comment on the whole article"
              onClick={() => update({ body: draft.body, anchor: null })}
            >
              ×
            </button>
          </div>
        ) : null}

        {mode !== 'edit' ? (
          <div>
            <label htmlFor={`${id}-name`} className="block text-sm font-medium text-stone-700 dark:text-stone-300">
              Name{' '}
              <span className="font-normal text-stone-500 dark:text-stone-400">
                (optional, remembered on this device)
              </span>
            </label>
            <input
              id={`${id}-name`}
              type="text"
              autoComplete="nickname"
              maxLength={MAX_NAME_LENGTH}
              ref={nameRef}
              value={name}
              onChange={(event) => setNameEdit(event.target.value)}
              className="mt-1 w-full max-w-xs rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-900 focus:border-teal-600 focus:outline-2 focus:outline-teal-600/30 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
            />
          </div>
        ) : null}

        <div>
          <label htmlFor={`${id}-body`} className="block text-sm font-medium text-stone-700 dark:text-stone-300">
            {label}
          </label>
          <textarea
            id={`${id}-body`}
            ref={textRef}
            value={draft.body}
            rows={mode === 'new' ? 4 : 3}
            aria-describedby={`${counterId}${error ? ` ${errorId}` : ''}`}
            aria-invalid={over > 0 || undefined}
            onChange={(event) => update({ body: event.target.value, anchor: draft.anchor })}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
                event.preventDefault();
                void submit();
              }
              if (event.key === 'Escape' && onCancel) {
                clear();
                onCancel();
              }
            }}
            className="mt-1 block w-full resize-y rounded-md border border-stone-300 bg-white px-3 py-2 text-[0.95rem] leading-relaxed text-stone-900 placeholder:text-stone-400 focus:border-teal-600 focus:outline-2 focus:outline-teal-600/30 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
            placeholder={mode === 'reply' ? 'Write a reply…' : 'Share a thought about this article…'}
          />
          <div className="mt-1 flex flex-wrap items-center justify-between gap-2 text-xs text-stone-500 dark:text-stone-400">
            <span>Plain text. Links starting with http:// or https:// become clickable. Ctrl+Enter posts.</span>
            <span id={counterId} className={over > 0 ? 'font-semibold text-red-700 dark:text-red-400' : undefined}>
              {grouped(length)} / {grouped(MAX_COMMENT_LENGTH)} characters
              {over > 0 ? ` (${grouped(over)} too many)` : ''}
            </span>
          </div>
          {over > 0 ? (
            <p role="status" className="sr-only">
              {grouped(over)} characters over the limit.
            </p>
          ) : null}
        </div>

        {error ? (
          <p
            id={errorId}
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          >
            {error}
          </p>
        ) : null}
        {draftError ? (
          <p role="status" className="text-xs text-amber-800 dark:text-amber-300">
            {draftError}
          </p>
        ) : null}

        <div className="flex items-center gap-2">
          <button
            type="submit"
            disabled={saving}
            className="rounded-md bg-stone-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white"
          >
            {saving ? 'Saving…' : submitLabel}
          </button>
          {onCancel ? (
            <button
              type="button"
              onClick={() => {
                clear();
                onCancel();
              }}
              className="rounded-md px-3 py-1.5 text-sm text-stone-600 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-stone-300 dark:hover:bg-stone-800"
            >
              Cancel
            </button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
