import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Issue 8: bring your own article. Written for these tests; any resemblance to real events is chance.
const PASTED = [
  'Lighthouse keeper honoured in Cornwall',
  '12 June 2019',
  'The Royal National Lifeboat Institution on Wednesday honoured lighthouse keeper Thomas Penrose, who rescued three sailors off the coast of Cornwall in March 2018.',
  'Penrose received the award in Falmouth from Prince Charles. He said he would retire next year, after forty years at the Lizard lighthouse.',
].join('\n\n');
const PASTED_TITLE = 'Lighthouse keeper honoured in Cornwall';

const HTML_NAME = 'harbour-story.html';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const HTML = fixture(HTML_NAME);
const HTML_TITLE = 'Harbour Board approves new ferry terminal in Portsmouth';

async function openImport(page: Page) {
  await page.goto('/library/');
  await expect(page.locator('section[aria-labelledby="library-heading"]')).toHaveAttribute('data-interactive', 'true');
  await page.getByRole('button', { name: 'Open your own article' }).click();
  await expect(page.getByRole('heading', { name: 'Open your own article' })).toBeVisible();
}

async function paste(page: Page, text: string) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Analyse text' }).click();
}

async function drop(page: Page, name: string, content: string, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ([n, c, t]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([c], n, { type: t }));
      return transfer;
    },
    [name, content, type] as const,
  );
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

