import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWindowState, type SavedWindowState } from './windowState';

/**
 * Reads and writes the window state file in the user-data folder.
 *
 * Writes are atomic (temp file, then rename over the old one) so a crash or power cut mid-write leaves
 * the previous state, never half a JSON file. Synchronous on purpose: the last save happens while the
 * window closes and the app may be quitting right after.
 */

export const WINDOW_STATE_FILE = 'window-state.json';

export const windowStatePath = (userDataDir: string): string => join(userDataDir, WINDOW_STATE_FILE);

/** The saved state, or null when there is none or it is unreadable (the defaults then apply). */
export const loadWindowState = (filePath: string): SavedWindowState | null => {
  try {
    return parseWindowState(JSON.parse(readFileSync(filePath, 'utf8')));
  } catch {
    return null;
  }
};

/** Saves the state; returns false (and leaves the old file) when the disk refuses. */
export const saveWindowState = (filePath: string, state: SavedWindowState): boolean => {
  const tempPath = `${filePath}.${process.pid}.tmp`;
  try {
    writeFileSync(tempPath, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
    renameSync(tempPath, filePath);
    return true;
  } catch {
    try {
      rmSync(tempPath, { force: true });
    } catch {
      // Nothing more to do: the old state file is still intact.
    }
    return false;
  }
};
