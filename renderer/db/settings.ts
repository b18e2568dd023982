import type { Channel } from '../../shared/model/enums';
import type { CadenceDb } from './database';
import { writeTx } from './database';

/** Settings the app remembers between sessions. */
export type Settings = {
  /** A client id, or ALL_CLIENTS for the All clients calendar. */
  lastClientId: string | null;
  /** A calendar view, or the Insights screen. */
  lastView: 'month' | 'week' | 'agenda' | 'insights';
  /** A day inside the last period shown. */
  lastAnchor: string | null;
  agendaSpan: 7 | 14 | 28 | 91;
  /** The panel beside the calendar: the guard's warnings, the backlog of ideas, or none. */
  sidePanel: 'guard' | 'ideas' | null;
  language: 'system' | 'en' | 'fr';
  /**
   * The column mapping last used to import a platform's results CSV, per channel: results column
   * (shared/insights/resultsColumns.ts) → header in the file, '' for a column chosen as not imported.
   * Optional (no default) and read defensively: it is a convenience, and a stored value is not checked.
   */
  resultsMappings?: Partial<Record<Channel, Record<string, string>>>;
};

export const DEFAULT_SETTINGS: Settings = {
  lastClientId: null,
  lastView: 'month',
  lastAnchor: null,
  agendaSpan: 14,
  sidePanel: 'guard',
  language: 'system',
};

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
