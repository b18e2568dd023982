import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { bytesOf, card, chooseFile, createClient, downloadOf, openApp, openData } from './helpers';

// NOW (helpers.ts) is Tuesday 24 November 2026: every post below is already published.

/** Adds a published post from a day's own "Add a post on …" button. */
const addPublished = async (page: Page, day: string, title: string, format: 'Quiz' | 'Article') => {
  await page.locator(`[data-day="${day}"] .day-add`).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'New post' });
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Time').fill('09:00');
  await editor.getByLabel('Format').selectOption({ label: format });
  await editor.getByLabel('Status').selectOption({ label: 'Published' });
  await editor.getByLabel('Title').press('Enter');
  await expect(editor).toBeHidden();
};

/** Opens a post and logs its results in the editor's Results section: Enter saves them. */
const logResults = async (page: Page, day: string, title: string, counts: { reach: string; reactions: string; comments?: string }) => {
  await card(page, day, title).click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  const results = editor.getByTestId('results-section');
  await expect(results).toBeVisible();
  await results.getByLabel('Reach').fill(counts.reach);
  if (counts.comments) await results.getByLabel('Comments').fill(counts.comments);
  await results.getByLabel('Reactions').fill(counts.reactions);
  await results.getByLabel('Reactions').press('Enter');
  // Saved: listed as the latest reading, and the post itself was not saved or closed by that Enter.
  await expect(results.getByRole('list', { name: 'Results logged, newest first' })).toContainText('After 24 hours');
  await expect(editor).toBeVisible();
  await editor.getByRole('button', { name: 'Close editor' }).click();
  await expect(editor).toBeHidden();
};

const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).include('.insights').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
};

