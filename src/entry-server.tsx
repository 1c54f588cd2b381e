/**
 * Server rendering for the build (issue 7): the same `<App/>` the browser runs, rendered from a URL with a
 * query cache already holding the data, so the page arrives with the article in its HTML and the client
 * hydrates it instead of fetching and rendering it again. Loaded through Vite's SSR loader at build time
 * (src/node/prerender-plugin.ts) and by the benchmark; never part of the browser bundle.
 */
import { dehydrate } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { App } from './app/app';
import { Providers } from './app/providers';
import type { Article } from './core/types';
import { sentenceElementId } from './features/reader/components/article-text';
import { parseArticle, parseArticleIndex } from './lib/article-schema';
import { createQueryClient } from './lib/query-client';
import { articleHref, parseRoute, ServerLocation } from './lib/router';

/** Id of the script element that carries the dehydrated query cache; main.tsx reads it. */
export const STATE_ELEMENT_ID = 'gloss-state';

export interface PageData {
  /** The article index as served at /data/articles.json (validated here). */
  index: unknown;
  /** The article as served at /data/articles/<id>.json, for an article page (validated here). */
  article?: unknown;
}

export interface RenderedPage {
  url: string;
  /** Markup for inside `<div id="root">`. */
  html: string;
  /** The `<script type="application/json">` element holding the dehydrated cache, safe to inline. */
  stateScript: string;
  title: string;
  description: string;
  /** The element the page is not painted without (an article's first screenful ends there), if any. */
  paintAfter: string | null;
}

const SITE = 'Gloss';
/** Fizz's marks for a boundary sent out of line (`<!--$?-->`, `<template id="B:0">`). */
const SUSPENDED = /<!--\$\?-->|<template id="B:/;
const HOME_DESCRIPTION =
  'Gloss: read a news article with its context — people, places, organisations and a timeline of events.';

/** A UTF-16 unit as a JavaScript or JSON escape. */
const unitEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON that cannot close the script element it sits in (`</script>`, `<!--`), in ASCII (see asciiHtml).
 * @example inlineJson({ text: '</script> é' }) // '{"text":"\\u003c/script> \\u00e9"}'
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u0080-\uffff]/g, unitEscape);
}

/** Raw-text elements, whose content the HTML parser takes as it is: no character references there. */
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;

/**
 * The page in ASCII, meaning unchanged: every other character of its text and attributes is written as a
 * character reference, and of a script as a `\u` escape. Chromium decodes a response that is all ASCII on
 * a fast path: the seed page (an ellipsis, dashes and curly quotes in its text) spent 15 ms of main-thread
 * CPU at 4× on decoding before its first paint, and 2 ms once written in ASCII (12 traced loads each,
 * alternated). Style sheets are left as they are (the build's CSS is ASCII; a CSS escape in a sheet would
 * need its own care).
 * @example asciiHtml('<p title="café">— “a”</p>') // '<p title="caf&#xe9;">&#x2014; &#x201c;a&#x201d;</p>'
 */
export function asciiHtml(html: string): string {
  const references = (s: string) => s.replace(/[^\0-\x7f]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);
  let out = '';
  let last = 0;
  for (const m of html.matchAll(RAW_TEXT)) {
    const [, open = '', tag = '', content = '', close = ''] = m;
    const escaped = tag.toLowerCase() === 'script' ? content.replace(/[^\0-\x7f]/g, unitEscape) : content;
    out += references(html.slice(last, m.index)) + open + escaped + close;
    last = m.index + m[0].length;
  }
  return out + references(html.slice(last));
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function describe(article: Article): string {
  const first = article.paragraphs[0];
  const lead = first ? article.text.slice(first.start, first.end).replace(/\s+/g, ' ').trim() : article.title;
  return lead.length > 155 ? `${lead.slice(0, 154).replace(/\s+\S*$/, '')}…` : lead;
}

/** Characters of an article's text that take about a screen, title and dateline included. */
const FIRST_SCREEN_CHARS = 600;

/**
 * The id of the sentence that starts the first paragraph past about a screenful of text, or null when the
 * article is shorter. The page holds its first paint until the parser has reached it (`<link rel="expect"
 * blocking="render">`, Chromium 124 and later; others ignore it), so the first screen paints in one frame.
 * Left alone, the parser stopped for a frame after the head and after each part of the body: blank, then
 * the header, then a paragraph or two, each frame laying out the page again. At 4× CPU, 15 traced loads of
 * the seed page each: one frame instead of 4 before the largest paint, which came at 608 ms against 744.
 * Untraced, the gain varied by sitting: 624 → 476 ms (15 loads each), and 576 → 548 ms (21 loads each, with
 * the plain page loaded between them).
 * @example firstScreenEnd(article) // 'sentence-4'
 */
export function firstScreenEnd(article: Article): string | null {
  const paragraph = article.paragraphs.find((p) => p.start >= FIRST_SCREEN_CHARS);
  const sentence = paragraph && article.sentences.find((s) => s.paragraph === paragraph.id);
  return sentence ? sentenceElementId(sentence.id) : null;
}

async function streamToString(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let out = '';
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out += decoder.decode(value, { stream: true });
  }
  return out + decoder.decode();
}

