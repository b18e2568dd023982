import { expect, test, type Page } from '@playwright/test';
import { addPost, card, createClient, openApp } from './helpers';

const dragWithMouse = async (page: Page, from: ReturnType<typeof card>, toDay: string) => {
  const source = await from.boundingBox();
  const target = await page.locator(`[data-day="${toDay}"]`).boundingBox();
  if (!source || !target) throw new Error('nothing to drag');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height - 10, { steps: 12 });
  await expect(page.locator(`[data-day="${toDay}"]`)).toHaveClass(/day-drop-target/);
  await page.mouse.up();
};

test('drag a post to another day with the mouse: its time is kept, after a reload too', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Drag Co');
  await addPost(page, '2026-11-03', { title: 'Launch post', time: '18:30' });
  await dragWithMouse(page, card(page, '2026-11-03', 'Launch post'), '2026-11-19');
  await expect(card(page, '2026-11-19', 'Launch post')).toHaveAttribute('aria-label', /^Launch post, 18:30,/);
  await expect(card(page, '2026-11-03', 'Launch post')).toHaveCount(0);
  await page.reload();
  await expect(card(page, '2026-11-19', 'Launch post')).toHaveAttribute('aria-label', /^Launch post, 18:30,/);

  // Undo puts it back (Ctrl+Z outside a text field).
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await dragWithMouse(page, card(page, '2026-11-19', 'Launch post'), '2026-11-26');
  await expect(card(page, '2026-11-26', 'Launch post')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(card(page, '2026-11-19', 'Launch post')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(card(page, '2026-11-26', 'Launch post')).toBeVisible();
});

test('move a post with the keyboard: Space, arrows by day and week, Space; Escape cancels', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Keys Co');
  await addPost(page, '2026-11-03', { title: 'Launch post', time: '09:15' });

  await card(page, '2026-11-03', 'Launch post').focus();
  // Each key once dnd-kit has taken the last one, as its announcements say (a key pressed before the
  // days are measured is lost on a loaded machine).
  const live = page.locator('[id^="DndLiveRegion"]').first();
  await page.keyboard.press('Space');
  await expect(live).toContainText('“Launch post” is over Tuesday 3 November.');
  await page.keyboard.press('ArrowRight'); // Wed 4
  await expect(live).toContainText('“Launch post” is over Wednesday 4 November.');
  await page.keyboard.press('ArrowDown'); // Wed 11
  await expect(live).toContainText('“Launch post” is over Wednesday 11 November.');
  await page.keyboard.press('ArrowDown'); // Wed 18
  await expect(page.locator('[data-day="2026-11-18"]')).toHaveClass(/day-drop-target/);
  await expect(page.locator('[id^="DndLiveRegion"]').first()).toContainText('“Launch post” is over Wednesday 18 November.');
  await page.keyboard.press('Space');
  await expect(page.locator('[id^="DndLiveRegion"]').first()).toContainText('Moved “Launch post” to Wednesday 18 November');
  await expect(card(page, '2026-11-18', 'Launch post')).toHaveAttribute('aria-label', /^Launch post, 09:15,/);

  // Escape cancels: nothing moves.
  await card(page, '2026-11-18', 'Launch post').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(card(page, '2026-11-18', 'Launch post')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Edit post' })).toHaveCount(0);

  await page.reload();
  await expect(card(page, '2026-11-18', 'Launch post')).toHaveAttribute('aria-label', /^Launch post, 09:15,/);
});

test('a drop outside the calendar changes nothing and says why', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Outside Co');
  await addPost(page, '2026-11-03', { title: 'Stay put', time: '10:00' });
  const source = await card(page, '2026-11-03', 'Stay put').boundingBox();
  await page.mouse.move(source!.x + 20, source!.y + 10);
  await page.mouse.down();
  await page.mouse.move(source!.x + 40, source!.y + 10, { steps: 3 });
  await page.mouse.move(100, 400, { steps: 10 }); // over the sidebar
  await page.mouse.up();
  await expect(page.getByText('“Stay put” was dropped outside the calendar, so nothing moved.')).toBeVisible();
  await page.reload();
  await expect(card(page, '2026-11-03', 'Stay put')).toBeVisible();
});

test('in the week view, drag a post to another day and half-hour: both are stored', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Slot Co');
  await addPost(page, '2026-11-24', { title: 'Slot post', time: '09:00' });
  await page.getByRole('radio', { name: 'Week' }).check();
  const post = page.locator('.week-view .post-card', { hasText: 'Slot post' });
  const slot = page.locator('[data-slot="2026-11-26T14:30"]');
  await slot.scrollIntoViewIfNeeded();
  const source = await post.boundingBox();
  const target = await slot.boundingBox();
  await page.mouse.move(source!.x + source!.width / 2, source!.y + 6);
  await page.mouse.down();
  await page.mouse.move(source!.x + source!.width / 2 + 10, source!.y + 10, { steps: 3 });
  await page.mouse.move(target!.x + target!.width / 2, target!.y + 4, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: /^Slot post, 14:30,/ })).toBeVisible();
  await page.reload();
  await page.getByRole('radio', { name: 'Month' }).check();
  await expect(card(page, '2026-11-26', 'Slot post')).toHaveAttribute('aria-label', /^Slot post, 14:30,/);
});
