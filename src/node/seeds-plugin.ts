/**
 * Vite plugin: serves the analysed seed articles as JSON in the dev server (re-analysed on every
 * request, so edits to seeds or core show at once) and writes them into the build. Core is loaded
 * through Vite's SSR module loader, so the config itself stays free of app code.
 */
import { resolve } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { articleIndexUrl, articleUrl, DATA_PREFIX } from '../lib/data-paths.ts';
import { analyzeSeeds, summarize, type Analyze } from './seeds.ts';

type Core = { analyze: Analyze };

async function loadCore(server: ViteDevServer): Promise<Core> {
  return (await server.ssrLoadModule('/src/core/index.ts')) as Core;
}

export function seedsPlugin(seedsDir: string): Plugin {
  const dir = resolve(seedsDir);
  return {
    name: 'gloss-seeds',
    configureServer(server) {
      server.watcher.add(dir);
      server.middlewares.use(async (req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(DATA_PREFIX)) return next();
        try {
          const core = await loadCore(server);
          const articles = analyzeSeeds(dir, (raw) => core.analyze(raw));
          const body: unknown =
            url === articleIndexUrl()
              ? { articles: articles.map(summarize) }
              : articles.find((a) => articleUrl(a.id) === url);
          if (body === undefined) {
            res.statusCode = 404;
            res.end('Not found');
            return;
          }
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(body));
        } catch (error) {
          next(error);
        }
      });
    },
    async generateBundle() {
      const loader = await createServer({
        configFile: false,
        logLevel: 'error',
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
      });
      try {
        const core = await loadCore(loader);
        const articles = analyzeSeeds(dir, (raw) => core.analyze(raw));
        this.emitFile({
          type: 'asset',
          fileName: articleIndexUrl().slice(1),
          source: JSON.stringify({ articles: articles.map(summarize) }),
        });
        for (const article of articles) {
          this.emitFile({ type: 'asset', fileName: articleUrl(article.id).slice(1), source: JSON.stringify(article) });
        }
      } finally {
        await loader.close();
      }
    },
  };
}
