import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, createClient, openApp } from './helpers';

// Content pillars as a user sets them up: pillars and a posting rhythm in the client dialog (with the
// mistakes refused at their field), posts tagged in the editor, the guard's pillar drift warning and
// the month's pillar shares, the pillar filter and search, and cards that keep their title's room.
// Screenshots of the dialog, the editor, the mix and the pillar rule go to test-results/screens/pillars-*.

const POSTS: Array<[string, string, string]> = [
  ['2026-11-02', 'Five proofing mistakes to avoid at home', 'Tips'],
  ['2026-11-04', 'How to keep a sourdough starter alive', 'Tips'],
  ['2026-11-09', 'Which flour for which bread, explained', 'Tips'],
  ['2026-11-11', 'Scoring patterns for beautiful loaves', 'Tips'],
  ['2026-11-16', 'Meet Martine, our baker since 1998', 'Community'],
];

const addTaggedPost = async (page: Page, day: string, title: string, pillar: string) => {
  await page.locator(`[data-day="${day}"] .day-add`).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'New post' });
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Pillar').selectOption({ label: pillar });
  await editor.getByLabel('Title').press('Enter');
  await expect(editor).toBeHidden();
};

const setTarget = async (dialog: Locator, name: string, value: string) => {
  const box = dialog.getByRole('textbox', { name: `Target share of ${name}, in percent` });
  await box.fill(value);
};

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

/** How many characters of each card title are drawn inside its card. */
const shownCharacters = (page: Page) =>
  page.locator('.month .post-card-pillar .post-title').evaluateAll((titles) =>
    titles.map((title) => {
      const box = title.closest('.post-card')!.getBoundingClientRect();
      const text = title.firstChild!;
      const range = document.createRange();
      let shown = 0;
      for (let i = 0; i < (text.textContent ?? '').length; i += 1) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width > 0 && r.right <= box.right + 0.5 && r.bottom <= box.bottom + 0.5 && r.left >= box.left - 0.5) shown += 1;
      }
      return shown;
    }),
  );

