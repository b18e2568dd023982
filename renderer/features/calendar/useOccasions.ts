import { useEffect, useState } from 'react';
import type { Day } from '../../../shared/dates';
import type { Occasion } from '../../../shared/holidays';
import type { Language } from '../../../shared/model/enums';

import { loadHolidays } from '../plan/loadHolidays';

const NONE: ReadonlyMap<Day, readonly Occasion[]> = new Map();

/** The client's country's holidays and observances between two days, by day; empty without a country. */
export const useOccasions = (
  country: string | null | undefined,
  from: Day,
  to: Day,
  language: Language,
): ReadonlyMap<Day, readonly Occasion[]> => {
  const [found, setFound] = useState<{ key: string; byDay: ReadonlyMap<Day, readonly Occasion[]> } | null>(null);
  const key = `${country ?? ''}|${from}|${to}|${language}`;
  useEffect(() => {
    if (!country) return;
    let live = true;
    void loadHolidays().then((m) => {
      if (!live) return;
      const byDay = new Map<Day, Occasion[]>();
      for (const o of m.occasionsBetween(country, from, to, language)) byDay.set(o.date, [...(byDay.get(o.date) ?? []), o]);
      setFound({ key, byDay });
    });
    return () => {
      live = false;
    };
  }, [country, from, to, language, key]);
  return country && found?.key === key ? found.byDay : NONE;
};
