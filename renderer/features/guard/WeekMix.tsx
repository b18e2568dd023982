import { useLiteTranslation } from '../../i18n/useLiteTranslation';
import type { PeriodMix } from '../../../shared/analysis/types';
import { useGuardData } from './GuardContext';

const pct = (share: number) => Math.round(share * 100);
const mixLabels = new Map<string, string>();

/**
 * A week's balance at a glance, beside its row: the playful share against the target band, and the
 * promotional share against its ceiling. Red when outside; the numbers are in the label and the tooltip.
 */
export const WeekMix = ({ weekStart }: { weekStart: string }) => {
  const { t, language } = useLiteTranslation();
  const guard = useGuardData();
  const mix: PeriodMix | undefined = guard?.weeks.get(weekStart);
  if (!guard) return null;
  const playful = guard.rules['playful-range'];
  const promo = guard.rules['promo-share'];
  if (!mix || mix.total === 0) {
    return (
      <div className="week-mix week-mix-empty" role="cell" aria-label={t('guard.mixEmpty')}>
        –
      </div>
    );
  }
  const playfulOut = playful.enabled && mix.total >= playful.minPosts && (mix.playfulShare < playful.min || mix.playfulShare > playful.max);
  const promoOut = promo.enabled && mix.promotionalShare > promo.maxShare;
  const values = {
    playful: pct(mix.playfulShare),
    min: pct(playful.min),
    max: pct(playful.max),
    promo: pct(mix.promotionalShare),
    ceiling: pct(promo.maxShare),
    count: mix.total, // picks the plural form: 1 post, 2 posts
  };
  // PERF: the same few sentences come back week after week; i18next's interpolation runs once each.
  const key = `${language}|${values.playful}|${values.min}|${values.max}|${values.promo}|${values.ceiling}|${values.count}`;
  let label = mixLabels.get(key);
  if (label === undefined) {
    label = t('guard.mixLabel', values);
    if (mixLabels.size > 2000) mixLabels.clear();
    mixLabels.set(key, label);
  }
  return (
    <div className="week-mix" role="cell" aria-label={label} title={label}>
      <div className={`mix-bar ${playfulOut ? 'mix-out' : ''}`}>
        <span className="mix-band" style={{ bottom: `${playful.min * 100}%`, height: `${(playful.max - playful.min) * 100}%` }} />
        <span className="mix-fill mix-playful" style={{ height: `${mix.playfulShare * 100}%` }} />
      </div>
      <div className={`mix-bar ${promoOut ? 'mix-out' : ''}`}>
        <span className="mix-ceiling" style={{ bottom: `${promo.maxShare * 100}%` }} />
        <span className="mix-fill mix-promo" style={{ height: `${mix.promotionalShare * 100}%` }} />
      </div>
      <span className="mix-numbers" aria-hidden="true">
        {pct(mix.playfulShare)}%<br />
        {pct(mix.promotionalShare)}%
      </span>
    </div>
  );
};
