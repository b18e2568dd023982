import { expect, test, type Page } from '@playwright/test';
import { createClient, openApp } from './helpers';

// The side panels: Ideas and Guard open and close on their own (toolbar button, the panel's X, `b` and
// `g`), and stay as the user left them across a restart.

const guard = (page: Page) => page.getByRole('complementary', { name: 'Guard' });
const ideas = (page: Page) => page.getByRole('complementary', { name: 'Ideas' });

test('Guard and Ideas open and close by button, X and key, independently, and stay so after a reload', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Panel Bakery');
  await expect(guard(page)).toBeVisible();
  await expect(ideas(page)).toHaveCount(0);

  // The guard's X closes it, and the calendar takes the room back.
  const gridBefore = (await page.locator('.calendar-area > :first-child').boundingBox())!.width;
  await guard(page).getByRole('button', { name: 'Hide the guard' }).click();
  await expect(guard(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Guard \(/ })).toHaveAttribute('aria-pressed', 'false');
  expect((await page.locator('.calendar-area > :first-child').boundingBox())!.width).toBeGreaterThan(gridBefore + 200);

  // The toolbar button and `g` toggle it.
  await page.getByRole('button', { name: /^Guard \(/ }).click();
  await expect(guard(page)).toBeVisible();
  await page.locator('body').press('g');
  await expect(guard(page)).toHaveCount(0);

  // `b` opens Ideas with the cursor in its input: typing an idea fires no shortcut (g, n, t…).
  await page.locator('body').press('b');
  await expect(ideas(page)).toBeVisible();
  const input = ideas(page).getByLabel('New idea');
  await expect(input).toBeFocused();
  await page.keyboard.type('get the new oven going');
  await expect(input).toHaveValue('get the new oven going');
  await expect(guard(page)).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'New post' })).toHaveCount(0);
  await input.press('Enter');
  await expect(ideas(page).getByRole('button', { name: /^get the new oven going,/ })).toBeVisible();

  // Both open at once: each on its own; closing one leaves the other.
  await page.getByRole('button', { name: /^Guard \(/ }).click();
  await expect(guard(page)).toBeVisible();
  await expect(ideas(page)).toBeVisible();
  await ideas(page).getByRole('button', { name: 'Hide ideas' }).click();
  await expect(ideas(page)).toHaveCount(0);
  await expect(guard(page)).toBeVisible();

  // As left: guard open, ideas closed; then both closed, across reloads.
  await page.reload();
  await expect(guard(page)).toBeVisible();
  await expect(ideas(page)).toHaveCount(0);
  await page.getByRole('button', { name: /^Guard \(/ }).click();
  await expect(guard(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Guard \(/ })).toBeVisible();
  await expect(guard(page)).toHaveCount(0);
  await expect(ideas(page)).toHaveCount(0);
});
