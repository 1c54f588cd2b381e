/**
 * Vite plugin (build only): after the bundle is written out in memory, renders the home page and every
 * shipped article with React's server renderer (src/entry-server.tsx, loaded through a Vite SSR loader
 * like the seeds plugin loads core) and emits them as `index.html` and `articles/<id>/index.html`, filled
 * into the built `index.html` so they reference the same hashed assets. Runs in `generateBundle` after
 * the seeds plugin has emitted the article JSON, so the pages hold exactly the data that ships, and the
 * PWA plugin precaches them like any other output.
 */
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type Rollup } from 'vite';
import { articleIndexUrl, DATA_PREFIX } from '../lib/data-paths.ts';
import { EARLY_CLICKS_SCRIPT } from '../lib/early-clicks.ts';
import { THEME_SCRIPT } from '../lib/theme-script.ts';
import type * as EntryServer from '../entry-server.tsx';

const ENTRY_SERVER = '/src/entry-server.tsx';
/** Pages besides the home page and the articles that need no data of their own. */
const OTHER_PAGES = ['/library/'];

function assetText(bundle: Rollup.OutputBundle, fileName: string): string {
  const item = bundle[fileName];
  if (!item || item.type !== 'asset') throw new Error(`gloss-prerender: ${fileName} is missing from the build`);
  return typeof item.source === 'string' ? item.source : new TextDecoder().decode(item.source);
}

