import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Client } from '../../shared/model/client';
import { isDay, todayIn, type Day } from '../../shared/dates';
import { ALL_CLIENTS, preloadPeriod, useClients, useDb, usePrefetchPeriods, useSettings, type RangeResult } from '../db/hooks';
import { knownCardPreviews } from '../db/mediaHooks';
import { warmImages } from '../ui/thumbPool';
import { DEFAULT_SETTINGS, writeSetting, type Density, type Panels, type Settings } from '../db/settings';
import { periodOf, stepAnchor, type AgendaSpan, type CalendarView, type Period } from '../features/calendar/periods';

export type CalendarState = {
  loading: boolean;
  clients: Client[];
  /** The client shown; null in the All clients calendar or when there is none. */
  client: Client | null;
  allClients: boolean;
  view: CalendarView;
  /** True when the Insights screen replaces the calendar (its period stays what it was). */
  insights: boolean;
  /** True when the Instagram grid preview replaces the calendar (likewise). */
  grid: boolean;
  period: Period;
  /** The periods before and after the one shown, read (and analysed) ahead. */
  neighbours: readonly Period[];
  agendaSpan: AgendaSpan;
  panels: Panels;
  density: Density;
  setDensity: (density: Density) => void;
  today: Day;
  selectClient: (id: string) => void;
  setView: (view: CalendarView | 'insights' | 'grid') => void;
  setAnchor: (day: Day) => void;
  setAgendaSpan: (span: AgendaSpan) => void;
  /** Opens or closes one panel; the other stays as it is. */
  setPanel: (panel: keyof Panels, open: boolean) => void;
};

// PERF: Intl.DateTimeFormat() costs ~0.3 ms and this runs at every render of the app. The system's
// zone can change while the app runs (a laptop crossing zones): it is read again after a minute.
let zoneRead = { zone: '', at: -Infinity };
/** Cards a day's pictures are made ahead for: as many as a month cell shows on a large screen (2–4). */
const CARDS_AHEAD_PER_DAY = 4;

const systemZone = (): string => {
  const now = Date.now();
  if (now - zoneRead.at > 60_000) zoneRead = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, at: now };
  return zoneRead.zone;
};

/**
 * Which client, view and period the calendar shows. All of it lives in the settings table, so the
 * last client, view and period come back after a restart with no extra state to keep in sync.
 */
