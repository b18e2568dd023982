// Backups dated in the future (saved while the clock was set ahead): the panel flags them, and the
// web store's rotation keeps them without letting them take the real hours' slots.
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, CadenceBridge } from '../../../shared/bridge/contract';
import { createBackupStore } from '../../../renderer/db/backupStore';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { BackupsPanel } from '../../../renderer/features/data/BackupsPanel';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';

const fake = vi.hoisted(() => ({ bridge: null as unknown as CadenceBridge }));
vi.mock('../../../renderer/bridge/bridge', () => ({ getBridge: () => fake.bridge }));

const HOUR = 60 * 60 * 1000;
const NOW = new Date('2026-11-24T10:30:00.000Z');
const info = (name: string, createdAt: string): BackupInfo => ({ name, createdAt, reason: 'auto', size: 2048 });
const LISTED = [
  info('cadence-auto-20270601T093000000Z.json', '2027-06-01T09:30:00.000Z'), // the clock was set ahead
  info('cadence-auto-20261124T103000000Z.json', '2026-11-24T10:30:00.000Z'), // exactly now: not future
  info('cadence-auto-20261124T093000000Z.json', '2026-11-24T09:30:00.000Z'),
];

describe('the backups panel', () => {
  let db: CadenceDb;
  beforeEach(async () => {
    fake.bridge = {
      getAppInfo: vi.fn(async () => ({ shell: 'desktop' as const, version: '1', platform: 'test', locale: 'en' })),
      saveFile: vi.fn(),
      openFile: vi.fn(),
      printToPdf: vi.fn(),
      writeAutoBackup: vi.fn(),
      listBackups: vi.fn(async () => LISTED),
      readBackup: vi.fn(),
    } as unknown as CadenceBridge;
    db = createDb(`cadence-future-${Math.random()}`);
    await openDb(db);
  });
  afterEach(() => db.close());

  const renderPanel = async (language: 'en' | 'fr') => {
    const i18n = await createI18n(language);
    render(
      <I18nextProvider i18n={i18n}>
        <DbProvider db={db}>
          <ToastProvider>
            <BackupsPanel host={{ setCancel: () => undefined, close: () => undefined }} now={() => NOW} />
          </ToastProvider>
        </DbProvider>
      </I18nextProvider>,
    );
    const table = await screen.findByRole('table');
    return within(table).getAllByRole('row').slice(1); // without the header row
  };

  it('flags the copy dated after now, and only that one, and says why', async () => {
    const rows = await renderPanel('en');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByText('Dated in the future')).toBeInTheDocument();
    expect(within(rows[1]!).queryByText('Dated in the future')).toBeNull();
    expect(within(rows[2]!).queryByText('Dated in the future')).toBeNull();
    expect(screen.getByText(/were saved while this computer’s clock was set ahead/)).toBeInTheDocument();
  });

  it('says it in French', async () => {
    const rows = await renderPanel('fr');
    expect(within(rows[0]!).getByText('Datée dans le futur')).toBeInTheDocument();
    // 2048 bytes, in French units with a no-break space (the English row says "2 KB").
    expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toContain('2\u00a0Ko');
    expect(within(rows[1]!).queryByText('Datée dans le futur')).toBeNull();
    expect(screen.getByText(/l’horloge de cet ordinateur était en avance/)).toBeInTheDocument();
  });

  it('shows no flag nor note when no copy is in the future', async () => {
    fake.bridge.listBackups = vi.fn(async () => LISTED.slice(1));
    const rows = await renderPanel('en');
    expect(rows).toHaveLength(2);
    expect(screen.queryByText('Dated in the future')).toBeNull();
    expect(screen.queryByText(/clock was set ahead/)).toBeNull();
  });
});

describe('web backups (IndexedDB) after the clock came back', () => {
  it('keep the copies written while it was ahead, and the last 24 real hours', async () => {
    let clock = Date.parse('2027-06-01T00:30:00.000Z');
    const store = createBackupStore({ name: 'test-backups-future', now: () => new Date(clock) });
    for (let hour = 0; hour < 3; hour += 1, clock += HOUR) await store.write(`{"n":${hour}}`, 'auto');
    const ahead = (await store.list()).map((b) => b.name);
    clock = Date.parse('2026-11-01T00:30:00.000Z');
    for (let hour = 0; hour < 50; hour += 1, clock += HOUR) await store.write(`{"n":${100 + hour}}`, 'auto');
    const list = await store.list();
    expect(list.filter((b) => ahead.includes(b.name))).toHaveLength(3);
    // 50 real hours over three days: the last 24 hours, then the newest copy of the first day.
    const real = list.filter((b) => !ahead.includes(b.name)).map((b) => b.createdAt);
    expect(real).toHaveLength(25);
    expect(real[0]).toBe('2026-11-03T01:30:00.000Z');
    expect(real[23]).toBe('2026-11-02T02:30:00.000Z');
    expect(real[24]).toBe('2026-11-01T23:30:00.000Z');
    store.close();
  }, 30_000);
});
