import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { addPost, createClient, openApp } from './helpers';

// Issue 16 in the guard: a caption over its network's limit is a warning in the guard panel naming the
// post and by how much, with Edit the post to shorten it; the rule can be turned off like the others.
// Screens: test-results/screens/caption-limit-*.png (EN/FR, light/dark, 1280x720 and 1024x700).

test('the guard warns about a LinkedIn caption over 3,000 characters, opens the post, and the rule turns off', async ({ page }, info) => {
  test.setTimeout(180_000);
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['LinkedIn'] });
  await addPost(page, '2026-11-26', { title: 'Lessons from the oven', channel: 'LinkedIn', caption: 'a'.repeat(3012) });

  const guardButton = page.getByRole('button', { name: /^Guard \(/ });
  if ((await guardButton.getAttribute('aria-pressed')) !== 'true') await guardButton.click();
  const guard = page.getByRole('complementary', { name: 'Guard' });
  const warning = guard.locator('[data-rule="caption-limit"]');
  await expect(warning).toHaveText(
    /“Lessons from the oven” on LinkedIn: the caption has 3,012 characters, over the limit of 3,000\. Shorten it by 12 characters\./,
  );
  await warning.getByRole('button', { name: 'Edit the post' }).click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await expect(editor.getByLabel('Title')).toHaveValue('Lessons from the oven');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  const shot = (name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `caption-limit-${name}.png`) });
  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, height] of [[1280, 720], [1024, 700]] as const) {
        await page.setViewportSize({ width, height });
        await page.mouse.move(0, 0);
        await page.locator('[data-rule="caption-limit"]').scrollIntoViewIfNeeded();
        await shot(`guard-${language}-${theme}-${width}`);
        if (width === 1280) {
          await page.getByRole('button', { name: language === 'en' ? 'Guard rules for this client' : 'Règles du garde-fou pour ce client' }).click();
          const rules = page.locator('dialog.rules-dialog');
          await rules.locator('fieldset.rule').last().scrollIntoViewIfNeeded();
          await shot(`rules-${language}-${theme}-${width}`);
          await page.keyboard.press('Escape');
          await expect(rules).toBeHidden();
        }
      }
    }
  }

  // Turned off in the rules dialog: the warning goes, the others stay.
  await page.locator('.language-picker select').selectOption('en');
  await page.getByRole('button', { name: 'Guard rules for this client' }).click();
  const rules = page.getByRole('dialog', { name: /Guard rules for Bloom Bakery/ });
  await rules.getByRole('checkbox', { name: 'Caption limits' }).uncheck();
  await rules.getByRole('button', { name: 'Save' }).click();
  await expect(rules).toBeHidden();
  await expect(page.locator('[data-rule="caption-limit"]')).toHaveCount(0);
});
