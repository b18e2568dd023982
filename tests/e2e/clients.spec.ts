import { expect, test } from '@playwright/test';
import { addPost, card, createClient, openApp } from './helpers';

test('each client sees only its own posts; the last client and month are remembered', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Acme Outdoors');
  await addPost(page, '2026-11-05', { title: 'Trail guide' });
  await createClient(page, 'Bloom Bakery', { weekStart: 'Sunday' });
  await addPost(page, '2026-11-05', { title: 'Croissant day' });

  // Bloom's week starts on Sunday: its grid opens on Sunday 1 November.
  await expect(page.getByRole('columnheader').first()).toHaveText('Sun');
  await expect(card(page, '2026-11-05', 'Croissant day')).toBeVisible();
  await expect(card(page, '2026-11-05', 'Trail guide')).toHaveCount(0);

  await page.getByRole('button', { name: 'Acme Outdoors', exact: true }).click();
  await expect(page.getByRole('columnheader').first()).toHaveText('Mon');
  await expect(card(page, '2026-11-05', 'Trail guide')).toBeVisible();
  await expect(card(page, '2026-11-05', 'Croissant day')).toHaveCount(0);

  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'December 2026' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Acme Outdoors', exact: true })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'December 2026' })).toBeVisible();
});

test('rename, recolour and archive a client', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Acme');
  await createClient(page, 'Zephyr Studio');
  await addPost(page, '2026-11-09', { title: 'Studio tour' });

  await page.getByRole('button', { name: 'Options for Zephyr Studio' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit client' });
  await dialog.getByLabel('Name').fill('Zephyr Sound Studio');
  await dialog.getByRole('radio', { name: 'Colour #dc2626' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  const renamed = page.getByRole('button', { name: 'Zephyr Sound Studio', exact: true });
  await expect(renamed).toBeVisible();
  await expect(renamed.locator('.client-dot')).toHaveCSS('background-color', 'rgb(220, 38, 38)');

  // An empty name is refused at the field and nothing changes.
  await page.getByRole('button', { name: 'Options for Zephyr Sound Studio' }).click();
  await dialog.getByLabel('Name').fill('   ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Give the client a name.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(renamed).toBeVisible();

  // Archive: it moves under "Archived", its calendar is read-only, and its posts are kept.
  await page.getByRole('button', { name: 'Options for Zephyr Sound Studio' }).click();
  await dialog.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('“Zephyr Sound Studio” archived')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zephyr Sound Studio', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Archived (1)' }).click();
  await page.getByRole('button', { name: 'Zephyr Sound Studio', exact: true }).click();
  await expect(page.getByText('This client is archived.')).toBeVisible();
  await expect(card(page, '2026-11-09', 'Studio tour')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New post' })).toHaveCount(0);

  // Restore it.
  await page.getByRole('button', { name: 'Options for Zephyr Sound Studio' }).click();
  await dialog.getByRole('button', { name: 'Restore from archive' }).click();
  await expect(page.getByRole('button', { name: 'New post' })).toBeVisible();
});
