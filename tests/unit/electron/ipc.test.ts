import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_CALLS, bridgeChannel, type CadenceBridgeCalls } from '../../../shared/bridge/contract';
import { createTrustedSenderCheck, type FrameLike } from '../../../electron/main/guards';
import {
  createBridgeHandlers,
  registerBridgeHandlers,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../electron/main/ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

const fakeIpcMain = () => {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
    removeHandler: (channel) => listeners.delete(channel),
  };
  const invoke = async (channel: string, frame: FrameLike | null, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frame }, ...args);
  };
  return { ipcMain, listeners, invoke };
};

const appMainFrame: FrameLike = { url: 'app://cadence/index.html', parent: null, processId: 4, routingId: 1 };

const setup = () => {
  const fake = fakeIpcMain();
  const handlers = {
    getAppInfo: vi.fn(async () => ({ shell: 'desktop' as const, version: '1.2.3', platform: 'linux', locale: 'fr-FR' })),
    // The file and backup calls have their own tests (files.test.ts, backups.test.ts).
    saveFile: vi.fn(async () => ({ saved: false })),
    openFile: vi.fn(async () => null),
    printToPdf: vi.fn(async () => ({ saved: false })),
    writeAutoBackup: vi.fn(async () => ({ name: 'x', createdAt: '', reason: 'auto' as const, size: 0 })),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => ''),
    missingBackupMedia: vi.fn(async () => []),
    writeBackupMedia: vi.fn(async () => undefined),
    readBackupMedia: vi.fn(async () => null),
    // Publishing calls: their own tests too (publishing.test.ts).
    notify: vi.fn(async () => true),
    notificationPermission: vi.fn(async () => 'granted' as const),
    copyText: vi.fn(async () => undefined),
    openExternal: vi.fn(async () => undefined),
  } satisfies CadenceBridgeCalls;
  const unregister = registerBridgeHandlers({
    ipcMain: fake.ipcMain,
    handlers,
    isTrustedSender: createTrustedSenderCheck(() => appMainFrame),
  });
  return { ...fake, handlers, unregister };
};

describe('registerBridgeHandlers', () => {
  it('registers exactly one handler per bridge call, on its contract channel, and can remove them', () => {
    const { listeners, unregister } = setup();
    expect([...listeners.keys()].sort()).toEqual(BRIDGE_CALLS.map(bridgeChannel).sort());
    unregister();
    expect(listeners.size).toBe(0);
  });

  it('answers the app main frame with valid arguments', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke('cadence:getAppInfo', appMainFrame)).resolves.toMatchObject({ version: '1.2.3' });
    expect(handlers.getAppInfo).toHaveBeenCalledOnce();
  });

  const foreignSenders: [string, FrameLike | null][] = [
    ['a missing frame (navigated away or destroyed)', null],
    ['a subframe of the app window', { url: 'app://cadence/index.html', parent: appMainFrame, processId: 4, routingId: 7 }],
    ['the main frame showing a foreign page', { ...appMainFrame, url: 'https://evil.example/' }],
    ['a look-alike origin', { ...appMainFrame, url: 'app://cadence.evil.example/index.html' }],
    ['the main frame of another window', { url: 'app://cadence/index.html', parent: null, processId: 9, routingId: 1 }],
  ];

  it.each(foreignSenders)('refuses %s before looking at the arguments or acting', async (_label, frame) => {
    const { invoke, handlers } = setup();
    await expect(invoke('cadence:listBackups', frame)).rejects.toThrow(/did not come from the Cadence window/);
    await expect(invoke('cadence:getAppInfo', frame)).rejects.toThrow(/did not come from the Cadence window/);
    expect(handlers.listBackups).not.toHaveBeenCalled();
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('refuses when there is no app window at all', async () => {
    const fake = fakeIpcMain();
    const handlers = { getAppInfo: vi.fn() } as unknown as CadenceBridgeCalls;
    registerBridgeHandlers({ ipcMain: fake.ipcMain, handlers, isTrustedSender: createTrustedSenderCheck(() => null) });
    await expect(fake.invoke('cadence:getAppInfo', appMainFrame)).rejects.toThrow(/did not come from/);
  });

  it.each([
    ['a non-string', [42]],
    ['no argument', []],
    ['a path instead of a name', ['../cadence-auto-20261124T100000000Z.json']],
    ['an extra argument', ['cadence-auto-20261124T100000000Z.json', 'extra']],
  ])('refuses readBackup with %s, without calling the handler', async (_label, args) => {
    const { invoke, handlers } = setup();
    await expect(invoke('cadence:readBackup', appMainFrame, ...args)).rejects.toThrow(/invalid arguments/);
    expect(handlers.readBackup).not.toHaveBeenCalled();
  });

  it('has one channel that opens a URL, which refuses any address but the posting pages before the handler, and none that opens a program', async () => {
    const { invoke, listeners, handlers } = setup();
    expect([...listeners.keys()].filter((channel) => /open(External|Url|Path)|shell|exec|spawn/i.test(channel))).toEqual(['cadence:openExternal']);
    await expect(invoke('cadence:openExternal', appMainFrame, 'https://example.com/')).rejects.toThrow(/invalid arguments/);
    await expect(invoke('cadence:openExternal', appMainFrame, 'file:///etc/passwd')).rejects.toThrow(/invalid arguments/);
    expect(handlers.openExternal).not.toHaveBeenCalled();
    await invoke('cadence:openExternal', appMainFrame, 'https://www.instagram.com/');
    expect(handlers.openExternal).toHaveBeenCalledWith('https://www.instagram.com/');
  });

  it('refuses arguments to a call that takes none', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke('cadence:getAppInfo', appMainFrame, 'surprise')).rejects.toThrow(/invalid arguments/);
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });
});

describe('createBridgeHandlers', () => {
  const deps = (languages: string[]) => ({
    app: { getVersion: () => '0.1.0', getPreferredSystemLanguages: () => languages, getLocale: () => 'en-US' },
    platform: 'darwin',
  });

  it('reports the desktop shell, version, platform and the first preferred system language', async () => {
    await expect(createBridgeHandlers(deps(['fr-FR', 'en-GB'])).getAppInfo()).resolves.toEqual({
      shell: 'desktop',
      version: '0.1.0',
      platform: 'darwin',
      locale: 'fr-FR',
    });
  });

  it('falls back to the app locale when the system lists no language', async () => {
    await expect(createBridgeHandlers(deps([])).getAppInfo()).resolves.toMatchObject({ locale: 'en-US' });
  });
});
