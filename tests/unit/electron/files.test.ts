import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeArgs, MAX_FILE_BYTES } from '../../../shared/bridge/contract';
import {
  createFileHandlers,
  FileTooLargeError,
  NotAFileError,
  readTextFile,
  resolveWriteTarget,
  writeFileAtomic,
  type FileDialogs,
  type FsLike,
} from '../../../electron/main/files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cadence-files-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** node:fs/promises whose file handles fail at `step` (after writing part of the data, for 'write'). */
const failingFs = (step: 'write' | 'sync' | 'rename'): FsLike => ({
  ...fsp,
  open: (async (file: string, flags: string, mode?: number) => {
    const handle = await fsp.open(file, flags, mode);
    if (step === 'write') {
      return Object.assign(Object.create(handle) as fsp.FileHandle, {
        writeFile: async (data: string | Uint8Array) => {
          await handle.writeFile(typeof data === 'string' ? data.slice(0, 5) : data.slice(0, 5));
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
        close: () => handle.close(),
      });
    }
    if (step === 'sync') {
      return Object.assign(Object.create(handle) as fsp.FileHandle, {
        writeFile: (data: string | Uint8Array) => handle.writeFile(data),
        sync: async () => {
          throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
        },
        close: () => handle.close(),
      });
    }
    return handle;
  }) as FsLike['open'],
  rename: step === 'rename' ? async () => { throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' }); } : fsp.rename,
});

const leftovers = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('writes a new file, and replaces an existing one whole', async () => {
    const target = path.join(dir, 'plan.csv');
    await writeFileAtomic(target, '\ufeffa,b\r\n1,2\r\n');
    expect(readFileSync(target, 'utf8')).toBe('\ufeffa,b\r\n1,2\r\n');
    await writeFileAtomic(target, new TextEncoder().encode('second'));
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(leftovers()).toEqual([]);
  });

  it.each(['write', 'sync', 'rename'] as const)('leaves the old file untouched and no temporary file when %s fails', async (step) => {
    const target = path.join(dir, 'calendar.ics');
    writeFileSync(target, 'OLD CONTENT');
    await expect(writeFileAtomic(target, 'NEW CONTENT, much longer than before', failingFs(step))).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('OLD CONTENT');
    expect(leftovers()).toEqual([]);
  });

  it('never creates the target when the first write fails', async () => {
    const target = path.join(dir, 'new.json');
    await expect(writeFileAtomic(target, '{}', failingFs('write'))).rejects.toThrow(/ENOSPC/);
    expect(existsSync(target)).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});

const posixOnly = process.platform === 'win32' ? it.skip : it;

describe('writeFileAtomic keeps what the target is', () => {
  posixOnly('keeps a private file private (mode 0600), whatever the umask, and a 0644 one readable', async () => {
    const secret = path.join(dir, 'secret.json');
    writeFileSync(secret, 'old');
    chmodSync(secret, 0o600);
    await writeFileAtomic(secret, 'new');
    expect(readFileSync(secret, 'utf8')).toBe('new');
    expect(statSync(secret).mode & 0o777).toBe(0o600);
    const shared = path.join(dir, 'shared.csv');
    writeFileSync(shared, 'old');
    chmodSync(shared, 0o644);
    await writeFileAtomic(shared, 'new');
    expect(statSync(shared).mode & 0o777).toBe(0o644);
  });

  posixOnly('writes through a symbolic link: the real file is replaced and the link stays a link', async () => {
    mkdirSync(path.join(dir, 'real'));
    const real = path.join(dir, 'real', 'plan.csv');
    writeFileSync(real, 'old');
    chmodSync(real, 0o600);
    const link = path.join(dir, 'plan-link.csv');
    symlinkSync(path.join('real', 'plan.csv'), link);
    await writeFileAtomic(link, 'through the link');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('through the link');
    expect(statSync(real).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.join(dir, 'real')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  posixOnly('follows a chain of links, and a dangling link creates its target', async () => {
    const end = path.join(dir, 'end.json');
    symlinkSync(end, path.join(dir, 'b.json'));
    symlinkSync(path.join(dir, 'b.json'), path.join(dir, 'a.json'));
    await expect(resolveWriteTarget(path.join(dir, 'a.json'))).resolves.toBe(end);
    await writeFileAtomic(path.join(dir, 'a.json'), '{}');
    expect(readFileSync(end, 'utf8')).toBe('{}');
    expect(lstatSync(path.join(dir, 'a.json')).isSymbolicLink()).toBe(true);
  });

  posixOnly('refuses a loop of links instead of spinning', async () => {
    symlinkSync(path.join(dir, 'y'), path.join(dir, 'x'));
    symlinkSync(path.join(dir, 'x'), path.join(dir, 'y'));
    await expect(writeFileAtomic(path.join(dir, 'x'), 'data')).rejects.toThrow(/Too many symbolic links/);
  });

  it('refuses to replace a folder', async () => {
    mkdirSync(path.join(dir, 'folder.csv'));
    await expect(writeFileAtomic(path.join(dir, 'folder.csv'), 'data')).rejects.toThrow(/is a folder, not a file/);
    expect(statSync(path.join(dir, 'folder.csv')).isDirectory()).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});

describe('readTextFile refuses what is not a regular file, and what is too large', () => {
  posixOnly('refuses a named pipe (FIFO) with a message, without waiting for a writer', async () => {
    const fifo = path.join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const read = readTextFile(fifo);
    await expect(read).rejects.toBeInstanceOf(NotAFileError);
    await expect(read).rejects.toThrow('“pipe.csv” is a named pipe (FIFO), not a file');
  });

  posixOnly('refuses a device', async () => {
    await expect(readTextFile('/dev/zero')).rejects.toThrow('“zero” is a device, not a file');
  });

  it('refuses a folder', async () => {
    await expect(readTextFile(dir)).rejects.toThrow(/is a folder, not a file/);
  });

  it('refuses a file over the limit with a message giving the limit', async () => {
    const file = path.join(dir, 'big.csv');
    writeFileSync(file, 'x'.repeat(2048));
    const read = readTextFile(file, 1024);
    await expect(read).rejects.toBeInstanceOf(FileTooLargeError);
    await expect(read).rejects.toThrow('The file is larger than 1 KB (at least 2 KB): Cadence does not open or save it');
    await expect(readTextFile(file, 2048)).resolves.toHaveLength(2048);
  });

  it('refuses a file that grows past the limit after it was measured', async () => {
    const file = path.join(dir, 'growing.csv');
    writeFileSync(file, 'small');
    const growing: FsLike = {
      ...fsp,
      open: (async (...args: Parameters<typeof fsp.open>) => {
        writeFileSync(file, 'x'.repeat(5000));
        return fsp.open(...args);
      }) as FsLike['open'],
    };
    await expect(readTextFile(file, 100, growing)).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it('the Open handler answers "unreadable" for a folder', async () => {
    const handlers = createFileHandlers({
      dialogs: { showSaveDialog: vi.fn(), showOpenDialog: async () => ({ canceled: false, filePaths: [dir] }) },
      defaultFolder: () => dir,
      printToPdf: async () => new Uint8Array(),
    });
    await expect(handlers.openFile({ filters: [] })).resolves.toEqual({ name: path.basename(dir), error: 'unreadable' });
  });
});

describe('readTextFile', () => {
  it('reads UTF-8 and refuses a file over the limit before reading it', async () => {
    const file = path.join(dir, 'in.csv');
    writeFileSync(file, 'Titre,Légende\n');
    await expect(readTextFile(file)).resolves.toBe('Titre,Légende\n');
    const readFile = vi.fn(async () => Buffer.from('never read'));
    await expect(readTextFile(file, 4, { ...fsp, readFile: readFile as unknown as FsLike['readFile'] })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(readFile).not.toHaveBeenCalled();
  });
});

describe('createFileHandlers', () => {
  const setup = (answers: { save?: string | null; open?: string | null } = {}) => {
    const dialogs = {
      showSaveDialog: vi.fn(async (_options: Parameters<FileDialogs['showSaveDialog']>[0]) =>
        answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' },
      ),
      showOpenDialog: vi.fn(async (_options: Parameters<FileDialogs['showOpenDialog']>[0]) =>
        answers.open ? { canceled: false, filePaths: [answers.open] } : { canceled: true, filePaths: [] },
      ),
    } satisfies FileDialogs;
    const printToPdf = vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])); // %PDF
    const handlers = createFileHandlers({ dialogs, defaultFolder: () => '/home/me/Documents', printToPdf });
    return { dialogs, printToPdf, handlers };
  };

  it('saves where the user chose in the Save dialog, and says where', async () => {
    const target = path.join(dir, 'chosen.csv');
    const { handlers, dialogs } = setup({ save: target });
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    await expect(handlers.saveFile({ suggestedName: 'plan.csv', filters, data: 'a,b\r\n' })).resolves.toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('a,b\r\n');
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: path.join('/home/me/Documents', 'plan.csv'), filters }),
    );
  });

  it('writes bytes as they are (a backup zip, #18), atomically', async () => {
    const target = path.join(dir, 'cadence-backup-2026-11-24.zip');
    const { handlers } = setup({ save: target });
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 256);
    await expect(handlers.saveFile({ suggestedName: 'cadence-backup-2026-11-24.zip', filters: [], data: bytes })).resolves.toEqual({ saved: true, path: target });
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(readdirSync(dir)).toEqual(['cadence-backup-2026-11-24.zip']);
  });

  it('writes nothing when the Save dialog is cancelled', async () => {
    const { handlers } = setup({ save: null });
    await expect(handlers.saveFile({ suggestedName: 'plan.csv', filters: [], data: 'x' })).resolves.toEqual({ saved: false });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps only the base name of a suggestion (the renderer never picks a folder)', async () => {
    const { handlers, dialogs } = setup({ save: null });
    await handlers.saveFile({ suggestedName: '../../etc/passwd', filters: [], data: 'x' });
    expect(dialogs.showSaveDialog.mock.calls[0]![0].defaultPath).toBe(path.join('/home/me/Documents', 'passwd'));
  });

  it('prints the page to a PDF and saves it atomically', async () => {
    const target = path.join(dir, 'november.pdf');
    const { handlers, printToPdf, dialogs } = setup({ save: target });
    await expect(handlers.printToPdf({ suggestedName: 'cadence-bloom-2026-11.pdf' })).resolves.toEqual({ saved: true, path: target });
    expect(printToPdf).toHaveBeenCalledOnce();
    expect(readFileSync(target).subarray(0, 4).toString()).toBe('%PDF');
    expect(dialogs.showSaveDialog.mock.calls[0]![0].filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
  });

  it('opens the chosen file as its bytes, null when cancelled, an error when too large or unreadable', async () => {
    const file = path.join(dir, 'in.ics');
    // Windows-1252 "é" and "’": sent as they are, the renderer decodes them (textEncoding.ts).
    const bytes = Uint8Array.from([...Buffer.from('BEGIN:VCALENDAR\r\nSUMMARY:F'), 0xe9, 0x92, 0x0d, 0x0a]);
    writeFileSync(file, bytes);
    const opened = await setup({ open: file }).handlers.openFile({ filters: [] });
    expect(opened).toEqual({ name: 'in.ics', bytes });
    // Its own buffer, exactly: IPC sends a view's whole buffer, which must not be a shared pool.
    const sent = (opened as { bytes: Uint8Array }).bytes;
    expect([sent.byteOffset, sent.buffer.byteLength]).toEqual([0, bytes.byteLength]);
    await expect(setup({ open: null }).handlers.openFile({ filters: [] })).resolves.toBeNull();
    await expect(setup({ open: path.join(dir, 'gone.csv') }).handlers.openFile({ filters: [] })).resolves.toEqual({
      name: 'gone.csv',
      error: 'unreadable',
    });
    const big = createFileHandlers({
      dialogs: setup({ open: file }).dialogs,
      defaultFolder: () => dir,
      printToPdf: async () => new Uint8Array(),
      fs: { ...fsp, stat: (async () => ({ size: MAX_FILE_BYTES + 1, isFile: () => true })) as unknown as FsLike['stat'] },
    });
    await expect(big.openFile({ filters: [] })).resolves.toEqual({ name: 'in.ics', error: 'too-large' });
  });
});

describe('the contract refuses dangerous file arguments before main acts', () => {
  const ok = { suggestedName: 'plan.csv', filters: [{ name: 'CSV', extensions: ['csv'] }], data: 'x' };
  it.each([
    ['a folder in the name', { ...ok, suggestedName: 'sub/plan.csv' }],
    ['a Windows folder', { ...ok, suggestedName: 'C:\\Users\\me\\plan.csv' }],
    ['a hidden file', { ...ok, suggestedName: '.bashrc' }],
    ['a control character', { ...ok, suggestedName: 'plan\u0000.csv' }],
    ['an extension with a dot', { ...ok, filters: [{ name: 'x', extensions: ['.csv'] }] }],
    ['a path field', { ...ok, path: '/etc/passwd' }],
    ['data that is not text', { ...ok, data: 42 }],
    ['bytes sent as a plain list of numbers', { ...ok, data: [80, 75, 3, 4] }],
  ])('saveFile with %s', (_label, request) => {
    expect(bridgeArgs.saveFile.safeParse([request]).success).toBe(false);
  });

  it('accepts a plain request', () => {
    expect(bridgeArgs.saveFile.safeParse([ok]).success).toBe(true);
  });

  it('accepts bytes (a backup zip)', () => {
    expect(bridgeArgs.saveFile.safeParse([{ ...ok, data: new Uint8Array([80, 75, 3, 4]) }]).success).toBe(true);
  });

  it.each(['../cadence-auto-20261124T100000000Z.json', 'cadence-auto-20261124T100000000Z.json/..', '/etc/passwd', 'notes.json'])(
    'readBackup refuses %s',
    (name) => {
      expect(bridgeArgs.readBackup.safeParse([name]).success).toBe(false);
    },
  );
});
