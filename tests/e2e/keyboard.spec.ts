import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addPost, card, createClient, openApp } from './helpers';

// Editing without loss (issue 14, part 4), as a keyboard user does it: the question before unsaved
// changes are lost, focus coming back to the card, and the month grid moved with the arrow keys.

const dayAdd = (page: Page, day: string) => page.locator(`[data-day="${day}"] .day-add`);
const guardButton = (page: Page) => page.getByRole('button', { name: /^Guard \(/ });
const ideasButton = (page: Page) => page.getByRole('button', { name: /^Ideas \(/ });

test('unsaved changes ask before they are lost: Keep editing, Discard, Save; focus back on the card', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Keys Co');
  await addPost(page, '2026-11-10', { title: 'Bread basics' });
  const panels = [await guardButton(page).getAttribute('aria-pressed'), await ideasButton(page).getAttribute('aria-pressed')];

  await card(page, '2026-11-10', 'Bread basics').click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  const caption = editor.getByLabel('Caption');
  await caption.click();
  // "g" and "b" typed in the caption are text, not the Guard and Ideas shortcuts.
  await page.keyboard.type('Big golden loaves, grab a bag before 9!');
  await expect(caption).toHaveValue('Big golden loaves, grab a bag before 9!');
  expect([await guardButton(page).getAttribute('aria-pressed'), await ideasButton(page).getAttribute('aria-pressed')]).toEqual(panels);

  // Escape asks; Keep editing keeps the text and the cursor in the caption.
  await page.keyboard.press('Escape');
  const ask = page.getByRole('alertdialog', { name: 'Save your changes?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Save' })).toBeFocused();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(editor).toBeVisible();
  await expect(caption).toHaveValue('Big golden loaves, grab a bag before 9!');
  await expect(caption).toBeFocused();

  // Escape again, Discard: closed, nothing written, focus back on the card (not on <body>).
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(editor).toBeHidden();
  const bread = card(page, '2026-11-10', 'Bread basics');
  await expect(bread).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor.getByLabel('Caption')).toHaveValue('');

  // The close button asks too; Enter on the question saves, and focus comes back to the saved card.
  await editor.getByLabel('Title').fill('Bread basics and butter');
  await editor.getByRole('button', { name: 'Close editor' }).click();
  await expect(ask).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  await expect(card(page, '2026-11-10', 'Bread basics and butter')).toBeFocused();

  // Nothing changed: Escape closes at once.
  await page.keyboard.press('Enter');
  await expect(editor).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(editor).toBeHidden();
  await expect(card(page, '2026-11-10', 'Bread basics and butter')).toBeFocused();
});

test('another day or another client ask before replacing an editor with changes', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Other Co');
  await createClient(page, 'Keys Co');
  await addPost(page, '2026-11-10', { title: 'Bread basics' });
  await card(page, '2026-11-10', 'Bread basics').click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.getByLabel('Notes').fill('Call the miller');
  const ask = page.getByRole('alertdialog', { name: 'Save your changes?' });

  // A click on another day would open a new post there: it asks first; Keep editing stays.
  await page.locator('[data-day="2026-11-12"]').click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(editor.getByLabel('Notes')).toHaveValue('Call the miller');

  // Another client: Keep editing stays on this client.
  await page.getByRole('button', { name: 'Other Co', exact: true }).click();
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(page.getByRole('button', { name: 'Keys Co', exact: true })).toHaveAttribute('aria-current', 'true');
  await expect(editor.getByLabel('Notes')).toHaveValue('Call the miller');

  // Switching view keeps the editor open with its text: nothing to ask.
  await page.getByRole('radio', { name: 'Week' }).check();
  await expect(ask).toBeHidden();
  await expect(editor.getByLabel('Notes')).toHaveValue('Call the miller');
  await page.getByRole('radio', { name: 'Month' }).check();

  // Enter on another day (from the keyboard), Save: the post is saved with its notes, then the new post opens.
  await dayAdd(page, '2026-11-13').focus();
  await page.keyboard.press('Enter');
  await ask.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('complementary', { name: 'New post' }).getByLabel('Date')).toHaveValue('2026-11-13');
  await page.keyboard.press('Escape');
  await card(page, '2026-11-10', 'Bread basics').click();
  await expect(editor.getByLabel('Notes')).toHaveValue('Call the miller');

  // Discard on another day: the new post opens there, the change is gone.
  await editor.getByLabel('Notes').fill('Changed my mind');
  await page.locator('[data-day="2026-11-12"]').click();
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('complementary', { name: 'New post' }).getByLabel('Date')).toHaveValue('2026-11-12');
  await page.keyboard.press('Escape');
  await card(page, '2026-11-10', 'Bread basics').click();
  await expect(editor.getByLabel('Notes')).toHaveValue('Call the miller');
});

