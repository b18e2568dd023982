import { contextBridge, ipcRenderer } from 'electron';
import type { CadenceBridge } from '../../shared/bridge/contract';
import { BRIDGE_CALL_NAMES, BRIDGE_GLOBAL, bridgeChannel, type BridgeCallName } from '../../shared/bridge/names';

/**
 * The preload: exposes the bridge contract on `window.cadence` and nothing else.
 *
 * SECURITY: only plain functions cross into the page. Never expose `ipcRenderer`, `invoke`, a
 * channel-name parameter or an IPC event: any of them would let page script reach any channel.
 *
 * BUILD TRAP: a sandboxed preload may only `require('electron')`; names.ts is dependency-free on
 * purpose (the zod schemas live in contract.ts, imported here for types only).
 */

const invokerFor =
  (name: BridgeCallName) =>
  (...args: unknown[]): Promise<unknown> =>
    ipcRenderer.invoke(bridgeChannel(name), ...args);

const bridge = Object.fromEntries(
  BRIDGE_CALL_NAMES.map((name) => [name, invokerFor(name)]),
) as unknown as CadenceBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
