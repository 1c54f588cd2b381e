/**
 * `npm run bench` (issue 7): one table of medians over several runs, with their spread, and ratios taken
 * within the same run. Page load and interaction run in Debian's Chromium with the CPU slowed 4× through
 * the DevTools protocol, against the built app served from dist/ on 127.0.0.1 (built first if missing or
 * older than the sources; GLOSS_DIST=dir measures another build), beside a plain static page of the same article generated on the fly.
 * Then the analyser and comments benchmarks, when their files exist (`-- --pages-only` leaves them out).
 * BENCH_RUNS=n changes the run count.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { analyze } from '../../src/core/index';
import type { Article } from '../../src/core/types';
import { parseArticle, parseArticleIndex } from '../../src/lib/article-schema';
import { serveStatic, type ExtraRoute } from '../perf/static-server.mjs';
import { plainPage, prerenderArticles, syntheticArticle } from './page-fixtures';
import {
  clickToPaint,
  clickToPaints,
  CPU_SLOWDOWN,
  launchBrowser,
  loadMetrics,
  longestTaskDuring,
  openPage,
  pointAt,
  scrollThrough,
  tracedLoad,
  type LoadMetrics,
} from './page-measure';
import type { LcpFrame } from './lcp-frame';
import { CPU_PHASES, type PhaseCpu } from './trace-cpu';
import { absent, type BenchRow } from './types';
import { median, spread, timeRuns } from './timing';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
// GLOSS_DIST=dir measures another build as it is (no freshness check).
const DIST = process.env.GLOSS_DIST ? resolve(process.env.GLOSS_DIST) : join(ROOT, 'dist');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const SCALE_RUNS = Math.max(1, Math.min(RUNS, 3));
const MB = 1024 * 1024;

const row = (name: string, unit: string, xs: readonly number[], ratio?: string): BenchRow => ({
  name,
  unit,
  median: median(xs),
  spread: spread(xs),
  ...(ratio ? { ratio } : {}),
});

/** The plain page's median and Gloss's difference from it: "plain 61 ms, Gloss +137 ms". */
function versusPlain(glossMs: readonly number[], plainMs: readonly number[]): string {
  const diff = median(glossMs) - median(plainMs);
  return `plain ${median(plainMs).toFixed(0)} ms, Gloss ${diff < 0 ? '−' : '+'}${Math.abs(diff).toFixed(0)} ms`;
}

