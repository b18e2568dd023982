import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { NOW, addPost, createClient } from './helpers';

// Issue 16, as a user acts: a post due in 10 minutes, reminders turned on (the permission asked then),
// Playwright's clock moved on, the reminder shown (a Notification stub records it), clicked → the post
// opens; its caption copied (read back from the clipboard), marked published, no longer overdue.
// Screens of Up next go to test-results/screens/publish-*.png (EN/FR, light/dark, 1280x720, 1024x700).

type Stubbed = { __notes: { title: string; body: string; onclick: (() => void) | null }[]; __asked: number };

const stubNotifications = () => {
  const w = window as unknown as Stubbed & { Notification: unknown };
  w.__notes = [];
  w.__asked = 0;
  class FakeNotification {
    static permission: NotificationPermission = 'default';
    static async requestPermission(): Promise<NotificationPermission> {
      w.__asked += 1;
      FakeNotification.permission = 'granted';
      return 'granted';
    }
    title: string;
    body: string;
    onclick: (() => void) | null = null;
    onclose: (() => void) | null = null;
    constructor(title: string, options?: { body?: string }) {
      this.title = title;
      this.body = options?.body ?? '';
      w.__notes.push(this);
    }
    close() {}
  }
  w.Notification = FakeNotification;
};

const notes = (page: Page) => page.evaluate(() => (window as unknown as Stubbed).__notes.map((n) => ({ title: n.title, body: n.body })));

test('a reminder for a post due in 10 minutes opens it; copy its caption, mark it published, no longer overdue', async ({ page, context }, info) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(stubNotifications);
  // A running fake clock (not a fixed time): the reminder timer needs its timers to fire.
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await createClient(page, 'Bloom Bakery', { channels: ['Instagram'] });

  // NOW is 10:00 in Paris: the post is due at 10:10.
  await addPost(page, '2026-11-24', { title: 'Croissant launch', time: '10:10', channel: 'Instagram', caption: 'Warm croissants at 10! #bakery #paris' });
  await addPost(page, '2026-11-24', { title: 'Afternoon tart', time: '16:00', channel: 'Instagram', caption: 'Tarte Tatin.' });
  await addPost(page, '2026-11-26', { title: 'Thursday baguette', channel: 'Instagram', caption: 'Baguette day.' });
  // Due at 09:30, before NOW: overdue from the start.
  await addPost(page, '2026-11-24', { title: 'Morning coffee', time: '09:30', channel: 'Instagram', caption: 'Coffee and a croissant?' });

  const button = page.getByRole('button', { name: /^Up next/ });
  await expect(button).toContainText('3');
  await button.click();
  const upNext = page.getByRole('dialog', { name: 'Up next' });
  await expect(upNext.locator('.up-next-row')).toHaveCount(4);
  await expect(upNext.locator('.up-next-row .up-next-title')).toHaveText(['Morning coffee', 'Croissant launch', 'Afternoon tart', 'Thursday baguette']);
  await expect(upNext.locator('.up-next-row', { hasText: 'Morning coffee' }).getByText('Overdue')).toBeVisible();
  await expect(upNext.locator('.up-next-row', { hasText: 'Croissant launch' }).getByText('Overdue')).toHaveCount(0);

  // Turning reminders on asks for the permission, once, then; 5 minutes before.
  expect(await page.evaluate(() => (window as unknown as Stubbed).__asked)).toBe(0);
  const remind = upNext.getByRole('checkbox', { name: 'Remind me for Bloom Bakery' });
  await remind.click();
  await expect(remind).toBeChecked();
  await expect.poll(() => page.evaluate(() => (window as unknown as Stubbed).__asked)).toBe(1);
  const minutes = upNext.getByRole('spinbutton', { name: 'Minutes before each post of Bloom Bakery' });
  await minutes.fill('5');
  await minutes.press('Enter');
  await expect(upNext.getByText(/Notifications are blocked/)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(upNext).toBeHidden();

  // 10:05: the reminder.
  expect(await notes(page)).toEqual([]);
  await page.clock.runFor(5 * 60_000 + 2_000);
  await expect.poll(() => notes(page)).toEqual([{ title: 'Time to post: Croissant launch', body: 'Bloom Bakery · Instagram · 10:10' }]);

  // Clicking it opens the post in the editor.
  await page.evaluate(() => (window as unknown as Stubbed).__notes[0]!.onclick?.());
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await expect(editor).toBeVisible();
  await expect(editor.getByLabel('Title')).toHaveValue('Croissant launch');
  await editor.getByRole('button', { name: 'Close' }).click();

  // 10:11: overdue.
  await page.clock.runFor(6 * 60_000);
  await button.click();
  const row = upNext.locator('.up-next-row', { hasText: 'Croissant launch' });
  await expect(row.getByText('Overdue')).toBeVisible();

  // Copy the caption: the clipboard holds it.
  await row.getByRole('button', { name: 'Copy caption' }).click();
  await expect(page.getByText('Caption of “Croissant launch” copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Warm croissants at 10! #bakery #paris');

  // Mark it published, with its live link.
  await row.getByRole('button', { name: 'Mark published…' }).click();
  await expect(row.getByLabel('Published at')).toHaveValue('2026-11-24T10:11');
  await row.getByLabel('Link to the live post (optional)').fill('https://www.instagram.com/p/CROISSANT1/');
  await row.getByRole('button', { name: 'Mark published', exact: true }).click();
  await expect(page.getByText('“Croissant launch” marked published.')).toBeVisible();
  await expect(row.getByText('Overdue')).toHaveCount(0);
  await expect(row).toContainText('Published');
  await expect(button).toContainText('2');

  // Screens of Up next.
  const shot = (name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `publish-${name}.png`) });
  await page.keyboard.press('Escape');
  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, height] of [[1280, 720], [1024, 700]] as const) {
        await page.setViewportSize({ width, height });
        await page.getByRole('button', { name: language === 'en' ? /^Up next/ : /^À publier/ }).click();
        const dialog = page.getByRole('dialog', { name: language === 'en' ? 'Up next' : 'À publier' });
        await expect(dialog.locator('.up-next-row')).toHaveCount(4);
        await shot(`up-next-${language}-${theme}-${width}`);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        // The toolbar with its Up next button and count, nothing pushed off.
        const toolbar = page.locator('.main').getByRole('button', { name: language === 'en' ? /^Up next/ : /^À publier/ });
        const box = await toolbar.boundingBox();
        expect(box!.x + box!.width, `${language} ${width}`).toBeLessThanOrEqual(width);
        await shot(`toolbar-${language}-${theme}-${width}`);
      }
    }
  }
});
