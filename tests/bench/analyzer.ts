/**
 * Analyser benchmark: the whole `analyze` on a ~1 MB input (the seed and the eval texts repeated) and on
 * the seed, next to compromise's entity extraction and chrono-node's `parse` on the same text in the same
 * run; plus the peak memory of a 1 MB analyse in a child process. `npx tsx tests/bench/analyzer.ts`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { analyze } from '../../src/core/index';
import { absent, type BenchRow } from './types';
import { median, spread, timeRuns } from './timing';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const SEED = join(ROOT, 'seeds/kerry-moscow-2013.txt');
const EVAL_DIR = resolve(ROOT, '../shared/eval');
const TARGET_BYTES = 1024 * 1024;
const REF_DATE = new Date(Date.UTC(2013, 4, 7, 12));

/** Texts of the eval records, when ../shared/eval is present. */
function evalTexts(): string[] {
  const out: string[] = [];
  for (const name of ['entities_dev.jsonl', 'timex_dev.jsonl', 'timex_gum_dev.jsonl']) {
    const file = join(EVAL_DIR, name);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const v: unknown = JSON.parse(line);
      if (typeof v === 'object' && v !== null && 'text' in v && typeof v.text === 'string') out.push(v.text);
    }
  }
  return out;
}

/** The seed followed by the eval texts, repeated to about 1 MB (UTF-8). */
export function megabyteInput(): { text: string; source: string } {
  const seed = readFileSync(SEED, 'utf8');
  const texts = evalTexts();
  const unit = [seed, ...texts.map((t) => t.replace(/^[^\n]*\n/, ''))].join('\n\n');
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    parts.push(unit);
    bytes += Buffer.byteLength(unit) + 2;
  }
  return {
    text: parts.join('\n\n'),
    source: texts.length ? `seed + ${texts.length} eval texts, repeated` : 'seed repeated',
  };
}

function compromiseEntities(text: string): number {
  const doc = nlp(text);
  return doc.people().json().length + doc.places().json().length + doc.organizations().json().length;
}

/** The built analysis worker in `dist/assets` (GLOSS_DIST=dir for another build), or null before a build. */
export function builtWorker(
  dist = process.env.GLOSS_DIST ? resolve(process.env.GLOSS_DIST) : join(ROOT, 'dist'),
): string | null {
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) return null;
  const name = readdirSync(assets).find((f) => /^analyze\.worker-[\w-]+\.js$/.test(f));
  return name ? join(assets, name) : null;
}

interface PeakRun {
  /** The process's peak before analysing (Node and the analyser's code), in MB. */
  before: number;
  /** The process's peak after, in MB. */
  peak: number;
}

/**
 * Peak memory (maxRSS) of a child process that analyses `text` once: the built worker run by plain Node
 * (worker-peak.mjs) when `worker` is given, else `analyze` from the sources through tsx.
 */
function peakMemory(text: string, runs: number, worker: string | null): PeakRun[] {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-'));
  try {
    const file = join(dir, 'input.txt');
    writeFileSync(file, text);
    const out: PeakRun[] = [];
    for (let i = 0; i < runs; i++) {
      const printed = worker
        ? execFileSync(process.execPath, [join(HERE, 'worker-peak.mjs'), worker, file], { cwd: ROOT, encoding: 'utf8' })
        : execFileSync('npx', ['tsx', fileURLToPath(import.meta.url), '--peak', file], { cwd: ROOT, encoding: 'utf8' });
      const last: unknown = JSON.parse(printed.trim().split('\n').pop() ?? '');
      if (typeof last !== 'object' || last === null || !('beforeKb' in last) || !('maxRssKb' in last))
        throw new Error(`bench: the peak-memory child printed ${printed}`);
      out.push({ before: Number(last.beforeKb) / 1024, peak: Number(last.maxRssKb) / 1024 });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The peak-memory row: median peak, with what the process held before analysing. */
function peakRow(name: string, runs: readonly PeakRun[], note: string): BenchRow {
  const peaks = runs.map((r) => r.peak);
  return {
    name,
    unit: 'MB',
    median: median(peaks),
    spread: spread(peaks),
    ratio: `${median(runs.map((r) => r.before)).toFixed(0)} MB before analysing; ${note}`,
  };
}

const x = (a: number, b: number): string => `${(a / b).toPrecision(2)}×`;

function compare(label: string, text: string, runs: number): BenchRow[] {
  // Warm-up: module initialisation and JIT are not what is measured.
  analyze(text.slice(0, 20000));
  compromiseEntities(text.slice(0, 20000));
  chrono.parse(text.slice(0, 20000), REF_DATE);
  const ours = timeRuns(() => analyze(text), runs);
  const peer = timeRuns(() => compromiseEntities(text), runs);
  const dates = timeRuns(() => chrono.parse(text, REF_DATE), runs);
  const mb = Buffer.byteLength(text) / TARGET_BYTES;
  const m = median(ours);
  return [
    {
      name: `analyze (whole pipeline), ${label}`,
      unit: 'ms',
      median: m,
      spread: spread(ours),
      ratio: `compromise/analyze = ${x(median(peer), m)}; chrono.parse/analyze = ${x(median(dates), m)}; ${(mb / (m / 1000)).toFixed(2)} MB/s`,
    },
    {
      name: `compromise people/places/organizations, ${label}`,
      unit: 'ms',
      median: median(peer),
      spread: spread(peer),
    },
    { name: `chrono.parse, ${label}`, unit: 'ms', median: median(dates), spread: spread(dates) },
  ];
}

/**
 * Runs the analyser benchmark and returns its rows.
 * @example const rows = await analyzerBench();
 */
export async function analyzerBench(): Promise<BenchRow[]> {
  const seed = readFileSync(SEED, 'utf8');
  const big = megabyteInput();
  const rows = [...compare(`1 MB (${big.source})`, big.text, 3), ...compare('seed article', seed, 20)];
  const worker = builtWorker();
  rows.push(
    worker
      ? peakRow(
          'peak memory (maxRSS), the built analysis worker analysing 1 MB, in Node',
          peakMemory(big.text, 3, worker),
          'target < 300 MB',
        )
      : absent(
          'peak memory (maxRSS), the built analysis worker analysing 1 MB, in Node',
          'n/a: no dist/assets/analyze.worker-*.js; run `npm run build`',
        ),
    peakRow(
      'peak memory (maxRSS), analyze 1 MB from the sources through tsx',
      peakMemory(big.text, 2, null),
      'tsx keeps every transpiled module and its source map',
    ),
  );
  return rows;
}

function printTable(rows: readonly BenchRow[]): void {
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(72)} ${(Number.isFinite(r.median) ? r.median.toFixed(1) : '—').padStart(9)} ${r.unit.padEnd(3)} ±${r.spread.toFixed(1).padEnd(8)} ${r.ratio ?? ''}`,
    );
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const peakAt = process.argv.indexOf('--peak');
  const file = peakAt >= 0 ? process.argv[peakAt + 1] : undefined;
  if (file) {
    const beforeKb = process.resourceUsage().maxRSS;
    analyze(readFileSync(file, 'utf8'));
    // maxRSS is in kilobytes.
    console.log(JSON.stringify({ beforeKb, maxRssKb: process.resourceUsage().maxRSS }));
  } else {
    printTable(await analyzerBench());
  }
}
