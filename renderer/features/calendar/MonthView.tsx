import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { ChevronLeft, ChevronRight, Plus } from 'lucide-react';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { dayToDate, gridRange, monthGrid, monthOf, monthToDate, shiftMonth, type Month } from '../../../shared/dates';
import { usePostsInRange } from '../../db/hooks';
import { dateLocale } from '../../i18n/i18n';
import { DayCell } from './DayCell';
import { DayPopover } from './DayPopover';
import { useRowCapacity } from './useRowCapacity';

type Props = {
  client: Client;
  month: Month;
  today: string;
  readOnly: boolean;
  onMonthChange: (month: Month) => void;
  onAddPost: (day: string) => void;
  onEditPost: (id: string) => void;
};

const EMPTY: readonly Post[] = [];

export const MonthView = ({ client, month, today, readOnly, onMonthChange, onAddPost, onEditPost }: Props) => {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.language);
  const weeks = useMemo(() => monthGrid(month, client.weekStartsOn), [month, client.weekStartsOn]);
  const range = useMemo(() => gridRange(month, client.weekStartsOn), [month, client.weekStartsOn]);
  const result = usePostsInRange(client.id, range.from, range.to);
  const gridRef = useRef<HTMLDivElement>(null);
  const capacity = useRowCapacity(gridRef, weeks.length);
  const [openDay, setOpenDay] = useState<string | null>(null);

  const byDay = useMemo(() => {
    const map = new Map<string, Post[]>();
    for (const post of result?.posts ?? []) {
      if (!post.date) continue;
      const list = map.get(post.date);
      if (list) list.push(post);
      else map.set(post.date, [post]);
    }
    return map;
  }, [result]);

  const inMonthCount = useMemo(
    () => (result?.posts ?? []).filter((p) => p.date && monthOf(p.date) === month).length,
    [result, month],
  );

  const longLabel = useCallback((day: string) => format(dayToDate(day), 'PPPP', { locale }), [locale]);
  const closePopover = useCallback(() => setOpenDay(null), []);
  const title = format(monthToDate(month), 'LLLL yyyy', { locale });

  return (
    <section className="month" aria-label={title}>
      <header className="toolbar">
        <div className="toolbar-nav">
          <button type="button" className="icon-button" aria-label={t('nav.previous')} title={t('nav.previous')} onClick={() => onMonthChange(shiftMonth(month, -1))}>
            <ChevronLeft size={18} aria-hidden="true" />
          </button>
          <button type="button" className="button" onClick={() => onMonthChange(monthOf(today))}>
            {t('nav.today')}
          </button>
          <button type="button" className="icon-button" aria-label={t('nav.next')} title={t('nav.next')} onClick={() => onMonthChange(shiftMonth(month, 1))}>
            <ChevronRight size={18} aria-hidden="true" />
          </button>
        </div>
        <h1 className="month-title" aria-live="polite">
          {title}
        </h1>
        <span className="month-count">{t('month.postCount', { count: inMonthCount })}</span>
        <div className="toolbar-end">
          {!readOnly && (
            <button type="button" className="primary-button" onClick={() => onAddPost(monthOf(today) === month ? today : `${month}-01`)}>
              <Plus size={16} aria-hidden="true" /> {t('nav.newPost')}
            </button>
          )}
        </div>
      </header>
      {result && result.unreadable > 0 && (
        <p className="banner banner-warning" role="status">
          {t('month.unreadable', { count: result.unreadable })}
        </p>
      )}
      <div className="month-table" role="table" aria-label={title}>
        <div className="weekdays" role="row">
          {weeks[0]?.map((day) => (
            <div key={day} role="columnheader" className="weekday">
              <abbr title={format(dayToDate(day), 'EEEE', { locale })}>{format(dayToDate(day), 'EEE', { locale })}</abbr>
            </div>
          ))}
        </div>
        <div className="weeks" ref={gridRef} style={{ gridTemplateRows: `repeat(${weeks.length}, minmax(0, 1fr))` }}>
          {weeks.map((week) => (
            <div key={week[0]} role="row" className="week">
              {week.map((day) => {
                const date = dayToDate(day);
                const first = day.endsWith('-01');
                return (
                  <DayCell
                    key={day}
                    day={day}
                    dayNumber={first ? format(date, 'd MMM', { locale }) : format(date, 'd')}
                    longLabel={longLabel(day)}
                    inMonth={monthOf(day) === month}
                    isToday={day === today}
                    posts={byDay.get(day) ?? EMPTY}
                    capacity={capacity}
                    readOnly={readOnly}
                    onAdd={onAddPost}
                    onOpen={onEditPost}
                    onMore={setOpenDay}
                  />
                );
              })}
            </div>
          ))}
          {openDay && (
            <DayPopover
              position={popoverPosition(weeks, openDay)}
              label={longLabel(openDay)}
              posts={byDay.get(openDay) ?? []}
              readOnly={readOnly}
              onOpen={(id) => {
                setOpenDay(null);
                onEditPost(id);
              }}
              onAdd={() => {
                setOpenDay(null);
                onAddPost(openDay);
              }}
              onClose={closePopover}
            />
          )}
        </div>
      </div>
    </section>
  );
};

/** Places the day list over its day: same row, aligned to its column, kept inside the grid. */
const popoverPosition = (weeks: string[][], day: string): { top: string; left?: string; right?: string } => {
  const row = Math.max(0, weeks.findIndex((week) => week.includes(day)));
  const col = Math.max(0, weeks[row]?.indexOf(day) ?? 0);
  const top = `${(row / weeks.length) * 100}%`;
  return col >= 5 ? { top, right: `${((6 - col) / 7) * 100}%` } : { top, left: `${(col / 7) * 100}%` };
};
