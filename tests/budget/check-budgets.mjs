#!/usr/bin/env node
// Size budgets (issue 7): the JavaScript and CSS a prerendered page needs before it is interactive, gzipped.
// Initial JavaScript is every classic or module script the built HTML references, every modulepreload, every
// script URL an inline script names (the page's startup script imports and preloads its chunks itself, after
// the first paint), and everything those chunks import statically, transitively; lazy chunks (import() in
// the chunks) are not counted.
// Sizes are in kB of 1,000 bytes, as Vite reports them. Usage: node tests/budget/check-budgets.mjs [distDir]
// With the default dist/, a build older than the sources (say, browser tests were skipped) is rebuilt first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = { js: 90_000, css: 15_000 };

const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1] ?? null;

/** Script, modulepreload and stylesheet URLs referenced by an HTML page, and its inline scripts and styles. */
export function htmlAssets(html) {
  const js = [];
  const css = [];
  const inlineJs = [];
  const inlineCss = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attr(m[1] ?? '', 'type');
    if (!attr(m[1] ?? '', 'src') && (!type || type === 'module') && m[2]?.trim()) {
      inlineJs.push(m[2]);
      for (const url of m[2].matchAll(/["'](\/[^"'\s]+\.m?js)["']/g)) if (url[1]) js.push(url[1]);
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) if (m[1]?.trim()) inlineCss.push(m[1]);
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    const type = attr(tag, 'type');
    if (src && (!type || type === 'module' || type === 'text/javascript')) js.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) js.push(href);
    if (rel.includes('stylesheet')) css.push(href);
  }
  return { js, css, inlineJs, inlineCss };
}

/** Specifiers a built chunk imports statically (`import … from "x"`, `import "x"`, `export … from "x"`). */
export function staticImports(code) {
  const out = new Set();
  const re = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;
  for (const m of code.matchAll(re)) if (m[1]) out.add(m[1]);
  return [...out];
}

function toFile(dist, fromFile, url) {
  if (/^[a-z]+:/i.test(url)) return null; // another origin: not ours to count
  const path = url.split(/[?#]/)[0] ?? '';
  return path.startsWith('/') ? join(dist, path) : resolve(dirname(fromFile), path);
}

const gz = (file) => gzipSync(readFileSync(file)).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Initial JS and CSS of one built page, gzipped, with the files counted. */
export function measurePage(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const assets = htmlAssets(html);
  const seen = new Set();
  const queue = assets.js.map((u) => toFile(dist, htmlFile, u)).filter(Boolean);
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${relative(dist, htmlFile)} references a missing script: ${file}`);
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const next = toFile(dist, file, spec);
      if (next) queue.push(next);
    }
  }
  const cssFiles = [...new Set(assets.css.map((u) => toFile(dist, htmlFile, u)).filter(Boolean))];
  const files = (list) => list.map((f) => ({ file: posix.normalize(relative(dist, f)), gzip: gz(f) }));
  const inline = (list, label) => list.map((text) => ({ file: label, gzip: gzipSync(text).length }));
  const js = [...files([...seen]), ...inline(assets.inlineJs, '(inline <script>)')];
  const css = [...files(cssFiles), ...inline(assets.inlineCss, '(inline <style>)')];
  const sum = (list) => list.reduce((n, f) => n + f.gzip, 0);
  return { page: relative(dist, htmlFile), js, css, jsTotal: sum(js), cssTotal: sum(css) };
}

function pages(dist) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') out.push(full);
    }
  };
  walk(join(dist, 'articles'));
  return out;
}

function newestSource() {
  let newest = 0;
  const walk = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of ['src', 'public', 'seeds', 'index.html', 'vite.config.ts', 'package-lock.json']) walk(path);
  return newest;
}

function main() {
  const dist = resolve(process.argv[2] ?? 'dist');
  // Inline JSON (the dehydrated cache) is data, not code: it is not counted.
  const builtAt = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
  if (!process.argv[2] && builtAt < newestSource()) {
    console.log('budgets: dist/ is missing or older than the sources; building first');
    const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`budgets: ${dist}/index.html is missing — run \`npm run build\` first`);
    process.exit(1);
  }
  const articlePages = existsSync(join(dist, 'articles')) ? pages(dist) : [];
  if (articlePages.length === 0) {
    console.error('budgets: no prerendered article page in dist/articles/*/index.html');
    process.exit(1);
  }
  let failed = false;
  for (const file of [...articlePages, join(dist, 'index.html')]) {
    const m = measurePage(dist, file);
    const jsOk = m.jsTotal <= BUDGETS.js;
    const cssOk = m.cssTotal <= BUDGETS.css;
    failed ||= !jsOk || !cssOk;
    console.log(`budgets: ${m.page}`);
    console.log(`  ${jsOk ? 'ok  ' : 'OVER'} initial JS  ${kb(m.jsTotal)} gzip (budget ${kb(BUDGETS.js)})`);
    for (const f of m.js) console.log(`         ${kb(f.gzip).padStart(9)}  ${f.file}`);
    console.log(`  ${cssOk ? 'ok  ' : 'OVER'} CSS         ${kb(m.cssTotal)} gzip (budget ${kb(BUDGETS.css)})`);
    for (const f of m.css) console.log(`         ${kb(f.gzip).padStart(9)}  ${f.file}`);
  }
  if (failed) {
    console.error('budgets: FAILED — a page ships more than its budget (see above)');
    process.exit(1);
  }
  console.log('budgets: all pages within budget');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
