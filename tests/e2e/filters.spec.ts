import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addPost, card, createClient, openApp } from './helpers';

// The participation filter (the product's core question), the channel filter scoped to the client's
// channels, and the searchable time-zone picker; with screens of both, EN/FR, light/dark, at 1280x720.

const filtersButton = (page: Page) => page.locator('.filter-menu > button');
const panel = (page: Page) => page.locator('.filter-panel');
const banner = (page: Page) => page.locator('.filter-banner');

const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
};

/** Three posts: an invitation detected in the caption, one ticked by hand, one with none. */
const seed = async (page: Page) => {
  await createClient(page, 'Bloom Bakery', { channels: ['TikTok'] });
  await addPost(page, '2026-11-10', { title: 'Which pastry next?', caption: 'Which pastry should we bake next week? Tell us in the comments!' });
  await addPost(page, '2026-11-12', { title: 'Opening hours', caption: 'We open at 8 on Sunday.', channel: 'TikTok' });
  await page.locator('[data-day="2026-11-17"] .day-add').focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'New post' });
  await editor.getByLabel('Title').fill('Staff pick');
  await editor.getByLabel('Caption').fill('Our croissant of the month.');
  await editor.getByRole('checkbox', { name: /Invites the audience/ }).check();
  await editor.getByLabel('Title').press('Enter');
  await expect(editor).toBeHidden();
};

const visible = async (page: Page) => {
  const shown: string[] = [];
  for (const [day, title] of [['2026-11-10', 'Which pastry next?'], ['2026-11-12', 'Opening hours'], ['2026-11-17', 'Staff pick']] as const) {
    if (await card(page, day, title).isVisible()) shown.push(title);
  }
  return shown;
};

test('participation filter: yes / no, detected / set by hand, combined with channels, named in the banner', async ({ page }) => {
  await openApp(page);
  await seed(page);
  await expect.poll(() => visible(page)).toEqual(['Which pastry next?', 'Opening hours', 'Staff pick']);

  await filtersButton(page).click();
  const group = (name: string) => panel(page).getByRole('group', { name });
  await group('Invites participation').getByRole('checkbox', { name: 'Yes' }).check();
  await expect.poll(() => visible(page)).toEqual(['Which pastry next?', 'Staff pick']);
  await expect(banner(page)).toContainText('Invites participation: Yes');

  await group('Participation decided').getByRole('checkbox', { name: 'Detected' }).check();
  await expect.poll(() => visible(page)).toEqual(['Which pastry next?']);
  await group('Participation decided').getByRole('checkbox', { name: 'Detected' }).uncheck();
  await group('Participation decided').getByRole('checkbox', { name: 'Set by hand' }).check();
  await expect.poll(() => visible(page)).toEqual(['Staff pick']);
  await expect(banner(page)).toContainText('Invites participation: Yes · Participation decided: Set by hand');
  await expect(filtersButton(page)).toHaveText('Filters (2)');

  // No invitation, on TikTok: the other groups combine with it.
  await group('Participation decided').getByRole('checkbox', { name: 'Set by hand' }).uncheck();
  await group('Invites participation').getByRole('checkbox', { name: 'Yes' }).uncheck();
  await group('Invites participation').getByRole('checkbox', { name: 'No' }).check();
  await group('Channel').getByRole('checkbox', { name: 'TikTok' }).check();
  await expect.poll(() => visible(page)).toEqual(['Opening hours']);
  await group('Channel').getByRole('checkbox', { name: 'TikTok' }).uncheck();
  await group('Channel').getByRole('checkbox', { name: 'Instagram' }).check();
  await expect.poll(() => visible(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await banner(page).getByRole('button', { name: 'Show all posts' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => visible(page)).toEqual(['Which pastry next?', 'Opening hours', 'Staff pick']);
});

test('channel filter: the client’s channels only, their union in All clients; a channel the client lacks is dropped', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Bloom Bakery', { channels: ['TikTok', 'LinkedIn'] });
  await createClient(page, 'Acme Outdoors', { channels: ['YouTube'] });
  const channelNames = async () => {
    if ((await filtersButton(page).getAttribute('aria-expanded')) !== 'true') await filtersButton(page).click();
    return panel(page).getByRole('group', { name: 'Channel' }).locator('label').allTextContents();
  };
  expect(await channelNames()).toEqual(['Instagram', 'YouTube']);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Bloom Bakery', exact: true }).click();
  expect(await channelNames()).toEqual(['Instagram', 'LinkedIn', 'TikTok']);
  await panel(page).getByRole('checkbox', { name: 'TikTok' }).check();
  await panel(page).getByRole('checkbox', { name: 'Instagram' }).check();
  await expect(filtersButton(page)).toHaveText('Filters (2)');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'All clients' }).click();
  expect(await channelNames()).toEqual(['Instagram', 'LinkedIn', 'TikTok', 'YouTube']);
  await page.keyboard.press('Escape');

  // Acme has no TikTok: the choice goes (the button and the banner say Instagram only).
  await page.getByRole('button', { name: 'Acme Outdoors', exact: true }).click();
  await expect(filtersButton(page)).toHaveText('Filters (1)');
  await expect(banner(page)).toContainText('Channel: Instagram');
  await expect(banner(page)).not.toContainText('TikTok');
  // And it stays gone when coming back to a client that has it.
  await page.getByRole('button', { name: 'Bloom Bakery', exact: true }).click();
  expect(await channelNames()).toEqual(['Instagram', 'LinkedIn', 'TikTok']);
  await expect(panel(page).getByRole('checkbox', { name: 'TikTok' })).not.toBeChecked();
  await expect(panel(page).getByRole('checkbox', { name: 'Instagram' })).toBeChecked();
});

