// The All clients week from the keyboard (issue 14, part 4): the lanes' cells are one Tab stop, arrows
// move between days and lanes, Enter or `n` adds on the focused day.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AllClientsWeek } from '../../../renderer/features/allClients/AllClientsWeek';
import { makeClient, makePost, renderView } from './viewHarness';

const bloom = makeClient({ id: 'c1', name: 'Bloom Bakery' });
const acme = makeClient({ id: 'c2', name: 'Acme', color: '#2563eb' });

const render = (readOnly = false) =>
  renderView(AllClientsWeek, {
    view: 'week',
    client: null,
    clients: [bloom, acme],
    readOnly,
    posts: [makePost({ title: 'Bread poll', clientId: 'c1', date: '2026-11-25' })],
  });

const focused = () => {
  const cell = document.activeElement as HTMLElement;
  return `${cell.dataset.client} ${cell.dataset.day}`;
};

describe('All clients week: keyboard', () => {
  it('has one Tab stop among its cells, today in the first lane', async () => {
    const { container } = await render();
    const stops = [...container.querySelectorAll<HTMLElement>('.lane-cell')].filter((cell) => cell.tabIndex === 0);
    expect(stops.map((cell) => `${cell.dataset.client} ${cell.dataset.day}`)).toEqual(['c1 2026-11-24']);
    expect(screen.getByRole('grid')).toBeInTheDocument();
  });

  it('moves with the arrows between days and lanes, stops at the edges, and Home/End go to the week’s ends', async () => {
    const user = userEvent.setup();
    const { container } = await render();
    container.querySelector<HTMLElement>('.lane-cell[tabindex="0"]')!.focus();
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe('c1 2026-11-25');
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('c2 2026-11-25');
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('c2 2026-11-25');
    await user.keyboard('{End}');
    expect(focused()).toBe('c2 2026-11-29');
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe('c2 2026-11-29');
    await user.keyboard('{Home}{ArrowUp}');
    expect(focused()).toBe('c1 2026-11-23');
    // The Tab stop follows the focus.
    expect([...container.querySelectorAll<HTMLElement>('.lane-cell')].filter((cell) => cell.tabIndex === 0)).toEqual([document.activeElement]);
  });

  it('adds a post on the focused day with Enter or n, not when read-only', async () => {
    const user = userEvent.setup();
    const { container, onAddPost } = await render();
    container.querySelector<HTMLElement>('.lane-cell[tabindex="0"]')!.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    expect(onAddPost).toHaveBeenLastCalledWith('2026-11-26');
    await user.keyboard('{ArrowLeft}n');
    expect(onAddPost).toHaveBeenLastCalledWith('2026-11-25');
    expect(onAddPost).toHaveBeenCalledTimes(2);
  });

  it('adds nothing when read-only', async () => {
    const user = userEvent.setup();
    const { container, onAddPost } = await render(true);
    container.querySelector<HTMLElement>('.lane-cell[tabindex="0"]')!.focus();
    await user.keyboard('{Enter}n');
    expect(onAddPost).not.toHaveBeenCalled();
  });
});
