import type { CadenceDb } from './database';
import { writeTx } from './database';

/** Settings the app remembers between sessions. */
export type Settings = {
  lastClientId: string | null;
  lastMonth: string | null;
  language: 'system' | 'en' | 'fr';
};

export const DEFAULT_SETTINGS: Settings = { lastClientId: null, lastMonth: null, language: 'system' };

export const readSettings = async (db: CadenceDb): Promise<Settings> => {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return { ...DEFAULT_SETTINGS, ...stored } as Settings;
};

export const writeSetting = async <K extends keyof Settings>(
  db: CadenceDb,
  key: K,
  value: Settings[K],
): Promise<void> => {
  await writeTx(db, ['settings'], () => db.settings.put({ key, value }));
};
