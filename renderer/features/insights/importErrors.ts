import type { TFunction } from 'i18next';
import type { ResultsImportError, ResultsImportErrorCode } from '../../../shared/insights/resultsCsv';

/**
 * A results-import problem as a sentence, without its "line N: " (the report has a Line column).
 * The English message from shared/ is the most precise, so English uses it; French translates each
 * code when the parameters it needs are there, and falls back to the English message otherwise.
 */
const NEEDS: Record<ResultsImportErrorCode, readonly string[]> = {
  'csv.empty': [],
  'csv.unreadable': ['detail'],
  'csv.mappingHeaderMissing': ['header', 'column'],
  'csv.unclosedQuote': [],
  'csv.malformedQuote': [],
  'csv.tooManyCells': ['cells', 'columns'],
  'results.noDateColumn': ['headers'],
  'results.noReachColumn': ['headers'],
  'results.dateMissing': [],
  'results.dateInvalid': ['value'],
  'results.dateFormat': ['value'],
  'results.dateAmbiguous': ['value'],
  'results.notNumber': ['field', 'value'],
  'results.notWhole': ['field', 'value'],
  'results.negative': ['field', 'value'],
  'results.noReach': [],
  'results.reachBelowEngagement': ['reach', 'engagement'],
};

export const describeResultsError = (error: ResultsImportError, t: TFunction, language: string): string => {
  const english = error.message.replace(/^line \d+: /, '');
  if (language.startsWith('en')) return english;
  const params: Record<string, unknown> = { ...error.params };
  if (params.field === undefined && error.field !== undefined) params.field = error.field;
  if (!NEEDS[error.code].every((name) => params[name] !== undefined)) return english;
  for (const name of ['field', 'column'] as const) {
    if (typeof params[name] === 'string') params[name] = t(`insights.columns.${params[name]}`, { defaultValue: params[name] });
  }
  return t(`insights.importErrors.${error.code}`, params);
};
