import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { applyPostChange } from '../../../renderer/db/changes';
import type { CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { PostEditor } from '../../../renderer/features/editor/PostEditor';
import { HistoryProvider, useHistory, type HistoryApi } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';
import { openTwoWindows } from '../db/twoWindowsFixture';

// Undo never writes over a newer change: another window's (issue 13), or a newer one in this window
// reached through an older toast's Undo button (issue part 11). Ctrl+Z in a text field is the text's.

let a: CadenceDb;
let b: CadenceDb;
let client: Client;
let post: Post;
let api: HistoryApi;

const Probe = () => {
  api = useHistory();
  return null;
};

beforeEach(async () => {
  ({ a, b, client, post } = await openTwoWindows('cadence-undo-safety', { caption: '' }));
});

afterEach(() => {
  a.close();
  b.close();
});

const renderApp = async (extra: React.ReactNode = null) => {
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={a}>
        <ToastProvider>
          <HistoryProvider>
            <Probe />
            <input aria-label="Search" />
            {extra}
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
};

const stored = async () => (await b.posts.get(post.id)) ?? null;

describe('undo and other windows', () => {
  it("Ctrl+Z in A after B edited the same post stops with a message and keeps B's edit", async () => {
    await renderApp();
    await act(() => api.commit({ upserts: [{ ...post, title: 'A title' }], deletes: [] }, 'edit “A title”'));
    const seen = (await stored())!;
    await applyPostChange(b, { upserts: [{ ...seen, caption: 'B caption' }], deletes: [] });

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(await screen.findByText(/Can’t undo \(edit “A title”\): another window changed the post since/)).toBeVisible();
    expect(await stored()).toMatchObject({ title: 'A title', caption: 'B caption' });
    // The step is gone: it could never apply again.
    expect(api.canUndo).toBe(false);
  });
});

describe("a toast's Undo after a newer change", () => {
  it('does not undo the newer change, and says why', async () => {
    const user = userEvent.setup();
    await renderApp(<PostEditor client={client} clients={[client]} post={post} date="2026-11-24" time={null} onClose={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const undoButton = await screen.findByRole('button', { name: 'Undo' });
    // A newer change comes after the delete (here: another post added in this window).
    const other: Post = { ...post, id: 'other', title: 'Newer post' };
    await act(() => api.commit({ upserts: [other], deletes: [] }, 'add “Newer post”'));

    await user.click(undoButton);
    expect(await screen.findByText('Nothing was undone: a newer change came after this one. Use Ctrl+Z to undo step by step.')).toBeVisible();
    expect(await b.posts.get('other')).toMatchObject({ title: 'Newer post' });
    expect(await stored()).toBeNull();
    expect(api.canUndo).toBe(true);
  });

  it('still undoes its own change while that is the latest', async () => {
    const user = userEvent.setup();
    await renderApp(<PostEditor client={client} clients={[client]} post={post} date="2026-11-24" time={null} onClose={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await stored()).toMatchObject({ title: 'Launch day' }));
  });
});

describe('Ctrl+Z inside a text field', () => {
  it('undoes the typing, not data; outside a text field it undoes data', async () => {
    await renderApp();
    await act(() => api.commit({ upserts: [{ ...post, title: 'A title' }], deletes: [] }, 'edit'));
    const field = screen.getByLabelText('Search');
    field.focus();
    const inField = fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    // The key went to the field untouched (not prevented), and no data was undone.
    expect(inField).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await stored()).toMatchObject({ title: 'A title' });
    expect(api.canUndo).toBe(true);

    const outside = fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(outside).toBe(false);
    await waitFor(async () => expect(await stored()).toMatchObject({ title: 'Launch day' }));
  });
});
