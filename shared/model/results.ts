/**
 * Result snapshots: how a published post did, read off the platform at one moment ("24 h after
 * publishing: reach 1,200, 48 reactions, 6 comments…"). A post may have several snapshots (24 h,
 * 7 days…); insights use the latest by `takenAt` unless told to compare one label.
 *
 * TRAP (instants): `takenAt` is an ISO datetime WITH an offset ("…Z" or "…+02:00"), so two of them
 * are compared as instants (Date.parse), never as strings: "2026-03-01T10:00:00+02:00" is earlier
 * than "2026-03-01T09:00:00Z" although it sorts after it.
 * TRAP (denominator): reach (unique accounts) is the preferred denominator; impressions (views,
 * counted again for every view) are accepted when the platform gives no reach (LinkedIn, X, TikTok's
 * "video views"). At least one of them is required, or no rate can ever be computed. Rates on
 * impressions run lower than rates on reach, so mixing channels that report different ones blurs a
 * comparison: the insights say which denominator each rate used.
 * TRAP (engagement above reach): one account can react, comment twice, share and save, so engagement
 * can legitimately exceed reach on a tiny audience. In practice it nearly always means columns were
 * swapped (reach typed into comments), so it is refused, and only when reach is given: impressions
 * count every view and are not checked.
 *
 * Error messages are i18n keys (`errors.*`) on the field concerned, as in post.ts.
 */
import { z } from 'zod';

/** When the numbers were read: 24 h / 7 days / 28 days after publishing, or any other moment. */
export const SNAPSHOT_LABELS = ['24h', '7d', '28d', 'custom'] as const;
export type SnapshotLabel = (typeof SNAPSHOT_LABELS)[number];

/** Where a snapshot came from: typed in, or imported from a platform's CSV export. */
export const SNAPSHOT_SOURCES = ['manual', 'import'] as const;
export type SnapshotSource = (typeof SNAPSHOT_SOURCES)[number];

/** The counts a snapshot holds, in the order a form or a table shows them. */
export const RESULT_COUNTS = [
  'reach',
  'impressions',
  'reactions',
  'comments',
  'shares',
  'saves',
  'clicks',
  'repliesByTeam',
] as const;
export type ResultCount = (typeof RESULT_COUNTS)[number];

const count = () =>
  z
    .number({ error: 'errors.resultNotNumber' })
    .int({ error: 'errors.resultNotInteger' })
    .nonnegative({ error: 'errors.resultNegative' });

const resultFields = {
  postId: z.string().min(1),
  takenAt: z.iso.datetime({ offset: true, error: 'errors.takenAtInvalid' }),
  label: z.enum(SNAPSHOT_LABELS).default('custom'),
  source: z.enum(SNAPSHOT_SOURCES).default('manual'),
  /** Unique accounts reached; null when the platform does not say. */
  reach: count().nullable().default(null),
  /** Views, repeats included; the denominator only when reach is null. */
  impressions: count().nullable().default(null),
  // Counts a platform does not report (saves on LinkedIn, clicks on Instagram) are 0.
  reactions: count().default(0),
  comments: count().default(0),
  shares: count().default(0),
  saves: count().default(0),
  /** Not part of engagement: few platforms report clicks, so rates would not compare across channels. */
  clicks: count().default(0),
  /**
   * Replies the team wrote under the post. Not checked against `comments`: the team may answer one
   * comment several times, and some platforms count the team's replies among the comments, others not.
   */
  repliesByTeam: count().default(0),
  /** Minutes from publishing to the team's first reply; null when nobody replied (or not noted). */
  firstReplyMinutes: count().nullable().default(null),
};

type Counts = { [K in ResultCount]: K extends 'reach' | 'impressions' ? number | null : number };

/** reactions + comments + shares + saves: what the audience did (clicks and team replies excluded). */
export const engagementOf = (s: Pick<Counts, 'reactions' | 'comments' | 'shares' | 'saves'>): number =>
  s.reactions + s.comments + s.shares + s.saves;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