/**
 * Renders one page of the app at `url` with its data already in the cache.
 * @example await renderPage('/articles/kerry-in-moscow/', { index, article }) // { html: '<div class=…', … }
 */
export async function renderPage(url: string, data: PageData): Promise<RenderedPage> {
  const client = createQueryClient();
  client.setQueryData(['articles'], parseArticleIndex(data.index));
  const route = parseRoute(new URL(url, 'http://gloss.invalid').pathname);
  let title = SITE;
  let description = HOME_DESCRIPTION;
  let paintAfter: string | null = null;
  if (route.name === 'article') {
    if (data.article === undefined) throw new Error(`renderPage: no article data for ${url}`);
    const article = parseArticle(data.article);
    if (articleHref(article.id) !== articleHref(route.id)) {
      throw new Error(`renderPage: ${url} was given article ${article.id}`);
    }
    client.setQueryData(['article', article.id], article);
    title = `${article.title} · ${SITE}`;
    description = describe(article);
    paintAfter = firstScreenEnd(article);
  }

  const tree = (
    <ServerLocation url={url}>
      <Providers client={client}>
        <App />
      </Providers>
    </ServerLocation>
  );
  // prerender (not renderToString) waits for lazy parts, so a code-split section still arrives as HTML.
  // Fizz would send a large section out of line, to be moved into place by an inline script (unreadable
  // without JavaScript, and a late paint); an infinite chunk size keeps every section inline.
  const { prelude } = await prerender(tree, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  const html = await streamToString(prelude);
  if (SUSPENDED.test(html)) throw new Error(`renderPage: part of ${url} was not rendered inline`);
  // An id the markup lacks would hold the paint until the whole page is parsed.
  if (paintAfter !== null && !html.includes(` id="${paintAfter}"`)) paintAfter = null;
  const state = dehydrate(client);
  client.clear();
  return {
    url,
    html,
    stateScript: `<script type="application/json" id="${STATE_ELEMENT_ID}" data-url="${escapeAttr(url)}">${inlineJson(state)}</script>`,
    title,
    description,
    paintAfter,
  };
}

/**
 * The built index.html with one rendered page filled in: markup, cache, title and description, in ASCII
 * (asciiHtml).
 */
export function fillTemplate(template: string, page: RenderedPage): string {
  const root = '<div id="root"></div>';
  if (!template.includes(root)) throw new Error(`fillTemplate: the template has no ${root}`);
  const expect =
    page.paintAfter === null ? '' : `<link rel="expect" href="#${escapeAttr(page.paintAfter)}" blocking="render" />`;
  return asciiHtml(
    template
      .replace(/<title>[^<]*<\/title>/, () => `${expect}<title>${escapeAttr(page.title)}</title>`)
      .replace(
        /<meta name="description" content="[^"]*"\s*\/?>/,
        () => `<meta name="description" content="${escapeAttr(page.description)}" />`,
      )
      .replace(root, () => `<div id="root">${page.html}</div>${page.stateScript}`),
  );
}

/** The reverse of fillTemplate for a built page: its root emptied and its cache removed, ready to refill. */
export function emptyTemplate(page: string): string {
  const start = page.indexOf('<div id="root">');
  const stateStart = page.indexOf(`<script type="application/json" id="${STATE_ELEMENT_ID}"`);
  const stateEnd = stateStart < 0 ? -1 : page.indexOf('</script>', stateStart);
  if (start < 0 || stateStart < start || stateEnd < 0) return page;
  const emptied = `${page.slice(0, start)}<div id="root"></div>${page.slice(stateEnd + '</script>'.length)}`;
  return emptied.replace(/<link rel="expect"[^>]*>/, '');
}
