/**
 * The prerendered article (issue 7): readable with JavaScript off, and hydrated with it on — no hydration
 * or console errors, and nothing moves while the app takes over the server's markup.
 */
import { expect, test, type Page } from '@playwright/test';

interface Summary {
  id: string;
  title: string;
}

async function seedArticle(page: Page): Promise<Summary> {
  const response = await page.request.get('/data/articles.json');
  expect(response.ok()).toBe(true);
  const body: unknown = await response.json();
  const first =
    typeof body === 'object' && body !== null && 'articles' in body && Array.isArray(body.articles)
      ? (body.articles[0] as unknown)
      : undefined;
  if (typeof first !== 'object' || first === null || !('id' in first) || !('title' in first)) {
    throw new Error('data/articles.json lists no article');
  }
  return { id: String(first.id), title: String(first.title) };
}

const articlePath = (id: string) => `/articles/${encodeURIComponent(id)}/`;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the seed article, its highlights and its timeline are in the page', async ({ page }) => {
    const seed = await seedArticle(page);
    await page.goto(articlePath(seed.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(page).toHaveTitle(new RegExp(seed.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(page.locator('[data-article-text] p')).toHaveCount(22);
    expect(await page.locator('[data-article-text] button[data-entity-id]').count()).toBeGreaterThan(10);
    expect(await page.locator('button[data-event-id]').count()).toBeGreaterThan(0);
  });

  test('on a phone, what lies far below the first screen is rendered only when near (content-visibility)', async ({
    page,
  }) => {
    const seed = await seedArticle(page);
    const visibility = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).contentVisibility);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(articlePath(seed.id));
    // Paragraphs are skipped in blocks (features/reader/lib/paragraph-blocks.ts): the fifth opens the second.
    const block = (n: number) => `[data-article-text] > div:nth-child(${n})`;
    expect(
      await page
        .locator(`${block(2)} > p`)
        .first()
        .getAttribute('data-paragraph'),
    ).toBe(await page.locator('[data-article-text] p').nth(4).getAttribute('data-paragraph'));
    expect(await visibility(block(1))).toBe('visible');
    expect(await visibility(block(2))).toBe('auto');
    expect(await visibility(block(3))).toBe('auto');
    expect(await visibility('section[aria-labelledby="timeline-heading"]')).toBe('auto');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await visibility(block(2))).toBe('visible');
    expect(await visibility(block(3))).toBe('auto');
    expect(await visibility('section[aria-labelledby="timeline-heading"]')).toBe('visible');
  });

  test('the home page lists the shipped articles', async ({ page }) => {
    const seed = await seedArticle(page);
    await page.goto('/');
    await expect(page.getByRole('link', { name: seed.title })).toBeVisible();
  });

  // Chromium decodes an SVG icon as a document of its own on the page's main thread, just after the first
  // paint (12–28 ms unthrottled in Lighthouse's runs, a long task at its 4× CPU); a PNG icon is decoded in
  // well under a millisecond.
  test('the page names an icon the site serves, a raster image', async ({ page }) => {
    const seed = await seedArticle(page);
    await page.goto(articlePath(seed.id));
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).toBeTruthy();
    const icon = await page.request.get(href!);
    expect(icon.ok()).toBe(true);
    expect(icon.headers()['content-type']).toMatch(/^image\/png\b/);
    expect((await icon.body()).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  test("the page's utilities carry their theme values, not lookups of theme variables", async ({ page }) => {
    const seed = await seedArticle(page);
    await page.goto(articlePath(seed.id));
    const css = (await page.locator('head style').allTextContents()).join('\n');
    expect(css).toContain('.mention{'); // the app's own stylesheet, not an empty one
    // Declarations of real properties (custom properties aside) that read a Tailwind theme variable: each is
    // resolved again for every element it styles.
    const lookups = [
      ...css.matchAll(
        /(?:^|[;{])\s*([a-z][a-z-]*)\s*:[^;{}]*var\(--(?:color|spacing|text|radius|leading|tracking|font-weight|shadow|ease|container)\b[^;{}]*/g,
      ),
    ].map((m) => m[0]);
    expect(lookups).toEqual([]);
  });

  test("the first screen's text asks for two font stacks, each starting with a family found outside Apple's systems", async ({
    page,
  }) => {
    const seed = await seedArticle(page);
    await page.goto(articlePath(seed.id));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Every family named before the one the system has is a look-up the first paint waits for.
    const stacks = await page.evaluate(() => {
      const found = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim()) continue;
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.top < innerHeight) found.add(getComputedStyle(element).fontFamily);
      }
      return [...found].sort();
    });
    expect(stacks).toEqual(['Georgia, serif', 'system-ui, sans-serif']);
  });
});

