import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli';

const dir = mkdtempSync(join(tmpdir(), 'gloss-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const SEED = 'seeds/kerry-moscow-2013.txt';

describe('analyze FILE', () => {
  it('prints the seed as one JSON article', () => {
    const result = run([SEED]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const article: unknown = JSON.parse(result.stdout);
    expect(article).toMatchObject({
      title: 'Kerry in Moscow mission to sway Putin on Syria',
      published: '2013-05-07',
      source: 'AFP',
      copyright: '© 2013 AFP',
      commentCount: 0,
    });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('takes --published for text without a dateline', () => {
    const path = file('plain.txt', 'A headline\n\nSome text.');
    expect(JSON.parse(run([path, '--published', '2020-02-29']).stdout)).toMatchObject({ published: '2020-02-29' });
    expect(JSON.parse(run([path]).stdout)).toMatchObject({ published: null });
  });
});

describe('analyze --jsonl FILE', () => {
  it('analyses each line verbatim, keeping ids', () => {
    const text = 'Headline\n\nMonday, May 6, 2013\n\nBody text here.';
    const path = file(
      'docs.jsonl',
      `${JSON.stringify({ id: 'a', text, published: '2013-05-06' })}\n\n${JSON.stringify({ id: 'b', text: 'Other\n\nMore.', published: null })}\n`,
    );
    const result = run(['--jsonl', path]);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; text: string });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]?.text).toBe(text);
  });
  it('rejects a line that is not JSON', () => {
    const result = run(['--jsonl', file('bad.jsonl', '{"id":"a","text":"x"}\nnot json\n')]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/line 2 is not valid JSON/);
  });
});

describe('analyze: bad input exits non-zero with one line on stderr and nothing on stdout', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  it.each<[string, () => string[], RegExp]>([
    ['a missing file', () => [join(dir, 'nope.txt')], /no such file/],
    ['no file at all', () => [], /no FILE given/],
    ['an empty file', () => [file('empty.txt', '')], /empty/],
    ['a whitespace-only file', () => [file('blank.txt', '  \n\n ')], /empty/],
    ['PNG bytes', () => [file('image.txt', png)], /binary/],
    ['a file over 10 MB', () => [file('big.txt', 'a'.repeat(10 * 1024 * 1024 + 1))], /limit is 10 MB/],
    [
      'invalid UTF-8',
      () => [file('latin1.txt', new Uint8Array([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0x20, 0xff]))],
      /not valid UTF-8/,
    ],
    ['a bad --published', () => [SEED, '--published', '2013-13-01'], /YYYY-MM-DD/],
    ['--published without a value', () => [SEED, '--published'], /needs a date/],
    ['an unknown option', () => [SEED, '--frobnicate'], /unknown option/],
    ['a directory', () => [dir], /directory/],
  ])('%s', (_name, args, message) => {
    const result = run(args());
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the npm script', () => {
  it('runs end to end with exit codes and streams kept apart', () => {
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'src/node/cli.ts', SEED], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ source: 'AFP' });
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/node/cli.ts', join(dir, 'missing.txt')], {
      encoding: 'utf8',
    });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^analyze: .*no such file\n$/);
  }, 90_000);
});
