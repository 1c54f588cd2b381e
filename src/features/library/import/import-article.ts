/**
 * The whole import, as one cancellable operation: read → extract (web pages) → analyse in a worker →
 * save. Nothing is stored unless every step succeeded.
 */
import type { Article } from '../../../core/types';
import { abortError, runAnalysis } from '../worker/run-analysis';
import { extractStory, storyText } from './extract-html';
import type { ImportSource } from './read-input';

export const IMPORT_STAGES = ['reading', 'loading', 'analysing', 'saving'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

export const STAGE_LABELS: Record<ImportStage, string> = {
  reading: 'Reading the article…',
  loading: 'Starting the analyser…',
  analysing: 'Finding people, places and dates…',
  saving: 'Saving to your library…',
};

export interface ImportResult {
  article: Article;
  /** Time spent in the analyser (worker start to validated article), in milliseconds. */
  analysisMs: number;
}

export async function importArticle(
  source: ImportSource,
  options: { signal: AbortSignal; onStage: (stage: ImportStage) => void; now?: () => Date },
): Promise<ImportResult> {
  const { signal, onStage } = options;
  onStage('reading');
  const story = source.kind === 'html' ? extractStory(source.text) : null;
  onStage('loading');
  const started = performance.now();
  const article = await runAnalysis(
    story
      ? { text: storyText(story), published: story.published, byline: story.byline, source: story.source }
      : { text: source.text, published: null, byline: null, source: null },
    { signal, onAnalysing: () => onStage('analysing') },
  );
  const analysisMs = performance.now() - started;
  // A named measure, so the time to analyse can be read in DevTools and by the browser tests.
  performance.measure('gloss:analysis', { start: started, duration: analysisMs, detail: { chars: source.text.length } });
  if (signal.aborted) throw abortError();
  onStage('saving');
  const { saveLocalArticle } = await import('../../../lib/storage/article-store');
  if (signal.aborted) throw abortError();
  await saveLocalArticle(article, options.now?.() ?? new Date());
  return { article, analysisMs };
}
