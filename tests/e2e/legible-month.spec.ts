import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addPost, createClient, openApp } from './helpers';

// A month you can read: at laptop sizes, with a side panel open or closed, every card shows its
// network (a text badge, not only a colour), its format icon and its status, and enough of its title
// to tell posts apart; no column is wider than another; nothing of the toolbar is off screen.
// Screenshots of each size go to test-results/screens/legible-* for a person to look at.

const PLAN: Array<[string, string, string, string, string?]> = [
  ['2026-11-02', '09:30', 'Calendrier de l’Avent : les coulisses', 'Behind the scenes'],
  ['2026-11-03', '12:00', 'Nouvelle recette de croissant au beurre', 'Carousel', 'LinkedIn'],
  ['2026-11-05', '08:00', 'Quelle viennoiserie êtes-vous ? Le quiz', 'Quiz'],
  ['2026-11-10', '08:00', 'Avis client : la galette de Martine', 'Testimonial'],
  ['2026-11-10', '11:00', 'Sondage : sucré ou salé pour Noël ?', 'Poll', 'LinkedIn'],
  ['2026-11-17', '07:45', 'Tutoriel pain au levain, étape par étape', 'Tutorial'],
  ['2026-11-19', '17:30', 'En direct : façonner des baguettes', 'Live'],
  ['2026-11-23', '16:00', 'Concours : gagnez une bûche de Noël', 'Contest'],
];

/** How many characters of an element's text are drawn inside its box (a clamped title hides the rest). */
const visibleCharacters = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((titles) =>
    titles.map((title) => {
      // The card clips the title (an inline span whose own box spans the hidden lines too).
      const box = (title.closest('.post-card') ?? title).getBoundingClientRect();
      const text = title.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return { title: title.textContent ?? '', shown: 0 };
      const range = document.createRange();
      let shown = 0;
      for (let i = 0; i < (text.textContent ?? '').length; i += 1) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width > 0 && r.right <= box.right + 0.5 && r.bottom <= box.bottom + 0.5 && r.left >= box.left - 0.5) shown += 1;
      }
      return { title: title.textContent ?? '', shown };
    }),
  );

/** The widths of the seven day columns of the first full week. */
const columnWidths = (page: Page) =>
  page.locator('.week').nth(1).locator('.day').evaluateAll((days) => days.map((d) => d.getBoundingClientRect().width));

const insideViewport = async (page: Page, name: RegExp | string) => {
  const box = await page.getByRole('button', { name }).first().boundingBox();
  const size = page.viewportSize()!;
  expect(box, String(name)).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
};

test('month cards are legible at laptop sizes, panel open or closed, in English and French, light and dark', async ({ page }, info) => {
  test.setTimeout(180_000);
  await openApp(page);
  await createClient(page, 'Boulangerie Lune', { channels: ['LinkedIn'] });
  for (const [day, time, title, format, channel] of PLAN) await addPost(page, day, { title, time, format, ...(channel ? { channel } : {}) });

  const guardButton = page.getByRole('button', { name: /^Guard \(/ });
  for (const [width, height] of [[1280, 720], [1440, 900], [1920, 1080], [1024, 700]] as const) {
    await page.setViewportSize({ width, height });
    for (const panel of [true, false]) {
      if ((await guardButton.getAttribute('aria-pressed')) !== String(panel)) await guardButton.click();
      await expect(page.getByRole('complementary', { name: 'Guard' })).toHaveCount(panel ? 1 : 0);
      const where = `${width}×${height}, panel ${panel ? 'open' : 'closed'}`;

      // Every card: network badge, format icon and status mark drawn (not display: none, not zero-sized).
      const cards = page.locator('.month .post-card');
      await expect(cards.first()).toBeVisible();
      for (const part of ['.channel-badge', '.post-format', '.post-status']) {
        const sizes = await cards.locator(part).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
        expect(sizes.length, `${where}: ${part}`).toBe(await cards.count());
        expect(Math.min(...sizes), `${where}: ${part}`).toBeGreaterThan(0);
      }
      // The badge says the network in letters: Instagram and LinkedIn cards differ without colour.
      expect(new Set(await page.locator('.month .post-card .channel-badge').allTextContents()).size).toBe(2);

      // At least 20 characters of each title (the whole title when shorter) at 1280×720 and up.
      if (width >= 1280) {
        for (const { title, shown } of await visibleCharacters(page, '.month .post-card .post-title')) {
          expect(shown, `${where}: "${title}"`).toBeGreaterThanOrEqual(Math.min(20, title.length));
        }
      }
      // No column wider than another (within a rounding pixel).
      const widths = await columnWidths(page);
      expect(Math.max(...widths) - Math.min(...widths), `${where}: ${widths.join(', ')}`).toBeLessThan(1);

      // Nothing of the toolbar is off screen, in the month and in the week.
      await insideViewport(page, 'New post');
      await insideViewport(page, /^Ideas \(/);
      if (width === 1024 || width === 1280) {
        await page.getByRole('radio', { name: 'Week' }).click();
        await insideViewport(page, 'New post');
        await page.getByRole('radio', { name: 'Month' }).click();
      }
      await page.screenshot({ path: join(info.project.outputDir, 'screens', `legible-en-light-${width}-${panel ? 'panel' : 'nopanel'}.png`) });
    }
  }

  // French and dark, at the two laptop sizes with the panel open.
  await guardButton.click();
  await page.locator('.language-picker select').selectOption('fr');
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const [width, height] of [[1280, 720], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(info.project.outputDir, 'screens', `legible-fr-${theme}-${width}.png`) });
    }
  }
  await page.locator('.language-picker select').selectOption('en');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: join(info.project.outputDir, 'screens', 'legible-en-dark-1440.png') });

  // Compact cards: one line each, remembered across a reload.
  await page.getByRole('button', { name: /^Compact cards/ }).click();
  await expect(page.locator('.month-table')).toHaveClass(/density-compact/);
  await page.reload();
  await expect(page.locator('.month-table')).toHaveClass(/density-compact/);
  await expect(page.getByRole('button', { name: /^Compact cards/ })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: join(info.project.outputDir, 'screens', 'legible-en-dark-1440-compact.png') });
});
