/**
 * The shapes Insights returns: plain objects of numbers and counts (no Map, no class), so the UI can
 * render tables and charts from them and tests can compare them whole. See lift.ts for the rules.
 */
import type { Day, Month } from '../dates';
import type { Channel, Intent, Tone } from '../model/enums';
import type { FormatId } from '../model/formats';
import type { Post } from '../model/post';
import type { ResultSnapshot, SnapshotLabel } from '../model/results';
import type { EngagementRate, Rate } from './metrics';
import type { LiftEstimate, LiftOptions } from './stats';

export type InsightPost = Pick<
  Post,
  'id' | 'clientId' | 'date' | 'channel' | 'format' | 'tone' | 'intent' | 'invitesParticipation' | 'status'
> &
  Partial<Pick<Post, 'participationSource'>>;

export type InsightSnapshot = Pick<
  ResultSnapshot,
  | 'id'
  | 'postId'
  | 'takenAt'
  | 'label'
  | 'reach'
  | 'impressions'
  | 'reactions'
  | 'comments'
  | 'shares'
  | 'saves'
  | 'repliesByTeam'
  | 'firstReplyMinutes'
> & { updatedAt?: string };

export type InsightOptions = LiftOptions & {
  clientId?: string;
  /** Only these channels; undefined or empty for all. */
  channels?: readonly Channel[];
  /** First and last day (yyyy-MM-dd, inclusive) of the period, on the post's day. */
  from?: Day;
  to?: Day;
  /** Use each post's latest snapshot with this label instead of its latest snapshot. */
  label?: SnapshotLabel;
};

/** One published post in scope, with what its snapshot says. */
export type InsightSample = {
  post: InsightPost;
  inviting: boolean;
  /** The snapshot used, or null when the post has none (with the label, when one was asked). */
  snapshotId: string | null;
  rate: EngagementRate | null;
  coverage: Rate | null;
  firstReplyMinutes: number | null;
};

export type Group = {
  /** Published posts in the group. */
  posts: number;
  /** Of those, with a usable engagement rate: the n behind the mean. */
  n: number;
  /** Mean of their per-post engagement rates (fractions); null when n is 0. */
  mean: number | null;
  /** Left out: no snapshot. */
  noResults: number;
  /** Left out: a snapshot without a usable reach or impressions. */
  noReach: number;
};

/** `group` against `rest`; lift = mean(group) / mean(rest) - 1 (see stats.ts). */
export type Comparison = { group: Group; rest: Group } & LiftEstimate;
export type Breakdown<K extends string> = ({ key: K } & Comparison)[];

export type UgcInsight = {
  published: number;
  ugc: number;
  /** ugc ÷ published; null when nothing was published. */
  share: number | null;
  /** UGC reposts (group) against every other published post (rest). */
  comparison: Comparison;
};

export type ReplyInsight = {
  /** Posts with a snapshot. */
  withResults: number;
  /** Of those, with comments: the posts the coverage is the mean over. */
  withComments: number;
  /** Mean of per-post reply coverage (each post counts once, see metrics.ts); null without comments. */
  coverage: number | null;
  /** Posts with comments and no reply from the team. */
  unanswered: number;
  /** Posts whose time to first reply was noted. */
  timed: number;
  medianFirstReplyMinutes: number | null;
};

/** One calendar month of the post's day: inviting posts (group) against the others (rest). */
export type MonthInsight = { month: Month; posts: number } & Comparison;

export type Insights = {
  /** Published posts in scope, those with a snapshot, and those with a usable rate. */
  posts: number;
  withResults: number;
  usable: number;
  /** How many usable rates are on reach and how many on impressions (see results.ts). */
  basis: { reach: number; impressions: number };
  /** Inviting posts (group) against the others (rest). */
  participation: Comparison;
  /**
   * Of the posts in `participation.group` and `.rest`, those whose flag was set by hand rather than
   * detected in the caption (participationSource 'user'); formats that invite by nature are not
   * counted, their flag does not decide. Shown next to the lift: a hand-set flag is a claim, not a reading.
   */
  setByHand: { inviting: number; others: number };
  byFormat: Breakdown<FormatId>;
  byTone: Breakdown<Tone>;
  byIntent: Breakdown<Intent>;
  ugc: UgcInsight;
  replies: ReplyInsight;
  months: MonthInsight[];
};
