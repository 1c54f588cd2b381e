/**
 * Validation of Article JSON at the app boundary (habit 9): data from the network, a worker or
 * storage is `unknown` until it passes here.
 */
import * as v from 'valibot';
import { ENTITY_TYPES, PRECISIONS, SCHEMA_VERSION, TIMEX_TYPES, type Article } from '../core/types';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const span = { start: offset, end: offset };
const nullableString = v.nullable(v.string());

const ParagraphSchema = v.object({ id: offset, ...span });
const SentenceSchema = v.object({ id: offset, paragraph: v.nullable(offset), ...span });
const MentionSchema = v.object({ ...span, sentence: offset });

const EntitySchema = v.object({
  id: v.string(),
  name: v.string(),
  type: v.picklist(ENTITY_TYPES),
  mentions: v.array(MentionSchema),
  role: nullableString,
  description: v.nullable(offset),
  salience: v.number(),
  related: v.array(v.object({ id: v.string(), count: v.number() })),
  country: v.nullable(v.object({ code: v.string(), name: v.string() })),
});

const precision = v.nullable(v.picklist(PRECISIONS));

const TimexSchema = v.object({
  id: v.string(),
  ...span,
  text: v.string(),
  type: v.picklist(TIMEX_TYPES),
  value: v.string(),
  precision,
  stated: v.array(v.string()),
  inferred: v.array(v.string()),
  reference: nullableString,
  range: v.nullable(v.object({ start: v.string(), end: v.string() })),
  sentence: offset,
});

const EventSchema = v.object({
  id: v.string(),
  label: v.string(),
  date: v.object({
    value: v.string(),
    precision,
    start: v.string(),
    end: v.string(),
    approximate: v.boolean(),
  }),
  mention: v.object(span),
  sentence: offset,
  entities: v.array(v.string()),
  timexes: v.array(v.string()),
  kind: v.picklist(['publication', 'event']),
});

export const ArticleSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  id: v.string(),
  title: v.string(),
  published: nullableString,
  source: nullableString,
  copyright: nullableString,
  byline: nullableString,
  commentCount: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  text: v.string(),
  titleSpan: v.object(span),
  paragraphs: v.array(ParagraphSchema),
  sentences: v.array(SentenceSchema),
  entities: v.array(EntitySchema),
  events: v.array(EventSchema),
  timexes: v.array(TimexSchema),
  wordCount: offset,
});

export const ArticleSummarySchema = v.object({
  id: v.string(),
  title: v.string(),
  published: nullableString,
  source: nullableString,
  wordCount: offset,
  entityCount: offset,
});
export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>;

export const ArticleIndexSchema = v.object({ articles: v.array(ArticleSummarySchema) });

export class InvalidDataError extends Error {
  override name = 'InvalidDataError';
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'unknown problem';
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? `${path}: ` : ''}${first.message}`;
}

/** Validates Article JSON, and that every offset lies inside its text. */
export function parseArticle(data: unknown): Article {
  const result = v.safeParse(ArticleSchema, data);
  if (!result.success) throw new InvalidDataError(`The article data is invalid (${describeIssues(result.issues)}).`);
  const article = result.output;
  const length = article.text.length;
  const spans = [
    article.titleSpan,
    ...article.paragraphs,
    ...article.sentences,
    ...article.entities.flatMap((e) => e.mentions),
    ...article.timexes,
    ...article.events.map((e) => e.mention),
  ];
  if (spans.some((s) => s.start > s.end || s.end > length)) {
    throw new InvalidDataError('The article data is invalid (an offset lies outside its text).');
  }
  return article;
}

export function parseArticleIndex(data: unknown): ArticleSummary[] {
  const result = v.safeParse(ArticleIndexSchema, data);
  if (!result.success) throw new InvalidDataError(`The article list is invalid (${describeIssues(result.issues)}).`);
  return result.output.articles;
}
