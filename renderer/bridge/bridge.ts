import { BRIDGE_GLOBAL, type AppInfo, type CadenceBridge } from '../../shared/bridge/contract';

/**
 * The browser implementation of the bridge: the same contract, done with what a web page can do, so
 * the renderer runs in plain Chromium (web mode, end-to-end tests) exactly as in the desktop shell.
 */
export const browserBridge: CadenceBridge = {
  getAppInfo: async (): Promise<AppInfo> => ({
    shell: 'web',
    version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
    platform: navigator.platform || 'web',
    locale: navigator.language || 'en',
  }),
  openExternal: async (url: string) => {
    if (!/^https?:\/\//i.test(url)) throw new Error('Only http(s) links can be opened');
    window.open(url, '_blank', 'noopener,noreferrer');
  },
};

/** The desktop shell's bridge when the preload exposed one, else the browser's. */
export const getBridge = (): CadenceBridge => {
  const exposed = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  return exposed ? (exposed as CadenceBridge) : browserBridge;
};
