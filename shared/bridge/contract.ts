import { z } from 'zod';
import { fileNameProblem } from './fileNames';
import type { BridgeCallName, BridgeEventName } from './names';

import { MAX_VIDEO_BYTES } from '../media/sniff';
import { isPostingPage } from '../publishing/postingPages';

export {
  BRIDGE_CALL_NAMES,
  BRIDGE_EVENT_NAMES,
  BRIDGE_GLOBAL,
  bridgeChannel,
  bridgeEventChannel,
  type BridgeCallName,
  type BridgeEventName,
} from './names';

/**
 * The one bridge between the renderer and the operating system.
 *
 * SECURITY: everything the renderer may ask of the main process is listed here, and nothing else is
 * reachable: the preload exposes exactly these functions (no ipcRenderer), and the main process
 * validates every argument against `bridgeArgs` before acting, because a compromised renderer can send
 * anything over IPC. The renderer also has a browser implementation of the same type, so it runs in
 * plain Chromium (`npm run web`, end-to-end tests).
 * The one call that opens a URL, openExternal, accepts only the fixed list of networks' posting pages
 * (shared/publishing/postingPages.ts), checked here and again by the main process: anything else would
 * let a compromised page launch the system browser (or a protocol handler) at will. No call opens a
 * program or a file.
 */
export const AppInfoSchema = z.object({
  shell: z.enum(['desktop', 'web']),
  version: z.string(),
  platform: z.string(),
  /** The operating system's preferred language, e.g. `fr-FR`. */
  locale: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/**
 * Files and backups. SECURITY: the renderer never names a path on disk. Saving and opening go
 * through the system's own dialogs in the main process (which keeps the chosen path to itself), and
 * automatic backups live in a folder the main process picks; a backup is named by its file name
 * alone, checked against BACKUP_NAME_RE, never a path. Everything that crosses is size-limited.
 */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * A file name the user may keep or change in the Save dialog: no folder, no control or invisible
 * formatting character, no name Windows keeps for a device (fileNames.ts says why each).
 */
export const SuggestedNameSchema = z
  .string()
  .min(1)
  .max(150)
  .superRefine((value, context) => {
    const problem = fileNameProblem(value);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  });

export const FileFilterSchema = z
  .object({
    name: z.string().min(1).max(80),
    extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,10}$/)).min(1).max(10),
  })
  .strict();
export type FileFilter = z.infer<typeof FileFilterSchema>;

export const SaveFileRequestSchema = z
  .object({
    suggestedName: SuggestedNameSchema,
    filters: z.array(FileFilterSchema).max(5),
    // Characters, not bytes: main checks the UTF-8 size again before writing. Bytes: a backup zip (#18).
    data: z.union([z.string().max(MAX_FILE_BYTES), z.custom<Uint8Array>((b) => b instanceof Uint8Array && b.byteLength <= MAX_FILE_BYTES, 'not bytes, or more than the largest file')]),
  })
  .strict();
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

export const OpenFileRequestSchema = z.object({ filters: z.array(FileFilterSchema).max(5) }).strict();
export type OpenFileRequest = z.infer<typeof OpenFileRequestSchema>;

export const PrintRequestSchema = z.object({ suggestedName: SuggestedNameSchema }).strict();
export type PrintRequest = z.infer<typeof PrintRequestSchema>;

/** `saved: false` when the user cancelled; `path` is shown to the user, never sent back. */
export type SaveResult = { saved: boolean; path?: string };

/**
 * The file's bytes, as they are on disk (the renderer decodes them: shared/serializers/textEncoding.ts,
 * so a Windows-1252 or UTF-16 file can be read, and read again in another encoding); an `error`
 * instead when it could not be read; null when cancelled.
 */
export type OpenedFile = { name: string; bytes: Uint8Array } | { name: string; error: 'too-large' | 'unreadable' };

/**
 * Why a backup was written: the automatic check (at start, then hourly), the user's "Back up now", or
 * the safety copy taken before a restore. Each has its own rotation (backupRotation.ts).
 */
