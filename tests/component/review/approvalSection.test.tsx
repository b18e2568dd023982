// Issue 17, part 1 in the editor: a post's review state set by hand (one undo step each), the client's
// comments apart from internal notes, a note signed and validated at its field; the card's mark.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { createPost } from '../../../renderer/db/posts';
import { PostCardView } from '../../../renderer/features/calendar/PostCard';
import { PostEditor } from '../../../renderer/features/editor/PostEditor';
import { HistoryProvider, useHistory } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';

let db: CadenceDb;
let client: Client;
let post: Post;
let undo: () => Promise<void> = async () => {};
const UndoHandle = () => {
  undo = useHistory().undo;
  return null;
};

beforeEach(async () => {
  db = createDb();
  await openDb(db);
  localStorage.clear();
  client = await createClient(db, { name: 'Bloom', color: '#4f46e5', channels: ['instagram'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'en' });
  post = await createPost(db, {
    clientId: client.id, title: 'Sourdough tips', caption: 'Our levain, step by step.', date: '2026-11-30', time: '09:00', channel: 'instagram',
    format: 'image', tone: 'serious', intent: 'informative', invitesParticipation: false, status: 'draft', tags: [], notes: '',
  });
});
afterEach(() => db.close());

const renderEditor = async (language: 'en' | 'fr' = 'en') => {
  const i18n = await createI18n(language);
  const opened = (await db.posts.get(post.id)) ?? null;
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <UndoHandle />
            <PostEditor client={client} clients={[client]} post={opened} date="2026-11-30" time={null} onClose={() => {}} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
};

describe('Review section', () => {
  it('sets the state by hand, one undo step, without the editor calling it a change elsewhere', async () => {
    const user = await renderEditor();
    const state = screen.getByLabelText('State');
    expect(state).toHaveValue('none');
    await user.selectOptions(state, 'To review');
    await waitFor(async () => expect((await db.posts.get(post.id))?.approval?.state).toBe('review'));
    expect(screen.queryByText('This post was changed elsewhere since you opened it.')).toBeNull();
    await user.selectOptions(state, 'Approved');
    await waitFor(async () => expect((await db.posts.get(post.id))?.approval?.state).toBe('approved'));
    await undo();
    expect((await db.posts.get(post.id))?.approval?.state).toBe('review');
  });

  it('keeps the client’s comments apart from internal notes; a note needs a name and text, then is stored', async () => {
    await db.posts.update(post.id, {
      approval: { state: 'changes', changedAfterReview: false, comments: [{ id: 'c1', author: 'Marie (client)', at: '2026-11-20T10:00:00.000Z', text: 'Less flour talk, more bread.', kind: 'client' }] },
    });
    const user = await renderEditor();
    expect(screen.getByText('Less flour talk, more bread.').closest('li')).toHaveClass('approval-comment-client');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription('Sign the note with your name.');
    await user.type(screen.getByLabelText('Your name'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByLabelText('Internal note')).toHaveAccessibleDescription('Write the note first.');
    await user.type(screen.getByLabelText('Internal note'), 'Reshoot Friday.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(async () => expect((await db.posts.get(post.id))?.approval?.comments).toHaveLength(2));
    const stored = (await db.posts.get(post.id))!.approval!;
    expect(stored.state).toBe('changes');
    expect(stored.comments[1]).toMatchObject({ author: 'Sam', text: 'Reshoot Friday.', kind: 'internal' });
    expect(stored.comments[1]?.at).toMatch(/^2026-11-24T09:00:/);
    expect(await screen.findByText('Reshoot Friday.')).toBeInTheDocument();
    expect(screen.getByText('Reshoot Friday.').closest('li')).toHaveClass('approval-comment-internal');
    expect(localStorage.getItem('cadence.noteAuthor')).toBe('Sam');
    // The post's own fields were not touched.
    expect((await db.posts.get(post.id))?.title).toBe('Sourdough tips');
  });

  it('says when the client answered about an earlier version', async () => {
    await db.posts.update(post.id, { approval: { state: 'review', changedAfterReview: true, comments: [] } });
    await renderEditor('fr');
    expect(screen.getByText(/Le client a répondu sur une version antérieure/)).toBeInTheDocument();
  });
});

describe('Card mark', () => {
  const renderCard = async (p: Post) => {
    const i18n = await createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <PostCardView post={p} />
      </I18nextProvider>,
    );
  };

  it('names the state in the card’s label and shows an icon (not colour alone)', async () => {
    await renderCard({ ...post, approval: { state: 'changes', changedAfterReview: false, comments: [] } });
    const card = screen.getByRole('button');
    expect(card.getAttribute('aria-label')).toContain('the client asked for changes');
    expect(card.querySelector('.approval-changes svg')).not.toBeNull();
  });

  it('a post never sent for review has no mark', async () => {
    await renderCard(post);
    expect(screen.getByRole('button').querySelector('.approval-mark')).toBeNull();
  });
});
