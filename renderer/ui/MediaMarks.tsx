import { useLayoutEffect, useRef } from 'react';
import { Film, Layers, TriangleAlert } from 'lucide-react';
import { takeImage } from './thumbPool';
import type { TFunction } from 'i18next';
import { isVideoKind } from '../../shared/media/sniff';
import { missingAlt, type MediaItem } from '../../shared/model/media';
import { useFoundPreview, usePreview, useThumbnail } from '../db/mediaHooks';
import './mediaMarks.css';

/**
 * A post's pictures on its card, agenda row and Up next row (issue 18): the first item's thumbnail,
 * small and cropped, and marks for a carousel's count, a video and missing alt text.
 * The thumbnail is decorative (alt=""): the post's title names the card. The marks' words go in the
 * card's or row's label (mediaLabel), which replaces its content for screen readers; the marks
 * themselves are hidden from them, so the words are never heard twice.
 */

export type MediaSummary = { first: MediaItem; count: number; video: boolean; missing: number };

/** What the marks show, or null for a post without media. */
export const mediaSummary = (media: readonly MediaItem[] | undefined): MediaSummary | null => {
  const list = media ?? [];
  const first = list[0];
  if (!first) return null;
  return { first, count: list.length, video: list.some((item) => isVideoKind(item.kind)), missing: missingAlt(list) };
};

/**
 * PERF: a month's cards ask for a few distinct labels, each ~70 times on a switch, and i18next's plural
 * lookups cost ~15 µs a call: with `language` given (the cards'), each label is made once per language.
 */
const labels = new Map<string, string>();

/** The marks in words for a label (", carousel of 3, video, 2 without alt text"), '' without media. */
export const mediaLabel = (t: TFunction, media: readonly MediaItem[] | undefined, language?: string): string => {
  const summary = mediaSummary(media);
  if (!summary) return '';
  if (language === undefined) return describe(t, summary);
  const key = `${language}|${summary.count}|${summary.video}|${summary.missing}`;
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = describe(t, summary)));
  return label;
};

const describe = (t: TFunction, summary: MediaSummary): string => {
  const parts: string[] = [];
  if (summary.count > 1) parts.push(t('mediaMarks.carousel', { count: summary.count }));
  // A single video is said as "video" alone, not "with a picture or video, video".
  if (summary.video) parts.push(t('mediaMarks.video'));
  else if (summary.count === 1) parts.push(t('mediaMarks.one'));
  if (summary.missing > 0) parts.push(t('mediaMarks.missingAlt', { count: summary.missing }));
  return `, ${parts.join(', ')}`;
};

/**
 * The first item's thumbnail: its card-sized preview (renderer/db/previews.ts, usually read with the
 * month already: drawn in the same render as the card; an older row's preview kept on the item is
 * read first); media without one (decoded nowhere) read the stored thumbnail. An empty square while
 * loading or when there is no preview at all.
 */
export const MediaThumb = ({ item, className = '' }: { item: MediaItem; className?: string }) => {
  const found = useFoundPreview(item.hash);
  const preview = item.preview ?? found;
  // PERF: a month draws ~60 of them on a switch: made ahead (thumbPool.ts, bench/README.md eighth round).
  if (preview) return <ThumbImage src={preview} className={className} />;
  return <AwaitedThumb hash={item.hash} className={className} />;
};

/**
 * A card preview as an element made ahead when the month was read around (thumbPool.ts), moved into
 * a box that React owns (React never sees the <img>, so it never sets its source again).
 */
const ThumbImage = ({ src, className }: { src: string; className: string }) => {
  const box = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const img = takeImage(src);
    img.className = `marks-thumb ${className}`;
    box.current?.appendChild(img);
    // Back to the pool: out of the document, free for the next card that shows this picture.
    return () => img.remove();
  }, [src, className]);
  return <span ref={box} className="marks-slot" aria-hidden="true" />;
};

/** A thumbnail whose preview is not in memory: read (or known to be missing: the stored thumbnail). */
const AwaitedThumb = ({ hash, className }: { hash: string; className: string }) => {
  const preview = usePreview(hash);
  if (preview) return <ThumbImage src={preview} className={className} />;
  return preview === null ? <StoredThumb hash={hash} className={className} /> : <span className={`marks-thumb ${className}`} aria-hidden="true" />;
};

const StoredThumb = ({ hash, className }: { hash: string; className: string }) => {
  const thumb = useThumbnail(hash);
  return thumb?.url ? (
    <img className={`marks-thumb ${className}`} src={thumb.url} alt="" aria-hidden="true" decoding="async" draggable={false} />
  ) : (
    <span className={`marks-thumb ${className}`} aria-hidden="true" />
  );
};

/** Thumbnail and marks for a post; nothing for a post without media. */
export const MediaMarks = ({ media, className = '' }: { media: readonly MediaItem[] | undefined; className?: string }) => {
  const summary = mediaSummary(media);
  if (!summary) return null;
  return (
    <span className={`media-marks ${className}`} aria-hidden="true" data-media-count={summary.count}>
      <MediaThumb item={summary.first} />
      {summary.count > 1 && (
        <span className="media-mark media-mark-count">
          <Layers size={10} />
          {summary.count}
        </span>
      )}
      {summary.video && (
        <span className="media-mark media-mark-video">
          <Film size={10} />
        </span>
      )}
      {summary.missing > 0 && (
        <span className="media-mark media-mark-alt">
          <TriangleAlert size={10} />
        </span>
      )}
    </span>
  );
};
