import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CALLS, bridgeChannel } from '../../../shared/bridge/contract';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES } from '../../../electron/main/appProtocol';

/**
 * Runs electron/main/index.ts against a fake 'electron' module: the wiring (what is registered, in
 * which order, with which options) is what this checks; the pieces have their own tests.
 */

type Options = { gotLock?: boolean; isPackaged?: boolean; userData: string };

const makeFakeElectron = ({ gotLock = true, isPackaged = false, userData }: Options) => {
  const order: string[] = [];
  const appEvents = new EventEmitter();
  const windows: FakeWindow[] = [];

  class FakeWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    destroyed = false;
    minimized = false;
    maximized = false;
    readonly webContents = {
      mainFrame: { url: APP_ENTRY_URL, parent: null, processId: 7, routingId: 1 },
    };
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn(() => (this.minimized = false));
    readonly maximize = vi.fn(() => (this.maximized = true));
    readonly setBackgroundColor = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      order.push('new BrowserWindow');
      windows.push(this);
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => this.minimized;
    isMaximized = () => this.maximized;
    getNormalBounds = () => ({ x: 30, y: 40, width: 1111, height: 777 });
  }

  const electron = {
    app: Object.assign(appEvents, {
      isPackaged,
      requestSingleInstanceLock: vi.fn(() => gotLock),
      quit: vi.fn(),
      whenReady: vi.fn(() => {
        order.push('whenReady');
        return Promise.resolve();
      }),
      isReady: () => true,
      getPath: (name: string) => (name === 'userData' ? userData : '/nowhere'),
      getVersion: () => '9.8.7',
      getPreferredSystemLanguages: () => ['de-DE'],
      getLocale: () => 'en-US',
    }),
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setSpellCheckerEnabled: vi.fn(),
        setSpellCheckerDictionaryDownloadURL: vi.fn(),
      },
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined) },
    nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: true }),
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    BrowserWindow: FakeWindow,
  };
  return { electron, order, windows };
};

let userData: string;
const start = async (options: Partial<Options> = {}) => {
  const fake = makeFakeElectron({ userData, ...options });
  vi.resetModules();
  vi.doMock('electron', () => fake.electron);
  await import('../../../electron/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return fake;
};

beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'cadence-userdata-'));
});
afterEach(() => {
  vi.doUnmock('electron');
  vi.unstubAllEnvs();
  rmSync(userData, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('quits at once when another instance holds the lock', async () => {
    const { electron, windows } = await start({ gotLock: false });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('registers the app:// privileges before ready, then the protocol, permissions and IPC', async () => {
    const { electron, order } = await start();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('whenReady'));
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    // The spellchecker is off, and its dictionaries could only come from this machine.
    expect(electron.session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(electron.session.defaultSession.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(
      expect.stringMatching(/^http:\/\/127\.0\.0\.1[:/]/),
    );
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(BRIDGE_CALLS.map(bridgeChannel).sort());
  });

  it('opens one hardened window on app://cadence/, shown when ready', async () => {
    const { windows } = await start();
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window!.options).toMatchObject({ show: false, title: 'Cadence' });
    expect(window!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String((window!.options.webPreferences as { preload: string }).preload)).toMatch(/[/\\]preload[/\\]index\.js$/);
    expect(window!.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(window!.show).not.toHaveBeenCalled();
    window!.emit('ready-to-show');
    expect(window!.show).toHaveBeenCalled();
  });

  it('answers IPC from the window main frame only', async () => {
    const { electron, windows } = await start();
    const handler = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'cadence:getAppInfo')![1];
    const mainFrame = windows[0]!.webContents.mainFrame;
    await expect(handler({ senderFrame: mainFrame })).resolves.toEqual({
      shell: 'desktop',
      version: '9.8.7',
      platform: process.platform,
      locale: 'de-DE',
    });
    await expect(handler({ senderFrame: { ...mainFrame, parent: mainFrame, routingId: 2 } })).rejects.toThrow();
    await expect(handler({ senderFrame: { ...mainFrame, url: 'https://evil.example/' } })).rejects.toThrow();
  });

  it('hardens every web contents Electron creates', async () => {
    const { electron } = await start();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    electron.app.emit('web-contents-created', {}, contents);
    const event = { url: 'https://evil.example/', preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('focuses the existing window on a second launch instead of opening another', async () => {
    const { electron, windows } = await start();
    windows[0]!.minimized = true;
    electron.app.emit('second-instance');
    expect(windows).toHaveLength(1);
    expect(windows[0]!.restore).toHaveBeenCalled();
    expect(windows[0]!.focus).toHaveBeenCalled();
  });

  it('quits when the window closes (except on macOS) and reopens one on activate', async () => {
    const { electron, windows } = await start();
    windows[0]!.destroyed = true;
    windows[0]!.emit('closed');
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
    electron.app.emit('activate');
    expect(windows).toHaveLength(2);
  });

  it('restores the saved window state and saves it on close', async () => {
    const file = path.join(userData, 'window-state.json');
    writeFileSync(file, JSON.stringify({ x: 100, y: 120, width: 1000, height: 700, isMaximized: true }));
    const { windows } = await start();
    const window = windows[0]!;
    expect(window.options).toMatchObject({ x: 100, y: 120, width: 1000, height: 700 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
    window.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 30, y: 40, width: 1111, height: 777, isMaximized: true });
  });

  it('loads the dev server only when unpackaged and local', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const dev = await start();
    expect(dev.windows[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173/');

    const packaged = await start({ isPackaged: true });
    expect(packaged.windows[0]!.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);

    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example/');
    const remote = await start();
    expect(remote.windows[0]!.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
  });
});
