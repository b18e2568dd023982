import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Check, ChevronDown } from 'lucide-react';
import { canonicalZone, listZones, searchZones, type ZoneEntry } from '../../../shared/timeZones';
import './timeZone.css';

type Props = {
  value: string;
  onChange: (zone: string) => void;
  /** Set by Field: the label's target, the error or hint, the invalid state. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
};

/** The zones this runtime knows (old names included: listZones maps them). */
const runtimeZones = (): string[] => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);

export const zoneLabel = (entry: ZoneEntry): string => `${entry.id.replaceAll('_', ' ')} (${entry.offsetLabel})`;

const PAGE = 8;

/**
 * A searchable time-zone field (the ARIA 1.2 combobox pattern: an input that owns a listbox and
 * points at the highlighted option with aria-activedescendant, so focus never leaves the input).
 * Type a city, a region or an offset ("paris", "+01", "kolkata"); arrows, Page Up/Down, Enter to
 * choose, Escape to give the typed text up. Each zone shows its UTC offset now.
 *
 * TRAP: it lives in a modal <dialog>, whose overflow would clip or scroll an absolute popup: the list
 * is position: fixed, placed from the input's box (and above it when there is no room below). Escape
 * with the list open must not reach the dialog, which would close the whole form.
 */
export const TimeZonePicker = ({ value, onChange, id, 'aria-describedby': describedBy, 'aria-invalid': invalid }: Props) => {
  const { t } = useTranslation();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // The list is built once per opening of the dialog: offsets are those of now, and the stored zone
  // is kept even when the runtime does not list it.
  const [zones] = useState(() => listZones(runtimeZones(), new Date(), [value]));
  const selectedId = canonicalZone(value);
  const selected = zones.find((z) => z.id === selectedId);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [place, setPlace] = useState<CSSProperties>({});
  const results = useMemo(() => (open ? searchZones(zones, query ?? '') : []), [open, zones, query]);
  const optionId = (index: number) => `${listId}-opt-${index}`;
  // The first segment is a continent or ocean, translated ("Amérique"; Europe is the same word, so it has
  // no key); deeper ones are place names.
  const regionName = (entry: ZoneEntry) => {
    const [first, ...rest] = entry.region.split(' / ');
    if (!first) return '';
    return [t(`clients.zoneRegions.${first}`, { defaultValue: first }), ...rest].join(' / ');
  };

  const openAt = (index: number) => {
    setOpen(true);
    setActive(Math.max(0, index));
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const choose = (entry: ZoneEntry | undefined) => {
    if (entry) onChange(entry.id);
    close();
  };

  useLayoutEffect(() => {
    if (!open) return undefined;
    const placeList = () => {
      const box = inputRef.current?.getBoundingClientRect();
      if (!box) return;
      // Room left for the list: the window's edge, a 4 px gap to the input, the popup's padding and border.
      const below = window.innerHeight - box.bottom - 24;
      const above = box.top - 24;
      const up = below < 200 && above > below;
      const maxHeight = Math.max(120, Math.min(300, up ? above : below));
      setPlace({
        left: box.left,
        width: Math.max(box.width, 380),
        ['--tz-max-height' as string]: `${maxHeight}px`,
        ...(up ? { bottom: window.innerHeight - box.top + 4 } : { top: box.bottom + 4 }),
      });
    };
    placeList();
    window.addEventListener('resize', placeList);
    window.addEventListener('scroll', placeList, true);
    return () => {
      window.removeEventListener('resize', placeList);
      window.removeEventListener('scroll', placeList, true);
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // scrollIntoView is missing in jsdom; the highlighted option is kept in sight in a browser.
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = results.length - 1;
    const selectedIndex = () => searchZones(zones, query ?? '').findIndex((z) => z.id === selectedId);
    const move = (to: number) => {
      e.preventDefault();
      if (!open) openAt(selectedIndex());
      else setActive(Math.min(Math.max(0, to), Math.max(0, last)));
    };
    if (e.key === 'ArrowDown') move(active + 1);
    else if (e.key === 'ArrowUp') move(active - 1);
    else if (e.key === 'PageDown' && open) move(active + PAGE);
    else if (e.key === 'PageUp' && open) move(active - PAGE);
    else if (e.key === 'Enter' && open) {
      // Enter picks the highlighted zone; it must not submit the client form.
      e.preventDefault();
      choose(results[active]);
    } else if (e.key === 'Escape' && (open || query !== null)) {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab' && open) close();
  };

  const status = open ? (results.length === 0 ? t('clients.zoneNone', { query: query ?? '' }) : t('clients.zoneCount', { count: results.length })) : '';

  return (
    <div className="tz-picker">
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${listId}-list`}
        aria-activedescendant={open && results[active] ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('clients.zonePlaceholder')}
        value={query ?? (selected ? zoneLabel(selected) : value)}
        onFocus={(e) => e.currentTarget.select()}
        onClick={() => !open && openAt(searchZones(zones, query ?? '').findIndex((z) => z.id === selectedId))}
        onChange={(e) => {
          setQuery(e.target.value);
          openAt(0);
        }}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <ChevronDown size={15} aria-hidden="true" className="tz-chevron" />
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {open && (
        // Options are clicked, not focused: mousedown is cancelled so the input keeps the focus.
        <div className="tz-popup" style={place} onMouseDown={(e) => e.preventDefault()}>
          {/* The listbox is the scrolled box, focusable by script only (tabIndex -1): the keyboard stays in the input. */}
          <ul id={`${listId}-list`} role="listbox" tabIndex={-1} aria-label={t('clients.timeZone')} className="tz-list">
            {results.map((entry, index) => (
              <li
                key={entry.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                aria-label={[entry.city, regionName(entry), entry.offsetLabel, entry.id === selectedId ? t('clients.zoneCurrent') : ''].filter(Boolean).join(', ')}
                className={`tz-option ${index === active ? 'tz-active' : ''}`}
                onClick={() => choose(entry)}
                onMouseMove={() => index !== active && setActive(index)}
              >
                <span className="tz-check">{entry.id === selectedId && <Check size={14} aria-hidden="true" />}</span>
                <span className="tz-city">{entry.city}</span>
                <span className="tz-region">{regionName(entry)}</span>
                <span className="tz-offset">{entry.offsetLabel}</span>
              </li>
            ))}
          </ul>
          {results.length === 0 && <p className="tz-empty">{status}</p>}
        </div>
      )}
    </div>
  );
};
