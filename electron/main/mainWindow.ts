import { BrowserWindow, nativeTheme, screen } from 'electron';
import { backgroundColorFor, buildWindowOptions } from './window';
import { placeWindow, toSavedState, type Rect } from './windowState';
import { loadWindowState, saveWindowState } from './windowStateFile';

/** Creates the app window where the user left it, and remembers where they leave it. */

export type MainWindowInput = {
  preloadPath: string;
  stateFile: string;
  url: string;
};

/** Work areas with the primary display first, as `placeWindow` expects. */
const workAreas = (): Rect[] => {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
};

const SAVE_DELAY_MS = 500;

export const createMainWindow = ({ preloadPath, stateFile, url }: MainWindowInput): BrowserWindow => {
  const placement = placeWindow(loadWindowState(stateFile), workAreas());
  const window = new BrowserWindow(buildWindowOptions({ preloadPath, nativeTheme, placement }));

  window.once('ready-to-show', () => {
    // Maximizing a hidden window shows it on some platforms, so it waits until the page is ready too.
    if (placement.isMaximized) window.maximize();
    window.show();
  });

  const followTheme = (): void => window.setBackgroundColor(backgroundColorFor(nativeTheme));
  nativeTheme.on('updated', followTheme);

  // Saved shortly after each change too, not only on close, so a crash does not forget the layout.
  let saveTimer: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(saveTimer);
    if (!window.isDestroyed()) saveWindowState(stateFile, toSavedState(window.getNormalBounds(), window.isMaximized()));
  };
  const saveSoon = (): void => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
  window.on('closed', () => {
    clearTimeout(saveTimer);
    nativeTheme.off('updated', followTheme);
  });

  void window.loadURL(url);
  return window;
};
