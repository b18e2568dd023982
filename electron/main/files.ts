import { randomBytes } from 'node:crypto';
import { constants as fsConstants, type Stats } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  MAX_FILE_BYTES,
  type CadenceBridge,
  type FileFilter,
  type OpenedFile,
  type OpenFileRequest,
  type PrintRequest,
  type SaveFileRequest,
  type SaveResult,
} from '../../shared/bridge/contract';

/**
 * Saving and opening the user's files: exports, imports and PDFs.
 *
 * SECURITY: the renderer never gives a path. It asks; the main process shows the system's Save or
 * Open dialog and writes to (or reads from) what the USER chose there, nothing else. Sizes are
 * limited (MAX_FILE_BYTES) both ways, and only regular files are read or replaced (not pipes,
 * devices or folders).
 * DATA: every write is atomic (writeFileAtomic): a crash, a full disk or a power cut mid-write leaves
 * the old file whole, never half of a new one.
 * Electron's dialog and the window are parameters, so this is tested without Electron.
 */

/** The parts of node:fs/promises the writes use (tests pass a failing one). */
export type FsLike = Pick<
  typeof nodeFs,
  'open' | 'rename' | 'rm' | 'stat' | 'lstat' | 'readlink' | 'readFile' | 'mkdir' | 'readdir'
>;

/** How deep a chain of symbolic links may go (Linux's own limit for path lookups). */
const MAX_SYMLINK_HOPS = 40;

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * The file a write to `path` really lands on: symbolic links followed, even one whose target does not
 * exist yet, as a plain fs.writeFile would. Renaming over the link itself would replace the link with
 * a file and leave its real target unchanged.
 */
export const resolveWriteTarget = async (path: string, fs: FsLike = nodeFs): Promise<string> => {
  let current = path;
  for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop += 1) {
    let info;
    try {
      info = await fs.lstat(current);
    } catch (error) {
      if (isMissing(error)) return current;
      throw error;
    }
    if (!info.isSymbolicLink()) return current;
    current = resolve(dirname(current), await fs.readlink(current));
  }
  throw Object.assign(new Error(`Too many symbolic links lead from ${path}`), { code: 'ELOOP' });
};

/** What a path that is not a regular file is, in words (for messages). */
const describeKind = (info: Stats): string =>
  info.isDirectory()
    ? 'a folder'
    : info.isFIFO()
      ? 'a named pipe (FIFO)'
      : info.isSocket()
        ? 'a socket'
        : info.isCharacterDevice() || info.isBlockDevice()
          ? 'a device'
          : 'not a regular file';

/** Only regular files are read or replaced: a pipe or a device would block, or never end. */
export class NotAFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`“${basename(path)}” is ${kind}, not a file: Cadence only opens and saves regular files`);
    this.name = 'NotAFileError';
  }
}

/**
 * Writes `data` to `target` atomically: a temporary file in the same folder (a rename across disks
 * is not atomic), written in full, flushed to the disk (fsync), then renamed over the target. On any
 * failure the temporary file is removed and the target is left as it was.
 * A symbolic link is written through (its real target is replaced, the link stays), and a replaced
 * file keeps its permissions (a 0600 file stays private) and, where allowed, its owner.
 */
