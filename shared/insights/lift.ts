/**
 * Insights: does inviting the audience pay off for this client? Every function takes plain arrays
 * (posts, result snapshots) and returns plain objects of numbers and counts, for tables, a chart and
 * screen readers alike. The statistics themselves (lift, interval, verdict) are in stats.ts.
 *
 * TRAP (which posts count): the posts of the client, channels and period asked (by the post's own
 * calendar day, inclusive) that were published: status 'published', or any result logged for them
 * (numbers prove a post went out even when its status was not updated). Ideas without a day never
 * count. A post's rate comes from its LATEST snapshot, or its latest with `label` when one is given:
 * mixing a 24-hour reading with a 28-day one flatters the older posts, so pass a label to compare
 * like with like.
 * TRAP (excluded posts): a published post without a snapshot, or whose snapshot has no usable reach,
 * is left out of the means and counted (`noResults`, `noReach`): a mean over 3 posts must not pass for
 * a mean over 30.
 * TRAP (what "inviting" means): flagged `invitesParticipation`, or of a format that invites by nature
 * (poll, quiz, contest, challenge, question, UGC repost, live), exactly as the guard counts it.
 * Breakdowns (format, tone, intent) compare each value's posts with ALL OTHER posts in scope, not
 * with the overall mean: the overall mean contains the group itself, so the two would not be
 * independent samples and the interval would be wrong.
 */
import { monthOf, shiftMonth, type Month } from '../dates';
import { INTENTS, TONES, type Intent, type Tone } from '../model/enums';
import { FORMAT_IDS, FORMATS, type FormatId } from '../model/formats';
import { latestByPost } from '../model/results';
import { engagementRate, replyCoverage } from './metrics';
import { liftOfMeans, mean, median, type LiftOptions } from './stats';
import type {
  Breakdown,
  Comparison,
  Group,
  InsightOptions,
  InsightPost,
  InsightSample,
  InsightSnapshot,
  Insights,
  MonthInsight,
  ReplyInsight,
  UgcInsight,
} from './types';

export type * from './types';

export const isInviting = (post: Pick<InsightPost, 'format' | 'invitesParticipation'>): boolean =>
  post.invitesParticipation || FORMATS[post.format]?.invitesByNature === true;

const inScope = (post: InsightPost, options: InsightOptions): boolean =>
  post.date !== null &&
  (options.clientId === undefined || post.clientId === options.clientId) &&
  (options.channels === undefined || options.channels.length === 0 || options.channels.includes(post.channel)) &&
  (options.from === undefined || post.date >= options.from) &&
  (options.to === undefined || post.date <= options.to);

/** The published posts in scope with their rates, in calendar order (day, then id). */
export const insightSamples = (
  posts: readonly InsightPost[],
  snapshots: readonly InsightSnapshot[],
  options: InsightOptions = {},
): InsightSample[] => {
  const anyResult = new Set(snapshots.map((s) => s.postId));
  const chosen = latestByPost(snapshots, options.label);
  return posts
    .filter((p) => inScope(p, options) && (p.status === 'published' || anyResult.has(p.id)))
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((post) => {
      const snapshot = chosen.get(post.id);
      return {
        post,
        inviting: isInviting(post),
        snapshotId: snapshot?.id ?? null,
        rate: snapshot ? engagementRate(snapshot) : null,
        coverage: snapshot ? replyCoverage(snapshot) : null,
        firstReplyMinutes: snapshot?.firstReplyMinutes ?? null,
      };
    });
};

const groupOf = (samples: readonly InsightSample[]): { group: Group; rates: number[] } => {
  const rates: number[] = [];
  let noResults = 0;
  let noReach = 0;
  for (const s of samples) {
    if (s.rate === null) noResults += 1;
    else if (s.rate.value === null) noReach += 1;
    else rates.push(s.rate.value);
  }
  return { group: { posts: samples.length, n: rates.length, mean: mean(rates), noResults, noReach }, rates };
};

const compareSamples = (
  samples: readonly InsightSample[],
  inGroup: (s: InsightSample) => boolean,
  options: LiftOptions,
): Comparison => {
  const a = groupOf(samples.filter(inGroup));
  const b = groupOf(samples.filter((s) => !inGroup(s)));
  return { group: a.group, rest: b.group, ...liftOfMeans(a.rates, b.rates, options) };
};

const breakdown = <K extends string>(
  samples: readonly InsightSample[],
  keys: readonly K[],
  keyOf: (post: InsightPost) => K,
  options: LiftOptions,
): Breakdown<K> =>
  keys
    .filter((key) => samples.some((s) => keyOf(s.post) === key))
    .map((key) => ({ key, ...compareSamples(samples, (s) => keyOf(s.post) === key, options) }));

const replyInsight = (samples: readonly InsightSample[]): ReplyInsight => {
  const withResults = samples.filter((s) => s.rate !== null);
  const coverages = withResults.flatMap((s) => (s.coverage?.value == null ? [] : [s.coverage.value]));
  const minutes = withResults.flatMap((s) => (s.firstReplyMinutes === null ? [] : [s.firstReplyMinutes]));
  return {
    withResults: withResults.length,
    withComments: coverages.length,
    coverage: mean(coverages),
    unanswered: coverages.filter((c) => c === 0).length,
    timed: minutes.length,
    medianFirstReplyMinutes: median(minutes),
  };
};

