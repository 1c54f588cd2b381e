/**
 * The reader's own articles (issue 8), in their own IndexedDB database so the comments schema and this
 * one can change independently. Records are `unknown` until validated: the article with `parseArticle`,
 * the list entry with the summary schema (habit 9). Loaded lazily: nothing here is in the first page load.
 */
import { Dexie, type Table, type DexieOptions } from 'dexie';
import * as v from 'valibot';
import type { Article } from '../../core/types';
import { ArticleSummarySchema, parseArticle, type ArticleSummary } from '../article-schema';
import { toWriteError } from './storage-errors';

/** Versioned name of the database (habit 8). A new record shape means a new Dexie version with an upgrade. */
export const ARTICLE_DB_NAME = 'gloss-articles';

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

class ArticleDb extends Dexie {
  articles!: Table<unknown, string>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ articles: 'id, savedAt' });
  }
}

let shared: ArticleDb | null = null;
function db(): ArticleDb {
  shared ??= new ArticleDb(ARTICLE_DB_NAME);
  return shared;
}

/** Closes and forgets the connection (tests use it to start from a fresh database). */
export function closeArticleStore(): void {
  shared?.close();
  shared = null;
}

export class ArticleNotFoundError extends Error {
  override name = 'ArticleNotFoundError';
}

/**
 * The list entry for an article, as the library shows it.
 * @example summarize(article).entityCount // article.entities.length
 */
export function summarize(article: Article): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    source: article.source,
    wordCount: article.wordCount,
    entityCount: article.entities.length,
  };
}

/** Saves (or replaces) one of the reader's articles. A failed write throws a `StorageWriteError`. */
export async function saveLocalArticle(article: Article, now: Date): Promise<StoredArticle> {
  if (!isLocalArticleId(article.id)) throw new Error(`Own article ids start with "${LOCAL_ID_PREFIX}".`);
  const record: StoredArticle = { id: article.id, savedAt: now.toISOString(), summary: summarize(article), article };
  try {
    await db().articles.put(record);
  } catch (error) {
    throw toWriteError(error, 'the article');
  }
  return record;
}

/** Puts back a record exactly as it was (undo of a removal). */
export async function restoreLocalArticle(record: StoredArticle): Promise<void> {
  try {
    await db().articles.put(record);
  } catch (error) {
    throw toWriteError(error, 'the article');
  }
}

/** Reads one of the reader's articles, validated. */
export async function getLocalArticle(id: string): Promise<Article> {
  const record = await db().articles.get(id);
  if (record === undefined) {
    throw new ArticleNotFoundError('This article is not in your library on this device. It may have been removed.');
  }
  const parsed = v.safeParse(RecordSchema, record);
  if (!parsed.success) throw new ArticleNotFoundError('This saved article is damaged and cannot be opened.');
  return parseArticle(parsed.output.article);
}

/** The reader's articles, newest first. Unreadable records are skipped, never thrown away. */
export async function listLocalArticles(): Promise<LocalArticleSummary[]> {
  const records = await db().articles.orderBy('savedAt').reverse().toArray();
  const out: LocalArticleSummary[] = [];
  for (const record of records) {
    const parsed = v.safeParse(RecordSchema, record);
    if (parsed.success) out.push({ ...parsed.output.summary, savedAt: parsed.output.savedAt });
  }
  return out;
}

/** Removes an article and hands back what was stored, so the caller can offer undo. */
export async function removeLocalArticle(id: string): Promise<StoredArticle | null> {
  try {
    return await db().transaction('rw', db().articles, async () => {
      const record = await db().articles.get(id);
      await db().articles.delete(id);
      const parsed = v.safeParse(RecordSchema, record);
      return parsed.success ? parsed.output : null;
    });
  } catch (error) {
    throw toWriteError(error, 'the change');
  }
}
