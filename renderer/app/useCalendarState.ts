import { useCallback, useMemo } from 'react';
import type { Client } from '../../shared/model/client';
import { isMonth, monthOf, todayIn, type Month } from '../../shared/dates';
import { useClients, useDb, useSettings } from '../db/hooks';
import { writeSetting } from '../db/settings';

export type CalendarState = {
  loading: boolean;
  clients: Client[];
  client: Client | null;
  month: Month;
  today: string;
  selectClient: (id: string) => void;
  setMonth: (month: Month) => void;
};

/**
 * Which client and month the calendar shows. Both live in the settings table, so the last client and
 * month come back after a restart without any extra state to keep in sync.
 */
export const useCalendarState = (): CalendarState => {
  const db = useDb();
  const clients = useClients();
  const settings = useSettings();

  const client = useMemo(() => {
    if (!clients) return null;
    const active = clients.filter((c) => !c.archived);
    return clients.find((c) => c.id === settings?.lastClientId) ?? active[0] ?? null;
  }, [clients, settings?.lastClientId]);

  const timeZone = client?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = todayIn(timeZone);
  const stored = settings?.lastMonth;
  const month = stored && isMonth(stored) ? stored : monthOf(today);

  const selectClient = useCallback((id: string) => void writeSetting(db, 'lastClientId', id), [db]);
  const setMonth = useCallback((next: Month) => void writeSetting(db, 'lastMonth', next), [db]);

  return {
    loading: clients === undefined || settings === undefined,
    clients: clients ?? [],
    client,
    month,
    today,
    selectClient,
    setMonth,
  };
};
