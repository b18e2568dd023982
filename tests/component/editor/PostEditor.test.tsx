import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/model/client';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { createPost } from '../../../renderer/db/posts';
import { PostEditor } from '../../../renderer/features/editor/PostEditor';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { createI18n } from '../../../renderer/i18n/i18n';

let db: CadenceDb;
let client: Client;

beforeEach(async () => {
  db = createDb();
  await openDb(db);
  client = await createClient(db, {
    name: 'Bloom',
    color: '#4f46e5',
    channels: ['instagram', 'linkedin'],
    timeZone: 'Europe/Paris',
    weekStartsOn: 1,
    language: 'en',
  });
});
afterEach(() => db.close());

const renderEditor = async (props: { postId?: string; date?: string; onClose?: () => void }) => {
  const i18n = await createI18n('en');
  const post = props.postId ? ((await db.posts.get(props.postId)) ?? null) : null;
  let closed = 0;
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <PostEditor client={client} clients={[client]} post={post} date={props.date ?? '2026-11-10'} time={null} onClose={() => (closed += 1)} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return { closedCount: () => closed };
};

describe('PostEditor', () => {
  it('choosing a format sets its default tone and participation', async () => {
    const user = userEvent.setup();
    await renderEditor({});
    expect(screen.getByRole('radio', { name: 'Serious' })).toBeChecked();
    await user.selectOptions(screen.getByLabelText('Format'), 'quiz');
    expect(screen.getByRole('radio', { name: 'Playful' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Invites the audience/ })).toBeChecked();
    await user.selectOptions(screen.getByLabelText('Format'), 'article');
    expect(screen.getByRole('radio', { name: 'Serious' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Invites the audience/ })).not.toBeChecked();
  });

  it('shows each error next to its field and saves nothing', async () => {
    const user = userEvent.setup();
    const { closedCount } = await renderEditor({});
    await user.type(screen.getByLabelText('Time'), '25:00');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Give the post a title.');
    expect(screen.getByLabelText('Time')).toHaveAccessibleDescription('Enter a time between 00:00 and 23:59, like 09:30.');
    expect(await db.posts.count()).toBe(0);
    expect(closedCount()).toBe(0);
  });

  it('saves with Ctrl+S, normalising the time and tags', async () => {
    const user = userEvent.setup();
    const { closedCount } = await renderEditor({ date: '2026-11-12' });
    await user.type(screen.getByLabelText('Title'), 'Sourdough tutorial');
    await user.type(screen.getByLabelText('Time'), '7:45');
    await user.type(screen.getByLabelText('Tags'), 'bread, how-to, bread');
    await user.selectOptions(screen.getByLabelText('Channel'), 'linkedin');
    await user.click(screen.getByLabelText('Caption'));
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(closedCount()).toBe(1));
    const [saved] = await db.posts.toArray();
    expect(saved).toMatchObject({
      title: 'Sourdough tutorial',
      date: '2026-11-12',
      time: '07:45',
      channel: 'linkedin',
      tags: ['bread', 'how-to'],
      clientId: client.id,
      status: 'draft',
    });
  });

  it('edits an existing post in place', async () => {
    const user = userEvent.setup();
    const post = await createPost(db, {
      clientId: client.id,
      title: 'Old title',
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
    });
    const { closedCount } = await renderEditor({ postId: post.id });
    expect(screen.getByRole('heading', { name: 'Edit post' })).toBeInTheDocument();
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'New title{Enter}');
    await waitFor(() => expect(closedCount()).toBe(1));
    expect(await db.posts.count()).toBe(1);
    expect((await db.posts.get(post.id))?.title).toBe('New title');
  });
});
