import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { addPost, card, createClient, openApp, openData } from './helpers';

// Issue 17 as a user acts: Send for review saves a pack, the client opens it as a file:// page,
// approves two posts and asks for changes on one with a comment, saves the answers; the answers file
// dropped on Cadence's window is summarised, applied, and the cards and the editor show the result.
// Screens: test-results/screens/review-flow-*.png (EN/FR, light/dark, 1280x720 and 1024x700).

test('a month sent for review comes back with two approvals and a change request on the cards', async ({ page, context }, info) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['Instagram'] });
  await addPost(page, '2026-11-25', { title: 'Croissant day', time: '09:00', caption: 'Warm croissants #bakery' });
  await addPost(page, '2026-11-26', { title: 'Tart Thursday', time: '12:00', caption: 'Tarte Tatin.' });
  await addPost(page, '2026-11-27', { title: 'Baker portrait', time: '18:00', caption: 'Meet Jules.' });

  let dialog = await openData(page);
  await dialog.getByRole('tab', { name: 'Review' }).click();
  const saving = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save review pack…' }).click();
  const packPath = info.outputPath('pack.html');
  await (await saving).saveAs(packPath);
  await expect(dialog.getByText('Review pack saved with 3 posts. Send the file to your client.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page, '2026-11-25', 'Croissant day')).toHaveAttribute('aria-label', /waiting for the client’s review/);

  // The client's side: the file opened in a browser, nothing online.
  const pack = await context.newPage();
  await pack.goto(pathToFileURL(packPath).href);
  await pack.getByLabel('Your name').fill('Marie Martin');
  const post = (title: string) => pack.locator('.posts > li', { hasText: title });
  await post('Croissant day').getByRole('button', { name: 'Approve' }).click();
  await post('Tart Thursday').getByRole('button', { name: 'Approve' }).click();
  await post('Baker portrait').getByLabel('Your comment').fill('Could Jules smile a bit more?');
  await post('Baker portrait').getByRole('button', { name: 'Request changes' }).click();
  const answering = pack.waitForEvent('download');
  await pack.getByRole('button', { name: 'Save my answers' }).click();
  const answersPath = info.outputPath('answers.json');
  await (await answering).saveAs(answersPath);
  await pack.close();

  // Back in Cadence: the answers file dropped on the window.
  const text = readFileSync(answersPath, 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'answers.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  dialog = page.getByRole('dialog', { name: 'Import, export and backups' });
  await expect(dialog.getByText('Answers from Marie Martin for Bloom Bakery')).toBeVisible();
  await expect(dialog.getByText('2 posts approved')).toBeVisible();
  await expect(dialog.getByText('1 post with changes requested')).toBeVisible();
  await expect(dialog.getByText('Could Jules smile a bit more?')).toBeVisible();

  const shot = (name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `review-flow-${name}.png`) });
  await shot('summary-en-light-1280');
  await dialog.getByRole('button', { name: 'Apply answers' }).click();
  await expect(page.getByText('Answers from Marie Martin applied to 3 posts.')).toBeVisible();
  await page.keyboard.press('Escape');

  await expect(card(page, '2026-11-25', 'Croissant day')).toHaveAttribute('aria-label', /approved by the client/);
  await expect(card(page, '2026-11-26', 'Tart Thursday')).toHaveAttribute('aria-label', /approved by the client/);
  await expect(card(page, '2026-11-27', 'Baker portrait')).toHaveAttribute('aria-label', /the client asked for changes/);
  await card(page, '2026-11-27', 'Baker portrait').click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await expect(editor.getByLabel('State')).toHaveValue('changes');
  await expect(editor.locator('.approval-comment-client')).toContainText('Could Jules smile a bit more?');
  await expect(editor.locator('.approval-comment-client')).toContainText('Marie Martin');

  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, height] of [[1280, 720], [1024, 700]] as const) {
        await page.setViewportSize({ width, height });
        await page.locator('.approval-section').scrollIntoViewIfNeeded();
        await shot(`editor-${language}-${theme}-${width}`);
      }
    }
  }
  // The Review tab itself, in both languages.
  await page.keyboard.press('Escape');
  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language);
    await page.getByRole('button', { name: language === 'en' ? 'Import, export and backups' : /Importer, exporter/ }).click();
    const data = page.locator('dialog.data-dialog');
    await data.getByRole('tab', { name: language === 'en' ? 'Review' : 'Validation' }).click();
    await shot(`tab-${language}-dark-1024`);
    await page.keyboard.press('Escape');
    await expect(data).toBeHidden();
  }
});
