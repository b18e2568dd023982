import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraggable } from '@dnd-kit/core';
import type { Post } from '../../../shared/model/post';
import { ChannelBadge, FormatIcon } from '../../ui/icons';
import { usePostMenu } from '../postMenu/PostMenuContext';
import { useInStreak } from '../guard/GuardContext';
import { Megaphone } from 'lucide-react';

const names = new Map<string, string>();
/** t(key) for keys without interpolation, cached per language (resources never change at run time). */
const cachedT = (language: string, key: string, t: (key: string) => string): string => {
  const cacheKey = `${language}\u0000${key}`;
  let value = names.get(cacheKey);
  if (value === undefined) {
    value = t(key);
    names.set(cacheKey, value);
  }
  return value;
};

type ViewProps = { post: Post; dragging?: boolean; clientColor?: string } & ButtonHTMLAttributes<HTMLButtonElement>;

/** A post as a compact card: time, format icon, title, channel; tone as its colour, status as a mark. */
export const PostCardView = forwardRef<HTMLButtonElement, ViewProps>(function PostCardView(
  { post, dragging = false, clientColor, className, ...rest },
  ref,
) {
  const { t, i18n } = useTranslation();
  const inStreak = useInStreak(post.id);
  // PERF: the names of channels, formats, tones and statuses are looked up once per language, not
  // six times per card per render (i18next's t() was a third of a month's render).
  const name = (key: string) => cachedT(i18n.language, key, t);
  const base = t('card.label', {
    title: post.title,
    time: post.time ?? name('card.allDay'),
    channel: name(`channel.${post.channel}`),
    format: name(`format.${post.format}`),
    tone: name(`tone.${post.tone}`),
    status: name(`status.${post.status}`),
  });
  const label = inStreak ? `${base}, ${t('guard.inStreak')}` : base;
  return (
    <button
      ref={ref}
      type="button"
      className={`post-card tone-${post.tone} status-${post.status} ${dragging ? 'post-card-dragging' : ''} ${className ?? ''}`}
      aria-label={label}
      title={label}
      data-post-id={post.id}
      {...rest}
    >
      {clientColor && <span className="post-client" style={{ backgroundColor: clientColor }} aria-hidden="true" />}
      <span className="post-status" aria-hidden="true" />
      {post.time && <span className="post-time">{post.time}</span>}
      <span className="post-format">
        <FormatIcon format={post.format} size={13} />
      </span>
      <span className="post-title">{post.title}</span>
      {inStreak && (
        <span className="post-streak" aria-hidden="true">
          <Megaphone size={11} />
        </span>
      )}
      <ChannelBadge channel={post.channel} />
    </button>
  );
});

type Props = { post: Post; onOpen: (id: string) => void; draggable?: boolean; clientColor?: string };

/** A card on the calendar: click (or Enter) opens it; drag it, or Space then arrows, to move it. */
export const PostCard = ({ post, onOpen, draggable = true, clientColor }: Props) => {
  const menu = usePostMenu();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: post.id,
    data: { post, day: post.date },
    disabled: !draggable,
  });
  return (
    <PostCardView
      ref={setNodeRef}
      post={post}
      clientColor={clientColor}
      className={isDragging ? 'post-card-placeholder' : undefined}
      {...(draggable ? attributes : {})}
      {...(draggable ? listeners : {})}
      // dnd-kit's role/tabIndex would override the button's own; keep it a plain button.
      role={undefined}
      tabIndex={0}
      onClick={(event) => {
        event.stopPropagation();
        onOpen(post.id);
      }}
      // Space picks the card up; its keyup must not also "click" (open) it.
      onKeyUp={(event) => {
        if (event.code === 'Space') event.preventDefault();
      }}
      // The post's menu: right click, the Menu key or Shift+F10, as in any desktop app.
      onContextMenu={(event) => {
        if (!menu) return;
        event.preventDefault();
        menu.open(post, event.currentTarget.getBoundingClientRect());
      }}
      onKeyDownCapture={(event) => {
        if (menu && (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10'))) {
          event.preventDefault();
          event.stopPropagation();
          menu.open(post, event.currentTarget.getBoundingClientRect());
        }
      }}
    />
  );
};
