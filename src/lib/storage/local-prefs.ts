/**
 * Half-typed comments (drafts) and the display name, kept through local-storage.ts. Keys are versioned,
 * values validated on read, and a failed write is reported to the caller in words for the reader; the
 * value then lives in memory for this page, and `prefsArePersistent` says so.
 */
import * as v from 'valibot';
import { CommentAnchorSchema, MAX_COMMENT_LENGTH, MAX_NAME_LENGTH, type CommentAnchor } from './comment-schema';
import { DISPLAY_NAME_KEY, DRAFT_PREFIX } from './keys';
import { readItem, storageIsPersistent, writeItem } from './local-storage';

const DraftSchema = v.object({
  body: v.pipe(v.string(), v.maxLength(MAX_COMMENT_LENGTH * 2)),
  anchor: v.nullable(CommentAnchorSchema),
  savedAt: v.string(),
});

export interface Draft {
  body: string;
  anchor: CommentAnchor | null;
}

export type WriteResult = { ok: true } | { ok: false; message: string };

const listeners = new Set<() => void>();

/** Calls `listener` after any draft or name written through this module (same page). */
export function subscribePrefs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function write(key: string, value: string | null): WriteResult {
  const outcome = writeItem(key, value);
  for (const listener of listeners) listener();
  if (outcome.ok) return outcome;
  return {
    ok: false,
    message:
      outcome.reason === 'unavailable'
        ? 'Drafts are kept only until you close this page: this browser does not allow saving them.'
        : outcome.reason === 'quota'
          ? "Your draft could not be saved: the browser's storage for this site is full."
          : 'Your draft could not be saved in this browser; it is kept only until you close this page.',
  };
}

/** Whether anything written here survives a reload. */
export function prefsArePersistent(): boolean {
  return storageIsPersistent(`${DRAFT_PREFIX}probe`);
}

/** The draft key for an article and a target: `new`, `reply:<commentId>` or `edit:<commentId>`. */
export const draftKey = (articleId: string, target: string): string =>
  `${DRAFT_PREFIX}${encodeURIComponent(articleId)}:${target}`;

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The stored draft as its raw text: a stable snapshot for useSyncExternalStore. */
export function readDraftRaw(articleId: string, target: string): string | null {
  return readItem(draftKey(articleId, target));
}

/** Validates a raw draft (see readDraftRaw); null when absent or corrupted. */
export function parseDraft(raw: string | null): Draft | null {
  const result = v.safeParse(DraftSchema, parseJson(raw));
  return result.success ? { body: result.output.body, anchor: result.output.anchor } : null;
}

export function loadDraft(articleId: string, target: string): Draft | null {
  return parseDraft(readDraftRaw(articleId, target));
}

/**
 * Saves a draft; an empty draft (no text, no anchor) is removed, unless `keepEmpty` (an edit emptied on
 * purpose must not fall back to the original text).
 */
export function saveDraft(articleId: string, target: string, draft: Draft, keepEmpty = false): WriteResult {
  const key = draftKey(articleId, target);
  if (!draft.body && !draft.anchor && !keepEmpty) return write(key, null);
  return write(key, JSON.stringify({ body: draft.body, anchor: draft.anchor, savedAt: new Date().toISOString() }));
}

export function clearDraft(articleId: string, target: string): WriteResult {
  return write(draftKey(articleId, target), null);
}

/** The stored name as raw text: a stable snapshot for useSyncExternalStore. */
export function readDisplayNameRaw(): string | null {
  return readItem(DISPLAY_NAME_KEY);
}

/** Validates a raw stored name; '' when absent or corrupted. */
export function parseDisplayName(raw: string | null): string {
  const result = v.safeParse(v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH)), parseJson(raw));
  return result.success ? result.output : '';
}

export function loadDisplayName(): string {
  return parseDisplayName(readDisplayNameRaw());
}

export function saveDisplayName(name: string): WriteResult {
  return write(DISPLAY_NAME_KEY, name ? JSON.stringify(name) : null);
}
