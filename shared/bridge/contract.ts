import { z } from 'zod';
import type { BridgeCallName } from './names';

export { BRIDGE_CALL_NAMES, BRIDGE_GLOBAL, bridgeChannel, type BridgeCallName } from './names';

/**
 * The one bridge between the renderer and the operating system.
 *
 * SECURITY: everything the renderer may ask of the main process is listed here, and nothing else is
 * reachable: the preload exposes exactly these functions (no ipcRenderer), and the main process
 * validates every argument against `bridgeArgs` before acting, because a compromised renderer can send
 * anything over IPC. The renderer also has a browser implementation of the same type, so it runs in
 * plain Chromium (`npm run web`, end-to-end tests).
 */
export const AppInfoSchema = z.object({
  shell: z.enum(['desktop', 'web']),
  version: z.string(),
  platform: z.string(),
  /** The operating system's preferred language, e.g. `fr-FR`. */
  locale: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** Only web pages leave the app, and they open in the user's own browser. */
export const ExternalUrlSchema = z
  .string()
  .max(2048)
  // URL is a DOM/Node global and shared/ has neither; the main process parses it again with URL.
  .refine(
    (value) => /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(value),
    { error: 'Only http(s) links can be opened' },
  );

export type CadenceBridge = {
  getAppInfo(): Promise<AppInfo>;
  openExternal(url: string): Promise<void>;
};

// The contract and the list of names must agree, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const namesMatchContract: Same<BridgeCallName, keyof CadenceBridge> = true;

/** Argument schemas per call, checked by the main process. Typed so a call cannot be left out. */
export const bridgeArgs: { [K in BridgeCallName]: z.ZodType<Parameters<CadenceBridge[K]>> } = {
  getAppInfo: z.tuple([]),
  openExternal: z.tuple([ExternalUrlSchema]),
};

export const BRIDGE_CALLS = Object.keys(bridgeArgs) as BridgeCallName[];
