/**
 * What the planner learns from a client's logged results: formats, weekdays and hours that did
 * better (or worse) than the client's other posts, by the same statistics and the same minimum as
 * Insights (liftOfMeans with its default of DEFAULT_MIN_PER_GROUP usable posts in EACH group, and a
 * 95% interval that must lie wholly above or below 0: verdict 'higher' / 'lower'). Under that
 * minimum nothing is learned and the planner uses its varied mix.
 */
import type { Bilingual } from '../analysis/types';
import { dayIndex, weekdayOf } from '../analysis/prepare';
import { insightSamples, liftByFormat } from '../insights/lift';
import { liftOfMeans, type LiftEstimate } from '../insights/stats';
import type { InsightPost, InsightSnapshot } from '../insights/types';
import { FORMAT_IDS, type FormatId } from '../model/formats';
import { FORMAT_PLURALS, hourSubject, liftLine, weekdaySubject, withConsequence } from './phrases';
import type { SlotPreferences } from './slots';

export type ResultsInput = { posts: readonly (InsightPost & { time?: string | null })[]; snapshots: readonly InsightSnapshot[] };

export type Learned = {
  /** A weight multiplier per format: above 1 did better, below 1 did worse. */
  formatWeight: Partial<Record<FormatId, number>>;
  formatWhy: Partial<Record<FormatId, Bilingual>>;
  prefer: SlotPreferences;
  weekdayWhy: ReadonlyMap<number, Bilingual>;
  hourWhy: ReadonlyMap<number, Bilingual>;
  /** What the preview lists, best first. */
  messages: Bilingual[];
};

export const BETTER_WEIGHT = 3;
export const WORSE_WEIGHT = 0.3;

const NOTHING: Learned = { formatWeight: {}, formatWhy: {}, prefer: {}, weekdayWhy: new Map(), hourWhy: new Map(), messages: [] };

type Finding<K> = { key: K; lift: number; low: number; high: number; level: number; better: boolean };

const finding = <K>(key: K, e: LiftEstimate): Finding<K> | undefined =>
  (e.verdict === 'higher' || e.verdict === 'lower') && e.lift !== null && e.ci !== null
    ? { key, lift: e.lift, low: e.ci.low, high: e.ci.high, level: e.ci.level, better: e.verdict === 'higher' }
    : undefined;

const byLift = <K>(a: Finding<K>, b: Finding<K>) => b.lift - a.lift;

/** Each group (by `keyOf`) against all the other usable samples, as Insights compares a breakdown. */
const groupFindings = <K>(rated: readonly { key: K | null; rate: number }[], keys: readonly K[]): Finding<K>[] => {
  const out: Finding<K>[] = [];
  for (const key of keys) {
    const a = rated.filter((r) => r.key === key).map((r) => r.rate);
    if (a.length === 0) continue;
    const b = rated.filter((r) => r.key !== key).map((r) => r.rate);
    const f = finding(key, liftOfMeans(a, b));
    if (f !== undefined) out.push(f);
  }
  return out;
};

export const learn = (results: ResultsInput | undefined): Learned => {
  if (results === undefined || results.posts.length === 0 || results.snapshots.length === 0) return NOTHING;
  const formats = liftByFormat(results.posts, results.snapshots)
    .map((b) => finding(b.key, b))
    .filter((f): f is Finding<FormatId> => f !== undefined)
    .sort(byLift);
  const samples = insightSamples(results.posts, results.snapshots).filter((s) => s.rate?.value != null);
  const rated = samples.map((s) => {
    const d = s.post.date === null ? null : dayIndex(s.post.date);
    const time = (s.post as { time?: string | null }).time ?? null;
    const hour = time !== null && /^\d\d:\d\d$/.test(time) ? Number(time.slice(0, 2)) : null;
    return { weekday: d === null ? null : weekdayOf(d), hour, rate: s.rate?.value as number };
  });
  const weekdays = groupFindings(
    rated.map((r) => ({ key: r.weekday, rate: r.rate })),
    [0, 1, 2, 3, 4, 5, 6],
  ).sort(byLift);
  const hourRated = rated.filter((r) => r.hour !== null);
  const hours = groupFindings(
    hourRated.map((r) => ({ key: r.hour, rate: r.rate })),
    Array.from({ length: 24 }, (_, h) => h),
  ).sort(byLift);
  if (formats.length + weekdays.length + hours.length === 0) return NOTHING;

  const formatWeight: Partial<Record<FormatId, number>> = {};
  const formatWhy: Partial<Record<FormatId, Bilingual>> = {};
  const messages: Bilingual[] = [];
  for (const f of formats) {
    if (!FORMAT_IDS.includes(f.key)) continue;
    const line = liftLine(FORMAT_PLURALS[f.key], f.lift, f.low, f.high, f.level);
    formatWeight[f.key] = f.better ? BETTER_WEIGHT : WORSE_WEIGHT;
    if (f.better) formatWhy[f.key] = line;
    messages.push(withConsequence(line, f.better));
  }
  const weekdayWhy = new Map<number, Bilingual>();
  for (const f of weekdays) {
    const line = liftLine(weekdaySubject(f.key), f.lift, f.low, f.high, f.level);
    if (f.better) weekdayWhy.set(f.key, line);
    messages.push(withConsequence(line, f.better));
  }
  const hourWhy = new Map<number, Bilingual>();
  for (const f of hours) {
    const line = liftLine(hourSubject(f.key), f.lift, f.low, f.high, f.level);
    if (f.better) hourWhy.set(f.key, line);
    messages.push(withConsequence(line, f.better));
  }
  // Better ones first; worse ones rank after every other.
  const prefer: SlotPreferences = {
    weekdays: weekdays.filter((f) => f.better).map((f) => f.key),
    avoidWeekdays: weekdays.filter((f) => !f.better).map((f) => f.key),
    hours: hours.filter((f) => f.better).map((f) => f.key),
    avoidHours: hours.filter((f) => !f.better).map((f) => f.key),
  };
  return { formatWeight, formatWhy, prefer, weekdayWhy, hourWhy, messages };
};
