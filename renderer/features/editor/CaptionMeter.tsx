import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/model/enums';
import { captionReport } from '../../../shared/publishing/count';

type Props = {
  text: string;
  channel: Channel;
  xPremium: boolean;
  /** 'comment': the first comment, which has no "… more" fold of its own worth showing. */
  kind: 'caption' | 'comment';
};

// Enough of the text on each side of a cut to recognise where it is.
const AROUND = 24;

const tail = (text: string, end: number) => (end > AROUND ? '…' : '') + text.slice(Math.max(0, end - AROUND), end).replace(/\s+/gu, ' ').trimEnd();

/**
 * The caption's length as its network counts it, against the network's limit (shared/publishing), with
 * where the feed folds it behind "… more" and where the network would cut it. Counting runs on each
 * keystroke: a caption is short, and count.ts segments long ones in pieces.
 */
export const CaptionMeter = ({ text, channel, xPremium, kind }: Props) => {
  const { t, i18n } = useTranslation();
  const report = useMemo(() => captionReport(text, channel, { xPremium }), [text, channel, xPremium]);
  if (report.max === null && report.foldAt === null && report.maxHashtags === null) return null;
  const n = (value: number) => value.toLocaleString(i18n.language);
  const network = t(`channel.${channel}`);
  const unit = (count: number) => t(`caption.unit.${report.rule === 'utf8' ? 'bytes' : 'chars'}`, { count });
  // X, Threads and Mastodon count some things apart (links, emoji): said once, after the count.
  const note = ['x-weighted', 'threads', 'mastodon'].includes(report.rule) ? ` ${t(`caption.note.${report.rule}`)}` : '';
  const over = report.over > 0;
  const tooManyTags = report.problems.includes('too-many-hashtags');
  const tooManyMentions = report.problems.includes('too-many-mentions');
  return (
    <div className={`caption-meter ${over || tooManyTags || tooManyMentions ? 'caption-meter-over' : ''}`}>
      <p className="caption-meter-line">
        <span>
          {report.max === null
            ? t('caption.countNoMax', { network, value: n(report.count), unit: unit(report.count) }) + note
            : t('caption.count', { network, value: n(report.count), max: n(report.max), unit: unit(report.max) }) + note}
        </span>
        {report.maxHashtags !== null && (
          <span className={tooManyTags ? 'caption-meter-bad' : undefined}>{t('caption.hashtags', { count: report.hashtags, max: report.maxHashtags })}</span>
        )}
        {report.maxMentions !== null && report.mentions > 0 && (
          <span className={tooManyMentions ? 'caption-meter-bad' : undefined}>{t('caption.mentions', { count: report.mentions, max: report.maxMentions })}</span>
        )}
      </p>
      {(over || tooManyTags || tooManyMentions) && (
        <p className="caption-meter-problem" role="status">
          {over && report.limitAt !== null && t(kind === 'caption' ? 'caption.over' : 'caption.commentOver', { network, over: n(report.over), unit: unit(report.over), last: tail(text, report.limitAt) })}
          {tooManyTags && ` ${t('caption.tooManyHashtags', { network, count: report.hashtags, max: report.maxHashtags })}`}
          {tooManyMentions && ` ${t('caption.tooManyMentions', { network, count: report.mentions, max: report.maxMentions })}`}
        </p>
      )}
      {kind === 'caption' && report.foldAt !== null && (
        <p className="caption-meter-fold">
          {t('caption.fold', { network })} <q>{tail(text, report.foldAt)}</q> <span className="caption-meter-more">{t('caption.more')}</span>
        </p>
      )}
    </div>
  );
};
