/**
 * Analyser benchmark: the whole `analyze` on a ~1 MB input (the seed and the eval texts repeated) and on
 * the seed, next to compromise's entity extraction and chrono-node's `parse` on the same text in the same
 * run; plus the peak memory of a 1 MB analyse in a child process. `npx tsx tests/bench/analyzer.ts`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { analyze } from '../../src/core/index';
import type { BenchRow } from './types';
import { timeRuns } from './timing';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const SEED = join(ROOT, 'seeds/kerry-moscow-2013.txt');
const EVAL_DIR = resolve(ROOT, '../shared/eval');
const TARGET_BYTES = 1024 * 1024;
const REF_DATE = new Date(Date.UTC(2013, 4, 7, 12));

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function spread(xs: readonly number[]): number {
  return xs.length ? (Math.max(...xs) - Math.min(...xs)) / 2 : 0;
}

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

function peakMemoryMb(text: string, runs: number): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-'));
  try {
    const file = join(dir, 'input.txt');
    writeFileSync(file, text);
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const printed = execFileSync('npx', ['tsx', fileURLToPath(import.meta.url), '--peak', file], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      out.push(Number(printed.trim().split('\n').pop()) / 1024);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
  const peak = peakMemoryMb(big.text, 2);
  rows.push({
    name: 'peak memory (maxRSS), analyze 1 MB in a child process',
    unit: 'MB',
    median: median(peak),
    spread: spread(peak),
    ratio: 'target < 300 MB',
  });
  return rows;
}

function printTable(rows: readonly BenchRow[]): void {
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(72)} ${r.median.toFixed(1).padStart(9)} ${r.unit.padEnd(3)} ±${r.spread.toFixed(1).padEnd(8)} ${r.ratio ?? ''}`,
    );
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const peakAt = process.argv.indexOf('--peak');
  const file = peakAt >= 0 ? process.argv[peakAt + 1] : undefined;
  if (file) {
    analyze(readFileSync(file, 'utf8'));
    // maxRSS is in kilobytes.
    console.log(process.resourceUsage().maxRSS);
  } else {
    printTable(await analyzerBench());
  }
}
