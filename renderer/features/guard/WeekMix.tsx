import type { TFunction } from 'i18next';
import { useLiteTranslation } from '../../i18n/useLiteTranslation';
import type { PeriodMix } from '../../../shared/analysis/types';
import { useGuardData } from './GuardContext';
import './weekMix.css';

const pct = (share: number) => Math.round(share * 100);
const mixLabels = new Map<string, string>();

/** The sentence read out for a week, cached. PERF: the same few come back week after week; i18next's interpolation runs once each. */
const labelOf = (t: TFunction, language: string, values: Record<string, number>) => {
  const key = `${language}|${Object.values(values).join('|')}`;
  let label = mixLabels.get(key);
  if (label === undefined) {
    label = t('guard.mixLabel', values);
    if (mixLabels.size > 2000) mixLabels.clear();
    mixLabels.set(key, label);
  }
  return label;
};

/** ↓ under its band, ↑ over it: the figure says which way it is off, not only its colour. */
const Off = ({ dir }: { dir: 'up' | 'down' | null }) => (dir ? <span className="mix-off">{dir === 'up' ? '↑' : '↓'}</span> : null);

/**
 * A week's balance at a glance, beside its row: the playful share against the target band, and the
 * promotional share against its ceiling, each as a labelled figure with its target under a small bar
 * ("Playful 33% (30–50)", "Promo 17% (≤20)"). Red, with an arrow, when outside. The whole sentence
 * is the cell's label and tooltip.
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
  const counted = playful.enabled && mix.total >= playful.minPosts;
  const playfulOff = !counted ? null : mix.playfulShare < playful.min ? 'down' : mix.playfulShare > playful.max ? 'up' : null;
  const promoOff = promo.enabled && mix.promotionalShare > promo.maxShare ? 'up' : null;
  const values = {
    playful: pct(mix.playfulShare),
    min: pct(playful.min),
    max: pct(playful.max),
    promo: pct(mix.promotionalShare),
    ceiling: pct(promo.maxShare),
    count: mix.total, // picks the plural form: 1 post, 2 posts
  };
  const label = labelOf(t, language, values);
  return (
    <div className="week-mix" role="cell" aria-label={label} title={label}>
      <div className={`mix-figure ${playfulOff ? 'mix-out' : ''}`} aria-hidden="true">
        <span className="mix-name">{t('guard.mixPlayful')}</span>
        <span className="mix-value">
          {t('guard.mixValue', { value: values.playful })}
          <Off dir={playfulOff} />
        </span>
        <span className="mix-bar">
          <span className="mix-band" style={{ left: `${playful.min * 100}%`, width: `${(playful.max - playful.min) * 100}%` }} />
          <span className="mix-fill mix-playful" style={{ width: `${mix.playfulShare * 100}%` }} />
        </span>
        <span className="mix-target">{t('guard.mixBand', { min: values.min, max: values.max })}</span>
      </div>
      <div className={`mix-figure ${promoOff ? 'mix-out' : ''}`} aria-hidden="true">
        <span className="mix-name">{t('guard.mixPromo')}</span>
        <span className="mix-value">
          {t('guard.mixValue', { value: values.promo })}
          <Off dir={promoOff} />
        </span>
        <span className="mix-bar">
          <span className="mix-ceiling" style={{ left: `${promo.maxShare * 100}%` }} />
          <span className="mix-fill mix-promo" style={{ width: `${mix.promotionalShare * 100}%` }} />
        </span>
        <span className="mix-target">{t('guard.mixCeiling', { ceiling: values.ceiling })}</span>
      </div>
    </div>
  );
};
