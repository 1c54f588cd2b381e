/**
 * A long prerendered article (issue 7): a reader who clicks while the app is still taking over the page's
 * markup gets an answer. The page is prerendered here as the build prerenders the seeds, from a synthetic
 * article made of the seed's paragraphs, and served in place of the route.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { analyze } from '../../src/core/index';
import { prerenderArticles, syntheticArticle, type PrerenderedArticle } from '../bench/page-fixtures';

const seedFile = `seeds/${
  readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()[0]
}`;

/** The long article's page and data, analysed and prerendered once for the tests below (one worker runs them). */
let longPage: Promise<PrerenderedArticle> | undefined;
function prerenderLongArticle(): Promise<PrerenderedArticle> {
  longPage ??= (async () => {
    const article = { ...analyze(syntheticArticle(seedFile, { paragraphs: 1500 })), id: 'long-while-hydrating' };
    const index: unknown = JSON.parse(readFileSync('dist/data/articles.json', 'utf8'));
    const [long] = await prerenderArticles(readFileSync('dist/index.html', 'utf8'), index, [article]);
    return long!;
  })();
  return longPage;
}

// Resting on a mention first loads the panel's code (a click is likely next); a tap, or a pointer that
// presses as it arrives, can find it not yet loaded. Either way the panel opens while the article still
// hydrates.
for (const restMs of [150, 0]) {
  test(`a mention clicked while a long article is still hydrating opens its panel (pointer at rest ${restMs} ms)`, async ({
    page,
  }) => {
    await clickWhileHydrating(page, restMs);
  });
}

async function clickWhileHydrating(page: Page, restMs: number) {
  test.setTimeout(120_000);
  const long = await prerenderLongArticle();
  await page.route(`**${long.path}`, (route) => route.fulfill({ body: long.html, contentType: 'text/html' }));
  await page.route(`**${long.dataPath}`, (route) =>
    route.fulfill({ body: long.data, contentType: 'application/json' }),
  );
  // Slowed down, so that hydrating the article's ~3,000 sentences takes seconds, not a moment.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

  await page.goto(long.path);
  const mentions = page.locator('[data-article-text] button[data-entity-id]');
  const hydrated = (which: 'first' | 'last') =>
    (which === 'first' ? mentions.first() : mentions.last()).evaluate((el) =>
      Object.keys(el).some((key) => key.startsWith('__reactFiber')),
    );
  // React has begun to take over the text (its first mention is React's), and has not finished (its last is not).
  await expect.poll(() => hydrated('first'), { intervals: [20], timeout: 60_000 }).toBe(true);
  expect(await hydrated('last')).toBe(false);

  const id = (await mentions.first().getAttribute('data-entity-id'))!;
  // As a reader clicks: the pointer comes to rest on the mention (less than the preview card's delay), or not,
  // then presses. Hovering counts: the pointer entering a mention is an event React must handle too.
  const box = (await mentions.first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  if (restMs > 0) await page.waitForTimeout(restMs);
  await page.mouse.down();
  await page.mouse.up();
  // Asked of the page itself, by CSS: a role query walks the whole page on its main thread, and the page is
  // long. Waited for with Playwright's toBeVisible instead, this test failed in about 1 run in 10, and in 6 of
  // 6 with no rest; asked this way, the same build passed 8 of 8 with and without the rest.
  const shown = () =>
    page.evaluate(() => {
      const dialog = document.querySelector('[role="dialog"]');
      return dialog && dialog.getClientRects().length > 0 ? (dialog.querySelector('h2')?.id ?? '') : null;
    });
  await expect.poll(shown, { intervals: [100], timeout: 30_000 }).toBe(`panel-${id}`); // the clicked entity's panel
  // While the article still hydrates (all of it takes a few seconds more here, on an idle machine).
  expect(await hydrated('last')).toBe(false);
}
