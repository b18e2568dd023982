import { z } from 'zod';
import { PublishedAtSchema } from './published';

/**
 * A post's review by the client (issue 17): where it stands, and the thread of comments.
 * - 'none': not sent for review; 'review': waiting for the client; 'approved'; 'changes': the client
 *   asked for changes.
 * - `changedAfterReview`: the client answered about an older version of the post (edited after the
 *   review pack was made): their approval is not taken as approval of what is there now.
 * - Comments are the client's (`kind: 'client'`, from a decisions file) or the team's own notes
 *   (`kind: 'internal'`), which never go into a review pack.
 * TRAP: optional on Post (like publishedAt): read it as `post.approval ?? NO_APPROVAL`.
 */
export const APPROVAL_STATES = ['none', 'review', 'approved', 'changes'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export const MAX_COMMENT = 5000;
export const MAX_COMMENTS = 500;

export const ApprovalCommentSchema = z.object({
  id: z.string().min(1).max(100),
  author: z.string().trim().min(1, { error: 'errors.commentAuthorRequired' }).max(80, { error: 'errors.commentAuthorTooLong' }),
  /** When it was written (an ISO instant). */
  at: PublishedAtSchema,
  text: z.string().trim().min(1, { error: 'errors.commentRequired' }).max(MAX_COMMENT, { error: 'errors.commentTooLong' }),
  kind: z.enum(['client', 'internal']),
});
export type ApprovalComment = z.infer<typeof ApprovalCommentSchema>;

export const ApprovalSchema = z.object({
  state: z.enum(APPROVAL_STATES),
  changedAfterReview: z.boolean(),
  comments: z.array(ApprovalCommentSchema).max(MAX_COMMENTS),
});
export type Approval = z.infer<typeof ApprovalSchema>;

export const NO_APPROVAL: Approval = { state: 'none', changedAfterReview: false, comments: [] };

/** A client's "approval required" setting: a post not approved `daysBefore` days before its day is a guard warning. */
export const ApprovalSettingsSchema = z.object({
  required: z.boolean(),
  daysBefore: z.number().int().min(0, { error: 'errors.approvalDaysInvalid' }).max(60, { error: 'errors.approvalDaysInvalid' }),
});
export type ApprovalSettings = z.infer<typeof ApprovalSettingsSchema>;

export const DEFAULT_APPROVAL_SETTINGS: ApprovalSettings = { required: false, daysBefore: 3 };

/** A client's stored setting, field by field, with the defaults for what is missing or bad. */
export const resolveApprovalSettings = (stored: unknown): ApprovalSettings => {
  const fields = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const required = ApprovalSettingsSchema.shape.required.safeParse(fields.required);
  const days = ApprovalSettingsSchema.shape.daysBefore.safeParse(fields.daysBefore);
  return {
    required: required.success ? required.data : DEFAULT_APPROVAL_SETTINGS.required,
    daysBefore: days.success ? days.data : DEFAULT_APPROVAL_SETTINGS.daysBefore,
  };
};
