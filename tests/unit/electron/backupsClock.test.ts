// Backup rotation when the clock was once wrong: copies stamped after "now" (written while the clock
// was set ahead) must not take the hourly and daily slots of the real days, and must not be deleted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupName, backupsToDelete, isDatedInFuture, parseBackupName, type BackupEntry } from '../../../shared/bridge/backupRotation';
import { backupFolderPath, createBackupFolder } from '../../../electron/main/backups';

const HOUR = 60 * 60 * 1000;
const REAL_START = Date.parse('2026-11-01T00:30:00.000Z');
/** Where the clock was once set: seven months ahead. */
const AHEAD = Date.parse('2027-06-01T00:30:00.000Z');
const backupJson = (n: number) => `{\n  "app": "cadence",\n  "kind": "backup",\n  "dataVersion": 2,\n  "n": ${n}\n}\n`;

const entry = (at: number, reason: BackupEntry['reason'] = 'auto'): BackupEntry => {
  const name = backupName(reason, new Date(at));
  return { name, reason, createdAt: parseBackupName(name)!.createdAt };
};
const hourly = (from: number, count: number, reason: BackupEntry['reason'] = 'auto'): BackupEntry[] =>
  Array.from({ length: count }, (_, i) => entry(from + i * HOUR, reason));

describe('rotation with copies dated in the future', () => {
  // 30 copies written hourly while the clock said June 2027, then 30 days of real hourly copies.
  const future = hourly(AHEAD, 30);
  const real = hourly(REAL_START, 30 * 24);
  const now = new Date(REAL_START + (30 * 24 - 1) * HOUR); // the last real copy was just written
  const nameSet = (entries: BackupEntry[]) => new Set(entries.map((e) => e.name));

  it('keeps the hourly and daily copies of the real days, and every future copy', () => {
    const gone = new Set(backupsToDelete([...future, ...real], now, [real.at(-1)!.name]));
    const keptReal = real.filter((e) => !gone.has(e.name)).map((e) => e.createdAt);
    // Hourly: each of the last 24 real hours (all of 2026-11-30).
    expect(keptReal.filter((at) => at >= '2026-11-30')).toEqual(
      Array.from({ length: 24 }, (_, h) => `2026-11-30T${String(h).padStart(2, '0')}:30:00.000Z`),
    );
    // Daily: the newest copy of each of the 14 most recent real days (Nov 17–29, plus Nov 30 above).
    expect(keptReal.filter((at) => at < '2026-11-30')).toEqual(
      Array.from({ length: 13 }, (_, i) => `2026-11-${String(17 + i).padStart(2, '0')}T23:30:00.000Z`),
    );
    // The future copies are all kept.
    expect(future.filter((e) => gone.has(e.name))).toEqual([]);
  });

  it('does not count the future copies: the real copies kept are those kept without them', () => {
    const withFuture = new Set(backupsToDelete([...future, ...real], now));
    const without = new Set(backupsToDelete(real, now));
    expect(withFuture).toEqual(without);
    expect([...withFuture].some((name) => nameSet(future).has(name))).toBe(false);
  });

  it('does not let future safety copies push out the real ones either', () => {
    const futureSafety = hourly(AHEAD, 12, 'pre-restore');
    const realSafety = hourly(REAL_START, 15, 'pre-restore');
    const gone = backupsToDelete([...futureSafety, ...realSafety], new Date(REAL_START + 20 * HOUR));
    expect(gone.sort()).toEqual(realSafety.slice(0, 5).map((e) => e.name).sort());
  });

  it('treats them as ordinary copies once real time has passed their stamp', () => {
    const later = new Date(AHEAD + 40 * 24 * HOUR);
    expect(future.some((e) => isDatedInFuture(e, later))).toBe(false);
    const gone = new Set(backupsToDelete([...future, ...real], later));
    // Now the June copies are the most recent hours: 24 of their 30 hours stay (and their 2 days).
    expect(future.filter((e) => !gone.has(e.name))).toHaveLength(24);
  });

  it('calls a copy "in the future" only when it is stamped strictly after now', () => {
    const copy = entry(REAL_START);
    expect(isDatedInFuture(copy, new Date(REAL_START))).toBe(false);
    expect(isDatedInFuture(copy, new Date(REAL_START - 1))).toBe(true);
  });
});

describe('the backup folder after the clock came back', () => {
  let userData: string;
  beforeEach(() => {
    userData = mkdtempSync(path.join(tmpdir(), 'cadence-backups-clock-'));
  });
  afterEach(() => rmSync(userData, { recursive: true, force: true }));

  it('rotates with its own clock: the copies written while it was ahead stay, the real hours keep their slots', async () => {
    let clock = AHEAD;
    const folder = createBackupFolder({ dir: backupFolderPath(userData), now: () => new Date(clock) });
    for (let hour = 0; hour < 30; hour += 1) {
      await folder.write(backupJson(hour), 'auto');
      clock += HOUR;
    }
    const whileAhead = (await folder.list()).map((b) => b.name);
    expect(whileAhead).toHaveLength(24); // rotated as usual while that was "now"
    clock = REAL_START; // the clock is put right
    for (let hour = 0; hour < 48; hour += 1) {
      await folder.write(backupJson(100 + hour), 'auto');
      clock += HOUR;
    }
    const list = await folder.list();
    expect(list.filter((b) => whileAhead.includes(b.name))).toHaveLength(24);
    const real = list.filter((b) => !whileAhead.includes(b.name)).map((b) => b.createdAt);
    // The last 24 real hours, and the newest copy of the day before.
    expect(real).toEqual(hourly(REAL_START + 23 * HOUR, 25).map((e) => e.createdAt).reverse());
  });
});
