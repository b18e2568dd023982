// The publish helper (issue 16): Copy caption through the bridge, a select-all fallback with its
// message where the clipboard cannot be reached, Open <network> limited to the posting pages, Mark
// published with an editable time and an optional https link, undone in one step.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Post } from '../../../shared/model/post';
import { POSTING_PAGES } from '../../../shared/publishing/postingPages';
import type { CadenceDb } from '../../../renderer/db/database';
import { DbProvider, usePost } from '../../../renderer/db/hooks';
import { HistoryProvider, useHistory } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { PublishActions } from '../../../renderer/features/upNext/PublishActions';
import { createI18n } from '../../../renderer/i18n/i18n';
import { addClient, addPost, installBridge, openTestDb, removeBridge } from './harness';

let db: CadenceDb;
let bridge: ReturnType<typeof installBridge>;
let post: Post;
let undo: () => Promise<void>;

const Live = ({ id }: { id: string }) => {
  const current = usePost(id);
  undo = useHistory().undo;
  return current ? <PublishActions post={current} readOnly={false} now={() => new Date('2026-11-24T09:40:00.000Z')} /> : null;
};

beforeEach(async () => {
  db = await openTestDb();
  bridge = installBridge();
  const client = await addClient(db, 'Boulangerie');
  post = await addPost(db, client, { title: 'Launch day', date: '2026-11-24', time: '10:30', caption: 'Fresh bread 🥖\n#bakery #paris', channel: 'linkedin' });
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <Live id={post.id} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  await screen.findByRole('button', { name: 'Copy caption' });
});
afterEach(() => {
  removeBridge();
  db.close();
});

describe('Copy caption', () => {
  it('copies the caption with its hashtags through the bridge and says so', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Copy caption' }));
    await waitFor(() => expect(bridge.copyText).toHaveBeenCalledWith('Fresh bread 🥖\n#bakery #paris'));
    expect(await screen.findByText('Caption of “Launch day” copied.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Caption to copy' })).toBeNull();
  });

  it('where the clipboard cannot be reached, shows the caption selected with the message to press Ctrl+C', async () => {
    bridge.copyText.mockRejectedValueOnce(new Error('denied'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy caption' }));
    const box = (await screen.findByRole('textbox', { name: 'Caption to copy' })) as HTMLTextAreaElement;
    expect(screen.getByRole('alert')).toHaveTextContent('Cadence could not reach the clipboard. The caption is selected below: press Ctrl+C');
    expect(box.value).toBe('Fresh bread 🥖\n#bakery #paris');
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('textbox', { name: 'Caption to copy' })).toBeNull();
  });
});

describe('Open the network', () => {
  it('opens the channel’s posting page, from the allow-list', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Open LinkedIn' }));
    await waitFor(() => expect(bridge.openExternal).toHaveBeenCalledWith(POSTING_PAGES.linkedin));
  });

  it('says so when it could not be opened', async () => {
    bridge.openExternal.mockRejectedValueOnce(new Error('refused'));
    fireEvent.click(screen.getByRole('button', { name: 'Open LinkedIn' }));
    expect(await screen.findByText('LinkedIn could not be opened.')).toBeInTheDocument();
  });
});

describe('Mark published', () => {
  it('sets the status, the time (now by default) and the link, then undo puts the post back whole', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Mark published…' }));
    const at = screen.getByLabelText('Published at') as HTMLInputElement;
    expect(at).toHaveFocus();
    // Now, in this machine's zone, to the minute.
    expect(new Date(at.value).toISOString()).toBe('2026-11-24T09:40:00.000Z');
    fireEvent.change(screen.getByLabelText('Link to the live post (optional)'), { target: { value: ' https://www.linkedin.com/feed/update/urn:li:activity:1/ ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark published' }));
    await waitFor(async () =>
      expect(await db.posts.get(post.id)).toMatchObject({
        status: 'published',
        publishedAt: '2026-11-24T09:40:00.000Z',
        liveUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
        caption: post.caption,
      }),
    );
    expect(await screen.findByText('“Launch day” marked published.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Published details…' })).toBeInTheDocument();
    await undo();
    await waitFor(async () => expect(await db.posts.get(post.id)).toEqual(post));
  });

  it('takes an edited time', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Mark published…' }));
    fireEvent.change(screen.getByLabelText('Published at'), { target: { value: '2026-11-24T08:05' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark published' }));
    const expected = new Date(2026, 10, 24, 8, 5).toISOString();
    await waitFor(async () => expect(await db.posts.get(post.id)).toMatchObject({ status: 'published', publishedAt: expected, liveUrl: null }));
  });

  it('asks before marking a post published at a time still to come, and stores nothing until confirmed', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Mark published…' }));
    fireEvent.change(screen.getByLabelText('Published at'), { target: { value: '2026-11-25T10:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark published' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/is still to come\. Mark the post published anyway\?/);
    expect(await db.posts.get(post.id)).toEqual(post);
    // Changing the time takes the question back: it was about that time.
    fireEvent.change(screen.getByLabelText('Published at'), { target: { value: '2026-11-25T11:00' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mark published' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mark published anyway' }));
    const expected = new Date(2026, 10, 25, 11, 0).toISOString();
    await waitFor(async () => expect(await db.posts.get(post.id)).toMatchObject({ status: 'published', publishedAt: expected }));
  });

  it('refuses a link that is not https, or an empty time, at the field, and stores nothing', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Mark published…' }));
    fireEvent.change(screen.getByLabelText('Link to the live post (optional)'), { target: { value: 'http://insecure.example/p' } });
    fireEvent.change(screen.getByLabelText('Published at'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark published' }));
    expect(await screen.findByText('Enter the post’s address, starting with https://.')).toBeInTheDocument();
    expect(screen.getByText('Enter the date and time it was published.')).toBeInTheDocument();
    expect(screen.getByLabelText('Link to the live post (optional)')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.posts.get(post.id)).toEqual(post);
  });
});
