/**
 * The comment model as the feature sees it, and pure functions over it: threading, sorting, filtering
 * by anchor, counting. No React, no storage.
 */
import type { CommentAnchor, StoredComment } from './lib/stored-comment';

export type { CommentAnchor } from './lib/stored-comment';
export { MAX_COMMENT_LENGTH, MAX_NAME_LENGTH, MAX_QUOTE_LENGTH } from './lib/stored-comment';

export type Comment = StoredComment;

export const SORT_ORDERS = ['newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** `all`, `none` (comments on the article as a whole) or the key of one anchor. */
export type AnchorFilter = string;

export interface ThreadNode {
  comment: Comment;
  replies: ThreadNode[];
  depth: number;
}

/**
 * A stable key for an anchor, used to filter and to group.
 * @example anchorKey({ kind: 'entity', id: 'person-ana-silva', label: 'Ana Silva' }) // 'entity:person-ana-silva'
 */
export function anchorKey(anchor: CommentAnchor | null): string {
  if (!anchor) return 'none';
  if (anchor.kind === 'passage') return `passage:${anchor.start}-${anchor.end}`;
  return `${anchor.kind}:${anchor.id}`;
}

/** A short description of an anchor for menus and screen readers. */
export function anchorLabel(anchor: CommentAnchor): string {
  if (anchor.kind === 'passage') return `Passage: “${shorten(anchor.quote, 60)}”`;
  if (anchor.kind === 'entity') return `About ${anchor.label}`;
  return `Event: ${anchor.label}`;
}

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

const time = (c: Comment) => Date.parse(c.createdAt);

/** Comments that are not deleted: what the header counts. */
export function countLive(comments: readonly Comment[]): number {
  return comments.reduce((n, c) => (c.deletedAt ? n : n + 1), 0);
}

/**
 * Builds the visible thread: top-level comments in the chosen order, replies under their parent oldest
 * first (a conversation reads downwards). A deleted comment stays as a placeholder only while it has
 * visible replies. A reply whose parent is gone is shown at the top level rather than lost.
 */
export function buildThread(comments: readonly Comment[], sort: SortOrder, filter: AnchorFilter = 'all'): ThreadNode[] {
  const ids = new Set(comments.map((c) => c.id));
  const children = new Map<string, Comment[]>();
  const roots: Comment[] = [];
  for (const c of comments) {
    if (c.parentId && c.parentId !== c.id && ids.has(c.parentId)) {
      const list = children.get(c.parentId) ?? [];
      list.push(c);
      children.set(c.parentId, list);
    } else roots.push(c);
  }
  const seen = new Set<string>();
  const toNode = (c: Comment, depth: number): ThreadNode | null => {
    if (seen.has(c.id)) return null; // guards against cycles in imported data
    seen.add(c.id);
    const replies = (children.get(c.id) ?? [])
      .slice()
      .sort((a, b) => time(a) - time(b))
      .map((r) => toNode(r, depth + 1))
      .filter((n): n is ThreadNode => n !== null);
    if (c.deletedAt && replies.length === 0) return null;
    return { comment: c, replies, depth };
  };
  return roots
    .filter((c) => filter === 'all' || anchorKey(c.anchor) === filter)
    .sort((a, b) => (sort === 'newest' ? time(b) - time(a) : time(a) - time(b)))
    .map((c) => toNode(c, 0))
    .filter((n): n is ThreadNode => n !== null);
}

/** The anchors present in the thread, for the filter menu, in order of first appearance in the text. */
export function anchorOptions(comments: readonly Comment[]): { key: string; label: string }[] {
  const byKey = new Map<string, { key: string; label: string; order: number }>();
  for (const c of comments) {
    if (c.deletedAt || !c.anchor) continue;
    const key = anchorKey(c.anchor);
    if (!byKey.has(key)) {
      byKey.set(key, { key, label: anchorLabel(c.anchor), order: c.anchor.kind === 'passage' ? c.anchor.start : Number.MAX_SAFE_INTEGER });
    }
  }
  return [...byKey.values()].sort((a, b) => a.order - b.order || a.label.localeCompare(b.label)).map(({ key, label }) => ({ key, label }));
}

/** The passages that live comments are anchored to, for marking them in the text. */
export function commentedPassages(comments: readonly Comment[]): { start: number; end: number; commentId: string }[] {
  const out: { start: number; end: number; commentId: string }[] = [];
  for (const c of comments) {
    if (!c.deletedAt && c.anchor?.kind === 'passage') out.push({ start: c.anchor.start, end: c.anchor.end, commentId: c.id });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A fresh comment id; unique across tabs and devices so imports merge without collisions. */
export function newCommentId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
