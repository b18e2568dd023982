import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, CadenceBridge } from '../../../shared/bridge/contract';
import { parseBackup } from '../../../shared/serializers/backup';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { dataFingerprint, readAll } from '../../../renderer/db/snapshot';
import { DATA_VERSION } from '../../../renderer/db/schema';
import { runJob } from '../../../renderer/features/data/jobs';
import { runAutoBackup } from '../../../renderer/features/data/useAutoBackup';
import { client, post } from './fixtures';

// The worker's own read of the database, made to fail on demand (a browser without IndexedDB in workers).
const broken = vi.hoisted(() => ({ read: false }));
vi.mock('../../../renderer/db/backupRead', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../renderer/db/backupRead')>();
  return {
    ...real,
    readForBackupFrom: (...args: Parameters<typeof real.readForBackupFrom>) =>
      broken.read ? Promise.reject(new Error('no IndexedDB here')) : real.readForBackupFrom(...args),
  };
});

const NOW = '2026-11-25T07:00:00.000Z';
let db: CadenceDb;

beforeEach(async () => {
  broken.read = false;
  db = createDb(`cadence-job-${Math.random()}`);
  await openDb(db);
});
afterEach(() => db.close());

describe('the automatic backup job (what the worker runs)', () => {
  const job = (ask: { unchangedIf?: string | null; skipIfEmpty?: boolean } = {}) =>
    runJob({ kind: 'autoBackup', dbName: db.name, dataVersion: DATA_VERSION, now: NOW, unchangedIf: ask.unchangedIf ?? null, skipIfEmpty: ask.skipIfEmpty ?? false });

  it('reads the database through its own connection and writes all of it', async () => {
    await db.clients.put(client('c1', 'Bloom'));
    await db.posts.bulkPut([post('p1', 'c1', '2026-11-03'), post('p2', 'c1', '2026-11-04')]);
    await db.settings.put({ key: 'language', value: 'fr' });
    const out = await job();
    expect(out.empty).toBe(false);
    // The same fingerprint as the page computes from its own read.
    expect(out.fingerprint).toBe(dataFingerprint(await readAll(db)));
    const backup = parseBackup(out.json ?? '', { maxDataVersion: DATA_VERSION });
    expect(backup.ok).toBe(true);
    if (!backup.ok) return;
    expect(backup.backup.data.posts.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
    expect(backup.backup.data.clients.map((c) => c.name)).toEqual(['Bloom']);
    expect(backup.backup.data.settings).toEqual({ language: 'fr' });
    expect(backup.backup.exportedAt).toBe(NOW);
  });

  it('writes nothing when the data has the fingerprint of the last backup, or is empty and may be skipped', async () => {
    await expect(job({ skipIfEmpty: true })).resolves.toEqual({ fingerprint: expect.any(String), empty: true, json: null, media: [] });
    await expect(job()).resolves.toMatchObject({ empty: true, json: expect.stringContaining('"cadence"') });
    await db.clients.put(client('c1', 'Bloom'));
    const first = await job();
    await expect(job({ unchangedIf: first.fingerprint })).resolves.toEqual({ fingerprint: first.fingerprint, empty: false, json: null, media: [] });
    await db.posts.put(post('p1', 'c1', '2026-11-03'));
    const changed = await job({ unchangedIf: first.fingerprint });
    expect(changed.fingerprint).not.toBe(first.fingerprint);
    expect(changed.json).not.toBeNull();
  });
});

describe('when the worker cannot read the database', () => {
  it('the page reads it and the backup is written all the same', async () => {
    const written: string[] = [];
    const bridge = {
      writeAutoBackup: vi.fn(async ({ json }: { json: string }) => {
        written.push(json);
        return { name: 'b1', createdAt: NOW, reason: 'auto', size: json.length } satisfies BackupInfo;
      }),
      listBackups: vi.fn(async () => written.map((_, i) => ({ name: `b${i + 1}`, createdAt: NOW, reason: 'auto' as const, size: 0 }))),
    } as unknown as CadenceBridge;
    await db.clients.put(client('c1', 'Bloom'));
    await db.posts.put(post('p1', 'c1', '2026-11-03'));
    broken.read = true;
    await expect(runAutoBackup(db, bridge)).resolves.toBe('written');
    const backup = parseBackup(written[0] ?? '', { maxDataVersion: DATA_VERSION });
    expect(backup.ok && backup.backup.data.posts.map((p) => p.id)).toEqual(['p1']);
    // Unchanged since: the page's fallback reaches the same verdict as the worker would.
    await expect(runAutoBackup(db, bridge)).resolves.toBe('unchanged');
    broken.read = false;
    await expect(runAutoBackup(db, bridge)).resolves.toBe('unchanged');
    expect(written).toHaveLength(1);
  });
});
