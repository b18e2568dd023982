import { NO_APPROVAL, type Approval, type ApprovalComment, type ApprovalState } from '../../../shared/model/approval';
import type { Post } from '../../../shared/model/post';

/**
 * The post with its review moved to `state` by the team. Setting a state by hand is a decision about
 * the post as it is now, so an old "changed after review" flag goes.
 */
export const withApprovalState = (post: Post, state: ApprovalState): Post => ({
  ...post,
  approval: { ...(post.approval ?? NO_APPROVAL), state, changedAfterReview: false },
});

/** The post with an internal note added at the end of its thread (never sent to the client). */
export const withInternalNote = (post: Post, note: Omit<ApprovalComment, 'kind'>): Post => {
  const approval: Approval = post.approval ?? NO_APPROVAL;
  return { ...post, approval: { ...approval, comments: [...approval.comments, { ...note, kind: 'internal' }] } };
};
