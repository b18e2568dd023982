/**
 * The bridge's names, apart from its schemas.
 *
 * BUILD TRAP: a sandboxed preload can only `require('electron')`, and this module is bundled into it.
 * It must stay free of runtime dependencies (no zod here): contract.ts holds the schemas.
 */
export const BRIDGE_CALL_NAMES = [
  'getAppInfo',
  // Files and backups (import / export issue): dialogs, PDF, automatic backups.
  'saveFile',
  'openFile',
  'printToPdf',
  'writeAutoBackup',
  'listBackups',
  'readBackup',
  // Media in automatic backups (#18): kept once by content hash beside them.
  'missingBackupMedia',
  'writeBackupMedia',
  'readBackupMedia',
  // Publishing by hand (issue 16): reminders, the clipboard, the networks' posting pages.
  'notify',
  'notificationPermission',
  'copyText',
  'openExternal',
] as const;

export type BridgeCallName = (typeof BRIDGE_CALL_NAMES)[number];

/** The IPC channel of a call: one per call, so the main process can refuse unknown ones. */
export const bridgeChannel = (name: BridgeCallName): string => `cadence:${name}`;

/**
 * Messages the main process sends the page (no reply): each is exposed by the preload as an
 * `on<Name>(listener)` function that returns its unsubscribe, never as a raw IPC listener.
 */
export const BRIDGE_EVENT_NAMES = ['notificationClick'] as const;
export type BridgeEventName = (typeof BRIDGE_EVENT_NAMES)[number];

/** The IPC channel main sends an event on. */
export const bridgeEventChannel = (name: BridgeEventName): string => `cadence-event:${name}`;

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'cadence';
