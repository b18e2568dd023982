import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { WeekView } from '../../../renderer/features/week/WeekView';
import { makePost, renderView } from './viewHarness';

/** A day's hours (its 48 slots and timed posts). */
const column = (container: HTMLElement, day: string) => {
  const element = container.querySelector<HTMLElement>(`.week-day[data-day="${day}"]`);
  if (!element) throw new Error(`no column for ${day}`);
  return element;
};
/** A day's head: weekday, date and its "no set time" row. */
const head = (container: HTMLElement, day: string) => {
  const element = container.querySelector<HTMLElement>(`.week-day-top[data-day="${day}"]`);
  if (!element) throw new Error(`no head for ${day}`);
  return element;
};
const cardIn = (scope: HTMLElement, title: string) => within(scope).getByRole('button', { name: new RegExp(`^${title},`) });
const placement = (card: HTMLElement) => (card.closest('li') as HTMLElement).style;

describe('WeekView', () => {
  it('shows the seven days of the week, today marked', async () => {
    const { container } = await renderView(WeekView, { view: 'week', posts: [] });
    const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
    expect([...container.querySelectorAll<HTMLElement>('.week-day-top')].map((el) => el.dataset.day)).toEqual(week);
    expect([...container.querySelectorAll<HTMLElement>('.week-day')].map((el) => el.dataset.day)).toEqual(week);
    const today = head(container, '2026-11-24');
    expect(today).toHaveAttribute('aria-current', 'date');
    expect(today).toHaveTextContent(/^Tue24Today$/);
    expect(within(today).getByText('Today')).toHaveClass('visually-hidden');
    expect(within(today).getByText('24')).toHaveClass('week-day-number');
    expect(container.querySelectorAll('[aria-current="date"]')).toHaveLength(1);
    expect(column(container, '2026-11-24')).toHaveClass('week-day-today');
    expect(screen.getAllByRole('group', { name: 'Tuesday 24 November' })).toEqual([today, column(container, '2026-11-24')]);
    // The current-time line is drawn on today only.
    expect(column(container, '2026-11-24').querySelector('.week-now')).not.toBeNull();
    expect(container.querySelectorAll('.week-now')).toHaveLength(1);
  });

  it('puts each post in its day at its time, and untimed posts in the top row', async () => {
    const posts = [
      makePost({ title: 'Launch', date: '2026-11-24', time: '14:30' }),
      makePost({ title: 'Poll', date: '2026-11-26', time: '09:00' }),
      makePost({ title: 'Someday this week', date: '2026-11-25', time: null }),
    ];
    const { container } = await renderView(WeekView, { view: 'week', posts });

    const launch = cardIn(column(container, '2026-11-24'), 'Launch');
    expect(launch.closest('.week-day-body')).not.toBeNull();
    expect(placement(launch).top).toBe(`${14.5 * 48}px`);
    expect(placement(launch).width).toBe('100%');
    expect(placement(cardIn(column(container, '2026-11-26'), 'Poll')).top).toBe(`${9 * 48}px`);

    const untimedRow = container.querySelector<HTMLElement>('[data-slot="2026-11-25Tuntimed"]')!;
    expect(head(container, '2026-11-25').contains(untimedRow)).toBe(true);
    expect(cardIn(untimedRow, 'Someday this week')).toHaveAccessibleName(/^Someday this week, no time,/);
    expect(column(container, '2026-11-25').querySelector('.week-day-body .post-card')).toBeNull();
    // Nothing on the other days.
    expect(column(container, '2026-11-23').querySelectorAll('.post-card')).toHaveLength(0);
  });

  it('sets overlapping posts side by side, and folds a crowd into "+N"', async () => {
    const posts = [
      makePost({ title: 'Nine', time: '09:00' }),
      makePost({ title: 'Nine fifteen', time: '09:15' }),
      makePost({ title: 'Ten', time: '10:00' }),
      ...['A', 'B', 'C', 'D', 'E'].map((title) => makePost({ title: `Crowd ${title}`, date: '2026-11-27', time: '18:00' })),
    ];
    const user = userEvent.setup();
    const { container, onEditPost } = await renderView(WeekView, { view: 'week', posts });
    const tuesday = column(container, '2026-11-24');
    const nine = cardIn(tuesday, 'Nine');
    const nineFifteen = cardIn(tuesday, 'Nine fifteen');
    expect(nine).toBeVisible();
    expect(nineFifteen).toBeVisible();
    expect(placement(nine)).toMatchObject({ left: '0%', width: '50%' });
    expect(placement(nineFifteen)).toMatchObject({ left: '50%', width: '50%' });
    // 10:00 no longer overlaps 09:00-09:30 or 09:15-09:45: full width again.
    expect(placement(cardIn(tuesday, 'Ten')).width).toBe('100%');

    // Five at 18:00: two cards, then one chip for the three others.
    const friday = column(container, '2026-11-27');
    expect(within(friday).getAllByRole('button', { name: /^Crowd/ })).toHaveLength(2);
    const more = within(friday).getByRole('button', { name: 'Show 3 more posts around 18:00 on Friday 27 November' });
    expect(more).toHaveTextContent('+3');
    await user.click(more);
    const popover = screen.getByRole('dialog', { name: 'Posts on Friday 27 November, around 18:00' });
    expect(within(popover).getAllByRole('button', { name: /^Crowd/ }).map((b) => b.getAttribute('aria-label')?.split(',')[0])).toEqual([
      'Crowd C',
      'Crowd D',
      'Crowd E',
    ]);
    await user.click(within(popover).getByRole('button', { name: /^Crowd D,/ }));
    expect(onEditPost).toHaveBeenCalledWith(posts[6]!.id);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('adds a post at the clicked slot, or with no time from the top row', async () => {
    const user = userEvent.setup();
    const { onAddPost, container } = await renderView(WeekView, { view: 'week', posts: [] });
    const slot = screen.getByRole('button', { name: 'Add a post on Tuesday 24 November at 14:30' });
    expect(slot).toHaveAttribute('data-slot', '2026-11-24T14:30');
    expect(column(container, '2026-11-24').contains(slot)).toBe(true);
    await user.click(slot);
    expect(onAddPost).toHaveBeenLastCalledWith('2026-11-24', '14:30');
    await user.click(screen.getByRole('button', { name: 'Add a post on Sunday 29 November with no set time' }));
    expect(onAddPost).toHaveBeenLastCalledWith('2026-11-29', null);
    expect(container.querySelectorAll('button[data-add-slot]')).toHaveLength(7 * 49);
  });

  it('opens a post when it is clicked, without adding one underneath', async () => {
    const user = userEvent.setup();
    const post = makePost({ title: 'Launch', time: '14:30' });
    const { onEditPost, onAddPost, container } = await renderView(WeekView, { view: 'week', posts: [post] });
    await user.click(cardIn(container, 'Launch'));
    expect(onEditPost).toHaveBeenCalledWith(post.id);
    expect(onAddPost).not.toHaveBeenCalled();
  });

  it('is one Tab stop for all slots, moved with the arrow keys like a dragged post', async () => {
    const user = userEvent.setup();
    const { onAddPost, container } = await renderView(WeekView, { view: 'week', posts: [] });
    const tabbable = () => [...container.querySelectorAll<HTMLElement>('[data-add-slot][tabindex="0"]')];
    // Today at 07:00, where the grid opens.
    expect(tabbable().map((el) => el.dataset.addSlot)).toEqual(['2026-11-24T07:00']);
    expect(screen.getByRole('group', { name: 'Week of 23 – 29 Nov 2026' })).toHaveAccessibleDescription(/Arrow keys move between days/);

    await user.tab();
    expect(document.activeElement).toBe(tabbable()[0]);
    await user.keyboard('{ArrowRight}{ArrowUp}');
    expect(document.activeElement).toHaveAccessibleName('Add a post on Wednesday 25 November at 06:30');
    expect(tabbable().map((el) => el.dataset.addSlot)).toEqual(['2026-11-25T06:30']);
    await user.keyboard('{Enter}');
    expect(onAddPost).toHaveBeenLastCalledWith('2026-11-25', '06:30');

    // Paging up stops at 00:00; one more step up is the day's untimed row, and down comes back.
    await user.keyboard('{PageUp}{PageUp}');
    expect(document.activeElement).toHaveAttribute('data-add-slot', '2026-11-25T00:00');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveAccessibleName('Add a post on Wednesday 25 November with no set time');
    await user.keyboard('{ArrowUp}{End}');
    expect(document.activeElement).toHaveAttribute('data-add-slot', '2026-11-29Tuntimed');
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-add-slot', '2026-11-29T00:00');
    await user.keyboard(' ');
    expect(onAddPost).toHaveBeenLastCalledWith('2026-11-29', '00:00');
  });

  it('registers every slot and untimed row as a drop target with the planning ids', async () => {
    let droppables: DroppableContainer[] = [];
    const post = makePost({ title: 'Launch', time: '14:30' });
    await renderView(WeekView, { view: 'week', posts: [post], onDroppables: (d) => (droppables = d) });
    const ids = droppables.map((d) => String(d.id));
    expect(ids).toHaveLength(7 * 49);
    expect(ids).toContain('slot:2026-11-23T00:00');
    expect(ids).toContain('slot:2026-11-29T23:30');
    expect(ids).toContain('slot:2026-11-24Tuntimed');
    const slot = droppables.find((d) => d.id === 'slot:2026-11-24T14:30')!;
    expect(slot.data.current).toEqual({ day: '2026-11-24', time: '14:30', clientId: 'c1' });
    expect(slot.disabled).toBe(false);
    expect(droppables.find((d) => d.id === 'slot:2026-11-24Tuntimed')!.data.current).toEqual({ day: '2026-11-24', time: null, clientId: 'c1' });
  });

  it('read-only: no add buttons and no drop targets, but posts still open', async () => {
    const user = userEvent.setup();
    let droppables: DroppableContainer[] = [];
    const posts = [makePost({ title: 'Launch', time: '14:30' }), makePost({ title: 'Loose', time: null })];
    const { container, onEditPost } = await renderView(WeekView, {
      view: 'week',
      posts,
      readOnly: true,
      onDroppables: (d) => (droppables = d),
    });
    expect(screen.queryAllByRole('button', { name: /^Add a post/ })).toHaveLength(0);
    expect(container.querySelectorAll('[data-add-slot]')).toHaveLength(0);
    expect(container.querySelector('[data-slot="2026-11-24T14:30"]')).not.toBeNull(); // the grid is still drawn
    expect(droppables.length).toBeGreaterThan(0);
    expect(droppables.every((d) => d.disabled)).toBe(true);
    expect(screen.getByRole('group', { name: 'Week of 23 – 29 Nov 2026' })).not.toHaveAttribute('aria-describedby');
    await user.click(cardIn(container, 'Loose'));
    expect(onEditPost).toHaveBeenCalledWith(posts[1]!.id);
    // Not draggable when nothing may move.
    expect(cardIn(container, 'Launch')).not.toHaveAttribute('aria-roledescription');
  });

  it('opens on 07:00, or on the earliest post when it is earlier', async () => {
    const first = await renderView(WeekView, { view: 'week', posts: [makePost({ title: 'Late', time: '20:00' })] });
    expect(first.container.querySelector('.week-scroll')!.scrollTop).toBe(7 * 48 - 8);
    first.unmount();
    const early = await renderView(WeekView, { view: 'week', posts: [makePost({ title: 'Dawn', date: '2026-11-28', time: '05:15' })] });
    expect(early.container.querySelector('.week-scroll')!.scrollTop).toBe(5 * 48 - 8);
    expect(early.container.querySelector('[data-add-slot][tabindex="0"]')).toHaveAttribute('data-add-slot', '2026-11-24T05:00');
  });

  it('names everything in the interface language', async () => {
    const { container } = await renderView(WeekView, {
      view: 'week',
      language: 'fr',
      posts: [makePost({ title: 'Lancement', time: '14:30' })],
    });
    expect(screen.getByRole('button', { name: 'Ajouter une publication le mardi 24 novembre à 14:30' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajouter une publication le mardi 24 novembre, sans heure' })).toBeInTheDocument();
    expect(screen.getAllByRole('group', { name: 'mardi 24 novembre' })[0]).toHaveAttribute('data-day', '2026-11-24');
    expect(head(container, '2026-11-24').querySelector('abbr')).toHaveAttribute('title', 'mardi');
    expect(head(container, '2026-11-24').querySelector('abbr')).toHaveTextContent('mar.');
    // A card's name: every value in its place, in French (the sentence is filled without i18next).
    expect(screen.getByRole('button', { name: 'Lancement, 14:30, Instagram, Image, Sérieux, Brouillon' })).toBeInTheDocument();
  });

  it('renders a busy week of 300 posts', async () => {
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
    const posts = Array.from({ length: 300 }, (_, i) => {
      const minutes = 6 * 60 + ((i * 37) % (14 * 60));
      const time = i % 10 === 0 ? null : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      return makePost({ title: `Post ${i}`, date: days[i % 7]!, time });
    });
    const { container } = await renderView(WeekView, { view: 'week', posts });
    // Every post is either a card or counted in a "+N" chip.
    const cards = container.querySelectorAll('.post-card').length;
    const folded = [...container.querySelectorAll('.week-more')].reduce((sum, el) => sum + Number(el.textContent?.slice(1)), 0);
    expect(cards + folded).toBe(300);
    // No crowd is drawn as slivers: at most three lanes side by side.
    const widths = [...container.querySelectorAll<HTMLElement>('.week-post')].map((li) => parseFloat(li.style.width));
    expect(Math.min(...widths)).toBeCloseTo(100 / 3);
  });
});
