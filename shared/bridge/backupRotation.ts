/**
 * Which automatic backups to keep: the same rule for the desktop's backup folder (electron/main/
 * backups.ts) and the web's IndexedDB store (renderer/db/backupStore.ts). Pure: no clock, no disk;
 * the time of each backup is read from its name.
 *
 * Rule: of the automatic backups, the newest one of each of the 24 most recent hours that have any,
 * and the newest one of each of the 14 most recent days that have any (hours and days in UTC, so the
 * result does not depend on the machine's zone); of the safety copies taken before a restore, the 10
 * newest. Everything else goes. Counting hours and days that HAVE a backup (rather than the last 24
 * hours of the clock) means a calendar left alone for a month still has its last copies.
 */
import { BACKUP_NAME_RE, type BackupReason } from './contract';

export const ROTATION = { hourly: 24, daily: 14, preRestore: 10 } as const;

export type BackupEntry = { name: string; createdAt: string; reason: BackupReason };

/** `cadence-auto-20261124T100000123Z.json`; `attempt` > 1 adds `-2`, `-3`… when the name is taken. */
export const backupName = (reason: BackupReason, at: Date, attempt = 1): string => {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  return `cadence-${reason}-${stamp}${attempt > 1 ? `-${attempt}` : ''}.json`;
};

/** The reason and ISO time a backup name carries, or null for any other name. */
export const parseBackupName = (name: string): { reason: BackupReason; createdAt: string } | null => {
  const match = BACKUP_NAME_RE.exec(name);
  if (!match) return null;
  const s = match[2]!; // yyyyMMddTHHmmssSSSZ
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
  if (Number.isNaN(Date.parse(iso))) return null;
  return { reason: match[1] as BackupReason, createdAt: iso };
};

const newestFirst = (a: BackupEntry, b: BackupEntry): number =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.name < b.name ? 1 : a.name > b.name ? -1 : 0;

/** The newest entry of each of the `count` most recent buckets. */
const newestPerBucket = (sorted: readonly BackupEntry[], bucket: (e: BackupEntry) => string, count: number): string[] => {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const entry of sorted) {
    const key = bucket(entry);
    if (seen.has(key)) continue;
    if (seen.size === count) break;
    seen.add(key);
    kept.push(entry.name);
  }
  return kept;
};

/** Names to delete under the rule above; `keep` names (the backup just written) are never deleted. */
export const backupsToDelete = (entries: readonly BackupEntry[], keep: readonly string[] = []): string[] => {
  const autos = entries.filter((e) => e.reason === 'auto').sort(newestFirst);
  const safety = entries.filter((e) => e.reason === 'pre-restore').sort(newestFirst);
  const kept = new Set<string>([
    ...keep,
    ...newestPerBucket(autos, (e) => e.createdAt.slice(0, 13), ROTATION.hourly),
    ...newestPerBucket(autos, (e) => e.createdAt.slice(0, 10), ROTATION.daily),
    ...safety.slice(0, ROTATION.preRestore).map((e) => e.name),
  ]);
  return entries.filter((e) => !kept.has(e.name)).map((e) => e.name);
};
