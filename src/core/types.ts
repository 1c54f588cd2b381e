/**
 * The Article data model: everything `analyze` produces. Plain data only (JSON-safe), so it can be
 * written at build time, sent from a worker, validated at the app boundary and rendered by React.
 * Every `start`/`end` is a UTF-16 offset into `Article.text`, end exclusive.
 */

export const SCHEMA_VERSION = 1 as const;

export interface Span {
  start: number;
  end: number;
}

/** A body paragraph. `id` is its index in `Article.paragraphs`. */
export interface Paragraph extends Span {
  id: number;
}

/**
 * A sentence. `id` is its index in `Article.sentences`. The title is sentence 0 with
 * `paragraph: null`; body sentences name the index of their paragraph.
 */
export interface Sentence extends Span {
  id: number;
  paragraph: number | null;
}

export const ENTITY_TYPES = ['person', 'place', 'organization', 'group', 'event', 'thing'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One occurrence of an entity in the text; `sentence` is an index into `Article.sentences`. */
export interface Mention extends Span {
  sentence: number;
}

export interface RelatedEntity {
  id: string;
  /** Number of sentences the two entities share. */
  count: number;
}

export interface Entity {
  /** Stable slug, e.g. `person-vladimir-putin`. */
  id: string;
  /** The fullest form the article uses ("Ana Silva", not "Silva"). */
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** The role or title the article gives ("Russian President"), or null. */
  role: string | null;
  /** Index of the sentence that introduces the entity (its first mention's sentence). */
  description: number | null;
  /** 0..1, for ordering: higher is more central to the article. */
  salience: number;
  related: RelatedEntity[];
  /** For groups and places: the country it denotes, from library data (ISO 3166-1 alpha-3 + name). */
  country: { code: string; name: string } | null;
}

export const TIMEX_TYPES = ['date', 'time', 'duration', 'set'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

export const PRECISIONS = [
  'century',
  'decade',
  'year',
  'half',
  'season',
  'quarter',
  'month',
  'week',
  'weekend',
  'day',
  'part-of-day',
  'time',
] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * A time expression. `value` is a TIMEX3 value (`2013-05-07`, `2011-03`, `2013-W19`, `P26M`,
 * `PRESENT_REF`, …). `stated` names the parts the text gave; `inferred` the parts taken from the
 * reference date (habit 5: what was stated and what was inferred).
 */
export interface Timex extends Span {
  id: string;
  text: string;
  type: TimexType;
  value: string;
  precision: Precision | null;
  /** Components given by the text: e.g. ['weekday'] for "Tuesday", ['year','month','day'] for "May 7, 2012". */
  stated: string[];
  /** Components filled in from the reference date, e.g. ['year','month','day'] for "Tuesday". */
  inferred: string[];
  /** The reference date used to resolve a relative expression (ISO date), or null when absolute. */
  reference: string | null;
  /** For "since X" and similar anchored spans: the interval the expression covers. */
  range: { start: string; end: string } | null;
  /** Sentence index. */
  sentence: number;
}

export interface EventDate {
  /** TIMEX3 value of the date that places the event. */
  value: string;
  precision: Precision | null;
  /** ISO date-time (UTC) of the start of the interval the date covers. */
  start: string;
  /** ISO date-time (UTC), exclusive end of the interval the date covers. */
  end: string;
  approximate: boolean;
}

export interface ArticleEvent {
  id: string;
  /** A short readable phrase, e.g. "Silva meets the harbour board". */
  label: string;
  date: EventDate;
  /** The date expression (or the whole span for the publication event). */
  mention: Span;
  sentence: number;
  /** Entity ids named in the sentence. */
  entities: string[];
  /** Ids of the timexes merged into this event. */
  timexes: string[];
  kind: 'publication' | 'event';
}

export interface Article {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  title: string;
  /** ISO date `YYYY-MM-DD`, or null when neither the text nor the caller gave one. */
  published: string | null;
  source: string | null;
  copyright: string | null;
  byline: string | null;
  /** The comment count the page declared, or null. */
  commentCount: number | null;
  /** Title, then each body paragraph, joined by blank lines. */
  text: string;
  titleSpan: Span;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  events: ArticleEvent[];
  timexes: Timex[];
  wordCount: number;
}

/** What the segmentation stage produces and the later stages read. */
export type ArticleBase = Omit<Article, 'entities' | 'events' | 'timexes'>;
