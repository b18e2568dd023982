import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupName, backupsToDelete, newestFirst, parseBackupName, ROTATION, type BackupEntry } from '../../../shared/bridge/backupRotation';
import { backupFolderPath, createBackupFolder, createBackupHandlers } from '../../../electron/main/backups';

const HOUR = 60 * 60 * 1000;
const START = Date.parse('2026-11-01T00:30:00.000Z');
/** A "now" after every copy these tests make up, so none of them is dated in the future. */
const LATER = new Date('2030-01-01T00:00:00.000Z');
const backupJson = (n: number) => `{\n  "app": "cadence",\n  "kind": "backup",\n  "dataVersion": 2,\n  "n": ${n}\n}\n`;

/** A clock the test moves by hand. */
const fakeClock = (start = START) => {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
};

const entry = (at: number, reason: BackupEntry['reason'] = 'auto'): BackupEntry => {
  const name = backupName(reason, new Date(at));
  return { name, reason, createdAt: parseBackupName(name)!.createdAt };
};

describe('backup names', () => {
  it('carry the reason and the UTC instant, and read back', () => {
    const name = backupName('auto', new Date('2026-11-24T09:05:07.123Z'));
    expect(name).toBe('cadence-auto-20261124T090507123Z.json');
    expect(parseBackupName(name)).toEqual({ reason: 'auto', createdAt: '2026-11-24T09:05:07.123Z' });
    expect(backupName('pre-restore', new Date('2026-11-24T09:05:07.123Z'), 2)).toBe('cadence-pre-restore-20261124T090507123Z-2.json');
    expect(parseBackupName('cadence-pre-restore-20261124T090507123Z-2.json')?.reason).toBe('pre-restore');
  });

  it.each(['notes.json', 'cadence-auto-2026.json', 'cadence-auto-20261124T090507123Z.json.tmp', '../cadence-auto-20261124T090507123Z.json'])(
    'ignores %s',
    (name) => expect(parseBackupName(name)).toBeNull(),
  );
});

describe('backupsToDelete (rotation)', () => {
  it('keeps everything while there are fewer copies than the rule allows', () => {
    const entries = Array.from({ length: 10 }, (_, i) => entry(START + i * HOUR));
    expect(backupsToDelete(entries, LATER)).toEqual([]);
  });

  it('keeps the newest copy of each of the last 24 hours and 14 days, whatever the order given', () => {
    // Three copies an hour (at :30, :40, :50) for 30 days.
    const entries: BackupEntry[] = [];
    for (let h = 0; h < 30 * 24; h += 1) for (const m of [0, 10, 20]) entries.push(entry(START + h * HOUR + m * 60_000));
    const shuffled = [...entries].sort((a, b) => (a.name.length + a.name.charCodeAt(20) * 7) % 5 - (b.name.length + b.name.charCodeAt(20) * 7) % 5);
    const gone = new Set(backupsToDelete(shuffled, LATER));
    const kept = entries.filter((e) => !gone.has(e.name)).map((e) => e.createdAt).sort();
    // The last hours: 24 copies, each the newest (:50) of its hour.
    const lastHours = kept.filter((at) => at >= '2026-11-30T00:00');
    expect(lastHours).toHaveLength(24);
    expect(lastHours.every((at) => at.slice(14, 16) === '50')).toBe(true);
    // Days: the newest copy of each of the 14 most recent days (Nov 17–30), i.e. 23:50 of each earlier day.
    const days = new Set(kept.map((at) => at.slice(0, 10)));
    expect([...days].sort()).toEqual(Array.from({ length: 14 }, (_, i) => `2026-11-${String(17 + i).padStart(2, '0')}`));
    expect(kept.filter((at) => at < '2026-11-30')).toEqual(
      Array.from({ length: 13 }, (_, i) => `2026-11-${String(17 + i).padStart(2, '0')}T23:50:00.000Z`),
    );
    expect(kept).toHaveLength(24 + 13);
  });

  it('counts hours and days that have a backup, so a calendar left alone keeps its last copies', () => {
    // One copy a week for a year.
    const entries = Array.from({ length: 52 }, (_, i) => entry(START + i * 7 * 24 * HOUR));
    const gone = new Set(backupsToDelete(entries, LATER));
    const kept = entries.filter((e) => !gone.has(e.name));
    expect(kept).toHaveLength(ROTATION.hourly); // 24 distinct hours (and days) with a copy
    expect(kept.map((e) => e.createdAt)).toEqual(entries.slice(-24).map((e) => e.createdAt));
  });

  it('keeps the 10 newest safety copies taken before restores, apart from the automatic ones', () => {
    const safety = Array.from({ length: 15 }, (_, i) => entry(START + i * 60_000, 'pre-restore'));
    const autos = Array.from({ length: 3 }, (_, i) => entry(START + i * HOUR));
    const gone = backupsToDelete([...safety, ...autos], LATER);
    expect(gone.sort()).toEqual(safety.slice(0, 5).map((e) => e.name).sort());
  });

  it('keeps the 10 newest "Back up now" copies, which the next automatic copy of the same hour does not push out', () => {
    // The user backs up by hand at 10:05 before a big change; the hourly check writes at 10:40.
    const byHand = entry(Date.parse('2026-11-24T10:05:00.000Z'), 'manual');
    const hourly = entry(Date.parse('2026-11-24T10:40:00.000Z'));
    expect(backupsToDelete([byHand, hourly], LATER, [hourly.name])).toEqual([]);
    // Of 13 copies by hand, the 3 oldest go; the automatic ones are counted apart.
    const many = Array.from({ length: 13 }, (_, i) => entry(START + i * 60_000, 'manual'));
    const gone = backupsToDelete([...many, hourly], LATER);
    expect(gone.sort()).toEqual(many.slice(0, 13 - ROTATION.manual).map((e) => e.name).sort());
    expect(parseBackupName(many[0]!.name)?.reason).toBe('manual');
  });

  it('in one millisecond (a clock held still), the later write is the newer: -2 after the plain name', () => {
    const at = Date.parse('2026-11-24T10:05:00.000Z');
    const names = [1, 2, 3].map((attempt) => backupName('auto', new Date(at), attempt));
    const entries = names.map((name) => ({ name, reason: 'auto' as const, createdAt: parseBackupName(name)!.createdAt }));
    // Same hour, same day: only the newest stays, and the newest is the third write.
    expect(backupsToDelete(entries, LATER).sort()).toEqual([names[0], names[1]].sort());
    expect([...entries].sort(newestFirst).map((e) => e.name)).toEqual([names[2], names[1], names[0]]);
  });

  it('never deletes the names it is told to keep', () => {
    const entries = Array.from({ length: 30 }, (_, i) => entry(START + i * 60_000)); // all in one hour
    const oldest = entries[0]!.name;
    expect(backupsToDelete(entries, LATER)).toContain(oldest);
    expect(backupsToDelete(entries, LATER, [oldest])).not.toContain(oldest);
  });
});

