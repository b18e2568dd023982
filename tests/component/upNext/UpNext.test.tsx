// Up next (issue 16): the posts due today and in the next 7 days, for one client or all, in time
// order with their status, overdue marked; its toolbar count; the reminder settings per client, with
// the permission asked only when reminders are turned on and a refusal said where the user is.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveReminderSettings } from '../../../shared/publishing/reminders';
import type { CadenceDb } from '../../../renderer/db/database';
import { addClient, addPost, installBridge, openTestDb, removeBridge, renderUpNext } from './harness';

let db: CadenceDb;
let bridge: ReturnType<typeof installBridge>;

beforeEach(async () => {
  db = await openTestDb();
  bridge = installBridge();
});
afterEach(() => {
  removeBridge();
  db.close();
});

// "Now" is 2026-11-24 09:00 UTC: 10:00 in Paris, 04:00 in New York, 18:00 in Tokyo.
const seed = async () => {
  const paris = await addClient(db, 'Boulangerie', 'Europe/Paris', '#059669');
  const ny = await addClient(db, 'Bagels NYC', 'America/New_York', '#dc2626');
  await addPost(db, paris, { title: 'Morning bread', date: '2026-11-24', time: '08:30' }); // overdue (08:30 < 10:00)
  await addPost(db, paris, { title: 'Lunch special', date: '2026-11-24', time: '12:00' });
  await addPost(db, paris, { title: 'Published early', date: '2026-11-24', time: '07:00', status: 'published' });
  await addPost(db, paris, { title: 'Friday batch', date: '2026-11-27', time: null });
  await addPost(db, paris, { title: 'Yesterday missed', date: '2026-11-23', time: '18:00' }); // overdue, day before
  await addPost(db, paris, { title: 'Too far', date: '2026-12-05', time: '09:00' });
  await addPost(db, paris, { title: 'Some idea', date: null, time: null, status: 'idea' });
  await addPost(db, ny, { title: 'NY breakfast', date: '2026-11-24', time: '07:00' }); // 12:00 UTC, not yet
  return { paris, ny };
};

const rows = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('up-next-row'));
const titles = () => rows().map((li) => within(li).getAllByRole('button')[0]!.textContent?.trim());

