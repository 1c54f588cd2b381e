/**
 * `npm run eval:time -- FILE.jsonl [--recall-only] [--errors]` scores Gloss's time expressions against
 * an annotated corpus (see ../shared/eval/README.md), running the real CLI, and scores chrono-node
 * alone in the same run for comparison. `--recall-only` is for partial gold (GUM): precision and F1
 * are not meaningful there, so only recall and value accuracy are printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { scoreTimexes, type DocumentPair, type GoldTimex, type PredictedTimex, type TimexScores } from './timex-score';

interface GoldDocument {
  id: string;
  text: string;
  published: string | null;
  timexes: GoldTimex[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readGold(file: string): GoldDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const record: unknown = JSON.parse(line);
      if (!isRecord(record) || typeof record.id !== 'string' || typeof record.text !== 'string' || !Array.isArray(record.timexes)) {
        throw new Error(`${file}:${index + 1}: not a document record`);
      }
      const timexes: GoldTimex[] = record.timexes.filter(isRecord).map((t) => ({
        start: Number(t.start),
        end: Number(t.end),
        value: typeof t.value === 'string' ? t.value : null,
        dct: t.dct === true,
      }));
      return { id: record.id, text: record.text, published: typeof record.published === 'string' ? record.published : null, timexes };
    });
}

/** Runs the real CLI over the documents and returns each document's predicted timexes. */
function runGloss(documents: readonly GoldDocument[]): Map<string, PredictedTimex[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-timex-'));
  try {
    const input = join(dir, 'input.jsonl');
    writeFileSync(input, documents.map((d) => JSON.stringify({ id: d.id, text: d.text, published: d.published })).join('\n') + '\n');
    const stdout = execFileSync('npx', ['tsx', 'src/node/cli.ts', '--jsonl', input], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const out = new Map<string, PredictedTimex[]>();
    for (const line of stdout.split('\n')) {
      if (!line.trim()) continue;
      const article: unknown = JSON.parse(line);
      if (!isRecord(article) || typeof article.id !== 'string' || !Array.isArray(article.timexes)) throw new Error('the CLI printed something that is not an article');
      out.set(
        article.id,
        article.timexes.filter(isRecord).map((t) => ({ start: Number(t.start), end: Number(t.end), value: String(t.value) })),
      );
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** chrono-node's own answer, mapped to a TIMEX3 value from the components it marks as known. */
export function chronoValue(result: chrono.ParsedResult): string {
  const c = result.start;
  const d = c.date();
  const ymd = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const text = result.text.toLowerCase();
  if (c.isCertain('hour')) return `${ymd}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${c.isCertain('timezoneOffset') ? 'Z' : ''}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return ymd;
  if (c.isCertain('month')) return ymd.slice(0, 7);
  if (c.isCertain('year')) return ymd.slice(0, 4);
  if (/\bweekend\b/.test(text)) return `${isoWeekOf(d)}-WE`;
  if (/\bweek\b/.test(text)) return isoWeekOf(d);
  if (/\bmonths?\b/.test(text)) return ymd.slice(0, 7);
  if (/\byears?\b/.test(text)) return ymd.slice(0, 4);
  return ymd;
}

function isoWeekOf(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${pad(week)}`;
}

function runChrono(documents: readonly GoldDocument[]): Map<string, PredictedTimex[]> {
  const out = new Map<string, PredictedTimex[]>();
  for (const doc of documents) {
    const [y, m, d] = (doc.published ?? '2000-01-01').split('-').map(Number);
    const ref = { instant: new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12)), timezone: 0 };
    out.set(
      doc.id,
      chrono.parse(doc.text, ref).map((r) => ({ start: r.index, end: r.index + r.text.length, value: chronoValue(r) })),
    );
  }
  return out;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function report(name: string, s: TimexScores, recallOnly: boolean): string {
  if (recallOnly) {
    return `${name.padEnd(12)} strict R ${pct(s.strict.recall)}  relaxed R ${pct(s.relaxed.recall)}  value acc ${pct(s.valueAccuracy)} (${s.valueMatches}/${s.valued})  [gold ${s.gold}, predicted ${s.predicted}]`;
  }
  return [
    `${name.padEnd(12)} strict  P ${pct(s.strict.precision)} R ${pct(s.strict.recall)} F1 ${pct(s.strict.f1)}`,
    `${''.padEnd(12)} relaxed P ${pct(s.relaxed.precision)} R ${pct(s.relaxed.recall)} F1 ${pct(s.relaxed.f1)}`,
    `${''.padEnd(12)} value accuracy ${pct(s.valueAccuracy)} (${s.valueMatches}/${s.valued})  value F1 ${pct(s.valueF1)}  [gold ${s.gold}, predicted ${s.predicted}]`,
  ].join('\n');
}

function main(argv: readonly string[]): void {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: eval:time -- FILE.jsonl [--recall-only] [--errors]\n');
    process.exitCode = 2;
    return;
  }
  const recallOnly = argv.includes('--recall-only');
  const documents = readGold(file);
  const pair = (predictions: Map<string, PredictedTimex[]>): DocumentPair[] =>
    documents.map((d) => ({ id: d.id, gold: d.timexes, predicted: predictions.get(d.id) ?? [] }));
  const gloss = scoreTimexes(pair(runGloss(documents)));
  const baseline = scoreTimexes(pair(runChrono(documents)));
  console.log(`${file}: ${documents.length} documents${recallOnly ? ' (partial gold: recall and value accuracy only)' : ''}`);
  console.log(report('gloss', gloss, recallOnly));
  console.log(report('chrono-node', baseline, recallOnly));
  if (argv.includes('--errors')) {
    const texts = new Map(documents.map((d) => [d.id, d.text]));
    for (const e of gloss.errors) {
      if (recallOnly && e.kind === 'spurious') continue;
      const text = texts.get(e.id) ?? '';
      const context = text.slice(Math.max(0, e.span.start - 30), e.span.end + 20).replace(/\s+/g, ' ');
      console.log(`${e.kind.padEnd(8)} ${JSON.stringify(text.slice(e.span.start, e.span.end))} gold=${e.gold} predicted=${e.predicted} | ${context}`);
    }
  }
}

main(process.argv.slice(2));
