import { expect, test } from '@playwright/test';
import { addPost, card, createClient, openApp } from './helpers';

test('plan a month: create a client, add, edit, reload, delete and undo', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['LinkedIn'] });
  await expect(page.getByRole('heading', { level: 1, name: 'November 2026' })).toBeVisible();

  await addPost(page, '2026-11-03', { title: 'Monday motivation', time: '09:30' });
  await addPost(page, '2026-11-12', { title: 'Which pastry are you?', format: 'Quiz' });
  await addPost(page, '2026-11-20', { title: 'Sourdough tutorial', time: '7:45', channel: 'LinkedIn' });

  // The quiz took its playful tone and invites participation by nature; the time was normalised.
  await expect(card(page, '2026-11-12', 'Which pastry are you?')).toHaveAttribute('aria-label', /Quiz, Playful, Draft$/);
  await expect(card(page, '2026-11-20', 'Sourdough tutorial')).toHaveAttribute('aria-label', /07:45, LinkedIn, Image, Serious, Draft$/);

  // Edit one: new title, time and status.
  await card(page, '2026-11-03', 'Monday motivation').click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.getByLabel('Title').fill('Monday motivation: rise early');
  await editor.getByLabel('Time').fill('08:15');
  await editor.getByLabel('Status').selectOption({ label: 'Scheduled' });
  await page.keyboard.press('Control+s');
  await expect(editor).toBeHidden();
  await expect(card(page, '2026-11-03', 'Monday motivation: rise early')).toHaveAttribute('aria-label', /08:15, Instagram, Image, Serious, Scheduled$/);

  // Reload: all three are back, as stored.
  await page.reload();
  await expect(card(page, '2026-11-03', 'Monday motivation: rise early')).toBeVisible();
  await expect(card(page, '2026-11-12', 'Which pastry are you?')).toBeVisible();
  await expect(card(page, '2026-11-20', 'Sourdough tutorial')).toBeVisible();
  await expect(page.getByText('3 posts this month')).toBeVisible();

  // Delete one, then undo from the toast.
  await card(page, '2026-11-12', 'Which pastry are you?').click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(card(page, '2026-11-12', 'Which pastry are you?')).toHaveCount(0);
  await expect(page.getByText('2 posts this month')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, '2026-11-12', 'Which pastry are you?')).toBeVisible();

  // The undone delete is stored too.
  await page.reload();
  await expect(card(page, '2026-11-12', 'Which pastry are you?')).toBeVisible();
  await expect(page.getByText('3 posts this month')).toBeVisible();
});

test('clicking an empty day opens a new post on that day; month navigation and today', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Solo');
  await page.locator('[data-day="2026-11-17"]').click();
  const editor = page.getByRole('complementary', { name: 'New post' });
  await expect(editor.getByLabel('Date')).toHaveValue('2026-11-17');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  await expect(page.locator('[data-day="2026-11-24"]')).toHaveAttribute('aria-current', 'date');
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'December 2026' })).toBeVisible();
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'January 2027' })).toBeVisible();
  await page.getByRole('button', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'November 2026' })).toBeVisible();
  await page.getByRole('button', { name: 'Previous month' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'October 2026' })).toBeVisible();
});

test('a full day shows "+N more", which opens the whole day', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Busy Brand');
  const titles = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'];
  for (const [i, title] of titles.entries()) {
    await addPost(page, '2026-11-10', { title, time: `0${i + 1}:00` });
  }
  const day = page.locator('[data-day="2026-11-10"]');
  const more = day.getByRole('button', { name: /^Show \d+ more posts? on/ });
  await expect(more).toBeVisible();
  const visible = await day.locator('.post-card').count();
  await expect(more).toHaveText(`+${titles.length - visible} more`);
  await more.click();
  const list = page.getByRole('dialog', { name: /Posts on Tuesday, November 10th, 2026/ });
  await expect(list.locator('.post-card')).toHaveCount(titles.length);
  await list.getByRole('button', { name: /^Foxtrot,/ }).click();
  await expect(page.getByRole('complementary', { name: 'Edit post' }).getByLabel('Title')).toHaveValue('Foxtrot');
});
