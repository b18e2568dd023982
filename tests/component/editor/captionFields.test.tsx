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
import { HistoryProvider, useHistory } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';
import { installBridge, removeBridge } from '../upNext/harness';

let db: CadenceDb;
let client: Client;

beforeEach(async () => {
  db = createDb();
  await openDb(db);
  const created = await createClient(db, { name: 'Bloom', color: '#4f46e5', channels: ['instagram', 'linkedin', 'x'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'en' });
  client = await updateClient(db, created.id, {
    hashtagSets: [{ id: 'h1', name: 'Bakery', tags: ['#bread', '#sourdough', '#paris'] }],
    templates: [
      { id: 't1', name: 'Tip of the week', title: 'Weekly tip', caption: 'This week’s tip:\n\nSave it for later!', firstComment: '#tips', channel: 'linkedin', format: 'carousel', tone: 'serious', intent: 'informative' },
    ],
  });
});
afterEach(() => {
  removeBridge();
  db.close();
});

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

let undo: () => Promise<void> = async () => {};
const UndoHandle = () => {
  const history = useHistory();
  undo = history.undo;
  return null;
};

const renderEditor = async (postId: string | null, language: UiLanguage = 'en', who: Client = client) => {
  const i18n = await createI18n(language);
  const opened = postId ? ((await db.posts.get(postId)) ?? null) : null;
  let closed = 0;
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <UndoHandle />
            <PostEditor client={who} clients={[who]} post={opened} date="2026-11-10" time={null} onClose={() => (closed += 1)} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return { closed: () => closed, user: userEvent.setup() };
};

describe('PostEditor: caption counter', () => {
  it('counts the caption for the post’s network and says where the network would cut it', async () => {
    const { id } = await post({ channel: 'linkedin', caption: `${'a'.repeat(2995)} the end of it` });
    await renderEditor(id);
    expect(screen.getByText(/LinkedIn: 3,009 \/ 3,000 characters/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Over LinkedIn’s limit by 9 characters: it would cut the caption after “…aaaaaaaaaaaaaaaaaaa the”.');
    // The feed folds LinkedIn captions long before the limit: the preview ends where "… more" goes.
    expect(document.querySelector('.caption-meter-fold')).toHaveTextContent('… more');
  });

  it('counts X’s way (a link is 23) and X Premium raises the limit', async () => {
    const caption = `${'b'.repeat(250)} https://example.com/a/very/long/path/that/is/not/counted/in/full`;
    const { id } = await post({ channel: 'x', caption });
    await renderEditor(id);
    expect(screen.getByText('X: 274 / 280 characters (X’s count: a link is 23, an emoji 2)')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('with X Premium an X caption of 300 fits under 25,000', async () => {
    const premium = await updateClient(db, client.id, { xPremium: true });
    const { id } = await post({ channel: 'x', caption: 'c'.repeat(300) });
    await renderEditor(id, 'en', premium);
    expect(screen.getByText(/X: 300 \/ 25,000 characters/)).toBeInTheDocument();
  });

  it('updates as the user types and follows the channel', async () => {
    const { user } = await renderEditor(null);
    await user.type(screen.getByLabelText('Caption'), 'Hello 👋🏽');
    // Instagram does not document its rule: UTF-16 units (the emoji with its skin tone is 4), never too few.
    expect(screen.getByText('Instagram: 10 / 2,200 characters')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Channel'), 'X');
    expect(screen.getByText('X: 8 / 280 characters (X’s count: a link is 23, an emoji 2)')).toBeInTheDocument();
  });

  it('speaks French', async () => {
    const { id } = await post({ channel: 'linkedin', caption: 'x'.repeat(3001) });
    await renderEditor(id, 'fr');
    // getByText folds the no-break spaces (before ":" and in "3 001") into plain ones.
    expect(screen.getByText('LinkedIn : 3 001 / 3 000 caractères')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Dépasse la limite de LinkedIn de 1 caractère :');
  });
});

describe('PostEditor: hashtag sets and first comment', () => {
  it('adds a set to the caption without repeating a tag, and to the first comment; saved with the post, undone with it', async () => {
    const { id } = await post({ caption: 'Fresh loaves #Paris  ' });
    const { user, closed } = await renderEditor(id);
    await user.click(screen.getByRole('button', { name: 'Add to caption' }));
    expect(screen.getByLabelText('Caption')).toHaveValue('Fresh loaves #Paris\n\n#bread #sourdough');
    expect(screen.getByText('2 hashtags added; already there: #paris.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add to caption' }));
    expect(screen.getByText('Every hashtag of “Bakery” is there already.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add to first comment' }));
    expect(screen.getByLabelText('First comment')).toHaveValue('#bread #sourdough #paris');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(1));
    const saved = await db.posts.get(id);
    expect(saved?.caption).toBe('Fresh loaves #Paris\n\n#bread #sourdough');
    expect(saved?.firstComment).toBe('#bread #sourdough #paris');
    await undo();
    const undone = await db.posts.get(id);
    expect(undone?.caption).toBe('Fresh loaves #Paris  ');
    expect(undone?.firstComment).toBeUndefined();
  });

  it('refuses a first comment over 2,200 characters at the field, and stores nothing', async () => {
    const { id } = await post();
    const { user, closed } = await renderEditor(id);
    const field = screen.getByLabelText('First comment');
    await user.click(field);
    await user.paste('y'.repeat(2201));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(closed()).toBe(0);
    expect(field).toHaveAccessibleDescription('The first comment is longer than 2,200 characters.');
    expect((await db.posts.get(id))?.firstComment).toBeUndefined();
  });
});

describe('PostEditor: templates', () => {
  it('New post offers the client’s templates and fills the fields from one, keeping the day', async () => {
    const { user, closed } = await renderEditor(null);
    await user.selectOptions(screen.getByLabelText('Start from a template'), 'Tip of the week');
    expect(screen.getByLabelText('Title')).toHaveValue('Weekly tip');
    expect(screen.getByLabelText('Channel')).toHaveValue('linkedin');
    expect(screen.getByLabelText('Format')).toHaveValue('carousel');
    expect(screen.getByLabelText('First comment')).toHaveValue('#tips');
    await user.type(screen.getByLabelText('Title'), ': proofing');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(1));
    const [saved] = await db.posts.toArray();
    expect(saved).toMatchObject({ title: 'Weekly tip: proofing', date: '2026-11-10', channel: 'linkedin', format: 'carousel', caption: 'This week’s tip:\n\nSave it for later!', firstComment: '#tips', intent: 'informative', intentSource: 'user' });
  });

  it('an existing post is not offered templates', async () => {
    const { id } = await post();
    await renderEditor(id);
    expect(screen.queryByLabelText('Start from a template')).not.toBeInTheDocument();
  });
});

describe('PostEditor: publish helper', () => {
  it('copies the caption and the first comment apart', async () => {
    const bridge = installBridge();
    const { id } = await post({ caption: 'Fresh loaves', firstComment: '#bread #paris' });
    const { user } = await renderEditor(id);
    await user.click(screen.getByRole('button', { name: 'Copy caption' }));
    await waitFor(() => expect(bridge.copyText).toHaveBeenLastCalledWith('Fresh loaves'));
    await user.click(screen.getByRole('button', { name: 'Copy first comment' }));
    await waitFor(() => expect(bridge.copyText).toHaveBeenLastCalledWith('#bread #paris'));
    expect(await screen.findByText('First comment of “Sourdough tips” copied.')).toBeInTheDocument();
  });

  it('Mark published from the editor: the form follows (status), no "changed elsewhere", and later edits keep the publishing time', async () => {
    installBridge();
    const { id } = await post({ status: 'scheduled' });
    const { user, closed } = await renderEditor(id);
    await user.type(screen.getByLabelText('Notes'), 'Went well');
    await user.click(screen.getByRole('button', { name: 'Mark published…' }));
    await user.click(screen.getByRole('button', { name: 'Mark published' }));
    await waitFor(() => expect(screen.getByLabelText('Status')).toHaveValue('published'));
    const marked = await db.posts.get(id);
    expect(marked?.status).toBe('published');
    expect(marked?.publishedAt).toBe('2026-11-24T09:00:00.000Z');
    expect(screen.queryByText('This post was changed elsewhere since you opened it.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(1));
    expect(await db.posts.get(id)).toMatchObject({ status: 'published', notes: 'Went well', publishedAt: '2026-11-24T09:00:00.000Z' });
  });

  it('a post taken back from published forgets when it went out', async () => {
    const { id } = await post({ status: 'published' });
    await db.posts.update(id, { publishedAt: '2026-11-03T10:00:00.000Z', liveUrl: 'https://www.instagram.com/p/abc/' });
    const { user, closed } = await renderEditor(id);
    await user.selectOptions(screen.getByLabelText('Status'), 'Scheduled');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(1));
    expect(await db.posts.get(id)).toMatchObject({ status: 'scheduled', publishedAt: null, liveUrl: 'https://www.instagram.com/p/abc/' });
  });
});
