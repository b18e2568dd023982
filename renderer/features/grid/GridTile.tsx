import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Layers, Megaphone, Play, TriangleAlert } from 'lucide-react';
import { dayToDate } from '../../../shared/dates';
import { isVideoKind } from '../../../shared/media/sniff';
import { FORMAT_IDS } from '../../../shared/model/formats';
import type { Post } from '../../../shared/model/post';
import { useThumbnail } from '../../db/mediaHooks';
import { FormatGlyph } from '../../ui/icons';
import { dateLocale } from '../../i18n/i18n';
import { tileDropId } from './gridKeys';

/** Black or white text on a pillar's colour, whichever reads better (WCAG relative luminance). */
export const inkOn = (hex: string): string => {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Whichever of pure black and white contrasts more: at worst (the crossing) about 4.58:1, so never
  // below WCAG's 4.5:1 for text. A softer near-black would fall under it on mid reds (#d04060).
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
};

// Hues for tiles without a picture or a pillar, by format: neighbouring posts of different formats
// read apart. grid.css mixes the hue into the theme's surface, so the title keeps the theme's
// text colour and its contrast in light and dark alike.
const HUES = ['#2f6fde', '#e2832d', '#16a34a', '#a855f7', '#db2777', '#0891b2', '#ca8a04', '#64748b'];
const hueOf = (format: string): string => HUES[Math.max(0, FORMAT_IDS.indexOf(format as (typeof FORMAT_IDS)[number])) % HUES.length]!;

export type TileGuard = { inStreak: boolean; warnings: readonly string[] };

type Props = {
  post: Post;
  pillarColor?: string;
  guard: TileGuard;
  /** False for published posts and an archived client: the tile can be a target but not picked up. */
  movable: boolean;
  onOpen: (id: string) => void;
  /** Shown while another tile is dragged over this one. */
  dragging?: boolean;
};

/** A tile's face: the first picture's thumbnail (or a coloured tile with the title), day and marks. */
export const GridTileFace = memo(function GridTileFace({ post, pillarColor, guard }: Pick<Props, 'post' | 'pillarColor' | 'guard'>) {
  const { t, i18n } = useTranslation();
  const media = post.media ?? [];
  const first = media[0];
  const thumb = useThumbnail(first?.hash);
  const video = first ? isVideoKind(first.kind) : false;
  const day = post.date ? format(dayToDate(post.date), 'EEE d MMM', { locale: dateLocale(i18n.language) }) : '';
  const vars: Record<string, string> = pillarColor ? { '--tile-bg': pillarColor, '--tile-ink': inkOn(pillarColor) } : { '--tile-hue': hueOf(post.format) };
  const colour = vars as CSSProperties;
  return (
    <span className={`grid-tile-face ${thumb?.url ? 'grid-tile-picture' : 'grid-tile-plain'}`} style={thumb?.url ? undefined : colour}>
      {thumb?.url ? (
        <img src={thumb.url} alt="" className="grid-tile-img" draggable={false} />
      ) : (
        <span className="grid-tile-text">
          <span className="grid-tile-format">
            <FormatGlyph format={post.format} size={13} /> {t(`format.${post.format}`)}
          </span>
          <span className="grid-tile-title">{post.title}</span>
        </span>
      )}
      <span className="grid-tile-marks" aria-hidden="true">
        {media.length > 1 && <Layers size={14} />}
        {video && <Play size={14} />}
      </span>
      <span className="grid-tile-meta">
        <span className="grid-tile-day">{post.time ? `${day} · ${post.time}` : day}</span>
        {(guard.inStreak || guard.warnings.length > 0) && (
          <span className="grid-tile-badges" aria-hidden="true">
            {guard.inStreak && <Megaphone size={12} />}
            {guard.warnings.length > 0 && (
              <>
                <TriangleAlert size={12} />
                {guard.warnings.length}
              </>
            )}
          </span>
        )}
      </span>
    </span>
  );
});

/** The tile's name for screen readers and its tooltip: title, day and time, marks, status, the guard's words. */
const useTileLabel = (post: Post, guard: TileGuard): string => {
  const { t, i18n } = useTranslation();
  const media = post.media ?? [];
  const day = post.date ? format(dayToDate(post.date), 'EEEE d MMMM', { locale: dateLocale(i18n.language) }) : '';
  const parts = [post.title, post.time ? t('dnd.atTime', { date: day, time: post.time }) : day, t(`status.${post.status}`)];
  if (media.length > 1) parts.push(t('grid.carousel', { count: media.length }));
  else if (media[0] && isVideoKind(media[0].kind)) parts.push(t('grid.video'));
  if (media.length === 0) parts.push(t('grid.noMedia'));
  if (guard.inStreak) parts.push(t('guard.inStreak'));
  parts.push(...guard.warnings);
  return parts.join(', ');
};

/** A tile of the grid: click or Enter opens the post; drag it onto another (or Space, arrows, Space) to swap their days. */
export const GridTile = ({ post, pillarColor, guard, movable, onOpen }: Props) => {
  const drag = useDraggable({ id: post.id, data: { post }, disabled: !movable });
  const drop = useDroppable({ id: tileDropId(post.id), data: { post } });
  const label = useTileLabel(post, guard);
  const setRef = (node: HTMLButtonElement | null) => {
    drag.setNodeRef(node);
    drop.setNodeRef(node);
  };
  return (
    <button
      ref={setRef}
      type="button"
      className={`grid-tile ${drag.isDragging ? 'grid-tile-placeholder' : ''} ${drop.isOver && !drag.isDragging ? 'grid-tile-over' : ''}`}
      data-post-id={post.id}
      aria-label={label}
      title={label}
      {...(movable ? drag.attributes : {})}
      {...(movable ? drag.listeners : {})}
      // dnd-kit's role/tabIndex would override the button's own; keep it a plain button.
      role={undefined}
      tabIndex={0}
      onClick={() => onOpen(post.id)}
      // Space picks the tile up; its keyup must not also "click" (open) it.
      onKeyUp={(event: KeyboardEvent<HTMLButtonElement>) => {
        if (event.code === 'Space') event.preventDefault();
      }}
    >
      <GridTileFace post={post} pillarColor={pillarColor} guard={guard} />
    </button>
  );
};
