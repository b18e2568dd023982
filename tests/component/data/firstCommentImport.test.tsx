// Bad input, as a user meets it: a CSV whose first comment is over 2,200 characters is refused with a
// message naming its line, and nothing of the file is stored (the good rows neither: one transaction).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadenceBridge, OpenedFile } from '../../../shared/bridge/contract';
import { MAX_FIRST_COMMENT } from '../../../shared/model/post';
import { fromCsv } from '../../../shared/serializers/csv';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { DataDialog } from '../../../renderer/features/data/DataDialog';
import { describeImportError } from '../../../renderer/features/data/importErrors';
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
beforeEach(async () => {
  fake.bridge = makeBridge();
  fake.nextFile = null;
  db = createDb(`cadence-first-comment-import-${Math.random()}`);
  await openDb(db);
  await db.clients.put(bloom);
  await db.posts.put(post('p1', 'c1', '2026-11-03', { title: 'Croissant day', firstComment: '#croissant' }));
});
afterEach(() => db.close());

const LONG = `#pain ${'levain '.repeat(Math.ceil(MAX_FIRST_COMMENT / 7))}`;
const CSV = `Titre,Date,Réseau,Premier commentaire\r\nFresh bread,2026-11-05,Instagram,#pain #levain\r\nToo much,2026-11-06,Instagram,"${LONG}"\r\n`;

describe('importing a CSV whose first comment is too long', () => {
  it('refuses the file with the line and the reason, and stores nothing', async () => {
    const user = userEvent.setup();
    const before = await db.posts.toArray();
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
    fake.nextFile = { name: 'plan.csv', bytes: new TextEncoder().encode(CSV) };
    await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));
    const mapping = await within(dialog).findByRole('table', { name: 'Columns' });
    expect(within(mapping).getByRole('combobox', { name: 'Column for First comment' })).toHaveValue('Premier commentaire');

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Nothing was imported: 1 problem must be fixed in the file first.');
    const report = within(dialog).getByRole('table', { name: 'Problems in “plan.csv”' });
    expect(within(report).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '3',
      "first comment is longer than 2200 characters (Instagram's and TikTok's comment limit)",
    ]);
    expect(await db.posts.toArray()).toEqual(before);
  });

  it('says it in French too', async () => {
    const i18n = await createI18n('fr');
    const [error] = fromCsv(CSV, { clientId: 'c1' }).errors;
    expect(describeImportError(error!, i18n.t, 'fr')).toBe(
      'Le premier commentaire dépasse 2\u00a0200 caractères (la limite des commentaires sur Instagram et TikTok).',
    );
  });
});
