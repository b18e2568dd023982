import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadenceBridge, OpenedFile } from '../../../shared/bridge/contract';
import type { Pillar } from '../../../shared/model/pillars';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { DataDialog } from '../../../renderer/features/data/DataDialog';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';
import { client } from './fixtures';

// The import panel and content pillars (issue 15): a "Pilier"/"pillar" column maps by itself, and a
// pillar the client does not have refuses the file with the line and the client's pillars, in
// English and in French.

const fake = vi.hoisted(() => ({ bridge: null as unknown as CadenceBridge }));
vi.mock('../../../renderer/bridge/bridge', () => ({ getBridge: () => fake.bridge }));

let nextFile: OpenedFile | null;
let closed: number;
const utf8 = (text: string) => new TextEncoder().encode(text);

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});

const PILLARS: Pillar[] = [
  { id: 'tips', name: 'Tips', color: '#059669', target: 0.4 },
  { id: 'community', name: 'Community', color: '#db2777', target: 0.3 },
  { id: 'products', name: 'Products', color: '#ca8a04', target: 0.2 },
];
const bloom = client('c1', 'Bloom Bakery', { pillars: PILLARS });

let db: CadenceDb;
let counter = 0;
beforeEach(async () => {
  nextFile = null;
  closed = 0;
  fake.bridge = {
    getAppInfo: vi.fn(async () => ({ shell: 'web' as const, version: '1', platform: 'test', locale: 'en' })),
    saveFile: vi.fn(async () => ({ saved: true })),
    openFile: vi.fn(async () => nextFile),
    printToPdf: vi.fn(async () => ({ saved: true, path: '' })),
    writeAutoBackup: vi.fn(),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => ''),
  } as unknown as CadenceBridge;
  db = createDb(`cadence-pillars-import-${++counter}`);
  await openDb(db);
  await db.clients.bulkPut([bloom]);
});
afterEach(() => db.close());

const renderDialog = async (language: 'en' | 'fr') => {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <DataDialog clients={[bloom]} currentClientId="c1" onClose={() => (closed += 1)} now={() => new Date('2026-11-24T09:00:00.000Z')} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return screen.getByRole('dialog');
};

// Line 12 is the unknown pillar, as in the example.
const rows = Array.from({ length: 10 }, (_, i) => `Post ${i + 1};2026-12-${String(i + 1).padStart(2, '0')};instagram;${i % 2 ? 'tips' : 'Communauté'}`);
const BAD_CSV = ['Titre;Date;Réseau;Pilier', ...rows, 'Cookies;2026-12-20;instagram;Recettes', ''].join('\r\n');
const GOOD_CSV = BAD_CSV.replaceAll('Communauté', 'Community').replace('Recettes', ' products ');

describe('ImportPanel: the pillar column', () => {
  it('maps "Pilier" by itself, refuses an unknown pillar with its line and the pillars, then imports names as pillar ids', async () => {
    const user = userEvent.setup();
    const dialog = await renderDialog('en');
    await user.click(within(dialog).getByRole('tab', { name: 'Import' }));
    nextFile = { name: 'december.csv', bytes: utf8(BAD_CSV) };
    await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }));
    const mapping = await within(dialog).findByRole('table', { name: 'Columns' });
    expect(within(mapping).getByRole('combobox', { name: 'Column for Pillar' })).toHaveValue('Pilier');

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    const report = await within(dialog).findByRole('table', { name: 'Problems in “december.csv”' });
    // "Communauté" is not a pillar of this client either (its pillar is "Community"): every such line is named.
    const cells = within(report).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 2)).toEqual(['2', "pillar 'Communauté' is not one of this client's pillars (Tips, Community, Products)"]);
    expect(cells.slice(-2)).toEqual(['12', "pillar 'Recettes' is not one of this client's pillars (Tips, Community, Products)"]);
    expect(await db.posts.count()).toBe(0);

    nextFile = { name: 'december-fixed.csv', bytes: utf8(GOOD_CSV) };
    await user.click(within(dialog).getByRole('button', { name: 'Choose another file…' }));
    await within(dialog).findByRole('table', { name: 'Columns' });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(closed, dialog.textContent ?? '').toBe(1));
    const pillars = Object.fromEntries((await db.posts.toArray()).map((p) => [p.title, p.pillar]));
    expect(pillars).toMatchObject({ 'Post 1': 'community', 'Post 2': 'tips', Cookies: 'products' });
  });

  it('says it in French, with the client’s pillars', async () => {
    const user = userEvent.setup();
    const dialog = await renderDialog('fr');
    await user.click(within(dialog).getByRole('tab', { name: 'Importer' }));
    nextFile = { name: 'decembre.csv', bytes: utf8(BAD_CSV) };
    await user.click(within(dialog).getByRole('button', { name: 'Choisir un fichier…' }));
    const mapping = await within(dialog).findByRole('table', { name: 'Colonnes' });
    expect(within(mapping).getByRole('combobox', { name: 'Colonne pour Pilier' })).toHaveValue('Pilier');
    await user.click(within(dialog).getByRole('button', { name: 'Importer' }));
    const report = await within(dialog).findByRole('table', { name: /^Problèmes dans «.decembre\.csv.»$/ });
    const cells = within(report).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(-2)).toEqual(['12', 'Le pilier «\u00a0Recettes\u00a0» n’est pas un des piliers de ce client (Tips, Community, Products).']);
    expect(await db.posts.count()).toBe(0);
  });
});
