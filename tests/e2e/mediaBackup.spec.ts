import { createHash } from 'node:crypto';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { addPost, bytesOf, card, chooseFile, createClient, downloadOf, dropPictures, openApp, openData } from './helpers';

// Issue 18's journey, as a user does it: two real PNGs dropped on a post, alt text written, the
// thumbnail on its card and on its Grid tile, two tiles swapped and the swap undone, then Save a backup (one zip downloaded), the zip restored in a FRESH browser profile (a new context:
// an empty IndexedDB), and the media rows' bytes read back from IndexedDB hashed and compared with the
// first profile's. Then the same zip with a picture taken out, or its bytes changed, is refused by the
// file's and the post's name, and nothing is restored.

type StoredMedia = { key: string; sha256: string; size: number; thumbSize: number | null };

/**
 * Every media row of the calendar's database (a second connection, as the app stores them), with the
 * SHA-256 of its Blob's bytes computed in the page: what a user would get back, not what a row claims.
 */
const storedMedia = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<StoredMedia[]>((resolve, reject) => {
        const request = indexedDB.open('cadence');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('media', 'readonly').objectStore('media').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            const rows = all.result as Array<{ hash: string; blob: Blob; thumb: Blob | null }>;
            const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
            Promise.all(
              rows.map(async (row) => ({
                key: row.hash,
                sha256: hex(await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer())),
                size: row.blob.size,
                thumbSize: row.thumb ? row.thumb.size : null,
              })),
            ).then((list) => resolve(list.sort((a, b) => (a.key < b.key ? -1 : 1))), reject);
          };
        };
      }),
  );

const storedPostTitles = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('cadence');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('posts', 'readonly').objectStore('posts').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as Array<{ title: string }>).map((p) => p.title).sort());
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Rebuilds a zip from its entries with one entry changed (or removed with null), stored like the app's. */
const rezip = (zip: Uint8Array, change: (name: string, bytes: Uint8Array) => Uint8Array | null): Buffer => {
  const entries: Zippable = {};
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    const changed = change(name, bytes);
    if (changed) entries[name] = [changed, { level: 0 }];
  }
  return Buffer.from(zipSync(entries));
};

