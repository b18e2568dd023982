import { expect, test, type Locator, type Page } from '@playwright/test';
import { addPost, card, createClient, openApp, useCompactCards } from './helpers';

const drag = async (page: Page, from: Locator, to: Locator, position?: { x: number; y: number }) => {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('nothing to drag');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 8, source.y + source.height / 2 + 4, { steps: 3 });
  const x = target.x + (position?.x ?? target.width / 2);
  const y = target.y + (position?.y ?? target.height / 2);
  await page.mouse.move(x, y, { steps: 12 });
  await page.mouse.up();
};

const backlog = (page: Page) => page.getByRole('complementary', { name: 'Ideas' });
const ideaTitles = (page: Page) => backlog(page).locator('.post-title').allTextContents();

test('backlog: quick-add with Enter, reorder by drag, schedule by drag, and back', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Idea Factory');
  await page.getByRole('button', { name: /^Ideas/ }).click();
  const input = backlog(page).getByLabel('New idea');
  for (const title of ['Alpha idea', 'Bravo idea', 'Charlie idea']) {
    await input.fill(title);
    await input.press('Enter');
    await expect(backlog(page).getByRole('button', { name: new RegExp(`^${title},`) })).toBeVisible();
  }
  expect(await ideaTitles(page)).toEqual(['Alpha idea', 'Bravo idea', 'Charlie idea']);

  // Drop Charlie on Alpha: it goes just before it.
  await drag(page, backlog(page).getByRole('button', { name: /^Charlie idea,/ }), backlog(page).locator('li').first(), { x: 30, y: 4 });
  await expect.poll(() => ideaTitles(page)).toEqual(['Charlie idea', 'Alpha idea', 'Bravo idea']);
  await page.reload();
  await expect.poll(() => ideaTitles(page)).toEqual(['Charlie idea', 'Alpha idea', 'Bravo idea']);

  // Schedule Alpha on the 12th: it leaves the backlog and becomes a draft on that day.
  await drag(page, backlog(page).getByRole('button', { name: /^Alpha idea,/ }), page.locator('[data-day="2026-11-12"]'));
  await expect(card(page, '2026-11-12', 'Alpha idea')).toHaveAttribute('aria-label', /Draft$/);
  await expect.poll(() => ideaTitles(page)).toEqual(['Charlie idea', 'Bravo idea']);

  // And back to the backlog, at its end.
  await drag(page, card(page, '2026-11-12', 'Alpha idea'), backlog(page).locator('.backlog-empty, .backlog-list').first(), { x: 60, y: 80 });
  await expect.poll(() => ideaTitles(page)).toEqual(['Charlie idea', 'Bravo idea', 'Alpha idea']);
  await expect(card(page, '2026-11-12', 'Alpha idea')).toHaveCount(0);
});

test('the post menu moves a post to a date from the keyboard, keeping its time', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Menu Co');
  await useCompactCards(page);
  await addPost(page, '2026-11-04', { title: 'Menu move', time: '16:45' });
  await card(page, '2026-11-04', 'Menu move').focus();
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menuitem', { name: 'Move to date…' }).click();
  await page.getByRole('textbox', { name: 'Move to date…' }).fill('2026-12-09');
  await page.getByText('It keeps its time, 16:45.').isVisible();
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(card(page, '2026-11-04', 'Menu move')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(card(page, '2026-12-09', 'Menu move')).toHaveAttribute('aria-label', /^Menu move, 16:45,/);

  // Duplicate from the menu, then undo it in one step.
  await card(page, '2026-12-09', 'Menu move').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(page.locator('[data-day="2026-12-09"] .post-card')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-day="2026-12-09"] .post-card')).toHaveCount(1);
});

