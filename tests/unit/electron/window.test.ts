import { describe, expect, it } from 'vitest';
import { WINDOW_BACKGROUND, backgroundColorFor, buildWindowOptions } from '../../../electron/main/window';
import { MIN_WINDOW_SIZE } from '../../../electron/main/windowState';

const build = (dark = false, placement = { width: 1000, height: 700, isMaximized: false }) =>
  buildWindowOptions({ preloadPath: '/app/out/preload/index.js', nativeTheme: { shouldUseDarkColors: dark }, placement });

describe('buildWindowOptions', () => {
  it('turns on every isolation flag and turns off Node, webviews and insecure content', () => {
    const prefs = build().webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('turns the spellchecker off (it would download dictionaries from the internet)', () => {
    expect(build().webPreferences?.spellcheck).toBe(false);
  });

  it('uses the given preload and the default session (no partition, which would hide the user data)', () => {
    const prefs = build().webPreferences ?? {};
    expect(prefs.preload).toBe('/app/out/preload/index.js');
    expect(prefs).not.toHaveProperty('partition');
    expect(prefs).not.toHaveProperty('session');
  });

  it('stays hidden until ready-to-show, with the Cadence title and a minimum size', () => {
    const options = build();
    expect(options.show).toBe(false);
    expect(options.title).toBe('Cadence');
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.height);
    expect(MIN_WINDOW_SIZE.width).toBeGreaterThanOrEqual(640);
  });

  it('paints the background of the OS theme', () => {
    expect(build(true).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    expect(build(false).backgroundColor).toBe(WINDOW_BACKGROUND.light);
    expect(WINDOW_BACKGROUND.dark).not.toBe(WINDOW_BACKGROUND.light);
    expect(backgroundColorFor({ shouldUseDarkColors: true })).toBe(WINDOW_BACKGROUND.dark);
  });

  it('places the window where asked, and leaves x/y out when there is no position (Electron centres it)', () => {
    const placed = build(false, { x: 40, y: 60, width: 900, height: 650, isMaximized: false } as never);
    expect(placed).toMatchObject({ x: 40, y: 60, width: 900, height: 650 });
    const centred = build();
    expect(centred).not.toHaveProperty('x');
    expect(centred).not.toHaveProperty('y');
    expect(centred).toMatchObject({ width: 1000, height: 700 });
  });
});
