import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, X } from 'lucide-react';
import { MAX_HASHTAG_SETS } from '../../../shared/publishing/hashtagSets';
import { newId } from '../../db/ids';
import type { PlanErrors } from './clientPlanForm';
import type { HashtagSetRow } from './clientPublishingForm';

type Props = {
  rows: readonly HashtagSetRow[];
  errors: PlanErrors;
  onChange: (rows: HashtagSetRow[], touched: string[]) => void;
};

/**
 * The client's named hashtag sets: a name and the tags as typed ("#pain #levain #paris") per row.
 * A bad tag's error names it, and the field carries where it is (data-select-*), so the dialog can
 * select it when it moves focus there on save. A renamed set keeps its id.
 */
export const HashtagSetsField = ({ rows, errors, onChange }: Props) => {
  const { t } = useTranslation();
  const id = useId();
  const message = (key: string) => {
    const e = errors[key];
    return e ? t(e.key, e.values ?? {}) : undefined;
  };
  const update = (i: number, change: Partial<HashtagSetRow>, field: 'name' | 'tags') =>
    onChange(
      rows.map((r, j) => (j === i ? { ...r, ...change } : r)),
      // A name's duplicate may be reported on the other row: renaming clears every name error.
      field === 'name' ? [...Object.keys(errors).filter((k) => k.endsWith('.name')), 'hashtags.list'] : [`hashtags.${i}.tags`],
    );
  const listError = message('hashtags.list');

  return (
    <div className="hashtag-sets">
      <p className="field-hint">{t('clients.hashtagSetsHint')}</p>
      {rows.length === 0 && <p className="pillars-empty">{t('clients.hashtagSetsEmpty')}</p>}
      {rows.length > 0 && (
        <ul className="hashtag-set-rows">
          {rows.map((row, i) => {
            const label = row.name.trim() || t('clients.hashtagSetUnnamed', { n: i + 1 });
            const nameError = message(`hashtags.${i}.name`);
            const tagsError = message(`hashtags.${i}.tags`);
            const select = errors[`hashtags.${i}.tags`]?.select;
            const nameId = `${id}-${i}-name`;
            const tagsId = `${id}-${i}-tags`;
            return (
              <li key={row.id} className="hashtag-set-row">
                <div className="hashtag-set-name">
                  <input
                    id={nameId}
                    value={row.name}
                    placeholder={t('clients.hashtagSetNamePlaceholder')}
                    aria-label={t('clients.hashtagSetNameOf', { n: i + 1 })}
                    aria-invalid={nameError ? true : undefined}
                    aria-describedby={nameError ? `${nameId}-error` : undefined}
                    maxLength={80}
                    onChange={(e) => update(i, { name: e.target.value }, 'name')}
                  />
                  {nameError && (
                    <p className="field-error" id={`${nameId}-error`}>
                      {nameError}
                    </p>
                  )}
                </div>
                <div className="hashtag-set-tags">
                  <textarea
                    id={tagsId}
                    rows={2}
                    value={row.text}
                    spellCheck={false}
                    placeholder={t('clients.hashtagSetTagsPlaceholder')}
                    aria-label={t('clients.hashtagSetTagsOf', { name: label })}
                    aria-invalid={tagsError ? true : undefined}
                    aria-describedby={tagsError ? `${tagsId}-error` : undefined}
                    data-select-start={select?.[0]}
                    data-select-end={select?.[1]}
                    onChange={(e) => update(i, { text: e.target.value }, 'tags')}
                  />
                  {tagsError && (
                    <p className="field-error" id={`${tagsId}-error`}>
                      {tagsError}
                    </p>
                  )}
                </div>
                <button
                  type="button"
                  className="icon-button pillar-remove"
                  aria-label={t('clients.hashtagSetRemove', { name: label })}
                  title={t('clients.hashtagSetRemove', { name: label })}
                  onClick={() => {
                    // Errors are keyed by position: after a removal they would point at the wrong rows.
                    onChange(rows.filter((_, j) => j !== i), Object.keys(errors).filter((k) => k.startsWith('hashtags.')));
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
          disabled={rows.length >= MAX_HASHTAG_SETS}
          onClick={() => {
            onChange([...rows, { id: newId(), name: '', text: '' }], ['hashtags.list']);
            requestAnimationFrame(() => document.getElementById(`${id}-${rows.length}-name`)?.focus());
          }}
        >
          <Plus size={15} aria-hidden="true" /> {t('clients.hashtagSetAdd')}
        </button>
      </div>
      {listError && <p className="field-error">{listError}</p>}
    </div>
  );
};
