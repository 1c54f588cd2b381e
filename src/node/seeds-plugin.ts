/**
 * Vite plugin: serves the analysed seed articles as JSON in the dev server (re-analysed on every
 * request, so edits to seeds or core show at once) and writes them into the build.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { articleIndexUrl as articleIndexPath, articleUrl as articlePath, DATA_PREFIX } from '../lib/data-paths';
import { analyzeSeeds, summarize, type Analyze } from './seeds';

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
          const core = (await server.ssrLoadModule('/src/core/index.ts')) as { analyze: Analyze };
          const articles = analyzeSeeds(dir, (raw) => core.analyze(raw));
          let body: unknown = undefined;
          if (url === articleIndexPath()) body = { articles: articles.map(summarize) };
          else body = articles.find((a) => articlePath(a.id) === url);
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
      const { analyze } = await import('../core/index');
      const articles = analyzeSeeds(dir, (raw) => analyze(raw));
      this.emitFile({
        type: 'asset',
        fileName: articleIndexPath().slice(1),
        source: JSON.stringify({ articles: articles.map(summarize) }),
      });
      for (const article of articles) {
        this.emitFile({ type: 'asset', fileName: articlePath(article.id).slice(1), source: JSON.stringify(article) });
      }
    },
  };
}
