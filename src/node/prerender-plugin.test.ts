import { describe, expect, it } from 'vitest';
import { deferEntryScript } from './prerender-plugin';

const built = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/assets/react-def.js">
</head><body><div id="root"><p>Words</p></div></body></html>`;

describe('deferEntryScript', () => {
  it('preloads the entry chunk from the head and imports it after the first paint, from the end of the body', () => {
    const html = deferEntryScript(built);
    expect(html).not.toContain('<script type="module" crossorigin src=');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/index-abc.js">');
    expect(html).toMatch(
      /<p>Words<\/p><\/div><script type="module">requestAnimationFrame\(\(\)=>setTimeout\(\(\)=>import\("\/assets\/index-abc\.js"\)\)\)<\/script>\n<\/body>/,
    );
    expect(html.indexOf('index-abc.js')).toBeLessThan(html.indexOf('react-def.js'));
  });

  it('evaluates the chunks it is given first, each in a task of its own, and the entry last', () => {
    const html = deferEntryScript(built, (entry) => (entry === '/assets/index-abc.js' ? ['/assets/react-def.js'] : []));
    expect(html).toContain(
      '<script type="module">requestAnimationFrame(()=>setTimeout(()=>import("/assets/react-def.js").then(()=>setTimeout(()=>import("/assets/index-abc.js")))))</script>',
    );
  });

  it('leaves a page without an entry module script as it is', () => {
    const page = '<html><head><script src="/classic.js"></script></head><body></body></html>';
    expect(deferEntryScript(page)).toBe(page);
  });
});
