import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { createClient, openApp } from './helpers';

// Issue 16 part 5 from the client dialog: a hashtag set (a tag without # refused and named first) and a
// post template made there, then used by New post: the template fills the post, the set goes into its
// caption, the card shows it. Screens: test-results/screens/client-publishing-*.png (the dialog's
// hashtag sets, templates, X Premium and approval; EN/FR, light/dark, 1280x720 and 1024x700).

test('a hashtag set and a template made in the client dialog start a new post', async ({ page }, info) => {
  test.setTimeout(150_000);
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['LinkedIn', 'X'] });

  await page.getByRole('button', { name: 'Options for Bloom Bakery' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit client' });
  await dialog.locator('summary', { hasText: 'Hashtag sets' }).click();
  await dialog.getByRole('button', { name: 'Add a hashtag set' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Name of hashtag set 1' })).toBeFocused();
  await page.keyboard.type('Bakery');
  const tags = dialog.getByRole('textbox', { name: 'Hashtags of Bakery' });
  await tags.fill('#sourdough bread #paris');
  await dialog.getByRole('button', { name: 'Save' }).click();
  // Refused at the field, the bad tag named and selected: typing replaces it.
  await expect(tags).toHaveAccessibleDescription('“bread” needs a # in front: #bread.');
  await expect(tags).toBeFocused();
  await page.screenshot({ path: join(info.project.outputDir, 'screens', 'client-publishing-en-light-1280-refused.png') });
  await page.keyboard.type('#bread');
  await expect(tags).toHaveValue('#sourdough #bread #paris');
  await expect(tags).not.toHaveAttribute('aria-invalid');

  await dialog.locator('summary', { hasText: 'Post templates' }).click();
  await dialog.getByRole('button', { name: 'Add a template' }).click();
  const template = dialog.locator('[data-template="0"]');
  await template.getByLabel('Template name').fill('Tip of the week');
  await template.getByLabel('Post title').fill('Tip: keep your starter warm');
  await template.getByLabel('Caption skeleton').fill('This week’s tip from the bakehouse:');
  await template.getByLabel('First comment').fill('Ask us anything below.');
  await template.getByLabel('Channel').selectOption({ label: 'LinkedIn' });
  await template.getByLabel('Format').selectOption({ label: 'Carousel' });
  await template.getByLabel('Intent').selectOption({ label: 'Conversational' });
  await dialog.getByRole('checkbox', { name: /X Premium/ }).check();
  await dialog.locator('summary', { hasText: 'Client approval' }).click();
  await dialog.getByRole('checkbox', { name: /Posts need the client’s approval/ }).check();

  // The dialog's name follows the language: the screens find it by its class.
  await shoot(page, page.locator('dialog.client-dialog'), info.project.outputDir);
  await page.locator('.language-picker select').selectOption('en');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'New post' }).click();
  const editor = page.getByRole('complementary', { name: 'New post' });
  await editor.getByLabel('Start from a template').selectOption({ label: 'Tip of the week' });
  await expect(editor.getByLabel('Title')).toHaveValue('Tip: keep your starter warm');
  await expect(editor.getByLabel('Channel')).toHaveValue('linkedin');
  await editor.getByRole('button', { name: 'Add to caption' }).click();
  await expect(editor.getByLabel('Caption')).toHaveValue('This week’s tip from the bakehouse:\n\n#sourdough #bread #paris');
  await expect(editor.getByRole('status').filter({ hasText: '3 hashtags added at the end.' })).toBeVisible();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();

  const card = page.getByRole('button', { name: /^Tip: keep your starter warm, .*LinkedIn, Carousel, / });
  await expect(card).toBeVisible();
  await card.click();
  const edit = page.getByRole('complementary', { name: 'Edit post' });
  await expect(edit.getByLabel('Caption')).toHaveValue('This week’s tip from the bakehouse:\n\n#sourdough #bread #paris');
  await expect(edit.getByLabel('First comment')).toHaveValue('Ask us anything below.');
});

/** The dialog's new sections, open and filled, in each language, theme and size; then a refused set. */
const shoot = async (page: import('@playwright/test').Page, dialog: Locator, outputDir: string) => {
  const shot = (name: string) => page.screenshot({ path: join(outputDir, 'screens', `client-publishing-${name}.png`) });
  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language, { force: true });
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, height] of [[1280, 720], [1024, 700]] as const) {
        await page.setViewportSize({ width, height });
        await dialog.locator('.channel-picks').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot(`${language}-${theme}-${width}`);
        await dialog.locator('[data-section="hashtags"] > summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot(`${language}-${theme}-${width}-sets`);
        await dialog.locator('[data-section="approval"]').evaluate((el) => el.scrollIntoView({ block: 'end' }));
        await shot(`${language}-${theme}-${width}-approval`);
      }
    }
  }
};
