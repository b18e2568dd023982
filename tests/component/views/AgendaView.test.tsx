import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AgendaView } from '../../../renderer/features/agenda/AgendaView';
import { makeClient, makePost, renderView } from './viewHarness';

// periodOf('agenda', 2026-11-24, span 14): Tuesday 24 November to Monday 7 December 2026.
const daySection = (container: HTMLElement, day: string) => container.querySelector<HTMLElement>(`[data-day="${day}"]`);

describe('AgendaView', () => {
  it('lists the days that have posts, in order, each with its posts in the given order', async () => {
    const posts = [
      makePost({ title: 'Weekend recipe', date: '2026-11-28', time: null }),
      makePost({ title: 'Morning poll', date: '2026-11-24', time: '09:00' }),
      makePost({ title: 'Evening reel', date: '2026-11-24', time: '18:30' }),
      makePost({ title: 'December teaser', date: '2026-12-02', time: '12:00' }),
      makePost({ title: 'Before the range', date: '2026-11-20', time: '12:00' }),
    ];
    const { container } = await renderView(AgendaView, { view: 'agenda', posts });

    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['November 2026', 'December 2026']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Tuesday 24 NovemberToday',
      'Saturday 28 November',
      'Wednesday 2 December',
    ]);
    // Empty days are skipped, and so are posts outside the range.
    expect(daySection(container, '2026-11-25')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Before the range/ })).toBeNull();

    const today = daySection(container, '2026-11-24')!;
    expect(today).toHaveAttribute('aria-current', 'date');
    const rows = within(today).getAllByRole('button', { name: /^(Morning|Evening)/ });
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Morning poll, 09:00, Instagram, Image, Serious, Draft',
      'Evening reel, 18:30, Instagram, Image, Serious, Draft',
    ]);
    // The list is a real list: days are items of a list, posts items of a nested one.
    expect(today.tagName).toBe('LI');
    expect(rows[0]!.closest('ul')?.closest('li')).toBe(today);
  });

  it('shows what a row says: time or "No time", format, title, caption line, channel, tone, status', async () => {
    const post = makePost({
      title: 'Sourdough tips',
      date: '2026-11-26',
      time: null,
      format: 'carousel',
      channel: 'linkedin',
      tone: 'playful',
      status: 'scheduled',
      caption: '\n  Five steps to a crisp crust  \nSecond line stays hidden',
    });
    const { onEditPost } = await renderView(AgendaView, { view: 'agenda', posts: [post] });
    const row = screen.getByRole('button', { name: /^Sourdough tips,/ });
    expect(row).toHaveAccessibleName('Sourdough tips, no time, LinkedIn, Carousel, Playful, Scheduled');
    expect(row).toHaveAccessibleDescription('Five steps to a crisp crust');
    expect(row).toHaveTextContent('No time');
    expect(row).toHaveTextContent('Carousel');
    expect(row).toHaveTextContent('LinkedIn');
    expect(row).toHaveTextContent('Playful');
    expect(row).toHaveTextContent('Scheduled');
    expect(row).not.toHaveTextContent('Second line');

    const user = userEvent.setup();
    await user.click(row);
    expect(onEditPost).toHaveBeenCalledWith(post.id);
    onEditPost.mockClear();
    row.focus();
    await user.keyboard('{Enter}');
    expect(onEditPost).toHaveBeenCalledWith(post.id);
  });

  it('notes empty stretches of three days or more, before, between and after posts', async () => {
    const posts = [
      // 24–26 Nov empty (3 days, before the first post): noted.
      makePost({ title: 'A', date: '2026-11-27', time: '10:00' }),
      // 28–29 Nov empty (2 days): just skipped.
      makePost({ title: 'B', date: '2026-11-30', time: '10:00' }),
      // 1–3 Dec empty (3 days, across the month boundary is fine): noted.
      makePost({ title: 'C', date: '2026-12-04', time: '10:00' }),
      // 5–7 Dec empty (3 days, up to the end of the range): noted.
    ];
    const { container } = await renderView(AgendaView, { view: 'agenda', posts });
    const notes = [...container.querySelectorAll('.agenda-gap')].map((n) => n.textContent);
    expect(notes).toEqual([
      'No posts from Tue 24 Nov to Thu 26 Nov',
      'No posts from Tue 1 Dec to Thu 3 Dec',
      'No posts from Sat 5 Dec to Mon 7 Dec',
    ]);
    // In reading order with the days.
    const order = [...container.querySelectorAll<HTMLElement>('.agenda-days > li')].map((li) => li.dataset.day ?? `gap ${li.dataset.gapFrom}`);
    expect(order).toEqual(['gap 2026-11-24', '2026-11-27', '2026-11-30', 'gap 2026-12-01', '2026-12-04', 'gap 2026-12-05']);
  });

  it('adds a post from a day heading, except when read-only', async () => {
    const user = userEvent.setup();
    const posts = [makePost({ title: 'A', date: '2026-11-27', time: '10:00' })];
    const { onAddPost, unmount } = await renderView(AgendaView, { view: 'agenda', posts });
    await user.click(screen.getByRole('button', { name: 'Add a post on Friday 27 November' }));
    expect(onAddPost).toHaveBeenCalledWith('2026-11-27');
    unmount();

    const readOnly = await renderView(AgendaView, { view: 'agenda', posts, readOnly: true });
    expect(screen.queryAllByRole('button', { name: /^Add a post/ })).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: /^A,/ }));
    expect(readOnly.onEditPost).toHaveBeenCalledWith(posts[0]!.id);
  });

  it('names each post’s client in the All clients agenda', async () => {
    const bloom = makeClient({ id: 'c1', name: 'Bloom Bakery', color: '#059669' });
    const atlas = makeClient({ id: 'c2', name: 'Atlas Gym', color: '#dc2626' });
    const posts = [
      makePost({ title: 'Bread', clientId: 'c1', date: '2026-11-25', time: '08:00' }),
      makePost({ title: 'Squats', clientId: 'c2', date: '2026-11-25', time: '09:00' }),
    ];
    const { container } = await renderView(AgendaView, { view: 'agenda', posts, client: null, clients: [bloom, atlas] });
    const squats = screen.getByRole('button', { name: /^Atlas Gym: Squats,/ });
    expect(squats).toHaveTextContent('Atlas Gym');
    expect(squats.querySelector<HTMLElement>('.client-dot')!.style.backgroundColor).toBe('rgb(220, 38, 38)');
    expect(screen.getByRole('button', { name: /^Bloom Bakery: Bread,/ })).toHaveTextContent('Bloom Bakery');

    // A single client's agenda does not repeat its name on every row.
    const single = await renderView(AgendaView, { view: 'agenda', posts: posts.slice(0, 1) });
    expect(within(single.container).getByRole('button', { name: /^Bread,/ })).not.toHaveTextContent('Bloom Bakery');
    expect(container.querySelectorAll('.agenda-row-client')).toHaveLength(2);
  });

  it('says clearly when the range has no posts', async () => {
    const user = userEvent.setup();
    const { onAddPost, container } = await renderView(AgendaView, { view: 'agenda', posts: [] });
    expect(screen.getByRole('heading', { name: 'Nothing planned' })).toBeInTheDocument();
    expect(screen.getByText('No posts to show from 24 November 2026 to 7 December 2026.')).toBeInTheDocument();
    expect(container.querySelector('.agenda-gap')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add a post' }));
    expect(onAddPost).toHaveBeenCalledWith('2026-11-24');
  });

  it('speaks French when the interface does', async () => {
    const posts = [makePost({ title: 'Pain', date: '2026-11-24', time: '08:00' }), makePost({ title: 'Brioche', date: '2026-11-30', time: null })];
    await renderView(AgendaView, { view: 'agenda', posts, language: 'fr' });
    expect(screen.getByRole('button', { name: 'Ajouter une publication le mardi 24 novembre' })).toBeInTheDocument();
    expect(screen.getByText('Aucune publication du mer. 25 nov. au dim. 29 nov.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Brioche,/ })).toHaveTextContent('Sans heure');
    expect(screen.getByRole('heading', { level: 3, name: /mardi 24 novembre/ })).toHaveTextContent('Aujourd’hui');
  });
});
