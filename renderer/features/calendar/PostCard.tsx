import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/model/post';
import { ChannelBadge, FormatIcon } from '../../ui/icons';

type Props = { post: Post; onOpen: (id: string) => void; showDate?: boolean };

/** A post as a compact card: time, format icon, title, channel; tone as its colour, status as a mark. */
export const PostCard = ({ post, onOpen }: Props) => {
  const { t } = useTranslation();
  const label = t('card.label', {
    title: post.title,
    time: post.time ?? t('card.allDay'),
    channel: t(`channel.${post.channel}`),
    format: t(`format.${post.format}`),
    tone: t(`tone.${post.tone}`),
    status: t(`status.${post.status}`),
  });
  return (
    <button
      type="button"
      className={`post-card tone-${post.tone} status-${post.status}`}
      aria-label={label}
      title={label}
      data-post-id={post.id}
      onClick={(event) => {
        event.stopPropagation();
        onOpen(post.id);
      }}
    >
      <span className="post-status" aria-hidden="true" />
      {post.time && <span className="post-time">{post.time}</span>}
      <span className="post-format">
        <FormatIcon format={post.format} size={13} />
      </span>
      <span className="post-title">{post.title}</span>
      <ChannelBadge channel={post.channel} />
    </button>
  );
};
