import { describe, expect, it } from 'vitest';
import { anchorKey, anchorOptions, buildThread, commentedPassages, countLive, type Comment } from './model';

let clock = 0;
function c(id: string, patch: Partial<Comment> = {}): Comment {
  clock += 1;
  return {
    id,
    articleId: 'a',
    parentId: null,
    author: null,
    body: id,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, clock)).toISOString(),
    editedAt: null,
    deletedAt: null,
    anchor: null,
    ...patch,
  };
}
const ids = (nodes: ReturnType<typeof buildThread>): unknown[] => nodes.map((n) => (n.replies.length ? [n.comment.id, ids(n.replies)] : n.comment.id));
const DELETED = '2026-02-01T00:00:00.000Z';

describe('buildThread', () => {
  const list = [c('first'), c('second'), c('reply-1', { parentId: 'first' }), c('reply-2', { parentId: 'first' }), c('deep', { parentId: 'reply-1' })];

  it('sorts top-level comments newest first, replies oldest first under their parent', () => {
    expect(ids(buildThread(list, 'newest'))).toEqual(['second', ['first', [['reply-1', ['deep']], 'reply-2']]]);
  });

  it('sorts oldest first', () => {
    expect(ids(buildThread(list, 'oldest'))).toEqual([['first', [['reply-1', ['deep']], 'reply-2']], 'second']);
  });

  it('keeps a deleted comment with replies as a placeholder and hides one without', () => {
    const withDeleted = [c('gone', { deletedAt: DELETED }), c('parent', { deletedAt: DELETED }), c('child', { parentId: 'parent' })];
    expect(ids(buildThread(withDeleted, 'oldest'))).toEqual([['parent', ['child']]]);
  });

  it('hides a deleted parent whose replies are all deleted too', () => {
    const all = [c('parent', { deletedAt: DELETED }), c('child', { parentId: 'parent', deletedAt: DELETED })];
    expect(buildThread(all, 'oldest')).toEqual([]);
  });

  it('shows a reply whose parent is missing at the top level, and survives cycles', () => {
    const odd = [c('orphan', { parentId: 'nowhere' }), c('x', { parentId: 'y' }), c('y', { parentId: 'x' }), c('self', { parentId: 'self' })];
    expect(ids(buildThread(odd, 'oldest'))).toEqual(['orphan', 'self']);
  });

  it('filters top-level comments by anchor, keeping their replies', () => {
    const entity = { kind: 'entity', id: 'person-putin', label: 'Vladimir Putin' } as const;
    const anchored = [c('about', { anchor: entity }), c('r', { parentId: 'about' }), c('general')];
    expect(ids(buildThread(anchored, 'oldest', anchorKey(entity)))).toEqual([['about', ['r']]]);
    expect(ids(buildThread(anchored, 'oldest', 'none'))).toEqual(['general']);
  });
});

describe('counts, anchors and passages', () => {
  const passage = { kind: 'passage', start: 10, end: 20, quote: 'met Putin' } as const;
  const list = [c('p', { anchor: passage }), c('e', { anchor: { kind: 'event', id: 'ev-1', label: 'Talks' } }), c('d', { deletedAt: DELETED, anchor: { kind: 'passage', start: 1, end: 2, quote: 'x' } })];

  it('counts only live comments', () => expect(countLive(list)).toBe(2));
  it('lists anchors of live comments, passages in text order', () =>
    expect(anchorOptions(list)).toEqual([
      { key: 'passage:10-20', label: 'Passage: “met Putin”' },
      { key: 'event:ev-1', label: 'Event: Talks' },
    ]));
  it('gives the commented passages', () => expect(commentedPassages(list)).toEqual([{ start: 10, end: 20, commentId: 'p' }]));
});
