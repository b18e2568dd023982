import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { Plus, X } from 'lucide-react';
import type { Channel, WeekStart } from '../../../shared/model/enums';
import { dateLocale } from '../../i18n/i18n';
import { emptyRhythmRow, type PlanErrors, type RhythmRow, type RhythmRows } from './clientPlanForm';

type Props = {
  channels: readonly Channel[];
  rows: RhythmRows;
  weekStartsOn: WeekStart;
  errors: PlanErrors;
  onChange: (rows: RhythmRows, touched: string[]) => void;
};

const MAX_TIMES = 10;
// 1 Nov 2026 is a Sunday: day d of the week is 1 + d November.
const weekdayDate = (d: number) => new Date(2026, 10, 1 + d);

/**
 * The posting rhythm, one row per channel of the client: posts a week, weekday toggles (in the
 * client's week order) and one or more times. 0 a week leaves the channel out of the rhythm.
 */
export const RhythmField = ({ channels, rows, weekStartsOn, errors, onChange }: Props) => {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.language);
  const order = Array.from({ length: 7 }, (_, i) => (weekStartsOn + i) % 7);
  const err = (key: string) => {
    const e = errors[key];
    return e ? t(e.key, { ...(e.values ?? {}) }) : undefined;
  };
  const allError = err('rhythm.all');

  return (
    <div className="rhythm">
      <p className="field-hint">{t('clients.rhythmHint')}</p>
      <div className="rhythm-rows" role="list">
        {channels.map((channel) => {
          const row = rows[channel] ?? emptyRhythmRow();
          const name = t(`channel.${channel}`);
          const base = `rhythm-${channel}`;
          const set = (change: Partial<RhythmRow>, field: string) =>
            onChange({ ...rows, [channel]: { ...row, ...change } }, [`rhythm.${channel}.${field}`, `rhythm.${channel}.perWeek`, 'rhythm.all', ...Object.keys(errors).filter((k) => k.startsWith(`rhythm.${channel}.times`))]);
          const perWeekError = err(`rhythm.${channel}.perWeek`);
          const daysError = err(`rhythm.${channel}.days`);
          const timesError = err(`rhythm.${channel}.times`);
          const timeErrors = row.times.map((_, j) => err(`rhythm.${channel}.times.${j}`));
          const off = row.perWeek.trim() === '0' || row.perWeek.trim() === '';
          const messages = [perWeekError, daysError, timesError, ...timeErrors].filter((m): m is string => Boolean(m));
          return (
            <div key={channel} role="listitem" className={`rhythm-row ${off ? 'rhythm-off' : ''}`}>
              <span className="rhythm-channel">{name}</span>
              <span className="rhythm-per-week">
                <input
                  type="number"
                  min={0}
                  max={70}
                  value={row.perWeek}
                  aria-label={t('clients.rhythmPerWeekOf', { channel: name })}
                  aria-invalid={perWeekError ? true : undefined}
                  aria-describedby={perWeekError ? `${base}-errors` : undefined}
                  onChange={(e) => set({ perWeek: e.target.value }, 'perWeek')}
                />
                <span aria-hidden="true">{t('clients.rhythmPerWeek')}</span>
              </span>
              <span
                className={`rhythm-days ${daysError ? 'rhythm-invalid' : ''}`}
                role="group"
                aria-label={t('clients.rhythmDaysOf', { channel: name })}
                aria-describedby={daysError ? `${base}-errors` : undefined}
              >
                {order.map((d) => {
                  const on = row.days.includes(d);
                  return (
                    <button
                      key={d}
                      type="button"
                      className="day-toggle"
                      aria-pressed={on}
                      aria-label={format(weekdayDate(d), 'EEEE', { locale })}
                      onClick={() => set({ days: on ? row.days.filter((x) => x !== d) : [...row.days, d] }, 'days')}
                    >
                      {format(weekdayDate(d), 'EEE', { locale })}
                    </button>
                  );
                })}
              </span>
              <span className="rhythm-times">
                {row.times.map((time, j) => (
                  <span key={j} className="rhythm-time">
                    <input
                      value={time}
                      placeholder="HH:mm"
                      inputMode="numeric"
                      autoComplete="off"
                      id={`${base}-time-${j}`}
                      aria-label={t('clients.rhythmTimeOf', { n: j + 1, channel: name })}
                      aria-invalid={timeErrors[j] || timesError ? true : undefined}
                      aria-describedby={timeErrors[j] || timesError ? `${base}-errors` : undefined}
                      onChange={(e) => set({ times: row.times.map((x, k) => (k === j ? e.target.value : x)) }, `times.${j}`)}
                    />
                    {row.times.length > 1 && (
                      <button
                        type="button"
                        className="icon-button rhythm-time-remove"
                        aria-label={t('clients.rhythmRemoveTime', { n: j + 1, channel: name })}
                        title={t('clients.rhythmRemoveTime', { n: j + 1, channel: name })}
                        onClick={() => set({ times: row.times.filter((_, k) => k !== j) }, 'times')}
                      >
                        <X size={12} aria-hidden="true" />
                      </button>
                    )}
                  </span>
                ))}
                {row.times.length < MAX_TIMES && (
                  <button
                    type="button"
                    className="icon-button rhythm-time-add"
                    aria-label={t('clients.rhythmAddTime', { channel: name })}
                    title={t('clients.rhythmAddTime', { channel: name })}
                    onClick={() => {
                      set({ times: [...row.times, ''] }, 'times');
                      requestAnimationFrame(() => document.getElementById(`${base}-time-${row.times.length}`)?.focus());
                    }}
                  >
                    <Plus size={14} aria-hidden="true" />
                  </button>
                )}
              </span>
              {messages.length > 0 && (
                <p className="field-error rhythm-errors" id={`${base}-errors`}>
                  {[...new Set(messages)].join(' ')}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {allError && <p className="field-error">{allError}</p>}
    </div>
  );
};
