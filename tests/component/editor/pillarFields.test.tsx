import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/model/client';
import type { PostInputDraft } from '../../../shared/model/post';
import { createClient, updateClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { createPost } from '../../../renderer/db/posts';
import { PostEditor } from '../../../renderer/features/editor/PostEditor';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';

let db: CadenceDb;
let client: Client;

beforeEach(async () => {
  db = createDb();
  await openDb(db);
  const created = await createClient(db, { name: 'Bloom', color: '#4f46e5', channels: ['instagram'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'en' });
  client = await updateClient(db, created.id, {
    pillars: [
      { id: 'p-tips', name: 'Tips', color: '#059669', target: 0.6 },
      { id: 'p-team', name: 'Team', color: '#db2777', target: 0.4 },
    ],
  });
});
afterEach(() => db.close());

const post = (fields: Partial<PostInputDraft> = {}) =>
  createPost(db, {
    clientId: client.id,
    title: 'Sourdough tips',
    caption: '',
    date: '2026-11-03',
    time: null,
    channel: 'instagram',
    format: 'image',
    tone: 'serious',
    intent: 'informative',
    invitesParticipation: false,
    status: 'draft',
    tags: [],
    notes: '',
    ...fields,
  });

const renderEditor = async (postId: string | null, language: UiLanguage = 'en') => {
  const i18n = await createI18n(language);
  const opened = postId ? ((await db.posts.get(postId)) ?? null) : null;
  let closed = 0;
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <PostEditor client={client} clients={[client]} post={opened} date="2026-11-10" time={null} onClose={() => (closed += 1)} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return { closed: () => closed, user: userEvent.setup() };
};

describe('PostEditor: pillar', () => {
  it('offers None and the client’s pillars, shows the chosen one’s colour, and stores its id', async () => {
    const { user, closed } = await renderEditor(null);
    const select = screen.getByLabelText('Pillar');
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['None', 'Tips', 'Team']);
    await user.type(screen.getByLabelText('Title'), 'Five proofing mistakes');
    await user.selectOptions(select, 'Team');
    expect(document.querySelector('.pillar-chip')).toHaveStyle({ backgroundColor: '#db2777' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(1));
    const [saved] = await db.posts.toArray();
    expect(saved?.pillar).toBe('p-team');
    expect(saved?.evergreen).toBeNull();
  });

  it('keeps the pillar (and an evergreen setting) of a post edited for something else', async () => {
    const stored = await post({ pillar: 'p-tips', status: 'idea', date: null, evergreen: { everyWeeks: 6, lastUsed: '2026-10-01' } });
    const { user, closed } = await renderEditor(stored.id);
    expect(screen.getByLabelText('Pillar')).toHaveValue('p-tips');
    await user.type(screen.getByLabelText('Title'), ' again{Enter}');
    await waitFor(() => expect(closed()).toBe(1));
    const saved = await db.posts.get(stored.id);
    expect(saved?.title).toBe('Sourdough tips again');
    expect(saved?.pillar).toBe('p-tips');
    expect(saved?.evergreen).toEqual({ everyWeeks: 6, lastUsed: '2026-10-01' });
  });

  it('shows a pillar the client no longer has as “Removed pillar”, which can be changed', async () => {
    const stored = await post({ pillar: 'p-gone' });
    const { user, closed } = await renderEditor(stored.id);
    const select = screen.getByLabelText('Pillar');
    expect(select).toHaveDisplayValue('Removed pillar');
    expect(select).toHaveAccessibleDescription(/This pillar was removed from the client/);
    await user.selectOptions(select, 'Tips');
    expect(select).not.toHaveAccessibleDescription(/removed/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(1));
    expect((await db.posts.get(stored.id))?.pillar).toBe('p-tips');
  });
});

describe('PostEditor: evergreen', () => {
  it('is offered only for an idea without a day, and stores every N weeks with no last use for a new one', async () => {
    const { user, closed } = await renderEditor(null);
    expect(screen.queryByRole('checkbox', { name: /Evergreen/ })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Title'), 'Our starter, explained');
    await user.selectOptions(screen.getByLabelText('Status'), 'idea');
    expect(screen.queryByRole('checkbox', { name: /Evergreen/ })).not.toBeInTheDocument();
    await user.clear(screen.getByLabelText('Date'));
    await user.click(screen.getByRole('checkbox', { name: /Evergreen/ }));
    const every = screen.getByLabelText('Every (weeks)');
    await user.clear(every);
    await user.type(every, '0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(every).toHaveAccessibleDescription('Enter a whole number of weeks, from 1 to 104.');
    expect(await db.posts.count()).toBe(0);
    await user.clear(every);
    await user.type(every, '12');
    expect(screen.getByText('Not used yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(1));
    const [saved] = await db.posts.toArray();
    expect(saved).toMatchObject({ status: 'idea', date: null, evergreen: { everyWeeks: 12, lastUsed: null } });
  });

  it('keeps the last use when the interval is edited, and turns off to null (in French)', async () => {
    const stored = await post({ status: 'idea', date: null, evergreen: { everyWeeks: 6, lastUsed: '2026-10-01' } });
    const { user, closed } = await renderEditor(stored.id, 'fr');
    expect(screen.getByText('Utilisée pour la dernière fois le 1 oct. 2026')).toBeInTheDocument();
    const every = screen.getByLabelText('Toutes les (semaines)');
    await user.clear(every);
    await user.type(every, '10');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(closed()).toBe(1));
    expect((await db.posts.get(stored.id))?.evergreen).toEqual({ everyWeeks: 10, lastUsed: '2026-10-01' });
  });

  it('turned off, stores no evergreen setting', async () => {
    const stored = await post({ status: 'idea', date: null, evergreen: { everyWeeks: 6, lastUsed: null } });
    const { user, closed } = await renderEditor(stored.id);
    await user.click(screen.getByRole('checkbox', { name: /Evergreen/ }));
    expect(screen.queryByLabelText('Every (weeks)')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(1));
    expect((await db.posts.get(stored.id))?.evergreen).toBeNull();
  });
});
