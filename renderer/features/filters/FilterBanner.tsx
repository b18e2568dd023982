import { useTranslation } from 'react-i18next';
import { EMPTY_FILTER, FILTER_LISTS, isFilterActive, type PillarChoice, type PostFilter } from '../../../shared/filters';
import { filterValueLabel } from './filterLabels';
import './filters.css';

type Props = { filter: PostFilter; pillars?: readonly PillarChoice[]; onChange: (filter: PostFilter) => void };

/**
 * Says that posts are hidden and by what ("Invites participation: Yes · Channel: Instagram"), so a
 * calendar that looks empty is never a mystery, with one button to show everything again.
 */
export const FilterBanner = ({ filter, pillars = [], onChange }: Props) => {
  const { t } = useTranslation();
  if (!isFilterActive(filter)) return null;
  const parts = FILTER_LISTS.filter((key) => filter[key].length > 0).map(
    (key) => `${t(`filters.${key}`)}${t('filters.colon')}${filter[key].map((v) => filterValueLabel(t, key, v, pillars)).join(', ')}`,
  );
  const text = filter.text.trim();
  if (text) parts.push(t('filters.searchPart', { text }));
  return (
    <div className="banner banner-info filter-banner">
      <p>
        {t('filters.active')} <span className="filter-banner-parts">{parts.join(' · ')}</span>
      </p>
      <button type="button" className="ghost-button" onClick={() => onChange(EMPTY_FILTER)}>
        {t('filters.showAll')}
      </button>
    </div>
  );
};
