import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import type { Client } from '../../../shared/model/client';
import { resolvePillars } from '../../../shared/model/pillars';
import { dayToDate, isDay } from '../../../shared/dates';
import { dateLocale } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import type { PostForm } from './postForm';
import './pillarFields.css';

type Props = {
  form: PostForm;
  client: Client | null;
  set: <K extends keyof PostForm>(key: K, value: PostForm[K]) => void;
  err: (key: keyof PostForm) => string | undefined;
};

/**
 * The post's content pillar (None or one of the client's, with its colour) and, for an idea waiting
 * in the backlog, whether the planner may propose it again every N weeks. A pillar the client no
 * longer has shows as "Removed pillar" until the user picks another.
 */
export const PillarFields = ({ form, client, set, err }: Props) => {
  const { t, i18n } = useTranslation();
  const everyId = useId();
  const pillars = resolvePillars(client?.pillars);
  const chosen = pillars.find((p) => p.id === form.pillar);
  const removed = form.pillar !== '' && !chosen;
  const isIdea = form.status === 'idea' && form.date === '';
  const lastUsed = form.evergreen.lastUsed;
  const hint = removed ? t('editor.pillarRemovedHint') : pillars.length === 0 ? t('editor.pillarsNoneHint') : undefined;
  return (
    <>
      <div className="pillar-field">
        <span className="pillar-chip" style={chosen ? { backgroundColor: chosen.color } : undefined} aria-hidden="true" />
        <Field label={t('editor.pillar')} hint={hint} error={err('pillar')}>
          <select value={form.pillar} onChange={(e) => set('pillar', e.target.value)}>
            <option value="">{t('editor.pillarNone')}</option>
            {removed && <option value={form.pillar}>{t('editor.pillarRemoved')}</option>}
            {pillars.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {isIdea && (
        <div className="evergreen-field">
          <label className="checkbox">
            <input type="checkbox" checked={form.evergreen.on} aria-describedby={`${everyId}-hint`} onChange={(e) => set('evergreen', { ...form.evergreen, on: e.target.checked })} />
            <span>
              {t('editor.evergreen')}
              <small id={`${everyId}-hint`}>{t('editor.evergreenHint')}</small>
            </span>
          </label>
          {form.evergreen.on && (
            <div className="evergreen-every">
              <Field label={t('editor.evergreenEvery')} error={err('evergreen')}>
                <input type="number" min={1} max={104} value={form.evergreen.everyWeeks} onChange={(e) => set('evergreen', { ...form.evergreen, everyWeeks: e.target.value })} />
              </Field>
              <p className="field-hint">
                {lastUsed && isDay(lastUsed)
                  ? t('editor.evergreenLastUsed', { date: format(dayToDate(lastUsed), 'd MMM yyyy', { locale: dateLocale(i18n.language) }) })
                  : t('editor.evergreenNeverUsed')}
              </p>
            </div>
          )}
        </div>
      )}
    </>
  );
};
