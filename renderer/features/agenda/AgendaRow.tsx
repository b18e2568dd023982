import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { ChannelBadge, FormatIcon } from '../../ui/icons';
import { MediaMarks, mediaLabel } from '../../ui/MediaMarks';
import { firstLine } from './agendaGroups';

type Props = {
  post: Post;
  /** In the All clients agenda each row names its client (its column stays, even if the client is gone). */
  showClient: boolean;
  client: Client | undefined;
  onOpen: (id: string) => void;
  /** A planner's proposal, not a post yet: marked so, and `onOpen` shows it in the plan. */
  ghost?: boolean;
};

/**
 * One post of the agenda as a plain button (a list to read, not a board to drag on): time, client,
 * format, title with the caption's first line, channel, tone, status. Its name is the same summary as a
 * calendar card's, so a screen reader hears posts alike in every view; the caption is its description.
 */
export const AgendaRow = memo(function AgendaRow({ post, showClient, client, onOpen, ghost = false }: Props) {
  const { t } = useTranslation();
  const captionId = useId();
  const caption = firstLine(post.caption);
  const cardLabel = t('card.label', {
    title: post.title,
    time: post.time ?? t('card.allDay'),
    channel: t(`channel.${post.channel}`),
    format: t(`format.${post.format}`),
    tone: t(`tone.${post.tone}`),
    status: t(`status.${post.status}`),
  });
  // The media marks' words end the label, which replaces the row's content for screen readers (issue 18).
  const withMedia = `${cardLabel}${mediaLabel(t, post.media)}`;
  const named = showClient && client ? t('agenda.rowWithClient', { client: client.name, label: withMedia }) : withMedia;
  const label = ghost ? t('plan.ghostRow', { label: cardLabel }) : named;

  return (
    <button
      type="button"
      className={`agenda-row agenda-tone-${post.tone} status-${post.status}${showClient ? ' agenda-row-client' : ''}${ghost ? ' agenda-row-ghost' : ''}`}
      data-post-id={ghost ? undefined : post.id}
      data-proposal-id={ghost ? post.id : undefined}
      aria-label={label}
      aria-describedby={caption ? captionId : undefined}
      onClick={() => onOpen(post.id)}
    >
      <span className={`agenda-time${post.time ? '' : ' agenda-time-none'}`}>{post.time ?? t('agenda.noTime')}</span>
      {showClient && (
        <span className="agenda-client">
          {client && <span className="client-dot" style={{ backgroundColor: client.color }} aria-hidden="true" />}
          <span className="agenda-client-name">{client?.name}</span>
        </span>
      )}
      <span className="agenda-format">
        <FormatIcon format={post.format} size={14} />
        <span className="agenda-format-name">{t(`format.${post.format}`)}</span>
      </span>
      <span className={`agenda-main${post.media?.length ? ' agenda-main-media' : ''}`}>
        <MediaMarks media={post.media} />
        <span className="agenda-title">{post.title}</span>
        {caption && (
          <span className="agenda-caption" id={captionId}>
            {caption}
          </span>
        )}
      </span>
      <span className="agenda-channel">
        <ChannelBadge channel={post.channel} />
        <span className="agenda-channel-name">{t(`channel.${post.channel}`)}</span>
      </span>
      <span className="agenda-tone">{t(`tone.${post.tone}`)}</span>
      <span className="agenda-status">
        <span className="post-status" aria-hidden="true" />
        {ghost ? t('plan.proposed') : t(`status.${post.status}`)}
      </span>
    </button>
  );
});
