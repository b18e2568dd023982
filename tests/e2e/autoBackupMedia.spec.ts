import { expect, test, type Page } from '@playwright/test';
import { addPost, card, createClient, dropPictures, NOW, openAppPastStartBackup, openData } from './helpers';

// The kept backups (automatic and "Back up now" copies alike) carry media by hash (#18), in a real
// browser: two pictures on a post, two "Back up now" copies (in one instant: manual copies are not
// rotated by the hour) keep the pictures ONCE in the 'cadence-backups' database with each copy's list;
// then the pictures are taken off the post: a day later "Remove unused media" still spares them (the
// kept backups refer to them); the calendar's rows lost all the same (a damaged database), restoring
// the newest copy brings back the same bytes (SHA-256 read back from the calendar's database).

type Rows = { media: Array<{ key: string; sha256: string }>; lists: Array<{ name: string; hashes: string[] }> };

/** A database's media rows (hash key and the SHA-256 of the Blob's bytes) and, for the backup store, its lists. */
const read = (page: Page, database: 'cadence' | 'cadence-backups') =>
  page.evaluate(
    (name) =>
      new Promise<Rows>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const stores = db.objectStoreNames.contains('lists') ? ['media', 'lists'] : ['media'];
          const tx = db.transaction(stores, 'readonly');
          const media = tx.objectStore('media').getAll();
          const lists = stores.includes('lists') ? tx.objectStore('lists').getAll() : null;
          tx.oncomplete = () => {
            db.close();
            const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
            Promise.all(
              (media.result as Array<{ hash: string; blob: Blob }>).map(async (row) => ({
                key: row.hash,
                sha256: hex(await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer())),
              })),
            ).then(
              (rows) => resolve({ media: rows.sort((a, b) => (a.key < b.key ? -1 : 1)), lists: (lists?.result as Rows['lists']) ?? [] }),
              reject,
            );
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    database,
  );

test('automatic backups keep each picture once, their pictures are never removed as unused, and restoring one brings lost pictures back with the same bytes', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openAppPastStartBackup(page);
  await createClient(page, 'Bloom Bakery', { channels: ['Instagram'] });
  await addPost(page, '2026-11-26', { title: 'Croissant carousel', format: 'Carousel' });
  await card(page, '2026-11-26', 'Croissant carousel').click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await dropPictures(page, 'aside.editor input', [
    { name: 'croissant-golden.png', width: 1200, height: 1600, colour: '#d08a2e' },
    { name: 'croissant-cut.png', width: 1200, height: 1200, colour: '#7a4b1c' },
  ]);
  await expect(editor.locator('.media-thumb img')).toHaveCount(2);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  const original = (await read(page, 'cadence')).media;
  expect(original).toHaveLength(2);
  expect(original.every((row) => row.key === row.sha256)).toBe(true);

  let dialog = await openData(page);
  await dialog.getByRole('tab', { name: 'Backups' }).click();
  for (let copy = 1; copy <= 2; copy += 1) {
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect(dialog.getByText('Backup saved.')).toBeVisible();
    await expect.poll(async () => (await read(page, 'cadence-backups')).lists.length).toBe(copy);
  }
  const store = await read(page, 'cadence-backups');
  // Two copies, each listing both pictures; the bytes kept once, identical to the calendar's.
  expect(store.media).toEqual(original);
  expect(store.lists.map((l) => [...l.hashes].sort())).toEqual([original.map((r) => r.key), original.map((r) => r.key)]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The pictures taken off the post, then removed as unused media: the calendar holds none.
  await card(page, '2026-11-26', 'Croissant carousel').click();
  await editor.getByRole('button', { name: 'Remove “croissant-golden.png”' }).click();
  await editor.getByRole('button', { name: 'Remove “croissant-cut.png”' }).click();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  // A day later, past the grace period of files just stored: the kept backups still refer to both.
  await page.clock.setFixedTime(new Date(NOW.getTime() + 25 * 60 * 60 * 1000));
  dialog = await openData(page);
  await dialog.getByRole('tab', { name: 'Storage' }).click();
  await expect(dialog.getByText(/^No file to remove: each one is used by a post or by a kept backup/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Remove unused media/ })).toHaveCount(0);
  expect((await read(page, 'cadence')).media).toEqual(original);

  // The calendar's rows lost anyway (a damaged database): the backup store still has the bytes.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cadence');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('media', 'readwrite');
          tx.objectStore('media').clear();
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  expect((await read(page, 'cadence')).media).toEqual([]);

  // Restoring the newest copy: its pictures come from the backup store, the same bytes.
  await dialog.getByRole('tab', { name: 'Backups' }).click();
  await dialog.getByRole('button', { name: /^Restore the backup of / }).first().click();
  await dialog.getByRole('button', { name: 'Replace everything' }).click();
  await expect.poll(async () => (await read(page, 'cadence')).media).toEqual(original);
  await expect(card(page, '2026-11-26', 'Croissant carousel')).toHaveAccessibleName(/carousel of 2/);
  expect(errors).toEqual([]);
});
