/**
 * `npm run --silent analyze -- FILE [--published YYYY-MM-DD]` prints one Article as JSON.
 * `npm run --silent analyze -- --jsonl FILE` analyses each line `{"id","text","published"}` verbatim.
 * Bad input exits non-zero with one line on stderr and nothing on stdout.
 */
import { readFileSync, statSync } from 'node:fs';
import { AnalyzeError, analyze, checkPublished, decodeArticleBytes, MAX_INPUT_BYTES } from '../core/index';

class UsageError extends Error {}

const USAGE = 'usage: analyze FILE [--published YYYY-MM-DD] | analyze --jsonl FILE';

interface Args {
  file: string;
  published: string | null;
  jsonl: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  let file: string | null = null;
  let published: string | null = null;
  let jsonl = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--jsonl') jsonl = true;
    else if (arg === '--published' || arg.startsWith('--published=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value === undefined) throw new UsageError('--published needs a date of the form YYYY-MM-DD');
      published = checkPublished(value);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else if (file === null) file = arg;
    else throw new UsageError(`only one FILE may be given; ${USAGE}`);
  }
  if (file === null) throw new UsageError(`no FILE given; ${USAGE}`);
  return { file, published, jsonl };
}

function readText(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(`${file} is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: no such file`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new AnalyzeError('too-large', `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB.`);
  }
  return decodeArticleBytes(new Uint8Array(readFileSync(file)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function analyzeJsonl(content: string): string {
  const out: string[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new UsageError(`line ${index + 1} is not valid JSON`);
    }
    if (!isRecord(record) || typeof record.text !== 'string') {
      throw new UsageError(`line ${index + 1} has no "text" string`);
    }
    const id = typeof record.id === 'string' ? record.id : String(index + 1);
    const published = typeof record.published === 'string' ? record.published : null;
    out.push(JSON.stringify(analyze(record.text, { verbatim: true, id, published })));
  });
  return out.length ? `${out.join('\n')}\n` : '';
}

export function run(argv: readonly string[]): { code: number; stdout: string; stderr: string } {
  try {
    const args = parseArgs(argv);
    const content = readText(args.file);
    const stdout = args.jsonl
      ? analyzeJsonl(content)
      : `${JSON.stringify(analyze(content, { published: args.published }))}\n`;
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    if (error instanceof UsageError || error instanceof AnalyzeError) {
      return { code: error instanceof UsageError ? 2 : 1, stdout: '', stderr: `analyze: ${error.message}\n` };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { code: 70, stdout: '', stderr: `analyze: internal error: ${message.split('\n')[0] ?? ''}\n` };
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  const result = run(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