// Cross-field rules. Zod still runs them when a count is negative (a non-aborting issue), so every
// comparison first checks that the values it reads are real counts: one error per cause, not two.
const crossCheck = (v: z.infer<z.ZodObject<typeof resultFields>>, ctx: z.RefinementCtx): void => {
  if (v.reach === null && v.impressions === null) {
    ctx.addIssue({ code: 'custom', message: 'errors.reachRequired', path: ['reach'] });
  }
  const parts = [v.reactions, v.comments, v.shares, v.saves];
  if (isCount(v.reach) && parts.every(isCount) && v.reach < engagementOf(v)) {
    ctx.addIssue({ code: 'custom', message: 'errors.reachBelowEngagement', path: ['reach'] });
  }
  if (v.firstReplyMinutes !== null && v.repliesByTeam === 0) {
    ctx.addIssue({ code: 'custom', message: 'errors.firstReplyWithoutReplies', path: ['firstReplyMinutes'] });
  }
};

/** What the results form (or an import) submits: everything but the ids and timestamps the store owns. */
export const ResultSnapshotInputSchema = z.object(resultFields).superRefine(crossCheck);
export type ResultSnapshotInput = z.infer<typeof ResultSnapshotInputSchema>;
/** What a caller may pass in: label, source and counts may be left out (defaults above). */
export type ResultSnapshotDraft = z.input<typeof ResultSnapshotInputSchema>;

export const ResultSnapshotSchema = z
  .object({ id: z.string().min(1), ...resultFields, createdAt: z.string(), updatedAt: z.string() })
  .superRefine(crossCheck);
export type ResultSnapshot = z.infer<typeof ResultSnapshotSchema>;

/** The counts of a snapshot, without ids and dates: what the metrics read. */
export type ResultCounts = Pick<ResultSnapshot, ResultCount | 'firstReplyMinutes'>;

/** What ordering needs of a snapshot. */
export type Dated = { id: string; takenAt: string; updatedAt?: string };

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const instant = (iso: string): number => {
  const t = Date.parse(iso);
  // An unreadable date (a row damaged by hand) sorts first, so it never hides a good snapshot.
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/**
 * Oldest first, by the instant `takenAt` names; ties (the same instant) by `updatedAt`, then id, so
 * the order never depends on the input's.
 */
export const compareSnapshots = (a: Dated, b: Dated): number => {
  const ta = instant(a.takenAt);
  const tb = instant(b.takenAt);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return cmp(a.updatedAt ?? '', b.updatedAt ?? '') || cmp(a.id, b.id);
};

/** The most recent snapshot (see compareSnapshots), or undefined for none. */
export const latestSnapshot = <T extends Dated>(snapshots: readonly T[]): T | undefined => {
  let best: T | undefined;
  for (const s of snapshots) if (best === undefined || compareSnapshots(s, best) > 0) best = s;
  return best;
};

/** One post's snapshots, oldest first. */
export const snapshotsOf = <T extends Dated & { postId: string }>(snapshots: readonly T[], postId: string): T[] =>
  snapshots.filter((s) => s.postId === postId).sort(compareSnapshots);

/**
 * Post id → its latest snapshot, or its latest snapshot with `label` when one is given (so a table
 * compares 7-day numbers with 7-day numbers, not with a 24-hour reading).
 */
export const latestByPost = <T extends Dated & { postId: string; label?: SnapshotLabel }>(
  snapshots: readonly T[],
  label?: SnapshotLabel,
): Map<string, T> => {
  const out = new Map<string, T>();
  for (const s of snapshots) {
    if (label !== undefined && s.label !== label) continue;
    const best = out.get(s.postId);
    if (best === undefined || compareSnapshots(s, best) > 0) out.set(s.postId, s);
  }
  return out;
};
