import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_CALLS, bridgeChannel, type CadenceBridge } from '../../../shared/bridge/contract';
import { createTrustedSenderCheck, type FrameLike } from '../../../electron/main/guards';
import {
  createBridgeHandlers,
  registerBridgeHandlers,
  toExternalWebUrl,
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
    openExternal: vi.fn(async (_url: string) => undefined),
    // The file and backup calls have their own tests (files.test.ts, backups.test.ts).
    saveFile: vi.fn(async () => ({ saved: false })),
    openFile: vi.fn(async () => null),
    printToPdf: vi.fn(async () => ({ saved: false })),
    writeAutoBackup: vi.fn(async () => ({ name: 'x', createdAt: '', reason: 'auto' as const, size: 0 })),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => ''),
  } satisfies CadenceBridge;
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
    await invoke('cadence:openExternal', appMainFrame, 'https://example.com/post?id=1');
    expect(handlers.openExternal).toHaveBeenCalledWith('https://example.com/post?id=1');
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
    await expect(invoke('cadence:openExternal', frame, 'https://example.com/')).rejects.toThrow(/did not come from the Cadence window/);
    await expect(invoke('cadence:getAppInfo', frame)).rejects.toThrow(/did not come from the Cadence window/);
    expect(handlers.openExternal).not.toHaveBeenCalled();
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('refuses when there is no app window at all', async () => {
    const fake = fakeIpcMain();
    const handlers = { getAppInfo: vi.fn(), openExternal: vi.fn() } as unknown as CadenceBridge;
    registerBridgeHandlers({ ipcMain: fake.ipcMain, handlers, isTrustedSender: createTrustedSenderCheck(() => null) });
    await expect(fake.invoke('cadence:getAppInfo', appMainFrame)).rejects.toThrow(/did not come from/);
  });

  it.each([
    ['a file URL', ['file:///etc/passwd']],
    ['a javascript URL', ['javascript:alert(1)']],
    ['a custom protocol', ['ms-settings:privacy']],
    ['a URL with credentials', ['https://user:pw@example.com/']],
    ['a non-string', [42]],
    ['no argument', []],
    ['an extra argument', ['https://example.com/', 'extra']],
  ])('refuses openExternal with %s, without calling the handler', async (_label, args) => {
    const { invoke, handlers } = setup();
    await expect(invoke('cadence:openExternal', appMainFrame, ...args)).rejects.toThrow(/invalid arguments/);
    expect(handlers.openExternal).not.toHaveBeenCalled();
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
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
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

  it('opens only http(s) URLs in the browser, re-parsed', async () => {
    const d = deps([]);
    const handlers = createBridgeHandlers(d);
    await handlers.openExternal('HTTPS://Example.com/a b');
    expect(d.shell.openExternal).toHaveBeenCalledWith('https://example.com/a%20b');
    await expect(handlers.openExternal('file:///etc/passwd')).rejects.toThrow(/only http/);
    await expect(handlers.openExternal('javascript:alert(1)')).rejects.toThrow(/only http/);
    await expect(handlers.openExternal('not a url')).rejects.toThrow(/not a valid URL/);
    expect(d.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('toExternalWebUrl keeps web URLs and rejects the rest', () => {
    expect(toExternalWebUrl('http://example.com')).toBe('http://example.com/');
    expect(() => toExternalWebUrl('smb://server/share')).toThrow();
  });
});
