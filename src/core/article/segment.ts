import { AnalyzeError } from '../errors';
import { SCHEMA_VERSION, type ArticleBase, type Paragraph, type Sentence, type Span } from '../types';
import { isoDate, readAgencyLine, readByline, readCommentLine, readCopyright, readDateline } from './dateline';
import { placeLineLength, splitSentences } from './sentences';

export interface SegmentOptions {
  /** ISO date `YYYY-MM-DD`; overrides a dateline in the text. */
  published?: string | null;
  /** Article id; defaults to a slug of the title. */
  id?: string;
  /**
   * Analyse the text as given: `text` equals the input and every offset indexes into it. Used for
   * annotated corpora. Without it, furniture is removed and paragraphs are rebuilt.
   */
  verbatim?: boolean;
}

interface Line extends Span {
  text: string;
}

interface Block {
  lines: Line[];
}

const HEADER_BLOCKS = 4;
const FOOTER_BLOCKS = 4;

/**
 * Length-preserving clean-up, so offsets into the result are offsets into the input: carriage
 * returns, tabs, non-breaking and zero-width spaces become plain spaces.
 */
function normalizeSameLength(raw: string): string {
  return raw.replace(/\r/g, ' ').replace(/[\t\u00a0\u2007\u202f\u200b\u2060\ufeff\v\f]/g, ' ');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
};

/** Removes stray HTML tags and decodes entities; block-level tags become paragraph breaks. */
function stripHtml(raw: string): string {
  if (!/<\/?[a-zA-Z][^<>]*>|&[a-z]+;|&#\d+;/.test(raw)) return raw;
  return raw
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|h[1-6]|li|ul|ol|article|section|header|footer|blockquote)\b[^<>]*>/gi, '\n\n')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Math.min(Number(n), 0x10ffff)))
    .replace(/&([a-z]+);/g, (m, name: string) => ENTITIES[name] ?? m);
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const lead = rawLine.length - rawLine.trimStart().length;
    const trimmed = rawLine.trim();
    if (!trimmed) {
      if (current.length) blocks.push({ lines: current });
      current = [];
      continue;
    }
    current.push({ start: lineStart + lead, end: lineStart + lead + trimmed.length, text: trimmed });
  }
  if (current.length) blocks.push({ lines: current });
  return blocks;
}

/** A headline: short, one line, with no sentence-ending period. */
function readsAsHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (words > 25 || line.length > 200 || !/\p{L}/u.test(line)) return false;
  return !/[.,;:]$/.test(line) || /\b(?:\p{Lu}\.){2,}$/u.test(line);
}

/**
 * Within one block, lines are either soft-wrapped pieces of one paragraph (hard-wrapped text,
 * all lines short) or one paragraph per line (text pasted with single line breaks).
 */
function paragraphsOfBlock(block: Block): Line[][] {
  const lines = block.lines;
  if (lines.length === 1) return [lines];
  const longest = Math.max(...lines.map((l) => l.text.length));
  if (longest <= 100) return [lines];
  return lines.map((l) => [l]);
}

interface Furniture {
  published: string | null;
  commentCount: number | null;
  copyright: string | null;
  source: string | null;
  byline: string | null;
}

/** Takes furniture lines out of the header and footer blocks, returning what is left. */
function removeFurniture(blocks: Block[]): { body: Block[]; furniture: Furniture } {
  const furniture: Furniture = { published: null, commentCount: null, copyright: null, source: null, byline: null };
  const body: Block[] = [];
  blocks.forEach((block, index) => {
    const inHeader = index < HEADER_BLOCKS;
    const inFooter = index >= blocks.length - FOOTER_BLOCKS;
    if (!inHeader && !inFooter) {
      body.push(block);
      return;
    }
    const kept = block.lines.filter((line, lineIndex) => {
      if (inHeader && furniture.published === null) {
        // The very first line is the headline unless it is nothing but a date.
        const dateline = readDateline(line.text, index === 0 && lineIndex === 0 ? 0 : 4);
        if (dateline) {
          furniture.published = dateline.published;
          if (dateline.commentCount !== null) furniture.commentCount = dateline.commentCount;
          return false;
        }
      }
      const copyright = readCopyright(line.text);
      if (copyright && (inFooter || inHeader)) {
        furniture.copyright ??= copyright.copyright;
        furniture.source ??= copyright.source;
        return false;
      }
      // "Reuters" alone on a last line credits the story as a copyright line does.
      const agency = inFooter ? readAgencyLine(line.text) : null;
      if (agency) {
        furniture.source ??= agency;
        return false;
      }
      const comments = readCommentLine(line.text);
      if (comments !== null) {
        furniture.commentCount ??= comments;
        return false;
      }
      if (inHeader && furniture.byline === null) {
        const byline = readByline(line.text);
        if (byline) {
          furniture.byline = byline;
          return false;
        }
      }
      return true;
    });
    if (kept.length) body.push({ lines: kept });
  });
  return { body, furniture };
}