test('pillars and a rhythm set in the client dialog: tagged posts, drift warning, month mix, filter and search', async ({ page }, info) => {
  test.setTimeout(300_000);
  const shot = (name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `pillars-${name}.png`) });
  await openApp(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await createClient(page, 'Bloom Bakery', { channels: ['LinkedIn'] });

  // Pillars: targets over 100% are refused at the total, then fixed.
  await page.getByRole('button', { name: 'Options for Bloom Bakery' }).click();
  let dialog = page.getByRole('dialog', { name: 'Edit client' });
  await dialog.locator('summary', { hasText: 'Content pillars' }).click();
  await dialog.getByRole('button', { name: 'Add a pillar' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Name of pillar 1' })).toBeFocused();
  await page.keyboard.type('Tips');
  await setTarget(dialog, 'Tips', '70');
  await dialog.getByRole('button', { name: 'Add a pillar' }).click();
  // Typed once the new row's field has the focus (typing earlier can lose a first letter).
  await expect(dialog.getByRole('textbox', { name: 'Name of pillar 2' })).toBeFocused();
  await page.keyboard.type('Community');
  await setTarget(dialog, 'Community', '50');
  await expect(dialog.getByText('Total 120%', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('The targets add up to 120%: at most 100%.')).toBeVisible();
  await shot('errors-pillars-en-light-1280');
  await setTarget(dialog, 'Tips', '60');
  await setTarget(dialog, 'Community', '40');
  await expect(dialog.getByText('Total 100%', { exact: true })).toBeVisible();

  // Rhythm: a time like 25:00 is refused at its input; Instagram Mon/Wed/Fri 12:30, LinkedIn Tue/Thu 08:30.
  await dialog.locator('summary', { hasText: 'Posting rhythm' }).click();
  await dialog.getByRole('spinbutton', { name: 'Posts a week on Instagram' }).fill('3');
  const igDays = dialog.getByRole('group', { name: 'Days on Instagram' });
  for (const day of ['Monday', 'Wednesday', 'Friday']) await igDays.getByRole('button', { name: day }).click();
  await expect(igDays.getByRole('button', { name: 'Monday' })).toHaveAttribute('aria-pressed', 'true');
  await dialog.getByRole('textbox', { name: 'Time 1 on Instagram' }).fill('25:00');
  await dialog.getByRole('spinbutton', { name: 'Posts a week on LinkedIn' }).fill('2');
  const liDays = dialog.getByRole('group', { name: 'Days on LinkedIn' });
  // Keyboard: Tab onto the toggles, Space presses one.
  await liDays.getByRole('button', { name: 'Tuesday' }).focus();
  await page.keyboard.press('Space');
  await liDays.getByRole('button', { name: 'Thursday' }).click();
  await dialog.getByRole('textbox', { name: 'Time 1 on LinkedIn' }).fill('08:30');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const badTime = dialog.getByRole('textbox', { name: 'Time 1 on Instagram' });
  await expect(badTime).toHaveAttribute('aria-invalid', 'true');
  await expect(badTime).toBeFocused();
  await expect(dialog.getByText('Enter a time between 00:00 and 23:59, like 09:30.')).toBeVisible();
  await shot('errors-rhythm-en-light-1280');
  await badTime.fill('12:30');
  await dialog.locator('summary', { hasText: 'Holidays' }).click();
  await dialog.getByLabel('Country for holidays').selectOption('FR');
  await expect(dialog.getByText('Instagram 3/week, LinkedIn 2/week')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // Saved: the dialog shows them again, sections open.
  await page.getByRole('button', { name: 'Options for Bloom Bakery' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit client' });
  await expect(dialog.getByRole('textbox', { name: 'Name of pillar 2' })).toHaveValue('Community');
  await expect(dialog.getByRole('textbox', { name: 'Time 1 on LinkedIn' })).toHaveValue('08:30');
  await expect(dialog.getByLabel('Country for holidays')).toHaveValue('FR');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Tagged posts: four Tips and one Community in November = Tips 80% against 60% ± 10.
  for (const [day, title, pillar] of POSTS) await addTaggedPost(page, day, title, pillar);
  await expect(card(page, '2026-11-16', 'Meet Martine')).toHaveAttribute('aria-label', /pillar: Community/);

  const guardButton = page.getByRole('button', { name: /^Guard \(/ });
  if ((await guardButton.getAttribute('aria-pressed')) !== 'true') await guardButton.click();
  const guard = page.getByRole('complementary', { name: 'Guard' });
  await expect(guard.locator('[data-rule="pillar-drift"]', { hasText: '“Tips” takes 80% of the posts with a pillar (4 of 5), above its target' })).toBeVisible();
  await expect(guard.locator('[data-rule="pillar-drift"]')).toHaveCount(2);
  const mix = guard.getByRole('region', { name: 'Pillars in November 2026' });
  await expect(mix.getByRole('listitem').first()).toHaveAttribute('aria-label', 'Tips: 80% of the posts with a pillar (4 of 5), target 60%, tolerance ±10, outside its target');
  await expect(mix.getByRole('listitem').nth(1)).toHaveAttribute('aria-label', /^Community: 20% .*target 40%, tolerance ±10, outside its target$/);

  // Cards with a pillar keep at least 20 characters of title at 1280×720 with the panel open.
  const shown = await shownCharacters(page);
  expect(shown.length).toBe(5);
  expect(Math.min(...shown)).toBeGreaterThanOrEqual(20);

  // Filter by pillar, then search by a pillar's name.
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('group', { name: 'Pillar' }).getByRole('checkbox', { name: 'Community' }).check();
  // With the pillar group, the panel still shows every group and its clear button at 1280×720.
  const filterPanel = page.locator('.filter-panel');
  expect(await filterPanel.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  const clear = await page.getByRole('button', { name: 'Clear filters' }).boundingBox();
  expect(clear!.y + clear!.height).toBeLessThanOrEqual(720);
  await shot('filters-en-light-1280');
  await page.keyboard.press('Escape');
  await expect(page.locator('.month .post-card')).toHaveCount(1);
  await expect(page.getByText('Pillar: Community')).toBeVisible();
  await page.getByRole('button', { name: 'Show all posts' }).click();
  await expect(page.locator('.month .post-card')).toHaveCount(5);
  await page.getByRole('combobox', { name: 'Search posts' }).fill('community');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('button')).toHaveText([/Meet Martine/]);
  await page.getByRole('combobox', { name: 'Search posts' }).press('Escape');

  // Screens: the dialog with pillars and rhythm, the editor with a pillar, the guard's mix.
  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, height] of [[1280, 720], [1024, 700]] as const) {
        await page.setViewportSize({ width, height });
        const at = `${language}-${theme}-${width}`;
        await page.getByRole('button', { name: language === 'en' ? 'Options for Bloom Bakery' : 'Options de Bloom Bakery' }).click();
        const open = page.locator('dialog.client-dialog');
        await expect(open).toBeVisible();
        // The Save button stays on screen while the body scrolls.
        const save = open.getByRole('button', { name: language === 'en' ? 'Save' : 'Enregistrer' });
        const box = await save.boundingBox();
        expect(box!.y + box!.height, at).toBeLessThanOrEqual(height);
        await open.locator('.client-section').nth(0).scrollIntoViewIfNeeded();
        await shot(`dialog-${at}`);
        await open.locator('.client-section').nth(1).evaluate((el) => el.scrollIntoView({ block: 'end' }));
        await shot(`rhythm-${at}`);
        if (width === 1280) expect(await seriousViolations(page), `client dialog ${at}`).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(open).toBeHidden();
        await card(page, '2026-11-02', 'Five proofing mistakes to avoid at home').click({ timeout: 10_000 });
        await expect(page.locator('.editor')).toBeVisible();
        await page.locator('.editor .pillar-field').scrollIntoViewIfNeeded();
        await shot(`editor-${at}`);
        if (width === 1280) expect(await seriousViolations(page), `editor ${at}`).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(page.locator('.editor')).toBeHidden();
        await page.mouse.move(0, 0);
        await shot(`mix-${at}`);
        if (width === 1280) expect(await seriousViolations(page), `guard mix ${at}`).toEqual([]);
        if (width === 1280) {
          await page.getByRole('button', { name: language === 'en' ? 'Guard rules for this client' : 'Règles du garde-fou pour ce client' }).click();
          const rules = page.locator('dialog.rules-dialog');
          await rules.locator('fieldset.rule').last().scrollIntoViewIfNeeded();
          await shot(`rules-${at}`);
          await page.keyboard.press('Escape');
          await expect(rules).toBeHidden();
        }
      }
    }
  }
});
