import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { addPost, card, createClient, openApp } from './helpers';

// Issue 16 in the editor: the caption counted as its network counts it (LinkedIn's 3,000, the feed's
// fold), a first comment copied on its own, and the publish helper in the editor.
// Screens: test-results/screens/editor-publish-*.png (EN/FR, light/dark, 1280x720 and 1024x700).

test('the editor counts a LinkedIn caption, shows the cut, keeps a first comment and copies it apart', async ({ page, context }, info) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['LinkedIn'] });
  const caption = `Five things we learned baking 10,000 loaves. ${'We proof overnight. '.repeat(150)}Thanks for reading!`;
  await addPost(page, '2026-11-26', { title: 'Lessons from the oven', channel: 'LinkedIn', caption: caption.slice(0, 100) });

  await card(page, '2026-11-26', 'Lessons from the oven').click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.getByLabel('Caption').fill(caption);
  const meter = editor.locator('.caption-meter').first();
  await expect(meter).toContainText(`LinkedIn: ${caption.length.toLocaleString('en')} / 3,000 characters`);
  await expect(meter.getByRole('status')).toContainText(`Over LinkedIn’s limit by ${(caption.length - 3000).toLocaleString('en')} characters`);
  await expect(meter).toContainText('The feed shows up to');
  await editor.getByLabel('First comment').fill('Full recipe: https://bloom.example/levain #sourdough');
  // Over the limit is a warning, not a refusal: the user may be about to cut it down.
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();

  await card(page, '2026-11-26', 'Lessons from the oven').click();
  await expect(editor.getByLabel('First comment')).toHaveValue('Full recipe: https://bloom.example/levain #sourdough');
  await editor.getByRole('button', { name: 'Copy first comment' }).click();
  await expect(page.getByText('First comment of “Lessons from the oven” copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Full recipe: https://bloom.example/levain #sourdough');
  await editor.getByRole('button', { name: 'Copy caption' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(caption);

  const shot = (name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `editor-publish-${name}.png`) });
  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, height] of [[1280, 720], [1024, 700]] as const) {
        await page.setViewportSize({ width, height });
        await page.locator('aside.editor').getByLabel(language === 'en' ? 'Caption' : 'Légende').scrollIntoViewIfNeeded();
        await shot(`${language}-${theme}-${width}`);
      }
    }
  }
});