test('time-zone picker: type a city or an offset, choose from the keyboard, saved under its current name', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Chai House');
  await page.locator('.client-active .client-edit').click();
  const dialog = page.getByRole('dialog', { name: 'Edit client' });
  const zone = dialog.getByRole('combobox', { name: 'Time zone' });
  // The browser's zone (Europe/Paris in these specs), with its offset on 24 November.
  await expect(zone).toHaveValue('Europe/Paris (UTC+01:00)');

  await zone.click();
  await zone.fill('+01');
  const options = page.getByRole('listbox', { name: 'Time zone' }).getByRole('option');
  expect(await options.count()).toBeGreaterThan(10);
  for (const label of await options.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))) expect(label).toMatch(/UTC\+01:00/);

  await zone.fill('calcutta');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveAttribute('aria-label', 'Kolkata, Asia, UTC+05:30');
  // The runtime's list holds no old names: kyiv, never kiev.
  await zone.fill('ki');
  const labels = await options.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  expect(labels.some((l) => l.startsWith('Kyiv,'))).toBe(true);
  expect(labels.filter((l) => /^(Kiev|Calcutta|Saigon|Katmandu),/.test(l))).toEqual([]);

  // Escape with the list open closes the list, not the dialog.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(zone).toHaveValue('Europe/Paris (UTC+01:00)');

  await zone.fill('kolkata');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(zone).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(zone).toHaveValue('Asia/Kolkata (UTC+05:30)');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  await page.locator('.client-active .client-edit').click();
  await expect(page.getByRole('dialog', { name: 'Edit client' }).getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Kolkata (UTC+05:30)');
});

test('screens: the filter menu and the time-zone picker, EN/FR, light/dark, 1280x720', async ({ page }, info) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await seed(page);
  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      const shot = (name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `${name}-${language}-${theme}.png`) });
      await filtersButton(page).click();
      const boxes = panel(page).locator('.filter-group-participation input, .filter-group-participationSources input');
      await boxes.nth(0).check();
      await boxes.nth(2).check();
      await expect(banner(page)).toBeVisible();
      await page.mouse.move(0, 0);
      await shot('filter-menu');
      await page.keyboard.press('Escape');
      await expect(panel(page)).toHaveCount(0);
      await shot('filter-banner');
      await banner(page).locator('button').click();
      await expect(banner(page)).toHaveCount(0);

      await page.locator('.client-active .client-edit').click();
      const zone = page.locator('dialog[open] [role="combobox"]');
      await expect(zone).toHaveValue('Europe/Paris (UTC+01:00)');
      await shot('client-dialog');
      await zone.click();
      await zone.fill(language === 'fr' ? 'amérique' : 'europe');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await shot('zone-picker');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
    }
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in the open filter menu, its banner and the open time-zone list (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await seed(page);
    await filtersButton(page).click();
    await panel(page).getByRole('group', { name: 'Invites participation' }).getByRole('checkbox', { name: 'Yes' }).check();
    await panel(page).getByRole('group', { name: 'Participation decided' }).getByRole('checkbox', { name: 'Detected' }).check();
    await expect(banner(page)).toBeVisible();
    expect(await seriousViolations(page), 'filter menu and banner').toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('.client-active .client-edit').click();
    const zone = page.getByRole('dialog', { name: 'Edit client' }).getByRole('combobox', { name: 'Time zone' });
    await zone.fill('europe');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('listbox', { name: 'Time zone' })).toBeVisible();
    expect(await seriousViolations(page), 'time-zone list').toEqual([]);
  });
}