const localUrl = /\/articles\/local-[a-z0-9-]+\/$/;

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test.describe('bring your own article', () => {
  test('the library and the import panel: no serious axe violations, every control reachable by Tab', async ({
    page,
  }) => {
    await openImport(page);
    await paste(page, '');
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const names: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      names.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          if (!el) return '';
          return (
            el.getAttribute('aria-label') ??
            (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
              ? el.labels?.[0]?.textContent?.trim()
              : null) ??
            el.textContent?.trim() ??
            ''
          );
        }),
      );
    }
    for (const name of ['Close', 'Article text', 'Analyse text', 'Choose a file', 'Filter articles']) {
      expect(names.some((n) => n.startsWith(name))).toBe(true);
    }
  });

  test('paste, drop a saved page, find both after a reload, and open them offline', async ({ page, context }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.exposeFunction('__glossFixtureRan', () => errors.push('a script from the imported page ran'));

    // Paste: the article opens with its entities and its timeline.
    await openImport(page);
    await paste(page, PASTED);
    await expect(page).toHaveURL(localUrl, { timeout: 20_000 });
    const pastedUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1, name: PASTED_TITLE })).toBeVisible();
    await expect(page.locator('article [data-entity-id]').first()).toBeVisible();
    await expect(page.locator('article')).toContainText('Thomas Penrose');
    await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('button').first()).toBeVisible();

    // Drop a saved web page: its story is extracted, its furniture and scripts are not.
    await openImport(page);
    // Were any script or handler in the page to run, it would call back into the test and fail it.
    await drop(
      page,
      HTML_NAME,
      HTML.replace(/window\.__fixture\w+ = true;?/g, 'window.__glossFixtureRan();'),
      'text/html',
    );
    await expect(page).toHaveURL(localUrl, { timeout: 20_000 });
    const droppedUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1, name: HTML_TITLE })).toBeVisible();
    const story = page.locator('article');
    await expect(story).toContainText('The Portsmouth Harbour Board on Monday approved plans');
    await expect(story).toContainText('Construction is due to begin in June');
    await expect(story).not.toContainText('Most read');
    await expect(story).not.toContainText('Sign in');
    await expect(page.getByText('Maria Lopez').first()).toBeVisible();

    // Reload: both are in the library, with their details.
    await page.goto('/library/');
    await expect(page.locator('section[aria-labelledby="library-heading"]')).toHaveAttribute(
      'data-interactive',
      'true',
    );
    await page.reload();
    const mine = page.getByRole('list', { name: 'Your articles' });
    await expect(mine.getByRole('link', { name: PASTED_TITLE })).toBeVisible();
    await expect(mine.getByRole('link', { name: HTML_TITLE })).toBeVisible();
    await expect(mine).toContainText('The Coastal Times');
    await expect(mine).toContainText('5 March 2024');
    await expect(page.getByRole('list', { name: 'Articles from Gloss' }).getByRole('link').first()).toBeVisible();

    // Offline, once the service worker controls the page: the library and both articles still open.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.goto('/library/');
    await expect(page.locator('section[aria-labelledby="library-heading"]')).toHaveAttribute(
      'data-interactive',
      'true',
    );
    await expect(
      page.getByRole('list', { name: 'Your articles' }).getByRole('link', { name: PASTED_TITLE }),
    ).toBeVisible();
    await page.goto(pastedUrl);
    await expect(page.getByRole('heading', { level: 1, name: PASTED_TITLE })).toBeVisible();
    await expect(page.locator('article')).toContainText('Thomas Penrose');
    await page.goto(droppedUrl);
    await expect(page.getByRole('heading', { level: 1, name: HTML_TITLE })).toBeVisible();
    await context.setOffline(false);

    expect(errors).toEqual([]);
  });

  test('bad input: a clear message, nothing stored, the pasted text kept', async ({ page }) => {
    await openImport(page);
    const textbox = page.getByLabel('Article text');

    await paste(page, '   ');
    await expect(page.getByRole('alert')).toContainText('no text to analyse');

    const russian = 'Госсекретарь США Джон Керри прибыл в Москву для переговоров с Владимиром Путиным о Сирии.';
    await paste(page, russian);
    await expect(page.getByRole('alert')).toContainText('another script');
    await expect(textbox).toHaveValue(russian);

    await page.getByLabel('Choose a file').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    });
    await expect(page.getByRole('alert')).toContainText('not text');

    await drop(page, 'login.html', fixture('no-article.html'), 'text/html');
    await expect(page.getByRole('alert')).toContainText('No article was found');

    await expect(page).toHaveURL(/\/$/);
    await expect(textbox).toHaveValue(russian);
    await expect(page.getByRole('list', { name: 'Your articles' })).toHaveCount(0);
    // Still usable: a good article goes through after all that.
    await paste(page, PASTED);
    await expect(page).toHaveURL(localUrl, { timeout: 20_000 });
  });

  test('remove one of your articles, then undo', async ({ page }) => {
    await openImport(page);
    await paste(page, PASTED);
    await expect(page).toHaveURL(localUrl, { timeout: 20_000 });
    await page.goto('/library/');
    await expect(page.locator('section[aria-labelledby="library-heading"]')).toHaveAttribute(
      'data-interactive',
      'true',
    );
    const mine = page.getByRole('list', { name: 'Your articles' });
    await mine.getByRole('button', { name: `Remove “${PASTED_TITLE}”` }).click();
    await expect(page.getByRole('list', { name: 'Your articles' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(mine.getByRole('link', { name: PASTED_TITLE })).toBeVisible();
    await page.reload();
    await expect(mine.getByRole('link', { name: PASTED_TITLE })).toBeVisible();
  });

  test('the filter box narrows the library', async ({ page }) => {
    await page.goto('/library/');
    await expect(page.locator('section[aria-labelledby="library-heading"]')).toHaveAttribute(
      'data-interactive',
      'true',
    );
    const shipped = page.getByRole('list', { name: 'Articles from Gloss' });
    await expect(shipped.getByRole('link').first()).toBeVisible();
    await page.getByRole('searchbox', { name: 'Filter articles' }).fill('no such article zzz');
    await expect(shipped).toHaveCount(0);
    await expect(page.getByText('No article from Gloss matches')).toBeVisible();
  });

  test('analysing a 100 kB article stays responsive and can be cancelled', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const paragraphs = [
      'The Portsmouth Harbour Board on Monday approved plans for a new ferry terminal, ending two years of debate over the future of the old fish market on the eastern quay.',
      'Board chairman David Carter said the terminal would open in the spring of 2026 and could handle twice as many passengers as the current building.',
      'Local fishermen had opposed the plans since 2022. Their association said on Tuesday that it would appeal the decision to the city council in Southampton.',
      'Construction is due to begin in June, when the last ferries of the winter season have left, and the board will publish a timetable next month.',
      'Mayor Helen Brooks welcomed the vote on Wednesday and said the Department for Transport had promised 12 million pounds by the end of 2025.',
    ];
    const body: string[] = [];
    for (let i = 0; body.join('\n\n').length < 100_000; i++) body.push(paragraphs[i % paragraphs.length]!);
    const text = ['Ferry terminal approved after long debate in Portsmouth', '4 March 2024', ...body].join('\n\n');

    // Cancel first: nothing is stored and the text stays.
    await openImport(page);
    await page.getByLabel('Article text').fill(text);
    await page.getByRole('button', { name: 'Analyse text' }).click();
    await expect(page.getByRole('progressbar', { name: 'Analysis progress' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Analysis cancelled. Nothing was saved.')).toBeVisible();
    await expect(page.getByLabel('Article text')).toHaveValue(text);

    // Then the full run, timing it; the page answers input while the worker works.
    await page.getByRole('button', { name: 'Analyse text' }).click();
    const filter = page.getByRole('searchbox', { name: 'Filter articles' });
    await filter.fill('responsive?', { timeout: 2_000 });
    await expect(page).toHaveURL(localUrl, { timeout: 90_000 });
    const ms = await page.evaluate(() => performance.getEntriesByName('gloss:analysis').at(-1)?.duration ?? -1);
    expect(ms).toBeGreaterThan(0);
    testInfo.annotations.push({
      type: 'analysis-ms',
      description: `${Math.round(ms)} ms for ${text.length} characters`,
    });
    console.log(`[library] analysing ${text.length} characters took ${Math.round(ms)} ms in the worker`);
    await expect(page.getByRole('heading', { level: 1, name: /Ferry terminal approved/ })).toBeVisible();
  });
});
