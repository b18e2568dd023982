import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Fixed "now" for every spec: Tuesday 24 November 2026, 10:00 in Paris (the context's zone). */
export const NOW = new Date('2026-11-24T10:00:00+01:00');

export const openApp = async (page: Page, path = '/') => {
  await page.clock.setFixedTime(NOW);
  await page.goto(path);
};

/** AUTO_BACKUP_START_DELAY_MS (renderer/features/data/useAutoBackup.ts: not imported, it brings React). */
const START_BACKUP_CHECK_MS = 5_000;

/**
 * The app on an empty calendar, its automatic start check already done, for specs that count or
 * restore backups. Otherwise the check (5 s after start, real time under Playwright's clock) races
 * them: run while a post is half made, or finishing after the spec moves the clock, it writes a copy
 * of its own that becomes the newest. Here its timer is fired at once, on the empty calendar (nothing
 * to back up, nothing written), and the spec waits for its background worker to finish. The next
 * check is an hour of page time away.
 */
export const openAppPastStartBackup = async (page: Page) => {
  let workersDone = 0;
  page.on('worker', (worker) => worker.on('close', () => (workersDone += 1)));
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Create a client' })).toBeVisible();
  await page.clock.runFor(START_BACKUP_CHECK_MS);
  await expect.poll(() => workersDone).toBeGreaterThan(0);
};

/**
 * Compact month cards (one line each): for specs about moving and copying posts that put several on
 * one day and look for each card, where comfortable cards would leave some behind "+N more".
 */
export const useCompactCards = async (page: Page) => {
  const toggle = page.getByRole('button', { name: /^Compact cards/ });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
};

export const createClient = async (
  page: Page,
  name: string,
  options: { channels?: string[]; weekStart?: 'Monday' | 'Sunday' | 'Saturday' } = {},
) => {
  const empty = page.getByRole('button', { name: 'Create a client' });
  if (await empty.isVisible()) await empty.click();
  else await page.getByRole('button', { name: 'New client' }).click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Name').fill(name);
  for (const channel of options.channels ?? []) await dialog.getByRole('checkbox', { name: channel }).check();
  if (options.weekStart) await dialog.getByLabel('Week starts on').selectOption({ label: options.weekStart });
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-current', 'true');
};

export type PostFields = { title: string; time?: string; format?: string; channel?: string; caption?: string };

/** Adds a post from a day's own "Add a post on …" button, by keyboard (a card may cover its centre). */
export const addPost = async (page: Page, day: string, fields: PostFields) => {
  await page.locator(`[data-day="${day}"] .day-add`).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'New post' });
  await expect(editor).toBeVisible();
  await editor.getByLabel('Title').fill(fields.title);
  if (fields.time) await editor.getByLabel('Time').fill(fields.time);
  if (fields.format) await editor.getByLabel('Format').selectOption({ label: fields.format });
  if (fields.channel) await editor.getByLabel('Channel').selectOption({ label: fields.channel });
  if (fields.caption) await editor.getByLabel('Caption').fill(fields.caption);
  await editor.getByLabel('Title').press('Enter');
  await expect(editor).toBeHidden();
};

export const card = (page: Page, day: string, title: string) =>
  page.locator(`[data-day="${day}"]`).getByRole('button', { name: new RegExp(`^${escape(title)},`) });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens the data dialog (import, export and backups). */
export const openData = async (page: Page): Promise<Locator> => {
  await page.getByRole('button', { name: 'Import, export and backups' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import, export and backups' });
  await expect(dialog).toBeVisible();
  return dialog;
};

export const downloadOf = async (page: Page, click: () => Promise<void>): Promise<Download> => {
  const download = page.waitForEvent('download');
  await click();
  return download;
};

export const bytesOf = async (download: Download): Promise<Buffer> => readFile(await download.path());

export const chooseFile = async (page: Page, button: Locator, name: string, content: string | Buffer) => {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
};

/**
 * Drops files made in the page on `selector`, as a file manager's drop would (DataTransfer + drop): PNGs
 * drawn on a canvas (a colour and a white disc), or a file of `text` that only claims to be a PNG.
 */
export const dropPictures = async (page: Page, selector: string, pictures: Array<{ name: string; width: number; height: number; colour: string } | { name: string; text: string }>) => {
  await page.evaluate(
    async ({ selector, pictures }) => {
      const transfer = new DataTransfer();
      for (const picture of pictures) {
        if ('text' in picture) {
          transfer.items.add(new File([picture.text], picture.name, { type: 'image/png' }));
          continue;
        }
        const canvas = document.createElement('canvas');
        canvas.width = picture.width;
        canvas.height = picture.height;
        const context = canvas.getContext('2d')!;
        context.fillStyle = picture.colour;
        context.fillRect(0, 0, picture.width, picture.height);
        context.fillStyle = '#ffffff';
        context.beginPath();
        context.arc(picture.width / 2, picture.height / 2, Math.min(picture.width, picture.height) / 4, 0, Math.PI * 2);
        context.fill();
        const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
        transfer.items.add(new File([blob], picture.name, { type: 'image/png' }));
      }
      const target = document.querySelector(selector)!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { selector, pictures },
  );
};
