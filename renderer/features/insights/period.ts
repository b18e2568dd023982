/** The Insights period: presets and checks. Pure. */
import { isDay, monthOf, shiftMonth, type Day } from '../../../shared/dates';

export const PERIOD_PRESETS = ['last3', 'last6', 'year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/**
 * Whole calendar months up to today, so the month-by-month trend has no cut first month: the last
 * 3 months on 24 November are 1 September to 24 November; "this year" starts on 1 January.
 */
export const presetRange = (preset: PeriodPreset, today: Day): { from: Day; to: Day } => {
  const month = monthOf(today);
  switch (preset) {
    case 'last3':
      return { from: `${shiftMonth(month, -2)}-01`, to: today };
    case 'last6':
      return { from: `${shiftMonth(month, -5)}-01`, to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
};

/** The preset a range is, if any. */
export const presetOf = (from: Day, to: Day, today: Day): PeriodPreset | null =>
  PERIOD_PRESETS.find((p) => {
    const range = presetRange(p, today);
    return range.from === from && range.to === to;
  }) ?? null;

/** Field → i18n key of what is wrong with a typed period; empty when it is fine. */
export const periodErrors = (from: string, to: string): { from?: string; to?: string } => {
  if (!isDay(from)) return { from: 'insights.period.invalid' };
  if (!isDay(to)) return { to: 'insights.period.invalid' };
  if (to < from) return { to: 'insights.period.reversed' };
  return {};
};
