import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CALLS, BRIDGE_EVENT_FUNCTIONS, BRIDGE_GLOBAL, bridgeChannel, bridgeEventChannel } from '../../../shared/bridge/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
    on: vi.fn((_channel: string, _handler: (...args: unknown[]) => void) => undefined),
    removeListener: vi.fn((_channel: string, _handler: (...args: unknown[]) => void) => undefined),
  },
}));
vi.mock('electron', () => electron);

const PRELOAD_SOURCE = path.resolve(__dirname, '../../../electron/preload/index.ts');
const NAMES_SOURCE = path.resolve(__dirname, '../../../shared/bridge/names.ts');
const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

describe('preload', () => {
  let exposed: Record<string, unknown>;

  beforeAll(async () => {
    await import('../../../electron/preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
    expect(name).toBe(BRIDGE_GLOBAL);
    exposed = api as Record<string, unknown>;
  });

  it('exposes exactly the contract calls and event subscriptions, all functions, nothing raw', () => {
    expect(Object.keys(exposed).sort()).toEqual([...BRIDGE_CALLS, ...Object.values(BRIDGE_EVENT_FUNCTIONS)].sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
    expect(Object.values(exposed)).not.toContain(electron.ipcRenderer);
    expect(Object.values(exposed)).not.toContain(electron.ipcRenderer.invoke);
    expect(Object.values(exposed)).not.toContain(electron.ipcRenderer.on);
  });

  it('exposes one call that opens a URL (openExternal, checked against the posting pages in main) and none that launches a program', () => {
    expect(BRIDGE_CALLS.filter((name) => /open(External|Url|Path)|shell|exec|spawn/i.test(name))).toEqual(['openExternal']);
    expect(Object.keys(exposed).filter((name) => /shell|exec|spawn|openPath/i.test(name))).toEqual([]);
  });

  it('onNotificationClick listens on its one channel, hands over only a string post id, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = (exposed.onNotificationClick as (l: (id: string) => void) => () => void)(listener);
    const [channel, handler] = electron.ipcRenderer.on.mock.calls.at(-1)!;
    expect(channel).toBe(bridgeEventChannel('notificationClick'));
    handler({ sender: 'the IPC event' }, 'post-42');
    handler({}, { id: 'not a string' });
    handler({}, 'x'.repeat(101));
    expect(listener.mock.calls).toEqual([['post-42']]);
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(channel, handler);
  });

  it.each(BRIDGE_CALLS)('%s invokes its contract channel with just the arguments', async (name) => {
    electron.ipcRenderer.invoke.mockClear();
    const call = exposed[name] as (...args: unknown[]) => Promise<unknown>;
    await expect(call('https://example.com/')).resolves.toBe('answer');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(bridgeChannel(name), 'https://example.com/');
  });

  it('imports runtime values only from electron and the dependency-free names module (a sandboxed preload cannot require zod)', () => {
    const source = stripComments(readFileSync(PRELOAD_SOURCE, 'utf8'));
    const imports = [...source.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)];
    expect(imports.length).toBeGreaterThan(0);
    for (const [statement, typeOnly, from] of imports) {
      if (from !== 'electron' && from !== '../../shared/bridge/names') expect(typeOnly, statement).toBeTruthy();
    }
    const names = stripComments(readFileSync(NAMES_SOURCE, 'utf8'));
    expect(names).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\brequire\(|\bimport\(|^\s*import\s+['"]/m);
  });
});
