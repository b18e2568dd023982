import { forwardRef, memo, useContext, useLayoutEffect, useMemo, useRef, type ButtonHTMLAttributes, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { useLiteTranslation } from '../../i18n/useLiteTranslation';
import type { Post } from '../../../shared/model/post';
import { ChannelBadge, FormatGlyph } from '../../ui/icons';
import { usePostMenu } from './PostMenuContext';
import { useInStreak } from '../guard/GuardContext';
import { usePillarIndex } from '../filters/pillarIndex';
import './postCardPillar.css';
import { Megaphone } from 'lucide-react';
import { ApprovalMark, approvalLabelKey } from '../../ui/ApprovalMark';
import { MediaMarks, mediaLabel } from '../../ui/MediaMarks';
import { CardThumbsContext, useFileDrop } from './useFileDrop';

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

// The card's sentence per language, with a marker (a private-use character) where each value goes.
// PERF: i18next's interpolation for every card new to the screen was a tenth of a month switch; the
// values now go in with one replace. The translations have no escaping to do (escapeValue: false).
const CARD_FIELDS = ['title', 'time', 'channel', 'format', 'tone', 'status'] as const;
const MARKERS = /[\uE000-\uE005]/g;
const cardTemplates = new Map<string, string>();
const cardLabel = (language: string, t: (key: string, options: Record<string, string>) => string, values: readonly string[]): string => {
  let template = cardTemplates.get(language);
  if (template === undefined) {
    template = t('card.label', Object.fromEntries(CARD_FIELDS.map((field, i) => [field, String.fromCharCode(0xe000 + i)])));
    cardTemplates.set(language, template);
  }
  return template.replace(MARKERS, (marker) => values[marker.charCodeAt(0) - 0xe000] ?? '');
};

type ViewProps = { post: Post; dragging?: boolean; clientColor?: string } & ButtonHTMLAttributes<HTMLButtonElement>;

/** What a card shows of its post: a card whose post changed elsewhere (caption, tags…) draws the same. */
const SHOWN = ['id', 'title', 'time', 'channel', 'format', 'tone', 'status', 'pillar'] as const;

const mediaKey = (media: Post['media']): string => (media ?? []).map((m) => `${m.hash}${m.kind}${m.alt.trim() ? '' : '!'}`).join();

/** Props equal but for the post object, which may be a fresh copy of the same post (PERF). */
const sameCard = (a: ViewProps, b: ViewProps): boolean => {
  const keys = Object.keys(a) as (keyof ViewProps)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (key === 'post') {
      for (const field of SHOWN) if (a.post[field] !== b.post[field]) return false;
      // The review shows as a mark: its state and flag, not the comments' identity (a fresh read copies them).
      if (a.post.approval?.state !== b.post.approval?.state) return false;
      if (a.post.approval?.changedAfterReview !== b.post.approval?.changedAfterReview) return false;
      // Media: the same list or lists alike in what the marks show (hash, kind, alt empty or not).
      if (a.post.media !== b.post.media && mediaKey(a.post.media) !== mediaKey(b.post.media)) return false;
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
  const { t, language } = useLiteTranslation();
  const inStreak = useInStreak(post.id);
  // A pillar of the post's own client; an id the client no longer has is no pillar (no mark).
  const found = usePillarIndex().get(post.pillar ?? '');
  const pillar = found && found.clientId === post.clientId ? found : undefined;
  // PERF: the names of channels, formats, tones and statuses are looked up once per language, not
  // six times per card per render (i18next's t() was a third of a month's render).
  const name = (key: string) => cachedT(language, key, t);
  // PERF: the label, interpolated by i18next, was most of a card's render; the same card (a month
  // switch back, a fresh read) asks for the same label, so it is kept per language and content.
  const labelKey = `${language}\u0000${post.title}\u0000${post.time ?? ''}\u0000${post.channel}\u0000${post.format}\u0000${post.tone}\u0000${post.status}`;
  let base = labels.get(labelKey);
  if (base === undefined) {
    base = cardLabel(language, t, [
      post.title,
      post.time ?? name('card.allDay'),
      name(`channel.${post.channel}`),
      name(`format.${post.format}`),
      name(`tone.${post.tone}`),
      name(`status.${post.status}`),
    ]);
    if (labels.size > 5000) labels.clear();
    labels.set(labelKey, base);
  }
  const approvalKey = approvalLabelKey(post.approval);
  const withApproval = approvalKey ? `${base}, ${name(approvalKey)}` : base;
  const withPillar = pillar ? `${withApproval}, ${t('card.pillar', { name: pillar.name })}` : withApproval;
  const withStreak = inStreak ? `${withPillar}, ${t('guard.inStreak')}` : withPillar;
  const label = post.media?.length ? `${withStreak}${mediaLabel(t, post.media, language)}` : withStreak;
  const thumbs = useContext(CardThumbsContext);
  return (
    <button
      ref={ref}
      type="button"
      className={`post-card tone-${post.tone} status-${post.status} ${pillar ? 'post-card-pillar' : ''} ${dragging ? 'post-card-dragging' : ''} ${className ?? ''}`}
      style={pillar ? ({ '--pillar': pillar.color } as CSSProperties) : undefined}
      aria-label={label}
      title={label}
      data-post-id={post.id}
      {...rest}
    >
      {/* The network and streak marks come first so a comfortable card can float them to the top
          right of its first line, the title flowing around; a compact card orders them last (CSS). */}
      <ChannelBadge channel={post.channel} />
      {inStreak && (
        <span className="post-streak" aria-hidden="true">
          <Megaphone size={11} />
        </span>
      )}
      {clientColor && <span className="post-client" style={{ backgroundColor: clientColor }} aria-hidden="true" />}
      {thumbs && <MediaMarks media={post.media} />}
      <span className="post-status" aria-hidden="true" />
      <ApprovalMark approval={post.approval} />
      {post.time && <span className="post-time">{post.time}</span>}
      <span className="post-format">
        <FormatGlyph format={post.format} size={13} />
      </span>
      <span className="post-title">{post.title}</span>
    </button>
  );
}), sameCard);

type Props = {
  post: Post;
  onOpen: (id: string) => void;
  draggable?: boolean;
  clientColor?: string;
  /** False keeps the card out of the Tab order (the month's days other than the focused one, see useGridKeys). */
  tabbable?: boolean;
};

/** A card on the calendar: click (or Enter) opens it; drag it, or Space then arrows, to move it. */
export const PostCard = ({ post, onOpen, draggable = true, clientColor, tabbable = true }: Props) => {
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
  const readPost = useMemo(() => () => latest.current.post, []);
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
  const files = useFileDrop(readPost);
  return (
    <PostCardView
      ref={setNodeRef}
      post={post}
      clientColor={clientColor}
      className={isDragging ? 'post-card-placeholder' : files.over ? 'post-card-file-over' : undefined}
      {...(draggable ? attributes : {})}
      {...(draggable ? listeners : {})}
      // dnd-kit's role/tabIndex would override the button's own; keep it a plain button.
      role={undefined}
      tabIndex={tabbable ? 0 : -1}
      {...handlers}
      {...files.handlers}
    />
  );
};
