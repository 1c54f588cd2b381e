/**
 * `npm run eval -- ../shared/eval/entities_dev.jsonl` — scores Gloss's entities (through the real CLI,
 * `analyze --jsonl`, so what is measured is what ships) and compromise's people/places/organizations
 * on the same documents, exact and relaxed, per type and over person+place+organization.
 * `--errors` prints Gloss's false positives and misses per document.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import {
  CORE_TYPES,
  SCORED_TYPES,
  emptyTable,
  goldTypeOf,
  prf,
  scoreDocument,
  sumCounts,
  type GoldSpan,
  type PredSpan,
  type ScoreTable,
} from './score';

interface Doc {
  id: string;
  text: string;
  published: string | null;
  entities: GoldSpan[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseDoc(line: string, n: number): Doc {
  const v: unknown = JSON.parse(line);
  if (!isRecord(v) || typeof v.id !== 'string' || typeof v.text !== 'string' || !Array.isArray(v.entities)) {
    throw new Error(`line ${n}: not an entity record`);
  }
  const entities: GoldSpan[] = [];
  for (const e of v.entities as unknown[]) {
    if (!isRecord(e) || typeof e.start !== 'number' || typeof e.end !== 'number' || typeof e.type !== 'string') continue;
    entities.push({ start: e.start, end: e.end, type: e.type, nested: e.nested === true });
  }
  return { id: v.id, text: v.text, published: typeof v.published === 'string' ? v.published : null, entities };
}

/** Runs the shipped CLI over the documents and returns each document's predicted spans. */
function glossPredictions(docs: readonly Doc[]): Map<string, PredSpan[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-eval-'));
  try {
    const file = join(dir, 'docs.jsonl');
    writeFileSync(file, docs.map((d) => JSON.stringify({ id: d.id, text: d.text, published: d.published })).join('\n'));
    const out = execFileSync('npx', ['tsx', 'src/node/cli.ts', '--jsonl', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const byId = new Map<string, PredSpan[]>();
    for (const line of out.split('\n')) {
      if (!line.trim()) continue;
      const a: unknown = JSON.parse(line);
      if (!isRecord(a) || typeof a.id !== 'string' || !Array.isArray(a.entities)) throw new Error('analyze printed no article');
      const spans: PredSpan[] = [];
      for (const e of a.entities as unknown[]) {
        if (!isRecord(e) || typeof e.type !== 'string' || !Array.isArray(e.mentions)) continue;
        const type = goldTypeOf(e.type);
        if (!type) continue;
        for (const m of e.mentions as unknown[]) {
          if (isRecord(m) && typeof m.start === 'number' && typeof m.end === 'number') spans.push({ start: m.start, end: m.end, type });
        }
      }
      byId.set(a.id, spans);
    }
    return byId;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface NlpMatch {
  offset?: { start: number; length: number };
}

/** compromise's spans carry trailing punctuation and possessives; trimming them is fair to it. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let e = end;
  for (;;) {
    const tail = text.slice(start, e);
    const m = /(?:['’]s|['’]|[\s.,;:!?"”)\]])$/.exec(tail);
    if (!m || tail.length <= m[0].length) break;
    if (m[0] === '.' && /(?:\b\p{Lu}\.|\b(?:Inc|Co|Corp|Ltd|Jr|Sr)\.)$/u.test(tail)) break;
    e -= m[0].length;
  }
  let s = start;
  while (s < e && /[\s"“(]/.test(text[s] ?? '')) s++;
  return { start: s, end: e };
}

function compromisePredictions(doc: Doc): PredSpan[] {
  const d = nlp(doc.text);
  const spans: PredSpan[] = [];
  const take = (matches: unknown, type: string): void => {
    if (!Array.isArray(matches)) return;
    for (const m of matches as NlpMatch[]) {
      if (!m.offset) continue;
      spans.push({ ...trimSpan(doc.text, m.offset.start, m.offset.start + m.offset.length), type });
    }
  };
  take(d.people().json({ offset: true }), 'PERSON');
  take(d.places().json({ offset: true }), 'PLACE');
  take(d.organizations().json({ offset: true }), 'ORG');
  return spans;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

function printTable(name: string, table: ScoreTable): void {
  console.log(`\n${name}`);
  console.log('type      exact P     R    F1 | relaxed P     R    F1 |  gold');
  const row = (label: string, types: readonly (typeof SCORED_TYPES)[number][]): void => {
    const e = prf(sumCounts(table, types, 'exact'));
    const r = prf(sumCounts(table, types, 'relaxed'));
    const c = sumCounts(table, types, 'exact');
    console.log(
      `${label.padEnd(9)} ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)} |   ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)} | ${String(c.tp + c.fn).padStart(5)}`,
    );
  };
  for (const t of SCORED_TYPES) row(t, [t]);
  row('PER+PL+ORG', CORE_TYPES);
  row('+EVENT', [...CORE_TYPES, 'EVENT']);
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? '../shared/eval/entities_dev.jsonl';
  const showErrors = args.includes('--errors');
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map(parseDoc);
  const t0 = performance.now();
  const gloss = glossPredictions(docs);
  const glossMs = performance.now() - t0;
  const glossTable = emptyTable();
  const peerTable = emptyTable();
  const t1 = performance.now();
  for (const doc of docs) {
    const preds = gloss.get(doc.id) ?? [];
    scoreDocument(doc.entities, preds, glossTable);
    if (showErrors) printErrors(doc, preds);
  }
  for (const doc of docs) scoreDocument(doc.entities, compromisePredictions(doc), peerTable);
  const peerMs = performance.now() - t1;
  console.log(`${docs.length} documents from ${file}`);
  printTable(`Gloss (analyze --jsonl, ${glossMs.toFixed(0)} ms incl. process start)`, glossTable);
  printTable(`compromise people/places/organizations (${peerMs.toFixed(0)} ms)`, peerTable);
}

function printErrors(doc: Doc, preds: readonly PredSpan[]): void {
  const one = scoreDocument(doc.entities, preds);
  void one;
  const gold = doc.entities.filter((g) => !g.nested && g.type !== 'OTHER');
  const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(preds.map(key));
  const ignored = doc.entities.filter((g) => g.nested || g.type === 'OTHER');
  const fp = preds.filter(
    (p) => !goldKeys.has(key(p)) && !(p.type === 'GROUP') && !ignored.some((g) => g.start < p.end && p.start < g.end),
  );
  const fn = gold.filter((g) => !predKeys.has(key(g)) && g.type !== 'GROUP');
  if (!fp.length && !fn.length) return;
  console.log(`# ${doc.id}`);
  const around = (s: { start: number; end: number }): string =>
    JSON.stringify(doc.text.slice(Math.max(0, s.start - 30), s.start) + '[' + doc.text.slice(s.start, s.end) + ']' + doc.text.slice(s.end, s.end + 20));
  for (const p of fp) console.log(`  FP ${p.type.padEnd(6)} ${JSON.stringify(doc.text.slice(p.start, p.end))} ${around(p)}`);
  for (const g of fn) console.log(`  FN ${g.type.padEnd(6)} ${JSON.stringify(doc.text.slice(g.start, g.end))} ${around(g)}`);
}

main();