test('results logged in the post panel show up as the participation lift on the Insights screen', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createClient(page, 'Lift Co');

  // Quizzes invite participation by nature; articles do not.
  const quizzes = [
    ['2026-11-02', 'Quiz: which croissant?', '6'],
    ['2026-11-04', 'Quiz: guess the flour', '4'],
    ['2026-11-06', 'Quiz: bread or cake?', '5'],
  ] as const;
  const articles = [
    ['2026-11-03', 'Why sourdough rises', '2'],
    ['2026-11-05', 'Our ovens, explained', '3'],
    ['2026-11-09', 'Meet the night shift', '4'],
  ] as const;
  for (const [day, title] of quizzes) await addPublished(page, day, title, 'Quiz');
  for (const [day, title] of articles) await addPublished(page, day, title, 'Article');
  // Reach 100 each: the engagement rates are 6, 4, 5 % (mean 5 %) against 2, 3, 4 % (mean 3 %).
  for (const [day, title, reactions] of [...quizzes, ...articles]) await logResults(page, day, title, { reach: '100', reactions });

  // A refused value stays at its field and nothing is saved.
  await card(page, '2026-11-02', 'Quiz: which croissant?').click();
  const editor = page.getByRole('complementary', { name: 'Edit post' });
  await editor.getByRole('button', { name: 'Add results' }).click();
  await editor.getByLabel('Reach').fill('10');
  await editor.getByLabel('Reactions').fill('40');
  await editor.getByLabel('Reactions').press('Enter');
  await expect(editor.getByLabel('Reach')).toHaveAccessibleDescription(/Reach is lower than reactions \+ comments \+ shares \+ saves/);
  await editor.getByRole('button', { name: 'Close editor' }).click();

  // click, not check: the view switch may give way to the Insights screen, taking the radio with it.
  await page.getByRole('radio', { name: 'Insights' }).click();
  const insights = page.getByRole('region', { name: 'Insights: Lift Co' });
  await expect(insights).toBeVisible();
  await expect(insights.getByTestId('participation-headline')).toHaveText(
    'Posts inviting participation: +67% engagement against the other posts, but too few posts to tell (at least 5 with results on each side are needed; here 3 and 3).',
  );
  const table = insights.getByTestId('participation-table');
  await expect(table.getByRole('row', { name: /^Inviting participation/ })).toHaveText(/Inviting participation\s*3\s*3\s*0\s*0\s*5\.0%/);
  await expect(table.getByRole('row', { name: /^Other posts/ })).toHaveText(/Other posts\s*3\s*3\s*0\s*0\s*3\.0%/);
  const formats = insights.getByRole('table', { name: /^By format/ });
  await expect(formats.getByRole('row', { name: /^Quiz/ })).toContainText('+67%');
  // The charts are drawn (recharts SVG) beside their tables.
  await expect(insights.locator('[data-chart] svg.recharts-surface').first()).toBeVisible();

  // The charts as one PNG image.
  const [download] = await Promise.all([page.waitForEvent('download'), insights.getByRole('button', { name: 'Image' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cadence-insights-lift-co-2026-11-01-to-2026-11-24\.png$/);
  const png = await readFile((await download.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(5_000);

  // Readable in light and dark: no serious accessibility problem on the screen.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page), colorScheme).toEqual([]);
  }

  // Back to the calendar.
  await insights.getByRole('button', { name: 'Back to the calendar' }).click();
  await expect(insights).toBeHidden();
});

test('the results CSV mapping is remembered per channel across a reload', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Mapping Co');
  await page.getByRole('radio', { name: 'Insights' }).check();
  // Headers no platform uses, so nothing can be guessed: the user maps them by hand.
  const csv = 'Posted on,Eyeballs,Hearts,Remarks\n2026-11-10,100,5,1\n';
  const openImport = async () => {
    await page.getByRole('button', { name: 'Import results…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import results for Mapping Co' });
    await dialog.getByLabel('Channel of the file').selectOption('instagram');
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a CSV file…' }).click();
    await (await chooser).setFiles({ name: 'stats.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    return dialog;
  };

  let dialog = await openImport();
  await dialog.getByLabel('Column for Publishing date').selectOption('Posted on');
  await dialog.getByLabel('Column for Reach').selectOption('Eyeballs');
  await dialog.getByLabel('Column for Reactions').selectOption('Hearts');
  await dialog.getByLabel('Column for Comments').selectOption('Remarks');
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  // The mapping is saved when the rows are checked: wait for the review before leaving.
  await expect(dialog.getByRole('button', { name: 'Check the rows' })).toBeHidden();
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Insights' })).toBeChecked();
  dialog = await openImport();
  await expect(dialog.getByLabel('Column for Publishing date')).toHaveValue('Posted on');
  await expect(dialog.getByLabel('Column for Reach')).toHaveValue('Eyeballs');
  await expect(dialog.getByLabel('Column for Reactions')).toHaveValue('Hearts');
  await expect(dialog.getByLabel('Column for Comments')).toHaveValue('Remarks');
});

test('a backup carries logged results: restored in a fresh browser profile, Insights shows the same lift and counts', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createClient(page, 'Lift Co');
  const posts = [
    ['2026-11-02', 'Quiz: which croissant?', 'Quiz', '6'],
    ['2026-11-04', 'Quiz: guess the flour', 'Quiz', '4'],
    ['2026-11-03', 'Why sourdough rises', 'Article', '2'],
    ['2026-11-05', 'Our ovens, explained', 'Article', '3'],
  ] as const;
  for (const [day, title, format] of posts) await addPublished(page, day, title, format);
  for (const [day, title, , reactions] of posts) await logResults(page, day, title, { reach: '100', reactions });

  const readInsights = async (on: Page) => {
    await on.getByRole('radio', { name: 'Insights' }).click();
    const insights = on.getByRole('region', { name: 'Insights: Lift Co' });
    await expect(insights.getByTestId('participation-table')).toBeVisible();
    const figures = {
      headline: await insights.getByTestId('participation-headline').textContent(),
      table: await insights.getByTestId('participation-table').innerText(),
    };
    await insights.getByRole('button', { name: 'Back to the calendar' }).click();
    return figures;
  };
  const before = await readInsights(page);
  expect(before.table).toMatch(/Inviting participation\s*2\s*2\s*0\s*0\s*5\.0%/);

  let dialog = await openData(page);
  await dialog.getByRole('radio', { name: 'JSON backup' }).check();
  const backup = await downloadOf(page, () => dialog.getByRole('button', { name: 'Save a backup' }).click());
  await expect(dialog.getByRole('status')).toContainText('Backup saved (1 client, 4 posts, 4 logged results)');
  const bytes = await bytesOf(backup);

  // Another machine: a new browser profile with nothing in it.
  const fresh = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 800 } });
  const other = await fresh.newPage();
  await openApp(other);
  await expect(other.getByRole('button', { name: 'Create a client' })).toBeVisible();
  dialog = await openData(other);
  await dialog.getByRole('tab', { name: 'Import' }).click();
  await chooseFile(other, dialog.getByRole('button', { name: 'Choose a file…' }), 'backup.json', bytes);
  const changes = dialog.getByRole('table', { name: 'What will change' });
  await expect(changes.getByRole('row', { name: /Logged results/ })).toHaveText(/Logged results\s*4\s*0\s*0/);
  await dialog.getByRole('button', { name: 'Replace everything' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Backup restored: 1 client, 4 posts, 4 logged results.' })).toBeVisible();
  expect(await readInsights(other)).toEqual(before);
  await fresh.close();
});
