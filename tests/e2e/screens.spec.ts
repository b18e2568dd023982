import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { addPost, createClient, openApp } from './helpers';

// Screens of every view in both languages and both themes, written to test-results/screens/ for a
// person to look at. The test itself checks what a screenshot cannot: no console error, and so no
// Content-Security-Policy violation, while the app is used.
test('month, editor and client dialog in English and French, light and dark', async ({ page }, info) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await openApp(page);
  const empty = (name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `${name}.png`) });
  await empty('en-light-empty');
  await createClient(page, 'Bloom Bakery', { channels: ['LinkedIn', 'TikTok'] });
  await createClient(page, 'Acme Outdoors');
  await page.getByRole('button', { name: 'Bloom Bakery', exact: true }).click();
  const plan: Array<[string, string, string, string?, string?]> = [
    ['2026-11-02', '09:30', 'Monday motivation: rise and bake'],
    ['2026-11-03', '12:00', 'New croissant recipe', 'Carousel'],
    ['2026-11-05', '', 'Which pastry are you?', 'Quiz'],
    ['2026-11-06', '18:00', 'Behind the oven', 'Behind the scenes', 'TikTok'],
    ['2026-11-10', '08:00', 'Black Friday teaser'],
    ['2026-11-10', '10:00', 'Customer story: Anna', 'Testimonial'],
    ['2026-11-10', '11:00', 'Poll: sweet or savoury?', 'Poll'],
    ['2026-11-10', '13:00', 'Weekend opening hours'],
    ['2026-11-10', '16:00', 'Flour sourcing', 'Article', 'LinkedIn'],
    ['2026-11-13', '07:45', 'Sourdough tutorial', 'Tutorial'],
    ['2026-11-17', '', 'Team spotlight: Marc', 'Image', 'LinkedIn'],
    ['2026-11-19', '17:30', 'Live: shaping baguettes', 'Live'],
    ['2026-11-24', '16:00', 'Advent calendar contest', 'Contest'],
    ['2026-11-27', '09:00', 'Black Friday: 20% off all boxes'],
    ['2026-11-26', '12:00', 'Shop now: code BREAD20'],
    ['2026-11-25', '12:00', 'Last chance: buy the advent box'],
    ['2026-11-28', '11:00', 'Your best bake, tag us!', 'UGC repost'],
  ];
  for (const [day, time, title, format, channel] of plan) {
    await addPost(page, day, { title, ...(time ? { time } : {}), ...(format ? { format } : {}), ...(channel ? { channel } : {}) });
  }

  for (const language of ['en', 'fr'] as const) {
    const picker = page.locator('.language-picker select');
    await picker.selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    // Cards already drawn take the new language too (their labels are cached per language).
    await expect(page.locator('[data-day="2026-11-05"] .post-card').first()).toHaveAttribute(
      'aria-label',
      language === 'fr' ? /, (Sérieux|Ludique), (Idée|Brouillon|Prête|Programmée|Publiée)$/ : /, (Serious|Playful), (Idea|Draft|Ready|Scheduled|Published)$/,
    );
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      const shot = (name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `${language}-${theme}-${name}.png`) });
      await page.mouse.move(0, 0);
      await shot('month');
      await page.locator('[data-day="2026-11-10"] .day-more').click();
      await shot('day-list');
      await page.keyboard.press('Escape');
      await page.locator('[data-day="2026-11-05"] .post-card').click();
      await expect(page.locator('.editor')).toBeVisible();
      await shot('editor');
      await page.keyboard.press('Escape');
      await page.locator('.client-active .client-edit').click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      await shot('client-dialog');
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
      await page.locator('.guard .icon-button').first().click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      await shot('rules');
      await page.keyboard.press('Escape');
      await page.locator('.view-switch input[value="week"]').check();
      await page.locator('body').press('k');
      await page.locator('body').press('k');
      await expect(page.locator('.week-view .post-card').first()).toBeVisible();
      await shot('week');
      await page.locator('body').press('t');
      await page.locator('.view-switch input[value="agenda"]').check();
      await shot('agenda');
      await page.locator('.view-switch input[value="month"]').check();
      await page.locator('.toolbar-end .button', { hasText: /Ideas|Idées/ }).click();
      await shot('ideas');
      // Ideas open beside the guard (each panel on its own): close Ideas again, the guard stays.
      await page.locator('.toolbar-end .button', { hasText: /Ideas|Idées/ }).click();
      await page.locator('.client-list .client-select').first().click();
      await shot('all-clients');
      await page.locator('.client-list .client-select', { hasText: 'Bloom Bakery' }).click();
      await page.locator('body').press('?');
      await shot('shortcuts');
      await page.keyboard.press('Escape');
    }
  }
  expect(errors).toEqual([]);
});
