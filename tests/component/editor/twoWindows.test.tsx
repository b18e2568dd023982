import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { applyPostChange } from '../../../renderer/db/changes';
import type { CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { PostEditor } from '../../../renderer/features/editor/PostEditor';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';
import { openTwoWindows } from '../db/twoWindowsFixture';

// The editor in window A while window B (a second connection to the same database) changes or deletes
// its post: A says so at once, loses nothing it typed, and lets the user choose (issue 13).

let a: CadenceDb;
let b: CadenceDb;
let client: Client;
let post: Post;

beforeEach(async () => {
  ({ a, b, client, post } = await openTwoWindows('cadence-editor-sync'));
});

afterEach(() => {
  a.close();
  b.close();
});

const renderEditor = async () => {
  const i18n = await createI18n('en');
  let closed = 0;
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={a}>
        <ToastProvider>
          <HistoryProvider>
            <PostEditor client={client} clients={[client]} post={post} date="2026-11-24" time={null} onClose={() => (closed += 1)} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return { closedCount: () => closed };
};

/** Window B saves a new title, from the version it read. */
const bRenames = async (title: string) => {
  const seen = (await b.posts.get(post.id))!;
  await applyPostChange(b, { upserts: [{ ...seen, title }], deletes: [], read: new Map([[post.id, seen.updatedAt]]) });
};

const caption = () => screen.getByLabelText('Caption');

describe('the editor while another window changes its post', () => {
  it('says at once what changed, and a save does not overwrite the other title', async () => {
    const user = userEvent.setup();
    const { closedCount } = await renderEditor();
    await user.clear(caption());
    await user.type(caption(), 'My caption');
    await bRenames('Launch week');
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('This post was changed elsewhere since you opened it.');
    expect(notice).toHaveTextContent('Title: “Launch week”');
    expect(notice).not.toHaveTextContent('Caption');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(closedCount()).toBe(0);
    expect(await b.posts.get(post.id)).toMatchObject({ title: 'Launch week', caption: 'Old caption' });
    expect(caption()).toHaveValue('My caption');
  });

  it('"Load their version" replaces the form with theirs; "Keep mine" then saves mine knowingly', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.clear(caption());
    await user.type(caption(), 'My caption');
    await bRenames('Launch week');
    await user.click(await screen.findByRole('button', { name: 'Load their version' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Launch week');
    expect(caption()).toHaveValue('Old caption');
    expect(screen.queryByRole('alert')).toBeNull();

    // B changes it again; this time A keeps its own form.
    await user.clear(caption());
    await user.type(caption(), 'Mine again');
    await bRenames('Launch month');
    await user.click(await screen.findByRole('button', { name: 'Keep mine' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await b.posts.get(post.id)).toMatchObject({ title: 'Launch week', caption: 'Mine again' }));
  });

  it('"Save mine as a new post" keeps their version and adds mine beside it', async () => {
    const user = userEvent.setup();
    const { closedCount } = await renderEditor();
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'My version');
    await bRenames('Their version');
    await user.click(await screen.findByRole('button', { name: 'Save mine as a new post' }));
    await waitFor(() => expect(closedCount()).toBe(1));
    const titles = (await b.posts.toArray()).map((p) => p.title).sort();
    expect(titles).toEqual(['My version', 'Their version']);
    expect(await screen.findByText('Saved as a new post')).toBeVisible();
  });

  it('a post deleted elsewhere keeps what was typed and offers to save it as a new post', async () => {
    const user = userEvent.setup();
    const { closedCount } = await renderEditor();
    await user.clear(caption());
    await user.type(caption(), 'Half-written caption');
    const seen = (await b.posts.get(post.id))!;
    await applyPostChange(b, { upserts: [], deletes: [post.id], read: new Map([[post.id, seen.updatedAt]]) });
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('This post was deleted elsewhere. What you typed is still here.');
    expect(screen.queryByRole('button', { name: 'Load their version' })).toBeNull();
    expect(caption()).toHaveValue('Half-written caption');
    expect(closedCount()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Save mine as a new post' }));
    await waitFor(() => expect(closedCount()).toBe(1));
    const rows = await b.posts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'Launch day', caption: 'Half-written caption' });
    expect(rows[0]!.id).not.toBe(post.id);
  });

  it('deleting from an editor whose post changed elsewhere deletes nothing', async () => {
    const user = userEvent.setup();
    const { closedCount } = await renderEditor();
    await bRenames('Launch week');
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(closedCount()).toBe(0);
    expect(await b.posts.get(post.id)).toMatchObject({ title: 'Launch week' });
  });
});
