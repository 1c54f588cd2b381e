/**
 * Gloss core: the one public entry. Pure TypeScript — no React, no DOM, no Node — so it runs at build
 * time, in the CLI, in a Web Worker and in tests alike.
 */
import { segment, type SegmentOptions } from './article/segment';
import { recognizeEntities } from './entities/recognize';
import { buildEvents } from './timeline/events';
import { extractTimexes } from './timeline/timexes';
import type { Article } from './types';

export type AnalyzeOptions = SegmentOptions;

/**
 * Turns the raw text of a news article into an `Article`. The pipeline is an ordered list of small
 * stages: segment → recognise entities → extract and resolve time expressions → build events.
 * @example analyze('Title\n\n7 May 2013\n\nBody.').published // '2013-05-07'
 */
export function analyze(raw: string, options: AnalyzeOptions = {}): Article {
  const base = segment(raw, options);
  const entities = recognizeEntities(base);
  const names = entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions);
  const timexes = extractTimexes(base, names);
  const events = buildEvents(base, entities, timexes);
  return { ...base, entities, timexes, events };
}

export { AnalyzeError, decodeArticleBytes, MAX_INPUT_BYTES } from './errors';
export { checkPublished, segment, slugify } from './article/segment';
export * from './types';
