// The CSV mapping screen says which encoding the file was read in, and re-reads the same bytes in
// another one when asked; a Windows-1252 file (Excel on Windows) imports with its accents.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadenceBridge, OpenedFile } from '../../../shared/bridge/contract';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { DataDialog } from '../../../renderer/features/data/DataDialog';
import { describeImportError } from '../../../renderer/features/data/importErrors';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';
import { client } from './fixtures';

const fake = vi.hoisted(() => ({ bridge: null as unknown as CadenceBridge }));
vi.mock('../../../renderer/bridge/bridge', () => ({ getBridge: () => fake.bridge }));

let nextFile: OpenedFile | null;
let closed: number;
let db: CadenceDb;

beforeAll(() => {
  // jsdom has <dialog> but not showModal.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});

beforeEach(async () => {
  nextFile = null;
  closed = 0;
  fake.bridge = {
    getAppInfo: vi.fn(async () => ({ shell: 'web' as const, version: '1', platform: 'test', locale: 'en' })),
    saveFile: vi.fn(async () => ({ saved: true })),
    openFile: vi.fn(async () => nextFile),
    printToPdf: vi.fn(async () => ({ saved: false })),
    writeAutoBackup: vi.fn(async () => ({ name: 'cadence-auto-20261124T100000000Z.json', createdAt: '2026-11-24T10:00:00.000Z', reason: 'auto' as const, size: 2 })),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => ''),
    missingBackupMedia: vi.fn(async () => []),
    writeBackupMedia: vi.fn(async () => undefined),
    readBackupMedia: vi.fn(async () => null),
    // Publishing calls (issue 16), unused here.
    notify: vi.fn(async () => false),
    notificationPermission: vi.fn(async () => 'unavailable' as const),
    copyText: vi.fn(async () => undefined),
    openExternal: vi.fn(async () => undefined),
    onNotificationClick: vi.fn(() => () => undefined),
  } as CadenceBridge;
  db = createDb();
  await openDb(db);
  await db.clients.bulkPut([client('c1', 'Bloom Bakery', { channels: ['instagram', 'linkedin'] })]);
});
afterEach(() => db.close());

const PLAN = 'Titre;Date;Heure;Réseau;Légende\r\nFête de l’été;2026-11-05;09:00;Instagram;Crème à 5 €\r\n';

// Windows-1252 by hand: Latin-1 code points are their own byte; the punctuation used here is not.
const cp1252 = (text: string) =>
  Uint8Array.from([...text].map((c) => ({ '€': 0x80, '’': 0x92 })[c] ?? c.codePointAt(0)!));
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...text.split('').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

const openCsv = async (name: string, bytes: Uint8Array) => {
  const user = userEvent.setup();
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <DataDialog clients={[client('c1', 'Bloom Bakery', { channels: ['instagram', 'linkedin'] })]} currentClientId="c1" onClose={() => (closed += 1)} now={() => new Date('2026-11-24T09:00:00.000Z')} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'Import, export and backups' });
  await user.click(within(dialog).getByRole('tab', { name: 'Import' }));
  nextFile = { name, bytes };
  await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));
  const mapping = await within(dialog).findByRole('table', { name: 'Columns' });
  const encoding = within(dialog).getByRole('combobox', { name: 'Text encoding' });
  const preview = () => within(dialog).getByRole('table', { name: /as it will be imported/ });
  const column = (field: string) => within(mapping).getByRole('combobox', { name: `Column for ${field}` });
  return { user, dialog, encoding, preview, column };
};

describe('CSV import: encodings', () => {
  it('detects a Windows-1252 file, says so, and imports its accents without a U+FFFD', async () => {
    const { user, dialog, encoding, preview, column } = await openCsv('excel.csv', cp1252(PLAN));
    expect(encoding).toHaveValue('windows-1252');
    expect(within(dialog).getByText(/Read as Windows-1252: line 1 is not valid UTF-8/)).toBeInTheDocument();
    expect(column('Channel')).toHaveValue('Réseau');
    expect(column('Caption')).toHaveValue('Légende');
    expect(preview()).toHaveTextContent('Fête de l’été');

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(closed).toBe(1));
    const [saved] = await db.posts.toArray();
    expect(saved).toMatchObject({ title: 'Fête de l’été', caption: 'Crème à 5 €', channel: 'instagram' });
    expect(JSON.stringify(saved)).not.toContain('\ufffd');
  });

  it('re-reads the same bytes in the chosen encoding, keeping a column the user chose by its place', async () => {
    const { user, dialog, encoding, preview, column } = await openCsv('plan.csv', utf8(PLAN));
    expect(encoding).toHaveValue('utf-8');
    expect(within(dialog).getByText('Read as UTF-8, detected from the file.')).toBeInTheDocument();
    // The user maps the notes to the caption column: kept, by position, through the re-reading.
    await user.selectOptions(column('Notes'), 'Légende');

    await user.selectOptions(encoding, 'windows-1252');
    expect(encoding).toHaveValue('windows-1252');
    expect(within(dialog).getByText('Read as Windows-1252, as you chose.')).toBeInTheDocument();
    expect(preview()).toHaveTextContent('FÃªte de lâ€™Ã©tÃ©');
    expect(column('Notes')).toHaveValue('LÃ©gende');

    await user.selectOptions(encoding, 'utf-8');
    expect(preview()).toHaveTextContent('Fête de l’été');
    expect(column('Notes')).toHaveValue('Légende');
    expect(within(dialog).getByText('Read as UTF-8, as you chose.')).toBeInTheDocument();
  });

  it('refuses an encoding the bytes are not valid in, and keeps reading them as before', async () => {
    const { user, dialog, encoding, preview } = await openCsv('excel.csv', cp1252(PLAN));
    await user.selectOptions(encoding, 'utf-8');
    expect(within(dialog).getByText('This file cannot be read as UTF-8 (line 1): it is still read as Windows-1252.')).toBeInTheDocument();
    expect(encoding).toHaveValue('windows-1252');
    expect(preview()).toHaveTextContent('Fête de l’été');
    expect(preview().textContent).not.toContain('\ufffd');
  });

  it('detects UTF-16 from its byte-order mark', async () => {
    const { dialog, encoding, preview } = await openCsv('sheets.csv', utf16le(PLAN));
    expect(encoding).toHaveValue('utf-16');
    expect(within(dialog).getByText('Read as UTF-16 LE: the file starts with its byte-order mark.')).toBeInTheDocument();
    expect(preview()).toHaveTextContent('Fête de l’été');
  });
});

describe('import reports never show a raw control character from the file', () => {
  it('escapes a message made outside shared/ (a client name quoted by renderer/db), in English and French', async () => {
    // renderer/db/imports.ts writes this one itself, with the name as the file has it.
    const error = { code: 'row.clientMissing' as const, line: 2, message: "line 2: there is no client 'Nobody\u0007\u202e' in Cadence", params: { value: 'Nobody\u0007\u202e' } };
    const en = await createI18n('en');
    expect(describeImportError(error, en.t, 'en')).toBe("there is no client 'Nobody\\u0007\\u202e' in Cadence");
    const fr = await createI18n('fr');
    const french = describeImportError(error, fr.t, 'fr');
    expect(french).toContain('Nobody\\u0007\\u202e');
    expect(french).not.toContain('\u0007');
    expect(french).not.toContain('\u202e');
  });
});
