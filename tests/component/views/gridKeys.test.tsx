import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MonthView } from '../../../renderer/features/calendar/MonthView';
import { moveDay } from '../../../renderer/features/calendar/useGridKeys';
import { WeekView } from '../../../renderer/features/week/WeekView';
import { makePost, renderView } from './viewHarness';

/** A day's "Add a post" button: the element that stands for the day in the grid. */
const add = (container: HTMLElement, day: string) => {
  const element = container.querySelector<HTMLElement>(`[data-day="${day}"] .day-add`);
  if (!element) throw new Error(`no day ${day}`);
  return element;
};
const cardOn = (container: HTMLElement, day: string) => container.querySelector<HTMLElement>(`[data-day="${day}"] .post-card`)!;
const tabStops = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('.weeks [tabindex="0"], .weeks button:not([tabindex])')].map(
    (el) => `${el.closest<HTMLElement>('[data-day]')?.dataset.day} ${el.className.split(' ')[0]}`,
  );

describe('moveDay', () => {
  it('moves a day, a week, to the week’s ends and by month (a shorter month keeps its last day)', () => {
    expect(moveDay('2026-11-24', 'ArrowLeft', 1)).toBe('2026-11-23');
    expect(moveDay('2026-11-30', 'ArrowRight', 1)).toBe('2026-12-01');
    expect(moveDay('2026-11-24', 'ArrowUp', 1)).toBe('2026-11-17');
    expect(moveDay('2026-11-24', 'ArrowDown', 1)).toBe('2026-12-01');
    expect(moveDay('2026-11-24', 'Home', 1)).toBe('2026-11-23');
    expect(moveDay('2026-11-24', 'End', 1)).toBe('2026-11-29');
    // A week starting on Sunday.
    expect(moveDay('2026-11-24', 'Home', 0)).toBe('2026-11-22');
    expect(moveDay('2026-11-24', 'End', 0)).toBe('2026-11-28');
    expect(moveDay('2027-01-31', 'PageDown', 1)).toBe('2027-02-28');
    expect(moveDay('2027-03-31', 'PageUp', 1)).toBe('2027-02-28');
    // Across a daylight-saving change (29 March 2026 in Paris): still whole days.
    expect(moveDay('2026-03-28', 'ArrowRight', 1)).toBe('2026-03-29');
    expect(moveDay('2026-03-29', 'ArrowRight', 1)).toBe('2026-03-30');
    expect(moveDay('2026-11-24', 'a', 1)).toBeNull();
  });
});

describe('the month grid’s keys', () => {
  it('is one Tab stop, today: Tab goes to its cards, then out; other days and their cards are skipped', async () => {
    const user = userEvent.setup();
    const posts = [makePost({ title: 'Today’s post', date: '2026-11-24' }), makePost({ title: 'Thursday’s post', date: '2026-11-26' })];
    const { container } = await renderView(MonthView, { view: 'month', posts });
    expect(tabStops(container)).toEqual(['2026-11-24 day-add', '2026-11-24 post-card']);
    expect(cardOn(container, '2026-11-26')).toHaveAttribute('tabindex', '-1');
    await user.tab();
    expect(add(container, '2026-11-24')).toHaveFocus();
    await user.tab();
    expect(cardOn(container, '2026-11-24')).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
    // The grid says how it works.
    expect(screen.getByRole('table', { name: 'November 2026' })).toHaveAccessibleDescription(/^Arrow keys move between days/);
  });

  it('arrows move a day or a week, Home and End to the week’s ends; focus and the Tab stop follow', async () => {
    const user = userEvent.setup();
    const { container, onGoTo } = await renderView(MonthView, { view: 'month', posts: [] });
    add(container, '2026-11-24').focus();
    await user.keyboard('{ArrowRight}');
    expect(add(container, '2026-11-25')).toHaveFocus();
    expect(tabStops(container)).toEqual(['2026-11-25 day-add']);
    await user.keyboard('{ArrowDown}');
    expect(add(container, '2026-12-02')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(add(container, '2026-11-30')).toHaveFocus();
    await user.keyboard('{End}');
    expect(add(container, '2026-12-06')).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(add(container, '2026-11-28')).toHaveFocus();
    expect(onGoTo).not.toHaveBeenCalled();
  });

  it('past the grid’s edges and by PageUp/PageDown it asks for the other month, and the period keys do not also fire', async () => {
    const user = userEvent.setup();
    const { container, onGoTo } = await renderView(MonthView, { view: 'month', posts: [] });
    const prevented: boolean[] = [];
    window.addEventListener('keydown', (event) => prevented.push(event.defaultPrevented));
    add(container, '2026-11-24').focus();
    await user.keyboard('{PageDown}');
    expect(onGoTo).toHaveBeenLastCalledWith('2026-12-24');
    await user.keyboard('{PageUp}');
    expect(onGoTo).toHaveBeenLastCalledWith('2026-10-24');
    // The first cell of November's grid is Monday 26 October.
    add(container, '2026-10-26').focus();
    await user.keyboard('{ArrowLeft}');
    expect(onGoTo).toHaveBeenLastCalledWith('2026-10-25');
    add(container, '2026-12-06').focus();
    await user.keyboard('{ArrowDown}');
    expect(onGoTo).toHaveBeenLastCalledWith('2026-12-13');
    expect(prevented).toEqual([true, true, true, true]);
  });

  it('Enter or n on a focused day adds a post there', async () => {
    const user = userEvent.setup();
    const { container, onAddPost } = await renderView(MonthView, { view: 'month', posts: [] });
    add(container, '2026-11-24').focus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onAddPost).toHaveBeenLastCalledWith('2026-11-25');
    await user.keyboard('{ArrowRight}n');
    expect(onAddPost).toHaveBeenLastCalledWith('2026-11-26');
    expect(onAddPost).toHaveBeenCalledTimes(2);
  });

  it('keys on a card are the card’s; a card taking focus makes its day the Tab stop', async () => {
    const user = userEvent.setup();
    const { container, onAddPost, onEditPost } = await renderView(MonthView, {
      view: 'month',
      posts: [makePost({ title: 'Thursday’s post', date: '2026-11-26' })],
    });
    const card = cardOn(container, '2026-11-26');
    act(() => card.focus());
    expect(tabStops(container)).toEqual(['2026-11-26 day-add', '2026-11-26 post-card']);
    await user.keyboard('{ArrowRight}n');
    expect(card).toHaveFocus();
    expect(onAddPost).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onEditPost).toHaveBeenCalledWith(card.dataset.postId);
  });

  it('read-only: no add buttons to move between, and every card stays a Tab stop', async () => {
    const posts = [makePost({ title: 'One', date: '2026-11-24' }), makePost({ title: 'Two', date: '2026-11-26' })];
    const { container } = await renderView(MonthView, { view: 'month', posts, readOnly: true });
    expect(container.querySelector('.day-add')).toBeNull();
    expect(tabStops(container)).toEqual(['2026-11-24 post-card', '2026-11-26 post-card']);
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-describedby');
  });
});

describe('the week grid’s keys', () => {
  it('n on a focused slot adds a post on that day at that time; arrows still move', async () => {
    const user = userEvent.setup();
    const { container, onAddPost } = await renderView(WeekView, { view: 'week', posts: [] });
    container.querySelector<HTMLElement>('[data-add-slot="2026-11-24T07:00"]')!.focus();
    await user.keyboard('{ArrowRight}{ArrowDown}n');
    expect(onAddPost).toHaveBeenCalledWith('2026-11-25', '07:30');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onAddPost).toHaveBeenLastCalledWith('2026-11-25', '07:00');
  });
});
