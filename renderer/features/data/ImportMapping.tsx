import { useTranslation } from 'react-i18next';
import type { DayOrder } from '../../../shared/serializers/csv';
import { Field } from '../../ui/Field';
import type { CsvPreview } from './csvPreview';
import { EncodingField } from './EncodingField';
import { ImportOptions } from './ImportOptions';
import { ImportReport } from './ImportReport';
import { MAPPED_COLUMNS, sameMapping, type Stage } from './importStages';
import type { ImportPanelState } from './useImportPanel';

type Props = {
  state: ImportPanelState;
  stage: Extract<Stage, { step: 'mapping' }>;
  preview: CsvPreview;
};

/** A CSV's columns mapped to the post's fields, its first rows as they will be imported, and their problems. */
export const ImportMapping = ({ state, stage, preview }: Props) => {
  const { t } = useTranslation();
  const { dayOrder, setDayOrder, encodingError, reread, setStage, status, busy, choose, importCsv } = state;
  return (
    <>
      <p>
        {t('data.import.mappingIntro', { name: stage.file.name })}
      </p>
      <ImportOptions state={state} />
      <Field label={t('data.import.dayOrder')} hint={t('data.import.dayOrderHint')}>
        <select value={dayOrder} disabled={busy} onChange={(e) => setDayOrder(e.target.value as DayOrder | '')}>
          <option value="">{t('data.import.dayOrders.auto')}</option>
          <option value="dmy">{t('data.import.dayOrders.dmy')}</option>
          <option value="mdy">{t('data.import.dayOrders.mdy')}</option>
        </select>
      </Field>
      <EncodingField decoded={stage.file.decoded} error={encodingError} disabled={busy} onChoose={reread} />
      <div className="data-scroll">
        <table className="data-table mapping-table">
          <caption>{t('data.import.mapping')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data.import.cadenceField')}</th>
              <th scope="col">{t('data.import.fileColumn')}</th>
              <th scope="col">{t('data.import.firstRow')}</th>
            </tr>
          </thead>
          <tbody>
            {MAPPED_COLUMNS.map((column) => {
              const header = stage.mapping[column];
              return (
                <tr key={column}>
                  <th scope="row">{t(`data.columns.${column}`, { defaultValue: column })}</th>
                  <td>
                    <select
                      aria-label={t('data.import.columnFor', { field: t(`data.columns.${column}`, { defaultValue: column }) })}
                      value={header ?? ''}
                      disabled={busy}
                      onChange={(e) => {
                        const next = { ...stage.mapping };
                        if (e.target.value) next[column] = e.target.value;
                        else delete next[column];
                        if (!sameMapping(next, stage.mapping)) setStage({ ...stage, mapping: next });
                      }}
                    >
                      <option value="">{t('data.import.notImported')}</option>
                      {preview.headers.filter((h) => h !== '').map((h) => (
                        <option key={h} value={h}>
                          {h}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="data-sample">{header ? preview.samples[header] : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!stage.mapping.title && <p className="field-error" role="alert">{t('data.import.needsTitle')}</p>}
      {preview.result.rows.some((r) => r.mediaNamed) && <p className="field-hint">{t('data.import.mediaNote')}</p>}
      {preview.result.rows.length > 0 && (
        <div className="data-scroll">
          <table className="data-table">
            <caption>{t('data.import.previewCaption', { count: preview.result.rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('data.report.line')}</th>
                <th scope="col">{t('data.columns.title')}</th>
                <th scope="col">{t('data.columns.date')}</th>
                <th scope="col">{t('data.columns.time')}</th>
                <th scope="col">{t('data.columns.channel')}</th>
                <th scope="col">{t('data.columns.format')}</th>
                <th scope="col">{t('data.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.result.rows.map((row) => (
                <tr key={row.line}>
                  <td className="data-line">{row.line}</td>
                  <td>{row.post.title}</td>
                  <td>{row.post.date ?? '—'}</td>
                  <td>{row.post.time ?? '—'}</td>
                  <td>{t(`channel.${row.post.channel}`)}</td>
                  <td>{t(`format.${row.post.format}`)}</td>
                  <td>{t(`status.${row.post.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.result.errors.length > 0 && stage.mapping.title && (
        <ImportReport errors={preview.result.errors} caption={t('data.import.previewProblems')} />
      )}
      <div className="dialog-foot">
        <p className="data-status" role="status">{status}</p>
        <span className="spacer" />
        <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
          {t('data.import.otherFile')}
        </button>
        <button type="button" className="primary-button" disabled={busy || !stage.mapping.title} onClick={() => void importCsv(stage.file, stage.mapping)}>
          {t('data.import.import')}
        </button>
      </div>
    </>
  );
};