test('a backup with two pictures, restored in a fresh profile, gives back the same bytes; a damaged copy is refused whole', async ({ browser, page }, info) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['Instagram'] });
  await addPost(page, '2026-11-26', { title: 'Croissant carousel', format: 'Carousel' });
  await card(page, '2026-11-26', 'Croissant carousel').click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  const media = editor.getByRole('region', { name: 'Media' });
  await dropPictures(page, 'aside.editor input', [
    { name: 'croissant-golden.png', width: 1600, height: 2000, colour: '#d08a2e' },
    { name: 'croissant-cut.png', width: 1200, height: 1200, colour: '#7a4b1c' },
  ]);
  await expect(media.locator('.media-thumb img')).toHaveCount(2);
  await media.getByLabel('Alt text “croissant-golden.png”').fill('A golden croissant on a white plate');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();

  // The first picture on the post's card (the comfortable density is the default), with the carousel mark.
  const onCard = card(page, '2026-11-26', 'Croissant carousel');
  await expect(onCard.locator('img.marks-thumb')).toBeVisible();
  await expect(onCard).toHaveAccessibleName(/carousel of 2/);

  // The Grid: the carousel's tile shows the same picture; a tile without media is swapped with it by
  // keyboard, and Ctrl+Z puts both days back.
  await addPost(page, '2026-11-28', { title: 'Advent teaser', time: '18:00' });
  await page.getByRole('radio', { name: 'Grid' }).check();
  const tile = (title: string) => page.locator('.grid-view').getByRole('button', { name: new RegExp(`^${title},`) });
  await expect(tile('Croissant carousel').locator('img')).toBeVisible();
  await expect.poll(() => tile('Croissant carousel').locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  // Each key waits for what dnd-kit announces: a key pressed before the pick-up is live is lost.
  const live = page.locator('.grid-view [id^="DndLiveRegion"]');
  await tile('Advent teaser').focus();
  await page.keyboard.press('Space');
  await expect(live).toContainText('Picked up “Advent teaser”');
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('“Advent teaser” is over “Croissant carousel”.');
  await page.keyboard.press('Space');
  await expect(tile('Advent teaser')).toHaveAttribute('aria-label', /^Advent teaser, Thursday 26 November/);
  await expect(tile('Croissant carousel')).toHaveAttribute('aria-label', /^Croissant carousel, Saturday 28 November at 18:00/);
  await page.keyboard.press('Control+z');
  await expect(tile('Croissant carousel')).toHaveAttribute('aria-label', /^Croissant carousel, Thursday 26 November/);
  await expect(tile('Advent teaser')).toHaveAttribute('aria-label', /^Advent teaser, Saturday 28 November at 18:00/);
  await page.getByRole('radio', { name: 'Month' }).check();

  const before = await storedMedia(page);
  expect(before).toHaveLength(2);
  // The bytes hash to the row's key: the key is the content, which the comparison below relies on.
  for (const row of before) expect(row.sha256).toBe(row.key);

  // Save a backup: one zip (the posts have media), the JSON deflated and each picture stored as it is.
  let dialog = await openData(page);
  await dialog.getByRole('radio', { name: 'JSON backup' }).check();
  const started = Date.now();
  const download = await downloadOf(page, () => dialog.getByRole('button', { name: 'Save a backup' }).click());
  expect(download.suggestedFilename()).toBe('cadence-backup-2026-11-24.zip');
  const zip = new Uint8Array(await bytesOf(download));
  const saveMeasure = `backup zip with 2 PNGs saved in ${Date.now() - started} ms, ${zip.length} bytes`;
  info.annotations.push({ type: 'measure', description: saveMeasure });
  console.log(saveMeasure);
  const entries = unzipSync(zip);
  const names = Object.keys(entries).sort();
  expect(names).toEqual(['backup.json', ...before.map((row) => `media/${row.key}`), ...before.map((row) => `thumbs/${row.key}`)].sort());
  for (const row of before) expect(sha256(entries[`media/${row.key}`]!)).toBe(row.key);
  const backup = JSON.parse(new TextDecoder().decode(entries['backup.json'])) as { data: { media: Array<{ hash: string; size: number }> } };
  expect(backup.data.media.map((m) => [m.hash, m.size]).sort()).toEqual(before.map((row) => [row.key, row.size]));
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  // A fresh profile: its own IndexedDB, empty.
  const fresh = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 800 } });
  try {
    const other = await fresh.newPage();
    await openApp(other);
    await expect(other.getByRole('button', { name: 'Create a client' })).toBeVisible();
    expect(await storedMedia(other)).toEqual([]);

    // A copy with one picture taken out, then one with a picture's bytes changed: refused by name, nothing written.
    const golden = before.find((row) => row.size === Math.max(...before.map((r) => r.size)))!;
    const missing = rezip(zip, (name, bytes) => (name === `media/${golden.key}` ? null : bytes));
    const damaged = rezip(zip, (name, bytes) => {
      if (name !== `media/${golden.key}`) return bytes;
      const copy = bytes.slice();
      copy[copy.length - 20] = copy[copy.length - 20]! ^ 0xff; // same size, other bytes: only the SHA-256 can tell
      return copy;
    });
    const unchanged = rezip(zip, (_name, bytes) => bytes);
    expect(sha256(unchanged)).not.toBe(sha256(damaged));
    dialog = await openData(other);
    await dialog.getByRole('tab', { name: 'Import' }).click();
    for (const [file, text] of [
      [missing, 'is missing from this backup'],
      [damaged, 'is damaged in this backup'],
    ] as const) {
      await chooseFile(other, dialog.getByRole('button', { name: 'Choose a file…' }), 'cadence-backup-2026-11-24.zip', file);
      const report = dialog.getByText(text);
      await expect(report).toBeVisible();
      await expect(report).toContainText('Croissant carousel');
      await expect(report).toContainText(/croissant-(golden|cut)\.png/);
      await expect(dialog.getByRole('table', { name: 'What will change' })).toHaveCount(0);
      expect(await storedMedia(other)).toEqual([]);
      expect(await storedPostTitles(other)).toEqual([]);
      await dialog.getByRole('button', { name: 'Close' }).first().click();
      await expect(dialog).toBeHidden();
      dialog = await openData(other);
      await dialog.getByRole('tab', { name: 'Import' }).click();
    }

    // The zip as saved: restored whole, and the bytes read back from IndexedDB are the same.
    const restoreStarted = Date.now();
    await chooseFile(other, dialog.getByRole('button', { name: 'Choose a file…' }), 'cadence-backup-2026-11-24.zip', Buffer.from(zip));
    await expect(dialog.getByRole('table', { name: 'What will change' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await expect(dialog).toBeHidden();
    await expect(other.getByRole('status').filter({ hasText: 'Backup restored: 1 client, 2 posts, 0 logged results.' })).toBeVisible();
    const restoreMeasure = `backup zip with 2 PNGs opened, checked and restored in ${Date.now() - restoreStarted} ms`;
    info.annotations.push({ type: 'measure', description: restoreMeasure });
    console.log(restoreMeasure);
    const after = await storedMedia(other);
    expect(after).toEqual(before);
    expect(after.map((row) => row.sha256)).toEqual(before.map((row) => row.sha256));

    // And the user sees them: the thumbnail on the card, the post's pictures in the editor, alt text included.
    await expect(card(other, '2026-11-26', 'Croissant carousel').locator('img.marks-thumb')).toBeVisible();
    await card(other, '2026-11-26', 'Croissant carousel').click();
    const restored = other.getByRole('complementary', { name: 'Edit post' }).getByRole('region', { name: 'Media' });
    await expect(restored.locator('.media-thumb img')).toHaveCount(2);
    await expect(restored.getByLabel('Alt text “croissant-golden.png”')).toHaveValue('A golden croissant on a white plate');
  } finally {
    await fresh.close();
  }
});
