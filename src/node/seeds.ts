/** Reads and analyses every article in `seeds/`: used by the Vite plugin at dev and build time. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../core/types.ts';
export { summarize } from '../lib/article-summary.ts';

export type Analyze = (raw: string) => Article;

/** Every `.txt` in `dir`, analysed, in file-name order. Duplicate ids get a numeric suffix. */
export function analyzeSeeds(dir: string, analyze: Analyze): Article[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const seen = new Set<string>();
  return files.map((file) => {
    const article = analyze(readFileSync(join(dir, file), 'utf8'));
    let id = article.id;
    for (let n = 2; seen.has(id); n++) id = `${article.id}-${n}`;
    seen.add(id);
    return { ...article, id };
  });
}
