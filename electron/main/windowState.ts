import { z } from 'zod';

/**
 * The remembered window size and position: parsing what was saved, and placing it on the displays
 * that exist now. Pure, so it is tested without Electron; windowStateFile.ts does the disk I/O.
 *
 * The saved file is untrusted input (hand-edited, truncated by a crash, written by an older version),
 * and displays come and go (a laptop undocked from its second monitor), so a saved position is only
 * reused when enough of the window would be visible.
 */

export type Rect = { x: number; y: number; width: number; height: number };

/** Where the window goes: no x/y means "let Electron centre it". */
export type WindowPlacement = {
  x?: number;
  y?: number;
  width: number;
  height: number;
  isMaximized: boolean;
};

const SavedWindowStateSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000).optional(),
  y: z.number().int().min(-100_000).max(100_000).optional(),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
  isMaximized: z.boolean().default(false),
});

export type SavedWindowState = z.infer<typeof SavedWindowStateSchema>;

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

/** How much of the window must lie on a display to keep the saved position (grab the title bar). */
const MIN_VISIBLE = { width: 120, height: 48 } as const;

/** The saved state, or null when the file held anything else (then the defaults apply). */
export const parseWindowState = (raw: unknown): SavedWindowState | null => {
  const parsed = SavedWindowStateSchema.safeParse(raw);
  if (!parsed.success) return null;
  // A position needs both coordinates; half of one is as good as none.
  const { x, y, ...rest } = parsed.data;
  return x !== undefined && y !== undefined ? { x, y, ...rest } : rest;
};

const overlap = (a: Rect, b: Rect): { width: number; height: number } => ({
  width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
  height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
});

const clampSize = (size: number, min: number, max: number): number => Math.max(Math.min(size, max), Math.min(min, max));

const clampInto = (value: number, size: number, start: number, length: number): number =>
  Math.min(Math.max(value, start), start + Math.max(0, length - size));

/**
 * Fits the saved state to the displays' work areas (`screen.getAllDisplays().map(d => d.workArea)`,
 * primary first). The window keeps its display if enough of it is visible there, moved and shrunk to
 * fit entirely; otherwise it is centred on the primary display.
 */
export const placeWindow = (saved: SavedWindowState | null, workAreas: readonly Rect[]): WindowPlacement => {
  const primary = workAreas[0];
  const wanted = saved ?? { ...DEFAULT_WINDOW_SIZE, isMaximized: false };
  const isMaximized = wanted.isMaximized;
  if (!primary) return { width: wanted.width, height: wanted.height, isMaximized };

  const fitSize = (area: Rect): { width: number; height: number } => ({
    width: clampSize(wanted.width, MIN_WINDOW_SIZE.width, area.width),
    height: clampSize(wanted.height, MIN_WINDOW_SIZE.height, area.height),
  });

  if (wanted.x !== undefined && wanted.y !== undefined) {
    const bounds: Rect = { x: wanted.x, y: wanted.y, width: wanted.width, height: wanted.height };
    let best: { area: Rect; visible: number } | null = null;
    for (const area of workAreas) {
      const shared = overlap(bounds, area);
      const enough = shared.width >= Math.min(MIN_VISIBLE.width, bounds.width) &&
        shared.height >= Math.min(MIN_VISIBLE.height, bounds.height);
      const visible = shared.width * shared.height;
      if (enough && (!best || visible > best.visible)) best = { area, visible };
    }
    if (best) {
      const size = fitSize(best.area);
      return {
        x: clampInto(bounds.x, size.width, best.area.x, best.area.width),
        y: clampInto(bounds.y, size.height, best.area.y, best.area.height),
        ...size,
        isMaximized,
      };
    }
  }
  // Off every display (or never placed): centre on the primary display.
  const size = fitSize(primary);
  return {
    x: primary.x + Math.round((primary.width - size.width) / 2),
    y: primary.y + Math.round((primary.height - size.height) / 2),
    ...size,
    isMaximized,
  };
};

/** What to save from a window: its normal (unmaximized) bounds, so un-maximizing later restores them. */
export const toSavedState = (normalBounds: Rect, isMaximized: boolean): SavedWindowState => ({
  x: Math.round(normalBounds.x),
  y: Math.round(normalBounds.y),
  width: Math.round(normalBounds.width),
  height: Math.round(normalBounds.height),
  isMaximized,
});