export const useCalendarState = (): CalendarState => {
  const db = useDb();
  const clients = useClients();
  const stored = useSettings();
  // Choices apply at once from memory and are saved in the background: a view or month switch must not
  // wait for a database round trip to paint.
  const [local, setLocal] = useState<Partial<Settings>>({});
  const settings = useMemo(() => (stored ? { ...stored, ...local } : undefined), [stored, local]);

  const allClients = settings?.lastClientId === ALL_CLIENTS && (clients?.length ?? 0) > 0;
  const client = useMemo(() => {
    if (!clients || allClients) return null;
    const active = clients.filter((c) => !c.archived);
    return clients.find((c) => c.id === settings?.lastClientId) ?? active[0] ?? null;
  }, [clients, settings?.lastClientId, allClients]);

  const timeZone = client?.timeZone ?? systemZone();
  const today = todayIn(timeZone);
  const storedAnchor = settings?.lastAnchor;
  const anchor = storedAnchor && isDay(storedAnchor) ? storedAnchor : today;
  const stored_view = settings?.lastView ?? 'month';
  const insights = stored_view === 'insights';
  const grid = stored_view === 'grid';
  const view: CalendarView = stored_view === 'insights' || stored_view === 'grid' ? 'month' : stored_view;
  const agendaSpan = settings?.agendaSpan ?? 14;
  // All clients share one grid, on the first client's week start.
  const weekStartsOn = client?.weekStartsOn ?? clients?.find((c) => !c.archived)?.weekStartsOn ?? 1;
  const period = useMemo(() => periodOf(view, anchor, weekStartsOn, agendaSpan), [view, anchor, weekStartsOn, agendaSpan]);

  // The periods before and after, read ahead while the browser is idle (see usePrefetchPeriods).
  const clientKey = allClients ? ALL_CLIENTS : (client?.id ?? null);
  const neighbours = useMemo(
    () => ([-1, 1] as const).map((step) => periodOf(view, stepAnchor(view, anchor, step, agendaSpan), weekStartsOn, agendaSpan)),
    [view, anchor, weekStartsOn, agendaSpan],
  );
  // The cards' pictures of those periods are made ahead too, so a switch only moves them in (PERF,
  // ui/thumbPool.ts). A day shows a handful of cards; more than it could show are not made.
  const warmPictures = useCallback(
    (p: { from: Day; to: Day }, range: RangeResult) => warmImages(knownCardPreviews(db, range.posts, p.from, p.to, CARDS_AHEAD_PER_DAY)),
    [db],
  );
  usePrefetchPeriods(clientKey, neighbours, !insights, warmPictures);

  const panels = settings?.panels ?? DEFAULT_SETTINGS.panels;
  const panelsNow = useRef<Panels>(panels);
  useLayoutEffect(() => {
    panelsNow.current = panels;
  }, [panels]);

  const selection = useRef(0);
  // What a client switch needs to know, read when it happens: selectClient stays the same function
  // (the sidebar, memoised, does not redraw on every month switch).
  const latest = useRef({ clients, view, anchor, agendaSpan, insights, clientKey, weekStartsOn });
  useLayoutEffect(() => {
    latest.current = { clients, view, anchor, agendaSpan, insights, clientKey, weekStartsOn };
  });
  const save = useCallback(
    <K extends keyof Settings>(key: K, value: Settings[K]) => {
      setLocal((current) => ({ ...current, [key]: value }));
      void writeSetting(db, key, value);
    },
    [db],
  );

  const selectClient = useCallback(
    (id: string) => {
      // The new client's period is read before it is shown: one render with its posts, not an
      // empty month and then a second one (PERF). A later click wins over an earlier one.
      const token = ++selection.current;
      const { clients: all, view: shownView, anchor: shownAnchor, agendaSpan: span, insights: inInsights } = latest.current;
      const target = all?.find((c) => c.id === id);
      const start = id === ALL_CLIENTS ? (all?.find((c) => !c.archived)?.weekStartsOn ?? 1) : (target?.weekStartsOn ?? 1);
      const next = periodOf(shownView, shownAnchor, start, span);
      const ready = inInsights ? Promise.resolve() : preloadPeriod(db, id, next.from, next.to);
      void ready.then(() => {
        if (selection.current === token) save('lastClientId', id);
      });
    },
    [save, db],
  );

  // The same for another period ("Next month", Today, a jump to a post): shown once its posts are
  // in memory (they usually are: the periods around are read ahead), so it draws once.
  const moving = useRef(0);
  const setAnchor = useCallback(
    (day: Day) => {
      const token = ++moving.current;
      const { view: shownView, agendaSpan: span, insights: inInsights, clientKey: key, weekStartsOn: start } = latest.current;
      const next = periodOf(shownView, day, start, span);
      const ready = inInsights || key === null ? Promise.resolve() : preloadPeriod(db, key, next.from, next.to);
      void ready.then(() => {
        if (moving.current === token) save('lastAnchor', day);
      });
    },
    [save, db],
  );

  return {
    loading: clients === undefined || stored === undefined,
    clients: clients ?? [],
    client,
    allClients,
    view,
    insights,
    grid,
    period,
    neighbours,
    agendaSpan,
    panels,
    density: settings?.density ?? DEFAULT_SETTINGS.density,
    setDensity: useCallback((next: Density) => save('density', next), [save]),
    today,
    selectClient,
    setView: useCallback((next: CalendarView | 'insights' | 'grid') => save('lastView', next), [save]),
    setAnchor,
    setAgendaSpan: useCallback((span: AgendaSpan) => save('agendaSpan', span), [save]),
    setPanel: useCallback(
      (panel: keyof Panels, open: boolean) => {
        // From the latest value, not this render's: two quick toggles (g then b) never undo each other.
        panelsNow.current = { ...panelsNow.current, [panel]: open };
        save('panels', panelsNow.current);
      },
      [save],
    ),
  };
};
