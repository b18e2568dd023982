import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { addPost, card, createClient, openApp } from './helpers';

// Two windows on the same data (issue 13): two pages of one browser context share the origin, so
// they open the same IndexedDB, as two tabs of the web build (or two windows of the app) do. Every
// case here lost data silently before: now the user is told and chooses.

const DAY = '2026-11-18';

/** Window A creates the client and a post; window B opens on the same calendar. */
const twoWindows = async (context: BrowserContext, page: Page) => {
  await openApp(page);
  await createClient(page, 'Bloom');
  await addPost(page, DAY, { title: 'Launch day', caption: 'First caption' });
  const other = await context.newPage();
  await openApp(other);
  await expect(card(other, DAY, 'Launch day')).toBeVisible();
  return other;
};

const openEditor = async (page: Page, title: string) => {
  await card(page, DAY, title).click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await expect(editor).toBeVisible();
  return editor;
};

test("B's caption edit does not silently drop A's new title: B is told at once and chooses", async ({ context, page }, info) => {
  const b = await twoWindows(context, page);
  const editorA = await openEditor(page, 'Launch day');
  const editorB = await openEditor(b, 'Launch day');

  await editorA.getByLabel('Title').fill('Launch week');
  await editorA.getByLabel('Title').press('Enter');
  await expect(editorA).toBeHidden();

  // B says so at once, with what changed.
  const notice = editorB.getByRole('alert');
  await expect(notice).toContainText('This post was changed elsewhere since you opened it.');
  await expect(notice).toContainText('Title: “Launch week”');
  for (const colorScheme of ['light', 'dark'] as const) {
    await b.emulateMedia({ colorScheme });
    await b.screenshot({ path: join(info.project.outputDir, 'screens', `two-windows-notice-en-${colorScheme}.png`) });
  }
  await editorB.getByLabel('Caption').fill('Second caption');
  // Saving now writes nothing: the notice asks for a choice first.
  await editorB.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editorB).toBeVisible();
  await expect(card(page, DAY, 'Launch week')).toBeVisible();

  await editorB.getByRole('button', { name: 'Load their version' }).click();
  await expect(editorB.getByLabel('Title')).toHaveValue('Launch week');
  await editorB.getByLabel('Caption').fill('Second caption');
  await editorB.getByLabel('Title').press('Enter');
  await expect(editorB).toBeHidden();

  // Both changes are kept, and A sees B's caption.
  const again = await openEditor(page, 'Launch week');
  await expect(again.getByLabel('Caption')).toHaveValue('Second caption');
});

test("deleting a post in A keeps what B was typing and offers to save it as a new post", async ({ context, page }) => {
  const b = await twoWindows(context, page);
  const editorB = await openEditor(b, 'Launch day');
  await editorB.getByLabel('Caption').fill('Half-written by B');

  const editorA = await openEditor(page, 'Launch day');
  await editorA.getByRole('button', { name: 'Delete' }).click();
  await expect(card(page, DAY, 'Launch day')).toHaveCount(0);

  await expect(editorB.getByRole('alert')).toContainText('This post was deleted elsewhere. What you typed is still here.');
  await expect(editorB.getByLabel('Caption')).toHaveValue('Half-written by B');
  await editorB.getByRole('button', { name: 'Save mine as a new post' }).click();
  await expect(editorB).toBeHidden();
  await expect(b.getByText('Saved as a new post')).toBeVisible();

  // The new post shows in both windows, with B's text.
  const reopened = await openEditor(page, 'Launch day');
  await expect(reopened.getByLabel('Caption')).toHaveValue('Half-written by B');
});

test("Ctrl+Z in A after B edited the same post stops with a message instead of putting A's old version back", async ({ context, page }) => {
  const b = await twoWindows(context, page);
  const editorA = await openEditor(page, 'Launch day');
  await editorA.getByLabel('Title').fill('A title');
  await editorA.getByLabel('Title').press('Enter');
  await expect(editorA).toBeHidden();

  const editorB = await openEditor(b, 'A title');
  await editorB.getByLabel('Caption').fill('B caption');
  await editorB.getByLabel('Title').press('Enter');
  await expect(editorB).toBeHidden();

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Can’t undo (edit “A title”): another window changed the post since.', { exact: false })).toBeVisible();

  // Neither A's title nor B's caption was undone.
  await expect(card(page, DAY, 'A title')).toBeVisible();
  const check = await openEditor(page, 'A title');
  await expect(check.getByLabel('Caption')).toHaveValue('B caption');
});

test('a newer Cadence upgrading the database in another window stops this one, which says so and keeps the text', async ({ context, page }, info) => {
  await openApp(page);
  await createClient(page, 'Bloom');
  await addPost(page, DAY, { title: 'Launch day' });
  const editor = await openEditor(page, 'Launch day');
  await editor.getByLabel('Caption').fill('Typed before the upgrade');

  // Another window opens the database one version up, as a newer Cadence would.
  const newer = await context.newPage();
  await newer.goto('/__no_app__');
  const version = await newer.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('cadence');
        probe.onsuccess = () => {
          const next = probe.result.version + 10;
          probe.result.close();
          const request = indexedDB.open('cadence', next);
          request.onupgradeneeded = () => request.result.createObjectStore('futureTable');
          request.onblocked = () => reject(new Error('the open window did not let go of the database'));
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            request.result.close();
            resolve(next);
          };
        };
        probe.onerror = () => reject(probe.error);
      }),
  );
  expect(version).toBeGreaterThan(30);

  await expect(page.getByRole('alert').filter({ hasText: 'Cadence was updated in another window — reload.' })).toBeVisible();
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Cadence was updated in another window — reload. This change was not saved.')).toBeVisible();
  // The banner covers nothing: the editor's title and close button are still there to be seen and used.
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 720 });
    const close = editor.getByRole('button', { name: 'Close editor' });
    const box = (await close.boundingBox())!;
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.getAttribute('aria-label'), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(onTop, `${width} px`).toBe('Close editor');
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: join(info.project.outputDir, 'screens', `two-windows-upgrade-en-${colorScheme}.png`) });
  }
  await expect(editor.getByLabel('Caption')).toHaveValue('Typed before the upgrade');
  await expect(page.getByText('Post saved')).toHaveCount(0);
});
