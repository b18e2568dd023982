import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addPost, card, createClient, openApp } from './helpers';

// The toast never takes the clicks meant for the calendar's last row, and the week's mix column
// reads without a hover: labelled figures with their targets. Screens of the month with the column
// go to test-results/screens/mix-* for a person to look at.

const PLAN: Array<[string, string, string, string]> = [
  ['2026-11-02', '09:30', 'Which pastry are you?', 'Quiz'],
  ['2026-11-03', '12:00', 'New croissant recipe', 'Carousel'],
  ['2026-11-05', '08:00', 'Black Friday: 20% off all boxes', 'Image'],
  ['2026-11-10', '08:00', 'Customer story: Anna', 'Testimonial'],
  ['2026-11-11', '11:00', 'Poll: sweet or savoury?', 'Poll'],
  ['2026-11-17', '07:45', 'Sourdough tutorial', 'Tutorial'],
  ['2026-11-18', '17:30', 'Shop now: code BREAD20', 'Image'],
  ['2026-11-19', '17:30', 'Last chance: buy the advent box', 'Image'],
  ['2026-11-24', '16:00', 'Advent calendar contest', 'Contest'],
  ['2026-11-26', '12:00', 'Flour sourcing', 'Article'],
];

const intersects = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of the last calendar row's seven days. */
const lastRowDays = (page: Page) =>
  page.locator('.month .week').last().locator('.day').evaluateAll((days) =>
    days.map((d) => {
      const r = d.getBoundingClientRect();
      return { day: d.getAttribute('data-day')!, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );

test('a toast never covers the last calendar row: a click there opens that day’s new post, and Undo is reached by keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createClient(page, 'Bloom Bakery');
  for (const [width, height, day] of [[1280, 720, '2026-11-12'], [1024, 700, '2026-11-13']] as const) {
    await page.setViewportSize({ width, height });
    await addPost(page, day, { title: `Saved at ${width}`, time: '10:00' });
    const toast = page.getByRole('status').filter({ hasText: 'Post added' });
    await expect(toast).toBeVisible();
    const box = (await toast.boundingBox())!;
    const days = await lastRowDays(page);
    expect(days).toHaveLength(7);
    for (const day of days) expect(intersects(box, day), `${width}×${height}: toast over ${day.day}`).toBe(false);
    // The whole month grid, not just the last row, is clear of it.
    expect(intersects(box, (await page.locator('.month-table').boundingBox())!), `${width}×${height}: toast over the month`).toBe(false);
    // Nor does it hide the sidebar's own controls under it (data, language).
    for (const control of [page.getByRole('button', { name: 'Import, export and backups' }), page.locator('.language-picker select')]) {
      expect(intersects(box, (await control.boundingBox())!), `${width}×${height}: toast over a sidebar control`).toBe(false);
    }

    // Each day of the last row, clicked near its bottom corners while the toast shows, opens its new post.
    for (const day of [days[0]!, days[3]!, days[6]!]) {
      await expect(toast).toBeVisible();
      await page.mouse.click(day.x + 8, day.y + day.height - 6);
      const editor = page.getByRole('complementary', { name: 'New post' });
      await expect(editor).toBeVisible();
      await expect(editor.getByLabel('Date')).toHaveValue(day.day);
      await editor.getByRole('button', { name: 'Close editor' }).click();
      await expect(editor).toBeHidden();
    }
  }

  // A delete's toast: a status with its Undo, reached and pressed by keyboard, and it stays while focused.
  await page.setViewportSize({ width: 1280, height: 720 });
  await card(page, '2026-11-12', 'Saved at 1280').click();
  await page.getByRole('complementary', { name: 'Edit post' }).getByRole('button', { name: 'Delete' }).click();
  const deleted = page.getByRole('status').filter({ hasText: 'Deleted' });
  await expect(deleted).toBeVisible();
  const undo = deleted.getByRole('button', { name: 'Undo' });
  await undo.focus();
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(page, '2026-11-12', 'Saved at 1280')).toBeVisible();
});

test('the week mix column shows labelled figures with their targets, fits at 1280×720 and keeps day columns over 95 px', async ({ page }, info) => {
  test.setTimeout(150_000);
  await openApp(page);
  await createClient(page, 'Bloom Bakery');
  for (const [day, time, title, format] of PLAN) await addPost(page, day, { title, time, format });
  await expect(page.getByRole('complementary', { name: 'Guard' })).toBeVisible();

  for (const [width, height] of [[1440, 900], [1280, 720]] as const) {
    await page.setViewportSize({ width, height });
    const where = `${width}×${height}`;
    // A week with posts: both figures named, valued, and given their target, without hovering.
    const week = page.locator('.week-mix').nth(3); // 16–22 November
    await expect(week.locator('.mix-figure').first()).toHaveText(/^Playful\d+%↑?↓?\(\d+–\d+\)$/);
    await expect(week.locator('.mix-figure').nth(1)).toHaveText(/^Promo\d+%↑?\(≤\d+\)$/);
    await expect(week.locator('.mix-figure').nth(1)).toHaveText(/^Promo67%↑\(≤\d+\)$/); // 2 of 3: over the ceiling
    await expect(week).toHaveAttribute('aria-label', /3 posts: \d+% playful \(target \d+–\d+%\), 67% promotional \(ceiling \d+%\)/);
    // Every figure inside its cell: nothing clipped, nothing overflowing.
    const overflow = await page.locator('.week-mix:not(.week-mix-empty)').evaluateAll((cells) =>
      cells.flatMap((cell) =>
        [cell, ...cell.querySelectorAll('.mix-figure > span')].filter((el) => el.scrollWidth > el.clientWidth + 0.5 || (el === cell && el.scrollHeight > el.clientHeight + 0.5)).map((el) => `${el.className}: ${el.textContent}`),
      ),
    );
    expect(overflow, where).toEqual([]);
    const fontSizes = await page.locator('.week-mix .mix-figure span').evaluateAll((els) => els.filter((e) => e.textContent).map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...fontSizes), where).toBeGreaterThanOrEqual(10.5);
    const dayWidth = await page.locator('.month .week').nth(1).locator('.day').first().evaluate((d) => d.getBoundingClientRect().width);
    const mixWidth = await page.locator('.week-mix').first().evaluate((d) => d.getBoundingClientRect().width);
    console.log(`${where}: day column ${dayWidth.toFixed(1)} px, mix column ${mixWidth.toFixed(1)} px`);
    if (width === 1280) expect(dayWidth, where).toBeGreaterThanOrEqual(95);
  }

  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    if (language === 'fr') {
      await expect(page.locator('.week-mix').nth(3).locator('.mix-figure').nth(1)).toHaveText(/^Promotion67\u00a0%↑\(≤\u00a0\d+\)$/);
      // French figures are wider ("67 %↑ (≤ 20)"): each value still shares its line with its target at 1280×720.
      await page.setViewportSize({ width: 1280, height: 720 });
      const wrapped = await page.locator('.week-mix .mix-figure').evaluateAll((figures) =>
        figures.filter((f) => {
          const value = f.querySelector('.mix-value')!.getBoundingClientRect();
          const target = f.querySelector('.mix-target')!.getBoundingClientRect();
          return Math.abs(value.bottom - target.bottom) > 3 || f.closest('.week-mix')!.scrollHeight > f.closest('.week-mix')!.clientHeight + 0.5;
        }).map((f) => f.textContent),
      );
      expect(wrapped).toEqual([]);
    }
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, height] of [[1440, 900], [1280, 720]] as const) {
        await page.setViewportSize({ width, height });
        await page.mouse.move(0, 0);
        await page.screenshot({ path: join(info.project.outputDir, 'screens', `mix-${language}-${theme}-${width}.png`) });
      }
    }
  }
});
