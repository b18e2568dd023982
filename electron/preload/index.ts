import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CadenceBridge } from '../../shared/bridge/contract';
import {
  BRIDGE_CALL_NAMES,
  BRIDGE_GLOBAL,
  bridgeChannel,
  bridgeEventChannel,
  type BridgeCallName,
} from '../../shared/bridge/names';

/**
 * The preload: exposes the bridge contract on `window.cadence` and nothing else.
 *
 * SECURITY: only plain functions cross into the page. Never expose `ipcRenderer`, `invoke`, `on`, a
 * channel-name parameter or an IPC event: any of them would let page script reach any channel. An
 * event subscription (onNotificationClick) listens on its one fixed channel and hands the page the
 * post id alone, checked to be a short string, never the IPC event object.
 *
 * BUILD TRAP: a sandboxed preload may only `require('electron')`; names.ts is dependency-free on
 * purpose (the zod schemas live in contract.ts, imported here for types only).
 */

const invokerFor =
  (name: BridgeCallName) =>
  (...args: unknown[]): Promise<unknown> =>
    ipcRenderer.invoke(bridgeChannel(name), ...args);

const onNotificationClick = (listener: (postId: string) => void): (() => void) => {
  const channel = bridgeEventChannel('notificationClick');
  const handler = (_event: IpcRendererEvent, postId: unknown): void => {
    if (typeof postId === 'string' && postId.length > 0 && postId.length <= 100) listener(postId);
  };
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
};

const bridge = {
  ...Object.fromEntries(BRIDGE_CALL_NAMES.map((name) => [name, invokerFor(name)])),
  onNotificationClick,
} as unknown as CadenceBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
