import { expect, test, type Page } from '@playwright/test';
import { card, createClient, openApp } from './helpers';

const addPromo = async (page: Page, day: string, title: string, time: string) => {
  await page.locator(`[data-day="${day}"] .day-add`).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'New post' });
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Time').fill(time);
  await editor.getByLabel('Intent').selectOption('promotional');
  await editor.getByLabel('Title').press('Enter');
  await expect(editor).toBeHidden();
};

const guardPanel = (page: Page) => page.getByRole('complementary', { name: 'Guard' });
const streakWarning = (page: Page) => guardPanel(page).locator('[data-rule="promo-streak"]');

const addInfo = async (page: Page, day: string, title: string) => {
  await page.locator(`[data-day="${day}"] .day-add`).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'New post' });
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Time').fill('12:00');
  await editor.getByLabel('Format').selectOption({ label: 'Article' });
  await editor.getByLabel('Title').press('Enter');
  await expect(editor).toBeHidden();
};

test('three promotional posts in a row: a warning and badges; dragging one away clears them', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Promo Co');
  await page.getByRole('button', { name: 'Next month' }).click();
  await addInfo(page, '2026-12-05', 'Baking tips');
  await addPromo(page, '2026-12-01', 'Sale teaser', '09:00');
  await addPromo(page, '2026-12-02', 'Sale day one', '09:00');
  await expect(streakWarning(page)).toHaveCount(0);
  await addPromo(page, '2026-12-03', 'Sale day two', '09:00');

  await expect(streakWarning(page)).toContainText('3 promotional posts in a row (1–3 Dec): more than 2 in a row tires your audience.');
  for (const [day, title] of [['2026-12-01', 'Sale teaser'], ['2026-12-02', 'Sale day one'], ['2026-12-03', 'Sale day two']] as const) {
    await expect(card(page, day, title)).toHaveAttribute('aria-label', /part of a promotional streak$/);
  }

  // Drag the last one past the informative post: the streak, its warning and its badges go at once.
  const source = await card(page, '2026-12-03', 'Sale day two').boundingBox();
  const target = await page.locator('[data-day="2026-12-10"]').boundingBox();
  await page.mouse.move(source!.x + source!.width / 2, source!.y + source!.height / 2);
  await page.mouse.down();
  await page.mouse.move(source!.x + source!.width / 2 + 10, source!.y + 12, { steps: 3 });
  await page.mouse.move(target!.x + target!.width / 2, target!.y + target!.height - 12, { steps: 10 });
  await page.mouse.up();
  await expect(card(page, '2026-12-10', 'Sale day two')).toBeVisible();
  await expect(streakWarning(page)).toHaveCount(0);
  await expect(card(page, '2026-12-01', 'Sale teaser')).not.toHaveAttribute('aria-label', /streak/);
  await expect(page.locator('.post-streak')).toHaveCount(0);
});

test('a one-click fix breaks a streak and is undone in one step', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Fix Co');
  await page.getByRole('button', { name: 'Next month' }).click();
  await addInfo(page, '2026-12-11', 'How we bake');
  await addInfo(page, '2026-12-14', 'Meet the team');
  await addPromo(page, '2026-12-07', 'Black week 1', '10:00');
  await addPromo(page, '2026-12-08', 'Black week 2', '10:00');
  await addPromo(page, '2026-12-09', 'Black week 3', '10:00');
  const warning = streakWarning(page);
  await expect(warning).toHaveCount(1);
  const fix = warning.getByRole('button', { name: /Move it|Swap dates/ });
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(warning).toHaveCount(0);
  await expect(page.locator('.post-streak')).toHaveCount(0);
  await page.locator('body').press('Control+z');
  await expect(streakWarning(page)).toHaveCount(1);
  await expect(page.locator('.post-streak')).toHaveCount(3);
});

