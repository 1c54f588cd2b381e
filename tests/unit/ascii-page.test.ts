import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiHtml, fillTemplate, inlineJson, STATE_ELEMENT_ID, type RenderedPage } from '../../src/entry-server';

/** Characters past ASCII of each kind a page meets: accents, punctuation, a currency, one outside the BMP. */
const WIDE = 'Café Müller — “quoted” … 5 € 😀';
const TEMPLATE =
  '<!doctype html><html><head><meta charset="UTF-8" /><title>Gloss</title><meta name="description" content="" />' +
  '<style>p::after{content:"ü"}</style></head><body><div id="root"></div></body></html>';

const ascii = (s: string) => /^[\0-\x7f]*$/.test(s);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('a prerendered page is written in ASCII, meaning the same', () => {
  it('escapes text and attributes as character references and scripts as \\u escapes', () => {
    const html = `<p title="${WIDE}">${WIDE}</p><script>var s="${WIDE}"</script>`;
    const out = asciiHtml(html);
    expect(ascii(out)).toBe(true);
    const doc = parse(`<body>${out}</body>`);
    expect(doc.querySelector('p')!.textContent).toBe(WIDE);
    expect(doc.querySelector('p')!.getAttribute('title')).toBe(WIDE);
    const scope: { s?: string } = {};
    runInNewContext(doc.querySelector('script')!.textContent!, scope);
    expect(scope.s).toBe(WIDE);
  });

  it('leaves ASCII as it is', () => {
    const html = '<p class="a">Plain &amp; simple</p><script>if (a < b) go()</script>';
    expect(asciiHtml(html)).toBe(html);
  });

  it('writes inline JSON in ASCII that parses to the same value and cannot close its script', () => {
    const value = { text: `${WIDE} </script>` };
    const json = inlineJson(value);
    expect(ascii(json)).toBe(true);
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('fills a page whose markup, title, description, data and style read as they did', () => {
    const state = { queries: [{ state: { data: { title: WIDE, text: `${WIDE}. The talks went on.` } } }] };
    const page: RenderedPage = {
      url: '/articles/a/',
      html: `<article><h1>${WIDE}</h1><p>Met “the board” in Zürich — <button type="button" aria-label="Zürich">Zürich</button>.</p></article>`,
      stateScript: `<script type="application/json" id="${STATE_ELEMENT_ID}" data-url="/articles/a/">${inlineJson(state)}</script>`,
      title: `${WIDE} · Gloss`,
      description: `${WIDE}…`,
      paintAfter: null,
    };
    const html = fillTemplate(TEMPLATE, page);
    expect(ascii(html.replace('content:"ü"', ''))).toBe(true);
    const doc = parse(html);
    const rendered = parse(`<body><div id="root">${page.html}</div></body>`);
    expect(doc.getElementById('root')!.innerHTML).toBe(rendered.getElementById('root')!.innerHTML);
    expect(doc.title).toBe(page.title);
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(page.description);
    expect(JSON.parse(doc.getElementById(STATE_ELEMENT_ID)!.textContent!)).toEqual(state);
    // A style sheet is left as it is (the build's is ASCII).
    expect(doc.querySelector('style')!.textContent).toBe('p::after{content:"ü"}');
  });
});
