/**
 * The Insights period: presets, the posts a period leaves out, and the period remembered per client.
 * Pure.
 *
 * TRAP: "Last 3 months" and the other calendar presets end TODAY, so a post marked published on a
 * later day (a mistake, or a client in another zone) falls outside them without a word. The default
 * is therefore 'all' (every post the report counts, however far it reaches), and any other period
 * says how many counted posts it leaves out (outsideOf) with a one-click widening (includeAll).
 */
import { isDay, monthOf, shiftMonth, type Day } from '../../../shared/dates';

export const PERIOD_PRESETS = ['all', 'last3', 'last6', 'year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type Period = { from: Day; to: Day };

/** The first and last day of the posts the report counts; null when there is none. */
export type Extent = { first: Day; last: Day } | null;

/** A period as remembered: a preset (relative to the day it is opened on) or two fixed days. */
export type PeriodChoice = { preset: PeriodPreset } | Period;

export const DEFAULT_CHOICE: PeriodChoice = { preset: 'all' };

/**
 * Whole calendar months up to today, so the month-by-month trend has no cut first month: the last
 * 3 months on 24 November are 1 September to 24 November; "this year" starts on 1 January. 'all'
 * runs from the first month holding a counted post to today or the last counted post, whichever is
 * later (the last 3 months when nothing counts yet).
 */
export const presetRange = (preset: PeriodPreset, today: Day, extent: Extent = null): Period => {
  const month = monthOf(today);
  switch (preset) {
    case 'all':
      if (!extent) return presetRange('last3', today);
      return { from: `${monthOf(extent.first < today ? extent.first : today)}-01`, to: extent.last > today ? extent.last : today };
    case 'last3':
      return { from: `${shiftMonth(month, -2)}-01`, to: today };
    case 'last6':
      return { from: `${shiftMonth(month, -5)}-01`, to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
};

/** The preset a range is, if any ('all' first: it may coincide with another). */
export const presetOf = (from: Day, to: Day, today: Day, extent: Extent = null): PeriodPreset | null =>
  PERIOD_PRESETS.find((p) => {
    const range = presetRange(p, today, extent);
    return range.from === from && range.to === to;
  }) ?? null;

/** The days a choice stands for today. */
export const rangeOf = (choice: PeriodChoice, today: Day, extent: Extent): Period =>
  'preset' in choice ? presetRange(choice.preset, today, extent) : { from: choice.from, to: choice.to };

/** The first and last of some days (counted posts' days), or null. */
export const extentOf = (days: Iterable<Day>): Extent => {
  let first: Day | null = null;
  let last: Day | null = null;
  for (const day of days) {
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  return first !== null && last !== null ? { first, last } : null;
};

/** How many of `days` lie outside the period, their first and last, and the period widened to take them all in. */
export const outsideOf = (days: readonly Day[], period: Period): { count: number; extent: Extent; widened: Period } => {
  const outside = days.filter((d) => d < period.from || d > period.to);
  const extent = extentOf(outside);
  return {
    count: outside.length,
    extent,
    widened: extent
      ? { from: extent.first < period.from ? extent.first : period.from, to: extent.last > period.to ? extent.last : period.to }
      : period,
  };
};

/** Field → i18n key of what is wrong with a typed period; empty when it is fine. */
export const periodErrors = (from: string, to: string): { from?: string; to?: string } => {
  if (!isDay(from)) return { from: 'insights.period.invalid' };
  if (!isDay(to)) return { to: 'insights.period.invalid' };
  if (to < from) return { to: 'insights.period.reversed' };
  return {};
};

/**
 * A client's remembered period from the stored settings value (settings.insightsPeriods), read
 * defensively: a backup from an older or newer build, or a hand-edited one, may hold anything there;
 * whatever does not read as a period is ignored (null), never an error.
 */
export const storedChoice = (stored: unknown, clientId: string): PeriodChoice | null => {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return null;
  const value = (stored as Record<string, unknown>)[clientId];
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.preset === 'string' && (PERIOD_PRESETS as readonly string[]).includes(v.preset)) return { preset: v.preset as PeriodPreset };
  if (typeof v.from === 'string' && typeof v.to === 'string' && isDay(v.from) && isDay(v.to) && v.from <= v.to) return { from: v.from, to: v.to };
  return null;
};
