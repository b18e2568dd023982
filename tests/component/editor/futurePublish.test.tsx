import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../shared/model/client';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { createPost } from '../../../renderer/db/posts';
import { PostEditor } from '../../../renderer/features/editor/PostEditor';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { createI18n } from '../../../renderer/i18n/i18n';

// "Now" is fixed: Tuesday 24 November 2026, 10:00 in Paris (04:00 in New York). Only Date is faked.
const NOW = new Date('2026-11-24T10:00:00+01:00');

let db: CadenceDb;
const clients: Record<'paris' | 'newYork', Client> = {} as never;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  db = createDb();
  await openDb(db);
  const base = { color: '#4f46e5', channels: ['instagram'] as Client['channels'], weekStartsOn: 1 as const, language: 'en' as const };
  clients.paris = await createClient(db, { ...base, name: 'Bloom', timeZone: 'Europe/Paris' });
  clients.newYork = await createClient(db, { ...base, name: 'Hudson', timeZone: 'America/New_York' });
});
afterEach(() => {
  db.close();
  vi.useRealTimers();
});

const renderEditor = async (options: { client?: Client; postId?: string; date?: string; language?: 'en' | 'fr' } = {}) => {
  const client = options.client ?? clients.paris;
  const i18n = await createI18n(options.language ?? 'en');
  const post = options.postId ? ((await db.posts.get(options.postId)) ?? null) : null;
  let closed = 0;
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <PostEditor client={client} clients={[client]} post={post} date={options.date ?? '2026-11-24'} time={null} onClose={() => (closed += 1)} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return { closedCount: () => closed };
};

/** Fills a new post's title, time and status, then saves with Enter. */
const fillAndSave = async (user: ReturnType<typeof userEvent.setup>, fields: { time?: string; date?: string; status?: string }) => {
  await user.type(screen.getByLabelText('Title'), 'Advent quiz');
  if (fields.date) {
    await user.clear(screen.getByLabelText('Date'));
    await user.type(screen.getByLabelText('Date'), fields.date);
  }
  if (fields.time) await user.type(screen.getByLabelText('Time'), fields.time);
  await user.selectOptions(screen.getByLabelText('Status'), fields.status ?? 'published');
  await user.type(screen.getByLabelText('Title'), '{Enter}');
};

const question = () => screen.queryByRole('alertdialog');

describe('marking a post published on a day still to come', () => {
  it('asks first, saves nothing until the answer, then saves on "Mark published anyway"', async () => {
    const user = userEvent.setup();
    const { closedCount } = await renderEditor();
    await fillAndSave(user, { time: '11:00' });
    expect(question()).toHaveTextContent(
      'This post is marked Published, but its date, Tue, Nov 24, 2026 at 11:00, is still to come. Mark it published anyway?',
    );
    expect(screen.getByRole('button', { name: 'Mark published anyway' })).toHaveFocus();
    expect(await db.posts.count()).toBe(0);
    expect(closedCount()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Mark published anyway' }));
    await waitFor(() => expect(closedCount()).toBe(1));
    expect(await db.posts.toArray()).toMatchObject([{ title: 'Advent quiz', date: '2026-11-24', time: '11:00', status: 'published' }]);
  });

  it('does not ask for a time already past today, nor for an untimed post today', async () => {
    const user = userEvent.setup();
    const { closedCount } = await renderEditor();
    await fillAndSave(user, { time: '09:59' });
    await waitFor(() => expect(closedCount()).toBe(1));
    expect(question()).toBeNull();
    expect(await db.posts.toArray()).toMatchObject([{ time: '09:59', status: 'published' }]);
  });

  it('asks for an untimed post dated tomorrow; "Keep editing" saves nothing and another status saves without asking', async () => {
    const user = userEvent.setup();
    const { closedCount } = await renderEditor({ date: '2026-11-25' });
    await fillAndSave(user, {});
    expect(question()).toHaveTextContent('its date, Wed, Nov 25, 2026, is still to come');
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(question()).toBeNull();
    expect(await db.posts.count()).toBe(0);

    await user.selectOptions(screen.getByLabelText('Status'), 'scheduled');
    await user.type(screen.getByLabelText('Title'), '{Enter}');
    await waitFor(() => expect(closedCount()).toBe(1));
    expect(question()).toBeNull();
    expect(await db.posts.toArray()).toMatchObject([{ date: '2026-11-25', status: 'scheduled' }]);
  });

  it('goes away when the date is changed to a past one, which then saves', async () => {
    const user = userEvent.setup();
    const { closedCount } = await renderEditor({ date: '2026-12-03' });
    await fillAndSave(user, {});
    expect(question()).not.toBeNull();
    await user.clear(screen.getByLabelText('Date'));
    await user.type(screen.getByLabelText('Date'), '2026-11-20');
    expect(question()).toBeNull();
    await user.type(screen.getByLabelText('Title'), '{Enter}');
    await waitFor(() => expect(closedCount()).toBe(1));
    expect(await db.posts.toArray()).toMatchObject([{ date: '2026-11-20', status: 'published' }]);
  });

  it('reads "now" in the client’s zone: 09:00 today is past in Paris, still to come in New York', async () => {
    const user = userEvent.setup();
    await renderEditor({ client: clients.newYork });
    await fillAndSave(user, { time: '09:00' });
    expect(question()).toHaveTextContent('Tue, Nov 24, 2026 at 09:00, is still to come');
    expect(await db.posts.count()).toBe(0);
  });

  it('asks when a stored draft becomes published, not when a post stored published there is edited', async () => {
    const user = userEvent.setup();
    const input = {
      clientId: clients.paris.id, caption: '', date: '2026-12-03', time: '09:00', channel: 'instagram', format: 'image', tone: 'serious',
      intent: 'informative', invitesParticipation: false, notes: '',
    } as const;
    const published = await createPost(db, { ...input, tags: [], title: 'Already published', status: 'published' });
    const draft = await createPost(db, { ...input, tags: [], title: 'A draft', status: 'draft' });

    const first = await renderEditor({ postId: published.id });
    await user.type(screen.getByLabelText('Title'), ' (edited){Enter}');
    await waitFor(() => expect(first.closedCount()).toBe(1));
    expect(question()).toBeNull();
    expect((await db.posts.get(published.id))?.title).toBe('Already published (edited)');
    document.body.innerHTML = '';

    const second = await renderEditor({ postId: draft.id, language: 'fr' });
    await user.selectOptions(screen.getByLabelText('Statut'), 'published');
    await user.type(screen.getByLabelText('Titre'), '{Enter}');
    // Exact text (toHaveTextContent would fold the no-break space before « ? »).
    expect(question()?.querySelector('p')?.textContent).toBe(
      'Cette publication est marquée Publiée, mais sa date, jeu. 3 déc. 2026 à 09:00, est encore à venir. La marquer publiée quand même\u00a0?',
    );
    expect((await db.posts.get(draft.id))?.status).toBe('draft');
    await user.click(screen.getByRole('button', { name: 'La marquer publiée' }));
    await waitFor(() => expect(second.closedCount()).toBe(1));
    expect((await db.posts.get(draft.id))?.status).toBe('published');
  });
});
