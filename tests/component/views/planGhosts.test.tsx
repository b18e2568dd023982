import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Proposal } from '../../../shared/planner/types';
import { MonthView } from '../../../renderer/features/calendar/MonthView';
import type { CalendarViewProps } from '../../../renderer/features/calendar/viewTypes';
import { PlanGhostsProvider, type PlanGhosts } from '../../../renderer/features/plan/PlanContext';
import { WeekView } from '../../../renderer/features/week/WeekView';
import { makeClient, makePost, renderView } from './viewHarness';

const proposal = (id: string, date: string, title: string): Proposal => ({
  id,
  date,
  time: '12:30',
  channel: 'instagram',
  format: 'quiz',
  tone: 'playful',
  intent: 'conversational',
  invitesParticipation: true,
  pillar: null,
  title,
  caption: '',
});

const withGhosts = (View: (props: CalendarViewProps) => React.ReactNode, ghosts: PlanGhosts) =>
  function WithGhosts(props: CalendarViewProps) {
    return (
      <PlanGhostsProvider value={ghosts}>
        <View {...props} />
      </PlanGhostsProvider>
    );
  };

const cell = (container: HTMLElement, day: string) => container.querySelector<HTMLElement>(`.day[data-day="${day}"]`)!;

describe('proposals on the calendar', () => {
  it('month: a proposal is a ghost card after the day’s posts; clicking it shows it in the plan', async () => {
    const select = vi.fn();
    const ghosts: PlanGhosts = {
      byDay: new Map([
        ['2026-12-07', [proposal('g1', '2026-12-07', 'Quiz: Tips')]],
        ['2026-12-08', [proposal('g2', '2026-12-08', 'Poll: Community')]],
      ]),
      select,
    };
    const posts = [makePost({ title: 'Bread basics', date: '2026-12-07', time: '09:00' })];
    const { container, onEditPost } = await renderView(withGhosts(MonthView, ghosts), { view: 'month', anchor: '2026-12-01', posts });
    // jsdom's 768 px window holds one comfortable card a day: the post first, the proposal counted in "+1 more".
    const busy = cell(container, '2026-12-07');
    expect(within(busy).getByRole('button', { name: /^Bread basics,/ })).toBeInTheDocument();
    expect(within(busy).queryByRole('button', { name: /^Proposed:/ })).toBeNull();
    expect(within(busy).getByRole('button', { name: /^Show 1 more post on/ })).toBeInTheDocument();
    const ghost = within(cell(container, '2026-12-08')).getByRole('button', { name: 'Proposed: Poll: Community, 12:30, Instagram, Quiz. Show in the plan' });
    expect(ghost).toHaveClass('post-card-ghost');
    // Not a post yet: nothing to drag, nothing to open in the editor.
    expect(ghost).not.toHaveAttribute('aria-roledescription');
    expect(ghost).not.toHaveAttribute('data-post-id');
    await userEvent.click(ghost);
    expect(select).toHaveBeenCalledWith('g2');
    expect(onEditPost).not.toHaveBeenCalled();
  });

  it('month: without a plan, no ghost is drawn', async () => {
    const { container } = await renderView(MonthView, { view: 'month', anchor: '2026-12-01', posts: [] });
    expect(container.querySelectorAll('.post-card-ghost')).toHaveLength(0);
  });

  it('week: a proposal is laid out at its time among the posts', async () => {
    const ghosts: PlanGhosts = { byDay: new Map([['2026-12-08', [proposal('g2', '2026-12-08', 'Poll: Community')]]]), select: vi.fn() };
    const { container } = await renderView(withGhosts(WeekView, ghosts), { view: 'week', anchor: '2026-12-08', posts: [] });
    const column = container.querySelector<HTMLElement>('.week-day[data-day="2026-12-08"]')!;
    const ghost = within(column).getByRole('button', { name: /^Proposed: Poll: Community/ });
    expect((ghost.closest('li') as HTMLElement).style.top).toBe(`${12.5 * 48}px`);
  });
});

describe('holidays in the day heads', () => {
  it('month: the client’s country’s holidays show in their day, in the UI language', async () => {
    const { container } = await renderView(MonthView, { view: 'month', anchor: '2026-12-01', posts: [], client: makeClient({ country: 'FR' }) });
    expect(await within(cell(container, '2026-12-25')).findByText('Christmas Day')).toHaveAttribute('title', 'Christmas Day');
    expect(within(cell(container, '2026-12-24')).queryByText('Christmas Day')).toBeNull();
  });

  it('month, in French; and nothing without a country', async () => {
    const fr = await renderView(MonthView, { view: 'month', anchor: '2026-12-01', posts: [], client: makeClient({ country: 'FR' }), language: 'fr' });
    expect(await within(cell(fr.container, '2026-12-25')).findByText('Noël')).toBeInTheDocument();
    fr.unmount();
    const none = await renderView(MonthView, { view: 'month', anchor: '2026-12-01', posts: [] });
    await new Promise((r) => setTimeout(r, 50));
    expect(none.container.querySelectorAll('.day-occasion')).toHaveLength(0);
  });

  it('week: in the day head', async () => {
    await renderView(WeekView, { view: 'week', anchor: '2026-12-25', posts: [], client: makeClient({ country: 'FR' }) });
    expect(await screen.findByText('Christmas Day')).toBeInTheDocument();
  });
});

describe('proposals in the agenda', () => {
  it('are listed among the day’s posts, marked as proposed, and shown in the plan when chosen', async () => {
    const { AgendaView } = await import('../../../renderer/features/agenda/AgendaView');
    const select = vi.fn();
    const ghosts: PlanGhosts = { byDay: new Map([['2026-11-26', [proposal('g3', '2026-11-26', 'Quiz: Tips')]]]), select };
    const posts = [makePost({ title: 'Morning bread', date: '2026-11-26', time: '09:00' }), makePost({ title: 'Evening', date: '2026-11-26', time: '18:00' })];
    const { container, onEditPost } = await renderView(withGhosts(AgendaView, ghosts), { view: 'agenda', posts });
    const day = container.querySelector<HTMLElement>('.agenda-day[data-day="2026-11-26"]')!;
    const rows = within(day).getAllByRole('button').filter((b) => b.classList.contains('agenda-row'));
    expect(rows.map((r) => r.getAttribute('aria-label')?.split(',')[0])).toEqual(['Morning bread', 'Proposed: Quiz: Tips', 'Evening']);
    await userEvent.click(rows[1]!);
    expect(select).toHaveBeenCalledWith('g3');
    expect(onEditPost).not.toHaveBeenCalled();
  });
});