/** Loads src/entry-server.tsx through a throwaway Vite server: the same loader the benchmark uses. */
export async function withEntryServer<T>(run: (entry: typeof EntryServer) => Promise<T>): Promise<T> {
  const loader = await createServer({
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  try {
    return await run((await loader.ssrLoadModule(ENTRY_SERVER)) as typeof EntryServer);
  } finally {
    await loader.close();
  }
}

/**
 * Puts the app's stylesheet into the page: a prerendered page then paints from its first response, with
 * no render-blocking request (the CSS is ~10 kB gzip; each page is usually a one-off visit from a link).
 */
function inlineStylesheets(html: string, bundle: Rollup.OutputBundle): string {
  return html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (tag, file: string) => {
    const css = bundle[file]?.type === 'asset' ? assetText(bundle, file) : null;
    return css === null ? tag : `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  });
}

/**
 * Starts the app's code after the page's first full paint, in more than one task. Buttons clicked before
 * then are recorded by a small inline script and replayed once the article page has hydrated.
 * - Nothing is requested before that paint: the build's `<link rel="modulepreload">` tags and the entry
 *   script leave the head. Requested during parsing, the ~90 kB gzip of chunks competed with the page for
 *   the network and the main thread; Lighthouse's simulated slow 4G put first paint at 1.8 s with them in the
 *   head and at 0.84 s without them.
 * - After the first contentful paint (`afterFirstPaint`), one inline module script adds a modulepreload for
 *   every chunk at once (so they download in parallel, not as an import waterfall), then imports the chunks
 *   in `first` (static imports of the entry, e.g. react-dom), each evaluated in a task of its own, and the
 *   entry last.
 *   Evaluating the whole entry in one go was a task of ~475 ms at a 4× CPU slowdown.
 */
export function deferEntryScript(html: string, first: (entry: string) => readonly string[] = () => []): string {
  const tag = /<script type="module" crossorigin src="(\/[^"]+\.js)"><\/script>/;
  const src = tag.exec(html)?.[1];
  if (!src || !html.includes('</body>')) return html;
  const preloadTag = /<link rel="modulepreload"(?: crossorigin)? href="(\/[^"]+\.js)">\n?/g;
  const preloads = [src, ...[...html.matchAll(preloadTag)].map((m) => m[1] as string)];
  // import(a).then(() => setTimeout(() => import(b)…)): each import in a new task, the entry last.
  const order = [...first(src).filter((url) => url !== src), src];
  const chainStart = order[0];
  const chain = order.reduceRight<string>(
    (rest, url) => `import(${JSON.stringify(url)})${rest ? `.then(()=>setTimeout(()=>${rest}))` : ''}`,
    '',
  );
  // The first import needs no preload: it starts right away.
  const later = [...new Set(preloads)].filter((url) => url !== chainStart);
  const preload =
    `for(const u of ${JSON.stringify(later)}){` +
    `const l=document.createElement("link");l.rel="modulepreload";l.href=u;document.head.append(l)}`;
  return html
    .replace(preloadTag, '')
    .replace(tag, () => `<script>${THEME_SCRIPT};${EARLY_CLICKS_SCRIPT}</script>`)
    .replace('</body>', () => `<script type="module">${afterFirstPaint(`${preload}${chain}`)}</script>\n</body>`);
}

/**
 * Script that runs `body` once, in a task after the page's first contentful paint as the browser reports it
 * (Paint Timing, in every browser the build targets). Lighthouse's simulation counts every request started
 * before the paint it observed as holding that paint back; started a frame after parsing, the chunks'
 * preloads sometimes came before it (first paint at ~1.5 s instead of ~0.9 s in 7 of 22 runs; 0 of 16 once
 * it waited for the paint). A page not painted (a tab opened in the background) starts after 5 s.
 */
function afterFirstPaint(body: string): string {
  return (
    `{let s;const go=()=>{if(!s){s=1;${body}}};` +
    `new PerformanceObserver(l=>{l.getEntriesByName("first-contentful-paint")[0]&&setTimeout(go)})` +
    `.observe({type:"paint",buffered:!0});setTimeout(go,5e3)}`
  );
}

/** The entry's statically imported chunks named `name` (from the build's codeSplitting groups), as URLs. */
function importedChunks(bundle: Rollup.OutputBundle, entryUrl: string, name: string): string[] {
  const entry = bundle[entryUrl.slice(1)];
  if (entry?.type !== 'chunk') return [];
  return entry.imports
    .filter((file) => {
      const chunk = bundle[file];
      return chunk?.type === 'chunk' && chunk.name === name;
    })
    .map((file) => `/${file}`);
}

export function prerenderPlugin(): Plugin {
  return {
    name: 'gloss-prerender',
    apply: 'build',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        if (!bundle['index.html']) return; // an SSR or library build: nothing to prerender
        const template = deferEntryScript(inlineStylesheets(assetText(bundle, 'index.html'), bundle), (entry) =>
          importedChunks(bundle, entry, 'react-dom'),
        );
        const index: unknown = JSON.parse(assetText(bundle, articleIndexUrl().slice(1)));
        const articleFiles = Object.keys(bundle).filter(
          (f) => f.startsWith(`${DATA_PREFIX.slice(1)}articles/`) && f.endsWith('.json'),
        );
        await withEntryServer(async (entry) => {
          const home = await entry.renderPage('/', { index });
          const indexAsset = bundle['index.html'];
          if (indexAsset?.type === 'asset') indexAsset.source = entry.fillTemplate(template, home);
          for (const url of OTHER_PAGES) {
            const page = await entry.renderPage(url, { index });
            this.emitFile({
              type: 'asset',
              fileName: `${url.slice(1)}index.html`,
              source: entry.fillTemplate(template, page),
            });
          }
          for (const file of articleFiles) {
            const article: unknown = JSON.parse(assetText(bundle, file));
            const id = decodeURIComponent(file.slice(`${DATA_PREFIX.slice(1)}articles/`.length, -'.json'.length));
            // The router's articleHref, spelled out so the config never imports app code.
            const url = `/articles/${encodeURIComponent(id)}/`;
            const page = await entry.renderPage(url, { index, article });
            this.emitFile({
              type: 'asset',
              fileName: `${url.slice(1)}index.html`,
              source: entry.fillTemplate(template, page),
            });
          }
        });
      },
    },
  };
}
