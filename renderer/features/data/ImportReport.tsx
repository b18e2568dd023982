import { useTranslation } from 'react-i18next';
import type { ImportError } from '../../../shared/serializers/types';
import { describeImportError } from './importErrors';

/** Rows shown in the report; the count says how many more there are. */
export const REPORT_LIMIT = 200;

/** The validation report: each problem with its line and its reason. */
export const ImportReport = ({ errors, caption }: { errors: readonly ImportError[]; caption: string }) => {
  const { t, i18n } = useTranslation();
  const shown = errors.slice(0, REPORT_LIMIT);
  const hasLines = errors.some((e) => e.line !== undefined || e.index !== undefined);
  return (
    <div className="data-report">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {hasLines && <th scope="col">{t('data.report.line')}</th>}
            <th scope="col">{t('data.report.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((error, i) => (
            <tr key={`${error.line ?? ''}-${i}`}>
              {hasLines && (
                <td className="data-line">
                  {error.line ?? (error.index !== undefined ? `#${error.index + 1}` : '—')}
                </td>
              )}
              <td>{describeImportError(error, t, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > shown.length && <p className="field-hint">{t('data.report.more', { count: errors.length - shown.length })}</p>}
    </div>
  );
};
