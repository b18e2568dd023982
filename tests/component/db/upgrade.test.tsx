import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { createClient } from '../../../renderer/db/clients';
import { createDb, isClosedByUpgrade, openDb, writeTx, type CadenceDb } from '../../../renderer/db/database';
import { StorageError } from '../../../renderer/db/errors';
import { DbProvider } from '../../../renderer/db/hooks';
import { createPost } from '../../../renderer/db/posts';
import { SCHEMA_HISTORY, SCHEMA_VERSION } from '../../../renderer/db/schema';
import { PostEditor } from '../../../renderer/features/editor/PostEditor';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';

// A window left open while a newer Cadence upgrades the database in another window (issue 13): it
// closes its connection for good, says so, refuses every write with a clear message, and keeps what
// the user typed on screen.

let db: CadenceDb;
let name: string;
let counter = 0;
let client: Client;
let post: Post;
let newer: Dexie | null = null;

beforeEach(async () => {
  name = `cadence-upgrade-${++counter}`;
  db = createDb(name);
  await openDb(db);
  client = await createClient(db, { name: 'Bloom', color: '#4f46e5', channels: ['instagram'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'en' });
  post = await createPost(db, {
    clientId: client.id, title: 'Launch day', caption: '', date: '2026-11-24', time: '09:00', channel: 'instagram',
    format: 'image', tone: 'serious', intent: 'informative', invitesParticipation: false, status: 'draft', tags: [], notes: '',
  });
});

afterEach(() => {
  newer?.close();
  newer = null;
  db.close();
});

/** Another window: a newer Cadence opening the same database one schema version up. */
const openNewer = async () => {
  newer = new Dexie(name);
  for (const step of SCHEMA_HISTORY) newer.version(step.version).stores(step.stores);
  newer.version(SCHEMA_VERSION + 1).stores({ drafts: 'id' });
  await newer.open();
  return newer;
};

describe('a newer Cadence upgrading the database under an open window', () => {
  it('closes this connection, shows the banner, refuses the save with the message and keeps the typed text', async () => {
    const user = userEvent.setup();
    const i18n = await createI18n('en');
    let closed = 0;
    render(
      <I18nextProvider i18n={i18n}>
        <DbProvider db={db}>
          <ToastProvider>
            <HistoryProvider>
              <PostEditor client={client} clients={[client]} post={post} date="2026-11-24" time={null} onClose={() => (closed += 1)} />
            </HistoryProvider>
          </ToastProvider>
        </DbProvider>
      </I18nextProvider>,
    );
    expect(screen.queryByText('Cadence was updated in another window — reload.')).toBeNull();

    const other = await openNewer(); // resolves only once this window's connection let go
    expect(other.verno).toBe(SCHEMA_VERSION + 1);
    expect(db.isOpen()).toBe(false);
    expect(isClosedByUpgrade(db)).toBe(true);
    expect(await screen.findByText('Cadence was updated in another window — reload.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();

    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Typed after the upgrade');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Cadence was updated in another window — reload. This change was not saved.')).toBeVisible();
    expect(closed).toBe(0);
    expect(screen.getByLabelText('Title')).toHaveValue('Typed after the upgrade');
    // Nothing reached the upgraded database, and this window did not open it again.
    expect(await other.table('posts').get(post.id)).toMatchObject({ title: 'Launch day' });
    await waitFor(() => expect(db.isOpen()).toBe(false));
  });

  it('every write through writeTx is refused with the "closed" error, and Dexie does not reopen the database', async () => {
    await openNewer();
    const error = await writeTx(db, ['settings'], () => db.settings.put({ key: 'x', value: 1 })).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('closed');
    expect((error as StorageError).message).toMatch(/updated in another window/);
    // A plain read does not reopen it either (Dexie's default would, at the newer version).
    await expect(db.posts.get(post.id)).rejects.toThrow();
    expect(db.isOpen()).toBe(false);
  });
});