export const BACKUP_REASONS = ['auto', 'manual', 'pre-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** cadence-auto-20261124T100000123Z.json (UTC, to the millisecond), -2, -3… if taken. */
export const BACKUP_NAME_RE = /^cadence-(auto|manual|pre-restore)-(\d{8}T\d{9}Z)(?:-(\d{1,3}))?\.json$/;
export const BackupNameSchema = z.string().max(80).regex(BACKUP_NAME_RE);

/**
 * A media file's content hash (SHA-256, lowercase hex), the only name a media file in the backup store
 * has: main joins it to its folder, so nothing else (no dot, no slash) may pass.
 */
export const MEDIA_HASH_RE = /^[0-9a-f]{64}$/;
export const MediaHashSchema = z.string().length(64).regex(MEDIA_HASH_RE);
/** The most media hashes one backup may list (a calendar of 5,000 posts with 20 files each). */
export const MAX_BACKUP_MEDIA = 100_000;
/** The largest media file the backup store keeps: the largest video a post may carry. */
export const MAX_BACKUP_MEDIA_BYTES = MAX_VIDEO_BYTES;

export const AutoBackupRequestSchema = z
  .object({
    json: z.string().min(2).max(MAX_FILE_BYTES),
    reason: z.enum(BACKUP_REASONS),
    // The content hashes the backup's posts refer to (#18): kept beside it so rotation knows which
    // media files a kept backup needs without parsing its JSON. Each must be in the store already.
    media: z.array(MediaHashSchema).max(MAX_BACKUP_MEDIA).optional(),
  })
  .strict();
export type AutoBackupRequest = z.infer<typeof AutoBackupRequestSchema>;

/** One media file for the backup store; main re-hashes the bytes and refuses them if they differ. */
export const BackupMediaRequestSchema = z
  .object({
    hash: MediaHashSchema,
    bytes: z.custom<Uint8Array>((b) => b instanceof Uint8Array && b.byteLength <= MAX_BACKUP_MEDIA_BYTES, 'not bytes, or more than the largest media file'),
  })
  .strict();
export type BackupMediaRequest = z.infer<typeof BackupMediaRequestSchema>;
export const BackupMediaHashesSchema = z.array(MediaHashSchema).max(MAX_BACKUP_MEDIA);

/** One stored backup: `createdAt` is an ISO instant read from its name, `size` in bytes. */
export type BackupInfo = { name: string; createdAt: string; reason: BackupReason; size: number };

/** A reminder shown as a system notification; clicking it opens `postId` (onNotificationClick). */
export const NotifyRequestSchema = z
  .object({ title: z.string().min(1).max(200), body: z.string().max(500), postId: z.string().min(1).max(100) })
  .strict();
export type NotifyRequest = z.infer<typeof NotifyRequestSchema>;

/**
 * Whether reminders can be shown: 'granted'; 'denied' (the user or the system refused); 'default'
 * (web mode, not asked yet); 'unavailable' (no notifications on this system or browser).
 */
export type NotificationPermission = 'granted' | 'denied' | 'default' | 'unavailable';
export const PermissionRequestSchema = z.object({ ask: z.boolean() }).strict();

/** Text for the clipboard: a caption with its hashtags, or a first comment. */
export const CopyTextSchema = z.string().max(20_000);

/** Only the networks' posting pages, exactly (postingPages.ts). */
export const ExternalUrlSchema = z.string().max(200).refine(isPostingPage, { error: 'not an allowed posting page' });

export type CadenceBridgeCalls = {
  getAppInfo(): Promise<AppInfo>;
  /** Asks where to save `data` (UTF-8) with the system's Save dialog, then writes it atomically. */
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  /** Asks for one file with the system's Open dialog and reads it (at most MAX_FILE_BYTES). */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** The page as printed (its @media print layout) to a PDF the user saves; the print dialog on the web. */
  printToPdf(request: PrintRequest): Promise<SaveResult>;
  /** Stores a backup's JSON in the app's own backup folder, then applies the rotation (backupRotation.ts). */
  writeAutoBackup(request: AutoBackupRequest): Promise<BackupInfo>;
  /** Stored backups, newest first. */
  listBackups(): Promise<BackupInfo[]>;
  /** The JSON text of one stored backup, by name. */
  readBackup(name: string): Promise<string>;
  /** Of `hashes`, those whose bytes the backup store does not keep yet (to send before writeAutoBackup). */
  missingBackupMedia(hashes: string[]): Promise<string[]>;
  /** Keeps one media file in the backup store, by its content hash (checked against the bytes). */
  writeBackupMedia(request: BackupMediaRequest): Promise<void>;
  /** The bytes the backup store keeps for a hash, or null when it keeps none (to restore an automatic backup). */
  readBackupMedia(hash: string): Promise<Uint8Array | null>;
  /** Shows a reminder; false when it could not be shown (permission, no notification support). */
  notify(request: NotifyRequest): Promise<boolean>;
  /** Whether reminders can be shown; with `ask`, asks the user first where that is needed (web). */
  notificationPermission(request: { ask: boolean }): Promise<NotificationPermission>;
  /** Puts text on the system clipboard; rejects when the clipboard cannot be reached. */
  copyText(text: string): Promise<void>;
  /** Opens one of the networks' posting pages in the system browser; anything else is refused. */
  openExternal(url: string): Promise<void>;
};

/** What the main process tells the page: a reminder was clicked (its post's id). */
export type CadenceBridgeEvents = {
  /** Calls `listener` with the post's id each time a reminder is clicked; returns the unsubscribe. */
  onNotificationClick(listener: (postId: string) => void): () => void;
};

export type CadenceBridge = CadenceBridgeCalls & CadenceBridgeEvents;

// The contract and the list of names must agree, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const namesMatchContract: Same<BridgeCallName, keyof CadenceBridgeCalls> = true;
/** The preload exposes `on<Event>` for each event name. */
export const BRIDGE_EVENT_FUNCTIONS = { notificationClick: 'onNotificationClick' } as const satisfies Record<BridgeEventName, keyof CadenceBridgeEvents>;
export const eventsMatchContract: Same<(typeof BRIDGE_EVENT_FUNCTIONS)[BridgeEventName], keyof CadenceBridgeEvents> = true;

/** Argument schemas per call, checked by the main process. Typed so a call cannot be left out. */
export const bridgeArgs: { [K in BridgeCallName]: z.ZodType<Parameters<CadenceBridgeCalls[K]>> } = {
  getAppInfo: z.tuple([]),
  saveFile: z.tuple([SaveFileRequestSchema]),
  openFile: z.tuple([OpenFileRequestSchema]),
  printToPdf: z.tuple([PrintRequestSchema]),
  writeAutoBackup: z.tuple([AutoBackupRequestSchema]),
  listBackups: z.tuple([]),
  readBackup: z.tuple([BackupNameSchema]),
  missingBackupMedia: z.tuple([BackupMediaHashesSchema]),
  writeBackupMedia: z.tuple([BackupMediaRequestSchema]),
  readBackupMedia: z.tuple([MediaHashSchema]),
  notify: z.tuple([NotifyRequestSchema]),
  notificationPermission: z.tuple([PermissionRequestSchema]),
  copyText: z.tuple([CopyTextSchema]),
  openExternal: z.tuple([ExternalUrlSchema]),
};

export const BRIDGE_CALLS = Object.keys(bridgeArgs) as BridgeCallName[];
