import 'fake-indexeddb/auto';
// Earlier builds wrote this database with Dexie: the compatibility test below writes it the same way.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../core';
import {
  getLocalArticle,
  listLocalArticles,
  removeLocalArticle,
  restoreLocalArticle,
  saveLocalArticle,
} from './article-store';
import { resetArticleStore } from '../../../tests/fixtures/article-store';

const text =
  'Mayor opens new bridge in Springfield\n\n7 May 2013\n\nThe mayor of Springfield, Jane Doe, opened the bridge on Tuesday.';
const article = (id: string) => ({ ...analyze(text), id });

afterEach(resetArticleStore);

describe('article store', () => {
  it('lists nothing before the first save, and creates no database by looking', async () => {
    expect(await listLocalArticles()).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('gloss-articles');
  });

  it('saves an article and reads it back, validated', async () => {
    await saveLocalArticle(article('local-bridge-1'), new Date('2026-01-01T00:00:00Z'));
    const read = await getLocalArticle('local-bridge-1');
    expect(read.title).toBe('Mayor opens new bridge in Springfield');
    expect(read.published).toBe('2013-05-07');
  });

  it('lists summaries newest first', async () => {
    await saveLocalArticle(article('local-a'), new Date('2026-01-01T00:00:00Z'));
    await saveLocalArticle(article('local-b'), new Date('2026-01-02T00:00:00Z'));
    const list = await listLocalArticles();
    expect(list.map((a) => a.id)).toEqual(['local-b', 'local-a']);
    expect(list[0]).toMatchObject({
      title: 'Mayor opens new bridge in Springfield',
      savedAt: '2026-01-02T00:00:00.000Z',
    });
  });

  it('removes an article and puts it back on undo', async () => {
    await saveLocalArticle(article('local-a'), new Date('2026-01-01T00:00:00Z'));
    const removed = await removeLocalArticle('local-a');
    expect(await listLocalArticles()).toEqual([]);
    await expect(getLocalArticle('local-a')).rejects.toThrow(/not in your library/);
    expect(removed).not.toBeNull();
    if (removed) await restoreLocalArticle(removed);
    expect((await getLocalArticle('local-a')).id).toBe('local-a');
  });

  it('reads, lists and removes articles an earlier build saved with Dexie (same database, version 1)', async () => {
    // A record as this build writes it, then the database made again by Dexie alone, as earlier builds did.
    const saved = await saveLocalArticle(article('local-old'), new Date('2026-01-01T00:00:00Z'));
    await resetArticleStore();
    const old = new Dexie('gloss-articles');
    old.version(1).stores({ articles: 'id, savedAt' });
    await old.table('articles').put(saved);
    old.close();

    expect((await listLocalArticles()).map((a) => a.id)).toEqual(['local-old']);
    expect((await getLocalArticle('local-old')).title).toBe('Mayor opens new bridge in Springfield');
    await saveLocalArticle(article('local-new'), new Date('2026-01-02T00:00:00Z'));
    expect((await listLocalArticles()).map((a) => a.id)).toEqual(['local-new', 'local-old']);
    expect(await removeLocalArticle('local-old')).not.toBeNull();
    expect((await listLocalArticles()).map((a) => a.id)).toEqual(['local-new']);
  });

  it('refuses ids without the local- prefix', async () => {
    await expect(saveLocalArticle(article('kerry'), new Date())).rejects.toThrow(/local-/);
  });

  it('skips a damaged record in the list and refuses to open it', async () => {
    await saveLocalArticle(article('local-a'), new Date('2026-01-01T00:00:00Z'));
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('gloss-articles');
      open.onsuccess = () => {
        const tx = open.result.transaction('articles', 'readwrite');
        tx.objectStore('articles').put({ id: 'local-broken', savedAt: '2026-02-01', summary: { id: 1 } });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    expect((await listLocalArticles()).map((a) => a.id)).toEqual(['local-a']);
    await expect(getLocalArticle('local-broken')).rejects.toThrow(/damaged/);
  });
});