/**
 * Opens `path` with react-dom, the first chunk the page starts, held back: the words and buttons are on
 * screen, the app is not. Returns the function that lets it load.
 */
async function openWithAppHeldBack(page: Page, path: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/react-dom-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  return release;
}

test.describe('with JavaScript', () => {
  test('a mention clicked before the app has started opens its panel once it has', async ({ page }) => {
    const release = await openWithAppHeldBack(page, articlePath((await seedArticle(page)).id));
    await page.locator('[data-article-text] button[data-entity-id]').first().click();
    await page.waitForTimeout(300);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    release();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page).toHaveURL(/[?&]entity=/); // written to the history after the panel's paint
  });

  test('a timeline event clicked before the app has started is selected once it has', async ({ page }) => {
    const release = await openWithAppHeldBack(page, articlePath((await seedArticle(page)).id));
    await page.locator('button[data-event-id]').first().click();
    await page.waitForTimeout(300);
    expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    release();
    await expect(page.locator('button[data-event-id]').first()).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(/[?&]event=/);
  });

  test('a Dark choice, or a dark system under "System", is dark from the first paint', async ({ page }) => {
    const path = articlePath((await seedArticle(page)).id);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const hydrated = () =>
      page.evaluate(() => {
        const mention = document.querySelector('[data-entity-id]');
        return mention !== null && Object.keys(mention).some((key) => key.startsWith('__reactFiber'));
      });
    const theme = (name: string) => page.getByRole('group', { name: 'Theme' }).getByRole('button', { name });
    await page.emulateMedia({ colorScheme: 'light' });
    let release = await openWithAppHeldBack(page, path);
    const light = await background();
    release();
    await expect.poll(hydrated).toBe(true);
    await theme('Dark').click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);

    release = await openWithAppHeldBack(page, path);
    // The app has not started: only the inline head script can have made the page dark.
    expect(await hydrated()).toBe(false);
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(await background()).not.toBe(light);
    release();
    await expect.poll(hydrated).toBe(true);
    await theme('System').click();
    await expect(theme('System')).toHaveAttribute('aria-pressed', 'true');

    await page.emulateMedia({ colorScheme: 'dark' });
    release = await openWithAppHeldBack(page, path);
    expect(await hydrated()).toBe(false);
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    release();
    await page.emulateMedia({ colorScheme: 'light' });
    release = await openWithAppHeldBack(page, path);
    expect(await hydrated()).toBe(false);
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    release();
  });

  test('hydrates the server markup without errors and without layout shift', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || (m.type() === 'warning' && /hydrat/i.test(m.text()))) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript(`
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    `);
    const seed = await seedArticle(page);
    await page.goto(articlePath(seed.id));
    const mention = page.locator('[data-article-text] button[data-entity-id]').first();
    // Hydrated: React has attached to the server's node (it was not replaced).
    await expect
      .poll(() => mention.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactFiber'))))
      .toBe(true);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-article-text] p')).toHaveCount(22);
    expect(await page.evaluate('window.__cls')).toBeLessThan(0.01);
    expect(problems).toEqual([]);

    // The comment thread hydrates later, when it comes near the screen: its server markup is kept (the same
    // node gets React's fiber), again without errors.
    const thread = page.locator('section[data-comments]');
    const serverNode = await thread.elementHandle();
    await thread.scrollIntoViewIfNeeded();
    await expect(page.getByRole('textbox', { name: 'Your comment' })).toBeEditable();
    expect(
      await serverNode!.evaluate((el) => el.isConnected && Object.keys(el).some((k) => k.startsWith('__reactFiber'))),
    ).toBe(true);
    expect(problems).toEqual([]);

    await page.evaluate(() => window.scrollTo(0, 0));
    await mention.click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});