const ugcInsight = (samples: readonly InsightSample[], options: LiftOptions): UgcInsight => {
  const ugc = samples.filter((s) => s.post.format === 'ugc_repost').length;
  return {
    published: samples.length,
    ugc,
    share: samples.length === 0 ? null : ugc / samples.length,
    comparison: compareSamples(samples, (s) => s.post.format === 'ugc_repost', options),
  };
};

// Guards against a typo'd period ('2026-01-01' to '9999-12-31') building a table of 95,000 months.
const MAX_MONTHS = 240;

const monthlyFromSamples = (samples: readonly InsightSample[], options: InsightOptions): MonthInsight[] => {
  const first = options.from !== undefined ? monthOf(options.from) : samples[0] && monthOf(samples[0].post.date!);
  const last = options.to !== undefined ? monthOf(options.to) : samples.at(-1) && monthOf(samples.at(-1)!.post.date!);
  if (first === undefined || last === undefined) return [];
  const byMonth = new Map<Month, InsightSample[]>();
  for (const s of samples) {
    const month = monthOf(s.post.date!);
    const list = byMonth.get(month);
    if (list) list.push(s);
    else byMonth.set(month, [s]);
  }
  const months: MonthInsight[] = [];
  for (let m = first; m <= last && months.length < MAX_MONTHS; m = shiftMonth(m, 1)) {
    const those = byMonth.get(m) ?? [];
    months.push({ month: m, posts: those.length, ...compareSamples(those, (s) => s.inviting, options) });
  }
  return months;
};

const setByHandOf = (samples: readonly InsightSample[]): Insights['setByHand'] => {
  const byHand = samples.filter((s) => s.post.participationSource === 'user' && FORMATS[s.post.format]?.invitesByNature !== true);
  return { inviting: byHand.filter((s) => s.inviting).length, others: byHand.filter((s) => !s.inviting).length };
};

/** Everything the Insights screen shows, from one pass over the posts in scope. */
export const insights = (
  posts: readonly InsightPost[],
  snapshots: readonly InsightSnapshot[],
  options: InsightOptions = {},
): Insights => {
  const samples = insightSamples(posts, snapshots, options);
  const usable = samples.filter((s) => s.rate?.value != null);
  return {
    posts: samples.length,
    withResults: samples.filter((s) => s.rate !== null).length,
    usable: usable.length,
    basis: {
      reach: usable.filter((s) => s.rate?.basis === 'reach').length,
      impressions: usable.filter((s) => s.rate?.basis === 'impressions').length,
    },
    participation: compareSamples(samples, (s) => s.inviting, options),
    setByHand: setByHandOf(samples),
    byFormat: breakdown(samples, FORMAT_IDS, (p) => p.format, options),
    byTone: breakdown(samples, TONES, (p) => p.tone, options),
    byIntent: breakdown(samples, INTENTS, (p) => p.intent, options),
    ugc: ugcInsight(samples, options),
    replies: replyInsight(samples),
    months: monthlyFromSamples(samples, options),
  };
};

type Query = [posts: readonly InsightPost[], snapshots: readonly InsightSnapshot[], options?: InsightOptions];

/** Inviting posts (group) against the others (rest). */
export const participationLift = (...[posts, snapshots, options = {}]: Query): Comparison =>
  compareSamples(insightSamples(posts, snapshots, options), (s) => s.inviting, options);

/** Each format present against all other formats. */
export const liftByFormat = (...[posts, snapshots, options = {}]: Query): Breakdown<FormatId> =>
  breakdown(insightSamples(posts, snapshots, options), FORMAT_IDS, (p) => p.format, options);

export const liftByTone = (...[posts, snapshots, options = {}]: Query): Breakdown<Tone> =>
  breakdown(insightSamples(posts, snapshots, options), TONES, (p) => p.tone, options);

export const liftByIntent = (...[posts, snapshots, options = {}]: Query): Breakdown<Intent> =>
  breakdown(insightSamples(posts, snapshots, options), INTENTS, (p) => p.intent, options);

export const ugcShare = (...[posts, snapshots, options = {}]: Query): UgcInsight =>
  ugcInsight(insightSamples(posts, snapshots, options), options);

export const replyStats = (...[posts, snapshots, options = {}]: Query): ReplyInsight =>
  replyInsight(insightSamples(posts, snapshots, options));

/** Month by month, from `from` to `to` when given (empty months included), else first to last post. */
export const monthlyTrend = (...[posts, snapshots, options = {}]: Query): MonthInsight[] =>
  monthlyFromSamples(insightSamples(posts, snapshots, options), options);

/**
 * Format → lift over the client's other formats (0.42 = +42%), for the guard's suggestions ("quizzes
 * earned +42% for this client"). Only formats with enough usable posts on both sides (verdict not
 * 'too-few'); with `clearOnly`, only those whose interval excludes 0 ('higher' or 'lower').
 */
export const formatLift = (
  posts: readonly InsightPost[],
  snapshots: readonly InsightSnapshot[],
  options: InsightOptions & { clearOnly?: boolean } = {},
): Partial<Record<FormatId, number>> => {
  const out: Partial<Record<FormatId, number>> = {};
  for (const row of liftByFormat(posts, snapshots, options)) {
    if (row.lift === null || row.verdict === 'too-few') continue;
    if (options.clearOnly === true && row.verdict === 'unclear') continue;
    out[row.key] = row.lift;
  }
  return out;
};
