/**
 * Comments benchmark (issue 6): loading a 1,000-comment thread from IndexedDB (fake-indexeddb, validated
 * on read) and rendering it. Rendering is measured with React's server renderer over the full
 * CommentsThread (query cache pre-filled), which runs every component of every comment but not the
 * browser's layout; it is an upper bound on React work, not a paint time.
 * Medians over BENCH_RUNS runs (default 5) with half-range spread.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { IDBFactory } from 'fake-indexeddb';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { commentsQueryKey, type CommentsData } from '../../src/features/comments/api/get-comments';
import { CommentsThread } from '../../src/features/comments/components/comments-thread';
import { buildThread, type Comment } from '../../src/features/comments/model';
import { openCommentsStore, setCommentsStore } from '../../src/lib/storage/comments-store';
import { createQueryClient } from '../../src/lib/query-client';
import type { BenchRow } from './types';
import { median, spread } from './timing';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const COUNT = 1000;
const ARTICLE_ID = 'bench-article';

const row = (name: string, xs: number[], ratio?: string): BenchRow => ({ name, unit: 'ms', median: median(xs), spread: spread(xs), ratio });

/** 1,000 comments: a third top-level, the rest replies up to four levels deep, some anchored, some with links. */
export function syntheticComments(count = COUNT, articleId = ARTICLE_ID): Comment[] {
  const out: Comment[] = [];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < count; i += 1) {
    const parent = i % 3 === 0 || i < 3 ? null : out[Math.max(0, i - 1 - (i % 7))];
    out.push({
      id: `c-${i.toString().padStart(5, '0')}`,
      articleId,
      parentId: parent && (parent.parentId === null || i % 2 === 0) ? parent.id : null,
      author: i % 4 === 0 ? null : `Reader ${i % 37}`,
      body: `Comment ${i}: a thought about the talks in Moscow.\nSee https://example.org/${i} for more.`.repeat(1 + (i % 3)),
      createdAt: new Date(start + i * 60_000).toISOString(),
      editedAt: i % 10 === 0 ? new Date(start + i * 60_000 + 5000).toISOString() : null,
      deletedAt: i % 50 === 0 ? new Date(start + i * 60_000 + 9000).toISOString() : null,
      anchor: i % 5 === 0 ? { kind: 'passage', start: i, end: i + 20, quote: 'John Kerry met Vladimir Putin' } : null,
    });
  }
  return out;
}

const noop = () => {};

export async function commentsBench(): Promise<BenchRow[]> {
  const comments = syntheticComments();
  const store = await openCommentsStore({ name: 'gloss-bench', indexedDB: new IDBFactory() });
  await store.merge(ARTICLE_ID, comments);
  setCommentsStore(store);

  const load: number[] = [];
  const thread: number[] = [];
  const render: number[] = [];
  const renderAll: number[] = [];
  let html = 0;
  try {
    // One warm-up run, not counted.
    for (let run = -1; run < RUNS; run += 1) {
      const t0 = performance.now();
      const { comments: loaded, skipped } = await store.list(ARTICLE_ID);
      const t1 = performance.now();
      if (loaded.length !== COUNT || skipped !== 0) throw new Error(`comments bench: loaded ${loaded.length}, skipped ${skipped}`);
      buildThread(loaded, 'newest');
      const t2 = performance.now();

      const client = createQueryClient();
      const data: CommentsData = { comments: loaded, skipped, persistence: store.persistence };
      client.setQueryData(commentsQueryKey(ARTICLE_ID), data);
      const view = (initialLimit?: number) =>
        renderToString(
          createElement(
            QueryClientProvider,
            { client },
            createElement(CommentsThread, {
              initialLimit,
              article: { id: ARTICLE_ID, title: 'Bench', commentCount: 3 },
              pendingAnchor: null,
              onPendingAnchorHandled: noop,
              onShowPassage: noop,
              onShowEntity: noop,
              onShowEvent: noop,
            }),
          ),
        );
      const t3 = performance.now();
      view();
      const t4 = performance.now();
      html = view(Infinity).length;
      const t5 = performance.now();
      if (run >= 0) {
        load.push(t1 - t0);
        thread.push(t2 - t1);
        render.push(t4 - t3);
        renderAll.push(t5 - t4);
      }
    }
  } finally {
    store.close();
    setCommentsStore(null);
  }
  const total = load.map((l, i) => l + (thread[i] ?? 0) + (render[i] ?? 0));
  return [
    row('comments: load 1,000 from IndexedDB (fake-indexeddb) + validate', load),
    row('comments: build the 1,000-comment thread (sort, nest)', thread),
    row('comments: render 1,000-comment thread, first 50 threads shown', render, 'React server renderer; no layout'),
    row('comments: render all 1,000 comments expanded', renderAll, `${(html / 1024).toFixed(0)} KB of HTML`),
    row('comments: load + build + first render of 1,000', total, 'what opening the thread costs'),
  ];
}

// Run directly: `npx tsx tests/bench/comments.ts`
if (import.meta.url === `file://${process.argv[1]}`) {
  void commentsBench().then((rows) => console.table(rows));
}
