import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addPost, card, createClient, openApp } from './helpers';

const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in month, week, agenda and the editor (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await createClient(page, 'Access Co');
    await addPost(page, '2026-11-24', { title: 'Accessible post', time: '10:00', format: 'Quiz' });
    await addPost(page, '2026-11-25', { title: 'Untimed post' });
    await page.getByRole('button', { name: /^Ideas/ }).click();
    await page.getByLabel('New idea').fill('An idea');
    await page.getByLabel('New idea').press('Enter');

    // Ideas and the guard are open side by side (each panel opens and closes on its own).
    await expect(page.getByRole('complementary', { name: 'Guard' })).toBeVisible();
    expect(await seriousViolations(page), 'month with ideas and the guard').toEqual([]);
    await page.getByRole('button', { name: /^Ideas/ }).click();
    expect(await seriousViolations(page), 'month with the guard').toEqual([]);
    await page.getByRole('radio', { name: 'Week' }).check();
    await expect(page.getByRole('button', { name: /^Accessible post,/ })).toBeVisible();
    expect(await seriousViolations(page), 'week').toEqual([]);
    await page.getByRole('radio', { name: 'Agenda' }).check();
    await expect(page.getByText('Accessible post')).toBeVisible();
    expect(await seriousViolations(page), 'agenda').toEqual([]);
    await page.getByRole('radio', { name: 'Month' }).check();
    await card(page, '2026-11-24', 'Accessible post').click();
    await expect(page.getByRole('complementary', { name: 'Edit post' })).toBeVisible();
    expect(await seriousViolations(page), 'editor').toEqual([]);
  });
}
