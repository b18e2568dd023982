import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadenceBridge } from '../../../shared/bridge/contract';
import type { MediaItem } from '../../../shared/model/media';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import type { MediaRow } from '../../../renderer/db/media';
import { findUnusedMedia, removeUnusedMedia } from '../../../renderer/db/unusedMedia';
import { DataDialog } from '../../../renderer/features/data/DataDialog';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';
import { client, post } from './fixtures';

// The storage meter reads the shell and the kept backups (whose pictures it spares) from the bridge.
const fake = vi.hoisted(() => ({ shell: 'web' as 'web' | 'desktop', backups: new Map<string, string>(), unreadable: false }));
vi.mock('../../../renderer/bridge/bridge', () => ({
  getBridge: () =>
    ({
      getAppInfo: async () => ({ shell: fake.shell, version: '1', platform: 'test', locale: 'en' }),
      listBackups: async () => [...fake.backups.keys()].map((name) => ({ name, createdAt: '2026-11-01T08:00:00.000Z', reason: 'auto', size: 1 })),
      readBackup: async (name: string) => {
        if (fake.unreadable) throw new Error('EIO: the backup could not be read');
        return fake.backups.get(name) ?? '';
      },
    }) as unknown as CadenceBridge,
}));

const MB = 1024 * 1024;
const NBSP = '\u00a0';
const hash = (c: string) => c.repeat(64);
const row = (h: string, size: number): MediaRow => ({
  hash: h,
  kind: 'png',
  size,
  blob: new Blob([new Uint8Array(4)]),
  thumb: null,
  width: 10,
  height: 10,
  addedAt: '2026-11-20T10:00:00.000Z',
});
const item = (h: string): MediaItem => ({ hash: h, name: 'a.png', kind: 'png', size: 1, alt: '' });

let db: CadenceDb;
let persist: ReturnType<typeof vi.fn>;
let persisted: boolean;

const stubStorage = (storage: Partial<StorageManager> | undefined) =>
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});

beforeEach(async () => {
  fake.shell = 'web';
  fake.backups.clear();
  fake.unreadable = false;
  persisted = false;
  persist = vi.fn(async () => (persisted = true));
  stubStorage({
    estimate: async () => ({ usage: 42 * MB, quota: 2048 * MB }),
    persisted: async () => persisted,
    persist: persist as unknown as StorageManager['persist'],
  });
  db = createDb();
  await openDb(db);
  await db.clients.put(client('c1', 'Bloom Bakery'));
  // A used by p1 (and p2), B and C by no post.
  await db.media.bulkAdd([row(hash('a'), 3 * MB), row(hash('b'), 2 * MB), row(hash('c'), MB / 2)]);
  await db.posts.bulkPut([
    post('p1', 'c1', '2026-11-25', { media: [item(hash('a'))] }),
    post('p2', 'c1', null, { media: [item(hash('a'))] }),
    post('p3', 'c1', '2026-11-26'),
  ]);
});
afterEach(() => {
  db.close();
  stubStorage(undefined);
});

const renderStorage = async (language: 'en' | 'fr' = 'en', onClose: () => void = () => undefined) => {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <DataDialog clients={[]} currentClientId={null} onClose={onClose} initialTab="storage" />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return screen.getByRole('tabpanel');
};

const storedHashes = async () => (await db.media.toCollection().primaryKeys()).sort();

