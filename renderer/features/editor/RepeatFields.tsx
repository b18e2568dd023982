import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { describeRule, type SeriesRule } from '../../../shared/series';
import { dayToDate, isDay } from '../../../shared/dates';
import type { WeekStart } from '../../../shared/model/enums';
import { dateLocale } from '../../i18n/i18n';

export type RepeatForm = {
  freq: 'none' | 'weekly' | 'monthly';
  interval: string;
  weekdays: number[];
  monthlyBy: 'dayOfMonth' | 'weekdayOfMonth';
  endKind: 'until' | 'count';
  until: string;
  count: string;
};

export const repeatFromRule = (rule: SeriesRule | null, date: string): RepeatForm => {
  const weekday = isDay(date) ? dayToDate(date).getDay() : 1;
  if (!rule) return { freq: 'none', interval: '1', weekdays: [weekday], monthlyBy: 'dayOfMonth', endKind: 'count', until: '', count: '4' };
  return {
    freq: rule.freq,
    interval: String(rule.interval),
    weekdays: rule.freq === 'weekly' ? [...rule.weekdays] : [weekday],
    monthlyBy: rule.freq === 'monthly' ? rule.monthlyBy : 'dayOfMonth',
    endKind: rule.end.kind,
    until: rule.end.kind === 'until' ? rule.end.until : '',
    count: rule.end.kind === 'count' ? String(rule.end.count) : '4',
  };
};

/** The rule as typed, for validateSeries to accept or refuse field by field. Null: does not repeat. */
export const ruleFromForm = (form: RepeatForm): unknown => {
  if (form.freq === 'none') return null;
  const end = form.endKind === 'until' ? { kind: 'until', until: form.until } : { kind: 'count', count: form.count === '' ? undefined : Number(form.count) };
  const interval = Number(form.interval);
  return form.freq === 'weekly'
    ? { freq: 'weekly', interval, weekdays: [...form.weekdays].sort(), end }
    : { freq: 'monthly', interval, monthlyBy: form.monthlyBy, end };
};

type Props = {
  form: RepeatForm;
  date: string;
  weekStartsOn: WeekStart;
  errors: Partial<Record<string, string>>;
  onChange: (form: RepeatForm) => void;
  validRule: SeriesRule | null;
};

/** "Repeat": every N weeks on chosen weekdays or every N months, until a day or N times. */
export const RepeatFields = ({ form, date, weekStartsOn, errors, onChange, validRule }: Props) => {
  const { t, i18n } = useTranslation();
  const id = useId();
  const locale = dateLocale(i18n.language);
  const set = <K extends keyof RepeatForm>(key: K, value: RepeatForm[K]) => onChange({ ...form, [key]: value });
  const err = (key: string) => (errors[key] ? t(errors[key] as string) : undefined);
  const order = Array.from({ length: 7 }, (_, i) => (weekStartsOn + i) % 7);
  const weekdayName = (d: number) => format(new Date(2026, 10, 1 + d), 'EEE', { locale }); // 1 Nov 2026 is a Sunday

  return (
    <fieldset className="repeat">
      <legend>{t('series.repeat')}</legend>
      <select aria-label={t('series.repeat')} value={form.freq} onChange={(e) => set('freq', e.target.value as RepeatForm['freq'])}>
        <option value="none">{t('series.none')}</option>
        <option value="weekly">{t('series.weekly')}</option>
        <option value="monthly">{t('series.monthly')}</option>
      </select>
      {form.freq !== 'none' && (
        <>
          <div className="repeat-row">
            <label htmlFor={`${id}-interval`}>{t('series.every')}</label>
            <input id={`${id}-interval`} type="number" min={1} max={form.freq === 'weekly' ? 52 : 12} value={form.interval} aria-invalid={err('interval') ? true : undefined} aria-describedby={err('interval') ? `${id}-interval-error` : undefined} onChange={(e) => set('interval', e.target.value)} />
            <span>{t(form.freq === 'weekly' ? 'series.weeks' : 'series.months')}</span>
          </div>
          {err('interval') && <p id={`${id}-interval-error`} className="field-error">{err('interval')}</p>}
          {form.freq === 'weekly' ? (
            <div role="group" aria-label={t('series.onDays')} aria-describedby={err('weekdays') ? `${id}-weekdays-error` : undefined} className="repeat-days">
              {order.map((d) => (
                <label key={d} className="chip-check">
                  <input type="checkbox" checked={form.weekdays.includes(d)} onChange={(e) => set('weekdays', e.target.checked ? [...form.weekdays, d] : form.weekdays.filter((x) => x !== d))} />
                  <span>{weekdayName(d)}</span>
                </label>
              ))}
              {err('weekdays') && <p id={`${id}-weekdays-error`} className="field-error">{err('weekdays')}</p>}
            </div>
          ) : (
            <select aria-label={t('series.monthlyBy')} value={form.monthlyBy} onChange={(e) => set('monthlyBy', e.target.value as RepeatForm['monthlyBy'])}>
              <option value="dayOfMonth">{t('series.dayOfMonth', { day: isDay(date) ? dayToDate(date).getDate() : 1 })}</option>
              <option value="weekdayOfMonth">{t('series.weekdayOfMonth')}</option>
            </select>
          )}
          <div className="repeat-end" role="radiogroup" aria-label={t('series.ends')}>
            <label className="repeat-row">
              <input type="radio" name={`${id}-end`} checked={form.endKind === 'until'} onChange={() => set('endKind', 'until')} />
              <span>{t('series.until')}</span>
              <input type="date" aria-label={t('series.untilDate')} value={form.until} disabled={form.endKind !== 'until'} aria-invalid={err('end.until') || err('end') ? true : undefined} aria-describedby={`${id}-end-error`} onChange={(e) => onChange({ ...form, endKind: 'until', until: e.target.value })} />
            </label>
            <label className="repeat-row">
              <input type="radio" name={`${id}-end`} checked={form.endKind === 'count'} onChange={() => set('endKind', 'count')} />
              <span>{t('series.after')}</span>
              <input type="number" min={1} max={366} aria-label={t('series.countLabel')} value={form.count} disabled={form.endKind !== 'count'} aria-invalid={err('end.count') ? true : undefined} aria-describedby={`${id}-end-error`} onChange={(e) => onChange({ ...form, endKind: 'count', count: e.target.value })} />
              <span>{t('series.times')}</span>
            </label>
            <p id={`${id}-end-error`} className="field-error">{err('end.until') ?? err('end.count') ?? err('end') ?? err('date')}</p>
          </div>
          {validRule && isDay(date) && <p className="field-hint repeat-summary">{describeRule(validRule, date, i18n.language.startsWith('fr') ? 'fr' : 'en', weekStartsOn)}</p>}
        </>
      )}
    </fieldset>
  );
};
