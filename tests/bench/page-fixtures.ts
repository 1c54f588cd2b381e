/**
 * Pages for the page benchmark: the plain static HTML page of an article (the physical limit: the same
 * words, no JavaScript, no framework), synthetic long articles, and Gloss pages prerendered for them the
 * way the build prerenders the seeds (src/entry-server.tsx through the Vite SSR loader).
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../../src/core/types';
import { withEntryServer } from '../../src/node/prerender-plugin';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The article as a hand-written static page would hold it: headline, dateline, paragraphs; a few lines of CSS.
 * With `markButton`, a button above the headline marks the first paragraph: the floor for a click's time to
 * paint (one inline handler, one class, no framework).
 */
export function plainPage(article: Article, { markButton = false }: { markButton?: boolean } = {}): string {
  const paragraphs = article.paragraphs
    .map((p) => `<p>${escapeHtml(article.text.slice(p.start, p.end))}</p>`)
    .join('\n');
  const dateline = [article.published, article.source].filter(Boolean).join(' · ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>body{margin:0 auto;max-width:65ch;padding:1rem;font:1.125rem/1.6 Georgia,serif;color:#1c1917}h1{font:700 1.9rem/1.2 system-ui,sans-serif}.meta{font:.875rem system-ui,sans-serif;color:#57534e}.marked{background:#fef08a}</style>
</head>
<body>
${markButton ? `<button type="button" id="plain-mark" onclick="document.querySelector('article > p:not(.meta)').classList.toggle('marked')">Mark the first paragraph</button>\n` : ''}<main><article>
<h1>${escapeHtml(article.title)}</h1>
<p class="meta">${escapeHtml(dateline)}</p>
${paragraphs}
</article></main>
</body>
</html>
`;
}

/** The seed's body paragraphs (after its title and dateline blocks), to build long articles from. */
function seedParagraphs(seedFile: string): { title: string; dateline: string; paragraphs: string[] } {
  const blocks = readFileSync(seedFile, 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const [title = 'Untitled', dateline = '', ...rest] = blocks;
  // Leave out the closing copyright line, which would be read as page furniture only at the very end.
  return { title, dateline, paragraphs: rest.filter((p) => !/^(©|copyright)/i.test(p)) };
}

/**
 * A raw article of `count` paragraphs, or of about `bytes` bytes, made of the seed's paragraphs in turn.
 * @example syntheticArticle('seeds/kerry-moscow-2013.txt', { paragraphs: 200 })
 */
export function syntheticArticle(seedFile: string, size: { paragraphs: number } | { bytes: number }): string {
  const seed = seedParagraphs(seedFile);
  if (seed.paragraphs.length === 0) throw new Error(`${seedFile} has no body paragraphs`);
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; 'paragraphs' in size ? i < size.paragraphs : bytes < size.bytes; i++) {
    const p = seed.paragraphs[i % seed.paragraphs.length] ?? '';
    out.push(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  return [`${seed.title} (long)`, seed.dateline, ...out].join('\n\n');
}

export interface PrerenderedArticle {
  /** Path of the page, `/articles/<id>/`. */
  path: string;
  html: string;
  /** The JSON the page would fetch, at `/data/articles/<id>.json`. */
  dataPath: string;
  data: string;
}

/**
 * Gloss pages for the given articles, rendered exactly as the build renders the seeds, into the built
 * template (dist/index.html with its prerendered home emptied out).
 */
export async function prerenderArticles(
  builtIndexHtml: string,
  index: unknown,
  articles: readonly Article[],
): Promise<PrerenderedArticle[]> {
  return withEntryServer(async (entry) => {
    const template = entry.emptyTemplate(builtIndexHtml);
    const out: PrerenderedArticle[] = [];
    for (const article of articles) {
      const path = `/articles/${encodeURIComponent(article.id)}/`;
      const page = await entry.renderPage(path, { index, article });
      out.push({
        path,
        html: entry.fillTemplate(template, page),
        dataPath: `/data/articles/${encodeURIComponent(article.id)}.json`,
        data: JSON.stringify(article),
      });
    }
    return out;
  });
}
