import { forwardRef, memo, useLayoutEffect, useMemo, useRef, type ButtonHTMLAttributes, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraggable } from '@dnd-kit/core';
import type { Post } from '../../../shared/model/post';
import { ChannelBadge, FormatGlyph } from '../../ui/icons';
import { usePostMenu } from '../postMenu/PostMenuContext';
import { useInStreak } from '../guard/GuardContext';
import { Megaphone } from 'lucide-react';

const names = new Map<string, string>();
const labels = new Map<string, string>();
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

/** What a card shows of its post: a card whose post changed elsewhere (caption, tags…) draws the same. */
const SHOWN = ['id', 'title', 'time', 'channel', 'format', 'tone', 'status'] as const;

/** Props equal but for the post object, which may be a fresh copy of the same post (PERF). */
const sameCard = (a: ViewProps, b: ViewProps): boolean => {
  const keys = Object.keys(a) as (keyof ViewProps)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (key === 'post') {
      for (const field of SHOWN) if (a.post[field] !== b.post[field]) return false;
    } else if (a[key] !== b[key]) return false;
  }
  return true;
};

/**
 * A post as a compact card: time, format icon, title, channel; tone as its colour, status as a mark.
 * Memoised (PERF, see bench/README.md): a drag's start and end, or a fresh read of the same posts,
 * re-render the calendar's cards; only the cards whose content changed draw again.
 */
export const PostCardView = memo(forwardRef<HTMLButtonElement, ViewProps>(function PostCardView(
  { post, dragging = false, clientColor, className, ...rest },
  ref,
) {
  const { t, i18n } = useTranslation();
  const inStreak = useInStreak(post.id);
  // PERF: the names of channels, formats, tones and statuses are looked up once per language, not
  // six times per card per render (i18next's t() was a third of a month's render).
  const name = (key: string) => cachedT(i18n.language, key, t);
  // PERF: the label, interpolated by i18next, was most of a card's render; the same card (a month
  // switch back, a fresh read) asks for the same label, so it is kept per language and content.
  const labelKey = `${i18n.language}\u0000${post.title}\u0000${post.time ?? ''}\u0000${post.channel}\u0000${post.format}\u0000${post.tone}\u0000${post.status}`;
  let base = labels.get(labelKey);
  if (base === undefined) {
    base = t('card.label', {
      title: post.title,
      time: post.time ?? name('card.allDay'),
      channel: name(`channel.${post.channel}`),
      format: name(`format.${post.format}`),
      tone: name(`tone.${post.tone}`),
      status: name(`status.${post.status}`),
    });
    if (labels.size > 5000) labels.clear();
    labels.set(labelKey, base);
  }
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
        <FormatGlyph format={post.format} size={13} />
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
}), sameCard);

type Props = { post: Post; onOpen: (id: string) => void; draggable?: boolean; clientColor?: string };

/** A card on the calendar: click (or Enter) opens it; drag it, or Space then arrows, to move it. */
export const PostCard = ({ post, onOpen, draggable = true, clientColor }: Props) => {
  const menu = usePostMenu();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: post.id,
    data: { post, day: post.date },
    disabled: !draggable,
  });
  // Handlers that never change, reading the latest post: the memoised view is not redrawn for them.
  const latest = useRef({ post, onOpen, menu });
  useLayoutEffect(() => {
    latest.current = { post, onOpen, menu };
  });
  const handlers = useMemo(
    () => ({
      onClick: (event: MouseEvent<HTMLButtonElement>) => {
        event.stopPropagation();
        latest.current.onOpen(latest.current.post.id);
      },
      // Space picks the card up; its keyup must not also "click" (open) it.
      onKeyUp: (event: KeyboardEvent<HTMLButtonElement>) => {
        if (event.code === 'Space') event.preventDefault();
      },
      // The post's menu: right click, the Menu key or Shift+F10, as in any desktop app.
      onContextMenu: (event: MouseEvent<HTMLButtonElement>) => {
        const { menu: current, post: shown } = latest.current;
        if (!current) return;
        event.preventDefault();
        current.open(shown, event.currentTarget.getBoundingClientRect());
      },
      onKeyDownCapture: (event: KeyboardEvent<HTMLButtonElement>) => {
        const { menu: current, post: shown } = latest.current;
        if (current && (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10'))) {
          event.preventDefault();
          event.stopPropagation();
          current.open(shown, event.currentTarget.getBoundingClientRect());
        }
      },
    }),
    [],
  );
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
      {...handlers}
    />
  );
};
