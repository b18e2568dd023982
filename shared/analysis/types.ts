import type { Channel, Intent, WeekStart } from '../model/enums';
import type { FormatId } from '../model/formats';
import type { Post } from '../model/post';
import type { Day } from '../dates';
import type { GuardRules } from './rules';

/** A message in both UI languages: shared/ knows no locale, the caller picks. */
export type Bilingual = { en: string; fr: string };

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Ordered as the settings screen lists them; also the tie-breaker when warnings are sorted. */
export const RULE_IDS = [
  'promo-streak',
  'promo-share',
  'no-participation-week',
  'format-repeat',
  'playful-range',
  'channel-frequency',
  'pillar-drift',
  'caption-limit',
  'approval-due',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * What the guard reads of a post. Posts whose `date` is null (backlog ideas) are ignored. The caption
 * and first comment are optional (planner proposals have none): only the caption-limit rule reads them.
 */
export type AnalysisPost = Pick<
  Post,
  'id' | 'date' | 'time' | 'channel' | 'format' | 'tone' | 'intent' | 'invitesParticipation' | 'title' | 'status'
> & { pillar?: string | null; caption?: string; firstComment?: string; approval?: Post['approval'] };

/** The mix of one week or one calendar month. Shares are fractions (0–1), and 0 when `total` is 0. */
export type PeriodMix = {
  start: Day;
  end: Day;
  total: number;
  serious: number;
  playful: number;
  playfulShare: number;
  promotional: number;
  promotionalShare: number;
  /** Posts that invite participation: flagged so, or of a format that does by nature (poll, quiz…). */
  inviting: number;
  invitingShare: number;
  /** Every format, intent and channel is present, 0 when absent (a fixed shape is cheaper to build). */
  byFormat: Record<FormatId, number>;
  byIntent: Record<Intent, number>;
  byChannel: Record<Channel, number>;
};

/**
 * A one-click fix. Every fix proposed by `analyze` has been checked to remove its warning without
 * creating another warning of the same rule (other rules may still react: moving a post changes a
 * week's mix). Apply it with `applyFix` so the UI, the CLI and the tests change posts the same way.
 *
 * - move: the post gets `toDate`; its time is kept.
 * - swap: the two posts exchange their dates; each keeps its own time.
 * - make-question: the post should end its caption with a real question to the audience; `applyFix`
 *   models the outcome (`invitesParticipation: true`, format, tone and intent kept, so no format repeat
 *   is created). The app opens the editor with a suggested question instead of setting the flag: the
 *   flag alone changes nothing for readers, and would skew Insights' participation lift.
 */
export type Fix =
  | { kind: 'move'; postId: string; toDate: Day; reason: Bilingual }
  | { kind: 'swap'; postIdA: string; postIdB: string; reason: Bilingual }
  | { kind: 'make-question'; postId: string; reason: Bilingual };

export type Warning = {
  /**
   * Stable across runs and input orders: the rule id with what it concerns (the first and last post
   * and the length of a run; the posts of a day; the period).
   */
  id: string;
  ruleId: RuleId;
  severity: Severity;
  /** In calendar order (date, then time with untimed first, then id). */
  postIds: string[];
  period?: { from: Day; to: Day };
  /**
   * Written when first read: read `message.en` / `message.fr` (or JSON.stringify the warning); a
   * structuredClone or spread copy of the message itself comes out empty (see LazyText).
   */
  message: Bilingual;
  fix?: Fix;
};

export type Analysis = {
  weeks: PeriodMix[];
  months: PeriodMix[];
  /** Ordered by their first post, then rule, then id. */
  warnings: Warning[];
  /** Posts in a returned promotional-streak warning, in calendar order (for badges). */
  streakPostIds: string[];
};

export type AnalyzeOptions = {
  rules: GuardRules;
  weekStartsOn: WeekStart;
  /** Limit the weeks and months reported and the warnings returned; see `analyze`. */
  from?: Day;
  to?: Day;
  /**
   * The client's today. When given, fixes never move a post to a day before it, and never touch a
   * post dated before it. Published posts are never touched either way.
   */
  today?: Day;
  /** How well each format did for this client (higher is better): ranks which post a fix changes. */
  formatScores?: Partial<Record<FormatId, number>>;
  /** Measured lift per format as a fraction (0.42 = +42%): quoted in fix reasons; ranks when no scores. */
  formatLift?: Partial<Record<FormatId, number>>;
  /** The client's content pillars (resolvePillars): the pillar-drift rule reads their targets. */
  pillars?: readonly PillarTarget[];
  /** The client has X Premium (Client.xPremium): the caption-limit rule allows X's longer posts. */
  xPremium?: boolean;
  /** The client requires approval (resolveApprovalSettings, `required` on): how many days before a post's day. */
  approval?: { daysBefore: number };
};

/** What the guard reads of a pillar. */
export type PillarTarget = { id: string; name: string; target: number };
