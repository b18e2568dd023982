import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
 * limited (MAX_FILE_BYTES) both ways.
 * DATA: every write is atomic (writeFileAtomic): a crash, a full disk or a power cut mid-write leaves
 * the old file whole, never half of a new one.
 * Electron's dialog and the window are parameters, so this is tested without Electron.
 */

/** The parts of node:fs/promises the writes use (tests pass a failing one). */
export type FsLike = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'stat' | 'readFile' | 'mkdir' | 'readdir'>;

/**
 * Writes `data` to `target` atomically: a temporary file in the same folder (a rename across disks
 * is not atomic), written in full, flushed to the disk (fsync), then renamed over the target. On any
 * failure the temporary file is removed and the target is left as it was.
 */
export const writeFileAtomic = async (target: string, data: string | Uint8Array, fs: FsLike = nodeFs): Promise<void> => {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  // The rename itself reaches the disk when the folder is flushed too (POSIX). Best effort: Windows
  // cannot open a folder this way, and the file is complete either way.
  try {
    const folder = await fs.open(dirname(target), 'r');
    await folder.sync().finally(() => folder.close());
  } catch {
    // Not supported here; nothing to undo.
  }
};

export class FileTooLargeError extends Error {
  constructor(readonly size: number) {
    super(`The file is larger than ${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB`);
    this.name = 'FileTooLargeError';
  }
}

/** Reads a file as UTF-8 text, refusing one over `maxBytes` before reading it. */
export const readTextFile = async (path: string, maxBytes = MAX_FILE_BYTES, fs: FsLike = nodeFs): Promise<string> => {
  const info = await fs.stat(path);
  if (info.size > maxBytes) throw new FileTooLargeError(info.size);
  const bytes = await fs.readFile(path);
  if (bytes.byteLength > maxBytes) throw new FileTooLargeError(bytes.byteLength);
  return new TextDecoder('utf-8').decode(bytes);
};

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
      save(suggestedName, filters, new TextEncoder().encode(data)),

    openFile: async ({ filters }: OpenFileRequest): Promise<OpenedFile | null> => {
      const result = await dialogs.showOpenDialog({ filters, properties: ['openFile'] });
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      const name = basename(path);
      try {
        return { name, text: await readTextFile(path, MAX_FILE_BYTES, fs) };
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
