// The desktop backup folder's media cleanup must never delete what a kept backup needs (#18 review):
// a backup whose stat fails is still kept, a cleanup error leaves everything and does not fail the
// backup just written, hashes asked for are pinned (counted) until the backup listing them is written,
// stale temporary files go, and checking or writing one file does not list the whole media folder.
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROTATION } from '../../../shared/bridge/backupRotation';
import { createBackupFolder } from '../../../electron/main/backups';
import type { FsLike } from '../../../electron/main/files';

const HOUR = 60 * 60 * 1000;
const START = Date.parse('2026-11-24T08:00:00.000Z');
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const picture = (seed: number) => Uint8Array.from({ length: 2000 }, (_, i) => (i * 7 + seed * 29) % 256);
const backupJson = (n: number) => `{\n  "app": "cadence",\n  "kind": "backup",\n  "n": ${n}\n}\n`;
const A = picture(1);
const B = picture(2);

let dir: string;
let now = START;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cadence-backup-safety-'));
  now = START;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const mediaDir = () => path.join(dir, 'media');
const mediaFiles = () => (existsSync(mediaDir()) ? readdirSync(mediaDir()).sort() : []);
const errno = (code: string) => Object.assign(new Error(`${code}: refused`), { code });

describe('the desktop backup folder keeps what kept backups need', () => {
  it('a backup whose stat fails (not ENOENT) is still kept: its list and pictures stay, and list() says why', async () => {
    const statFails = new Set<string>();
    const fs: FsLike = {
      ...nodeFs,
      stat: (async (file: string) => {
        if (statFails.has(path.basename(file))) throw errno('EACCES');
        return nodeFs.stat(file);
      }) as FsLike['stat'],
    };
    const folder = createBackupFolder({ dir, now: () => new Date(now), fs });
    await folder.writeMedia(sha(A), A);
    const first = await folder.write(backupJson(1), 'auto', [sha(A)]);
    statFails.add(first.name);
    now += HOUR;
    await folder.writeMedia(sha(B), B);
    await folder.write(backupJson(2), 'auto', [sha(B)]);
    await expect(folder.list()).rejects.toThrow(/EACCES/);
    expect(mediaFiles()).toContain(`${first.name}.hashes`);
    expect(await folder.readMedia(sha(A))).toEqual(A);
  });

  it('a cleanup that cannot read a kept list deletes nothing and does not fail the backup just written', async () => {
    let listReadFails = false;
    const fs: FsLike = {
      ...nodeFs,
      readFile: (async (file: string, options?: unknown) => {
        if (listReadFails && String(file).endsWith('.hashes')) throw errno('EIO');
        return nodeFs.readFile(file, options as never);
      }) as FsLike['readFile'],
    };
    const folder = createBackupFolder({ dir, now: () => new Date(now), fs });
    await folder.writeMedia(sha(A), A);
    const first = await folder.write(backupJson(0), 'pre-restore', [sha(A)]);
    for (let i = 1; i < ROTATION.preRestore; i += 1) {
      now += HOUR;
      await folder.write(backupJson(i), 'pre-restore');
    }
    listReadFails = true;
    now += HOUR;
    // This write rotates `first` out: its picture would go, but the cleanup cannot read the lists.
    const written = await folder.write(backupJson(99), 'pre-restore');
    expect((await folder.list()).map((b) => b.name)).toContain(written.name);
    expect((await folder.list()).map((b) => b.name)).not.toContain(first.name);
    expect(await folder.readMedia(sha(A))).toEqual(A);
    expect(console.warn).toHaveBeenCalled();
  });

  it('a hash found present is pinned: another window\'s rotation does not remove it before the backup listing it', async () => {
    const folder = createBackupFolder({ dir, now: () => new Date(now) });
    await folder.writeMedia(sha(A), A);
    const first = await folder.write(backupJson(0), 'pre-restore', [sha(A)]);
    // Window 1 asks: A is kept already, so it will not send it.
    expect(await folder.missingMedia([sha(A)])).toEqual([]);
    // Window 2 meanwhile writes safety copies without A until `first`, the one listing A, rotates out.
    for (let i = 1; i <= ROTATION.preRestore; i += 1) {
      now += HOUR;
      await folder.write(backupJson(i), 'pre-restore');
    }
    expect((await folder.list()).map((b) => b.name)).not.toContain(first.name);
    now += HOUR;
    await expect(folder.write(backupJson(50), 'auto', [sha(A)])).resolves.toMatchObject({ reason: 'auto' });
    expect(await folder.readMedia(sha(A))).toEqual(A);
  });

  it('a failed backup releases only its own pin: bytes another backup on its way relies on stay', async () => {
    let full = false;
    const fs: FsLike = {
      ...nodeFs,
      open: (async (file: string, flags?: string, mode?: number) => {
        if (full && flags === 'wx' && /cadence-auto-.*\.json\./.test(path.basename(file))) throw errno('ENOSPC');
        return nodeFs.open(file, flags, mode);
      }) as FsLike['open'],
    };
    const folder = createBackupFolder({ dir, now: () => new Date(now), fs });
    // Two backups on their way (two windows) both need B; each asks, one sends.
    expect(await folder.missingMedia([sha(B)])).toEqual([sha(B)]);
    expect(await folder.missingMedia([sha(B)])).toEqual([sha(B)]);
    await folder.writeMedia(sha(B), B);
    full = true;
    await expect(folder.write(backupJson(1), 'auto', [sha(B)])).rejects.toThrow(/ENOSPC/);
    full = false;
    expect(await folder.readMedia(sha(B))).toEqual(B);
    now += 1;
    await expect(folder.write(backupJson(2), 'auto', [sha(B)])).resolves.toMatchObject({ reason: 'auto' });
  });

  it('removes temporary files a crash left in backups/media once they are an hour old, and only those', async () => {
    const folder = createBackupFolder({ dir, now: () => new Date(now) });
    mkdirSync(mediaDir(), { recursive: true });
    const stale = `.${sha(A)}.0a1b2c3d4e5f.tmp`;
    const fresh = `.${sha(B)}.0a1b2c3d4e60.tmp`;
    writeFileSync(path.join(mediaDir(), stale), 'half');
    writeFileSync(path.join(mediaDir(), fresh), 'half');
    utimesSync(path.join(mediaDir(), stale), new Date(START - 2 * HOUR), new Date(START - 2 * HOUR));
    utimesSync(path.join(mediaDir(), fresh), new Date(START - 10 * 60 * 1000), new Date(START - 10 * 60 * 1000));
    await folder.write(backupJson(1), 'auto');
    expect(mediaFiles()).toEqual([fresh]);
  });

  it('checking and writing a picture stat that one file, without listing the media folder', async () => {
    const listed: string[] = [];
    const fs: FsLike = {
      ...nodeFs,
      readdir: (async (folder: string) => {
        listed.push(folder);
        return nodeFs.readdir(folder);
      }) as FsLike['readdir'],
    };
    const folder = createBackupFolder({ dir, now: () => new Date(now), fs });
    expect(await folder.missingMedia([sha(A), sha(B)])).toEqual([sha(A), sha(B)]);
    await folder.writeMedia(sha(A), A);
    await folder.writeMedia(sha(A), A);
    expect(await folder.missingMedia([sha(A), sha(B)])).toEqual([sha(B)]);
    expect(listed.filter((f) => path.resolve(f) === path.resolve(mediaDir()))).toEqual([]);
  });
});