describe('the backup folder (main process)', () => {
  let userData: string;
  beforeEach(() => {
    userData = mkdtempSync(path.join(tmpdir(), 'cadence-backups-'));
  });
  afterEach(() => rmSync(userData, { recursive: true, force: true }));

  it('lives in userData/backups, created on the first write', async () => {
    const dir = backupFolderPath(userData);
    expect(dir).toBe(path.join(userData, 'backups'));
    const folder = createBackupFolder({ dir, now: fakeClock().now });
    await expect(folder.list()).resolves.toEqual([]);
    const info = await folder.write(backupJson(1), 'auto');
    expect(info).toMatchObject({ name: 'cadence-auto-20261101T003000000Z.json', reason: 'auto', createdAt: '2026-11-01T00:30:00.000Z' });
    expect(readFileSync(path.join(dir, info.name), 'utf8')).toBe(backupJson(1));
    expect(info.size).toBe(Buffer.byteLength(backupJson(1)));
  });

  it('applies the rotation as hours pass on a fake clock: 24 hourly + 14 daily copies at most', async () => {
    const dir = backupFolderPath(userData);
    const clock = fakeClock();
    const folder = createBackupFolder({ dir, now: clock.now });
    for (let hour = 0; hour < 20 * 24; hour += 1) {
      await folder.write(backupJson(hour), 'auto');
      clock.advance(HOUR);
    }
    const files = readdirSync(dir);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const list = await folder.list();
    expect(list.length).toBe(files.length);
    // 24 hourly copies cover the last day; 14 daily copies add 13 earlier days.
    expect(list).toHaveLength(24 + 13);
    expect(list[0]!.createdAt).toBe(new Date(START + (20 * 24 - 1) * HOUR).toISOString());
    expect(list.map((b) => b.createdAt)).toEqual([...list.map((b) => b.createdAt)].sort().reverse());
    // The newest copy really is the last data written.
    await expect(folder.read(list[0]!.name)).resolves.toBe(backupJson(20 * 24 - 1));
  });

  it('never touches files that are not its backups, and never lists them', async () => {
    const dir = backupFolderPath(userData);
    const clock = fakeClock();
    const folder = createBackupFolder({ dir, now: clock.now });
    await folder.write(backupJson(0), 'auto');
    writeFileSync(path.join(dir, 'my-notes.json'), 'mine');
    for (let i = 0; i < 40; i += 1) {
      clock.advance(HOUR);
      await folder.write(backupJson(i), 'auto');
    }
    expect(existsSync(path.join(dir, 'my-notes.json'))).toBe(true);
    expect((await folder.list()).some((b) => b.name === 'my-notes.json')).toBe(false);
  });

  it('gives two backups taken in the same millisecond two names', async () => {
    const folder = createBackupFolder({ dir: backupFolderPath(userData), now: fakeClock().now });
    const [a, b] = await Promise.all([folder.write(backupJson(1), 'pre-restore'), folder.write(backupJson(2), 'pre-restore')]);
    expect(a.name).not.toBe(b.name);
    expect(b.name).toMatch(/-2\.json$/);
  });

  it('refuses what is not a Cadence backup, and names that are not backups', async () => {
    const folder = createBackupFolder({ dir: backupFolderPath(userData), now: fakeClock().now });
    await expect(folder.write('{"app":"other"}', 'auto')).rejects.toThrow(/not a Cadence backup/);
    await expect(folder.write('hello', 'auto')).rejects.toThrow(/not a Cadence backup/);
    await expect(folder.read('../../secret.json')).rejects.toThrow(/not a backup name/);
    await expect(folder.read('cadence-auto-20991101T003000000Z.json')).rejects.toThrow(/No backup named/);
  });

  it('exposes write, list and read as bridge calls', async () => {
    const handlers = createBackupHandlers(createBackupFolder({ dir: backupFolderPath(userData), now: fakeClock().now }));
    const info = await handlers.writeAutoBackup({ json: backupJson(7), reason: 'auto' });
    await expect(handlers.listBackups()).resolves.toEqual([info]);
    await expect(handlers.readBackup(info.name)).resolves.toBe(backupJson(7));
  });
});
