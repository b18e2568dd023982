import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Filter } from 'lucide-react';
import {
  activeFilterCount,
  APPROVAL_FILTERS,
  EMPTY_FILTER,
  NO_PILLAR,
  PARTICIPATION,
  PARTICIPATION_SOURCES,
  type FilterList,
  type PillarChoice,
  type PostFilter,
} from '../../../shared/filters';
import { INTENTS, STATUSES, TONES, type Channel } from '../../../shared/model/enums';
import { FORMAT_IDS } from '../../../shared/model/formats';
import { filterValueLabel } from './filterLabels';
import './filters.css';

type Props = {
  filter: PostFilter;
  /** The channels offered: the client's, or the union of the clients' in All clients (channelChoices). */
  channels: readonly Channel[];
  tags: readonly string[];
  /** The content pillars offered: the client's, or one per name in All clients (pillarChoices). */
  pillars?: readonly PillarChoice[];
  onChange: (filter: PostFilter) => void;
};

/**
 * Narrows every view by participation (and who decided it), channel, content pillar, format, tone,
 * intent, status, client review and tag; the count of chosen values shows on the button.
 */
export const FilterMenu = ({ filter, channels, tags, pillars = [], onChange }: Props) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const active = activeFilterCount(filter);

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (event: PointerEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const toggle = <K extends FilterList>(key: K, value: PostFilter[K][number]) => {
    const list = filter[key] as string[];
    const next = list.includes(value as string) ? list.filter((v) => v !== value) : [...list, value];
    onChange({ ...filter, [key]: next });
  };

  const group = <K extends FilterList>(key: K, values: readonly PostFilter[K][number][]) => (
    <fieldset className={`filter-group filter-group-${key}`}>
      <legend>{t(`filters.${key}`)}</legend>
      <div className="filter-options">
        {values.map((value) => (
          <label key={value} className="chip-check">
            <input type="checkbox" checked={(filter[key] as string[]).includes(value as string)} onChange={() => toggle(key, value)} />
            <span>
              {key === 'pillars' && value !== NO_PILLAR && (
                <i className="filter-pillar-dot" style={{ backgroundColor: pillars.find((p) => p.key === value)?.color }} aria-hidden="true" />
              )}
              {filterValueLabel(t, key, value as string, pillars)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <div className="filter-menu" ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className={`button ${active ? 'button-active' : ''}`} aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        <Filter size={15} aria-hidden="true" />
        {active ? t('filters.buttonActive', { count: active }) : t('filters.button')}
      </button>
      {open && (
        <div className="filter-panel" role="group" aria-label={t('filters.button')}>
          <div className="filter-pair">
            {group('participation', PARTICIPATION)}
            {group('participationSources', PARTICIPATION_SOURCES)}
          </div>
          {channels.length > 0 && group('channels', channels)}
          {pillars.length > 0 && group('pillars', [...pillars.map((p) => p.key), NO_PILLAR])}
          {group('formats', FORMAT_IDS)}
          <div className="filter-pair">
            {group('tones', TONES)}
            {group('intents', INTENTS)}
          </div>
          {group('statuses', STATUSES)}
          {group('approval', APPROVAL_FILTERS)}
          {tags.length > 0 && group('tags', tags)}
          <div className="filter-foot">
            <button type="button" className="ghost-button" disabled={!active} onClick={() => onChange({ ...EMPTY_FILTER, text: filter.text })}>
              {t('filters.clear')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
};
