import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { CalendarRange } from 'lucide-react';
import { duplicatePosts, shiftPosts, weekOffset } from '../../../shared/bulk';
import { dayToDate, isDay, shiftDay, type Day } from '../../../shared/dates';
import type { WeekStart } from '../../../shared/model/enums';
import type { Post } from '../../../shared/model/post';
import { versionsRead } from '../../db/conflicts';
import { newId, nowIso } from '../../db/ids';
import { dateLocale } from '../../i18n/i18n';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';

type Props = {
  /** Every post of the week shown (unfiltered): a week action applies to the whole week. */
  posts: readonly Post[];
  from: Day;
  weekStartsOn: WeekStart;
  onGoTo: (day: Day) => void;
};

/** Move or copy a whole week, keeping every post's weekday and time; each is one undoable step. */
export const WeekActions = ({ posts, from, weekStartsOn, onGoTo }: Props) => {
  const { t, i18n } = useTranslation();
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const [open, setOpen] = useState(false);
  const [copyTo, setCopyTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const dated = posts.filter((p) => p.date !== null);

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (event: PointerEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const commit = async (upserts: Post[], label: string, goTo?: Day) => {
    try {
      // Made from the week's posts as read (a copy's new posts are not among them, so they stay creations).
      const applied = await history.commit({ upserts, deletes: [], read: versionsRead(dated) }, label);
      setOpen(false);
      toast.show({ message: label, action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) } });
      if (goTo) onGoTo(goTo);
    } catch (e) {
      reportError(e);
    }
  };

  const weekLabel = (day: Day) => format(dayToDate(day), 'd MMM yyyy', { locale: dateLocale(i18n.language) });
  const shift = (weeks: -1 | 1) =>
    void commit(shiftPosts(dated, 7 * weeks), t(weeks > 0 ? 'bulk.shiftedLater' : 'bulk.shiftedEarlier', { count: dated.length }));
  const copy = (days: number) => {
    void commit(
      duplicatePosts(dated, days, { id: newId, now: nowIso() }),
      t('bulk.copied', { count: dated.length, week: weekLabel(shiftDay(from, days)) }),
    );
  };
  const copyToWeek = (event: FormEvent) => {
    event.preventDefault();
    if (!isDay(copyTo)) return setError(t('errors.dateInvalid'));
    const days = weekOffset(from, copyTo, weekStartsOn);
    if (days === 0) return setError(t('bulk.sameWeek'));
    copy(days);
  };

  return (
    <div className="filter-menu" ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        <CalendarRange size={15} aria-hidden="true" /> {t('bulk.button')}
      </button>
      {open && (
        <div className="filter-panel week-actions" role="group" aria-label={t('bulk.button')}>
          <p className="field-hint">{t('bulk.summary', { count: dated.length })}</p>
          <button type="button" className="ghost-button" disabled={!dated.length} onClick={() => shift(-1)}>{t('bulk.earlier')}</button>
          <button type="button" className="ghost-button" disabled={!dated.length} onClick={() => shift(1)}>{t('bulk.later')}</button>
          <button type="button" className="ghost-button" disabled={!dated.length} onClick={() => copy(7)}>{t('bulk.copyNext')}</button>
          <form onSubmit={copyToWeek} className="week-copy">
            <label htmlFor="week-copy-date">{t('bulk.copyTo')}</label>
            <input id="week-copy-date" type="date" value={copyTo} aria-invalid={error ? true : undefined} aria-describedby={error ? 'week-copy-error' : undefined} onChange={(e) => { setCopyTo(e.target.value); setError(null); }} />
            <button type="submit" className="button" disabled={!dated.length}>{t('bulk.copy')}</button>
            {error && <p id="week-copy-error" className="field-error">{error}</p>}
          </form>
        </div>
      )}
    </div>
  );
};
