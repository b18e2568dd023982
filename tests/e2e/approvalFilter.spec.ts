import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addPost, card, createClient, openApp } from './helpers';

// Filters and search know the client review and the first comment (issues 16 and 17), as a user acts:
// a post approved and given a first comment in the editor is kept by the "Approved" filter, named in
// the banner, and found by a word of its first comment; screens of the menu, EN/FR, light/dark, at
// 1280x720 and 1024x700.

const filtersButton = (page: Page) => page.locator('.filter-menu > button');
const panel = (page: Page) => page.locator('.filter-panel');
const banner = (page: Page) => page.locator('.filter-banner');

const seed = async (page: Page) => {
  await createClient(page, 'Bloom Bakery');
  await addPost(page, '2026-11-10', { title: 'Sourdough is back', caption: 'Our sourdough is back #pain' });
  await addPost(page, '2026-11-12', { title: 'Opening hours', caption: 'We open at 8 on Sunday.' });
  await card(page, '2026-11-10', 'Sourdough is back').click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Approved' });
  await expect(page.getByText('“Sourdough is back”: Approved.')).toBeVisible();
  await editor.getByLabel('First comment').fill('#levain #faitmaison');
  await editor.getByLabel('Title').press('Enter');
  await expect(editor).toBeHidden();
};

const visible = async (page: Page) => {
  const shown: string[] = [];
  for (const [day, title] of [['2026-11-10', 'Sourdough is back'], ['2026-11-12', 'Opening hours']] as const) {
    if (await card(page, day, title).isVisible()) shown.push(title);
  }
  return shown;
};

test('the Client review filter keeps the approved post and names it in the banner; search finds its first comment', async ({ page }) => {
  await openApp(page);
  await seed(page);
  await expect.poll(() => visible(page)).toEqual(['Sourdough is back', 'Opening hours']);

  await filtersButton(page).click();
  const group = panel(page).getByRole('group', { name: 'Client review' });
  await group.getByRole('checkbox', { name: 'Approved' }).check();
  await expect.poll(() => visible(page)).toEqual(['Sourdough is back']);
  await expect(banner(page)).toContainText('Client review: Approved');
  await group.getByRole('checkbox', { name: 'Approved' }).uncheck();
  await group.getByRole('checkbox', { name: 'Not sent' }).check();
  await expect.poll(() => visible(page)).toEqual(['Opening hours']);
  await page.keyboard.press('Escape');
  await banner(page).getByRole('button', { name: 'Show all posts' }).click();
  await expect.poll(() => visible(page)).toEqual(['Sourdough is back', 'Opening hours']);

  // The first comment was saved with the post, and search reads it.
  const search = page.getByRole('combobox', { name: 'Search posts' });
  await search.fill('faitmaison');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('status')).toHaveText('1 post matches');
  await expect(results.getByRole('button')).toHaveText([/Sourdough is back/]);
});

test('screens: the filter menu with the Client review group, EN/FR, light/dark, 1280x720 and 1024x700', async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await seed(page);
  // The "Post saved" toast would cover the panel's corner in the screens.
  for (const close of await page.locator('.toast .icon-button').all()) await close.click();
  await expect(page.locator('.toast')).toHaveCount(0);
  for (const [width, height] of [[1280, 720], [1024, 700]] as const) {
    await page.setViewportSize({ width, height });
    for (const language of ['en', 'fr'] as const) {
      await page.locator('.language-picker select').selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await filtersButton(page).click();
        await panel(page).locator('.filter-group-approval input').nth(2).check();
        await expect(banner(page)).toBeVisible();
        // Every group and the clear button fit without scrolling the panel.
        const fits = await panel(page).evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
        await page.mouse.move(0, 0);
        await page.screenshot({ path: join(info.project.outputDir, 'screens', `approval-filter-${width}-${language}-${theme}.png`) });
        expect(fits, `${width}x${height} ${language} ${theme}: the panel scrolls`).toBe(true);
        await page.keyboard.press('Escape');
        await expect(panel(page)).toHaveCount(0);
        await banner(page).locator('button').click();
        await expect(banner(page)).toHaveCount(0);
      }
    }
  }
});
