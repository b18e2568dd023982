import { join } from 'node:path';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Notification, protocol, session, shell } from 'electron';
import { bridgeEventChannel } from '../../shared/bridge/names';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  APP_URL_PREFIX,
  createAppProtocolHandler,
} from './appProtocol';
import {
  createTrustedSenderCheck,
  denyAllPermissions,
  hardenWebContents,
  keepSpellCheckerOffline,
  type TrustedPrefixes,
} from './guards';
import { backupFolderPath, createBackupFolder, createBackupHandlers } from './backups';
import { createFileHandlers, type FileDialogs } from './files';
import { createBridgeHandlers, registerBridgeHandlers } from './ipc';
import { createMainWindow } from './mainWindow';
import { createPublishingHandlers } from './publishing';
import { windowStatePath } from './windowStateFile';

/**
 * Cadence's main process: one window, served from `app://cadence/`, with a single bridge to the OS.
 *
 * SECURITY / DATA: the user's calendar lives in the IndexedDB of the `app://cadence` origin inside the
 * default session under `userData` (named after package.json's productName). Changing the scheme, the
 * host, the session or productName makes the app open an empty calendar. See appProtocol.ts and
 * guards.ts for the security rules.
 */

// Built layout (electron-vite): out/main/index.js, out/preload/index.js, out/renderer/.
const PRELOAD_PATH = join(__dirname, '../preload/index.js');
const RENDERER_DIR = join(__dirname, '../renderer');

/**
 * `npm run dev` serves the renderer from electron-vite's dev server. Only trusted when unpackaged and
 * on this machine, so a packaged app never accepts a page from anywhere but app://cadence/.
 */
const devServerPrefix = (): string | null => {
  const raw = process.env['ELECTRON_RENDERER_URL'];
  if (app.isPackaged || !raw) return null;
  try {
    const url = new URL(raw);
    const isLocal = url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return isLocal ? `${url.origin}/` : null;
  } catch {
    return null;
  }
};

// Must happen before `ready`: the scheme's privileges (storage, secure context) are fixed at startup.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const startApp = (): void => {
  const devPrefix = devServerPrefix();
  const trusted: TrustedPrefixes = devPrefix ? [APP_URL_PREFIX, devPrefix] : [APP_URL_PREFIX];
  const entryUrl = devPrefix ?? APP_ENTRY_URL;
  let mainWindow: BrowserWindow | null = null;

  const openExternal = (url: string): Promise<void> => shell.openExternal(url);

  const showWindow = (): void => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
      return;
    }
    mainWindow = createMainWindow({
      preloadPath: PRELOAD_PATH,
      stateFile: windowStatePath(app.getPath('userData')),
      url: entryUrl,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  // Every WebContents, including any a bug might create later, gets the navigation guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal, trusted));

  // A second launch (double-clicked icon, file association) brings the running window forward; two
  // instances writing the same IndexedDB would fight over it.
  app.on('second-instance', () => {
    if (app.isReady()) showWindow();
  });

  // macOS keeps apps running without windows; clicking the Dock icon opens one again.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showWindow();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    keepSpellCheckerOffline(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR));
    // `dialog` is read only when a dialog opens (tests run this file with a fake 'electron').
    const appWindow = (): BrowserWindow => {
      if (!mainWindow || mainWindow.isDestroyed()) throw new Error('The Cadence window is closed');
      return mainWindow;
    };
    const dialogs: FileDialogs = {
      showSaveDialog: (options) => dialog.showSaveDialog(appWindow(), options),
      showOpenDialog: (options) => dialog.showOpenDialog(appWindow(), options),
    };
    registerBridgeHandlers({
      ipcMain,
      handlers: {
        ...createBridgeHandlers({ app, platform: process.platform }),
        ...createFileHandlers({
          dialogs,
          defaultFolder: () => app.getPath('documents'),
          // The page's @media print layout (renderer/features/data/print.css), landscape A4.
          printToPdf: () =>
            appWindow().webContents.printToPDF({ pageSize: 'A4', landscape: true, printBackground: false }),
        }),
        ...createBackupHandlers(createBackupFolder({ dir: backupFolderPath(app.getPath('userData')) })),
        // Read when a call comes (tests run this file with a fake 'electron' without them).
        ...createPublishingHandlers({
          notifications: {
            isSupported: () => Notification.isSupported(),
            create: (options) => new Notification(options),
          },
          onNotificationClick: (postId) => {
            showWindow();
            mainWindow?.webContents.send(bridgeEventChannel('notificationClick'), postId);
          },
          clipboard: { writeText: (text) => clipboard.writeText(text) },
          openExternal,
        }),
      },
      isTrustedSender: createTrustedSenderCheck(
        () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.mainFrame : null),
        trusted,
      ),
    });
    showWindow();
  });
};

if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  app.quit();
}