test('the rules are per client: raising the streak limit silences the warning', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Rules Co');
  await page.getByRole('button', { name: 'Next month' }).click();
  await addPromo(page, '2026-12-14', 'Promo A', '10:00');
  await addPromo(page, '2026-12-15', 'Promo B', '10:00');
  await addPromo(page, '2026-12-16', 'Promo C', '10:00');
  await expect(streakWarning(page)).toHaveCount(1);
  await guardPanel(page).getByRole('button', { name: 'Guard rules for this client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Guard rules for Rules Co' });
  await dialog.getByLabel('Most promotional posts in a row').fill('3');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(streakWarning(page)).toHaveCount(0);
  await page.reload();
  await expect(guardPanel(page).locator('.guard-item').first()).toBeVisible();
  await expect(streakWarning(page)).toHaveCount(0);
});

test('warnings in French', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Promo FR');
  await addPromo(page, '2026-12-01', 'Soldes 1', '09:00');
  await addPromo(page, '2026-12-02', 'Soldes 2', '09:00');
  await addPromo(page, '2026-12-03', 'Soldes 3', '09:00');
  await page.locator('.language-picker select').selectOption('fr');
  const panel = page.getByRole('complementary', { name: 'Garde-fou' });
  await expect(panel.locator('[data-rule="promo-streak"]')).toContainText('3 publications promotionnelles d’affilée');
});

test('the editor shows what it detects in the caption; the user’s choice is stored and wins', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Detect Co');
  await page.locator('[data-day="2026-11-26"] .day-add').focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'New post' });
  await editor.getByLabel('Title').fill('Bread of the week');
  await editor.getByLabel('Caption').fill('Our winter box is here! Shop now with code BREAD20 for 20% off, link in bio.');
  await expect(editor.locator('.cue-pill', { hasText: 'Promotional' })).toBeVisible();
  await expect(editor.getByText(/“20% off”|“code BREAD20”|“Shop now”/).first()).toBeVisible();
  await expect(editor.getByLabel('Intent')).toHaveValue('promotional');
  await editor.getByLabel('Caption').fill('Which bread should we bake next week? Tell us in the comments!');
  await expect(editor.locator('.cue-pill', { hasText: 'Invites participation' })).toBeVisible();
  await expect(editor.getByRole('checkbox', { name: /Invites the audience/ })).toBeChecked();
  await expect(editor.getByLabel('Intent')).toHaveValue('conversational');

  // The user disagrees: their choice is kept, even as the caption changes, and after a reload.
  await editor.getByLabel('Intent').selectOption('informative');
  await editor.getByLabel('Caption').fill('Which bread should we bake next week? Tell us! 20% off today only.');
  await expect(editor.getByLabel('Intent')).toHaveValue('informative');
  await editor.getByLabel('Title').press('Enter');
  await page.reload();
  await page.getByRole('button', { name: /^Bread of the week,/ }).click();
  const edit = page.getByRole('complementary', { name: 'Edit post' });
  await expect(edit.getByLabel('Intent')).toHaveValue('informative');
  await edit.getByRole('button', { name: 'Use what Cadence detects' }).last().click();
  await expect(edit.getByLabel('Intent')).toHaveValue('promotional');
});

test('"Show" flashes the first post of a warning, and the flash does not pass to another post', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Flash Co');
  await page.getByRole('button', { name: 'Next month' }).click();
  await addPromo(page, '2026-12-01', 'Sale teaser', '09:00');
  await addPromo(page, '2026-12-02', 'Sale day one', '09:00');
  await addPromo(page, '2026-12-03', 'Sale day two', '09:00');
  // Tuesday 29 December holds, in January's grid, the place Tuesday 1 December holds in December's.
  await addInfo(page, '2026-12-29', 'Year-end recap');

  await streakWarning(page).getByRole('button', { name: 'Show' }).click();
  const teaser = card(page, '2026-12-01', 'Sale teaser');
  await expect(teaser).toHaveClass(/post-card-flash/);
  await expect(teaser).toBeFocused();

  // Cards are reused by place: after a month switch, the element may show another post.
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'January 2027' })).toBeVisible();
  await expect(card(page, '2026-12-29', 'Year-end recap')).toBeVisible();
  // Read at once, not retried: the flash would end by itself 2.5 s after the jump.
  expect(await page.locator('.post-card-flash').count()).toBe(0);
});
