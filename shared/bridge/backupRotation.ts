/**
 * Which automatic backups to keep: the same rule for the desktop's backup folder (electron/main/
 * backups.ts) and the web's IndexedDB store (renderer/db/backupStore.ts). Pure: no clock, no disk;
 * the time of each backup is read from its name.
 *
 * Rule: of the automatic backups, the newest one of each of the 24 most recent hours that have any,
 * and the newest one of each of the 14 most recent days that have any (hours and days in UTC, so the
 * result does not depend on the machine's zone); of the copies made with "Back up now", the 10 newest
 * (a copy the user asked for, before a risky change, must not give way to the next hourly one); of
 * the safety copies taken before a restore, the 10 newest. Everything else goes. Counting hours and
 * days that HAVE a backup (rather than the last 24 hours of the clock) means a calendar left alone for
 * a month still has its last copies.
 *
 * TRAP (clock): a copy's time is the clock's when it was written, and clocks go wrong. Copies dated
 * after `now` (written while the clock was set ahead) would otherwise be the "most recent" hours and
 * days for as long as that future lasts, and push every real copy out: 30 of them stamped next June
 * once took all 24 hourly slots and 2 daily ones. So they are set apart: never counted in any slot,
 * and never deleted (they may be the only copy of what was done while the clock was wrong; the panel
 * flags them). Once real time passes their stamp they are ordinary copies again.
 */
import { BACKUP_NAME_RE, type BackupReason } from './contract';

export const ROTATION = { hourly: 24, daily: 14, manual: 10, preRestore: 10 } as const;

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

/** The `-2`, `-3`… a name takes when its millisecond is taken: a later write of the same millisecond. */
const attemptOf = (name: string): number => Number(/-(\d{1,3})\.json$/.exec(name)?.[1] ?? 1);

/** Newest first (the order of every backup list); in one millisecond (a clock held still), the later attempt first. */
export const newestFirst = (a: Pick<BackupEntry, 'name' | 'createdAt'>, b: Pick<BackupEntry, 'name' | 'createdAt'>): number =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : attemptOf(b.name) - attemptOf(a.name);

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

/** Whether a backup is stamped after `now`: written while the clock was set ahead (see the TRAP above). */
export const isDatedInFuture = (entry: Pick<BackupEntry, 'createdAt'>, now: Date): boolean =>
  Date.parse(entry.createdAt) > now.getTime();

/**
 * Names to delete under the rule above, at `now` (the time of the backup just written); `keep` names
 * (that backup) and copies dated after `now` are never deleted.
 */
export const backupsToDelete = (entries: readonly BackupEntry[], now: Date, keep: readonly string[] = []): string[] => {
  const future = entries.filter((e) => isDatedInFuture(e, now));
  const present = entries.filter((e) => !isDatedInFuture(e, now));
  const autos = present.filter((e) => e.reason === 'auto').sort(newestFirst);
  const manual = present.filter((e) => e.reason === 'manual').sort(newestFirst);
  const safety = present.filter((e) => e.reason === 'pre-restore').sort(newestFirst);
  const kept = new Set<string>([
    ...keep,
    ...future.map((e) => e.name),
    ...newestPerBucket(autos, (e) => e.createdAt.slice(0, 13), ROTATION.hourly),
    ...newestPerBucket(autos, (e) => e.createdAt.slice(0, 10), ROTATION.daily),
    ...manual.slice(0, ROTATION.manual).map((e) => e.name),
    ...safety.slice(0, ROTATION.preRestore).map((e) => e.name),
  ]);
  return entries.filter((e) => !kept.has(e.name)).map((e) => e.name);
};

/**
 * Media files the backup store may delete (#18): a file is kept while any kept backup lists its hash
 * (each backup's list is kept beside it, so this reads no backup's JSON), or while it is `pending`
 * (sent for a backup still being written: its bytes go before the backup that lists them).
 */
export const backupMediaToDelete = (
  stored: Iterable<string>,
  keptLists: Iterable<readonly string[]>,
  pending: Iterable<string> = [],
): string[] => {
  const needed = new Set<string>(pending);
  for (const list of keptLists) for (const hash of list) needed.add(hash);
  return [...stored].filter((hash) => !needed.has(hash));
};
