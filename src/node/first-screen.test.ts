import { describe, expect, it } from 'vitest';
import { analyze } from '../core';
import { summarize } from '../lib/article-summary';
import { emptyTemplate, fillTemplate, firstScreenEnd, renderPage } from '../entry-server';

const paragraph = (n: number) =>
  `Paragraph ${n} says that the minister met the board in the capital on Tuesday, and that the talks went on late into the night.`;
const raw = (paragraphs: number) =>
  ['Minister meets the board', '7 May 2013', ...Array.from({ length: paragraphs }, (_, i) => paragraph(i + 1))].join(
    '\n\n',
  );
const TEMPLATE =
  '<!doctype html><html><head><meta charset="UTF-8" /><title>Gloss</title><meta name="description" content="" /></head><body><div id="root"></div></body></html>';

describe('firstScreenEnd: where the first screen of an article ends', () => {
  it('is the first sentence of the first paragraph starting past about a screenful of text', () => {
    const article = analyze(raw(12));
    const id = firstScreenEnd(article)!;
    const sentence = article.sentences[Number(id.replace('sentence-', ''))]!;
    const paragraph = article.paragraphs[sentence.paragraph!]!;
    expect(sentence.start).toBe(paragraph.start);
    expect(paragraph.start).toBeGreaterThanOrEqual(600);
    expect(article.paragraphs[paragraph.id - 1]!.start).toBeLessThan(600);
  });

  it('is null for an article that fits in about a screen', () => {
    expect(firstScreenEnd(analyze(raw(3)))).toBeNull();
  });
});

describe('an article page holds its first paint until its first screen is parsed', () => {
  it('names, in the head, an element its markup has', async () => {
    const article = analyze(raw(12));
    const url = `/articles/${encodeURIComponent(article.id)}/`;
    const page = await renderPage(url, { index: { articles: [summarize(article)] }, article });
    expect(page.paintAfter).toBe(firstScreenEnd(article));
    const html = fillTemplate(TEMPLATE, page);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<link rel="expect" href="#${page.paintAfter}" blocking="render" />`);
    expect(html.slice(html.indexOf('<body>'))).toContain(` id="${page.paintAfter}"`);
    // Emptied to be filled again (the bench's pages), it keeps no link of the page it held.
    expect(emptyTemplate(html)).not.toContain('rel="expect"');
  });

  it('does not hold the paint of a page that is not an article', async () => {
    const html = fillTemplate(TEMPLATE, await renderPage('/', { index: { articles: [] } }));
    expect(html).not.toContain('rel="expect"');
  });
});
