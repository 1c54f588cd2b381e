/**
 * Extracts the story from a saved web page with Mozilla's Readability over the browser's DOMParser.
 * A DOMParser document is inert: its scripts never run and its images never load. The extracted story
 * is read as text only (never inserted as HTML), so markup in an imported page cannot execute.
 */
import { Readability } from '@mozilla/readability';
import { ImportError } from './import-error';

export interface ExtractedStory {
  title: string;
  byline: string | null;
  /** ISO `YYYY-MM-DD` from the page's metadata, or null. */
  published: string | null;
  /** The site's name, from its metadata, or null. */
  source: string | null;
  paragraphs: string[];
}

/** Fewer characters of story than this means the page holds no article (a menu, a login page…). */
const MIN_STORY_CHARS = 140;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The ISO date of a metadata time, or null when it is not a real date.
 * @example isoDateOf('2024-03-05T10:00:00Z') // '2024-03-05'
 */
export function isoDateOf(value: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(clean(value));
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d)
    ? `${y}-${mo}-${d}`
    : null;
}

/** The innermost text blocks of the extracted content, in reading order. */
function paragraphsOf(root: Element): string[] {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const texts = blocks.map((el) => clean(el.textContent)).filter(Boolean);
  if (texts.length) return texts;
  return (root.textContent ?? '')
    .split(/\n\s*\n/)
    .map(clean)
    .filter(Boolean);
}

/**
 * Finds the story in the HTML of a saved page, keeping title, byline, date, site name and paragraphs.
 * @example extractStory('<html><body><article><h1>T</h1><p>…</p></article></body></html>').title
 */
export function extractStory(html: string, parser: DOMParser = new DOMParser()): ExtractedStory {
  const doc = parser.parseFromString(html, 'text/html');
  const pageTitle = clean(doc.title);
  const result = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  const content = result?.content;
  const root = content instanceof Element ? content : null;
  const title = clean(result?.title) || pageTitle;
  const byline = clean(result?.byline).replace(/^by\s+/i, '') || null;
  // Readability may keep the headline and the byline as blocks of their own: they are not paragraphs.
  const furniture = new Set([title, byline, byline && `By ${byline}`].filter(Boolean));
  const paragraphs = (root ? paragraphsOf(root) : []).filter((p) => !furniture.has(p));
  // Text that is not link text: a page of links (a menu, an index) holds no story.
  const linkChars = root ? [...root.querySelectorAll('a')].reduce((n, a) => n + clean(a.textContent).length, 0) : 0;
  if (paragraphs.join(' ').length - linkChars < MIN_STORY_CHARS) {
    throw new ImportError(
      'no-article',
      'No article was found in this web page. Save the page of the story itself (File → Save Page As…, “Web Page, HTML only”), or paste its text.',
    );
  }
  return {
    title: title || 'Untitled',
    byline,
    published: isoDateOf(result?.publishedTime),
    source: clean(result?.siteName) || null,
    paragraphs,
  };
}

/**
 * The story as the plain text the analyser reads: title, then paragraphs, separated by blank lines.
 * @example storyText({ title: 'T', paragraphs: ['A.', 'B.'], … }) // 'T\n\nA.\n\nB.'
 */
export function storyText(story: ExtractedStory): string {
  return [story.title, ...story.paragraphs].join('\n\n');
}
