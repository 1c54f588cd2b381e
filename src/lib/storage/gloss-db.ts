/**
 * The IndexedDB database, through Dexie. One `comments` store holds the comments of every article,
 * found by the `articleId` index. Records are typed `unknown`: they are validated when read, never trusted.
 */
import { Dexie, type Table, type DexieOptions } from 'dexie';
import { STORAGE_KEYS } from './keys';

/** Index definitions per schema version. Never edit a past version: add a new one with an upgrade. */
export const SCHEMA_VERSIONS = {
  1: { comments: 'id, articleId' },
  // v2 renames fields (name→author, text→body), stores times as ISO strings, adds edit/delete/anchor
  // fields, and indexes parentId so a delete can tell whether a comment still has replies.
  2: { comments: 'id, articleId, parentId' },
} as const;

export const CURRENT_SCHEMA_VERSION = 2;

export class GlossDb extends Dexie {
  comments!: Table<unknown, string>;

  constructor(name: string = STORAGE_KEYS.database, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_VERSIONS[1]);
    this.version(2)
      .stores(SCHEMA_VERSIONS[2])
      .upgrade((tx) =>
        tx
          .table('comments')
          .toCollection()
          .modify((record: unknown, ref: { value: unknown }) => {
            const migrated = migrateCommentV1toV2(record);
            // A record that is not a recognisable v1 comment is left exactly as it was: it will be
            // counted as unreadable when read, and never overwritten or dropped.
            if (migrated) ref.value = migrated;
          }),
      );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Converts a v1 comment record ({id, articleId, parentId?, name?, text, createdAt: epoch ms}) to v2.
 * Returns null when the record does not look like a v1 comment.
 * @example migrateCommentV1toV2({ id: 'a', articleId: 'x', text: 'Hi', createdAt: 0 }).body // 'Hi'
 */
export function migrateCommentV1toV2(record: unknown): Record<string, unknown> | null {
  if (!isRecord(record)) return null;
  const { id, articleId, parentId, name, text, createdAt } = record;
  if (typeof id !== 'string' || typeof articleId !== 'string' || typeof text !== 'string') return null;
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return null;
  const author = typeof name === 'string' && name.trim() ? name.trim() : null;
  return {
    id,
    articleId,
    parentId: typeof parentId === 'string' && parentId ? parentId : null,
    author,
    body: text,
    createdAt: new Date(createdAt).toISOString(),
    editedAt: null,
    deletedAt: null,
    anchor: null,
  };
}
