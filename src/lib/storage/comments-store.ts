/**
 * The comments store: the only code that reads and writes the reader's comments (habit 8).
 * IndexedDB when the browser allows it, otherwise an in-memory store that says plainly it will not
 * persist. Every read is validated; unreadable records are counted, never touched by a write.
 */
import { parseStoredComment, type StoredComment } from './comment-schema';
import { COMMENTS_STORE, openGlossDb } from './gloss-db';
import { inTransaction, reopening, requestResult } from './idb';
import { CHANGES_CHANNEL } from './keys';
import { StorageWriteError, toWriteError } from './storage-errors';

export type Persistence = { persistent: true } | { persistent: false; reason: string };

export interface CommentList {
  comments: StoredComment[];
  /** Records for this article that failed validation: shown as a notice, left untouched in storage. */
  skipped: number;
}

export type CommentChanges = Partial<Pick<StoredComment, 'body' | 'author' | 'editedAt' | 'deletedAt' | 'anchor'>>;

export interface MergeResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Incoming comments whose id belongs to a stored record we cannot read; kept as they were. */
  conflicts: number;
}

export interface CommentsStore {
  readonly persistence: Persistence;
  list(articleId: string): Promise<CommentList>;
  /** Adds a new comment; fails if its id is taken. */
  add(comment: StoredComment): Promise<void>;
  update(articleId: string, id: string, changes: CommentChanges): Promise<void>;
  /** Finishes a delete once its undo has expired: removes the record, or blanks it if replies hang on it. */
  purge(articleId: string, id: string): Promise<void>;
  /** Merges comments by id: new ones are added, newer versions replace older ones, nothing is duplicated. */
  merge(articleId: string, incoming: readonly StoredComment[]): Promise<MergeResult>;
  /** Calls `listener` when another tab changes this article's comments. */
  subscribe(articleId: string, listener: () => void): () => void;
  close(): void;
}

/** The moment a comment last changed; the later version wins a merge. */
function lastChange(c: StoredComment): number {
  return Math.max(
    Date.parse(c.createdAt),
    c.editedAt ? Date.parse(c.editedAt) : 0,
    c.deletedAt ? Date.parse(c.deletedAt) : 0,
  );
}

function dedupeIncoming(incoming: readonly StoredComment[]): StoredComment[] {
  const byId = new Map<string, StoredComment>();
  for (const c of incoming) {
    const seen = byId.get(c.id);
    if (!seen || lastChange(c) > lastChange(seen)) byId.set(c.id, c);
  }
  return [...byId.values()];
}

