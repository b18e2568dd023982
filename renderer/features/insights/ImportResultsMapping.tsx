import { useTranslation } from 'react-i18next';
import { RESULTS_COLUMNS } from '../../../shared/insights/resultsCsv';
import type { DayOrder } from '../../../shared/serializers/csvCells';
import { Field } from '../../ui/Field';
import type { Loaded } from './importResultsSteps';
import type { ImportResults } from './useImportResults';

type Props = {
  state: ImportResults;
  file: Loaded;
  /** The dialog title's id, the prefix of each column's error id. */
  titleId: string;
  onCancel: () => void;
};

/** The results import's second step: which column of the file holds what, with the first row's values. */
export const ImportResultsMapping = ({ state, file, titleId, onCancel }: Props) => {
  const { t } = useTranslation();
  const { channel, mapping, chooseColumn, dayOrder, setDayOrder, err, busy, setStep, toReview } = state;
  return (
    <>
      <p className="insights-intro">{t('insights.import.mappingIntro', { name: file.name, channel: t(`channel.${channel}`) })}</p>
      <div className="insights-scroll">
        <table className="insights-table insights-mapping">
          <caption>{t('insights.import.mappingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.import.field')}</th>
              <th scope="col">{t('insights.import.fileColumn')}</th>
              <th scope="col">{t('insights.import.firstRow')}</th>
            </tr>
          </thead>
          <tbody>
            {RESULTS_COLUMNS.map((column) => {
              const header = mapping[column];
              const index = header === undefined ? -1 : file.headers.indexOf(header);
              const sample = index === -1 ? '' : (file.sample[0]?.[index] ?? '');
              const error = err(column);
              return (
                <tr key={column}>
                  <th scope="row">{t(`insights.columns.${column}`)}</th>
                  <td>
                    <select
                      aria-label={t('insights.import.columnFor', { field: t(`insights.columns.${column}`) })}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${titleId}-${column}-error` : undefined}
                      value={header ?? ''}
                      onChange={(e) => chooseColumn(column, e.target.value)}
                    >
                      <option value="">{t('insights.import.notImported')}</option>
                      {file.headers.map((h, i) => (
                        <option key={`${h}-${i}`} value={h}>
                          {h || t('insights.import.unnamed', { n: i + 1 })}
                        </option>
                      ))}
                    </select>
                    {error && (
                      <p className="field-error" id={`${titleId}-${column}-error`}>
                        {error}
                      </p>
                    )}
                  </td>
                  <td className="insights-sample">{sample}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Field label={t('insights.import.dayOrder')} hint={t('insights.import.dayOrderHint')}>
        <select value={dayOrder} onChange={(e) => setDayOrder(e.target.value as DayOrder | 'auto')}>
          <option value="auto">{t('insights.import.dayOrders.auto')}</option>
          <option value="dmy">{t('insights.import.dayOrders.dmy')}</option>
          <option value="mdy">{t('insights.import.dayOrders.mdy')}</option>
        </select>
      </Field>
      <footer className="dialog-foot">
        <button type="button" className="ghost-button" onClick={() => setStep({ kind: 'choose' })}>
          {t('insights.import.back')}
        </button>
        <span className="spacer" />
        <button type="button" className="button" onClick={onCancel}>
          {t('insights.import.cancel')}
        </button>
        <button type="button" className="primary-button" disabled={busy} onClick={() => void toReview(file)}>
          {t('insights.import.check')}
        </button>
      </footer>
    </>
  );
};
