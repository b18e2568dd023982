import { CircleCheck, CircleAlert, Hourglass, RefreshCcw, type LucideIcon } from 'lucide-react';
import type { Approval } from '../../shared/model/approval';
import './approvalMark.css';

/**
 * A post's review as a small icon on its card (issue 17): a shape for each state, never colour alone.
 * The words are in the card's label (approvalLabelKey); the icon itself is hidden from screen readers.
 */
const ICONS: Record<'review' | 'approved' | 'changes' | 'stale', LucideIcon> = {
  review: Hourglass,
  approved: CircleCheck,
  changes: CircleAlert,
  stale: RefreshCcw,
};

const markOf = (approval: Approval | undefined): keyof typeof ICONS | null => {
  if (!approval || approval.state === 'none') return null;
  // An answer about an older version of the post: shown as such whatever the answer was.
  if (approval.changedAfterReview) return 'stale';
  return approval.state;
};

/** The i18n key of the words for the card's label, or null when the post was never sent for review. */
export const approvalLabelKey = (approval: Approval | undefined): string | null => {
  const mark = markOf(approval);
  return mark ? `approval.card.${mark}` : null;
};

export const ApprovalMark = ({ approval, size = 11 }: { approval: Approval | undefined; size?: number }) => {
  const mark = markOf(approval);
  if (!mark) return null;
  const Icon = ICONS[mark];
  return (
    <span className={`approval-mark approval-${mark}`} aria-hidden="true">
      <Icon size={size} />
    </span>
  );
};
