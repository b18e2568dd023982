import { expect, test } from '@playwright/test';
import { createClient, openApp } from './helpers';

test('an empty title, a time like 25:00 and an impossible date are refused at the field; nothing is saved', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Careful Co');
  await page.getByRole('button', { name: 'New post' }).click();
  const editor = page.getByRole('complementary', { name: 'New post' });

  await editor.getByLabel('Time').fill('25:00');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByLabel('Title')).toHaveAccessibleDescription('Give the post a title.');
  await expect(editor.getByLabel('Time')).toHaveAccessibleDescription('Enter a time between 00:00 and 23:59, like 09:30.');
  await expect(editor.getByLabel('Time')).toHaveAttribute('aria-invalid', 'true');

  // Type an impossible date, 30 February, into the date field as a person would.
  await editor.getByLabel('Title').fill('Leap of faith');
  await editor.getByLabel('Time').fill('10:00');
  const date = editor.getByLabel('Date');
  await date.click();
  await date.press('Control+a');
  await date.pressSequentially('02302027');
  await page.keyboard.press('Control+s');
  await expect(date).toHaveAccessibleDescription('This date does not exist. Use a real calendar date.');
  await expect(editor).toBeVisible();
  await expect(page.locator('.post-card')).toHaveCount(0);

  // Nothing partial was stored: after a reload the month is still empty.
  await page.reload();
  await expect(page.getByText('0 posts this month')).toBeVisible();
});
