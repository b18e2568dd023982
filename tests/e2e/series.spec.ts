import { expect, test, type Page } from '@playwright/test';
import { card, createClient, openApp } from './helpers';

const newPostOn = async (page: Page, day: string) => {
  await page.locator(`[data-day="${day}"] .day-add`).focus();
  await page.keyboard.press('Enter');
  return page.getByRole('complementary', { name: 'New post' });
};

test('a weekly series; "this and following" leaves earlier occurrences untouched; delete following', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Series Co');
  const editor = await newPostOn(page, '2026-11-03');
  await editor.getByLabel('Title').fill('Tip Tuesday');
  await editor.getByLabel('Time').fill('08:30');
  await editor.getByRole('combobox', { name: 'Repeat' }).selectOption('weekly');
  await editor.getByRole('checkbox', { name: 'Thu' }).check();
  await editor.getByLabel('Number of posts').fill('6');
  await expect(editor.getByText('Weekly on Tuesday and Thursday, 6 times')).toBeVisible();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Series of 6 posts added')).toBeVisible();
  for (const day of ['2026-11-03', '2026-11-05', '2026-11-10', '2026-11-12', '2026-11-17', '2026-11-19']) {
    await expect(card(page, day, 'Tip Tuesday')).toHaveAttribute('aria-label', /^Tip Tuesday, 08:30,/);
  }

  // Edit the 4th (12 Nov) and the following ones.
  await card(page, '2026-11-12', 'Tip Tuesday').click();
  const edit = page.getByRole('complementary', { name: 'Edit post' });
  await edit.getByLabel('Title').fill('Tip of the week');
  await edit.getByLabel('Time').fill('09:00');
  await edit.getByRole('radio', { name: 'This post and the following ones' }).check();
  await edit.getByRole('button', { name: 'Save' }).click();
  for (const day of ['2026-11-03', '2026-11-05', '2026-11-10']) {
    await expect(card(page, day, 'Tip Tuesday')).toHaveAttribute('aria-label', /^Tip Tuesday, 08:30,/);
  }
  for (const day of ['2026-11-12', '2026-11-17', '2026-11-19']) {
    await expect(card(page, day, 'Tip of the week')).toHaveAttribute('aria-label', /^Tip of the week, 09:00,/);
  }

  // Edit one occurrence only.
  await card(page, '2026-11-05', 'Tip Tuesday').click();
  await edit.getByLabel('Title').fill('Special Thursday');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(card(page, '2026-11-05', 'Special Thursday')).toBeVisible();
  await expect(card(page, '2026-11-10', 'Tip Tuesday')).toBeVisible();

  // Delete from 17 Nov on, then undo in one step.
  await page.reload();
  await card(page, '2026-11-17', 'Tip of the week').click();
  await edit.getByRole('radio', { name: 'This post and the following ones' }).check();
  await edit.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('2 posts of the series deleted')).toBeVisible();
  await expect(card(page, '2026-11-17', 'Tip of the week')).toHaveCount(0);
  await expect(card(page, '2026-11-19', 'Tip of the week')).toHaveCount(0);
  await expect(card(page, '2026-11-12', 'Tip of the week')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, '2026-11-19', 'Tip of the week')).toBeVisible();
});

test('a series with no end, or ending before it starts, is refused at the field', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Endless Co');
  const editor = await newPostOn(page, '2026-11-10');
  await editor.getByLabel('Title').fill('Forever post');
  await editor.getByRole('combobox', { name: 'Repeat' }).selectOption('monthly');
  await editor.getByLabel('Number of posts').fill('');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('Choose when the series ends: on a date or after a number of posts.')).toBeVisible();
  await editor.getByRole('radio', { name: 'On' }).check();
  await editor.getByLabel('Last day of the series').fill('2026-11-01');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('The series must end on or after its first post.')).toBeVisible();
  await expect(editor.getByLabel('Last day of the series')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.month-table .post-card')).toHaveCount(0);
});
