import { useTranslation } from 'react-i18next';
import { engagementRate, replyCoverage } from '../../../shared/insights/metrics';
import type { ResultCounts } from '../../../shared/model/results';
import { formatCount, formatMinutes, formatRate } from './format';

/**
 * A post's figures from one snapshot: engagement rate and reply coverage, each with its formula and
 * the numbers that went into it (so "4.0%" can be checked by hand), and the time to the first reply.
 */
export const PostFigures = ({ counts }: { counts: ResultCounts }) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (value: number) => formatCount(value, lang);
  const rate = engagementRate(counts);
  const coverage = replyCoverage(counts);
  const basis = rate.basis ?? 'reach';
  const denominator = basis === 'reach' ? counts.reach : counts.impressions;
  return (
    <dl className="results-figures">
      <div className="results-figure">
        <dt>{t('results.figures.engagementRate')}</dt>
        <dd>
          <strong>{rate.value === null ? t('results.figures.noRate') : formatRate(rate.value, lang)}</strong>
          <span className="results-formula">
            {t(`results.figures.engagementFormula_${basis}`)}
            {' = '}
            {t('results.figures.engagementNumbers', {
              reactions: n(counts.reactions),
              comments: n(counts.comments),
              shares: n(counts.shares),
              saves: n(counts.saves),
              denominator: denominator === null ? '—' : n(denominator),
            })}
          </span>
        </dd>
      </div>
      <div className="results-figure">
        <dt>{t('results.figures.replyCoverage')}</dt>
        <dd>
          <strong>{coverage.value === null ? t('results.figures.noComments') : formatRate(coverage.value, lang, 0)}</strong>
          <span className="results-formula">
            {t('results.figures.coverageFormula', { replies: n(counts.repliesByTeam), comments: n(counts.comments) })}
          </span>
        </dd>
      </div>
      <div className="results-figure">
        <dt>{t('results.figures.firstReply')}</dt>
        <dd>
          <strong>{counts.firstReplyMinutes === null ? t('results.figures.notNoted') : formatMinutes(counts.firstReplyMinutes, t)}</strong>
        </dd>
      </div>
    </dl>
  );
};