/** Validates an ISO `YYYY-MM-DD` string, throwing a readable error. */
export function checkPublished(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const iso = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!iso) throw new AnalyzeError('bad-published', `"${value}" is not a publication date of the form YYYY-MM-DD.`);
  return iso;
}

/**
 * A stable, URL-safe slug.
 * @example slugify('Storm hits coast!') // 'storm-hits-coast'
 */
export function slugify(value: string, max = 64): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return dash > max / 2 ? cut.slice(0, dash) : cut;
}

/** A short, stable hash (FNV-1a, base 36) for ids of untitled text. */
export function hashText(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function displayTitle(text: string, first: Span | undefined): string {
  if (!first) return 'Untitled';
  const sentence = text.slice(first.start, first.end);
  return sentence.length <= 90 ? sentence : `${sentence.slice(0, 87).replace(/\s+\S*$/, '')}…`;
}

/**
 * Segments raw article text into title, furniture, paragraphs and sentences.
 * @example segment('Title\n\n7 May 2013\n\nBody text.').published // '2013-05-07'
 */
export function segment(raw: string, options: SegmentOptions = {}): ArticleBase {
  if (!raw.trim()) throw new AnalyzeError('empty', 'The article is empty.');
  const verbatim = options.verbatim ?? false;
  const source = verbatim ? normalizeSameLength(raw) : normalizeSameLength(stripHtml(raw.replace(/\r\n?/g, '\n')));
  const blocks = splitBlocks(source);
  const { body, furniture } = removeFurniture(blocks);

  let titleLine: Line | null = null;
  const first = body[0];
  if (first && body.length + (first.lines.length > 1 ? 1 : 0) > 1) {
    const candidate = first.lines[0];
    if (candidate && readsAsHeadline(candidate.text)) {
      titleLine = candidate;
      first.lines = first.lines.slice(1);
    }
  }
  const paragraphLines = body.filter((b) => b.lines.length > 0).flatMap(paragraphsOfBlock);
  if (!titleLine && paragraphLines.length === 0) throw new AnalyzeError('no-text', 'The article has no text.');

  let text: string;
  let titleSpan: Span;
  const paragraphSpans: Span[] = [];
  if (verbatim) {
    text = raw;
    titleSpan = titleLine ? { start: titleLine.start, end: titleLine.end } : { start: 0, end: 0 };
    for (const lines of paragraphLines) {
      const firstLine = lines[0];
      const lastLine = lines[lines.length - 1];
      if (firstLine && lastLine) paragraphSpans.push({ start: firstLine.start, end: lastLine.end });
    }
  } else {
    const pieces: string[] = [];
    let length = 0;
    const add = (piece: string): Span => {
      if (pieces.length) length += 2;
      const span = { start: length, end: length + piece.length };
      pieces.push(piece);
      length += piece.length;
      return span;
    };
    const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
    titleSpan = titleLine ? add(collapse(titleLine.text)) : { start: 0, end: 0 };
    for (const lines of paragraphLines) paragraphSpans.push(add(collapse(lines.map((l) => l.text).join(' '))));
    text = pieces.join('\n\n');
  }

  const paragraphs: Paragraph[] = paragraphSpans.map((span, id) => ({ id, ...span }));
  const sentences: Sentence[] = [];
  if (titleSpan.end > titleSpan.start) sentences.push({ id: 0, paragraph: null, ...titleSpan });
  for (const paragraph of paragraphs) {
    // "PARIS (AFP) - Rafael Nadal won …": the first paragraph's place line is a sentence of its own, so the lead's
    // subject and its names start after it.
    let from = paragraph.start;
    const placeLine = paragraph.id === 0 ? placeLineLength(text.slice(paragraph.start, paragraph.end)) : 0;
    if (placeLine > 0) {
      let lineEnd = paragraph.start + placeLine;
      while (/\s/.test(text[lineEnd - 1] ?? '')) lineEnd--;
      sentences.push({ id: sentences.length, paragraph: paragraph.id, start: paragraph.start, end: lineEnd });
      from = paragraph.start + placeLine;
    }
    for (const span of splitSentences(text, from, paragraph.end)) {
      sentences.push({ id: sentences.length, paragraph: paragraph.id, ...span });
    }
  }

  const title = titleLine ? text.slice(titleSpan.start, titleSpan.end) : displayTitle(text, sentences[0]);
  const published = options.published != null ? checkPublished(options.published) : furniture.published;
  const wordCount = paragraphs.reduce((n, p) => n + (text.slice(p.start, p.end).match(/\S+/g)?.length ?? 0), 0);

  return {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? (slugify(title) || `article-${hashText(text)}`),
    title,
    published,
    source: furniture.source,
    copyright: furniture.copyright,
    byline: furniture.byline,
    commentCount: furniture.commentCount,
    text,
    titleSpan,
    paragraphs,
    sentences,
    wordCount,
  };
}
