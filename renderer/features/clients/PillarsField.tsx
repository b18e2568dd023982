import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, X } from 'lucide-react';
import { CLIENT_COLORS } from '../../../shared/model/client';
import { MAX_PILLARS } from '../../../shared/model/pillars';
import { newId } from '../../db/ids';
import { newPillarRow, pillarTotal, type PillarRow, type PlanErrors } from './clientPlanForm';

type Props = {
  rows: readonly PillarRow[];
  errors: PlanErrors;
  /** Ids of the pillars as stored: removing one of them says what becomes of its posts. */
  storedIds: ReadonlySet<string>;
  onChange: (rows: PillarRow[], touched: string[]) => void;
};

/**
 * The client's content pillars: name, colour and target share (whole percent) per row, the running
 * total under the list, each error beside its field. A renamed pillar keeps its id, so its posts follow.
 */
export const PillarsField = ({ rows, errors, storedIds, onChange }: Props) => {
  const { t } = useTranslation();
  const id = useId();
  const err = (key: string) => {
    const e = errors[key];
    return e ? t(e.key, e.values ?? {}) : undefined;
  };
  const total = pillarTotal(rows);
  const totalError = err('pillars.total');
  const listError = err('pillars.list');
  const removedStored = [...storedIds].some((stored) => !rows.some((r) => r.id === stored));
  const update = (i: number, change: Partial<PillarRow>, field: 'name' | 'target' | 'color') =>
    onChange(
      rows.map((r, j) => (j === i ? { ...r, ...change } : r)),
      [`pillars.${i}.${field === 'color' ? 'name' : field}`, 'pillars.total', 'pillars.list'],
    );

  return (
    <div className="pillars">
      <p className="field-hint">{t('clients.pillarsHint')}</p>
      {rows.length === 0 && <p className="pillars-empty">{t('clients.pillarsEmpty')}</p>}
      {rows.length > 0 && (
        <ul className="pillar-rows">
          {rows.map((row, i) => {
            const label = row.name.trim() || t('clients.pillarUnnamed', { n: i + 1 });
            const nameError = err(`pillars.${i}.name`);
            const targetError = err(`pillars.${i}.target`);
            const nameId = `${id}-${i}-name`;
            const targetId = `${id}-${i}-target`;
            return (
              <li key={row.id} className="pillar-row">
                <div className="pillar-colors" role="radiogroup" aria-label={t('clients.pillarColorOf', { name: label })}>
                  {CLIENT_COLORS.map((color) => (
                    <label key={color} className="swatch swatch-small" style={{ backgroundColor: color }}>
                      <input
                        type="radio"
                        name={`${id}-${row.id}-color`}
                        value={color}
                        checked={row.color === color}
                        aria-label={t('clients.colorOption', { color })}
                        onChange={() => update(i, { color }, 'color')}
                      />
                    </label>
                  ))}
                </div>
                <div className={`pillar-name ${nameError ? 'field-invalid' : ''}`}>
                  <input
                    id={nameId}
                    value={row.name}
                    placeholder={t('clients.pillarNamePlaceholder')}
                    aria-label={t('clients.pillarNameOf', { n: i + 1 })}
                    aria-invalid={nameError ? true : undefined}
                    aria-describedby={nameError ? `${nameId}-error` : undefined}
                    maxLength={60}
                    onChange={(e) => update(i, { name: e.target.value }, 'name')}
                  />
                  {nameError && (
                    <p className="field-error" id={`${nameId}-error`}>
                      {nameError}
                    </p>
                  )}
                </div>
                <div className={`pillar-target ${targetError ? 'field-invalid' : ''}`}>
                  <span className="pillar-percent">
                    <input
                      id={targetId}
                      value={row.target}
                      inputMode="numeric"
                      aria-label={t('clients.pillarTargetOf', { name: label })}
                      aria-invalid={targetError || totalError ? true : undefined}
                      aria-describedby={[targetError ? `${targetId}-error` : '', totalError ? `${id}-total` : ''].filter(Boolean).join(' ') || undefined}
                      onChange={(e) => update(i, { target: e.target.value }, 'target')}
                    />
                    <span aria-hidden="true">%</span>
                  </span>
                  {targetError && (
                    <p className="field-error" id={`${targetId}-error`}>
                      {targetError}
                    </p>
                  )}
                </div>
                <button
                  type="button"
                  className="icon-button pillar-remove"
                  aria-label={t('clients.pillarRemove', { name: label })}
                  title={t('clients.pillarRemove', { name: label })}
                  onClick={() => {
                    onChange(rows.filter((_, j) => j !== i), Object.keys(errors).filter((k) => k.startsWith('pillars.')));
                    // Focus would fall to the page: it goes to the add button, next to where the row was.
                    requestAnimationFrame(() => document.getElementById(`${id}-add`)?.focus());
                  }}
                >
                  <X size={15} aria-hidden="true" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="pillars-foot">
        <button
          id={`${id}-add`}
          type="button"
          className="button"
          disabled={rows.length >= MAX_PILLARS}
          onClick={() => {
            onChange([...rows, newPillarRow(rows, newId())], ['pillars.list', 'pillars.total']);
            // The new row's name is what the user types next.
            requestAnimationFrame(() => document.getElementById(`${id}-${rows.length}-name`)?.focus());
          }}
        >
          <Plus size={15} aria-hidden="true" /> {t('clients.pillarAdd')}
        </button>
        {rows.length > 0 && (
          <span id={`${id}-total`} className={`pillars-total ${totalError ? 'field-error' : ''}`} aria-live="polite">
            {totalError ?? t('clients.pillarTotal', { total })}
          </span>
        )}
      </div>
      {listError && <p className="field-error">{listError}</p>}
      {removedStored && <p className="field-hint">{t('clients.pillarRemovedHint')}</p>}
    </div>
  );
};