/** Decides, per incoming comment, what a merge does. `existing` is the raw stored record (or undefined). */
function planMerge(
  incoming: readonly StoredComment[],
  existing: (id: string) => unknown,
): { writes: StoredComment[]; result: MergeResult } {
  const result: MergeResult = { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
  const writes: StoredComment[] = [];
  for (const c of dedupeIncoming(incoming)) {
    const raw = existing(c.id);
    if (raw === undefined) {
      writes.push(c);
      result.added += 1;
      continue;
    }
    const current = parseStoredComment(raw);
    if (!current || current.articleId !== c.articleId) result.conflicts += 1;
    else if (lastChange(c) > lastChange(current)) {
      writes.push(c);
      result.updated += 1;
    } else result.unchanged += 1;
  }
  return { writes, result };
}

function notFound(): StorageWriteError {
  return new StorageWriteError(
    'This comment no longer exists here (it may have been deleted in another tab).',
    'conflict',
  );
}

/** Cross-tab notifications over BroadcastChannel; a no-op where it does not exist. */
function createBroadcaster() {
  const hasChannel = typeof BroadcastChannel !== 'undefined';
  let sender: BroadcastChannel | null = null;
  return {
    post(articleId: string) {
      if (!hasChannel) return;
      sender ??= new BroadcastChannel(CHANGES_CHANNEL);
      sender.postMessage({ articleId });
    },
    subscribe(articleId: string, listener: () => void): () => void {
      if (!hasChannel) return () => {};
      const channel = new BroadcastChannel(CHANGES_CHANNEL);
      channel.onmessage = (event: MessageEvent<unknown>) => {
        const data: unknown = event.data;
        if (typeof data === 'object' && data !== null && 'articleId' in data && data.articleId === articleId)
          listener();
      };
      return () => channel.close();
    },
    close() {
      sender?.close();
      sender = null;
    },
  };
}

/**
 * The IndexedDB-backed store, over an open comments database (`openGlossDb`). Should another tab close the
 * connection to upgrade the database, the next call opens it again with `reopen`.
 */
export function createIndexedDbStore(first: IDBDatabase, reopen: () => Promise<IDBDatabase>): CommentsStore {
  const connection = reopening(reopen, first);
  const run = async <T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => Promise<T>): Promise<T> =>
    inTransaction(await connection.get(), COMMENTS_STORE, mode, body);
  const broadcast = createBroadcaster();
  const write = async (articleId: string, what: string, task: () => Promise<void>) => {
    try {
      await task();
    } catch (error) {
      throw toWriteError(error, what);
    }
    broadcast.post(articleId);
  };
  return {
    persistence: { persistent: true },
    async list(articleId) {
      const records = await run('readonly', (store) => requestResult(store.index('articleId').getAll(articleId)));
      const comments: StoredComment[] = [];
      let skipped = 0;
      for (const record of records) {
        const c = parseStoredComment(record);
        if (c && c.articleId === articleId) comments.push(c);
        else skipped += 1;
      }
      return { comments, skipped };
    },
    add: (comment) =>
      write(comment.articleId, 'your comment', () =>
        run('readwrite', async (store) => void (await requestResult(store.add(comment)))),
      ),
    update: (articleId, id, changes) =>
      write(articleId, 'your change', () =>
        run('readwrite', async (store) => {
          const current = parseStoredComment(await requestResult(store.get(id)));
          if (!current || current.articleId !== articleId) throw notFound();
          await requestResult(store.put({ ...current, ...changes }));
        }),
      ),
    purge: (articleId, id) =>
      write(articleId, 'the deletion', () =>
        run('readwrite', async (store) => {
          const current = parseStoredComment(await requestResult(store.get(id)));
          if (!current || current.articleId !== articleId || !current.deletedAt) return;
          const replies = await requestResult(store.index('parentId').count(id));
          if (replies > 0) await requestResult(store.put({ ...current, body: '', author: null, anchor: null }));
          else await requestResult(store.delete(id));
        }),
      ),
    async merge(articleId, incoming) {
      let outcome: MergeResult = { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
      await write(articleId, 'the imported comments', () =>
        run('readwrite', async (store) => {
          const ids = dedupeIncoming(incoming).map((c) => c.id);
          const found = await Promise.all(ids.map((id) => requestResult(store.get(id))));
          const existing = new Map<string, unknown>();
          ids.forEach((id, i) => {
            const record = found[i];
            if (record !== undefined) existing.set(id, record);
          });
          const { writes, result } = planMerge(incoming, (id) => existing.get(id));
          await Promise.all(writes.map((c) => requestResult(store.put(c))));
          outcome = result;
        }),
      );
      return outcome;
    },
    subscribe: (articleId, listener) => broadcast.subscribe(articleId, listener),
    close() {
      broadcast.close();
      connection.close();
    },
  };
}

/** A store that lives only as long as the page: the fallback when IndexedDB cannot be used. */
export function createMemoryStore(reason: string, seed: readonly unknown[] = []): CommentsStore {
  const records = new Map<string, unknown>();
  for (const record of seed) {
    const key =
      typeof record === 'object' && record !== null && 'id' in record && typeof record.id === 'string'
        ? record.id
        : crypto.randomUUID();
    records.set(key, record);
  }
  const articleOf = (record: unknown) =>
    typeof record === 'object' && record !== null && 'articleId' in record ? record.articleId : undefined;
  return {
    persistence: { persistent: false, reason },
    async list(articleId) {
      const comments: StoredComment[] = [];
      let skipped = 0;
      for (const record of records.values()) {
        if (articleOf(record) !== articleId) continue;
        const c = parseStoredComment(record);
        if (c) comments.push(c);
        else skipped += 1;
      }
      return { comments, skipped };
    },
    async add(comment) {
      if (records.has(comment.id)) throw new StorageWriteError('A comment with this id already exists.', 'conflict');
      records.set(comment.id, structuredClone(comment));
    },
    async update(articleId, id, changes) {
      const current = parseStoredComment(records.get(id));
      if (!current || current.articleId !== articleId) throw notFound();
      records.set(id, { ...current, ...structuredClone(changes) });
    },
    async purge(articleId, id) {
      const current = parseStoredComment(records.get(id));
      if (!current || current.articleId !== articleId || !current.deletedAt) return;
      const hasReplies = [...records.values()].some(
        (r) => typeof r === 'object' && r !== null && 'parentId' in r && r.parentId === id,
      );
      if (hasReplies) records.set(id, { ...current, body: '', author: null, anchor: null });
      else records.delete(id);
    },
    async merge(_articleId, incoming) {
      const { writes, result } = planMerge(incoming, (id) => records.get(id));
      for (const c of writes) records.set(c.id, structuredClone(c));
      return result;
    },
    subscribe: () => () => {},
    close() {},
  };
}

export interface OpenOptions {
  /** Database name; tests use a fresh one each. */
  name?: string;
  /** An IndexedDB implementation (fake-indexeddb in tests and benchmarks); defaults to the browser's. */
  indexedDB?: IDBFactory;
  /** How long to wait for an open blocked by another tab before falling back to memory. */
  timeoutMs?: number;
}

function describeOpenFailure(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (/Security|InvalidState/.test(name))
    return 'The browser refused access to its database (private browsing, or site data is blocked).';
  if (/Version/.test(name))
    return 'The comments database was written by a newer version of Gloss; it was left untouched.';
  if (/QuotaExceeded/.test(name)) return "The browser's storage for this site is full.";
  return 'The browser could not open its database.';
}

/** Opens IndexedDB, falling back to memory (with the reason) when it is missing, refused or blocked. */
export async function openCommentsStore(options: OpenOptions = {}): Promise<CommentsStore> {
  const factory = options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
  if (!factory) {
    return createMemoryStore('This browser does not offer a database to this page (IndexedDB is missing or disabled).');
  }
  const open = () => openGlossDb(factory, options.name);
  let opened: Promise<IDBDatabase> | null = null;
  try {
    opened = open();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error('blocked'), { name: 'Blocked' })),
        options.timeoutMs ?? 4000,
      );
    });
    let db: IDBDatabase;
    try {
      db = await Promise.race([opened, timeout]);
    } finally {
      clearTimeout(timer);
    }
    return createIndexedDbStore(db, open);
  } catch (error) {
    // Opened after all (an upgrade blocked past the timeout, then let through): not used, so closed.
    void opened?.then((db) => db.close()).catch(() => undefined);
    const reason =
      error instanceof Error && error.name === 'Blocked'
        ? 'Another Gloss tab is holding an older version of the database open.'
        : describeOpenFailure(error);
    return createMemoryStore(reason);
  }
}

let shared: Promise<CommentsStore> | null = null;

/** The app's one comments store, opened on first use (never at module load, so this imports on the server). */
export function getCommentsStore(): Promise<CommentsStore> {
  shared ??= openCommentsStore();
  return shared;
}

/** Replaces the shared store (tests, benchmarks). Pass null to open the browser's again on next use. */
export function setCommentsStore(store: CommentsStore | Promise<CommentsStore> | null): void {
  shared = store === null ? null : Promise.resolve(store);
}
