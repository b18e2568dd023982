import { render, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, CadenceBridge } from '../../../shared/bridge/contract';
import { parseBackup } from '../../../shared/serializers/backup';
import { createBackupStore } from '../../../renderer/db/backupStore';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DATA_VERSION } from '../../../renderer/db/schema';
import { DbProvider } from '../../../renderer/db/hooks';
import { runAutoBackup, useAutoBackup } from '../../../renderer/features/data/useAutoBackup';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n } from '../../../renderer/i18n/i18n';
import { client, post } from './fixtures';

const fake = vi.hoisted(() => ({ bridge: null as unknown as CadenceBridge }));
vi.mock('../../../renderer/bridge/bridge', () => ({ getBridge: () => fake.bridge }));

const HOUR = 60 * 60 * 1000;
const START = Date.parse('2026-11-01T00:30:00.000Z');
const json = (n: number) => `{"app":"cadence","kind":"backup","n":${n}}`;

describe('web backups (IndexedDB "cadence-backups")', () => {
  it('keeps 24 hourly and 14 daily copies as hours pass on a fake clock, each readable by name', async () => {
    let now = START;
    const store = createBackupStore({ name: 'test-backups-rotation', now: () => new Date(now) });
    for (let hour = 0; hour < 10 * 24; hour += 1) {
      await store.write(json(hour), 'auto');
      now += HOUR;
    }
    const list = await store.list();
    expect(list).toHaveLength(24 + 9); // the last day hour by hour, then one copy for each of 9 earlier days
    expect(list[0]).toMatchObject({ reason: 'auto', createdAt: new Date(START + (10 * 24 - 1) * HOUR).toISOString() });
    await expect(store.read(list[0]!.name)).resolves.toBe(json(10 * 24 - 1));
    await expect(store.read(list.at(-1)!.name)).resolves.toBe(json(23)); // the newest of the first day
    await expect(store.read('cadence-auto-20001101T003000000Z.json')).rejects.toThrow(/No backup named/);
    store.close();
  }, 30_000);

  it('keeps safety copies apart, and names two in the same millisecond apart', async () => {
    const store = createBackupStore({ name: 'test-backups-safety', now: () => new Date(START) });
    const a = await store.write(json(1), 'pre-restore');
    const b = await store.write(json(2), 'pre-restore');
    expect(b.name).toBe(a.name.replace('.json', '-2.json'));
    expect((await store.list()).map((x) => x.reason)).toEqual(['pre-restore', 'pre-restore']);
    // Same millisecond (a clock held still): the later write is listed first, as the newer.
    expect((await store.list()).map((x) => x.name)).toEqual([b.name, a.name]);
    store.close();
  });
});

describe('automatic backups', () => {
  let db: CadenceDb;
  let written: Array<{ json: string; reason: string }>;

  beforeEach(async () => {
    written = [];
    fake.bridge = {
      getAppInfo: vi.fn(),
      saveFile: vi.fn(),
      openFile: vi.fn(),
      printToPdf: vi.fn(),
      writeAutoBackup: vi.fn(async ({ json: text, reason }) => {
        written.push({ json: text, reason });
        return { name: `b${written.length}`, createdAt: '', reason, size: text.length } satisfies BackupInfo;
      }),
      listBackups: vi.fn(async () => written.map((w, i) => ({ name: `b${i + 1}`, createdAt: '', reason: w.reason as 'auto', size: 0 }))),
      readBackup: vi.fn(),
      missingBackupMedia: vi.fn(async () => []),
      writeBackupMedia: vi.fn(async () => undefined),
      readBackupMedia: vi.fn(async () => null),
      // Publishing calls (issue 16), unused here.
      notify: vi.fn(async () => false),
      notificationPermission: vi.fn(async () => 'unavailable' as const),
      copyText: vi.fn(async () => undefined),
      openExternal: vi.fn(async () => undefined),
      onNotificationClick: vi.fn(() => () => undefined),
    };
    db = createDb(`cadence-auto-${Math.random()}`);
    await openDb(db);
  });
  afterEach(() => db.close());

  it('backs up only when something changed since the last one, and not an empty first calendar', async () => {
    await expect(runAutoBackup(db, fake.bridge)).resolves.toBe('empty');
    await db.clients.put(client('c1', 'Bloom'));
    await db.posts.put(post('p1', 'c1', '2026-11-03'));
    await expect(runAutoBackup(db, fake.bridge)).resolves.toBe('written');
    await expect(runAutoBackup(db, fake.bridge)).resolves.toBe('unchanged');
    await db.posts.put(post('p2', 'c1', '2026-11-04'));
    await expect(runAutoBackup(db, fake.bridge)).resolves.toBe('written');
    expect(written.map((w) => w.reason)).toEqual(['auto', 'auto']);
    const last = parseBackup(written[1]!.json, { maxDataVersion: DATA_VERSION });
    expect(last.ok && last.backup.data.posts.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
    // The backups went missing (folder emptied): the next check writes one even without a change.
    written.length = 0;
    await expect(runAutoBackup(db, fake.bridge)).resolves.toBe('written');
  });

  it('"Back up now" (force) writes a manual copy even when nothing changed; the next check finds it and writes nothing', async () => {
    await db.clients.put(client('c1', 'Bloom'));
    await expect(runAutoBackup(db, fake.bridge)).resolves.toBe('written');
    await expect(runAutoBackup(db, fake.bridge, { force: true })).resolves.toBe('written');
    expect(written.map((w) => w.reason)).toEqual(['auto', 'manual']);
    // Only the copy by hand is kept now: it stands for the data as it is, so the check has nothing to add.
    written.splice(0, 1);
    await expect(runAutoBackup(db, fake.bridge)).resolves.toBe('unchanged');
    expect(written.map((w) => w.reason)).toEqual(['manual']);
  });

  it('the hook checks soon after start, then on every interval while mounted', async () => {
    await db.clients.put(client('c1', 'Bloom'));
    const Probe = () => {
      useAutoBackup({ startDelayMs: 5, intervalMs: 60 });
      return null;
    };
    const i18n = await createI18n('en');
    const view = render(
      <I18nextProvider i18n={i18n}>
        <DbProvider db={db}>
          <ToastProvider>
            <Probe />
          </ToastProvider>
        </DbProvider>
      </I18nextProvider>,
    );
    await waitFor(() => expect(written).toHaveLength(1));
    await db.posts.put(post('p1', 'c1', '2026-11-03'));
    await waitFor(() => expect(written).toHaveLength(2));
    view.unmount();
    await db.posts.put(post('p2', 'c1', '2026-11-04'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(written).toHaveLength(2);
  });
});
