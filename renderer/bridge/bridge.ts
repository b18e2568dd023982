import {
  BRIDGE_GLOBAL,
  MAX_FILE_BYTES,
  type AppInfo,
  type CadenceBridge,
  type FileFilter,
  type OpenedFile,
} from '../../shared/bridge/contract';
import { createBackupStore, type BackupStore } from '../db/backupStore';
import { webPublishing } from './webPublishing';

/**
 * The browser implementation of the bridge: the same contract, done with what a web page can do, so
 * the renderer runs in plain Chromium (web mode, end-to-end tests) exactly as in the desktop shell.
 * Files: Save is a download, Open an <input type=file>, PDF the browser's print dialog; automatic
 * backups go to their own IndexedDB database (renderer/db/backupStore.ts); reminders, the clipboard and
 * the posting pages in webPublishing.ts.
 */

let backups: BackupStore | null = null;
const backupStore = (): BackupStore => (backups ??= createBackupStore());

const MIME_TYPES: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
  json: 'application/json;charset=utf-8',
  zip: 'application/zip',
};

/** Inside the open modal dialog when there is one: everything outside it is inert. */
const host = (): HTMLElement => document.querySelector<HTMLElement>('dialog[open]') ?? document.body;

const download = (name: string, data: string | Uint8Array): void => {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: MIME_TYPES[extension] ?? 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  host().append(link);
  link.click();
  link.remove();
  // The download has started by then; revoking at once can cancel it in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

const pickFile = (filters: FileFilter[]): Promise<File | null> =>
  new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.hidden = true;
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    host().append(input);
    input.click();
  });

export const browserBridge: CadenceBridge = {
  getAppInfo: async (): Promise<AppInfo> => ({
    shell: 'web',
    version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
    platform: navigator.platform || 'web',
    locale: navigator.language || 'en',
  }),
  saveFile: async ({ suggestedName, data }) => {
    download(suggestedName, data);
    return { saved: true };
  },
  openFile: async ({ filters }): Promise<OpenedFile | null> => {
    const file = await pickFile(filters);
    if (!file) return null;
    if (file.size > MAX_FILE_BYTES) return { name: file.name, error: 'too-large' };
    try {
      // Bytes, not file.text(): that decodes as UTF-8 and turns every other accent into U+FFFD.
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    } catch {
      return { name: file.name, error: 'unreadable' };
    }
  },
  // The browser's own print dialog, where "Save as PDF" is one of the printers.
  printToPdf: async () => {
    window.print();
    return { saved: false };
  },
  writeAutoBackup: ({ json, reason, media }) => backupStore().write(json, reason, media),
  listBackups: () => backupStore().list(),
  readBackup: (name) => backupStore().read(name),
  missingBackupMedia: (hashes) => backupStore().missingMedia(hashes),
  writeBackupMedia: ({ hash, bytes }) => backupStore().writeMedia(hash, bytes),
  readBackupMedia: (hash) => backupStore().readMedia(hash),
  ...webPublishing,
};

/** The desktop shell's bridge when the preload exposed one, else the browser's. */
export const getBridge = (): CadenceBridge => {
  const exposed = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  return exposed ? (exposed as CadenceBridge) : browserBridge;
};
