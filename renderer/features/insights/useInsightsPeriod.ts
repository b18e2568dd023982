import { useMemo, useState } from 'react';
import { isDay, type Day } from '../../../shared/dates';
import { useDb, useSettings } from '../../db/hooks';
import { readSettings, writeSetting } from '../../db/settings';
import type { CadenceDb } from '../../db/database';
import {
  DEFAULT_CHOICE,
  periodErrors,
  presetOf,
  rangeOf,
  storedChoice,
  type Extent,
  type Period,
  type PeriodChoice,
  type PeriodPreset,
} from './period';

/** Keeps a client's period in settings.insightsPeriods, next to the other clients' (a bad stored value is replaced). */
const remember = async (db: CadenceDb, clientId: string, choice: PeriodChoice) => {
  const stored = (await readSettings(db)).insightsPeriods;
  const others = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  await writeSetting(db, 'insightsPeriods', { ...others, [clientId]: choice });
};

export type InsightsPeriod = {
  /** The period the report covers; null while the remembered choice or the posts' extent is read. */
  period: Period | null;
  /** What the From and To fields show (the user's text while it does not read as a period). */
  fromText: string;
  toText: string;
  errors: { from?: string; to?: string };
  /** The preset radio to check, if the period is one. */
  preset: PeriodPreset | null;
  choosePreset: (preset: PeriodPreset) => void;
  type: (from: string, to: string) => void;
  choose: (period: Period) => void;
};

/**
 * The Insights period of one client: the one chosen last for this client (remembered in settings,
 * so it travels in backups), else every date holding a counted post ('all'). A preset is remembered
 * as a preset ("the last 3 months" next week means next week's), typed days as days.
 */
export const useInsightsPeriod = (clientId: string, today: Day, extent: Extent | undefined): InsightsPeriod => {
  const db = useDb();
  const settings = useSettings();
  // What the user picked in this screen, ahead of the settings' live read catching up.
  const [picked, setPicked] = useState<{ clientId: string; choice: PeriodChoice } | null>(null);
  const [typed, setTyped] = useState<{ clientId: string; from: string; to: string } | null>(null);
  const remembered = useMemo(() => (settings ? (storedChoice(settings.insightsPeriods, clientId) ?? DEFAULT_CHOICE) : null), [settings, clientId]);
  const choice = picked?.clientId === clientId ? picked.choice : remembered;
  // 'all' needs the posts' extent; the other choices do not wait for it.
  const ready = choice !== null && (extent !== undefined || !('preset' in choice && choice.preset === 'all'));
  // Kept by value: a new but equal period must not read as a change (the report would be recomputed).
  const range = ready && choice ? rangeOf(choice, today, extent ?? null) : null;
  const from = range?.from;
  const to = range?.to;
  const period = useMemo(() => (from && to ? { from, to } : null), [from, to]);

  const choose = (next: PeriodChoice) => {
    setPicked({ clientId, choice: next });
    setTyped(null);
    void remember(db, clientId, next).catch(() => undefined); // a convenience: a failed write only forgets it
  };
  const choosePeriod = ({ from, to }: Period) => {
    const preset = presetOf(from, to, today, extent ?? null);
    choose(preset ? { preset } : { from, to });
  };
  const shownTyped = typed?.clientId === clientId ? typed : null;
  const fromText = shownTyped?.from ?? period?.from ?? '';
  const toText = shownTyped?.to ?? period?.to ?? '';
  return {
    period,
    fromText,
    toText,
    errors: shownTyped ? periodErrors(shownTyped.from, shownTyped.to) : {},
    preset: choice && 'preset' in choice ? choice.preset : period ? presetOf(period.from, period.to, today, extent ?? null) : null,
    choosePreset: (preset) => choose({ preset }),
    // While a typed period is not valid, the last valid one stays on screen.
    type: (from, to) => {
      if (isDay(from) && isDay(to) && to >= from) choosePeriod({ from, to });
      else setTyped({ clientId, from, to });
    },
    choose: choosePeriod,
  };
};
