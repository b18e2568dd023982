import { useTranslation } from 'react-i18next';
import type { SeriesScope } from './seriesEdit';

/** For a post of a series: whether Save and Delete touch this post only or it and the following ones. */
export const SeriesScopeField = ({ scope, onChange }: { scope: SeriesScope; onChange: (scope: SeriesScope) => void }) => {
  const { t } = useTranslation();
  return (
    <fieldset className="series-scope">
      <legend>{t('series.scope')}</legend>
      <label className="checkbox">
        <input type="radio" name="series-scope" checked={scope === 'one'} onChange={() => onChange('one')} />
        <span>{t('series.scopeOne')}</span>
      </label>
      <label className="checkbox">
        <input type="radio" name="series-scope" checked={scope === 'following'} onChange={() => onChange('following')} />
        <span>{t('series.scopeFollowing')}</span>
      </label>
    </fieldset>
  );
};