/** The ratio of paired runs (a/b per run), as its median and range. */
function pairedRatio(a: readonly number[], b: readonly number[], peer: string, target?: string): string {
  const r = a.map((x, i) => x / (b[i] ?? NaN)).filter(Number.isFinite);
  if (r.length === 0) return 'n/a';
  const range = r.length > 1 ? ` (runs ${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)})` : '';
  return `${median(r).toFixed(2)}× ${peer}${range}${target ? `; target ${target}` : ''}`;
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

function ensureBuild(): void {
  if (process.env.GLOSS_DIST) return;
  const built = existsSync(join(DIST, 'index.html')) ? statSync(join(DIST, 'index.html')).mtimeMs : 0;
  const sources = Math.max(
    ...['src', 'public', 'seeds', 'index.html', 'vite.config.ts'].map((p) => newest(join(ROOT, p))),
  );
  if (built >= sources) return;
  console.log('bench: dist/ is missing or older than the sources; building first…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('bench: `npm run build` failed');
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Optional benchmark modules written alongside this one: imported if present, rows checked on arrival. */
async function optionalBench(file: string, exportName: string): Promise<BenchRow[]> {
  const path = join(HERE, file);
  if (!existsSync(path)) return [absent(`${exportName}()`, `skipped: tests/bench/${file} does not exist yet`)];
  const mod: unknown = await import(pathToFileURL(path).href);
  const fn = typeof mod === 'object' && mod !== null ? (mod as Record<string, unknown>)[exportName] : undefined;
  if (typeof fn !== 'function')
    return [absent(`${exportName}()`, `skipped: tests/bench/${file} exports no ${exportName}`)];
  const rows: unknown = await fn();
  if (!Array.isArray(rows)) return [absent(`${exportName}()`, 'returned no rows')];
  return rows.filter(
    (r): r is BenchRow =>
      typeof r === 'object' &&
      r !== null &&
      typeof r.name === 'string' &&
      typeof r.unit === 'string' &&
      typeof r.median === 'number',
  );
}

interface PageRuns {
  fcp: number[];
  lcp: number[];
  interactive: number[];
  longestTask: number[];
  /** The LCP's parts by the frame that painted it (NaN in a run where no reported frame did). */
  frame: Record<keyof LcpFrame, number[]>;
}

function collect(into: PageRuns, m: LoadMetrics): void {
  into.fcp.push(m.fcp);
  into.lcp.push(m.lcp);
  into.interactive.push(m.interactive ?? NaN);
  into.longestTask.push(m.longestTask);
  for (const part of LCP_PARTS) into.frame[part].push(m.lcpFrame?.[part] ?? NaN);
}

const LCP_PARTS = ['before', 'tasks', 'rendering', 'presentation'] as const satisfies readonly (keyof LcpFrame)[];
const LCP_PART_NAMES: Record<keyof LcpFrame, string> = {
  before: 'navigation → its frame’s first task',
  tasks: 'its frame’s tasks before rendering',
  rendering: 'its frame’s rendering (style, layout, paint)',
  presentation: 'rendered → presented (the LCP time)',
};

const emptyRuns = (): PageRuns => ({
  fcp: [],
  lcp: [],
  interactive: [],
  longestTask: [],
  frame: { before: [], tasks: [], rendering: [], presentation: [] },
});

/** `runs` rounds of `measure` on the plain page and on Gloss's, which goes first alternating by round. */
async function alternately(runs: number, measure: (which: 'plain' | 'gloss') => Promise<void>): Promise<void> {
  for (let i = 0; i < runs; i++) {
    for (const which of i % 2 === 0 ? (['plain', 'gloss'] as const) : (['gloss', 'plain'] as const))
      await measure(which);
  }
}

async function loadOnce(browser: Browser, url: string, hasApp: boolean, timeoutMs?: number): Promise<LoadMetrics> {
  const { context, page } = await openPage(browser, url, timeoutMs);
  try {
    return await loadMetrics(page, hasApp, timeoutMs);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  ensureBuild();
  const index = parseArticleIndex(readJson(join(DIST, 'data/articles.json')));
  const first = index[0];
  if (!first) throw new Error('bench: dist/data/articles.json lists no article');
  const seed = parseArticle(readJson(join(DIST, `data/articles/${encodeURIComponent(first.id)}.json`)));
  const seedFile = join(
    ROOT,
    'seeds',
    readdirSync(join(ROOT, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .sort()[0] ?? '',
  );
  const rows: BenchRow[] = [];

  // Scale, in Node: analysis of the synthetic long articles.
  const raw200 = syntheticArticle(seedFile, { paragraphs: 200 });
  const raw1mb = syntheticArticle(seedFile, { bytes: MB });
  analyze(raw200.slice(0, 20_000)); // warm-up: module initialisation and JIT are not what is measured
  const long200: Article = { ...analyze(raw200), id: 'bench-200-paragraphs' };
  const long1mb: Article = { ...analyze(raw1mb), id: 'bench-1-mb' };
  rows.push(
    row(
      `scale: analyze 200 paragraphs (${(raw200.length / 1000).toFixed(0)} kB)`,
      'ms',
      timeRuns(() => analyze(raw200), RUNS),
    ),
    row(
      `scale: analyze 1 MB (${long1mb.paragraphs.length} paragraphs)`,
      'ms',
      timeRuns(() => analyze(raw1mb), SCALE_RUNS),
    ),
  );
  progress(rows);

  // The pages: Gloss's built seed page, the plain page of the same article, and prerendered long articles.
  const builtHome = readFileSync(join(DIST, 'index.html'), 'utf8');
  const [page200, page1mb] = await prerenderArticles(builtHome, { articles: index }, [long200, long1mb]);
  const extra = new Map<string, ExtraRoute>();
  const plainPath = `/bench-plain/${encodeURIComponent(seed.id)}/`;
  extra.set(plainPath, { body: plainPage(seed), type: 'text/html; charset=utf-8' });
  const plainClickPath = `/bench-plain-click/${encodeURIComponent(seed.id)}/`;
  extra.set(plainClickPath, { body: plainPage(seed, { markButton: true }), type: 'text/html; charset=utf-8' });
  for (const p of [page200, page1mb]) {
    if (!p) continue;
    extra.set(p.path, { body: p.html, type: 'text/html; charset=utf-8' });
    extra.set(p.dataPath, { body: p.data, type: 'application/json; charset=utf-8' });
  }
  const server = await serveStatic({ root: DIST, extra });
  const seedUrl = `${server.origin}/articles/${encodeURIComponent(seed.id)}/`;
  const browser = await launchBrowser();
  try {
    console.log(`bench: Chromium ${browser.version()}, CPU ${CPU_SLOWDOWN}× slower, ${RUNS} runs, serving ${DIST}`);

    // Page load: Gloss and the plain page in alternating order within each run.
    const gloss = emptyRuns();
    const plain = emptyRuns();
    const pageUrl = { plain: `${server.origin}${plainPath}`, gloss: seedUrl };
    await alternately(RUNS, async (which) =>
      collect(which === 'plain' ? plain : gloss, await loadOnce(browser, pageUrl[which], which === 'gloss')),
    );
    rows.push(
      row('load: plain static page, first contentful paint', 'ms', plain.fcp),
      row('load: Gloss seed page, first contentful paint', 'ms', gloss.fcp, pairedRatio(gloss.fcp, plain.fcp, 'plain')),
      row('load: plain static page, largest contentful paint', 'ms', plain.lcp),
      row(
        'load: Gloss seed page, largest contentful paint',
        'ms',
        gloss.lcp,
        pairedRatio(gloss.lcp, plain.lcp, 'plain', '≤ 1.2'),
      ),
      row('load: Gloss seed page, interactive (hydrated)', 'ms', gloss.interactive),
      row('load: Gloss seed page, longest task until interactive', 'ms', gloss.longestTask, '0 = none over 50 ms'),
    );
    // The same loads, the LCP split by the frame that painted it (lcp-frame.ts): untraced wall time.
    for (const part of LCP_PARTS) {
      const glossMs = gloss.frame[part];
      const plainMs = plain.frame[part];
      const found = `${glossMs.filter(Number.isFinite).length}/${plainMs.filter(Number.isFinite).length} runs`;
      const vs = `${versusPlain(glossMs, plainMs)} (${found})`;
      rows.push(row(`load, by frame: Gloss seed page LCP, ${LCP_PART_NAMES[part]}`, 'ms', glossMs, vs));
    }
    progress(rows);

    // What the LCP ratio is made of: the main thread's CPU time before LCP, by phase, in traced loads of both
    // pages (alternating, as above). Thread time varies far less between loads than paint times do.
    const cpu: Record<'plain' | 'gloss', PhaseCpu[]> = { plain: [], gloss: [] };
    await alternately(RUNS, async (which) => void cpu[which].push(await tracedLoad(browser, pageUrl[which])));
    for (const phase of ['total', ...CPU_PHASES] as const) {
      const glossMs = cpu.gloss.map((c) => c[phase]);
      const plainMs = cpu.plain.map((c) => c[phase]);
      const vs = versusPlain(glossMs, plainMs);
      const name = `load, traced: Gloss seed page, main-thread CPU before LCP, ${phase === 'total' ? 'all' : phase}`;
      rows.push(row(name, 'ms', glossMs, phase === 'total' ? `${vs}; ${pairedRatio(glossMs, plainMs, 'plain')}` : vs));
    }
    progress(rows);

    // Interaction: a click on an entity mention → its panel painted; on a timeline event → its sentence marked.
    const entityClicks: number[] = [];
    const entityComplete: number[] = [];
    const entityClose: number[] = [];
    const eventClicks: number[] = [];
    const floorClicks: number[] = [];
    let entityMissing = false;
    let eventMissing = false;
    for (let i = 0; i < RUNS; i++) {
      const { context, page } = await openPage(browser, seedUrl);
      try {
        await loadMetrics(page, true);
        await page.waitForLoadState('networkidle');
        const events = page.locator('button[data-event-id]');
        const eventId = (await events.count()) > 0 ? await events.first().getAttribute('data-event-id') : null;
        const sentence = seed.events.find((e) => e.id === eventId)?.sentence;
        if (eventId === null || sentence === undefined) eventMissing = true;
        else {
          // Highlighted as a reader sees it: the sentence's background changes (whatever sets it).
          const background = `getComputedStyle(document.getElementById(${JSON.stringify(`sentence-${sentence}`)})).backgroundColor`;
          const before = await page.evaluate<string>(background);
          const ms = await clickToPaint(
            page,
            `button[data-event-id="${eventId}"]`,
            `${background} !== ${JSON.stringify(before)}`,
          );
          if (ms === null) eventMissing = true;
          else eventClicks.push(ms);
        }
        // The panel paints its heading, type and role in the click's frame and its lists right after.
        const times = await clickToPaints(page, '[data-article-text] button[data-entity-id]', [
          `[...document.querySelectorAll('[role="dialog"]')].some((d) => d.getClientRects().length > 0)`,
          `document.querySelector('[role="dialog"] section ul li') !== null`,
        ]);
        if (times === null) entityMissing = true;
        else {
          entityClicks.push(times[0] ?? NaN);
          entityComplete.push(times[1] ?? NaN);
          // Then Escape closes it, and its mark leaves the text: the longest task until it is gone.
          await page.waitForTimeout(500);
          entityClose.push(
            await longestTaskDuring(page, async () => {
              await page.keyboard.press('Escape');
              await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
            }),
          );
        }
      } finally {
        await context.close();
      }
      // The floor: the same measure on the plain page, whose one button marks a paragraph.
      const plainTab = await openPage(browser, `${server.origin}${plainClickPath}`);
      try {
        await plainTab.page.waitForLoadState('networkidle');
        const ms = await clickToPaint(
          plainTab.page,
          '#plain-mark',
          `document.querySelector('article > p.marked') !== null`,
        );
        if (ms !== null) floorClicks.push(ms);
      } finally {
        await plainTab.context.close();
      }
    }
    rows.push(
      row('interaction: click on the plain page marking a paragraph (the floor)', 'ms', floorClicks),
      entityMissing
        ? absent('interaction: click on an entity → its panel painted', 'n/a (not present)')
        : row('interaction: click on an entity → its panel painted', 'ms', entityClicks, 'target < 50 ms'),
      entityMissing
        ? absent('interaction: click on an entity → its panel complete (lists painted)', 'n/a (not present)')
        : row('interaction: click on an entity → its panel complete (lists painted)', 'ms', entityComplete),
      entityMissing
        ? absent('interaction: Escape closing the panel, longest task', 'n/a (not present)')
        : row('interaction: Escape closing the panel, longest task', 'ms', entityClose, '0 = none over 50 ms'),
      eventMissing
        ? absent('interaction: click on a timeline event → its sentence highlighted', 'n/a (not present)')
        : row('interaction: click on a timeline event → its sentence highlighted', 'ms', eventClicks, 'target < 50 ms'),
    );
    progress(rows);

    // Scale in the browser: the long articles' pages, then scrolling through and opening a panel. The 1 MB
    // page is measured once, with a time limit: it is there to show how far the design stretches.
    for (const [label, p, runs, timeout] of [
      ['200 paragraphs', page200, SCALE_RUNS, 60_000],
      ['1 MB', page1mb, 1, 120_000],
    ] as const) {
      if (!p) continue;
      const load = emptyRuns();
      const scrolling: number[] = [];
      let failure: string | null = null;
      for (let i = 0; i < runs && failure === null; i++) {
        const { context, page } = await openPage(browser, `${server.origin}${p.path}`, timeout);
        try {
          collect(load, await loadMetrics(page, true, timeout));
          scrolling.push(
            await longestTaskDuring(page, async () => {
              await scrollThrough(page);
              const mention = page.locator('[data-article-text] button[data-entity-id]').last();
              if ((await mention.count()) > 0) {
                const press = await pointAt(page, mention);
                await press();
                // The panel did open: a press that missed would make this row look good for nothing. By CSS, not
                // getByRole: Playwright's role query runs on the page's main thread, where this row would count
                // it (~0.5-1 s per poll on the 1 MB page at 4x CPU, traced).
                await page.locator('[role="dialog"]').waitFor({ state: 'visible', timeout });
              }
              await page.waitForTimeout(300);
            }),
          );
        } catch (error) {
          failure = `n/a: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
        } finally {
          await context.close();
        }
      }
      const kb = `${(Buffer.byteLength(p.html) / 1000).toFixed(0)} kB HTML`;
      const target = label === '200 paragraphs' ? 'target ≤ 100 ms; 0 = none over 50 ms' : '0 = none over 50 ms';
      rows.push(
        row(`scale: ${label} page (${kb}), largest contentful paint`, 'ms', load.lcp),
        row(`scale: ${label} page, interactive (hydrated)`, 'ms', load.interactive),
        row(`scale: ${label} page, longest task until interactive`, 'ms', load.longestTask),
        scrolling.length
          ? row(`scale: ${label} page, longest task scrolling + opening a panel`, 'ms', scrolling, target)
          : absent(`scale: ${label} page, longest task scrolling + opening a panel`, failure ?? 'n/a'),
      );
      progress(rows);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  if (!process.argv.includes('--pages-only')) {
    rows.push(...(await optionalBench('comments.ts', 'commentsBench')));
    rows.push(...(await optionalBench('analyzer.ts', 'analyzerBench')));
  }
  printTable(rows);
  console.log(`\nbench: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

let printed = 0;
/** Rows as they are measured, so a long run shows where it is. */
function progress(rows: readonly BenchRow[]): void {
  for (const r of rows.slice(printed)) {
    console.log(`  ${r.name}: ${Number.isFinite(r.median) ? `${r.median.toFixed(1)} ${r.unit}` : (r.ratio ?? 'n/a')}`);
  }
  printed = rows.length;
}

function printTable(rows: readonly BenchRow[]): void {
  const fmt = (n: number) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(1)) : '—');
  const width = Math.max(...rows.map((r) => r.name.length), 10);
  console.log(`\n${'benchmark'.padEnd(width)}  ${'median'.padStart(8)}  ${'± spread'.padEnd(9)} unit  ratio / note`);
  console.log('-'.repeat(width + 40));
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(width)}  ${fmt(r.median).padStart(8)}  ${`± ${fmt(r.spread)}`.padEnd(9)} ${r.unit.padEnd(5)} ${r.ratio ?? ''}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
