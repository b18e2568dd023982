import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeCallName, CadenceBridge } from '../../shared/bridge/contract';

/**
 * The preload: exposes the bridge contract on `window.cadence` and nothing else.
 *
 * SECURITY: only plain functions cross into the page. Never expose `ipcRenderer`, `invoke`, a
 * channel-name parameter or an IPC event: any of them would let page script reach any channel.
 *
 * BUILD TRAP: a sandboxed preload may only `require('electron')` (and a few Node built-ins), and
 * electron-vite leaves package dependencies such as zod as `require()` calls. The contract module
 * builds zod schemas at load time, so importing any *value* from it puts `require('zod')` in
 * out/preload/index.js and the preload dies at startup. Hence type-only imports, and the call names
 * and channel spelled out here; a unit test checks they match `BRIDGE_CALLS` and `bridgeChannel`.
 */

/** Exactly the contract's calls: `satisfies` rejects a missing or an extra name at compile time. */
const CALLS = {
  getAppInfo: true,
  openExternal: true,
} as const satisfies Record<BridgeCallName, true>;

/** Same as the contract's `BRIDGE_GLOBAL` and `bridgeChannel`. */
const BRIDGE_GLOBAL = 'cadence';
const channelOf = (name: BridgeCallName): string => `cadence:${name}`;

const invokerFor =
  (name: BridgeCallName) =>
  (...args: unknown[]): Promise<unknown> =>
    ipcRenderer.invoke(channelOf(name), ...args);

const bridge = Object.fromEntries(
  (Object.keys(CALLS) as BridgeCallName[]).map((name) => [name, invokerFor(name)]),
) as unknown as CadenceBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
