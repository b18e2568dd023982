import type { TFunction } from 'i18next';
import { NO_PILLAR, type FilterList, type PillarChoice } from '../../../shared/filters';

/**
 * How one chosen value reads, in the menu and in the "filters are on" banner. A pillar reads by its
 * name among `pillars` (a key no longer offered reads as itself, folded).
 */
export const filterValueLabel = (t: TFunction, key: FilterList, value: string, pillars: readonly PillarChoice[] = []): string => {
  switch (key) {
    case 'pillars':
      return value === NO_PILLAR ? t('filters.pillar_none') : (pillars.find((p) => p.key === value)?.name ?? value);
    case 'channels':
      return t(`channel.${value}`);
    case 'formats':
      return t(`format.${value}`);
    case 'tones':
      return t(`tone.${value}`);
    case 'intents':
      return t(`intent.${value}`);
    case 'statuses':
      return t(`status.${value}`);
    case 'approval':
      return t(`filters.approval_${value}`);
    case 'participation':
      return t(`filters.participation_${value}`);
    case 'participationSources':
      return t(`filters.participationSource_${value}`);
    case 'tags':
      return `#${value}`;
  }
};
