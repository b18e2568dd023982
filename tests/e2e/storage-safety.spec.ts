import { expect, test, type Page } from '@playwright/test';
import { addPost, createClient, openApp } from './helpers';

// Raw IndexedDB access from a page of the same origin that does not run the app (a 404 page), so the
// app holds no connection while the test plays "a newer Cadence" or "a damaged row".
const outsideApp = (page: Page) => page.goto('/__no_app__');

const readRaw = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ version: number; clients: number; posts: number; dataVersion: unknown }>((resolve, reject) => {
        const request = indexedDB.open('cadence');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['clients', 'posts', 'meta'], 'readonly');
          const out = { version: db.version, clients: 0, posts: 0, dataVersion: undefined as unknown };
          tx.objectStore('clients').count().onsuccess = (e) => (out.clients = (e.target as IDBRequest<number>).result);
          tx.objectStore('posts').count().onsuccess = (e) => (out.posts = (e.target as IDBRequest<number>).result);
          tx.objectStore('meta').get('dataVersion').onsuccess = (e) =>
            (out.dataVersion = (e.target as IDBRequest<{ value: unknown } | undefined>).result?.value);
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );

test('a database written by a newer Cadence is refused, explained, and left untouched', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Future Proof');
  await addPost(page, '2026-11-18', { title: 'Kept safe' });

  await outsideApp(page);
  const before = await readRaw(page);
  expect(before).toMatchObject({ clients: 1, posts: 1 });
  // A newer Cadence: a higher schema version with a table this one does not know, and a higher data version.
  await page.evaluate(
    (version) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cadence', version);
        request.onupgradeneeded = () => request.result.createObjectStore('futureTable');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'dataVersion', value: 99 });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
    before.version + 10,
  );

  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Cadence could not open your data' })).toBeVisible();
  await expect(page.getByText('saved by a newer version of Cadence')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create a client' })).toHaveCount(0);

  await outsideApp(page);
  expect(await readRaw(page)).toEqual({ ...before, version: before.version + 10, dataVersion: 99 });
});

test('a damaged post is hidden with a warning, and kept as it is', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Damage Control');
  await addPost(page, '2026-11-18', { title: 'Healthy post' });
  await outsideApp(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cadence');
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['clients', 'posts'], 'readwrite');
          tx.objectStore('clients').getAll().onsuccess = (e) => {
            const [client] = (e.target as IDBRequest<Array<{ id: string }>>).result;
            // No title, an impossible status: what a bug or a hand-edited backup could leave behind.
            tx.objectStore('posts').put({ id: 'damaged-1', clientId: client!.id, date: '2026-11-19', status: 'lost' });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await openApp(page);
  await expect(page.getByText('1 post could not be read and is hidden. It is still stored, unchanged.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Healthy post,/ })).toBeVisible();
  await outsideApp(page);
  expect((await readRaw(page)).posts).toBe(2);
});
