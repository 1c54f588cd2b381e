import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { htmlAssets } from '../budget/check-budgets.mjs';
import { deferEntryScript } from '../../src/node/prerender-plugin';

const built = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/assets/react-def.js">
<link rel="modulepreload" crossorigin href="/assets/runtime-ghi.js">
</head><body><div id="root"></div></body></html>`;

describe('budget check: what a page loads at startup', () => {
  it('counts the chunks the page’s startup script imports and preloads itself, as the build writes it', () => {
    const page = deferEntryScript(built, () => ['/assets/react-def.js']);
    const { js } = htmlAssets(page) as { js: string[] };
    expect(new Set(js)).toEqual(new Set(['/assets/index-abc.js', '/assets/react-def.js', '/assets/runtime-ghi.js']));
  });

  it('still counts script tags and modulepreloads in the HTML', () => {
    const { js } = htmlAssets(built) as { js: string[] };
    expect(new Set(js)).toEqual(new Set(['/assets/index-abc.js', '/assets/react-def.js', '/assets/runtime-ghi.js']));
  });
});
