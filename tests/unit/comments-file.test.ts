import { describe, expect, it } from 'vitest';
import {
  ImportFileError,
  MAX_IMPORT_BYTES,
  parseCommentsFile,
  readCommentsFile,
  toJsonExport,
  toMarkdownExport,
} from '../../src/features/comments/lib/comments-file';
import type { Comment } from '../../src/features/comments/model';

const ARTICLE = 'kerry-in-moscow';
const base = (id: string, patch: Partial<Comment> = {}): Comment => ({
  id,
  articleId: ARTICLE,
  parentId: null,
  author: 'Ada',
  body: `Body ${id}`,
  createdAt: '2026-01-01T10:00:00.000Z',
  editedAt: null,
  deletedAt: null,
  anchor: null,
  ...patch,
});
const now = new Date('2026-01-02T00:00:00Z');

describe('JSON export and import', () => {
  it('round-trips', () => {
    const comments = [base('a', { anchor: { kind: 'passage', start: 1, end: 5, quote: 'erry' } }), base('b', { parentId: 'a' })];
    expect(parseCommentsFile(toJsonExport(ARTICLE, comments, now), ARTICLE)).toEqual({ comments, invalid: 0 });
  });

  it('never exports the text of a deleted comment', () => {
    const json = toJsonExport(ARTICLE, [base('gone', { body: 'secret words', deletedAt: '2026-01-01T11:00:00.000Z' })], now);
    expect(json).not.toContain('secret words');
  });

  it('counts invalid entries and keeps the valid ones', () => {
    const file = JSON.stringify({ format: 'gloss-comments', version: 1, articleId: ARTICLE, comments: [base('ok'), { id: 'bad' }, base('x', { articleId: 'other' })] });
    expect(parseCommentsFile(file, ARTICLE)).toMatchObject({ comments: [{ id: 'ok' }], invalid: 2 });
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    ['some other JSON', JSON.stringify({ hello: 'world' }), /not a Gloss comments export/],
    ['a bare array', JSON.stringify([base('a')]), /not a Gloss comments export/],
    ['a newer format version', JSON.stringify({ format: 'gloss-comments', version: 9, articleId: ARTICLE, comments: [] }), /not a Gloss comments export/],
    ['another article', JSON.stringify({ format: 'gloss-comments', version: 1, articleId: 'other', comments: [base('a')] }), /another article/],
    ['only invalid entries', JSON.stringify({ format: 'gloss-comments', version: 1, articleId: ARTICLE, comments: [{ id: 1 }, 'x'] }), /None of the 2 entries/],
  ])('refuses %s with a clear message', (_label, text, message) => {
    expect(() => parseCommentsFile(text, ARTICLE)).toThrow(ImportFileError);
    expect(() => parseCommentsFile(text, ARTICLE)).toThrow(message);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const big = new Blob(['x'.repeat(MAX_IMPORT_BYTES + 1)]);
    await expect(readCommentsFile(big, ARTICLE)).rejects.toThrow(/limited to 1 MB/);
  });

  it('reads a valid file', async () => {
    const file = new Blob([toJsonExport(ARTICLE, [base('a')], now)], { type: 'application/json' });
    await expect(readCommentsFile(file, ARTICLE)).resolves.toMatchObject({ comments: [{ id: 'a' }] });
  });
});

describe('Markdown export', () => {
  it('nests replies, quotes passages and marks edits and deletions', () => {
    const md = toMarkdownExport(
      'Kerry in Moscow',
      [
        base('a', { author: 'Ada*', body: 'First line\nsecond line', anchor: { kind: 'passage', start: 0, end: 5, quote: 'Kerry' } }),
        base('b', { parentId: 'a', author: null, body: 'A reply', editedAt: '2026-01-01T12:00:00.000Z', createdAt: '2026-01-01T11:00:00.000Z' }),
        base('c', { deletedAt: '2026-01-01T12:00:00.000Z' }),
        base('d', { parentId: 'c', body: 'Reply to deleted', createdAt: '2026-01-01T11:30:00.000Z' }),
      ],
      now,
    );
    expect(md).toContain('# Comments on “Kerry in Moscow”');
    expect(md).toContain('3 comments.');
    expect(md).toContain('- **Ada\\***');
    expect(md).toContain('  > “Kerry”');
    expect(md).toContain('  First line\n  second line');
    expect(md).toMatch(/ {2}- \*\*Anonymous\*\* · .*\(edited\)/);
    expect(md).toContain('- *Deleted comment*');
    expect(md).not.toContain('Body c');
  });
});
