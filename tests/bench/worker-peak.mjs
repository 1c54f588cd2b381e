/**
 * Runs the built analysis worker (dist/assets/analyze.worker-*.js, the script the browser runs when a
 * reader opens an article of their own) in plain Node, so the analyser's peak memory is measured on the
 * code that ships rather than through tsx, whose loader keeps every transpiled module and its source map
 * in the same process. Plain JavaScript on purpose: `node tests/bench/worker-peak.mjs WORKER INPUT` loads
 * nothing but the worker script.
 *
 * Prints one line of JSON: { ms, beforeKb, maxRssKb, paragraphs, entities }, where beforeKb is the
 * process's peak before the message (Node and the worker's code) and maxRssKb its peak after. The measured
 * process is a child of this one, not of whoever runs it (see below).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';

/**
 * Evaluates a classic worker script in a context of its own whose `addEventListener('message', …)` and
 * `postMessage` stand in for the worker's, and returns a function that delivers one message to it and
 * gives back what the script posted in answer.
 * @example loadWorker('globalThis.addEventListener("message", e => postMessage(e.data))', 'echo.js')(1) // [1]
 */
export function loadWorker(source, filename) {
  const listeners = [];
  let posted = [];
  const scope = {
    addEventListener: (type, listener) => {
      if (type === 'message') listeners.push(listener);
    },
    postMessage: (message) => {
      posted.push(message);
    },
    console,
  };
  scope.self = scope;
  const context = createContext(scope);
  runInContext(source, context, { filename });
  if (listeners.length === 0) throw new Error(`${filename} does not listen for messages: is it the analysis worker?`);
  return (data) => {
    posted = [];
    for (const listener of listeners) listener({ data });
    return posted;
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain && !process.env.GLOSS_PEAK_MEASURED) {
  // Linux carries a parent's peak into a child it forks (the copied address space's high-water mark is kept
  // across exec), so a child of the bench, a big process, would report the bench's peak as its own. This small
  // process forks the measured one and passes its line on.
  const self = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [self, ...process.argv.slice(2)], {
    env: { ...process.env, GLOSS_PEAK_MEASURED: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  process.stdout.write(result.stdout);
} else if (isMain) {
  const [workerFile, inputFile] = process.argv.slice(2);
  if (!workerFile || !inputFile) throw new Error('usage: node tests/bench/worker-peak.mjs WORKER INPUT');
  const send = loadWorker(readFileSync(workerFile, 'utf8'), workerFile);
  const text = readFileSync(inputFile, 'utf8');
  const beforeKb = process.resourceUsage().maxRSS;
  const start = performance.now();
  const answer = send({ type: 'analyze', text, published: null, byline: null, source: null }).at(-1);
  const ms = performance.now() - start;
  if (answer?.type !== 'result') throw new Error(`the worker did not analyse the input: ${JSON.stringify(answer)}`);
  const { paragraphs, entities } = answer.article;
  console.log(
    JSON.stringify({
      ms,
      beforeKb,
      maxRssKb: process.resourceUsage().maxRSS,
      paragraphs: paragraphs.length,
      entities: entities.length,
    }),
  );
}
