import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const SEED = '/articles/kerry-in-moscow-mission-to-sway-putin-on-syria/';

/**
 * Opens the seed article and scrolls to its comments, as a reader does (the thread loads as it comes near),
 * and returns the comments region. Each test has a fresh context: an empty database.
 */
async function openThread(page: Page): Promise<Locator> {
  await page.goto(SEED);
  return showThread(page);
}

/** Scrolls to the comments of the open page and waits until the thread has loaded. */
async function showThread(page: Page): Promise<Locator> {
  const region = page.getByRole('region', { name: /^Comments \(\d+\)$/ });
  await region.scrollIntoViewIfNeeded();
  await expect(region).toBeVisible();
  await expect(region.getByRole('textbox', { name: 'Your comment' })).toBeEditable();
  return region;
}

async function postComment(region: Locator, text: string, name?: string) {
  if (name !== undefined) await region.getByRole('textbox', { name: /^Name/ }).fill(name);
  await region.getByRole('textbox', { name: 'Your comment' }).fill(text);
  await region.getByRole('button', { name: 'Post comment' }).click();
  await expect(region.getByRole('list', { name: 'Comment thread' }).getByText(text)).toBeVisible();
}

const thread = (region: Locator) => region.getByRole('list', { name: 'Comment thread' });

test('an article starts with an empty thread and a friendly empty state', async ({ page }) => {
  const region = await openThread(page);
  await expect(region.getByText('No comments yet')).toBeVisible();
  await expect(region.getByRole('list', { name: 'Comment thread' })).toHaveCount(0);
});

test('a posted comment is still there after a reload, and counts in the header', async ({ page }) => {
  const region = await openThread(page);
  const heading = region.getByRole('heading', { level: 2 });
  const before = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1]);
  await postComment(region, 'Kerry’s visit matters.\nSecond line.', 'Ada');
  await expect(heading).toHaveText(`Comments (${before + 1})`);
  await page.reload();
  const again = await showThread(page);
  const item = thread(again).getByRole('article', { name: 'Comment by Ada' });
  await expect(item).toContainText('Kerry’s visit matters.');
  await expect(item).toContainText('Second line.');
  await expect(again.getByRole('textbox', { name: /^Name/ })).toHaveValue('Ada');
});

test('comments saved by an earlier build, in the first schema, are upgraded in place and shown', async ({ page }) => {
  // The database as the first builds left it (Dexie's version 1 = IndexedDB version 10): made from a page
  // of the same origin that does not open it, before the article page does.
  await page.goto('/robots.txt');
  const articleId = decodeURIComponent(SEED.split('/')[2]!);
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gloss', 10);
        open.onupgradeneeded = () =>
          open.result.createObjectStore('comments', { keyPath: 'id' }).createIndex('articleId', 'articleId');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('comments', 'readwrite');
          tx.objectStore('comments').put({
            id: 'v1-a',
            articleId: id,
            name: 'Grace',
            text: 'Written before the upgrade.',
            createdAt: Date.UTC(2025, 4, 7, 9),
          });
          tx.objectStore('comments').put({
            id: 'v1-b',
            articleId: id,
            parentId: 'v1-a',
            text: 'And a reply.',
            createdAt: Date.UTC(2025, 4, 7, 10),
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    articleId,
  );
  await page.goto(SEED);
  const region = await showThread(page);
  await expect(thread(region).getByRole('article', { name: 'Comment by Grace' })).toContainText(
    'Written before the upgrade.',
  );
  await expect(region.getByRole('list', { name: 'Replies to Grace' }).getByText('And a reply.')).toBeVisible();
  // Upgraded in place: the records now have the current shape, and the reply index exists.
  const stored = await page.evaluate(
    () =>
      new Promise<{ version: number; indexes: string[]; record: unknown }>((resolve) => {
        const open = indexedDB.open('gloss');
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('comments').objectStore('comments');
          const get = store.get('v1-a');
          get.onsuccess = () => {
            resolve({ version: db.version, indexes: [...store.indexNames].sort(), record: get.result });
            db.close();
          };
        };
      }),
  );
  expect(stored.version).toBe(20);
  expect(stored.indexes).toEqual(['articleId', 'parentId']);
  expect(stored.record).toMatchObject({
    author: 'Grace',
    body: 'Written before the upgrade.',
    createdAt: '2025-05-07T09:00:00.000Z',
  });
});

