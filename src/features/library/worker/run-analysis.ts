/**
 * Runs one analysis in a fresh Web Worker and resolves to the validated article. Cancelling (the
 * signal) terminates the worker at once, whatever it was doing.
 */
import type { Article } from '../../../core/types';
import { parseArticle } from '../../../lib/article-schema';
import { parseWorkerResponse, type AnalyzeRequest } from './analyze-protocol';

export class AnalysisError extends Error {
  override name = 'AnalysisError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const abortError = (): DOMException => new DOMException('The analysis was cancelled.', 'AbortError');

export function runAnalysis(
  input: Omit<AnalyzeRequest, 'type'>,
  options: { signal?: AbortSignal; onAnalysing?: () => void } = {},
): Promise<Article> {
  const { signal, onAnalysing } = options;
  return new Promise<Article>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const worker = new Worker(new URL('./analyze.worker.ts', import.meta.url), {
      type: 'module',
      name: 'gloss-analyze',
    });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = parseWorkerResponse(event.data);
      if (!message) {
        finish();
        reject(new AnalysisError('protocol', 'The analyser sent an answer Gloss does not understand.'));
        return;
      }
      if (message.type === 'progress') {
        onAnalysing?.();
        return;
      }
      finish();
      if (message.type === 'error') {
        reject(new AnalysisError(message.code, message.message));
        return;
      }
      try {
        resolve(parseArticle(message.article));
      } catch (error) {
        reject(error);
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      reject(new AnalysisError('worker', 'The analyser could not be started. Check your connection and try again.'));
    });
    const request: AnalyzeRequest = { type: 'analyze', ...input };
    worker.postMessage(request);
  });
}
