import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  parseWindowState,
  placeWindow,
  toSavedState,
  type Rect,
} from '../../../electron/main/windowState';
import { loadWindowState, saveWindowState, windowStatePath } from '../../../electron/main/windowStateFile';

const LAPTOP: Rect = { x: 0, y: 0, width: 1440, height: 875 }; // primary, menu bar excluded
const MONITOR_RIGHT: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('accepts a saved state', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 1000, height: 700, isMaximized: true })).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      isMaximized: true,
    });
  });

  it('defaults isMaximized and drops a half position', () => {
    expect(parseWindowState({ x: 10, width: 1000, height: 700 })).toEqual({ width: 1000, height: 700, isMaximized: false });
  });

  it.each([
    ['null', null],
    ['a string', 'big'],
    ['an array', [1, 2]],
    ['no size', { x: 1, y: 1 }],
    ['a zero width', { width: 0, height: 700 }],
    ['a negative height', { width: 900, height: -1 }],
    ['fractions', { width: 900.5, height: 700 }],
    ['NaN-like strings', { width: '900', height: '700' }],
    ['absurd coordinates', { x: 1e12, y: 0, width: 900, height: 700 }],
    ['a non-boolean maximized flag', { width: 900, height: 700, isMaximized: 'yes' }],
  ])('rejects %s', (_label, raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });
});

describe('placeWindow', () => {
  const within = (placement: ReturnType<typeof placeWindow>, area: Rect) => {
    expect(placement.x).toBeGreaterThanOrEqual(area.x);
    expect(placement.y).toBeGreaterThanOrEqual(area.y);
    expect(placement.x! + placement.width).toBeLessThanOrEqual(area.x + area.width);
    expect(placement.y! + placement.height).toBeLessThanOrEqual(area.y + area.height);
  };

  it('keeps a position that is fully visible', () => {
    expect(placeWindow({ x: 100, y: 50, width: 1000, height: 700, isMaximized: false }, [LAPTOP])).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      isMaximized: false,
    });
  });

  it('keeps a window on a secondary monitor that is still plugged in', () => {
    const saved = { x: 2000, y: 0, width: 1200, height: 900, isMaximized: false };
    expect(placeWindow(saved, [LAPTOP, MONITOR_RIGHT])).toMatchObject({ x: 2000, y: 0 });
  });

  it('brings back a window saved on a monitor that was unplugged, centred on the primary display', () => {
    const saved = { x: 2000, y: 0, width: 1200, height: 900, isMaximized: true };
    const placement = placeWindow(saved, [LAPTOP]);
    within(placement, LAPTOP);
    expect(placement).toMatchObject({ width: 1200, height: LAPTOP.height, isMaximized: true });
    expect(placement.x).toBe(120);
  });

  it('pulls a partly off-screen window fully into view on the display it mostly covers', () => {
    const placement = placeWindow({ x: 1000, y: 600, width: 1000, height: 700, isMaximized: false }, [LAPTOP]);
    within(placement, LAPTOP);
    expect(placement).toMatchObject({ width: 1000, height: 700 });
  });

  it('treats a window showing only a sliver as lost', () => {
    const placement = placeWindow({ x: 1400, y: 0, width: 1000, height: 700, isMaximized: false }, [LAPTOP]);
    expect(placement.x).toBe(Math.round((LAPTOP.width - 1000) / 2));
  });

  it('shrinks a window larger than its display, but never below the minimum size when there is room', () => {
    const big = placeWindow({ x: 0, y: 0, width: 5000, height: 3000, isMaximized: false }, [LAPTOP]);
    expect(big).toMatchObject({ x: 0, y: 0, width: LAPTOP.width, height: LAPTOP.height });
    const tiny = placeWindow({ x: 0, y: 0, width: 200, height: 100, isMaximized: false }, [LAPTOP]);
    expect(tiny).toMatchObject({ width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height });
  });

  it('fits a display smaller than the minimum size', () => {
    const small: Rect = { x: 0, y: 0, width: 700, height: 500 };
    expect(placeWindow(null, [small])).toEqual({ x: 0, y: 0, width: 700, height: 500, isMaximized: false });
  });

  it('centres the default size on the primary display on first launch', () => {
    const placement = placeWindow(null, [{ x: 0, y: 25, width: 1920, height: 1055 }]);
    expect(placement).toEqual({
      x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2,
      y: 25 + Math.round((1055 - DEFAULT_WINDOW_SIZE.height) / 2),
      ...DEFAULT_WINDOW_SIZE,
      isMaximized: false,
    });
  });

  it('copes with no display information', () => {
    expect(placeWindow(null, [])).toEqual({ ...DEFAULT_WINDOW_SIZE, isMaximized: false });
  });

  it('saves rounded normal bounds and the maximized flag', () => {
    expect(toSavedState({ x: 10.4, y: 20.6, width: 999.5, height: 700 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 1000,
      height: 700,
      isMaximized: true,
    });
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cadence-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through a JSON file in the user-data folder and leaves no temp file', () => {
    const file = windowStatePath(dir);
    expect(path.dirname(file)).toBe(dir);
    const state = { x: 5, y: 6, width: 1000, height: 800, isMaximized: true };
    expect(saveWindowState(file, state)).toBe(true);
    expect(loadWindowState(file)).toEqual(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(readdirSync(dir)).toEqual([path.basename(file)]);
  });

  it('replaces the previous state', () => {
    const file = windowStatePath(dir);
    saveWindowState(file, { x: 1, y: 1, width: 900, height: 600, isMaximized: false });
    saveWindowState(file, { x: 2, y: 2, width: 901, height: 601, isMaximized: true });
    expect(loadWindowState(file)).toMatchObject({ x: 2, width: 901, isMaximized: true });
  });

  it('reads a missing, truncated or invalid file as "no state"', () => {
    const file = windowStatePath(dir);
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '{"x": 1, "y": 2, "wid');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '{"width": "wide"}');
    expect(loadWindowState(file)).toBeNull();
  });

  it('keeps the old file and cleans up when the write fails', () => {
    const file = path.join(dir, 'missing-folder', 'window-state.json');
    expect(saveWindowState(file, { width: 900, height: 600, isMaximized: false })).toBe(false);
    expect(existsSync(path.dirname(file))).toBe(false);
  });
});
