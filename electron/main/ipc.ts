import { z } from 'zod';
import {
  BRIDGE_CALLS,
  bridgeArgs,
  bridgeChannel,
  type AppInfo,
  type CadenceBridgeCalls,
} from '../../shared/bridge/contract';
import type { FrameLike } from './guards';

/**
 * The main-process side of the bridge: one `ipcMain.handle` per call of the contract.
 *
 * SECURITY: IPC is the renderer's only way to reach the operating system, and a renderer showing
 * hostile content must be assumed compromised. Every handler therefore checks, in this order: who sent
 * the message (the app window's main frame on one of our pages), then the arguments (the contract's
 * zod schemas), and only then acts. Electron objects are parameters so this is tested without Electron.
 */

export type InvokeEventLike = { readonly senderFrame: FrameLike | null };

export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
};

export type BridgeRegistration = {
  ipcMain: IpcMainLike;
  handlers: CadenceBridgeCalls;
  isTrustedSender: (frame: FrameLike | null) => boolean;
};

/** Registers every bridge call; returns a function that removes them again. */
export const registerBridgeHandlers = ({ ipcMain, handlers, isTrustedSender }: BridgeRegistration): (() => void) => {
  for (const name of BRIDGE_CALLS) {
    ipcMain.handle(bridgeChannel(name), async (event, ...args) => {
      if (!isTrustedSender(event.senderFrame)) {
        throw new Error(`Refused ${name}: the request did not come from the Cadence window`);
      }
      const parsed = bridgeArgs[name].safeParse(args);
      if (!parsed.success) {
        throw new Error(`Refused ${name}: invalid arguments (${z.prettifyError(parsed.error)})`);
      }
      // The schema for `name` produced these arguments, so they fit `handlers[name]`.
      const call = handlers[name] as (...callArgs: unknown[]) => Promise<unknown>;
      return call(...(parsed.data as unknown[]));
    });
  }
  return () => {
    for (const name of BRIDGE_CALLS) ipcMain.removeHandler(bridgeChannel(name));
  };
};

export type BridgeHandlerDeps = {
  app: { getVersion(): string; getPreferredSystemLanguages(): string[]; getLocale(): string };
  platform: string;
};

/** The app's own calls; files.ts and backups.ts add theirs (see index.ts). */
export type CoreBridgeHandlers = Pick<CadenceBridgeCalls, 'getAppInfo'>;

export const createBridgeHandlers = ({ app, platform }: BridgeHandlerDeps): CoreBridgeHandlers => ({
  getAppInfo: async (): Promise<AppInfo> => ({
    shell: 'desktop',
    version: app.getVersion(),
    platform,
    locale: app.getPreferredSystemLanguages()[0] ?? app.getLocale(),
  }),
});
