/**
 * The messages between the page and the analysis worker, validated on both sides (habit 9): a worker
 * is a boundary like the network. The handler is a pure function of the message and its dependencies,
 * so it is tested without a worker.
 */
import * as v from 'valibot';
import type { AnalyzeOptions, Article } from '../../../core';
import { checkLanguage } from '../import/check-language';

export const AnalyzeRequestSchema = v.object({
  type: v.literal('analyze'),
  /** Raw text: pasted, from a .txt file, or the story extracted from a web page. */
  text: v.string(),
  /** ISO `YYYY-MM-DD` from the page's metadata, or null to read it from the text. */
  published: v.nullable(v.string()),
  /** From the page's metadata; when given, these win over what the text says. */
  byline: v.nullable(v.string()),
  source: v.nullable(v.string()),
});
export type AnalyzeRequest = v.InferOutput<typeof AnalyzeRequestSchema>;

export const ANALYSIS_STAGES = ['analysing'] as const;

const WorkerResponseSchema = v.variant('type', [
  v.object({ type: v.literal('progress'), stage: v.picklist(ANALYSIS_STAGES) }),
  v.object({ type: v.literal('result'), article: v.unknown() }),
  v.object({ type: v.literal('error'), code: v.string(), message: v.string() }),
]);
export type WorkerResponse = v.InferOutput<typeof WorkerResponseSchema>;

/** Validates what the worker sent; null when it is not a message of this protocol. */
export function parseWorkerResponse(data: unknown): WorkerResponse | null {
  const result = v.safeParse(WorkerResponseSchema, data);
  return result.success ? result.output : null;
}

export interface AnalyzeDeps {
  analyze: (raw: string, options: AnalyzeOptions) => Article;
  slugify: (value: string, max?: number) => string;
  post: (message: WorkerResponse) => void;
}

/**
 * A short, stable hash (FNV-1a, base 36), so the same text always gets the same id.
 * @example textHash('abc') // '1a47e90'
 */
export function textHash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The id of a reader's own article: `local-<slug of the title>-<hash of the text>`.
 * @example localArticleId('Storm hits coast', 'text', slugify) // 'local-storm-hits-coast-…'
 */
export function localArticleId(title: string, text: string, slugify: (value: string, max?: number) => string): string {
  const slug = slugify(title, 48) || 'article';
  return `local-${slug}-${textHash(text)}`;
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
    return error.code;
  return 'internal';
}

/** Answers one message from the page: exactly one `result` or `error`, after any `progress`. */
export function handleAnalyzeMessage(data: unknown, deps: AnalyzeDeps): void {
  const request = v.safeParse(AnalyzeRequestSchema, data);
  if (!request.success) {
    deps.post({ type: 'error', code: 'protocol', message: 'The analyser received a message it does not understand.' });
    return;
  }
  const { text, published, byline, source } = request.output;
  if (!text.trim()) {
    deps.post({
      type: 'error',
      code: 'empty',
      message: 'There is no text to analyse. Paste an article or choose a file.',
    });
    return;
  }
  const language = checkLanguage(text);
  if (!language.ok) {
    deps.post({ type: 'error', code: 'language', message: language.message });
    return;
  }
  deps.post({ type: 'progress', stage: 'analysing' });
  try {
    const analysed = deps.analyze(text, { published });
    const article: Article = {
      ...analysed,
      id: localArticleId(analysed.title, analysed.text, deps.slugify),
      byline: byline ?? analysed.byline,
      source: source ?? analysed.source,
    };
    deps.post({ type: 'result', article });
  } catch (error) {
    const message = error instanceof Error && error.message ? error.message : 'The analysis failed.';
    deps.post({ type: 'error', code: errorCode(error), message });
  }
}