describe('Up next', () => {
  it('lists all clients’ posts from the last overdue to 7 days ahead in time order, status shown, overdue marked', async () => {
    await seed();
    await renderUpNext(db);
    const button = await screen.findByRole('button', { name: /Up next/ });
    // Due today or overdue, still to publish: Morning bread, Lunch special, Yesterday missed, NY breakfast.
    await waitFor(() => expect(button).toHaveTextContent('4'));
    fireEvent.click(button);
    await screen.findByRole('dialog', { name: 'Up next' });
    expect(titles()).toEqual(['Yesterday missed', 'Published early', 'Morning bread', 'Lunch special', 'NY breakfast', 'Friday batch']);
    const overdue = rows().filter((li) => within(li).queryByText('Overdue'));
    expect(overdue.map((li) => within(li).getAllByRole('button')[0]!.textContent?.trim())).toEqual(['Yesterday missed', 'Morning bread']);
    const published = rows().find((li) => li.textContent?.includes('Published early'))!;
    expect(published).toHaveTextContent('Published');
    expect(within(published).queryByText('Overdue')).toBeNull();
    // All clients: each row names its client; days are headed.
    expect(rows()[4]).toHaveTextContent('Bagels NYC');
    expect(screen.getByRole('heading', { name: /^Today, Tuesday 24 November/ })).toBeInTheDocument();
    expect(screen.getByText('Any time')).toBeInTheDocument();
  });

  it('shows one client’s posts when scoped to it, from the calendar or the picker', async () => {
    const { ny } = await seed();
    await renderUpNext(db, { clientId: ny.id });
    const button = await screen.findByRole('button', { name: /Up next/ });
    await waitFor(() => expect(button).toHaveTextContent('1'));
    fireEvent.click(button);
    await screen.findByRole('dialog');
    expect(titles()).toEqual(['NY breakfast']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Whose posts' }), { target: { value: '' } });
    await waitFor(() => expect(titles()).toHaveLength(6));
  });

  it('opens a post from its row, and from a clicked notification', async () => {
    await seed();
    const { onOpenPost } = await renderUpNext(db);
    fireEvent.click(await screen.findByRole('button', { name: /Up next/ }));
    await screen.findByRole('dialog');
    await waitFor(() => expect(titles()).toHaveLength(6));
    fireEvent.click(screen.getByRole('button', { name: 'Lunch special' }));
    expect(onOpenPost).toHaveBeenCalledWith(expect.objectContaining({ title: 'Lunch special' }));
    const friday = (await db.posts.toArray()).find((p) => p.title === 'Friday batch')!;
    act(() => bridge.click(friday.id));
    await waitFor(() => expect(onOpenPost).toHaveBeenLastCalledWith(expect.objectContaining({ id: friday.id })));
  });

  it('says when there is nothing due', async () => {
    await addClient(db, 'Empty');
    await renderUpNext(db);
    fireEvent.click(await screen.findByRole('button', { name: /Up next/ }));
    expect(await screen.findByText('Nothing due today or in the next 7 days.')).toBeInTheDocument();
  });
});

describe('Up next: reminder settings', () => {
  it('turns a client’s reminders on (asking the permission then, not before) and stores the minutes, keeping its other fields', async () => {
    const { paris } = await seed();
    await renderUpNext(db, { clientId: paris.id });
    fireEvent.click(await screen.findByRole('button', { name: /Up next/ }));
    await screen.findByRole('dialog');
    expect(bridge.notificationPermission).not.toHaveBeenCalled();
    const toggle = screen.getByRole('checkbox', { name: 'Remind me for Boulangerie' });
    const minutes = screen.getByRole('spinbutton', { name: 'Minutes before each post of Boulangerie' });
    expect(toggle).not.toBeChecked();
    expect(minutes).toHaveValue(15);
    expect(minutes).toBeDisabled();
    fireEvent.click(toggle);
    await waitFor(() => expect(bridge.notificationPermission).toHaveBeenCalledWith({ ask: true }));
    await waitFor(async () => expect(resolveReminderSettings((await db.clients.get(paris.id))!.reminders)).toEqual({ enabled: true, minutesBefore: 15 }));
    await waitFor(() => expect(minutes).toBeEnabled());
    fireEvent.change(minutes, { target: { value: '30' } });
    fireEvent.blur(minutes);
    await waitFor(async () => expect((await db.clients.get(paris.id))!.reminders).toEqual({ enabled: true, minutesBefore: 30 }));
    const stored = (await db.clients.get(paris.id))!;
    expect(stored).toMatchObject({ name: 'Boulangerie', timeZone: 'Europe/Paris', color: '#059669', channels: ['instagram', 'linkedin'] });
  });

  it('refuses minutes that are not a whole number from 0 to a week, at the field, storing nothing', async () => {
    const paris = await addClient(db, 'Boulangerie');
    await db.clients.update(paris.id, { reminders: { enabled: true, minutesBefore: 15 } });
    await renderUpNext(db, { clientId: paris.id });
    fireEvent.click(await screen.findByRole('button', { name: /Up next/ }));
    const minutes = await screen.findByRole('spinbutton', { name: /Minutes before/ });
    for (const bad of ['-5', '20000', '7.5']) {
      fireEvent.change(minutes, { target: { value: bad } });
      fireEvent.blur(minutes);
      expect(await screen.findByText('Enter a whole number of minutes, from 0 to 10,080 (a week).')).toBeInTheDocument();
      expect(minutes).toHaveAttribute('aria-invalid', 'true');
    }
    expect((await db.clients.get(paris.id))!.reminders).toEqual({ enabled: true, minutesBefore: 15 });
  });

  it('tells the user when notifications are refused or unavailable, and still lists the posts', async () => {
    const { paris } = await seed();
    bridge.notificationPermission.mockResolvedValue('denied');
    await renderUpNext(db, { clientId: paris.id });
    fireEvent.click(await screen.findByRole('button', { name: /Up next/ }));
    await screen.findByRole('dialog');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remind me for Boulangerie' }));
    expect(await screen.findByText(/Notifications are blocked for Cadence/)).toBeInTheDocument();
    expect(titles()).toContain('Lunch special');
    bridge.notificationPermission.mockResolvedValue('unavailable');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remind me for Boulangerie' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Remind me for Boulangerie' })).not.toBeChecked());
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remind me for Boulangerie' }));
    expect(await screen.findByText(/cannot show notifications/)).toBeInTheDocument();
  });

  it('speaks French', async () => {
    await seed();
    await renderUpNext(db, { language: 'fr' });
    fireEvent.click(await screen.findByRole('button', { name: /À publier/ }));
    await screen.findByRole('dialog', { name: 'À publier' });
    expect(await screen.findAllByText('En retard')).toHaveLength(2);
    expect(screen.getByRole('heading', { name: /^Aujourd’hui, mardi 24 novembre/ })).toBeInTheDocument();
  });
});
