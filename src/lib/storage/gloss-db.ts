/**
 * The comments database. One `comments` store holds the comments of every article, found by the
 * `articleId` index. Records are `unknown`: they are validated when read, never trusted.
 */
import { dexieVersion, openDatabase, type DatabaseSpec } from './idb';
import { DATABASE_NAME } from './keys';

/**
 * Indexes per schema version, in Dexie's notation (primary key first), as the database was first written
 * with Dexie: its version n is IndexedDB version n × 10. Never edit a past version: add one with an upgrade.
 */
export const SCHEMA_VERSIONS = {
  1: { comments: 'id, articleId' },
  // v2 renames fields (name→author, text→body), stores times as ISO strings, adds edit/delete/anchor
  // fields, and indexes parentId so a delete can tell whether a comment still has replies.
  2: { comments: 'id, articleId, parentId' },
} as const;

export const CURRENT_SCHEMA_VERSION = 2;

export const COMMENTS_STORE = 'comments';

function upgrade(db: IDBDatabase, oldVersion: number, tx: IDBTransaction): void {
  if (oldVersion < dexieVersion(1)) {
    const store = db.createObjectStore(COMMENTS_STORE, { keyPath: 'id' });
    store.createIndex('articleId', 'articleId');
  }
  if (oldVersion < dexieVersion(2)) {
    const store = tx.objectStore(COMMENTS_STORE);
    store.createIndex('parentId', 'parentId');
    if (oldVersion === 0) return;
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return;
      const migrated = migrateCommentV1toV2(at.value);
      // A record that is not a recognisable v1 comment is left exactly as it was: it will be counted as
      // unreadable when read, and never overwritten or dropped.
      if (migrated) at.update(migrated);
      at.continue();
    };
  }
}

/** Opens the comments database in `factory`, creating or upgrading it (see idb.openDatabase). */
export function openGlossDb(factory: IDBFactory, name: string = DATABASE_NAME): Promise<IDBDatabase> {
  const spec: DatabaseSpec = {
    name,
    version: dexieVersion(CURRENT_SCHEMA_VERSION),
    stores: [COMMENTS_STORE],
    upgrade,
  };
  return openDatabase(factory, spec);
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
