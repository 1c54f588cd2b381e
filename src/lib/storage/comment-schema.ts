/**
 * The shape of a stored comment, validated on every read (habit 9): whatever IndexedDB, a file or another
 * tab hands us is `unknown` until it passes here.
 */
import * as v from 'valibot';

export const MAX_COMMENT_LENGTH = 5000;
export const MAX_NAME_LENGTH = 80;
export const MAX_QUOTE_LENGTH = 1000;

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const label = v.pipe(v.string(), v.maxLength(300));
const timestamp = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'Not a date'),
);

export const CommentAnchorSchema = v.variant('kind', [
  v.pipe(
    v.object({
      kind: v.literal('passage'),
      start: offset,
      end: offset,
      quote: v.pipe(v.string(), v.maxLength(MAX_QUOTE_LENGTH)),
    }),
    v.check((a) => a.start < a.end, 'A passage must not be empty'),
  ),
  v.object({ kind: v.literal('entity'), id, label }),
  v.object({ kind: v.literal('event'), id, label }),
]);

/** What a comment is attached to: a passage of the text, an entity, or a timeline event. */
export type CommentAnchor = v.InferOutput<typeof CommentAnchorSchema>;

/** A comment record as stored (schema version 2). */
export const StoredCommentSchema = v.object({
  id,
  articleId: id,
  parentId: v.nullable(id),
  author: v.nullable(v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH))),
  body: v.pipe(v.string(), v.maxLength(MAX_COMMENT_LENGTH)),
  createdAt: timestamp,
  editedAt: v.nullable(timestamp),
  deletedAt: v.nullable(timestamp),
  anchor: v.nullable(CommentAnchorSchema),
});

export type StoredComment = v.InferOutput<typeof StoredCommentSchema>;

/** Validates one record; null when it is corrupted or foreign. */
export function parseStoredComment(data: unknown): StoredComment | null {
  const result = v.safeParse(StoredCommentSchema, data);
  return result.success ? result.output : null;
}

/** Validates a list of records, keeping the valid ones and counting the rest. */
export function parseStoredComments(records: readonly unknown[]): { comments: StoredComment[]; skipped: number } {
  const comments: StoredComment[] = [];
  let skipped = 0;
  for (const record of records) {
    const comment = parseStoredComment(record);
    if (comment) comments.push(comment);
    else skipped += 1;
  }
  return { comments, skipped };
}

/** The file format of an export (and what import accepts). */
export const COMMENTS_FILE_FORMAT = 'gloss-comments';
export const COMMENTS_FILE_VERSION = 1;

export const CommentsFileSchema = v.object({
  format: v.literal(COMMENTS_FILE_FORMAT),
  version: v.literal(COMMENTS_FILE_VERSION),
  articleId: id,
  exportedAt: v.optional(timestamp),
  comments: v.pipe(v.array(v.unknown()), v.maxLength(20000)),
});

export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'unknown problem';
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? `${path}: ` : ''}${first.message}`;
}
