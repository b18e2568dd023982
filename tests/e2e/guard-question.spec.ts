import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addPost, createClient, openApp } from './helpers';

// "Turn into a question" writes a question, it does not tick a box: the editor opens with a question
// suggested at the end of the caption, selected; the guard's warning goes only once a caption that
// asks something is saved.

const CAPTION = 'Five ways to keep your sourdough starter alive through winter.';
const QUESTION = 'Which slide is your favourite? Tell us in the comments.';

const silentWeek = (page: Page) => page.locator('.guard [data-rule="no-participation-week"]');
const selectedText = (area: Locator) =>
  area.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));

/** A December week with one carousel that asks nothing: the guard says no post of the week invites. */
const planSilentWeek = async (page: Page, client: string) => {
  await openApp(page);
  await createClient(page, client);
  await page.getByRole('button', { name: 'Next month' }).click();
  await addPost(page, '2026-12-01', { title: 'Starter care', time: '10:00', format: 'Carousel', caption: CAPTION });
  await expect(silentWeek(page)).toHaveCount(1);
};

test('a suggested question, saved as written, makes the post inviting and clears the warning', async ({ page }) => {
  await planSilentWeek(page, 'Question Co');
  await silentWeek(page).getByRole('button', { name: 'Turn into a question' }).click();

  const editor = page.getByRole('complementary', { name: 'Edit post' });
  const caption = editor.getByLabel('Caption');
  await expect(caption).toHaveValue(`${CAPTION}\n\n${QUESTION}`);
  await expect(caption).toBeFocused();
  expect(await selectedText(caption)).toBe(QUESTION);
  await expect(editor.getByText('A question for your audience was added at the end')).toBeVisible();
  await expect(editor.getByRole('checkbox', { name: /Invites the audience/ })).toBeChecked();
  await expect(editor.getByText('Detected from the caption')).toBeVisible();
  // Nothing is stored yet: the guard still warns about the week.
  await expect(silentWeek(page)).toHaveCount(1);

  // The user makes the question their own: typing replaces the selection.
  await page.keyboard.type('Which tip will you try first? Tell us in the comments.');
  await page.keyboard.press('Control+s');
  await expect(editor).toBeHidden();
  await expect(silentWeek(page)).toHaveCount(0);

  await page.reload();
  await expect(page.locator('.guard')).toBeVisible();
  await expect(silentWeek(page)).toHaveCount(0);
  await page.getByRole('button', { name: /^Starter care,/ }).click();
  const reopened = page.getByRole('complementary', { name: 'Edit post' });
  await expect(reopened.getByLabel('Caption')).toHaveValue(`${CAPTION}\n\nWhich tip will you try first? Tell us in the comments.`);
  await expect(reopened.getByRole('checkbox', { name: /Invites the audience/ })).toBeChecked();
  await expect(reopened.getByText('Detected from the caption')).toBeVisible();
});

test('deleting the suggested question and saving leaves the post not inviting and the warning back', async ({ page }) => {
  await planSilentWeek(page, 'Quiet Co');
  await silentWeek(page).getByRole('button', { name: 'Turn into a question' }).click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await expect(editor.getByLabel('Caption')).toHaveValue(`${CAPTION}\n\n${QUESTION}`);
  await page.keyboard.press('Backspace');
  await expect(editor.getByRole('checkbox', { name: /Invites the audience/ })).not.toBeChecked();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(silentWeek(page)).toHaveCount(1);

  // Ticking the box by hand is the user's call: it counts, and says so.
  await page.getByRole('button', { name: /^Starter care,/ }).click();
  const again = page.getByRole('complementary', { name: 'Edit post' });
  await again.getByRole('checkbox', { name: /Invites the audience/ }).check();
  await expect(again.getByText('Set by hand')).toBeVisible();
  await again.getByRole('button', { name: 'Save' }).click();
  await expect(again).toBeHidden();
  await expect(silentWeek(page)).toHaveCount(0);
});

test('screens: the editor with a suggested question, English and French, light and dark', async ({ page }, info) => {
  // An English client seen in the English interface, a French one in the French interface.
  await planSilentWeek(page, 'Bloom Bakery');
  await page.getByRole('button', { name: 'New client' }).click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Name').fill('Boulangerie Lune');
  await dialog.getByLabel('Language of its posts').selectOption({ label: 'French' });
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await expect(dialog).toBeHidden();
  await addPost(page, '2026-12-01', { title: 'Entretenir son levain', time: '10:00', format: 'Carousel', caption: 'Cinq astuces pour garder votre levain en forme tout l’hiver.' });
  await expect(silentWeek(page)).toHaveCount(1);

  const cases = [
    { ui: 'en', client: 'Bloom Bakery', fix: 'Turn into a question', question: QUESTION, untick: /Invites the audience/ },
    { ui: 'fr', client: 'Boulangerie Lune', fix: 'En faire une question', question: 'Quelle est votre slide préférée\u00a0? Dites-le-nous en commentaire.', untick: /Invite l’audience/ },
  ] as const;
  for (const c of cases) {
    await page.locator('.language-picker select').selectOption(c.ui);
    await expect(page.locator('html')).toHaveAttribute('lang', c.ui);
    await page.getByRole('button', { name: c.client, exact: true }).click();
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await silentWeek(page).getByRole('button', { name: c.fix }).click();
      const editor = page.locator('.editor');
      expect(await selectedText(editor.locator('textarea').first())).toBe(c.question);
      await page.mouse.move(0, 0);
      const shot = (name: string) => join(info.project.outputDir, 'screens', `guard-question-${name}-${c.ui}-${theme}.png`);
      await page.screenshot({ path: shot('app') });
      await editor.screenshot({ path: shot('editor') });
      // The same post with participation unticked by hand: labelled so, with the way back.
      await editor.getByRole('checkbox', { name: c.untick }).uncheck();
      await editor.locator('.participation-source').scrollIntoViewIfNeeded();
      await editor.screenshot({ path: shot('by-hand') });
      await page.keyboard.press('Escape');
      // The suggestion is an unsaved change: closing may ask first. Leave it unsaved.
      const discard = page.getByRole('button', { name: /^(Discard|Abandonner)$/ });
      await expect.poll(async () => (await discard.isVisible()) || (await editor.count()) === 0).toBe(true);
      if (await discard.isVisible()) await discard.click();
      await expect(editor).toHaveCount(0);
      await expect(silentWeek(page)).toHaveCount(1);
    }
  }
});
