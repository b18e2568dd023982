import { useTranslation } from 'react-i18next';
import type { PostImportMode } from '../../db/imports';
import { Field } from '../../ui/Field';
import { FROM_FILE } from './importStages';
import type { ImportPanelState } from './useImportPanel';

/** Where the posts go (a client, or each row's own) and whether they add to or update the planning. */
export const ImportOptions = ({ state }: { state: ImportPanelState }) => {
  const { t } = useTranslation();
  const { active, target, chooseTarget, targetError, mode, setMode, busy } = state;
  return (
    <div className="field-row">
      <Field label={t('data.import.target')} error={targetError ?? undefined}>
        <select value={target} disabled={busy} onChange={(e) => chooseTarget(e.target.value)}>
          {active.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value={FROM_FILE}>{t('data.import.fromFile')}</option>
        </select>
      </Field>
      <Field label={t('data.import.mode')} hint={t(`data.import.modeHint.${mode}`)}>
        <select value={mode} disabled={busy} onChange={(e) => setMode(e.target.value as PostImportMode)}>
          <option value="add">{t('data.import.modes.add')}</option>
          <option value="update">{t('data.import.modes.update')}</option>
        </select>
      </Field>
    </div>
  );
};
