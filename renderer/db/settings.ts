import type { Channel } from '../../shared/model/enums';
import type { CadenceDb } from './database';
import { writeTx } from './database';

/** Settings the app remembers between sessions. */
export type Settings = {
  /** A client id, or ALL_CLIENTS for the All clients calendar. */
  lastClientId: string | null;
  /** A calendar view, the Insights screen or the Instagram grid preview. */
  lastView: 'month' | 'week' | 'agenda' | 'insights' | 'grid';
  /** A day inside the last period shown. */
  lastAnchor: string | null;
  agendaSpan: 7 | 14 | 28 | 91;
  /** The panels beside the calendar, each open or closed on its own: the guard's warnings, the ideas. */
  panels: Panels;
  /** Month cards: 'comfortable' (meta line, then up to two lines of title) or 'compact' (one line). */
  density: Density;
  language: 'system' | 'en' | 'fr';
  /**
   * The column mapping last used to import a platform's results CSV, per channel: results column
   * (shared/insights/resultsColumns.ts) → header in the file, '' for a column chosen as not imported.
   * Optional (no default) and read defensively: it is a convenience, and a stored value is not checked.
   */
  resultsMappings?: Partial<Record<Channel, Record<string, string>>>;
  /**
   * The Insights period last chosen, per client id: `{ preset }` or `{ from, to }`. Optional and
   * unknown here on purpose: a backup may carry anything, so it is only ever read through
   * storedChoice (renderer/features/insights/period.ts), which ignores what does not read.
   */
  insightsPeriods?: Record<string, unknown>;
  /**
   * The last instant (ISO) this calendar checked for reminders: at the next start, the reminders that
   * fell due since are listed as missed while Cadence was closed. Optional, read defensively
   * (renderer/features/upNext/useReminders.ts): a bad value counts as never seen.
   */
  remindersSeenAt?: string;
  /** The Instagram grid preview's tiles: '3:4' (today's profile grid) or '1:1'. Optional, read defensively (anything else is 3:4). */
  gridRatio?: string;
};

export const DEFAULT_SETTINGS: Settings = {
  lastClientId: null,
  lastView: 'month',
  lastAnchor: null,
  agendaSpan: 14,
  panels: { guard: true, ideas: false },
  density: 'comfortable',
  language: 'system',
};

export type Panels = { guard: boolean; ideas: boolean };
export type Density = 'comfortable' | 'compact';

/**
 * The panels as stored; earlier builds kept one `sidePanel` ('guard' | 'ideas' | null), read here so
 * a panel closed before the upgrade stays closed.
 */
export const readPanels = (stored: Record<string, unknown>): Panels => {
  const panels = stored.panels as Partial<Panels> | undefined;
  if (panels && typeof panels.guard === 'boolean' && typeof panels.ideas === 'boolean') return { guard: panels.guard, ideas: panels.ideas };
  if ('sidePanel' in stored) return { guard: stored.sidePanel === 'guard', ideas: stored.sidePanel === 'ideas' };
  return { ...DEFAULT_SETTINGS.panels };
};

export const readSettings = async (db: CadenceDb): Promise<Settings> => {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const { sidePanel: _legacy, ...rest } = stored;
  return { ...DEFAULT_SETTINGS, ...rest, panels: readPanels(stored) } as Settings;
};

export const writeSetting = async <K extends keyof Settings>(
  db: CadenceDb,
  key: K,
  value: Settings[K],
): Promise<void> => {
  await writeTx(db, ['settings'], () => db.settings.put({ key, value }));
};
