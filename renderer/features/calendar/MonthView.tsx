import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { format, type Locale } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/model/post';
import { dayToDate, monthGrid, monthOf } from '../../../shared/dates';
import { dateLocale } from '../../i18n/i18n';
import { DayCell } from './DayCell';
import { DayPopover } from './DayPopover';
import { CARD_PX, useRowCapacity } from './useRowCapacity';
import type { CalendarViewProps } from './viewTypes';
import { WeekMix } from '../guard/WeekMix';
import { useGuardData } from '../guard/GuardContext';
import { useGridKeys } from './useGridKeys';
import { useOccasions } from './useOccasions';
import { usePlanGhosts } from '../plan/PlanContext';

const EMPTY: readonly Post[] = [];

// PERF (see bench/README.md): a day's labels are the same every time it is shown; date-fns' parse
// and format cost more than the rest of a cell, so each is made once per language and day.
type DayLabels = { number: string; long: string };
const dayLabels = new Map<string, DayLabels>();
const labelsOf = (day: string, locale: Locale): DayLabels => {
  const key = `${locale.code ?? ''}|${day}`;
  let labels = dayLabels.get(key);
  if (!labels) {
    const date = dayToDate(day);
    labels = { number: day.endsWith('-01') ? format(date, 'd MMM', { locale }) : format(date, 'd'), long: format(date, 'PPPP', { locale }) };
    if (dayLabels.size > 5000) dayLabels.clear();
    dayLabels.set(key, labels);
  }
  return labels;
};

/** Weeks as rows, each day with as many cards as fit and "+N more" for the rest. */
export const MonthView = (props: CalendarViewProps) => {
  const { client, clients, period, posts, today, weekStartsOn, readOnly, onAddPost, onEditPost, onGoTo, density = 'comfortable' } = props;
  const { t, i18n } = useTranslation();
  const withMix = useGuardData() !== null;
  const locale = dateLocale(i18n.language);
  const month = monthOf(period.anchor);
  const weeks = useMemo(() => monthGrid(month, weekStartsOn), [month, weekStartsOn]);
  const gridRef = useRef<HTMLDivElement>(null);
  const capacity = useRowCapacity(gridRef, weeks.length, CARD_PX[density]);
  const days = useMemo(() => weeks.flat(), [weeks]);
  const language = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const occasions = useOccasions(client?.country, days[0] ?? period.from, days[days.length - 1] ?? period.to, language);
  const plan = usePlanGhosts();
  const keys = useGridKeys({ root: gridRef, days, month, today, weekStartsOn, onAdd: onAddPost, onGoTo });
  const hintId = useId();
  const [openDay, setOpenDay] = useState<string | null>(null);
  // In the All clients calendar each card carries its client's colour.
  const colors = useMemo(
    () => (client ? undefined : new Map(clients.map((c) => [c.id, c.color]))),
    [client, clients],
  );

  // PERF: a day whose posts are the same objects as before keeps its array, so its memoised cell
  // does not redraw: a drop or an edit redraws the days it touched, not the 42 of the grid.
  const [lists] = useState(createDayLists);
  const byDay = useMemo(() => {
    const map = new Map<string, Post[]>();
    for (const post of posts) {
      if (!post.date) continue;
      const list = map.get(post.date);
      if (list) list.push(post);
      else map.set(post.date, [post]);
    }
    return map;
  }, [posts]);
  const stableByDay = useMemo(() => lists.stabilise(byDay), [lists, byDay]);

  const longLabel = useCallback((day: string) => labelsOf(day, locale).long, [locale]);
  const closePopover = useCallback(() => setOpenDay(null), []);
  const title = format(dayToDate(`${month}-01`), 'LLLL yyyy', { locale });

  return (
    <>
    <div
      className={`month-table density-${density} ${withMix ? 'with-mix' : ''}`}
      role="table"
      aria-label={title}
      aria-describedby={readOnly ? undefined : hintId}
    >
      <div className="weekdays" role="row">
        {weeks[0]?.map((day) => (
          <div key={day} role="columnheader" className="weekday">
            <abbr title={format(dayToDate(day), 'EEEE', { locale })}>{format(dayToDate(day), 'EEE', { locale })}</abbr>
          </div>
        ))}
        {withMix && (
          <div role="columnheader" className="weekday week-mix-head" title={t('guard.mixHead')}>
            {t('guard.mixShort')}
          </div>
        )}
      </div>
      <div
        className="weeks"
        ref={gridRef}
        style={{ gridTemplateRows: `repeat(${weeks.length}, minmax(0, 1fr))` }}
        onFocus={keys.onFocus}
        onKeyDown={keys.onKeyDown}
      >
        {/* PERF: rows and cells are keyed by their place in the grid, not by day: a month switch
            updates the same 42 cells instead of building new ones (a third of the switch). */}
        {weeks.map((week, row) => (
          <div key={row} role="row" className="week">
            {week.map((day, column) => {
              const labels = labelsOf(day, locale);
              return (
                <DayCell
                  key={column}
                  day={day}
                  dayNumber={labels.number}
                  longLabel={labels.long}
                  inMonth={monthOf(day) === month}
                  isToday={day === today}
                  posts={stableByDay.get(day) ?? EMPTY}
                  colors={colors}
                  capacity={capacity}
                  readOnly={readOnly}
                  // Read-only: no day buttons to move between, so every card stays a Tab stop.
                  active={readOnly || day === keys.active}
                  onAdd={onAddPost}
                  onOpen={onEditPost}
                  onMore={setOpenDay}
                  occasions={occasions.get(day)}
                  ghosts={plan?.byDay.get(day)}
                  onGhost={plan?.select}
                />
              );
            })}
            {withMix && <WeekMix weekStart={week[0]!} />}
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
    {/* After the grid, not before: the calendar area sizes its first child (the grid) to fill. */}
    {!readOnly && (
      <p id={hintId} className="visually-hidden">
        {t('month.keys')}
      </p>
    )}
    </>
  );
};

/** Each day's list as last handed out, replaced only when the day's posts changed. */
const createDayLists = () => {
  let previous: ReadonlyMap<string, readonly Post[]> = new Map();
  return {
    stabilise: (next: Map<string, Post[]>): ReadonlyMap<string, readonly Post[]> => {
      const out = new Map<string, readonly Post[]>();
      for (const [day, list] of next) {
        const before = previous.get(day);
        out.set(day, before && before.length === list.length && before.every((p, i) => p === list[i]) ? before : list);
      }
      previous = out;
      return out;
    },
  };
};

/** Places the day list over its day: same row, aligned to its column, kept inside the grid. */
const popoverPosition = (weeks: string[][], day: string): { top: string; left?: string; right?: string } => {
  const row = Math.max(0, weeks.findIndex((week) => week.includes(day)));
  const col = Math.max(0, weeks[row]?.indexOf(day) ?? 0);
  const top = `${(row / weeks.length) * 100}%`;
  return col >= 5 ? { top, right: `${((6 - col) / 7) * 100}%` } : { top, left: `${(col / 7) * 100}%` };
};