test('reply two levels deep, edit (marked edited), delete and undo', async ({ page }) => {
  const region = await openThread(page);
  await postComment(region, 'Top-level thought');
  await region.getByRole('button', { name: 'Reply to Anonymous' }).click();
  await region.getByRole('textbox', { name: 'Reply to Anonymous' }).fill('First reply');
  await region.getByRole('button', { name: 'Post reply' }).click();
  const replies = region.getByRole('list', { name: 'Replies to Anonymous' }).first();
  await expect(replies.getByText('First reply')).toBeVisible();
  await replies.getByRole('button', { name: 'Reply to Anonymous' }).click();
  await replies.getByRole('textbox', { name: 'Reply to Anonymous' }).fill('Second-level reply');
  await replies.getByRole('button', { name: 'Post reply' }).click();
  const nested = replies.getByRole('list', { name: 'Replies to Anonymous' });
  await expect(nested.getByText('Second-level reply')).toBeVisible();

  await nested.getByRole('button', { name: 'Edit comment by Anonymous' }).click();
  const editor = nested.getByRole('textbox', { name: 'Edit your comment' });
  await expect(editor).toBeFocused();
  await editor.fill('Second-level reply, revised');
  await nested.getByRole('button', { name: 'Save changes' }).click();
  await expect(nested.getByText('Second-level reply, revised')).toBeVisible();
  await expect(nested.getByText('(edited)')).toBeVisible();

  // Delete the top-level comment: it has replies, so a placeholder keeps their place; undo brings it back.
  const top = thread(region).getByRole('article').first();
  await top.getByRole('button', { name: 'Delete comment by Anonymous' }).click();
  await expect(region.getByText('This comment was deleted.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Comment deleted.' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(thread(region).getByText('Top-level thought')).toBeVisible();

  // A reply without replies disappears entirely, and after a reload the undone delete is still undone.
  await nested.getByRole('button', { name: 'Delete comment by Anonymous' }).click();
  await expect(region.getByText('Second-level reply, revised')).toHaveCount(0);
  await page.reload();
  const again = await showThread(page);
  await expect(thread(again).getByText('Top-level thought')).toBeVisible();
  await expect(thread(again).getByText('First reply')).toBeVisible();
});

test('a comment on a selected passage marks it in the text and jumps back to it', async ({ page }) => {
  // The thread has not come near the screen: selecting text in the article is what loads it here.
  await page.goto(SEED);
  const region = page.getByRole('region', { name: /^Comments/ });
  // Select the first 30 characters of a long text node in the article body.
  const quote = await page.evaluate(() => {
    const body = document.querySelector('[data-article-text]')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && (node.textContent ?? '').trim().length <= 60) node = walker.nextNode();
    if (!node) throw new Error('no long text node in the article body');
    const text = node.textContent ?? '';
    const start = text.search(/\S/);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 30);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return text.slice(start, start + 30).trim();
  });
  await page.getByRole('button', { name: 'Comment on this passage' }).click();
  await expect(region.getByText(`Passage: “${quote}”`)).toBeVisible();
  await expect(region.getByRole('textbox', { name: 'Your comment' })).toBeFocused();
  await region.getByRole('textbox', { name: 'Your comment' }).fill('About this passage');
  await region.getByRole('button', { name: 'Post comment' }).click();

  // The passage is marked in the text.
  const marked = page.locator('[data-article-text] .border-amber-400');
  await expect(marked.first()).toBeVisible();
  expect((await marked.allTextContents()).join('')).toContain(quote.slice(0, 20));

  // Choosing the quote on the comment scrolls back to the passage.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(marked.first()).not.toBeInViewport();
  await region
    .getByRole('button', { name: new RegExp(`^Show this passage in the article: ${quote.slice(0, 15)}`) })
    .click();
  await expect(marked.first()).toBeInViewport();

  // And the thread can be filtered by that anchor.
  await region.getByRole('combobox', { name: 'Show' }).selectOption({ label: `Passage: “${quote}”` });
  await expect(thread(region).getByText('About this passage')).toBeVisible();
});

