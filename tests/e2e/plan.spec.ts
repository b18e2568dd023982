import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createClient, openApp } from './helpers';

// "Plan this month" as a user does it: pillars and a rhythm in the client dialog, December planned,
// the ghost cards reviewed, two weeks accepted, the second undone, then the rest accepted, and the guard
// left with zero warnings. Screenshots of the plan go to test-results/screens/plan-*.

const setTarget = (dialog: Locator, name: string, value: string) =>
  dialog.getByRole('textbox', { name: `Target share of ${name}, in percent` }).fill(value);

const setUp = async (page: Page) => {
  await createClient(page, 'Bloom Bakery', { channels: ['LinkedIn'] });
  await page.getByRole('button', { name: 'Options for Bloom Bakery' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit client' });
  await dialog.locator('summary', { hasText: 'Content pillars' }).click();
  for (const [n, [name, target]] of ([
    ['Tips', '40'],
    ['Community', '30'],
    ['Products', '30'],
  ] as const).entries()) {
    await dialog.getByRole('button', { name: 'Add a pillar' }).click();
    // The new row's name field takes the focus: typing before it has lost a first letter ("roducts").
    const field = dialog.getByRole('textbox', { name: `Name of pillar ${n + 1}` });
    await expect(field).toBeFocused();
    await field.fill(name);
    await setTarget(dialog, name, target);
  }
  await dialog.locator('summary', { hasText: 'Posting rhythm' }).click();
  await dialog.getByRole('spinbutton', { name: 'Posts a week on Instagram' }).fill('3');
  const ig = dialog.getByRole('group', { name: 'Days on Instagram' });
  for (const day of ['Monday', 'Wednesday', 'Friday']) await ig.getByRole('button', { name: day }).click();
  await dialog.getByRole('textbox', { name: 'Time 1 on Instagram' }).fill('12:30');
  await dialog.getByRole('spinbutton', { name: 'Posts a week on LinkedIn' }).fill('2');
  const li = dialog.getByRole('group', { name: 'Days on LinkedIn' });
  for (const day of ['Tuesday', 'Thursday']) await li.getByRole('button', { name: day }).click();
  await dialog.getByRole('textbox', { name: 'Time 1 on LinkedIn' }).fill('08:30');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
};

test('plan December: ghost cards, accept two weeks, undo one, accept the rest, zero warnings', async ({ page }, info) => {
  test.setTimeout(240_000);
  const shot = (name: string) => page.screenshot({ path: join(info.project.outputDir, 'screens', `plan-${name}.png`) });
  await openApp(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await setUp(page);
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.locator('.month-title')).toHaveText('December 2026');

  // The panel offers December and proposes posts for the rhythm's empty slots.
  await page.keyboard.press('p');
  const panel = page.getByRole('complementary', { name: 'Plan' });
  await expect(panel.getByLabel('From')).toHaveValue('2026-12-01');
  await expect(panel.getByLabel('To')).toHaveValue('2026-12-31');
  await panel.getByRole('button', { name: 'Propose posts' }).click();
  const summary = panel.getByRole('status');
  await expect(summary).toContainText(/^\d+ posts: .*playful.*promotional.*every week invites.*pillars on target, 0 warnings/);
  const total = Number((await summary.textContent())?.match(/^(\d+) posts/)?.[1]);
  // Mon/Wed/Fri on Instagram and Tue/Thu on LinkedIn over December's 23 weekdays.
  expect(total).toBe(23);
  await expect(panel.locator('.plan-item')).toHaveCount(total);
  // Ghost cards in the month (as many as the days have room for; the rest in "+N more").
  expect(await page.locator('.month .post-card-ghost').count()).toBeGreaterThan(10);
  await expect(page.locator('.month [data-post-id]')).toHaveCount(0);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await shot(`en-${theme}-1280`);
  }
  await page.setViewportSize({ width: 1024, height: 700 });
  await shot('en-light-1024');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light' });

  // A ghost card shows its proposal in the panel.
  const ghost = page.locator('.month .post-card-ghost').first();
  const id = await ghost.getAttribute('data-proposal-id');
  await ghost.click();
  await expect(panel.locator(`[data-proposal-id="${id}"]`)).toHaveClass(/plan-item-selected/);

  // Accept the first two weeks, one step each.
  const weekButtons = panel.locator('.plan-week-head button');
  const firstWeek = await panel.locator('.plan-week').first().locator('.plan-item').count();
  await weekButtons.first().click();
  await expect(panel.locator('.plan-item')).toHaveCount(total - firstWeek);
  const secondWeek = await panel.locator('.plan-week').first().locator('.plan-item').count();
  await weekButtons.first().click();
  await expect(panel.locator('.plan-item')).toHaveCount(total - firstWeek - secondWeek);
  await expect(page.locator('.month [data-post-id]')).not.toHaveCount(0);
  await expect(summary).toContainText(`${firstWeek + secondWeek} accepted.`);

  // Undo takes back the second week only: its proposals are ghosts again.
  await page.locator('.month-title').click();
  await page.keyboard.press('Control+z');
  await expect(panel.locator('.plan-item')).toHaveCount(total - firstWeek);
  await expect(summary).toContainText(`${firstWeek} accepted.`);

  // Accept the rest: the accepted plan leaves the guard with nothing to say about December.
  await panel.getByRole('button', { name: /^Accept all/ }).click();
  await expect(panel.locator('.plan-item')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Guard \(0\)/ })).toBeVisible();
  const cards = page.locator('.month [data-post-id]');
  expect(await cards.count()).toBeGreaterThan(10);
  // Accepted proposals are drafts, never scheduled until the user says so.
  await expect(cards.first()).toHaveAttribute('aria-label', /, Draft(, |$)/);

  // French, dark: another proposal for January reads in French.
  await page.locator('.language-picker select').selectOption('fr');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Mois suivant' }).click();
  const plan = page.getByRole('complementary', { name: 'Planifier' });
  await plan.getByLabel('Du').fill('2027-01-01');
  await plan.getByLabel('Au').fill('2027-01-31');
  await plan.getByRole('button', { name: /Autre proposition|Proposer des publications/ }).click();
  await expect(plan.getByRole('status')).toContainText(/publications\u00a0: /);
  await shot('fr-dark-1280');
  await page.emulateMedia({ colorScheme: 'light' });
  await shot('fr-light-1280');
});
