// Dexie wrote this database in earlier builds: the tests use it to make the databases those builds left.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredComment } from '../../src/lib/storage/comment-schema';
import { createIndexedDbStore, createMemoryStore, openCommentsStore, type CommentsStore } from '../../src/lib/storage/comments-store';
import { migrateCommentV1toV2, openGlossDb, SCHEMA_VERSIONS } from '../../src/lib/storage/gloss-db';
import { StorageWriteError } from '../../src/lib/storage/storage-errors';

const ARTICLE = 'kerry-in-moscow';

function comment(id: string, patch: Partial<StoredComment> = {}): StoredComment {
  return {
    id,
    articleId: ARTICLE,
    parentId: null,
    author: 'Ada',
    body: `Comment ${id}`,
    createdAt: '2026-01-01T10:00:00.000Z',
    editedAt: null,
    deletedAt: null,
    anchor: null,
    ...patch,
  };
}

const opened: CommentsStore[] = [];
function fakeIdb() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}
async function openFake(options = fakeIdb(), name = 'gloss-test') {
  const store = await openCommentsStore({ name, indexedDB: options.indexedDB });
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('comments store on IndexedDB', () => {
  it('keeps comments of each article apart and reads them back validated', async () => {
    const store = await openFake();
    expect(store.persistence).toEqual({ persistent: true });
    await store.add(comment('a'));
    await store.add(comment('b', { articleId: 'another-article' }));
    const list = await store.list(ARTICLE);
    expect(list.comments.map((c) => c.id)).toEqual(['a']);
    expect(list.skipped).toBe(0);
  });

  it('refuses a second comment with the same id', async () => {
    const store = await openFake();
    await store.add(comment('a'));
    await expect(store.add(comment('a'))).rejects.toBeInstanceOf(StorageWriteError);
  });

  it('edits, soft-deletes and restores', async () => {
    const store = await openFake();
    await store.add(comment('a'));
    await store.update(ARTICLE, 'a', { body: 'Changed', editedAt: '2026-01-01T11:00:00.000Z' });
    await store.update(ARTICLE, 'a', { deletedAt: '2026-01-01T12:00:00.000Z' });
    let [a] = (await store.list(ARTICLE)).comments;
    expect(a).toMatchObject({ body: 'Changed', deletedAt: '2026-01-01T12:00:00.000Z' });
    await store.update(ARTICLE, 'a', { deletedAt: null });
    [a] = (await store.list(ARTICLE)).comments;
    expect(a?.deletedAt).toBeNull();
  });

  it('says so when the comment to change is gone', async () => {
    const store = await openFake();
    await expect(store.update(ARTICLE, 'missing', { body: 'x' })).rejects.toThrow(/no longer exists/);
  });

  it('purges a deleted comment, or blanks it when replies hang on it', async () => {
    const store = await openFake();
    await store.add(comment('lonely', { deletedAt: '2026-01-01T12:00:00.000Z' }));
    await store.add(comment('parent', { deletedAt: '2026-01-01T12:00:00.000Z' }));
    await store.add(comment('child', { parentId: 'parent' }));
    await store.add(comment('alive'));
    await store.purge(ARTICLE, 'lonely');
    await store.purge(ARTICLE, 'parent');
    await store.purge(ARTICLE, 'alive'); // not deleted: left alone
    const { comments } = await store.list(ARTICLE);
    expect(comments.map((c) => c.id).sort()).toEqual(['alive', 'child', 'parent']);
    expect(comments.find((c) => c.id === 'parent')).toMatchObject({ body: '', author: null });
    expect(comments.find((c) => c.id === 'alive')?.body).toBe('Comment alive');
  });
});

describe('corrupted and foreign records', () => {
  it('are skipped with a count, and survive every later write', async () => {
    const options = fakeIdb();
    const db = new Dexie('gloss-corrupt', options);
    db.version(2).stores(SCHEMA_VERSIONS[2]);
    await db.table('comments').bulkPut([
      { id: 'bad-1', articleId: ARTICLE, body: 42 },
      { ...comment('bad-2'), createdAt: 'not a date' },
      { ...comment('bad-3'), anchor: { kind: 'passage', start: 9, end: 3, quote: '' } },
      { id: 'other', articleId: 'other-article', nonsense: true },
    ]);
    const store = await openFake(options, 'gloss-corrupt');
    await store.add(comment('good'));
    await store.update(ARTICLE, 'good', { body: 'edited' });
    await store.merge(ARTICLE, [comment('imported'), comment('bad-1', { body: 'would overwrite' })]);

    const list = await store.list(ARTICLE);
    expect(list.comments.map((c) => c.id).sort()).toEqual(['good', 'imported']);
    expect(list.skipped).toBe(3);
    expect(await db.table('comments').count()).toBe(6);
    expect(await db.table('comments').get('bad-1')).toEqual({ id: 'bad-1', articleId: ARTICLE, body: 42 });
    db.close();
  });

  it('a record that claims another article under this id is not read as ours', async () => {
    const store = createMemoryStore('test', [{ ...comment('z'), articleId: ARTICLE, author: 7 }]);
    expect(await store.list(ARTICLE)).toEqual({ comments: [], skipped: 1 });
  });
});

describe('schema migration v1 → v2', () => {
  it('renames fields, converts times and adds the new fields, leaving unrecognisable records as they were', async () => {
    const options = fakeIdb();
    const v1 = new Dexie('gloss-migrate', options);
    v1.version(1).stores(SCHEMA_VERSIONS[1]);
    await v1.open();
    await v1.table('comments').bulkPut([
      { id: 'old-1', articleId: ARTICLE, name: '  Grace ', text: 'First!\nSecond line', createdAt: Date.parse('2025-05-07T09:00:00Z') },
      { id: 'old-2', articleId: ARTICLE, parentId: 'old-1', text: 'A reply', createdAt: Date.parse('2025-05-07T09:05:00Z') },
      { id: 'broken', articleId: ARTICLE, text: null, createdAt: 'yesterday' },
    ]);
    v1.close();

    const store = await openFake(options, 'gloss-migrate');
    const list = await store.list(ARTICLE);
    expect(list.skipped).toBe(1);
    const byId = new Map(list.comments.map((c) => [c.id, c]));
    expect(byId.get('old-1')).toEqual({
      id: 'old-1',
      articleId: ARTICLE,
      parentId: null,
      author: 'Grace',
      body: 'First!\nSecond line',
      createdAt: '2025-05-07T09:00:00.000Z',
      editedAt: null,
      deletedAt: null,
      anchor: null,
    });
    expect(byId.get('old-2')).toMatchObject({ parentId: 'old-1', author: null, body: 'A reply' });
  });

  it('writes the database as Dexie did at version 2 (IndexedDB version 20), so builds with either open it', async () => {
    const options = fakeIdb();
    const store = await openFake(options, 'gloss-index');
    await store.add(comment('p'));
    const db = new Dexie('gloss-index', options);
    await db.open(); // no declared schema: Dexie reads what is there
    expect(db.verno).toBe(2);
    const schema = db.table('comments').schema;
    expect(schema.primKey.keyPath).toBe('id');
    expect(schema.indexes.map((i) => i.name).sort()).toEqual(['articleId', 'parentId']);
    expect(await db.table('comments').get('p')).toEqual(comment('p'));
    db.close();
  });

  it.each([
    ['not an object', 'text'],
    ['missing text', { id: 'a', articleId: 'x', createdAt: 0 }],
    ['string time', { id: 'a', articleId: 'x', text: 't', createdAt: '2020' }],
    ['no id', { articleId: 'x', text: 't', createdAt: 0 }],
  ])('leaves a record alone when it is not a v1 comment (%s)', (_label, record) => {
    expect(migrateCommentV1toV2(record)).toBeNull();
  });
});

describe('merge (import)', () => {
  it('adds new comments, replaces older versions, keeps newer ones and never duplicates', async () => {
    const store = await openFake();
    await store.add(comment('same'));
    await store.add(comment('mine-newer', { body: 'local edit', editedAt: '2026-02-01T00:00:00.000Z' }));
    await store.add(comment('theirs-newer', { body: 'old text' }));
    const result = await store.merge(ARTICLE, [
      comment('same'),
      comment('mine-newer', { body: 'stale' }),
      comment('theirs-newer', { body: 'new text', editedAt: '2026-03-01T00:00:00.000Z' }),
      comment('fresh'),
      comment('fresh'),
    ]);
    expect(result).toEqual({ added: 1, updated: 1, unchanged: 2, conflicts: 0 });
    const { comments } = await store.list(ARTICLE);
    expect(comments).toHaveLength(4);
    expect(comments.find((c) => c.id === 'mine-newer')?.body).toBe('local edit');
    expect(comments.find((c) => c.id === 'theirs-newer')?.body).toBe('new text');
    // Importing the same again changes nothing.
    expect(await store.merge(ARTICLE, comments)).toEqual({ added: 0, updated: 0, unchanged: 4, conflicts: 0 });
  });
});

describe('failed writes', () => {
  it('a full disk (QuotaExceededError) becomes a clear StorageWriteError', async () => {
    const factory = new IDBFactory();
    const store = createIndexedDbStore(await openGlossDb(factory, 'gloss-quota'), () => openGlossDb(factory, 'gloss-quota'));
    opened.push(store);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await store.add(comment('a')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect(error).toMatchObject({ reason: 'quota' });
    expect(String(error)).toMatch(/storage for this site is full/);
    expect((await store.list(ARTICLE)).comments).toEqual([]);
  });

  it('a quota error answered by a request inside a transaction is reported too, and nothing is written', async () => {
    const store = await openFake(fakeIdb(), 'gloss-quota-tx');
    await store.add(comment('a'));
    // As a browser reports a full disk: the write request fails with a QuotaExceededError event.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      const request = { error: new DOMException('full', 'QuotaExceededError'), onerror: null as null | (() => void) };
      setTimeout(() => request.onerror?.());
      return request as unknown as ReturnType<IDBObjectStore['put']>;
    });
    await expect(store.update(ARTICLE, 'a', { body: 'x' })).rejects.toMatchObject({ reason: 'quota' });
    expect((await store.list(ARTICLE)).comments[0]?.body).toBe('Comment a');
  });

  it('a transaction that fails half-way writes none of its changes (an import is all or nothing)', async () => {
    const store = await openFake(fakeIdb(), 'gloss-atomic');
    await store.add(comment('a', { body: 'old' }));
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      puts += 1;
      if (puts === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const merged = store.merge(ARTICLE, [comment('a', { body: 'new', editedAt: '2026-02-01T00:00:00.000Z' }), comment('b')]);
    await expect(merged).rejects.toMatchObject({ reason: 'quota' });
    vi.restoreAllMocks();
    const { comments } = await store.list(ARTICLE);
    expect(comments.map((c) => [c.id, c.body])).toEqual([['a', 'old']]);
  });

  it('another tab upgrading the database closes this connection; the next write opens it again', async () => {
    const options = fakeIdb();
    const store = await openFake(options, 'gloss-upgrade');
    await store.add(comment('a'));
    const newer = new Dexie('gloss-upgrade', options);
    newer.version(3).stores({ comments: 'id, articleId, parentId, something' });
    await newer.open(); // would stay blocked if this tab kept its connection
    newer.close();
    await store.add(comment('b'));
    expect((await store.list(ARTICLE)).comments.map((c) => c.id).sort()).toEqual(['a', 'b']);
  });
});

describe('fallback to memory', () => {
  it('when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = await openCommentsStore();
    expect(store.persistence).toMatchObject({ persistent: false, reason: expect.stringMatching(/IndexedDB is missing/) });
    await store.add(comment('a'));
    expect((await store.list(ARTICLE)).comments).toHaveLength(1);
    vi.unstubAllGlobals();
  });

  it('when opening is refused (private mode, blocked site data)', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const store = await openCommentsStore({ name: 'x', indexedDB: refusing as unknown as IDBFactory });
    expect(store.persistence).toMatchObject({ persistent: false, reason: expect.stringMatching(/refused/) });
  });

  it('not when the database was written by a newer Gloss: it opens, unknown records are skipped and left untouched', async () => {
    const options = fakeIdb();
    const newer = new Dexie('gloss-newer', options);
    newer.version(3).stores({ comments: 'id, articleId, parentId, something' });
    await newer.open();
    await newer.table('comments').put({ id: 'future', articleId: ARTICLE });
    newer.close();
    const store = await openFake(options, 'gloss-newer');
    expect(store.persistence).toEqual({ persistent: true });
    expect(await store.list(ARTICLE)).toEqual({ comments: [], skipped: 1 });
    await store.add(comment('today'));
    store.close();
    const again = new Dexie('gloss-newer', options);
    again.version(3).stores({ comments: 'id, articleId, parentId, something' });
    expect(await again.table('comments').get('future')).toEqual({ id: 'future', articleId: ARTICLE });
    again.close();
  });

  it('when another tab blocks the upgrade for too long', async () => {
    const never = { open: () => ({}) }; // a request that never answers
    const store = await openCommentsStore({ name: 'x', indexedDB: never as unknown as IDBFactory, timeoutMs: 30 });
    expect(store.persistence).toMatchObject({ persistent: false, reason: expect.stringMatching(/Another Gloss tab/) });
  });
});

describe('cross-tab notification', () => {
  it('tells other tabs (BroadcastChannel) which article changed', async () => {
    const options = fakeIdb();
    const tabA = await openFake(options, 'gloss-tabs');
    const tabB = await openFake(options, 'gloss-tabs');
    const heard = vi.fn();
    const other = vi.fn();
    const stop = tabB.subscribe(ARTICLE, heard);
    const stopOther = tabB.subscribe('another-article', other);
    await tabA.add(comment('a'));
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    expect(other).not.toHaveBeenCalled();
    stop();
    stopOther();
  });
});
