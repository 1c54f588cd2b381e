/**
 * A long prerendered article (issue 7): a reader who clicks while the app is still taking over the page's
 * markup gets an answer. The page is prerendered here as the build prerenders the seeds, from a synthetic
 * article made of the seed's paragraphs, and served in place of the route.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { analyze } from '../../src/core/index';
import { prerenderArticles, syntheticArticle } from '../bench/page-fixtures';

const seedFile = `seeds/${
  readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()[0]
}`;

test('a mention clicked while a long article is still hydrating opens its panel', async ({ page }) => {
  test.setTimeout(120_000);
  const article = { ...analyze(syntheticArticle(seedFile, { paragraphs: 1500 })), id: 'long-while-hydrating' };
  const index: unknown = JSON.parse(readFileSync('dist/data/articles.json', 'utf8'));
  const [long] = await prerenderArticles(readFileSync('dist/index.html', 'utf8'), index, [article]);
  await page.route(`**${long!.path}`, (route) => route.fulfill({ body: long!.html, contentType: 'text/html' }));
  await page.route(`**${long!.dataPath}`, (route) =>
    route.fulfill({ body: long!.data, contentType: 'application/json' }),
  );
  // Slowed down, so that hydrating the article's ~3,000 sentences takes seconds, not a moment.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

  await page.goto(long!.path);
  const mentions = page.locator('[data-article-text] button[data-entity-id]');
  const hydrated = (which: 'first' | 'last') =>
    (which === 'first' ? mentions.first() : mentions.last()).evaluate((el) =>
      Object.keys(el).some((key) => key.startsWith('__reactFiber')),
    );
  // React has begun to take over the text (its first mention is React's), and has not finished (its last is not).
  await expect.poll(() => hydrated('first'), { intervals: [20], timeout: 60_000 }).toBe(true);
  expect(await hydrated('last')).toBe(false);

  const id = (await mentions.first().getAttribute('data-entity-id'))!;
  // As a reader clicks: the pointer comes to rest on the mention (less than the preview card's delay), then
  // presses. Hovering counts: the pointer entering a mention is an event React must handle too.
  const box = (await mentions.first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(150);
  await page.mouse.down();
  await page.mouse.up();
  // By CSS: a role query walks the whole page on its main thread, and the page is long.
  const panel = page.locator('[role="dialog"]');
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel.locator('h2').first()).toHaveAttribute('id', `panel-${id}`); // the clicked entity's panel
});
