#!/usr/bin/env node
// Lighthouse gates (issue 7) on the built seed page, served from dist/ on 127.0.0.1: mobile preset (the
// default config: a moto-g-class screen, simulated slow 4G and 4× CPU), Debian Chromium.
// Gates: performance ≥ 98, accessibility 100, best practices 100, SEO ≥ 95. Performance is the median of
// RUNS runs (the machine is shared, the others are deterministic). Prints the scores and every failing audit.
// Usage: node tests/perf/lighthouse.mjs [path]   (after `npm run build`; default: the first article page;
// GLOSS_DIST=dir serves another build, LIGHTHOUSE_RUNS=n changes the run count)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';
import { serveStatic } from './static-server.mjs';

const GATES = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 95 };
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
// Every gate fails the run. Performance is the median of RUNS runs, since single runs on a shared 2-core
// machine swing by several points (almost all of it total blocking time); LIGHTHOUSE_STRICT=0 turns a
// performance miss into a loud warning, for a machine known to be too busy to measure. See README, Decisions.
const STRICT_PERFORMANCE = process.env.LIGHTHOUSE_STRICT !== '0';

const dist = resolve(process.env.GLOSS_DIST ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('lighthouse: dist/ is missing — run `npm run build` first');
  process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `lighthouse: Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );
  process.exit(1);
}
const firstArticle = existsSync(join(dist, 'articles')) ? readdirSync(join(dist, 'articles')).sort()[0] : undefined;
const path = process.argv[2] ?? (firstArticle ? `/articles/${firstArticle}/` : '/');

/** CPU time counters summed over all cores from /proc/stat (Linux), or null elsewhere. */
function cpuTimes() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal = 0] = fields.map(Number);
    return { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal };
  } catch {
    return null;
  }
}

/**
 * Waits until the machine is quiet: one second in which at least QUIET_IDLE of the CPU time was idle (not
 * used by other processes, nor taken by the hypervisor as steal time), for at most QUIET_MAX_MS. The gate
 * measures the page; work left over from the tests before it, or another tenant of the host, is no part of
 * it. Returns the idle share measured last, and how long it waited.
 */
const QUIET_IDLE = 0.9;
const QUIET_MAX_MS = 60_000;
async function waitForQuiet() {
  const started = Date.now();
  let share = 1;
  for (;;) {
    const a = cpuTimes();
    await new Promise((r) => setTimeout(r, 1000));
    const b = cpuTimes();
    if (!a || !b) return { share: null, waited: 0 };
    const total = b.busy + b.idle + b.steal - (a.busy + a.idle + a.steal);
    share = total > 0 ? (b.idle - a.idle) / total : 1;
    if (share >= QUIET_IDLE || Date.now() - started >= QUIET_MAX_MS) return { share, waited: Date.now() - started };
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

const server = await serveStatic({ root: dist });
const url = `${server.origin}${path}`;
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const quiet = await waitForQuiet();
    // A fresh browser per run: no service worker or HTTP cache carried over from the previous one.
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS] });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      runs.push(lhr);
      const s = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      console.log(
        `lighthouse run ${i + 1}/${RUNS}: performance ${s('performance')}, accessibility ${s('accessibility')}, ` +
          `best practices ${s('best-practices')}, SEO ${s('seo')} ` +
          `(FCP ${Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0)} ms, ` +
          `LCP ${Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0)} ms, ` +
          `TBT ${Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0)} ms, ` +
          `CLS ${(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}; ` +
          `CPU ${quiet.share === null ? 'idle share unknown' : `${Math.round(quiet.share * 100)}% idle`} before it, ` +
          `after waiting ${(quiet.waited / 1000).toFixed(0)} s)`,
      );
      // What the blocking time is made of: the longest main-thread tasks as Lighthouse simulated them (4× CPU),
      // with the script each is attributed to. Read in CI's log when the performance gate misses.
      const longTasks = (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 6);
      if (longTasks.length > 0)
        console.log(
          `  long tasks: ${longTasks.map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.startTime)} (${String(t.url).replace(/^.*\//, '') || 'page'})`).join(', ')}`,
        );
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.close();
}

let failed = false;
let warned = false;
console.log(`\nlighthouse ${runs[0]?.lighthouseVersion} on ${path} (mobile preset, median of ${RUNS} for performance)`);
for (const [id, gate] of Object.entries(GATES)) {
  const scores = runs.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100));
  const score = id === 'performance' ? median(scores) : Math.min(...scores);
  const ok = score >= gate;
  const gating = id !== 'performance' || STRICT_PERFORMANCE;
  if (gating) failed ||= !ok;
  else warned ||= !ok;
  const verdict = ok ? 'ok  ' : gating ? 'FAIL' : 'MISS';
  console.log(
    `  ${verdict} ${id.padEnd(15)} ${String(score).padStart(3)}  (gate ≥ ${gate}; runs ${runs.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)).join(', ')})`,
  );
  if (!ok || id !== 'performance') {
    const lhr = runs[0];
    for (const ref of lhr?.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        console.log(`         ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
}
if (failed) {
  console.error('lighthouse: FAILED — a score is below its gate (see the audits above)');
  process.exit(1);
}
if (warned) {
  console.warn(
    `\n${'!'.repeat(78)}\nWARNING: Lighthouse performance is below its gate of ${GATES.performance} (median above).\n` +
      'It does not fail this run only because LIGHTHOUSE_STRICT=0 is set.\n' +
      `${'!'.repeat(78)}`,
  );
}
console.log(warned ? 'lighthouse: accessibility, best practices and SEO gates pass' : 'lighthouse: all gates pass');
