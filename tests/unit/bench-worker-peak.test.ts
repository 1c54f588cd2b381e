import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtWorker } from '../bench/analyzer';
import { loadWorker } from '../bench/worker-peak.mjs';

describe('loadWorker (the bench runs the built analysis worker in Node)', () => {
  it('delivers a message to the script’s listener and returns what it posted in answer', () => {
    const send = loadWorker(
      `globalThis.addEventListener('message', (e) => { postMessage({ type: 'progress' }); self.postMessage({ got: e.data.n * 2 }); });`,
      'double.js',
    );
    expect(send({ n: 21 })).toEqual([{ type: 'progress' }, { got: 42 }]);
    expect(send({ n: 1 })).toEqual([{ type: 'progress' }, { got: 2 }]);
  });

  it('runs the script apart from the caller’s globals', () => {
    const send = loadWorker(
      `var leaked = 1; addEventListener('message', () => postMessage(typeof document));`,
      'scope.js',
    );
    expect(send(null)).toEqual(['undefined']);
    expect('leaked' in globalThis).toBe(false);
  });

  it('says so when the script is not a worker that listens for messages', () => {
    expect(() => loadWorker('1 + 1', 'not-a-worker.js')).toThrow(/not-a-worker\.js does not listen for messages/);
  });
});

describe('builtWorker', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the hashed analysis worker among a build’s assets, and gives null without one', () => {
    dir = mkdtempSync(join(tmpdir(), 'gloss-dist-'));
    expect(builtWorker(dir)).toBeNull();
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'index-abc.js'), '');
    expect(builtWorker(dir)).toBeNull();
    writeFileSync(join(dir, 'assets', 'analyze.worker-MU5f_no-z5.js'), '');
    expect(builtWorker(dir)).toBe(join(dir, 'assets', 'analyze.worker-MU5f_no-z5.js'));
  });
});
