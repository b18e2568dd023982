import { memo, useMemo } from 'react';
import { useLiteTranslation } from '../../i18n/useLiteTranslation';
import type { Post } from '../../../shared/model/post';
import { proposalToPost } from '../../../shared/planner/draft';
import type { Proposal } from '../../../shared/planner/types';
import { PostCardView } from './PostCard';

/** A proposal drawn as the card it will be once accepted. */
export const proposalAsPost = (p: Proposal): Post => proposalToPost(p, '', '');

type Props = { proposal: Proposal; tabbable: boolean; onSelect: (id: string) => void };

/**
 * A proposed post in the calendar: dashed, see-through, and not draggable (it is not a post yet).
 * Clicking it shows it in the planning panel, where it is accepted or rejected.
 */
export const GhostCard = memo(function GhostCard({ proposal, tabbable, onSelect }: Props) {
  const { t } = useLiteTranslation();
  const post = useMemo(() => proposalAsPost(proposal), [proposal]);
  const label = t('plan.ghostLabel', { title: proposal.title, time: proposal.time, channel: t(`channel.${proposal.channel}`), format: t(`format.${proposal.format}`) });
  return (
    <PostCardView
      post={post}
      className="post-card-ghost"
      aria-label={label}
      title={label}
      data-post-id={undefined}
      data-proposal-id={proposal.id}
      tabIndex={tabbable ? 0 : -1}
      onClick={(event) => {
        event.stopPropagation();
        onSelect(proposal.id);
      }}
    />
  );
});
