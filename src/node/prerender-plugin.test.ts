import { describe, expect, it } from 'vitest';
import { deferEntryScript } from './prerender-plugin';

const built = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/assets/react-def.js">
</head><body><div id="root"><p>Words</p></div></body></html>`;

describe('deferEntryScript', () => {
  it('requests nothing before the first paint: no modulepreload or module script is left in the head', () => {
    const html = deferEntryScript(built);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('modulepreload');
    expect(head).not.toContain('type="module"');
    expect(head).not.toContain('.js');
  });

  it('after the first paint preloads the other chunks at once and imports the entry, from the end of the body', () => {
    const html = deferEntryScript(built);
    expect(html).toMatch(
      /<p>Words<\/p><\/div><script type="module">requestAnimationFrame\(\(\)=>setTimeout\(\(\)=>\{for\(const u of \["\/assets\/react-def\.js"\]\)\{[^}]*l\.rel="modulepreload"[^}]*\}import\("\/assets\/index-abc\.js"\)\}\)\)<\/script>\n<\/body>/,
    );
  });

  it('evaluates the chunks it is given first, each in a task of its own, and the entry last (preloaded meanwhile)', () => {
    const html = deferEntryScript(built, (entry) => (entry === '/assets/index-abc.js' ? ['/assets/react-def.js'] : []));
    expect(html).toContain('for(const u of ["/assets/index-abc.js"])');
    expect(html).toContain(
      'import("/assets/react-def.js").then(()=>setTimeout(()=>import("/assets/index-abc.js")))}))</script>',
    );
  });

  it('leaves a page without an entry module script as it is', () => {
    const page = '<html><head><script src="/classic.js"></script></head><body></body></html>';
    expect(deferEntryScript(page)).toBe(page);
  });
});
