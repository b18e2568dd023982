import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Filter } from 'lucide-react';
import { EMPTY_FILTER, type PostFilter } from '../../../shared/filters';
import { CHANNELS, INTENTS, STATUSES, TONES } from '../../../shared/model/enums';
import { FORMAT_IDS } from '../../../shared/model/formats';

type Props = { filter: PostFilter; tags: readonly string[]; onChange: (filter: PostFilter) => void };

type ListKey = Exclude<keyof PostFilter, 'text'>;

/** Narrows every view by channel, format, tone, intent, status and tag; the count shows on the button. */
export const FilterMenu = ({ filter, tags, onChange }: Props) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const active = (['channels', 'formats', 'tones', 'intents', 'statuses', 'tags'] as const).reduce((n, k) => n + filter[k].length, 0);

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (event: PointerEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const toggle = <K extends ListKey>(key: K, value: PostFilter[K][number]) => {
    const list = filter[key] as string[];
    const next = list.includes(value as string) ? list.filter((v) => v !== value) : [...list, value];
    onChange({ ...filter, [key]: next });
  };

  const group = <K extends ListKey>(key: K, values: readonly PostFilter[K][number][], label: (v: string) => string) => (
    <fieldset className="filter-group">
      <legend>{t(`filters.${key}`)}</legend>
      <div className="filter-options">
        {values.map((value) => (
          <label key={value} className="chip-check">
            <input type="checkbox" checked={(filter[key] as string[]).includes(value as string)} onChange={() => toggle(key, value)} />
            <span>{label(value as string)}</span>
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
          {group('channels', CHANNELS, (v) => t(`channel.${v}`))}
          {group('formats', FORMAT_IDS, (v) => t(`format.${v}`))}
          {group('tones', TONES, (v) => t(`tone.${v}`))}
          {group('intents', INTENTS, (v) => t(`intent.${v}`))}
          {group('statuses', STATUSES, (v) => t(`status.${v}`))}
          {tags.length > 0 && group('tags', tags, (v) => `#${v}`)}
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
