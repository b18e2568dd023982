import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { Search, X } from 'lucide-react';
import { compileFilter, EMPTY_FILTER } from '../../../shared/filters';
import { dayToDate } from '../../../shared/dates';
import type { Post } from '../../../shared/model/post';
import { useAllPosts } from '../../db/hooks';
import { dateLocale } from '../../i18n/i18n';
import { FormatIcon } from '../../ui/icons';
import { usePillarIndex } from './pillarIndex';

type Props = {
  clientKey: string | null;
  value: string;
  onChange: (text: string) => void;
  /** Jump to a result: its day, then open it. */
  onPick: (post: Post) => void;
  inputRef?: React.RefObject<HTMLInputElement | null>;
};

const MAX_RESULTS = 50;

/**
 * Full-text search over titles, captions, notes, tags and pillar names of every post of the client (not only the
 * period shown). Typing also filters the calendar; the list below jumps to any match.
 */
export const SearchBox = ({ clientKey, value, onChange, onPick, inputRef }: Props) => {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.language);
  const [open, setOpen] = useState(false);
  const query = useDeferredValue(value);
  const posts = useAllPosts(clientKey, query.trim() !== '');
  const localRef = useRef<HTMLInputElement>(null);
  const pillars = usePillarIndex();
  const ref = inputRef ?? localRef;

  const results = useMemo(() => {
    if (!posts || query.trim() === '') return [];
    const matches = posts.filter(compileFilter({ ...EMPTY_FILTER, text: query }, pillars));
    matches.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    return matches;
  }, [posts, query, pillars]);

  const showList = open && value.trim() !== '';
  return (
    <div className="search" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <Search size={15} aria-hidden="true" className="search-icon" />
      <input
        ref={ref}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls="search-results"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={value}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            // First Escape clears the search; on an empty one it gives the keyboard back to the calendar.
            if (value) onChange('');
            else e.currentTarget.blur();
            setOpen(false);
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            document.querySelector<HTMLElement>('#search-results button')?.focus();
          }
        }}
      />
      {value && (
        <button type="button" className="icon-button search-clear" aria-label={t('search.clear')} onClick={() => onChange('')}>
          <X size={14} aria-hidden="true" />
        </button>
      )}
      {showList && (
        <div id="search-results" className="search-results" role="region" aria-label={t('search.results')}>
          <p className="search-count" role="status">
            {posts === undefined ? t('search.searching') : t('search.count', { count: results.length })}
          </p>
          <ul>
            {results.slice(0, MAX_RESULTS).map((post) => (
              <li key={post.id}>
                <button
                  type="button"
                  onClick={() => {
                    setOpen(false);
                    onPick(post);
                  }}
                  onKeyDown={(e) => {
                    const item = e.currentTarget.parentElement;
                    if (e.key === 'ArrowDown') (item?.nextElementSibling?.querySelector('button') as HTMLElement | null)?.focus();
                    if (e.key === 'ArrowUp') (item?.previousElementSibling?.querySelector('button') ?? ref.current)?.focus();
                  }}
                >
                  <FormatIcon format={post.format} size={13} />
                  <span className="search-title">{post.title}</span>
                  <span className="search-date">{post.date ? format(dayToDate(post.date), 'd MMM yyyy', { locale }) : t('status.idea')}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
};