export const writeFileAtomic = async (target: string, data: string | Uint8Array, fs: FsLike = nodeFs): Promise<void> => {
  const real = await resolveWriteTarget(target, fs);
  let existing: Stats | null = null;
  try {
    existing = await fs.stat(real);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  if (existing && !existing.isFile()) throw new NotAFileError(real, describeKind(existing));
  const temp = join(dirname(real), `.${basename(real)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o600);
    await handle.writeFile(data);
    if (existing) {
      // chmod, not open's mode: open's is narrowed by the umask. No setuid/setgid/sticky bits on data.
      await handle.chmod(existing.mode & 0o777);
      // Only root may give a file away; for anyone else this is a no-op or EPERM, both fine.
      await handle.chown(existing.uid, existing.gid).catch(() => undefined);
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, real);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  // The rename itself reaches the disk when the folder is flushed too (POSIX). Best effort: Windows
  // cannot open a folder this way, and the file is complete either way.
  try {
    const folder = await fs.open(dirname(real), 'r');
    await folder.sync().finally(() => folder.close());
  } catch {
    // Not supported here; nothing to undo.
  }
};

const formatSize = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;

export class FileTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly maxBytes = MAX_FILE_BYTES,
  ) {
    super(`The file is larger than ${formatSize(maxBytes)} (at least ${formatSize(size)}): Cadence does not open or save it`);
    this.name = 'FileTooLargeError';
  }
}

/**
 * POSIX: opened without waiting, so a pipe swapped in after the stat below cannot block the read
 * (the opened file is checked again). Windows has no such flag and no FIFOs at a path.
 */
const READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);
const READ_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Reads a regular file's bytes, refusing a folder, a pipe or a device, and a file over `maxBytes`
 * before reading it; a file that grows past `maxBytes` while being read is refused too.
 * TRAP: stat comes before open on purpose: opening a FIFO for reading waits for a writer, forever.
 */
export const readFileBytes = async (path: string, maxBytes = MAX_FILE_BYTES, fs: FsLike = nodeFs): Promise<Uint8Array> => {
  const info = await fs.stat(path);
  if (!info.isFile()) throw new NotAFileError(path, describeKind(info));
  if (info.size > maxBytes) throw new FileTooLargeError(info.size, maxBytes);
  const handle = await fs.open(path, READ_FLAGS);
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new NotAFileError(path, describeKind(opened));
    if (opened.size > maxBytes) throw new FileTooLargeError(opened.size, maxBytes);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // One byte past the limit is enough to know the file is over it.
      const room = maxBytes + 1 - total;
      const chunk = new Uint8Array(Math.min(room, Math.max(opened.size + 1 - total, 64 * 1024), READ_CHUNK_BYTES));
      const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new FileTooLargeError(total, maxBytes);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    // A fresh array of exactly these bytes: a small Buffer.concat may be a view into Node's shared
    // pool, and IPC sends a view's WHOLE buffer to the renderer.
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return bytes;
  } finally {
    await handle.close().catch(() => undefined);
  }
};

/** Reads one of the app's own files (a backup) as UTF-8 text, with readFileBytes's refusals. */
export const readTextFile = async (path: string, maxBytes = MAX_FILE_BYTES, fs: FsLike = nodeFs): Promise<string> =>
  new TextDecoder('utf-8').decode(await readFileBytes(path, maxBytes, fs));

/** The system dialogs, as Electron's `dialog` gives them (already bound to the app window). */
export type FileDialogs = {
  showSaveDialog(options: {
    title?: string;
    defaultPath?: string;
    filters?: FileFilter[];
    properties?: Array<'createDirectory' | 'showOverwriteConfirmation'>;
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    title?: string;
    filters?: FileFilter[];
    properties?: Array<'openFile'>;
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
};

export type FileHandlerDeps = {
  dialogs: FileDialogs;
  /** Where the Save dialog starts (the user's Documents or Downloads folder). */
  defaultFolder: () => string;
  /** The app window's page as a PDF (webContents.printToPDF). */
  printToPdf: () => Promise<Uint8Array>;
  fs?: FsLike;
};

const PDF_FILTERS: FileFilter[] = [{ name: 'PDF', extensions: ['pdf'] }];

/** The bridge calls that touch the user's files. */
export const createFileHandlers = ({
  dialogs,
  defaultFolder,
  printToPdf,
  fs = nodeFs,
}: FileHandlerDeps): Pick<CadenceBridge, 'saveFile' | 'openFile' | 'printToPdf'> => {
  /** The path the user picks, or null; the renderer's name is only a suggestion, without folders. */
  const askWhere = async (suggestedName: string, filters: FileFilter[]): Promise<string | null> => {
    const result = await dialogs.showSaveDialog({
      defaultPath: join(defaultFolder(), basename(suggestedName)),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return result.canceled || !result.filePath ? null : result.filePath;
  };

  const save = async (suggestedName: string, filters: FileFilter[], bytes: Uint8Array): Promise<SaveResult> => {
    if (bytes.byteLength > MAX_FILE_BYTES) throw new FileTooLargeError(bytes.byteLength);
    const path = await askWhere(suggestedName, filters);
    if (path === null) return { saved: false };
    await writeFileAtomic(path, bytes, fs);
    return { saved: true, path };
  };

  return {
    saveFile: async ({ suggestedName, filters, data }: SaveFileRequest) =>
      save(suggestedName, filters, typeof data === 'string' ? new TextEncoder().encode(data) : data),

    openFile: async ({ filters }: OpenFileRequest): Promise<OpenedFile | null> => {
      const result = await dialogs.showOpenDialog({ filters, properties: ['openFile'] });
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      const name = basename(path);
      try {
        // Bytes, not text: the renderer decodes them (textEncoding.ts) and can re-read them in another encoding.
        return { name, bytes: await readFileBytes(path, MAX_FILE_BYTES, fs) };
      } catch (error) {
        return { name, error: error instanceof FileTooLargeError ? 'too-large' : 'unreadable' };
      }
    },

    printToPdf: async ({ suggestedName }: PrintRequest) => {
      // Printed before asking where: the page shows the printable layout right now, not after the dialog.
      const pdf = await printToPdf();
      return save(suggestedName, PDF_FILTERS, pdf);
    },
  };
};
