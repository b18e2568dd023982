import { useTranslation } from 'react-i18next';
import { dayToDate } from '../../../shared/dates';
import type { MatchPost } from '../../../shared/insights/resultsCsv';
import { engagementOf } from '../../../shared/model/results';
import type { Channel } from '../../../shared/model/enums';
import { formatCount } from '../results/format';
import { ImportResultsProblems } from './ImportResultsProblems';
import { SKIP, choicesFor, reviewState, type Decision } from './importResults';
import { howText, type Step } from './importResultsSteps';

type Props = {
  step: Extract<Step, { kind: 'review' }>;
  channel: Channel;
  decisions: Map<number, Decision>;
  setDecisions: (next: Map<number, Decision>) => void;
  leaveOut: boolean;
  setLeaveOut: (value: boolean) => void;
  busy: boolean;
  message: string | null;
  postLabel: (post: MatchPost) => string;
  onBack: () => void;
  onCancel: () => void;
  onConfirm: () => void;
};

/** The results import's last step: every row with the post it goes to (or none), and the problems of the file. */
export const ImportResultsReview = ({ step, channel, decisions, setDecisions, leaveOut, setLeaveOut, busy, message, postLabel, onBack, onCancel, onConfirm }: Props) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { parsed, rows, posts, withResults } = step.review;
  const state = reviewState(rows, decisions);
  const counts = {
    matched: rows.filter((r) => r.kind === 'matched').length,
    ambiguous: rows.filter((r) => r.kind === 'ambiguous').length,
    unmatched: rows.filter((r) => r.kind === 'unmatched').length,
  };
  const problems = parsed.errors;
  const fatal = rows.length === 0 && problems.length > 0;
  const chosenIds = [...decisions.values()].filter((d): d is string => d !== null && d !== SKIP);
  const already = chosenIds.filter((id) => withResults.has(id)).length;
  const blocked = state.undecided > 0 || state.duplicates.length > 0 || state.chosen === 0 || (problems.length > 0 && !leaveOut);
  const byId = new Map(posts.map((p) => [p.id, p]));

  return (
    <>
      <p className="insights-intro" data-testid="import-summary">
        {t('insights.import.summary', {
          name: step.file.name,
          parts: [
            t('insights.import.summaryMatched', { count: counts.matched }),
            ...(counts.ambiguous > 0 ? [t('insights.import.summaryAmbiguous', { count: counts.ambiguous })] : []),
            ...(counts.unmatched > 0 ? [t('insights.import.summaryUnmatched', { count: counts.unmatched })] : []),
            ...(problems.length > 0 ? [t('insights.import.summaryProblems', { count: problems.length })] : []),
          ].join(', '),
        })}
      </p>
      {problems.length > 0 && <ImportResultsProblems problems={problems} fatal={fatal} fileName={step.file.name} leaveOut={leaveOut} setLeaveOut={setLeaveOut} />}
      {rows.length > 0 && (
        <div className="insights-scroll">
          <table className="insights-table insights-review">
            <caption>{t('insights.import.reviewCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.import.line')}</th>
                <th scope="col">{t('insights.import.rowDate')}</th>
                <th scope="col">{t('insights.import.rowText')}</th>
                <th scope="col">{t('insights.import.rowNumbers')}</th>
                <th scope="col">{t('insights.import.post')}</th>
                <th scope="col">{t('insights.import.how')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((review) => {
                const { row } = review;
                const decision = decisions.get(row.line) ?? null;
                const duplicate = decision !== null && state.duplicates.includes(decision);
                const choices = choicesFor(review, posts, channel);
                const selected = decision !== null && decision !== SKIP ? byId.get(decision) : undefined;
                const denominator = row.counts.reach ?? row.counts.impressions;
                return (
                  <tr key={row.line} className={`insights-review-${review.kind}`}>
                    <td className="insights-line">{row.line}</td>
                    <td>{new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(dayToDate(row.date))}</td>
                    <td className="insights-sample" title={row.text ?? row.link ?? ''}>
                      {row.text ?? row.link ?? '—'}
                    </td>
                    <td className="insights-numbers">
                      {t('insights.import.numbers', {
                        count: engagementOf(row.counts), // picks the plural form; {{engagement}} is the formatted number
                        engagement: formatCount(engagementOf(row.counts), lang),
                        denominator: denominator === null ? '—' : formatCount(denominator, lang),
                        basis: t(row.counts.reach !== null ? 'insights.columns.reach' : 'insights.columns.impressions').toLowerCase(),
                      })}
                    </td>
                    <td>
                      <select
                        aria-label={t('insights.import.postFor', { line: row.line })}
                        aria-invalid={decision === null || duplicate ? true : undefined}
                        value={decision ?? ''}
                        onChange={(e) => {
                          const next = new Map(decisions);
                          next.set(row.line, e.target.value === '' ? null : e.target.value);
                          setDecisions(next);
                        }}
                      >
                        {decision === null && <option value="">{t('insights.import.choosePost')}</option>}
                        <option value={SKIP}>{t('insights.import.skip')}</option>
                        {choices.map((post) => (
                          <option key={post.id} value={post.id}>
                            {postLabel(post)}
                          </option>
                        ))}
                      </select>
                      {duplicate && <p className="field-error">{t('insights.import.duplicate')}</p>}
                      {selected && withResults.has(selected.id) && <p className="field-hint">{t('insights.import.hasResults')}</p>}
                    </td>
                    <td className={`insights-how insights-how-${review.kind}`}>{howText(t, review, decision)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {already > 0 && <p className="field-hint">{t('insights.import.already', { count: already })}</p>}
      {state.undecided > 0 && <p className="field-hint">{t('insights.import.undecided', { count: state.undecided })}</p>}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <footer className="dialog-foot">
        <button type="button" className="ghost-button" onClick={onBack}>
          {t('insights.import.backToColumns')}
        </button>
        <span className="spacer" />
        <button type="button" className="button" onClick={onCancel}>
          {t('insights.import.cancel')}
        </button>
        {!fatal && (
          <button type="button" className="primary-button" disabled={blocked || busy} onClick={onConfirm}>
            {t('insights.import.confirm', { count: state.chosen })}
          </button>
        )}
      </footer>
    </>
  );
};
