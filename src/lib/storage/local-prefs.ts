/**
 * Small reader preferences in localStorage: half-typed comments (drafts) and the display name.
 * Keys are versioned, values validated on read, and a failed write is reported to the caller.
 * When localStorage is unavailable, values live in memory for the session and `persistent` says so.
 */
import * as v from 'valibot';
import { CommentAnchorSchema, MAX_COMMENT_LENGTH, MAX_NAME_LENGTH, type CommentAnchor } from './comment-schema';
import { STORAGE_KEYS } from './keys';

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

/** Values the browser would not keep (no localStorage, or a failed write): held for this page only. */
const memory = new Map<string, string>();

const listeners = new Set<() => void>();

/** Calls `listener` after any draft or name written through this module (same page). */
export function subscribePrefs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function storage(): Storage | null {
  try {
    // Accessing localStorage itself throws in some sandboxes and with site data blocked.
    if (typeof localStorage === 'undefined') return null;
    return localStorage;
  } catch {
    return null;
  }
}

function read(key: string): string | null {
  const s = storage();
  if (s) {
    try {
      // A value that failed to persist is newer than what localStorage holds.
      return memory.get(key) ?? s.getItem(key);
    } catch {
      // fall through to memory
    }
  }
  return memory.get(key) ?? null;
}

function write(key: string, value: string | null): WriteResult {
  const result = writeRaw(key, value);
  for (const listener of listeners) listener();
  return result;
}

function writeRaw(key: string, value: string | null): WriteResult {
  const s = storage();
  const keepInMemory = () => {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
  };
  if (!s) {
    keepInMemory();
    return { ok: false, message: 'Drafts are kept only until you close this page: this browser does not allow saving them.' };
  }
  try {
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
    memory.delete(key);
    return { ok: true };
  } catch (error) {
    keepInMemory();
    const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
    const quota = /quota/i.test(name);
    return {
      ok: false,
      message: quota
        ? "Your draft could not be saved: the browser's storage for this site is full."
        : 'Your draft could not be saved in this browser; it is kept only until you close this page.',
    };
  }
}

/** Whether anything written here survives a reload. */
export function prefsArePersistent(): boolean {
  const s = storage();
  if (!s) return false;
  try {
    const probe = `${STORAGE_KEYS.draftPrefix}probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** The draft key for an article and a target: `new`, `reply:<commentId>` or `edit:<commentId>`. */
export const draftKey = (articleId: string, target: string): string =>
  `${STORAGE_KEYS.draftPrefix}${encodeURIComponent(articleId)}:${target}`;

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
  return read(draftKey(articleId, target));
}

/** Validates a raw draft (see readDraftRaw); null when absent or corrupted. */
export function parseDraft(raw: string | null): Draft | null {
  const result = v.safeParse(DraftSchema, parseJson(raw));
  return result.success ? { body: result.output.body, anchor: result.output.anchor } : null;
}

export function loadDraft(articleId: string, target: string): Draft | null {
  const result = v.safeParse(DraftSchema, parseJson(read(draftKey(articleId, target))));
  return result.success ? { body: result.output.body, anchor: result.output.anchor } : null;
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
  return read(STORAGE_KEYS.displayName);
}

/** Validates a raw stored name; '' when absent or corrupted. */
export function parseDisplayName(raw: string | null): string {
  const result = v.safeParse(v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH)), parseJson(raw));
  return result.success ? result.output : '';
}

export function loadDisplayName(): string {
  return parseDisplayName(read(STORAGE_KEYS.displayName));
}

export function saveDisplayName(name: string): WriteResult {
  return write(STORAGE_KEYS.displayName, name ? JSON.stringify(name) : null);
}