test('views: week and agenda, remembered after a reload', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'View Co');
  await addPost(page, '2026-11-25', { title: 'Midweek tips', time: '14:30' });
  await addPost(page, '2026-11-26', { title: 'Untimed thought' });

  await page.getByRole('radio', { name: 'Agenda' }).check();
  await expect(page.getByRole('heading', { level: 1, name: /24 Nov – 7 Dec 2026|24 – 7 Dec 2026/ })).toBeVisible();
  await expect(page.locator('.agenda').getByText('Midweek tips')).toBeVisible();
  await page.getByLabel('Agenda length').selectOption({ label: '4 weeks' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('24 Nov – 21 Dec 2026');

  await page.getByRole('radio', { name: 'Week' }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('23 – 29 Nov 2026');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Week' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('23 – 29 Nov 2026');
  await expect(page.getByRole('button', { name: /^Midweek tips, 14:30,/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Untimed thought, no time,/ })).toBeVisible();
});

test('search finds posts in any month, and filters narrow the calendar', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Search Co');
  await addPost(page, '2026-11-05', { title: 'Crème brûlée day', caption: 'Our pastry chef shares her secret' });
  await addPost(page, '2026-11-06', { title: 'Quiz time', format: 'Quiz' });
  await page.getByRole('button', { name: 'Next month' }).click();
  await addPost(page, '2026-12-15', { title: 'Winter creme special' });

  const search = page.getByRole('combobox', { name: 'Search posts' });
  await search.fill('creme');
  await expect(page.getByText('2 posts match')).toBeVisible();
  await page.getByRole('region', { name: 'Search results' }).getByRole('button', { name: /Crème brûlée day/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'November 2026' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Edit post' }).getByLabel('Title')).toHaveValue('Crème brûlée day');
  await page.keyboard.press('Escape');
  await search.fill('');

  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('group', { name: 'Filters' }).getByRole('checkbox', { name: 'Quiz' }).check();
  await expect(page.locator('.month-table .post-card')).toHaveCount(1);
  await expect(card(page, '2026-11-06', 'Quiz time')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('.month-table .post-card')).toHaveCount(2);
});

test('All clients: one lane per client; a drop on another client’s lane is refused', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Acme');
  await addPost(page, '2026-11-24', { title: 'Acme launch', time: '09:00' });
  await createClient(page, 'Bloom');
  await addPost(page, '2026-11-25', { title: 'Bloom bake', time: '10:00' });
  await page.getByRole('button', { name: 'All clients' }).click();
  await expect(page.locator('.month-table .post-card')).toHaveCount(2);
  await page.getByRole('radio', { name: 'Week' }).check();
  const acmeCard = page.locator('.lane-cell[data-client] .post-card', { hasText: 'Acme launch' });
  const bloomLaneThursday = page.locator('.lanes-row', { hasText: 'Bloom' }).locator('[data-day="2026-11-26"]');
  await drag(page, acmeCard, bloomLaneThursday);
  await expect(page.getByText('“Acme launch” belongs to Acme: posts stay with their client, so nothing moved.')).toBeVisible();
  const acmeLaneThursday = page.locator('.lanes-row', { hasText: 'Acme' }).locator('[data-day="2026-11-26"]');
  await drag(page, acmeCard, acmeLaneThursday);
  await expect(acmeLaneThursday.getByRole('button', { name: /^Acme launch, 09:00,/ })).toBeVisible();
});

test('keyboard shortcuts, listed with ?', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Keys Co');
  await page.locator('body').press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /New post/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('w');
  await expect(page.getByRole('radio', { name: 'Week' })).toBeChecked();
  await page.keyboard.press('j');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('30 Nov – 6 Dec 2026');
  await page.keyboard.press('t');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('23 – 29 Nov 2026');
  await page.keyboard.press('m');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('November 2026');
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Search posts' })).toBeFocused();
  await page.keyboard.press('Escape'); // an empty search: Escape leaves it
  await expect(page.getByRole('combobox', { name: 'Search posts' })).not.toBeFocused();
  await page.locator('body').press('n');
  await expect(page.getByRole('complementary', { name: 'New post' })).toBeVisible();
});

test('shift a whole week and undo it in one step; copy a week keeping times', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Week Co');
  await useCompactCards(page);
  await addPost(page, '2026-11-23', { title: 'Monday one', time: '09:00' });
  await addPost(page, '2026-11-25', { title: 'Wednesday two', time: '13:15' });
  await addPost(page, '2026-11-29', { title: 'Sunday three' });
  await addPost(page, '2026-11-30', { title: 'Next week stays', time: '08:00' });
  await page.getByRole('radio', { name: 'Week' }).check();
  await page.getByRole('button', { name: 'Week actions' }).click();
  await expect(page.getByText('This week holds 3 posts.')).toBeVisible();
  await page.getByRole('button', { name: 'Move the whole week one week later' }).click();
  await page.getByRole('radio', { name: 'Month' }).check();
  await expect(card(page, '2026-11-30', 'Monday one')).toHaveAttribute('aria-label', /^Monday one, 09:00,/);
  await expect(card(page, '2026-12-02', 'Wednesday two')).toHaveAttribute('aria-label', /^Wednesday two, 13:15,/);
  await expect(card(page, '2026-12-06', 'Sunday three')).toBeVisible();

  await page.locator('body').press('Control+z');
  await expect(card(page, '2026-11-23', 'Monday one')).toBeVisible();
  await expect(card(page, '2026-11-25', 'Wednesday two')).toBeVisible();
  await expect(card(page, '2026-11-29', 'Sunday three')).toBeVisible();
  await expect(card(page, '2026-11-30', 'Next week stays')).toBeVisible();
  await expect(page.locator('.month-table .post-card')).toHaveCount(4);

  await page.getByRole('radio', { name: 'Week' }).check();
  await page.getByRole('button', { name: 'Week actions' }).click();
  await page.getByLabel('Copy the week to the week of').fill('2026-12-10');
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await page.getByRole('radio', { name: 'Month' }).check();
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(card(page, '2026-12-07', 'Monday one')).toHaveAttribute('aria-label', /^Monday one, 09:00,/);
  await expect(card(page, '2026-12-09', 'Wednesday two')).toHaveAttribute('aria-label', /^Wednesday two, 13:15,/);
  await page.reload();
  await expect(card(page, '2026-12-13', 'Sunday three')).toBeVisible();
});
