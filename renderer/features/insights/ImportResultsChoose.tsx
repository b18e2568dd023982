import { useTranslation } from 'react-i18next';
import { SNAPSHOT_LABELS, type SnapshotLabel } from '../../../shared/model/results';
import type { Channel } from '../../../shared/model/enums';
import { Field } from '../../ui/Field';
import type { ImportResults } from './useImportResults';

type Props = { state: ImportResults; onCancel: () => void };

/** The results import's first step: the channel, what the numbers are (label) and when they were read, then the file. */
export const ImportResultsChoose = ({ state, onCancel }: Props) => {
  const { t } = useTranslation();
  const { channel, setChannel, channels, label, setLabel, takenAt, changeTakenAt, err, message, chooseFile } = state;
  return (
    <>
      <p className="insights-intro">{t('insights.import.intro')}</p>
      <div className="field-row">
        <Field label={t('insights.import.channel')}>
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {channels.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('insights.import.label')} hint={t('insights.import.labelHint')}>
          <select value={label} onChange={(e) => setLabel(e.target.value as SnapshotLabel)}>
            {SNAPSHOT_LABELS.map((l) => (
              <option key={l} value={l}>
                {t(`results.label.${l}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('insights.import.takenAt')} error={err('takenAt')}>
          <input type="datetime-local" value={takenAt} onChange={(e) => changeTakenAt(e.target.value)} />
        </Field>
      </div>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <footer className="dialog-foot">
        <span className="spacer" />
        <button type="button" className="button" onClick={onCancel}>
          {t('insights.import.cancel')}
        </button>
        <button type="button" className="primary-button" onClick={() => void chooseFile()}>
          {t('insights.import.choose')}
        </button>
      </footer>
    </>
  );
};
