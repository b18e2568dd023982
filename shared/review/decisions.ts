import { z } from 'zod';
import { MAX_COMMENT, MAX_COMMENTS } from '../model/approval';
import { PublishedAtSchema } from '../model/published';
import { canonicalJson } from '../serializers/canonicalJson';
import { sha256 } from '../serializers/sha256';

/**
 * The decisions file a reviewer saves from a review pack (issue 17) and sends back: per post the
 * revision it showed (a fingerprint of its content, revision.ts), the decision and comments.
 * `checksum` is the SHA-256 of the canonical JSON of every other field: the pack's script computes
 * it the same way (packCrypto.ts). It tells a damaged or hand-edited file, not a forged one: it is not
 * a signature (anyone with the pack can make a valid file, and that is fine: the client could simply
 * have answered differently).
 */
export const DECISIONS_FORMAT = 'cadence-review-decisions';
export const DECISIONS_VERSION = 1;

export const MAX_REVIEWER = 80;
export const MAX_DECISION_POSTS = 2000;

const text = (max: number) => z.string().trim().min(1).max(max);

export const DecisionCommentSchema = z.object({ text: text(MAX_COMMENT), at: PublishedAtSchema });
export type DecisionComment = z.infer<typeof DecisionCommentSchema>;

export const DECISIONS = ['approved', 'changes'] as const;
export type Decision = (typeof DECISIONS)[number];

export const PostDecisionSchema = z.object({
  id: z.string().min(1).max(100),
  revision: z.string().min(1).max(100),
  decision: z.enum(DECISIONS).nullable(),
  comments: z.array(DecisionCommentSchema).max(MAX_COMMENTS),
});
export type PostDecision = z.infer<typeof PostDecisionSchema>;

/** Everything but the checksum, which is computed over exactly this. */
export const DecisionsBodySchema = z.object({
  format: z.literal(DECISIONS_FORMAT),
  version: z.literal(DECISIONS_VERSION),
  packId: z.string().min(1).max(100),
  clientId: z.string().min(1).max(100),
  reviewer: text(MAX_REVIEWER),
  savedAt: PublishedAtSchema,
  month: z.object({ comment: text(MAX_COMMENT) }).optional(),
  posts: z.array(PostDecisionSchema).max(MAX_DECISION_POSTS),
});
export type DecisionsBody = z.infer<typeof DecisionsBodySchema>;

export const DecisionsFileSchema = DecisionsBodySchema.extend({ checksum: z.string().regex(/^[0-9a-f]{64}$/) });
export type DecisionsFile = z.infer<typeof DecisionsFileSchema>;

/** The checksum of a decisions file's other fields (whatever key order they were written in). */
export const decisionsChecksum = (body: Readonly<Record<string, unknown>>): string => {
  const rest: Record<string, unknown> = { ...body };
  delete rest.checksum;
  return sha256(canonicalJson(rest));
};

/** A decisions file with its checksum: what the pack's script writes, for tests and tools. */
export const sealDecisions = (body: DecisionsBody): DecisionsFile => ({ ...body, checksum: decisionsChecksum(body) });

/**
 * The id a client comment gets in the post's thread: derived from where it came from and what it says,
 * so importing the same file twice finds the comment already there instead of adding it again.
 */
export const clientCommentId = (packId: string, postId: string, comment: DecisionComment): string =>
  `rv-${sha256(canonicalJson([packId, postId, comment.text, comment.at])).slice(0, 32)}`;
