import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addPost, card, createClient, dropPictures, NOW, openApp, openData } from './helpers';

// Issue 18's storage meter as a user meets it: three real PNGs dropped on a post, one taken off again
// (its bytes stay, for Undo), then the data dialog's Storage tab: space used and available from the
// browser, persistence, the files stored, the per-file limits, and the unused file removed after the
// confirmation, once a day has passed (a file stored in the last 24 hours is spared: an editor may
// hold it, not saved yet); the confirmation keeps the keyboard's focus and Escape closes only it. Screens: test-results/screens/storage-meter-*.png (EN/FR, light/dark, 1280x720 and 1024x700).

test('the Storage tab measures the space, lists the media and removes the one no post uses', async ({ page }, info) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['Instagram'] });
  await addPost(page, '2026-11-26', { title: 'Croissant carousel', format: 'Carousel' });
  await card(page, '2026-11-26', 'Croissant carousel').click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await dropPictures(page, 'aside.editor input', [
    { name: 'croissant-golden.png', width: 1200, height: 1600, colour: '#d08a2e' },
    { name: 'croissant-cut.png', width: 1200, height: 1200, colour: '#7a4b1c' },
    { name: 'blurry-draft.png', width: 800, height: 800, colour: '#3a6ea5' },
  ]);
  await expect(editor.locator('.media-thumb img')).toHaveCount(3);
  await editor.getByRole('button', { name: 'Remove “blurry-draft.png”' }).click();
  await expect(editor.locator('.media-thumb img')).toHaveCount(2);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  // A day later: the file taken off is no longer within the grace period of one just stored.
  await page.clock.setFixedTime(new Date(NOW.getTime() + 25 * 60 * 60 * 1000));

  const dialog = await openData(page);
  await dialog.getByRole('tab', { name: 'Storage' }).click();
  await expect(dialog.getByText(/^Used: .+\. Still available: .+\.$/)).toBeVisible();
  await expect(dialog.getByRole('meter')).toBeVisible();
  await expect(dialog.getByText('3 files stored', { exact: false })).toBeVisible();
  await expect(dialog.getByText('Limits per file: 30 MB for a picture, 500 MB for a video.')).toBeVisible();
  const removeButton = dialog.getByRole('button', { name: /^Remove unused media \(1, .+\)…$/ });
  await expect(removeButton).toBeVisible();
  // What the browser itself says about persistence is shown, whichever it is.
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(dialog.getByText(persisted ? /has promised to keep/ : /has not promised to keep/)).toBeVisible();

  const shot = (name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `storage-meter-${name}.png`) });
  for (const [width, height] of [[1280, 720], [1024, 700]] as const) {
  await page.setViewportSize({ width, height });
  for (const language of ['en', 'fr'] as const) {
    await page.evaluate((lang) => {
      const select = document.querySelector<HTMLSelectElement>('.language-picker select')!;
      select.value = lang;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      const results = await new AxeBuilder({ page }).include('.data-dialog').analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${language} ${theme}`).toEqual([]);
      await shot(`${language}-${theme}-${width}`);
    }
  }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('.language-picker select')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.emulateMedia({ colorScheme: 'light' });

  await removeButton.click();
  const confirm = dialog.getByRole('alertdialog');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Escape closes the confirmation only: the data dialog stays, the focus goes back to the button.
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(removeButton).toBeFocused();
  await removeButton.click();
  await expect(confirm).toContainText('Undo can no longer bring it back');
  await shot('en-light-1280-confirm');
  await confirm.getByRole('button', { name: 'Remove 1 file' }).click();
  await expect(dialog.getByText(/^1 unused file removed \(.+\)\.$/)).toBeVisible();
  await expect(dialog.getByText('2 files stored', { exact: false })).toBeVisible();
  await expect(dialog.getByText(/^No file to remove: each one is used by a post or by a kept backup/)).toBeVisible();
  // The post's two pictures are still there, bytes and all.
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('cadence');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('media').objectStore('media').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
      }),
  );
  expect(stored).toBe(2);
  expect(errors).toEqual([]);
});
