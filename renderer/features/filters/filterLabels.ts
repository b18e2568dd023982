import type { TFunction } from 'i18next';
import type { FilterList } from '../../../shared/filters';

/** How one chosen value reads, in the menu and in the "filters are on" banner. */
export const filterValueLabel = (t: TFunction, key: FilterList, value: string): string => {
  switch (key) {
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
    case 'participation':
      return t(`filters.participation_${value}`);
    case 'participationSources':
      return t(`filters.participationSource_${value}`);
    case 'tags':
      return `#${value}`;
  }
};
