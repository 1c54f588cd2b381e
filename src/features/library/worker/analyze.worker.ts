/**
 * The analysis worker: runs the core analyser off the main thread so the page stays responsive.
 * Loaded only when the reader analyses an article, so the analyser is never in the first page load.
 * (Typed against the DOM lib the app uses; `postMessage(message)` has the same shape in a worker.)
 */
import { analyze, slugify } from '../../../core';
import { handleAnalyzeMessage, type WorkerResponse } from './analyze-protocol';

globalThis.addEventListener('message', (event: MessageEvent<unknown>) => {
  handleAnalyzeMessage(event.data, {
    analyze,
    slugify,
    post: (message: WorkerResponse) => globalThis.postMessage(message),
  });
});
