import { expect, test } from '@playwright/test';

const SEED = '/articles/kerry-in-moscow-mission-to-sway-putin-on-syria/';

test.describe('reading the seed article', () => {
  test('shows the title and all 22 paragraphs with no console errors', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(SEED);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Kerry in Moscow mission to sway Putin on Syria' }),
    ).toBeVisible();
    await expect(page.locator('article [data-paragraph]')).toHaveCount(22);
    await expect(page.locator('time[datetime="2013-05-07"]').first()).toHaveText('7 May 2013');
    expect(errors).toEqual([]);
  });

  test('the library (at /library/) links to the article', async ({ page }) => {
    await page.goto('/library/');
    await page.getByRole('link', { name: 'Kerry in Moscow mission to sway Putin on Syria' }).click();
    await expect(page).toHaveURL(SEED);
    await expect(page.getByRole('heading', { level: 1, name: /Kerry in Moscow/ })).toBeVisible();
  });

  test('a missing article shows an error with a way back', async ({ page }) => {
    await page.goto('/articles/no-such-article/');
    await expect(page.getByRole('alert')).toContainText('could not be opened');
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await expect(page).toHaveURL('/library/');
  });
});

test('with a single article and none of the reader’s own, the home page opens it', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(SEED);
  await expect(page.getByRole('heading', { level: 1, name: /Kerry in Moscow/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect(page).toHaveURL('/library/');
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
});
