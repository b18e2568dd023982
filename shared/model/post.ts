import { z } from 'zod';
import { isDay, isTime } from '../dates';
import { CHANNELS, INTENTS, STATUSES, TONES } from './enums';
import { FORMAT_IDS } from './formats';
import { SeriesRuleSchema } from '../series/rule';
import { LiveUrlSchema, PublishedAtSchema } from './published';
import { ApprovalSchema } from './approval';
import { MediaListSchema } from './media';

/**
 * A post, as stored. Error messages are i18n keys (`errors.*`): shared/ knows no language, the
 * renderer translates them next to the field.
 */
export const DaySchema = z
  .string({ error: 'errors.dateRequired' })
  .min(1, { error: 'errors.dateRequired' })
  .refine(isDay, { error: 'errors.dateInvalid' });

export const TimeSchema = z.string().refine(isTime, { error: 'errors.timeInvalid' });

/** Instagram's and TikTok's comment limit (2,200), the tightest of the networks that take a first comment. */
export const MAX_FIRST_COMMENT = 2200;

export const TagSchema = z.string().trim().min(1).max(40);

const postFields = {
  clientId: z.string().min(1),
  title: z
    .string()
    .trim()
    .min(1, { error: 'errors.titleRequired' })
    .max(200, { error: 'errors.titleTooLong' }),
  caption: z.string().max(5000, { error: 'errors.captionTooLong' }),
  date: DaySchema.nullable(),
  time: TimeSchema.nullable(),
  channel: z.enum(CHANNELS, { error: 'errors.channelRequired' }),
  format: z.enum(FORMAT_IDS, { error: 'errors.formatRequired' }),
  tone: z.enum(TONES),
  intent: z.enum(INTENTS),
  invitesParticipation: z.boolean(),
  /**
   * Whether `intent` / `invitesParticipation` follow what Cadence detects in the caption ('auto') or
   * were set by the user ('user'), whose choice always wins. Rows written before detection existed
   * were set by hand, hence the 'user' default: stored choices are never re-guessed.
   */
  intentSource: z.enum(['auto', 'user']).default('user'),
  participationSource: z.enum(['auto', 'user']).default('user'),
  status: z.enum(STATUSES),
  tags: z.array(TagSchema).max(30),
  /**
   * The series this post is an occurrence of: every occurrence is a real post (so the guard, exports
   * and search see it) carrying the series' id, rule and first day, for "this and following" edits.
   */
  series: z
    .object({ id: z.string().min(1).max(100), rule: SeriesRuleSchema, start: DaySchema })
    .nullable()
    .default(null),
  /** Position in the client's backlog of ideas: a fractional key, so a move rewrites one row only. */
  order: z.string().max(200).nullable().default(null),
  notes: z.string().max(10000, { error: 'errors.notesTooLong' }),
  /**
   * Text posted as the first comment once the post is out (hashtags kept out of the caption, a link
   * LinkedIn would demote in the body). Copied on its own by the publish helper.
   * TRAP: optional, not defaulted (like publishedAt below): a default would make every Post literal
   * (planner drafts, imports, tests) spell it out. Read it as `post.firstComment ?? ''`.
   */
  firstComment: z.string().max(MAX_FIRST_COMMENT, { error: 'errors.firstCommentTooLong' }).optional(),
  /**
   * Pictures and videos, in carousel order (shared/model/media.ts). Optional like firstComment: read
   * it as `post.media ?? []`.
   */
  media: MediaListSchema.optional(),
  /** The id of one of the client's content pillars (shared/model/pillars.ts), or none. */
  pillar: z.string().min(1).max(40).nullable().default(null),
  /**
   * A backlog idea that may be used again: the planner proposes it once `everyWeeks` weeks have
   * passed since `lastUsed` (the day of the last post made from it; null: never used).
   */
  evergreen: z
    .object({ everyWeeks: z.number().int().min(1, { error: 'errors.evergreenWeeks' }).max(104, { error: 'errors.evergreenWeeks' }), lastUsed: DaySchema.nullable() })
    .nullable()
    .default(null),
};

// Only ideas may wait without a day (they live in the backlog); anything further along has one.
const needsDate = (p: { status: string; date: string | null }) => p.status === 'idea' || p.date !== null;
const needsDateIssue = { error: 'errors.dateRequired', path: ['date'] };

/** What the editor submits: every field a user sets, nothing the store owns. */
export const PostInputSchema = z.object(postFields).refine(needsDate, needsDateIssue);
export type PostInput = z.infer<typeof PostInputSchema>;
/** What a caller may pass in: the sources may be left out (they default to 'user'). */
export type PostInputDraft = z.input<typeof PostInputSchema>;

export const PostSchema = z
  .object({
    id: z.string().min(1),
    ...postFields,
    /**
     * When the post went out (an ISO instant, set by Mark published, editable) and the link to it
     * live (https), used to match imported results by link. Missing or null: not recorded.
     * TRAP: owned by the publish actions (renderer/features/upNext/), not the editor's form, so they are
     * NOT in PostInput: an edit (`{ ...post, ...input }`) keeps them. They are optional, not defaulted:
     * a default would make every Post built from a PostInput (editor, planner, imports) need them.
     * Read them as `post.publishedAt ?? null`.
     */
    publishedAt: PublishedAtSchema.nullable().optional(),
    liveUrl: LiveUrlSchema.nullable().optional(),
    /** The client's review (shared/model/approval.ts); missing: never sent. Read as `post.approval ?? NO_APPROVAL`. */
    approval: ApprovalSchema.optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .refine(needsDate, needsDateIssue);
export type Post = z.infer<typeof PostSchema>;

/** Fields a user edits, keyed for the editor's error map. */
export type PostField = keyof PostInput;

/** Field → first error key, for showing each message next to its field. */
export const fieldErrors = (error: z.ZodError): Partial<Record<string, string>> => {
  const out: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
};
