import type { BrowserWindowConstructorOptions, NativeTheme } from 'electron';
import { MIN_WINDOW_SIZE, type WindowPlacement } from './windowState';

/**
 * The options of Cadence's one window.
 *
 * SECURITY: these flags are the sandbox around everything the renderer shows (user-written posts,
 * imported CSV/ICS files). Keep contextIsolation + sandbox on and Node off; the preload is the only
 * door, and it exposes just the bridge contract. A unit test pins every flag.
 */

/** Painted before the first frame, so a dark-mode user does not get a white flash. */
export const WINDOW_BACKGROUND = { light: '#ffffff', dark: '#16181d' } as const;

export const backgroundColorFor = (theme: Pick<NativeTheme, 'shouldUseDarkColors'>): string =>
  theme.shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;

export type WindowOptionsInput = {
  preloadPath: string;
  nativeTheme: Pick<NativeTheme, 'shouldUseDarkColors'>;
  placement: WindowPlacement;
};

export const buildWindowOptions = ({
  preloadPath,
  nativeTheme,
  placement,
}: WindowOptionsInput): BrowserWindowConstructorOptions => ({
  title: 'Cadence',
  ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
  width: placement.width,
  height: placement.height,
  minWidth: MIN_WINDOW_SIZE.width,
  minHeight: MIN_WINDOW_SIZE.height,
  // Shown on 'ready-to-show' so the user never sees an empty frame.
  show: false,
  backgroundColor: backgroundColorFor(nativeTheme),
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Off: Chromium's spellchecker downloads dictionaries from the internet (see guards.ts).
    spellcheck: false,
    // The default session: its IndexedDB is the user's data. A `partition` here would start a new,
    // empty store, so never add one.
  },
});