test('the month grid by keyboard: one Tab stop, arrows, PageDown, n and Enter on a day, Tab to its cards, Space to move', async ({ page }, info) => {
  await openApp(page);
  await createClient(page, 'Keys Co');
  await addPost(page, '2026-11-24', { title: 'Today’s bake' });
  // A new post: focus is back on its day, the grid's Tab stop.
  const today = dayAdd(page, '2026-11-24');
  await expect(today).toBeFocused();
  await expect(page.locator('.weeks .day-add[tabindex="0"]')).toHaveCount(1);

  await page.keyboard.press('ArrowRight');
  await expect(dayAdd(page, '2026-11-25')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dayAdd(page, '2026-12-02')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(dayAdd(page, '2026-11-30')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await expect(dayAdd(page, '2026-11-29')).toBeFocused();
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.screenshot({ path: join(info.project.outputDir, 'screens', `en-${theme}-month-day-focus.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // n on a focused day adds a post there (not on today); Escape with nothing typed closes, focus back on the day.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('n');
  const created = page.getByRole('complementary', { name: 'New post' });
  await expect(created.getByLabel('Date')).toHaveValue('2026-11-28');
  await page.keyboard.press('Escape');
  await expect(created).toBeHidden();
  await expect(dayAdd(page, '2026-11-28')).toBeFocused();
  // Enter too.
  await page.keyboard.press('Enter');
  await expect(created.getByLabel('Date')).toHaveValue('2026-11-28');
  await page.keyboard.press('Escape');
  await expect(dayAdd(page, '2026-11-28')).toBeFocused();

  // Tab from a day goes to its cards: Enter opens one.
  await page.keyboard.press('ArrowDown'); // 5 December
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(today).toBeFocused();
  await page.keyboard.press('Tab');
  const bake = card(page, '2026-11-24', 'Today’s bake');
  await expect(bake).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Edit post' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(bake).toBeFocused();

  // The card still moves with Space, arrows, Space; the arrows did not move the day focus meanwhile.
  await page.keyboard.press('Space');
  // As a user would: each key once dnd-kit has taken the last one (it measures the days on the frames
  // after pick-up, later on a loaded machine), as its announcements say.
  const live = page.locator('[id^="DndLiveRegion"]').first();
  await expect(live).toContainText('“Today’s bake” is over Tuesday 24 November.');
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('“Today’s bake” is over Wednesday 25 November.');
  await page.keyboard.press('Space');
  await expect(card(page, '2026-11-25', 'Today’s bake')).toBeVisible();

  // PageDown from a day: the same day next month, in December's grid.
  await dayAdd(page, '2026-11-24').focus();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 1, name: 'December 2026' })).toBeVisible();
  await expect(dayAdd(page, '2026-12-24')).toBeFocused();
  // Past the grid's last week: into January.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 1, name: 'January 2027' })).toBeVisible();
  await expect(dayAdd(page, '2027-01-07')).toBeFocused();
});

test('the week grid: n on a focused half-hour adds a post at that time', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Keys Co');
  const panels = [await guardButton(page).getAttribute('aria-pressed'), await ideasButton(page).getAttribute('aria-pressed')];
  await page.locator('body').press('w');
  await page.locator('[data-add-slot="2026-11-24T09:00"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('n');
  const created = page.getByRole('complementary', { name: 'New post' });
  await expect(created.getByLabel('Date')).toHaveValue('2026-11-25');
  await expect(created.getByLabel('Time')).toHaveValue('09:30');
  // Typed fields keep their letters: n, g and b in the title, a date typed in the date field.
  await created.getByLabel('Title').fill('');
  await created.getByLabel('Title').press('n');
  await created.getByLabel('Title').press('g');
  await created.getByLabel('Title').press('b');
  await expect(created.getByLabel('Title')).toHaveValue('ngb');
  expect([await guardButton(page).getAttribute('aria-pressed'), await ideasButton(page).getAttribute('aria-pressed')]).toEqual(panels);
  await created.getByLabel('Title').press('Enter');
  await expect(created).toBeHidden();
  // Focus goes back to the slot the post was added at.
  await expect(page.locator('[data-add-slot="2026-11-25T09:30"]')).toBeFocused();
});

test('the question in English and French, light and dark: screens, and axe finds nothing serious', async ({ page }, info) => {
  await openApp(page);
  await createClient(page, 'Keys Co');
  await addPost(page, '2026-11-10', { title: 'Bread basics' });
  const names = { en: 'Save your changes?', fr: 'Enregistrer vos modifications\u00a0?' };
  const captions = { en: 'Caption', fr: 'Légende' };
  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.locator('[data-day="2026-11-10"] .post-card').click();
    await page.locator('.editor').getByLabel(captions[language]).fill('Fresh out of the oven');
    await page.keyboard.press('Escape');
    const ask = page.getByRole('alertdialog', { name: names[language] });
    await expect(ask).toBeVisible();
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.screenshot({ path: join(info.project.outputDir, 'screens', `${language}-${theme}-leave-prompt.png`) });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), `${language} ${theme}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // Discard is the red one, whatever its name.
    await ask.locator('.danger-button').click();
    await expect(ask).toBeHidden();
    await expect(page.locator('.editor')).toHaveCount(0);
  }
});
