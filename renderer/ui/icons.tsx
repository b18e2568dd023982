import {
  Aperture,
  BrainCircuit,
  ChartColumn,
  ChartPie,
  CircleDashed,
  Clapperboard,
  Flame,
  GalleryHorizontal,
  GraduationCap,
  Image,
  Laugh,
  MessageCircleQuestionMark,
  Newspaper,
  Quote,
  Radio,
  Repeat2,
  Trophy,
  Type,
  Video,
  type LucideIcon,
} from 'lucide-react';
import { FORMAT_IDS, type FormatId } from '../../shared/model/formats';
import type { Channel } from '../../shared/model/enums';

const FORMAT_ICONS: Record<FormatId, LucideIcon> = {
  text: Type,
  image: Image,
  carousel: GalleryHorizontal,
  video: Video,
  short_video: Clapperboard,
  story: CircleDashed,
  live: Radio,
  infographic: ChartPie,
  article: Newspaper,
  tutorial: GraduationCap,
  testimonial: Quote,
  behind_the_scenes: Aperture,
  quiz: BrainCircuit,
  poll: ChartColumn,
  contest: Trophy,
  challenge: Flame,
  question: MessageCircleQuestionMark,
  ugc_repost: Repeat2,
  meme: Laugh,
};

export const FormatIcon = ({ format, size = 14 }: { format: FormatId; size?: number }) => {
  const Icon = FORMAT_ICONS[format];
  return <Icon size={size} strokeWidth={2} aria-hidden="true" focusable="false" />;
};

/**
 * Every format's icon once, as SVG symbols, for FormatGlyph. Mounted once, at the app's root.
 * PERF: a month draws a hundred cards or more; each lucide icon is an <svg> with several paths built
 * by React, while a glyph is an <svg> with one <use>, the same drawing.
 */
export const FormatSprite = () => (
  <svg className="icon-sprite" aria-hidden="true" focusable="false">
    <defs>
      {FORMAT_IDS.map((format) => {
        const Icon = FORMAT_ICONS[format];
        return (
          <symbol key={format} id={`format-icon-${format}`} viewBox="0 0 24 24">
            <Icon size={24} strokeWidth={2} />
          </symbol>
        );
      })}
    </defs>
  </svg>
);

/** A format's icon drawn from FormatSprite (which must be mounted): for the calendar's cards. */
export const FormatGlyph = ({ format, size = 14 }: { format: FormatId; size?: number }) => (
  <svg className="format-glyph" width={size} height={size} aria-hidden="true" focusable="false">
    <use href={`#format-icon-${format}`} />
  </svg>
);

// Brand logos are trademarks and icon sets no longer ship them; a short monogram reads just as fast.
const CHANNEL_SHORT: Record<Channel, string> = {
  instagram: 'IG',
  facebook: 'FB',
  linkedin: 'in',
  tiktok: 'TT',
  x: 'X',
  youtube: 'YT',
  pinterest: 'Pin',
  threads: 'Th',
  bluesky: 'Bs',
  blog: 'Blog',
  newsletter: 'NL',
};

export const ChannelBadge = ({ channel }: { channel: Channel }) => (
  <span className={`channel-badge channel-${channel}`} aria-hidden="true">
    {CHANNEL_SHORT[channel]}
  </span>
);
