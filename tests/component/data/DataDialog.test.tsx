import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, CadenceBridge, OpenedFile } from '../../../shared/bridge/contract';
import type { Client } from '../../../shared/model/client';
import { parseBackup, toBackup } from '../../../shared/serializers/backup';
import { validateIcsLines } from '../../../shared/serializers/ics';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DATA_VERSION } from '../../../renderer/db/schema';
import { DbProvider } from '../../../renderer/db/hooks';
import { readAll } from '../../../renderer/db/snapshot';
import { DataDialog } from '../../../renderer/features/data/DataDialog';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';
import { client, post } from './fixtures';

// The bridge, faked: the dialogs answer what each test says; what is saved is kept for checking.
const fake = vi.hoisted(() => ({ bridge: null as unknown as CadenceBridge }));
vi.mock('../../../renderer/bridge/bridge', () => ({ getBridge: () => fake.bridge }));

type Saved = { suggestedName: string; data: string };
let saved: Saved[];
let nextFile: OpenedFile | null;
/** What the Open dialog reads: bytes (the panel decodes them). */
const utf8 = (text: string) => new TextEncoder().encode(text);
let backups: Array<BackupInfo & { json: string }>;
let printed: string[];

const makeBridge = (): CadenceBridge => ({
  getAppInfo: vi.fn(async () => ({ shell: 'web' as const, version: '1', platform: 'test', locale: 'en' })),
  saveFile: vi.fn(async ({ suggestedName, data }) => {
    saved.push({ suggestedName, data });
    return { saved: true };
  }),
  openFile: vi.fn(async () => nextFile),
  printToPdf: vi.fn(async () => {
    printed.push(document.querySelector('.print-root')?.textContent ?? '(nothing to print)');
    return { saved: true, path: '/home/me/month.pdf' };
  }),
  writeAutoBackup: vi.fn(async ({ json, reason }) => {
    const info = { name: `cadence-${reason}-2026112${backups.length}T100000000Z.json`, createdAt: '2026-11-24T10:00:00.000Z', reason, size: json.length };
    backups.unshift({ ...info, json });
    return info;
  }),
  listBackups: vi.fn(async () => backups.map(({ json: _json, ...info }) => info)),
  readBackup: vi.fn(async (name: string) => backups.find((b) => b.name === name)?.json ?? ''),
  missingBackupMedia: vi.fn(async () => []),
  writeBackupMedia: vi.fn(async () => undefined),
  readBackupMedia: vi.fn(async () => null),
  // Publishing calls (issue 16), unused here.
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
let closed: number;
const bloom = client('c1', 'Bloom Bakery', { channels: ['instagram', 'linkedin'] });
const acme = client('c2', 'Acme');

beforeEach(async () => {
  today = TODAY;
  saved = [];
  nextFile = null;
  backups = [];
  printed = [];
  closed = 0;
  fake.bridge = makeBridge();
  db = createDb();
  await openDb(db);
  await db.clients.bulkPut([bloom, acme]);
  await db.posts.bulkPut([
    post('p1', 'c1', '2026-11-03', { title: 'Croissant day', time: '08:00' }),
    post('p2', 'c1', '2026-11-20', { title: 'Poll: best bread', channel: 'linkedin' }),
    post('p3', 'c1', '2026-12-05', { title: 'December teaser' }),
    post('p4', 'c2', '2026-11-10', { title: 'Acme launch' }),
  ]);
});
afterEach(() => db.close());

// "Today" for the dialog, passed in: the default export range is this month, whatever the machine's date.
const TODAY = new Date('2026-11-24T09:00:00.000Z');

let today = TODAY;

const renderDialog = async (clients: Client[] = [bloom, acme], currentClientId: string | null = 'c1') => {
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <DataDialog clients={clients} currentClientId={currentClientId} onClose={() => (closed += 1)} now={() => today} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return screen.getByRole('dialog', { name: 'Import, export and backups' });
};

const titles = async () => (await db.posts.toArray()).map((p) => p.title).sort();

describe('DataDialog: tabs', () => {
  it('is a labelled dialog whose tabs move with the arrow keys', async () => {
    const user = userEvent.setup();
    const dialog = await renderDialog();
    const exportTab = within(dialog).getByRole('tab', { name: 'Export' });
    expect(exportTab).toHaveAttribute('aria-selected', 'true');
    expect(within(dialog).getByRole('tabpanel')).toHaveAttribute('aria-labelledby', exportTab.id);
    exportTab.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('tab', { name: 'Import' })).toHaveFocus();
    expect(within(dialog).getByRole('tab', { name: 'Import' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{End}');
    expect(within(dialog).getByRole('tab', { name: 'Storage' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowLeft}');
    expect(within(dialog).getByRole('tab', { name: 'Backups' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{End}{ArrowRight}');
    expect(exportTab).toHaveAttribute('aria-selected', 'true');
  });
});

describe('DataDialog: export', () => {
  it('offers the month of the "today" it is given as the default range', async () => {
    // Another month than the test clock's, so the range comes from the clock passed in.
    today = new Date('2027-02-10T12:00:00.000Z');
    const dialog = await renderDialog();
    expect(within(dialog).getByLabelText('From')).toHaveValue('2027-02-01');
    expect(within(dialog).getByLabelText('To')).toHaveValue('2027-02-28');
  });

  it('exports the client’s month as CSV (BOM, CRLF), filtered by channel', async () => {
    const user = userEvent.setup();
    const dialog = await renderDialog();
    await user.selectOptions(within(dialog).getByLabelText('Channel'), 'linkedin');
    await user.clear(within(dialog).getByLabelText('From'));
    await user.type(within(dialog).getByLabelText('From'), '2026-11-01');
    await user.clear(within(dialog).getByLabelText('To'));
    await user.type(within(dialog).getByLabelText('To'), '2026-11-30');
    await user.click(within(dialog).getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const [file] = saved;
    expect(file!.suggestedName).toBe('cadence-bloom-bakery-2026-11-01-to-2026-11-30.csv');
    expect(file!.data.startsWith('\ufeffid,client,date,')).toBe(true);
    expect(file!.data.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(file!.data).toContain('Poll: best bread');
    expect(await within(dialog).findByText('1 post exported as cadence-bloom-bakery-2026-11-01-to-2026-11-30.csv')).toBeInTheDocument();
  });

  it('checks the range next to its field, and the columns', async () => {
    const user = userEvent.setup();
    const dialog = await renderDialog();
    await user.clear(within(dialog).getByLabelText('To'));
    await user.type(within(dialog).getByLabelText('To'), '2026-10-01');
    await user.click(within(dialog).getByRole('button', { name: 'None' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export CSV' }));
    expect(within(dialog).getByLabelText('To')).toHaveAccessibleDescription('The end date is before the start date.');
    expect(within(dialog).getByText('Choose at least one column.')).toBeInTheDocument();
    expect(saved).toEqual([]);
  });

  it('exports all clients as iCalendar with folded CRLF lines', async () => {
    const user = userEvent.setup();
    const dialog = await renderDialog([bloom, acme], null);
    await user.click(within(dialog).getByRole('radio', { name: 'iCalendar' }));
    await user.clear(within(dialog).getByLabelText('From'));
    await user.type(within(dialog).getByLabelText('From'), '2026-11-01');
    await user.click(within(dialog).getByRole('button', { name: 'Export iCalendar' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const ics = saved[0]!.data;
    expect(saved[0]!.suggestedName).toMatch(/^cadence-all-clients-2026-11-01-to-.*\.ics$/);
    expect(validateIcsLines(ics)).toEqual([]);
    expect([...ics.matchAll(/^SUMMARY:(.*)\r$/gm)].map((m) => m[1])).toEqual(['Croissant day', 'Acme launch', 'Poll: best bread']);
  });

  it('saves a JSON backup of everything that reads back', async () => {
    const user = userEvent.setup();
    const dialog = await renderDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'JSON backup' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save a backup' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.suggestedName).toMatch(/^cadence-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const parsed = parseBackup(saved[0]!.data, { maxDataVersion: DATA_VERSION });
    expect(parsed.ok && parsed.backup.data.posts.length).toBe(4);
  });

  it('prints a month with every post written out, then takes the printable page away', async () => {
    const user = userEvent.setup();
    await db.posts.bulkPut(Array.from({ length: 9 }, (_, i) => post(`busy${i}`, 'c1', '2026-11-12', { title: `Busy ${i}` })));
    const dialog = await renderDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'Print / PDF' }));
    await user.clear(within(dialog).getByLabelText('Month'));
    await user.type(within(dialog).getByLabelText('Month'), '2026-11');
    await user.click(within(dialog).getByRole('button', { name: 'Print or save as PDF' }));
    await waitFor(() => expect(printed).toHaveLength(1));
    expect(printed[0]).toContain('Bloom Bakery');
    expect(printed[0]).toMatch(/November 2026/);
    for (let i = 0; i < 9; i += 1) expect(printed[0]).toContain(`Busy ${i}`);
    expect(printed[0]).not.toContain('December teaser');
    expect(printed[0]).not.toContain('Acme launch');
    expect(printed[0]).not.toMatch(/\+\d+ more/);
    await waitFor(() => expect(document.querySelector('.print-root')).toBeNull());
    expect(await within(dialog).findByText('PDF saved to /home/me/month.pdf')).toBeInTheDocument();
  });
});

const BAD_CSV = 'Titre,Date,Heure,Réseau\r\nFresh bread,2026-11-05,09:00,Instagram\r\nBad day,2026-02-30,10:00,Instagram\r\n';
const GOOD_CSV = BAD_CSV.replace('2026-02-30', '2026-11-06');

describe('DataDialog: import', () => {
  it('refuses a CSV with a bad row (line and reason, nothing written), then imports the fixed file, and Undo takes it back', async () => {
    const user = userEvent.setup();
    const before = await titles();
    const dialog = await renderDialog();
    await user.click(within(dialog).getByRole('tab', { name: 'Import' }));
    nextFile = { name: 'plan.csv', bytes: utf8(BAD_CSV) };
    await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));

    // Mapping preview: French headers guessed, first rows shown.
    const mapping = await within(dialog).findByRole('table', { name: 'Columns' });
    expect(within(mapping).getByRole('combobox', { name: 'Column for Title' })).toHaveValue('Titre');
    expect(within(mapping).getByRole('combobox', { name: 'Column for Channel' })).toHaveValue('Réseau');
    expect(within(dialog).getByRole('table', { name: /as it will be imported/ })).toHaveTextContent('Fresh bread');

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Nothing was imported: 1 problem must be fixed in the file first.');
    const report = within(dialog).getByRole('table', { name: 'Problems in “plan.csv”' });
    const cells = within(report).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['3', "date '2026-02-30' does not exist"]);
    expect(await titles()).toEqual(before);

    nextFile = { name: 'plan-fixed.csv', bytes: utf8(GOOD_CSV) };
    await user.click(within(dialog).getByRole('button', { name: 'Choose another file…' }));
    await within(dialog).findByRole('table', { name: 'Columns' });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(closed).toBe(1));
    expect(await titles()).toEqual([...before, 'Bad day', 'Fresh bread'].sort());
    const imported = (await db.posts.toArray()).filter((p) => p.title === 'Bad day' || p.title === 'Fresh bread');
    expect(imported.every((p) => p.clientId === 'c1' && p.channel === 'instagram')).toBe(true);

    expect(screen.getByText('2 posts imported (2 added, 0 updated)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await titles()).toEqual(before));
  });

  it('Escape during a long import cancels it (nothing written) instead of closing the dialog', async () => {
    const user = userEvent.setup();
    const before = await titles();
    const dialog = await renderDialog();
    await user.click(within(dialog).getByRole('tab', { name: 'Import' }));
    const rows = Array.from({ length: 5000 }, (_, i) => `Row ${i},2026-11-${String((i % 28) + 1).padStart(2, '0')},instagram`);
    nextFile = { name: 'big.csv', bytes: utf8(['title,date,channel', ...rows].join('\n')) };
    await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Import' }));
    expect(within(dialog).getByRole('progressbar', { name: 'Reading big.csv…' })).toBeInTheDocument();
    expect(within(dialog).getByRole('tab', { name: 'Export' })).toBeDisabled();
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(await within(dialog).findByText('Import cancelled: nothing was written.')).toBeInTheDocument();
    expect(closed).toBe(0);
    expect(await titles()).toEqual(before);
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(closed).toBe(1);
  });

  it('imports into each row’s own client, refusing the whole file for one unknown client', async () => {
    const user = userEvent.setup();
    const before = await titles();
    const dialog = await renderDialog();
    await user.click(within(dialog).getByRole('tab', { name: 'Import' }));
    await user.selectOptions(within(dialog).getByLabelText('Import into'), 'Each row’s own client (client column)');
    nextFile = { name: 'clients.csv', bytes: utf8('title,date,channel,client\r\nA,2026-11-01,instagram,acme\r\nB,2026-11-02,instagram,Nobody\r\n') };
    await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Import' }));
    const report = await within(dialog).findByRole('table', { name: 'Problems in “clients.csv”' });
    expect(within(report).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '3',
      "there is no client 'Nobody' in Cadence: create it first or choose a client for the import",
    ]);
    expect(await titles()).toEqual(before);
  });

  it('reads an ICS file into the chosen client after a summary', async () => {
    const user = userEvent.setup();
    const dialog = await renderDialog();
    await user.click(within(dialog).getByRole('tab', { name: 'Import' }));
    nextFile = {
      name: 'events.ics',
      bytes: utf8(['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:x1', 'DTSTART:20261112T080000Z', 'SUMMARY:Webinar', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n')),
    };
    await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));
    expect(await within(dialog).findByText('1 event read from “events.ics”, to import into Bloom Bakery.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 post' }));
    await waitFor(() => expect(closed).toBe(1));
    const webinar = (await db.posts.toArray()).find((p) => p.title === 'Webinar');
    expect(webinar).toMatchObject({ clientId: 'c1', date: '2026-11-12', time: '09:00', channel: 'instagram' });
  });

  it('restores a JSON backup as replace after saying what changes, saves the current state first, and can undo it', async () => {
    const user = userEvent.setup();
    const original = await readAll(db);
    const backup = toBackup(
      { clients: [client('c9', 'Cedar')], posts: [post('q1', 'c9', '2026-11-15', { title: 'From the backup' })], settings: {} },
      { dataVersion: 2, now: new Date('2026-11-01T09:00:00Z') },
    );
    const dialog = await renderDialog();
    await user.click(within(dialog).getByRole('tab', { name: 'Import' }));
    nextFile = { name: 'cadence-backup.json', bytes: utf8(backup) };
    await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));
    const changes = await within(dialog).findByRole('table', { name: 'What will change' });
    expect(within(changes).getByRole('row', { name: /Clients/ })).toHaveTextContent(/Clients\s*1\s*0\s*2/);
    expect(within(changes).getByRole('row', { name: /Posts/ })).toHaveTextContent(/Posts\s*1\s*0\s*4/);
    expect(within(dialog).getByText('Everything that is not in the backup will be removed.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Replace everything' }));
    await waitFor(() => expect(closed).toBe(1));
    expect(fake.bridge.writeAutoBackup).toHaveBeenCalledWith(expect.objectContaining({ reason: 'pre-restore' }));
    expect(await titles()).toEqual(['From the backup']);
    expect((await readAll(db)).clients.map((c) => c.name)).toEqual(['Cedar']);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Restore undone: the previous state is back.')).toBeInTheDocument();
    const back = await readAll(db);
    expect(back.clients).toEqual(original.clients);
    expect(back.posts.sort((a, b) => a.id.localeCompare(b.id))).toEqual(original.posts.sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('merges a backup: adds and replaces, removes nothing', async () => {
    const user = userEvent.setup();
    const backup = toBackup(
      { clients: [bloom], posts: [post('p1', 'c1', '2026-11-03', { title: 'Croissant day, revised' }), post('q2', 'c1', '2026-11-16')] },
      { dataVersion: 2, now: new Date('2026-11-01T09:00:00Z') },
    );
    const dialog = await renderDialog();
    await user.click(within(dialog).getByRole('tab', { name: 'Import' }));
    nextFile = { name: 'b.json', bytes: utf8(backup) };
    await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));
    await user.click(await within(dialog).findByRole('radio', { name: /Merge/ }));
    const changes = await within(dialog).findByRole('table', { name: 'What will change' });
    await waitFor(() => expect(within(changes).getByRole('row', { name: /Posts/ })).toHaveTextContent(/Posts\s*1\s*1\s*0/));
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(closed).toBe(1));
    expect(await titles()).toEqual(['Acme launch', 'Croissant day, revised', 'December teaser', 'Poll: best bread', 'Post q2']);
  });

  it('refuses a damaged or newer backup and changes nothing', async () => {
    const user = userEvent.setup();
    const before = await titles();
    const dialog = await renderDialog();
    await user.click(within(dialog).getByRole('tab', { name: 'Import' }));
    nextFile = { name: 'newer.json', bytes: utf8(toBackup({ clients: [], posts: [] }, { dataVersion: 99, now: new Date() })) };
    await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This backup cannot be restored, and nothing was changed.');
    expect(within(dialog).getByRole('table')).toHaveTextContent('made by a newer Cadence (data version 99');
    expect(await titles()).toEqual(before);
  });
});

describe('DataDialog: backups', () => {
  it('lists the backups, backs up now, and restores one after the confirmation', async () => {
    const user = userEvent.setup();
    const dialog = await renderDialog();
    await user.click(within(dialog).getByRole('tab', { name: 'Backups' }));
    expect(await within(dialog).findByText('No backup yet.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Back up now' }));
    expect(await within(dialog).findByText('Backup saved.')).toBeInTheDocument();
    const table = await within(dialog).findByRole('table', { name: 'Backups, newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    // Made by hand: listed as such, and kept apart from the hourly rotation.
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Manual');

    await act(async () => {
      await db.posts.clear();
    });
    await user.click(within(table).getByRole('button', { name: /^Restore the backup of / }));
    await user.click(await within(dialog).findByRole('button', { name: 'Replace everything' }));
    await waitFor(() => expect(closed).toBe(1));
    expect(await titles()).toEqual(['Acme launch', 'Croissant day', 'December teaser', 'Poll: best bread']);
    expect(backups.map((b) => b.reason)).toEqual(['pre-restore', 'manual']);
  });
});