describe('Storage meter', () => {
  it('states the space used and available, persistence, the media stored and the per-file limits (English)', async () => {
    const panel = await renderStorage();
    expect(await within(panel).findByText('Used: 42 MB. Still available: 2 GB.')).toBeInTheDocument();
    expect(within(panel).getByRole('meter')).toHaveAttribute('value', String(42 * MB));
    expect(within(panel).getByText(/has not promised to keep Cadence’s data/)).toBeInTheDocument();
    expect(within(panel).getByText('3 files stored, 5.5 MB.')).toBeInTheDocument();
    expect(within(panel).getByText('Limits per file: 30 MB for a picture, 500 MB for a video.')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Remove unused media (2, 2.5 MB)…' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Storage' })).toHaveAttribute('aria-selected', 'true');
  });

  it('says it in French, with the no-break spaces', async () => {
    const panel = await renderStorage('fr');
    // textContent, not findByText: the queries' normalizer turns no-break spaces into spaces.
    await within(panel).findByText(/Encore disponible/);
    const text = panel.textContent ?? '';
    expect(text).toContain(`Utilisé${NBSP}: 42${NBSP}Mo. Encore disponible${NBSP}: 2${NBSP}Go.`);
    expect(text).toContain(`3 fichiers enregistrés, 5,5${NBSP}Mo.`);
    expect(text).toContain(`Limites par fichier${NBSP}: 30${NBSP}Mo pour une image, 500${NBSP}Mo pour une vidéo.`);
    expect(within(panel).getByRole('button', { name: /^Supprimer les médias inutilisés \(2, 2,5.Mo\)…$/ }).textContent).toBe(
      `Supprimer les médias inutilisés (2, 2,5${NBSP}Mo)…`,
    );
    expect(screen.getByRole('tab', { name: 'Stockage' })).toBeInTheDocument();
  });

  it('asks the browser to keep the data, and shows its answer', async () => {
    const user = userEvent.setup();
    const panel = await renderStorage();
    await user.click(await within(panel).findByRole('button', { name: 'Ask the browser to keep the data' }));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await within(panel).findByText(/has promised to keep Cadence’s data/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Ask the browser to keep the data' })).not.toBeInTheDocument();
  });

  it('says so when the browser gives no figures, rather than showing 0', async () => {
    stubStorage(undefined);
    const panel = await renderStorage();
    expect(await within(panel).findByText('This browser does not say how much space Cadence uses.')).toBeInTheDocument();
    expect(within(panel).queryByRole('meter')).not.toBeInTheDocument();
    expect(within(panel).getByText(/does not say whether it will keep/)).toBeInTheDocument();
  });

  it('removes the unused media after a confirmation that Undo cannot bring them back, and keeps the used one', async () => {
    const user = userEvent.setup();
    const panel = await renderStorage();
    await user.click(await within(panel).findByRole('button', { name: 'Remove unused media (2, 2.5 MB)…' }));
    const confirm = within(panel).getByRole('alertdialog');
    expect(confirm).toHaveTextContent('Remove 2 files (2.5 MB) that no post uses? Undo can no longer bring them back');
    expect(await storedHashes()).toHaveLength(3); // nothing removed before the confirmation
    await user.click(within(confirm).getByRole('button', { name: 'Remove 2 files' }));
    expect(await within(panel).findByText('2 unused files removed (2.5 MB).')).toBeInTheDocument();
    expect(await storedHashes()).toEqual([hash('a')]);
    expect(await within(panel).findByText('1 file stored, 3 MB.')).toBeInTheDocument();
    expect(within(panel).getByText(/^No file to remove: each one is used by a post or by a kept backup/)).toBeInTheDocument();
  });

  it('spares a file a kept backup refers to, a backup from before its list of hashes included', async () => {
    // Written before #18: no list beside it, its pictures only in this database.
    fake.backups.set('cadence-auto-20261101T080000000Z.json', JSON.stringify({ app: 'cadence', kind: 'backup', data: { posts: [{ id: 'old', media: [{ hash: hash('b') }] }] } }));
    const user = userEvent.setup();
    const panel = await renderStorage();
    await user.click(await within(panel).findByRole('button', { name: 'Remove unused media (1, 512 KB)…' }));
    await user.click(within(within(panel).getByRole('alertdialog')).getByRole('button', { name: 'Remove 1 file' }));
    expect(await within(panel).findByText('1 unused file removed (512 KB).')).toBeInTheDocument();
    expect(await storedHashes()).toEqual([hash('a'), hash('b')]);
  });

  it('a backup that cannot be read: nothing is removed, and it says why', async () => {
    const user = userEvent.setup();
    const panel = await renderStorage();
    const button = await within(panel).findByRole('button', { name: 'Remove unused media (2, 2.5 MB)…' });
    fake.backups.set('cadence-auto-20261101T080000000Z.json', '');
    fake.unreadable = true;
    await user.click(button);
    await user.click(within(within(panel).getByRole('alertdialog')).getByRole('button', { name: 'Remove 2 files' }));
    expect(await within(panel).findByText(/^Nothing was removed/)).toBeInTheDocument();
    expect(await storedHashes()).toEqual([hash('a'), hash('b'), hash('c')]);
  });

  it('the confirmation takes focus on Cancel, gives it back to its button, and Escape closes only the confirmation', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const panel = await renderStorage('en', onClose);
    const trigger = await within(panel).findByRole('button', { name: 'Remove unused media (2, 2.5 MB)…' });
    await user.click(trigger);
    const confirm = within(panel).getByRole('alertdialog');
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    // Escape's keydown is cancelled there, so the modal data dialog does not take it as its own.
    expect(fireEvent.keyDown(within(confirm).getByRole('button', { name: 'Cancel' }), { key: 'Escape' })).toBe(false);
    expect(within(panel).queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Remove unused media (2, 2.5 MB)…' })).toHaveFocus();
    // Cancel gives the focus back the same way; after a removal with nothing left, the section's title has it.
    await user.click(within(panel).getByRole('button', { name: 'Remove unused media (2, 2.5 MB)…' }));
    await user.click(within(within(panel).getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(within(panel).getByRole('button', { name: 'Remove unused media (2, 2.5 MB)…' })).toHaveFocus();
    await user.click(within(panel).getByRole('button', { name: 'Remove unused media (2, 2.5 MB)…' }));
    await user.click(within(within(panel).getByRole('alertdialog')).getByRole('button', { name: 'Remove 2 files' }));
    expect(await within(panel).findByText('2 unused files removed (2.5 MB).')).toBeInTheDocument();
    await waitFor(() => expect(within(panel).getByRole('heading', { name: 'Pictures and videos' })).toHaveFocus());
  });

  it('cancelling the confirmation removes nothing', async () => {
    const user = userEvent.setup();
    const panel = await renderStorage();
    await user.click(await within(panel).findByRole('button', { name: 'Remove unused media (2, 2.5 MB)…' }));
    await user.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(within(panel).queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await storedHashes()).toHaveLength(3);
  });

  it('a full disk during the removal says so and leaves every row', async () => {
    const user = userEvent.setup();
    const panel = await renderStorage();
    vi.spyOn(db.media, 'bulkDelete').mockRejectedValueOnce(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await user.click(await within(panel).findByRole('button', { name: 'Remove unused media (2, 2.5 MB)…' }));
    await user.click(within(panel).getByRole('button', { name: 'Remove 2 files' }));
    expect(await within(panel).findByText(/^Nothing was removed/)).toBeInTheDocument();
    expect(await storedHashes()).toEqual([hash('a'), hash('b'), hash('c')]);
  });
});

describe('unused media (renderer/db/unusedMedia.ts)', () => {
  it('lists media no post refers to, ideas included among the users', async () => {
    await db.posts.delete('p1'); // p2, an idea, still uses A
    expect(await findUnusedMedia(db, { now: new Date() })).toEqual({ hashes: [hash('b'), hash('c')], bytes: 2.5 * MB });
  });

  it('spares a confirmed file that a post took up again before the removal', async () => {
    const confirmed = (await findUnusedMedia(db, { now: new Date() })).hashes;
    await db.posts.update('p3', { media: [item(hash('b'))] }); // attached meanwhile (another window)
    const removed = await removeUnusedMedia(db, confirmed, { now: new Date() });
    expect(removed).toEqual({ hashes: [hash('c')], bytes: MB / 2 });
    expect(await storedHashes()).toEqual([hash('a'), hash('b')]);
  });

  it('removes only what was confirmed, not a file left unused since', async () => {
    await db.media.add(row(hash('d'), 10)); // stored after the user read the list
    await removeUnusedMedia(db, [hash('b')], { now: new Date() });
    expect(await storedHashes()).toEqual([hash('a'), hash('c'), hash('d')]);
  });
});
