// The desktop's backup folder keeps media once by content hash in backups/media (#18): main re-hashes
// what it is sent, refuses a name that is not a hash, keeps each backup's list beside it, deletes a
// media file once no kept backup lists it (never before), and a full disk leaves the folder as it was.
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROTATION } from '../../../shared/bridge/backupRotation';
import { bridgeArgs } from '../../../shared/bridge/contract';
import { createBackupFolder, createBackupHandlers } from '../../../electron/main/backups';
import type { FsLike } from '../../../electron/main/files';

const HOUR = 60 * 60 * 1000;
const START = Date.parse('2026-11-24T08:00:00.000Z');
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const picture = (seed: number) => Uint8Array.from({ length: 5000 }, (_, i) => (i * 11 + seed * 17) % 256);
const backupJson = (n: number) => `{\n  "app": "cadence",\n  "kind": "backup",\n  "n": ${n}\n}\n`;
const A = picture(1);
const B = picture(2);

let dir: string;
let now = START;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cadence-backup-media-'));
  now = START;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The real fs, counting the files opened for writing under backups/media. */
const countingFs = () => {
  const writes: string[] = [];
  const fs: FsLike = {
    ...nodeFs,
    open: (async (file: string, flags?: string, mode?: number) => {
      if (flags === 'wx' && file.includes(`${path.sep}media${path.sep}`)) writes.push(path.basename(file));
      return nodeFs.open(file, flags, mode);
    }) as FsLike['open'],
  };
  return { fs, writes };
};

const mediaFiles = () => (existsSync(path.join(dir, 'media')) ? readdirSync(path.join(dir, 'media')).sort() : []);

describe('media in the desktop backup folder', () => {
  it('keeps each picture once: later backups with the same media write no media file', async () => {
    const { fs, writes } = countingFs();
    const folder = createBackupFolder({ dir, now: () => new Date(now), fs });
    const bridge = createBackupHandlers(folder);
    expect(await bridge.missingBackupMedia([sha(A), sha(B)])).toEqual([sha(A), sha(B)]);
    await bridge.writeBackupMedia({ hash: sha(A), bytes: A });
    await bridge.writeBackupMedia({ hash: sha(B), bytes: B });
    await bridge.writeAutoBackup({ json: backupJson(1), reason: 'auto', media: [sha(A), sha(B)] });
    const mediaWrites = writes.filter((w) => !w.includes('.hashes')).length;
    expect(mediaWrites).toBe(2);
    for (let hour = 1; hour <= 5; hour += 1) {
      now += HOUR;
      expect(await bridge.missingBackupMedia([sha(A), sha(B)])).toEqual([]);
      await bridge.writeAutoBackup({ json: backupJson(1 + hour), reason: 'auto', media: [sha(A), sha(B)] });
    }
    // Only the lists were written since: one per backup, no bytes.
    expect(writes.filter((w) => !w.includes('.hashes')).length).toBe(2);
    expect(mediaFiles().filter((f) => !f.endsWith('.hashes'))).toEqual([sha(A), sha(B)].sort());
    expect(await bridge.readBackupMedia(sha(A))).toEqual(A);
    expect(await bridge.readBackupMedia(sha(picture(9)))).toBeNull();
  });

  it('re-hashes what it is sent and refuses a mismatch; the contract refuses a name that is not a hash', async () => {
    const folder = createBackupFolder({ dir, now: () => new Date(now) });
    await expect(folder.writeMedia(sha(A), B)).rejects.toThrow(/do not match their hash/);
    await expect(folder.writeMedia('../../evil', A)).rejects.toThrow(/not a media hash/);
    await expect(folder.readMedia('..')).rejects.toThrow(/not a media hash/);
    expect(mediaFiles()).toEqual([]);
    expect(bridgeArgs.writeBackupMedia.safeParse([{ hash: sha(A).toUpperCase(), bytes: A }]).success).toBe(false);
    expect(bridgeArgs.writeBackupMedia.safeParse([{ hash: sha(A), bytes: [...A] }]).success).toBe(false);
    expect(bridgeArgs.readBackupMedia.safeParse(['../media/x']).success).toBe(false);
    expect(bridgeArgs.writeAutoBackup.safeParse([{ json: backupJson(1), reason: 'auto', media: ['a/b'] }]).success).toBe(false);
    expect(bridgeArgs.writeBackupMedia.safeParse([{ hash: sha(A), bytes: A }]).success).toBe(true);
  });

  it('refuses a backup listing a picture it does not keep, writing nothing', async () => {
    const folder = createBackupFolder({ dir, now: () => new Date(now) });
    await expect(folder.write(backupJson(1), 'auto', [sha(A)])).rejects.toThrow(/not in the backup store/);
    expect(await folder.list()).toEqual([]);
  });

  it('rotation deletes a picture once no kept backup lists it, never before, and spares bytes sent for a backup to come', async () => {
    const folder = createBackupFolder({ dir, now: () => new Date(now) });
    await folder.writeMedia(sha(A), A);
    await folder.writeMedia(sha(B), B);
    const first = await folder.write(backupJson(0), 'pre-restore', [sha(A), sha(B)]);
    for (let i = 1; i < ROTATION.preRestore; i += 1) {
      now += HOUR;
      await folder.write(backupJson(i), 'pre-restore', [sha(B)]);
      expect(await folder.readMedia(sha(A))).toEqual(A);
    }
    const C = picture(3);
    await folder.writeMedia(sha(C), C); // sent for a backup not written yet
    now += HOUR;
    await folder.write(backupJson(99), 'pre-restore', [sha(B)]);
    expect((await folder.list()).some((b) => b.name === first.name)).toBe(false);
    expect(await folder.readMedia(sha(A))).toBeNull();
    expect(mediaFiles()).not.toContain(`${first.name}.hashes`);
    expect(await folder.readMedia(sha(B))).toEqual(B);
    expect(await folder.readMedia(sha(C))).toEqual(C);
  });

  it('a full disk while the backup is written: the folder as it was, and the bytes sent for it gone', async () => {
    const enospc = { value: false };
    const fs: FsLike = {
      ...nodeFs,
      open: (async (file: string, flags?: string, mode?: number) => {
        if (enospc.value && flags === 'wx' && /cadence-auto-.*\.json\./.test(path.basename(file)) && !file.includes(`${path.sep}media${path.sep}`)) {
          throw Object.assign(new Error(`ENOSPC: no space left on device, open '${file}'`), { code: 'ENOSPC' });
        }
        return nodeFs.open(file, flags, mode);
      }) as FsLike['open'],
    };
    const folder = createBackupFolder({ dir, now: () => new Date(now), fs });
    await folder.writeMedia(sha(A), A);
    const kept = await folder.write(backupJson(1), 'auto', [sha(A)]);
    const before = { files: readdirSync(dir).sort(), media: mediaFiles() };
    now += HOUR;
    await folder.writeMedia(sha(B), B);
    enospc.value = true;
    await expect(folder.write(backupJson(2), 'auto', [sha(A), sha(B)])).rejects.toThrow(/ENOSPC/);
    expect((await folder.list()).map((b) => b.name)).toEqual([kept.name]);
    expect({ files: readdirSync(dir).sort(), media: mediaFiles() }).toEqual(before);
  });
});
