import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addPost, card, createClient, openApp } from './helpers';

// Issue 18: pictures on the calendar's cards. Real PNGs dropped on month cards (as a file manager's drop:
// DataTransfer + the native drag events) attach to that post, one undo step each; the comfortable month
// shows the first picture with its marks. Screens: test-results/screens/media-cards-*.png (EN/FR,
// light/dark, three sizes, the guard's side panel open), to check the cards stay legible.

/** Drops PNGs drawn in the page on the card of `title`; `hover` stops after dragover to see the target. */
const dropOnCard = async (page: Page, day: string, title: string, pictures: Array<{ name: string; colour: string }>, hover = false) => {
  const target = await card(page, day, title).elementHandle();
  await page.evaluate(
    async ({ target: element, pictures: list, hover: only }) => {
      const transfer = new DataTransfer();
      for (const picture of list) {
        const canvas = document.createElement('canvas');
        canvas.width = 1080;
        canvas.height = 1350;
        const context = canvas.getContext('2d')!;
        context.fillStyle = picture.colour;
        context.fillRect(0, 0, 1080, 1350);
        context.fillStyle = '#fff6e0';
        context.beginPath();
        context.arc(540, 675, 300, 0, Math.PI * 2);
        context.fill();
        const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
        transfer.items.add(new File([blob], picture.name, { type: 'image/png' }));
      }
      element!.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      element!.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      if (!only) element!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { target, pictures, hover },
  );
};

const thumbOf = (page: Page, day: string, title: string) => card(page, day, title).locator('img.marks-thumb');

const makeMonth = async (page: Page) => {
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['Instagram', 'LinkedIn'] });
  await addPost(page, '2026-11-26', { title: 'Croissant carousel for the weekend', time: '12:00', format: 'Carousel', channel: 'Instagram' });
  await addPost(page, '2026-11-27', { title: 'Black Friday: 20% off all loaves', time: '09:00', channel: 'Instagram' });
  await addPost(page, '2026-11-25', { title: 'Flour sourcing from local mills', channel: 'LinkedIn', format: 'Article' });
  await addPost(page, '2026-11-20', { title: 'Morning bake behind the scenes', time: '07:30', channel: 'Instagram' });
};

test('PNGs dropped on a month card attach to that post with a thumbnail and marks; Ctrl+Z takes them off', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await makeMonth(page);
  const carousel = card(page, '2026-11-26', 'Croissant carousel for the weekend');
  await dropOnCard(page, '2026-11-26', 'Croissant carousel for the weekend', [{ name: 'c.png', colour: '#d08a2e' }], true);
  await expect(carousel).toHaveClass(/post-card-file-over/);
  await dropOnCard(page, '2026-11-26', 'Croissant carousel for the weekend', [
    { name: 'croissant-golden.png', colour: '#d08a2e' },
    { name: 'croissant-cut.png', colour: '#7a4b1c' },
  ]);
  await expect(page.getByText('2 files attached to “Croissant carousel for the weekend”.')).toBeVisible();
  await expect(carousel).not.toHaveClass(/post-card-file-over/);
  await expect.poll(() => thumbOf(page, '2026-11-26', 'Croissant carousel for the weekend').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expect(carousel.locator('.media-mark-count')).toHaveText('2');
  await expect(carousel).toHaveAttribute('aria-label', /carousel of 2, 2 without alt text$/);
  // The other cards are untouched.
  await expect(card(page, '2026-11-27', 'Black Friday: 20% off all loaves').locator('.media-marks')).toHaveCount(0);

  // One undo step takes both pictures off.
  await page.locator('h1.month-title').click();
  await page.keyboard.press('Control+z');
  await expect(carousel.locator('.media-marks')).toHaveCount(0);

  // A card dragged with the mouse still moves (dnd-kit's pointer events, untouched by the file drop).
  const source = await card(page, '2026-11-27', 'Black Friday: 20% off all loaves').boundingBox();
  const target = await page.locator('[data-day="2026-11-28"]').boundingBox();
  await page.mouse.move(source!.x + 20, source!.y + 10);
  await page.mouse.down();
  await page.mouse.move(source!.x + 30, source!.y + 10, { steps: 3 });
  await page.mouse.move(target!.x + target!.width / 2, target!.y + target!.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect(card(page, '2026-11-28', 'Black Friday: 20% off all loaves')).toBeVisible();
  expect(errors).toEqual([]);
});

test('month cards with thumbnails, EN/FR, light/dark, three window sizes with the side panel open', async ({ page }, info) => {
  test.setTimeout(180_000);
  await makeMonth(page);
  await dropOnCard(page, '2026-11-26', 'Croissant carousel for the weekend', [
    { name: 'croissant-golden.png', colour: '#d08a2e' },
    { name: 'croissant-cut.png', colour: '#7a4b1c' },
    { name: 'croissant-box.png', colour: '#3b6e8f' },
  ]);
  await dropOnCard(page, '2026-11-20', 'Morning bake behind the scenes', [{ name: 'oven.png', colour: '#8f3b3b' }]);
  await expect.poll(() => thumbOf(page, '2026-11-20', 'Morning bake behind the scenes').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expect.poll(() => thumbOf(page, '2026-11-26', 'Croissant carousel for the weekend').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('.side-panels')).toBeVisible();
  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, height] of [[1280, 720], [1440, 900], [1024, 700]] as const) {
        await page.setViewportSize({ width, height });
        await page.mouse.move(0, 0);
        await page.screenshot({ path: join(info.project.outputDir, 'screens', `media-cards-${language}-${theme}-${width}.png`) });
        if (width === 1280) {
          // Issue 14's bar with a picture: at least 20 characters of the title show beside it.
          const shown = await card(page, '2026-11-26', 'Croissant carousel for the weekend').locator('.post-title').evaluate((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const box = el.closest('.post-card')!.getBoundingClientRect();
            return [...range.getClientRects()].filter((r) => r.bottom <= box.bottom + 0.5 && r.width > 0).reduce((sum, r) => sum + r.width, 0);
          });
          expect(shown, `${language} ${theme}: title width shown`).toBeGreaterThan(100);
        }
      }
    }
  }
  // The week's cards and the agenda's rows with their pictures.
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const view of ['Semaine', 'Agenda'] as const) {
    await page.getByRole('radio', { name: view }).check();
    await expect(page.locator('img.marks-thumb').first()).toBeVisible();
    await page.screenshot({ path: join(info.project.outputDir, 'screens', `media-cards-${view.toLowerCase()}-fr-dark-1280.png`) });
  }
});