test('"Comment on" in an entity panel loads the thread, if it has not come near yet, with the entity attached', async ({
  page,
}) => {
  await page.goto(SEED);
  await page.locator('[data-article-text] button[data-entity-id]').first().click();
  const panel = page.getByRole('dialog');
  const name = (await panel.getByRole('heading', { level: 2 }).textContent()) ?? '';
  await panel.getByRole('button', { name: `Comment on ${name}` }).click();
  const region = page.getByRole('region', { name: /^Comments/ });
  const composer = region.getByRole('textbox', { name: 'Your comment' });
  await expect(composer).toBeFocused();
  await expect(region.getByText(`About ${name}`)).toBeVisible();
  await composer.fill('A comment about this one.');
  await region.getByRole('button', { name: 'Post comment' }).click();
  await expect(thread(region).getByText('A comment about this one.')).toBeVisible();
});

test('markup in a comment shows as text and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const region = await openThread(page);
  const payload = '<img src=x onerror=alert(1)>';
  await postComment(region, payload, '<b>Mallory</b>');
  const item = thread(region).getByRole('article', { name: 'Comment by <b>Mallory</b>' });
  await expect(item).toContainText(payload);
  await expect(item.locator('img')).toHaveCount(0);
  await expect(item.locator('b')).toHaveCount(0);
  await page.reload();
  await showThread(page);
  await expect(page.getByText(payload)).toBeVisible();
  expect(dialogs).toBe(0);
});

test('a second page of the same browser sees a new comment without reloading', async ({ context, page }) => {
  const first = await openThread(page);
  const other = await context.newPage();
  const second = await openThread(other);
  await expect(second.getByText('No comments yet')).toBeVisible();
  await postComment(first, 'Hello from the first tab');
  await expect(thread(second).getByText('Hello from the first tab')).toBeVisible();
  await other.close();
});

test('a half-typed comment survives a reload', async ({ page }) => {
  const region = await openThread(page);
  await region.getByRole('textbox', { name: 'Your comment' }).pressSequentially('Half a thought, not yet posted');
  await page.reload();
  const again = await showThread(page);
  await expect(again.getByRole('textbox', { name: 'Your comment' })).toHaveValue('Half a thought, not yet posted');
});

test('without IndexedDB the reader is told plainly that comments will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  const region = await openThread(page);
  await expect(region.getByText('Comments will not be saved.')).toBeVisible();
  await postComment(region, 'Only for now');
});

test('a failed save (storage full) keeps the text in the box and says what happened', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.add = function add() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const region = await openThread(page);
  await region.getByRole('textbox', { name: 'Your comment' }).fill('Words I do not want to lose');
  await region.getByRole('button', { name: 'Post comment' }).click();
  await expect(region.getByRole('alert')).toContainText('storage for this site is full');
  await expect(region.getByRole('alert')).toContainText('Your text is still in the box');
  await expect(region.getByRole('textbox', { name: 'Your comment' })).toHaveValue('Words I do not want to lose');
  await expect(region.getByRole('list', { name: 'Comment thread' })).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: the thread has no serious axe violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const region = await openThread(page);
    await postComment(region, 'A comment with a link https://example.org', 'Ada');
    await region.getByRole('button', { name: 'Reply to Ada' }).click();
    await region.getByRole('textbox', { name: 'Reply to Ada' }).fill('x'.repeat(5010));
    await region.getByRole('button', { name: 'Post reply' }).click();
    await expect(region.getByRole('alert')).toBeVisible();
    await region.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/comments-${scheme}.png`, fullPage: true });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run({ include: [['section[aria-labelledby]']] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
      }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
}

test('export JSON and Markdown, then import into another browser profile without duplicates', async ({
  browser,
  page,
}) => {
  const region = await openThread(page);
  await postComment(region, 'Worth keeping', 'Ada');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    region.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const jsonPath = await json.path();
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    region.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(await md.path(), 'utf8')).toContain('Worth keeping');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherRegion = await openThread(other);
  await otherRegion.getByLabel('Import JSON').setInputFiles(jsonPath);
  await expect(otherRegion.getByRole('status').filter({ hasText: 'Imported' })).toContainText('1 new');
  await expect(thread(otherRegion).getByText('Worth keeping')).toBeVisible();
  await otherRegion.getByLabel('Import JSON').setInputFiles(jsonPath);
  await expect(otherRegion.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    '0 new, 0 updated, 1 already here',
  );
  await expect(thread(otherRegion).getByText('Worth keeping')).toHaveCount(1);
  await otherRegion
    .getByLabel('Import JSON')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{nope') });
  await expect(otherRegion.getByRole('alert')).toContainText('not valid JSON');
  await fresh.close();
});
