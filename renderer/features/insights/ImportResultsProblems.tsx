import { useTranslation } from 'react-i18next';
import type { ResultsImportError } from '../../../shared/insights/resultsCsv';
import { describeResultsError } from './importErrors';
import { REPORT_LIMIT } from './importResultsSteps';

type Props = {
  problems: ResultsImportError[];
  /** No row could be read: the import cannot go on, so the rows cannot be left out either. */
  fatal: boolean;
  fileName: string;
  leaveOut: boolean;
  setLeaveOut: (value: boolean) => void;
};

/** The rows of the file that could not be read, each with its line, and the choice to import without them. */
export const ImportResultsProblems = ({ problems, fatal, fileName, leaveOut, setLeaveOut }: Props) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <div className="insights-scroll insights-report-errors">
        <table className="insights-table">
          <caption>{t(fatal ? 'insights.import.fatalCaption' : 'insights.import.problemsCaption', { name: fileName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.import.line')}</th>
              <th scope="col">{t('insights.import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, REPORT_LIMIT).map((problem, i) => (
              <tr key={`${problem.line ?? ''}-${i}`}>
                <td className="insights-line">{problem.line ?? '—'}</td>
                <td>{describeResultsError(problem, t, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {problems.length > REPORT_LIMIT && <p className="field-hint">{t('insights.import.more', { count: problems.length - REPORT_LIMIT })}</p>}
      </div>
      {!fatal && (
        <label className="checkbox">
          <input type="checkbox" checked={leaveOut} onChange={(e) => setLeaveOut(e.target.checked)} />
          <span>{t('insights.import.leaveOut', { count: problems.length })}</span>
        </label>
      )}
    </>
  );
};
