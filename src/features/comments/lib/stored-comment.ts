/** The stored comment types and limits, as the feature uses them (the schema lives with storage). */
export type { CommentAnchor, StoredComment } from '../../../lib/storage/comment-schema';
export { MAX_COMMENT_LENGTH, MAX_NAME_LENGTH, MAX_QUOTE_LENGTH } from '../../../lib/storage/comment-schema';
