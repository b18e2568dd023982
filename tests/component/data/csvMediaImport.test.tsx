// Issue 18, as a user meets it: a CSV exported from Cadence names the posts' media files. Importing it
// back (update) says, as a note and not an error, that a CSV cannot carry the files; the updated post
// keeps its pictures and alt texts, the new one has none. A file naming no media says nothing of it.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadenceBridge, OpenedFile } from '../../../shared/bridge/contract';
import type { MediaItem } from '../../../shared/model/media';
import { toCsv } from '../../../shared/serializers/csv';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { DataDialog } from '../../../renderer/features/data/DataDialog';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';
import { client, post } from './fixtures';

const fake = vi.hoisted(() => ({ bridge: null as unknown as CadenceBridge, nextFile: null as OpenedFile | null }));
vi.mock('../../../renderer/bridge/bridge', () => ({ getBridge: () => fake.bridge }));

const makeBridge = (): CadenceBridge => ({
  getAppInfo: vi.fn(async () => ({ shell: 'web' as const, version: '1', platform: 'test', locale: 'en' })),
  saveFile: vi.fn(async () => ({ saved: true })),
  openFile: vi.fn(async () => fake.nextFile),
  printToPdf: vi.fn(async () => ({ saved: false })),
  writeAutoBackup: vi.fn(async () => {
    throw new Error('not in this test');
  }),
  listBackups: vi.fn(async () => []),
  readBackup: vi.fn(async () => ''),
  missingBackupMedia: vi.fn(async () => []),
  writeBackupMedia: vi.fn(async () => undefined),
  readBackupMedia: vi.fn(async () => null),
  notify: vi.fn(async () => false),
  notificationPermission: vi.fn(async () => 'unavailable' as const),
  copyText: vi.fn(async () => undefined),
  openExternal: vi.fn(async () => undefined),
  onNotificationClick: vi.fn(() => () => undefined),
});

beforeAll(() => {
  // jsdom has <dialog> but not showModal.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});

let db: CadenceDb;
const bloom = client('c1', 'Bloom Bakery');
const MEDIA: MediaItem[] = [
  { hash: 'a'.repeat(64), name: 'croissant.jpg', kind: 'jpeg', size: 2048, alt: 'A croissant on a plate' },
  { hash: 'b'.repeat(64), name: 'oven.mp4', kind: 'mp4', size: 4096, alt: '' },
];
const stored = post('p1', 'c1', '2026-11-03', { title: 'Croissant day', media: MEDIA });
beforeEach(async () => {
  fake.bridge = makeBridge();
  fake.nextFile = null;
  db = createDb(`cadence-csv-media-import-${Math.random()}`);
  await openDb(db);
  await db.clients.put(bloom);
  await db.posts.put(stored);
});
afterEach(() => db.close());

const importFile = async (csv: string) => {
  const user = userEvent.setup();
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <DataDialog clients={[bloom]} currentClientId="c1" onClose={() => undefined} now={() => new Date('2026-11-24T09:00:00.000Z')} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'Import, export and backups' });
  await user.click(within(dialog).getByRole('tab', { name: 'Import' }));
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Posts already in Cadence' }), 'update');
  fake.nextFile = { name: 'plan.csv', bytes: new TextEncoder().encode(csv) };
  await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));
  const mapping = await within(dialog).findByRole('table', { name: 'Columns' });
  return { user, dialog, mapping };
};

const NOTE = 'This file names media files. A CSV cannot carry pictures or videos: new posts will have none, and updated posts keep their own.';

describe('importing a CSV that names media files', () => {
  it('notes it before and after the import; the updated post keeps its media, the new post has none', async () => {
    const newOne = post('p2', 'c1', '2026-11-04', { title: 'Baguette day', media: [{ ...MEDIA[0]!, hash: 'c'.repeat(64), name: 'baguette.jpg' }] });
    const csv = toCsv([{ ...stored, title: 'Croissant day, edited' }, newOne], [bloom]);
    const { user, dialog, mapping } = await importFile(csv);
    expect(within(mapping).getByRole('combobox', { name: 'Column for Media files (names)' })).toHaveValue('media_files');
    expect(within(dialog).getByText(NOTE)).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/2 posts imported \(1 added, 1 updated\)\. 2 rows named media files: a CSV cannot carry them/)).toBeInTheDocument();
    const posts = await db.posts.toArray();
    expect(posts.find((p) => p.id === 'p1')).toMatchObject({ title: 'Croissant day, edited', media: MEDIA });
    expect(posts.find((p) => p.id === 'p2')).toMatchObject({ title: 'Baguette day' });
    expect(posts.find((p) => p.id === 'p2')).not.toHaveProperty('media');
  });

  it('says nothing of media when the media cells are empty', async () => {
    const csv = toCsv([{ ...stored, title: 'Croissant day, edited', media: [] }], [bloom]);
    const { user, dialog } = await importFile(csv);
    expect(within(dialog).queryByText(NOTE)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    const toast = await screen.findByText(/1 post imported/);
    expect(toast.textContent).not.toMatch(/media/);
    expect((await db.posts.get('p1'))?.media).toEqual(MEDIA);
  });
});
