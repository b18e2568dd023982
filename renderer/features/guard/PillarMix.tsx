import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import type { GuardRules } from '../../../shared/analysis/rules';
import { monthToDate, type Month } from '../../../shared/dates';
import type { Pillar } from '../../../shared/model/pillars';
import type { Post } from '../../../shared/model/post';
import { dateLocale } from '../../i18n/i18n';
import { pillarMonthMix } from './pillarMix';
import './pillarMix.css';

type Props = { posts: readonly Post[]; pillars: readonly Pillar[]; rules: GuardRules; month: Month };

const pct = (share: number) => Math.round(share * 100);

/**
 * The month's mix of content pillars: per pillar its share of the posts with a pillar against its
 * target ("Tips 35% · target 40%"), a bar with the target and its tolerance band marked, and an arrow
 * and the danger colour when outside the band (what the pillar-drift rule warns about).
 */
export const PillarMix = ({ posts, pillars, rules, month }: Props) => {
  const { t, i18n } = useTranslation();
  const mix = useMemo(() => pillarMonthMix(posts, pillars, month, rules), [posts, pillars, month, rules]);
  const tolerance = pct(mix.tolerance);
  const title = t('guard.pillarMixTitle', { month: format(monthToDate(month), 'MMMM yyyy', { locale: dateLocale(i18n.language) }) });
  return (
    <section className="pillar-mix" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {mix.shares.map(({ pillar, count, share, off }) => {
          const values = { name: pillar.name, share: pct(share), target: pct(pillar.target), n: count, total: mix.tagged, tolerance };
          const label = `${t('guard.pillarMixLabel', values)}${off ? `, ${t('guard.pillarMixOff')}` : ''}`;
          const low = Math.max(0, pillar.target - mix.tolerance);
          const high = Math.min(1, pillar.target + mix.tolerance);
          return (
            <li key={pillar.id} className={`pillar-mix-row ${off ? 'pillar-mix-off' : ''}`} aria-label={label} title={label}>
              <span className="pillar-mix-name" aria-hidden="true">
                <i style={{ backgroundColor: pillar.color }} />
                {pillar.name}
              </span>
              <span className="pillar-mix-value" aria-hidden="true">
                {t('guard.pillarMixValue', values)}
                {off && <b className="pillar-mix-arrow">{off === 'up' ? '↑' : '↓'}</b>}
              </span>
              <span className="pillar-mix-bar" aria-hidden="true">
                <span className="pillar-mix-band" style={{ left: `${low * 100}%`, width: `${(high - low) * 100}%` }} />
                <span className="pillar-mix-fill" style={{ width: `${share * 100}%`, backgroundColor: pillar.color }} />
                <span className="pillar-mix-target" style={{ left: `${pillar.target * 100}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
      {mix.tagged === 0 ? (
        <p className="field-hint">{t('guard.pillarMixNone')}</p>
      ) : (
        !mix.judged && rules['pillar-drift'].enabled && <p className="field-hint">{t('guard.pillarMixFew', { count: mix.tagged, min: mix.minPosts })}</p>
      )}
    </section>
  );
};
