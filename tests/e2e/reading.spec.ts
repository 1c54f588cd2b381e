import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SEED = '/articles/kerry-in-moscow-mission-to-sway-putin-on-syria/';

interface Mention {
  start: number;
}
interface SeedArticle {
  entities: { id: string; name: string; type: string; mentions: Mention[] }[];
  events: { id: string; label: string; sentence: number; date: { value: string } }[];
}

async function seedData(page: Page): Promise<SeedArticle> {
  const response = await page.request.get('/data/articles/kerry-in-moscow-mission-to-sway-putin-on-syria.json');
  return (await response.json()) as SeedArticle;
}

/** Opens a page and waits until it is hydrated (the timeline, the last part to hydrate, answers input). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toHaveAttribute('data-interactive', 'true');
}

/** An element's background colour once its colour transition has settled (two reads in a row agree). */
async function settledBackground(element: Locator): Promise<string> {
  let last = '';
  await expect
    .poll(async () => {
      const now = await element.evaluate((el) => getComputedStyle(el).backgroundColor);
      const settled = now === last;
      last = now;
      return settled;
    })
    .toBe(true);
  return last;
}

/** Whether an element fades a change of style in (has a CSS transition of some length). */
const fades = (el: Element) =>
  getComputedStyle(el)
    .transitionDuration.split(',')
    .some((d) => parseFloat(d) > 0);

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.join(', ')}`);
}

test.describe('entities in context', () => {
  test('choosing "Putin" opens a panel named Vladimir Putin with his role and every mention', async ({ page }) => {
    const data = await seedData(page);
    const putin = data.entities.find((e) => e.name === 'Vladimir Putin');
    expect(putin).toBeDefined();
    await open(page, SEED);
    await page.locator('article').getByRole('button', { name: 'Putin', exact: true }).first().click();
    const panel = page.getByRole('dialog', { name: 'Vladimir Putin' });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Russian President');
    await expect(panel.getByRole('heading', { name: `${putin!.mentions.length} mentions` })).toBeVisible();
    await expect(panel.locator('mark')).toHaveCount(putin!.mentions.length);
    await expect(page.locator('article [data-entity-id="' + putin!.id + '"]')).toHaveCount(putin!.mentions.length);
    await expect(page).toHaveURL(new RegExp(`entity=${putin!.id}`));
  });

  test("the open entity's mentions are marked in the text, in light and dark, and only while its panel is open", async ({
    page,
  }) => {
    const data = await seedData(page);
    const putin = data.entities.find((e) => e.name === 'Vladimir Putin')!;
    await open(page, SEED);
    // Each mention's background but the focused one's (its own colour): [entity id, colour]; transparent is
    // rgba(0, 0, 0, 0).
    const backgrounds = () =>
      page
        .locator('article [data-entity-id]')
        .evaluateAll((els) =>
          els
            .filter((el) => el !== document.activeElement)
            .map((el) => [el.getAttribute('data-entity-id'), getComputedStyle(el).backgroundColor]),
        );
    const marked = async () => {
      const all = await backgrounds();
      return {
        entity: [...new Set(all.filter(([id]) => id === putin.id).map(([, bg]) => bg))],
        others: [...new Set(all.filter(([id]) => id !== putin.id).map(([, bg]) => bg))],
      };
    };
    const none = { entity: ['rgba(0, 0, 0, 0)'], others: ['rgba(0, 0, 0, 0)'] };
    await expect.poll(marked).toEqual(none);

    await page.locator('article').getByRole('button', { name: 'Putin', exact: true }).first().click();
    await expect(page.getByRole('dialog', { name: 'Vladimir Putin' })).toBeVisible();
    await page.mouse.move(0, 0); // no hover colour on the clicked mention
    await expect.poll(async () => (await marked()).entity).toHaveLength(1);
    const light = (await marked()).entity[0];
    expect(light).not.toBe('rgba(0, 0, 0, 0)');
    expect((await marked()).others).toEqual(['rgba(0, 0, 0, 0)']);
    // The marks show at once: a mention has no fade (one started a CSS transition on every mention marked, each
    // sending its events through React).
    expect(await page.locator(`article [data-entity-id="${putin.id}"]`).nth(1).evaluate(fades)).toBe(false);

    // Under the pointer a marked mention shows the hover colour of its type, as an unmarked one does; the mark
    // comes back when the pointer leaves.
    const otherPerson = data.entities.find((e) => e.type === 'person' && e.id !== putin.id)!;
    const unmarked = page.locator(`article [data-entity-id="${otherPerson.id}"]`).first();
    await unmarked.hover();
    const hoverColour = await settledBackground(unmarked);
    expect(hoverColour).not.toBe('rgba(0, 0, 0, 0)');
    const markedMention = page.locator(`article [data-entity-id="${putin.id}"]`).nth(1);
    await markedMention.hover();
    expect(await settledBackground(markedMention)).toBe(hoverColour);
    await page.mouse.move(0, 0);
    expect(await settledBackground(markedMention)).toBe(light);

    await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
    await page.mouse.move(0, 0);
    await expect.poll(async () => (await marked()).entity).not.toEqual([light]);
    const dark = await marked();
    expect(dark.entity).toHaveLength(1);
    expect(dark.entity[0]).not.toBe('rgba(0, 0, 0, 0)');
    expect(dark.others).toEqual(['rgba(0, 0, 0, 0)']);

    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(marked).toEqual(none);
  });

  test('the URL reopens the panel after a reload, and Back closes it', async ({ page }) => {
    await open(page, SEED);
    await page.locator('article').getByRole('button', { name: 'Putin', exact: true }).first().click();
    await expect(page.getByRole('dialog', { name: 'Vladimir Putin' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]entity=/); // the history is written after the panel's paint
    await page.reload();
    await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toHaveAttribute(
      'data-interactive',
      'true',
    );
    await expect(page.getByRole('dialog', { name: 'Vladimir Putin' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('by keyboard alone: Tab to a mention, Enter opens the panel, Escape closes it and focus returns', async ({
    page,
  }) => {
    await open(page, SEED);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    let name = '';
    for (let i = 0; i < 80 && name !== 'Putin'; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() =>
        document.activeElement?.closest('article') ? (document.activeElement?.textContent ?? '') : '',
      );
    }
    expect(name).toBe('Putin');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Vladimir Putin' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Vladimir Putin' })).toBeFocused();
    // In keyboard focus a marked mention shows its type's focus colour, as an unmarked one does, not the mark.
    const focusedColour = async (mention: Locator) => {
      await mention.focus();
      expect(await mention.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
      return settledBackground(mention);
    };
    const putins = page.locator('article [data-entity-id="person-vladimir-putin"]');
    const mark = await putins.nth(2).evaluate((el) => getComputedStyle(el).backgroundColor);
    const unmarked = await focusedColour(
      page.locator('article [data-entity-id^="person-"]:not([data-entity-id="person-vladimir-putin"])').first(),
    );
    expect(unmarked).not.toBe(mark);
    expect(await focusedColour(putins.nth(1))).toBe(unmarked);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page.locator(':focus')).toHaveText('Putin');
  });
});

test.describe('preview, touch and print', () => {
  test('a short hover shows a preview card; leaving hides it', async ({ page }) => {
    await open(page, SEED);
    const mention = page.locator('article').getByRole('button', { name: 'Putin', exact: true }).first();
    await mention.hover();
    const card = page.getByRole('tooltip');
    await expect(card).toContainText('Vladimir Putin');
    await expect(card).toContainText('Russian President');
    await page.mouse.move(0, 0);
    await expect(card).toHaveCount(0);
  });

  test('the reading-progress bar fills as the article goes by, from its top to its source line, not the comments', async ({
    page,
  }) => {
    await open(page, SEED);
    const bar = page.locator('[data-reading-progress]');
    await expect(bar.locator('..')).toHaveAttribute('aria-hidden', 'true'); // decorative: the scroll position
    const scale = () => bar.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    // How far through the article the screen is, from the layout as it is now: blocks far from the screen
    // take their real height only when they come near.
    const through = () =>
      page.evaluate(() => {
        const body = document.querySelector('main article')!.getBoundingClientRect();
        return -body.top / (body.height - window.innerHeight);
      });
    const scrollThrough = (fraction: number) =>
      page.evaluate((f) => {
        const body = document.querySelector('main article')!.getBoundingClientRect();
        window.scrollTo({
          top: window.scrollY + body.top + f * (body.height - window.innerHeight),
          behavior: 'instant',
        });
      }, fraction);

    expect(await through()).toBeLessThan(0); // the body starts below the top of the screen
    await expect.poll(scale).toBeCloseTo(0, 2);
    await scrollThrough(0.5);
    await expect.poll(async () => Math.abs((await scale()) - (await through()))).toBeLessThan(0.02);
    expect(await scale()).toBeGreaterThan(0.25);
    expect(await scale()).toBeLessThan(0.75);
    await scrollThrough(1);
    await expect.poll(scale).toBeCloseTo(1, 2);
    // Full at the article's end, with the comment thread still to come below it.
    await expect(page.locator('main article footer')).toBeInViewport();
    await expect(page.getByRole('heading', { name: /^Comments/ })).not.toBeInViewport();
    // An article that fits on the screen (here, its body hidden) is read at a glance: the bar is full.
    await page.addStyleTag({ content: '[data-article-text] { display: none }' });
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect(page.locator('main article footer')).toBeInViewport();
    await expect.poll(scale).toBeCloseTo(1, 2);
  });

  test('printing hides the controls and keeps the article', async ({ page }) => {
    await open(page, SEED);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('group', { name: 'Theme' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('article [data-paragraph]').first()).toBeVisible();
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  test('a tap goes straight to the panel, shown as a bottom sheet', async ({ page }) => {
    await open(page, SEED);
    await page.locator('article').getByRole('button', { name: 'Lavrov', exact: true }).first().tap();
    const panel = page.getByRole('dialog', { name: 'Sergei Lavrov' });
    await expect(panel).toBeVisible();
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    const box = await panel.boundingBox();
    expect(box!.y + box!.height).toBeGreaterThan(780);
  });

  test('the tapped mention is marked like the entity’s other mentions (a touch screen keeps it hovered)', async ({
    page,
  }) => {
    await open(page, SEED);
    const tapped = page.locator('article').getByRole('button', { name: 'Putin', exact: true }).first();
    await tapped.tap();
    await expect(page.getByRole('dialog', { name: 'Vladimir Putin' })).toBeVisible();
    const backgrounds = () =>
      page
        .locator('article [data-entity-id="person-vladimir-putin"]')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    await expect.poll(async () => new Set(await backgrounds()).size).toBe(1);
    const [mark] = await backgrounds();
    expect(mark).not.toBe('rgba(0, 0, 0, 0)');
    expect(await tapped.evaluate((el) => el.matches(':hover'))).toBe(true);
  });

  test('a mention tapped low on the screen moves up above the sheet; one above it stays put', async ({ page }) => {
    await open(page, SEED);
    const mention = page.locator('article').getByRole('button', { name: 'Lavrov', exact: true }).first();
    // Low on the screen, where the sheet will cover it; tapped where it is (a locator's tap would scroll first).
    await mention.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 40));
    const low = (await mention.boundingBox())!;
    expect(low.y).toBeGreaterThan(600);
    await page.touchscreen.tap(low.x + low.width / 2, low.y + low.height / 2);
    const panel = page.getByRole('dialog', { name: 'Sergei Lavrov' });
    await expect(panel).toBeVisible();
    const sheetTop = (await panel.boundingBox())!.y;
    expect(sheetTop).toBeLessThan(low.y);
    await expect
      .poll(async () => {
        const box = (await mention.boundingBox())!;
        return box.y >= 0 && box.y + box.height <= sheetTop;
      })
      .toBe(true);
    // Another mention, well inside the space above the sheet (clear of the top's scroll margin): tapping it
    // changes the panel and leaves the page where it is.
    const mentions = page.locator('[data-article-text] button[data-entity-id]:not([data-entity-id*="lavrov"])');
    const visible = await mentions.evaluateAll(
      (els, top) =>
        els.findIndex((el) => el.getBoundingClientRect().top > 120 && el.getBoundingClientRect().bottom < top - 20),
      sheetTop,
    );
    expect(visible).toBeGreaterThanOrEqual(0);
    const other = mentions.nth(visible);
    const high = (await other.boundingBox())!;
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.touchscreen.tap(high.x + high.width / 2, high.y + high.height / 2);
    await expect(panel).toBeHidden(); // another entity's panel took its place
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  });

  test('a mention chosen in the bottom sheet is scrolled above the sheet, not behind it', async ({ page }) => {
    await open(page, SEED);
    await page.locator('article').getByRole('button', { name: 'Putin', exact: true }).first().tap();
    const panel = page.getByRole('dialog', { name: 'Vladimir Putin' });
    await expect(panel).toBeVisible();
    const mentions = panel.getByRole('region', { name: /mentions/ }).getByRole('button');
    await mentions.last().tap();
    const sheetTop = (await panel.boundingBox())!.y;
    expect(await mentions.count()).toBeGreaterThan(3);
    const target = page.locator('[data-article-text] button[data-entity-id="person-vladimir-putin"]').last();
    await expect
      .poll(async () => {
        const box = await target.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= sheetTop;
      })
      .toBe(true);
  });
});

test.describe('the timeline', () => {
  test('choosing the March 2011 event brings its sentence into view, highlighted', async ({ page }) => {
    const data = await seedData(page);
    const march = data.events.find((e) => e.date.value.startsWith('2011-03'));
    expect(march, 'an event dated March 2011').toBeDefined();
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, SEED);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('button', { name: new RegExp(march!.label) }).click();
    const sentence = page.locator(`#sentence-${march!.sentence}`);
    await expect(sentence).toBeInViewport();
    await expect(sentence).toHaveAttribute('data-highlighted');
    // Highlighted as a reader sees it: the sentence has a background of its own.
    expect(await sentence.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // The selection shows in the click's own frame: neither the row nor the sentence fades in.
    expect(await sentence.evaluate(fades)).toBe(false);
    expect(await timeline.getByRole('button', { name: new RegExp(march!.label) }).evaluate(fades)).toBe(false);
    await page.locator(`#sentence-${march!.sentence} [data-event-marker="${march!.id}"]`).click();
    await expect(timeline.getByRole('button', { name: new RegExp(march!.label) })).toBeFocused();
  });

  test('beside the text it has a layer of its own, which a panel opening above it moves down', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, SEED);
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    // The layer lets the timeline move without being painted again (see TimelineSlot).
    const layer = (el: Element) => getComputedStyle(el.parentElement!).willChange;
    expect(await timeline.evaluate(layer)).toBe('transform');
    const top = (await timeline.boundingBox())!.y;
    await page.locator('article').getByRole('button', { name: 'Putin', exact: true }).first().click();
    await expect(page.getByRole('dialog', { name: 'Vladimir Putin' })).toBeVisible();
    expect((await timeline.boundingBox())!.y).toBeGreaterThan(top);
    // On a phone the panel is a sheet over the page: the timeline does not move, and needs no layer.
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await timeline.evaluate(layer)).toBe('auto');
  });

  test('on a phone it comes right after the article, before the comments; on a wide screen it sits beside both', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await open(page, SEED);
    const article = page.locator('main article').first();
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    const comments = page.getByRole('heading', { name: /^Comments/ });
    const box = async (l: Locator) => (await l.boundingBox())!;
    let [a, t, c] = [await box(article), await box(timeline), await box(comments)];
    expect(t.y).toBeGreaterThan(a.y + a.height);
    expect(c.y).toBeGreaterThan(t.y + t.height);
    // Page order too, so Tab reaches the timeline before the comment thread.
    expect(
      await timeline.evaluate(
        (el, heading) => Boolean(el.compareDocumentPosition(heading!) & Node.DOCUMENT_POSITION_FOLLOWING),
        await comments.elementHandle(),
      ),
    ).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    // The article's paragraphs far down are laid out as they come near (content-visibility), so the boxes settle some
    // frames after the resize: the layout must hold within a few seconds, read all at once.
    await expect(async () => {
      [a, t, c] = [await box(article), await box(timeline), await box(comments)];
      expect(t.x).toBeGreaterThan(a.x + a.width);
      expect(c.x).toBeLessThan(a.x + a.width / 2);
      expect(c.y).toBeGreaterThan(a.y + a.height);
    }).toPass({ timeout: 5_000 });
    // Beside the comments too: at the end of the thread, the context column still holds its place at the top.
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await expect(page.getByRole('button', { name: 'Export JSON' })).toBeInViewport();
    const context = await box(page.getByRole('complementary', { name: 'Context' }));
    expect(context.y).toBeGreaterThanOrEqual(0);
    expect(context.y).toBeLessThan(50);
    // The thread follows the article even when the column beside is the taller (here, a body hidden).
    await page.addStyleTag({ content: '[data-article-text] { display: none }' });
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    [a, c] = [await box(article), await box(comments)];
    expect(a.y + a.height).toBeLessThan(context.height);
    expect(c.y).toBeLessThan(a.y + a.height + 150);
  });

  test('by keyboard: arrow keys move between events and Enter selects one', async ({ page }) => {
    await open(page, SEED);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline).toHaveAttribute('data-interactive', 'true');
    const buttons = timeline.getByRole('button');
    await buttons.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(buttons.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(buttons.nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(/event=/);
  });
});

test.describe('layouts, themes and accessibility', () => {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 780 }],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${device}, ${scheme}: no serious axe violations, no horizontal scroll`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await open(page, `${SEED}?entity=person-vladimir-putin`);
        await expect(page.getByRole('dialog', { name: 'Vladimir Putin' })).toBeVisible();
        await page.waitForTimeout(300);
        await page.screenshot({
          path: `tests/e2e/screenshots/${device}-${scheme}.png`,
          fullPage: device === 'desktop',
        });
        expect(await seriousAxeViolations(page)).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
});
