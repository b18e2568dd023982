import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createClient, openApp } from './helpers';

// NOW (helpers.ts) is Tuesday 24 November 2026, 10:00 in Paris. Insights covers every published
// post by default, a later-dated one included; a shorter period says what it leaves out and takes it
// in with one click; the period chosen is remembered across a reload. Marking a post published on a
// day still to come asks first. Screens of Insights go to test-results/screens/insights-period-*.

/** Adds a published post from a day's own "Add a post on …" button, its date changed to `date` if given. */
const addPublished = async (page: Page, day: string, title: string, date?: string) => {
  await page.locator(`[data-day="${day}"] .day-add`).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'New post' });
  await editor.getByLabel('Title').fill(title);
  if (date) await editor.getByLabel('Date').fill(date);
  await editor.getByLabel('Time').fill('09:00');
  await editor.getByLabel('Status').selectOption({ label: 'Published' });
  await editor.getByLabel('Title').press('Enter');
  return editor;
};

test('Insights covers every published post by default, includes the ones a period leaves out in one click, and remembers the period', async ({ page }, info) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await createClient(page, 'Period Co');
  for (const [day, title] of [['2026-11-02', 'Quiz: which croissant?'], ['2026-11-10', 'Why sourdough rises']] as const) {
    await expect(await addPublished(page, day, title)).toBeHidden();
  }
  await expect(await addPublished(page, '2026-11-04', 'Spring menu', '2026-05-04')).toBeHidden();

  // 3 December is still to come: the editor asks, and saves only on the yes.
  const editor = await addPublished(page, '2026-12-03', 'Advent calendar reveal');
  const question = editor.getByRole('alertdialog');
  await expect(question).toHaveText(/This post is marked Published, but its date, Thu, Dec 3, 2026 at 09:00, is still to come\. Mark it published anyway\?/);
  await expect(question.getByRole('button', { name: 'Mark published anyway' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();

  await page.getByRole('radio', { name: 'Insights' }).click();
  const insights = page.getByRole('region', { name: 'Insights: Period Co' });
  await expect(insights.getByRole('radio', { name: 'All dates' })).toBeChecked();
  await expect(insights.getByLabel('From', { exact: true })).toHaveValue('2026-05-01');
  await expect(insights.getByLabel('To', { exact: true })).toHaveValue('2026-12-03');
  await expect(insights.getByText(/^4 published posts in this period/)).toBeVisible();
  await expect(insights.getByTestId('insights-outside')).toHaveCount(0);

  await insights.getByRole('radio', { name: 'Last 3 months' }).click();
  const note = insights.getByTestId('insights-outside');
  await expect(note).toHaveText('2 published posts, dated May 4, 2026 to Dec 3, 2026, lie outside this period and are not counted. Include them');
  await expect(insights.getByText(/^2 published posts in this period/)).toBeVisible();

  // Screens with the note, at both sizes, in English and French, light and dark.
  for (const language of ['en', 'fr'] as const) {
    await page.locator('.language-picker select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, height] of [[1440, 900], [1280, 720]] as const) {
        await page.setViewportSize({ width, height });
        await page.mouse.move(0, 0);
        await page.screenshot({ path: join(info.project.outputDir, 'screens', `insights-period-${language}-${theme}-${width}.png`) });
      }
    }
  }
  await page.locator('.language-picker select').selectOption('en');
  await page.emulateMedia({ colorScheme: 'light' });

  await note.getByRole('button', { name: 'Include them' }).click();
  await expect(insights.getByLabel('From', { exact: true })).toHaveValue('2026-05-04');
  await expect(insights.getByLabel('To', { exact: true })).toHaveValue('2026-12-03');
  await expect(note).toHaveCount(0);
  await expect(insights.getByText(/^4 published posts in this period/)).toBeVisible();

  // Remembered: after a reload the same days, and no preset claims them.
  await page.reload();
  const again = page.getByRole('region', { name: 'Insights: Period Co' });
  await expect(again.getByLabel('From', { exact: true })).toHaveValue('2026-05-04');
  await expect(again.getByLabel('To', { exact: true })).toHaveValue('2026-12-03');
  await expect(again.getByRole('radio', { name: 'All dates' })).not.toBeChecked();
  await expect(again.getByText(/^4 published posts in this period/)).toBeVisible();
});
