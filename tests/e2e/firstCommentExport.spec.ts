import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { addPost, bytesOf, card, createClient, downloadOf, openApp, openData } from './helpers';

// A first comment and a client review, set in the editor, leave in the CSV and the iCalendar export
// (issues 16 and 17); the export's column list offers the new columns, ticked. Screens of the export tab,
// EN/FR, light/dark, at 1280x720 and 1024x700.

const FIRST = '#levain #faitmaison';

test('a first comment and an approval set in the editor are in the CSV and iCalendar exports; DESCRIPTION is the caption', async ({ page }, info) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createClient(page, 'Bloom Bakery');
  await addPost(page, '2026-11-18', { title: 'Sourdough is back', time: '08:30', caption: 'Our sourdough is back #pain #paris' });
  await card(page, '2026-11-18', 'Sourdough is back').click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Approved' });
  await expect(page.getByText('“Sourdough is back”: Approved.')).toBeVisible();
  await editor.getByLabel('First comment').fill(FIRST);
  await editor.getByLabel('Title').press('Enter');
  await expect(editor).toBeHidden();
  for (const close of await page.locator('.toast .icon-button').all()) await close.click();

  const dialog = await openData(page);
  const columns = dialog.getByRole('group', { name: 'Columns' });
  for (const name of ['first_comment', 'approval', 'changed_after_review']) await expect(columns.getByRole('checkbox', { name, exact: true })).toBeChecked();
  const csv = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export CSV' }).click());
  const [header, row] = Papa.parse<string[]>((await bytesOf(csv)).toString('utf8').slice(1), { skipEmptyLines: true }).data;
  const cells = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
  expect(cells).toMatchObject({ caption: 'Our sourdough is back #pain #paris', first_comment: FIRST, approval: 'approved', changed_after_review: 'false' });

  await dialog.getByRole('radio', { name: 'iCalendar' }).check();
  const ics = (await bytesOf(await downloadOf(page, () => dialog.getByRole('button', { name: 'Export iCalendar' }).click()))).toString('utf8');
  expect(ics).toContain('\r\nDESCRIPTION:Our sourdough is back #pain #paris\r\n');
  expect(ics).toContain(`\r\nX-CADENCE-FIRST-COMMENT:${FIRST}\r\n`);
  expect(ics).toContain('\r\nX-CADENCE-APPROVAL:approved\r\n');

  await dialog.getByRole('radio', { name: 'CSV' }).check();
  // At 1280x720 the last columns scroll under the sticky Export button, and can still be ticked.
  await page.setViewportSize({ width: 1280, height: 720 });
  const last = columns.getByRole('checkbox', { name: 'updated_at', exact: true });
  await last.uncheck();
  await expect(last).not.toBeChecked();
  await last.check();
  await expect(dialog.getByRole('button', { name: 'Export CSV' })).toBeInViewport();
  await dialog.locator('.dialog-body').evaluate((el) => el.scrollTo(0, 0));
  for (const [width, height] of [[1280, 720], [1024, 700]] as const) {
    await page.setViewportSize({ width, height });
    for (const language of ['en', 'fr'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await page.screenshot({ path: join(info.project.outputDir, 'screens', `export-columns-${width}-${language}-${theme}.png`) });
      }
      if (language === 'en') {
        // The language picker is behind the dialog: close it, switch, open it again.
        await page.keyboard.press('Escape');
        await page.locator('.language-picker select').selectOption('fr');
        await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
        await page.getByRole('button', { name: 'Importer, exporter, sauvegardes' }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
      } else {
        await page.keyboard.press('Escape');
        await page.locator('.language-picker select').selectOption('en');
        await openData(page);
      }
    }
  }
});
