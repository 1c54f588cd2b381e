/**
 * The reader's own articles (issue 8), in their own IndexedDB database so the comments schema and this
 * one can change independently. Records are `unknown` until validated: the article with `parseArticle`,
 * the list entry with the summary schema (habit 9). Loaded lazily: nothing here is in the first page load.
 * Listing never creates the database (looking at the library writes nothing); the first save does.
 */
import * as v from 'valibot';
import type { Article } from '../../core/types';
import { ArticleSummarySchema, parseArticle, type ArticleSummary } from '../article-schema';
import { summarize } from '../article-summary';
import { dexieVersion, inTransaction, openDatabase, reopening, requestResult } from './idb';
import { toWriteError } from './storage-errors';

/** Versioned name of the database (habit 8). A new record shape means a new version with an upgrade. */
export const ARTICLE_DB_NAME = 'gloss-articles';
const STORE = 'articles';

/** Ids of the reader's own articles start with this, so the reader knows where to load them from. */
export const LOCAL_ID_PREFIX = 'local-';

export const isLocalArticleId = (id: string): boolean => id.startsWith(LOCAL_ID_PREFIX);

export interface LocalArticleSummary extends ArticleSummary {
  /** ISO date-time at which the reader added it. */
  savedAt: string;
}

/** What one stored record holds: the summary beside the article, so the list never parses whole articles. */
export interface StoredArticle {
  id: string;
  savedAt: string;
  summary: ArticleSummary;
  article: unknown;
}

const RecordSchema = v.object({
  id: v.string(),
  savedAt: v.string(),
  summary: ArticleSummarySchema,
  article: v.unknown(),
});

/** Version 1 in Dexie's numbering (earlier builds wrote this database with Dexie): `articles`, by id and savedAt. */
function openArticleDb(): Promise<IDBDatabase> {
  return openDatabase(indexedDB, {
    name: ARTICLE_DB_NAME,
    version: dexieVersion(1),
    stores: [STORE],
    upgrade(db, oldVersion) {
      if (oldVersion < dexieVersion(1))
        db.createObjectStore(STORE, { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
    },
  });
}

let shared: ReturnType<typeof reopening> | null = null;
function articles<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => Promise<T>): Promise<T> {
  shared ??= reopening(openArticleDb);
  return shared.get().then((db) => inTransaction(db, STORE, mode, body));
}

/** Closes and forgets the connection (tests use it to start from a fresh database). */
export async function closeArticleStore(): Promise<void> {
  shared?.close();
  shared = null;
}

/** Every record, read with the plain IndexedDB API; no database yet means no articles (and creates none). */
function readAllRecords(): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      resolve([]);
      return;
    }
    const open = indexedDB.open(ARTICLE_DB_NAME);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const connection = open.result;
      connection.onversionchange = () => connection.close();
      if (!connection.objectStoreNames.contains(STORE)) {
        connection.close();
        resolve([]);
        return;
      }
      const request = connection.transaction(STORE, 'readonly').objectStore(STORE).getAll();
      request.onsuccess = () => {
        connection.close();
        resolve(request.result);
      };
      request.onerror = () => {
        connection.close();
        reject(request.error);
      };
    };
  });
}

export class ArticleNotFoundError extends Error {
  override name = 'ArticleNotFoundError';
}

/** Saves (or replaces) one of the reader's articles. A failed write throws a `StorageWriteError`. */
export async function saveLocalArticle(article: Article, now: Date): Promise<StoredArticle> {
  if (!isLocalArticleId(article.id)) throw new Error(`Own article ids start with "${LOCAL_ID_PREFIX}".`);
  const record: StoredArticle = { id: article.id, savedAt: now.toISOString(), summary: summarize(article), article };
  try {
    await articles('readwrite', (store) => requestResult(store.put(record)));
  } catch (error) {
    throw toWriteError(error, 'the article');
  }
  return record;
}

/** Puts back a record exactly as it was (undo of a removal). */
export async function restoreLocalArticle(record: StoredArticle): Promise<void> {
  try {
    await articles('readwrite', (store) => requestResult(store.put(record)));
  } catch (error) {
    throw toWriteError(error, 'the article');
  }
}

/** Reads one of the reader's articles, validated. */
export async function getLocalArticle(id: string): Promise<Article> {
  const record = await articles('readonly', (store) => requestResult<unknown>(store.get(id)));
  if (record === undefined) {
    throw new ArticleNotFoundError('This article is not in your library on this device. It may have been removed.');
  }
  const parsed = v.safeParse(RecordSchema, record);
  if (!parsed.success) throw new ArticleNotFoundError('This saved article is damaged and cannot be opened.');
  return parseArticle(parsed.output.article);
}

/** The reader's articles, newest first. Unreadable records are skipped, never thrown away. */
export async function listLocalArticles(): Promise<LocalArticleSummary[]> {
  const out: LocalArticleSummary[] = [];
  for (const record of await readAllRecords()) {
    const parsed = v.safeParse(RecordSchema, record);
    if (parsed.success) out.push({ ...parsed.output.summary, savedAt: parsed.output.savedAt });
  }
  return out.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** Removes an article and hands back what was stored, so the caller can offer undo. */
export async function removeLocalArticle(id: string): Promise<StoredArticle | null> {
  try {
    return await articles('readwrite', async (store) => {
      const record: unknown = await requestResult(store.get(id));
      await requestResult(store.delete(id));
      const parsed = v.safeParse(RecordSchema, record);
      return parsed.success ? parsed.output : null;
    });
  } catch (error) {
    throw toWriteError(error, 'the change');
  }
}
