/**
 * Importing a platform's results export (CSV): read the rows, then match them to posts
 * (matchResults.ts). Nothing is written here: the UI shows the review and writes in one transaction.
 *
 * Read like the Cadence CSV (csvImport.ts): papaparse, never dynamicTyping (it turns "1,234" into 1 and
 * "00123" into 123), BOM or not, ',' ';' or TAB read from the header row, quoted line breaks, and every
 * error names the 1-based line where its row STARTS in the file ("line 7: comments '-3' is negative").
 * A bad row is left out with its errors; the other rows are returned. Counts and dates follow
 * resultsCells.ts; a count column the file lacks (saves on LinkedIn) reads as 0, but reach and
 * impressions stay null when missing, and a row needs one of them.
 */
import Papa from 'papaparse/papaparse.js';
import type { Day } from '../dates';
import { engagementOf, type ResultSnapshotDraft, type SnapshotLabel } from '../model/results';
import type { DayOrder } from '../serializers/csvCells';
import { detectDelimiter } from '../serializers/csvImport';
import { at, type ImportError } from '../serializers/types';
import { inferDayOrder, parseCount, parseResultDate } from './resultsCells';
import { COUNT_COLUMNS, RESULTS_COLUMNS, guessResultsMapping } from './resultsColumns';
import type { CountColumn, ResultsColumn, ResultsMapping } from './resultsColumns';

export { guessResultsMapping, RESULTS_COLUMNS, COUNT_COLUMNS } from './resultsColumns';
export type { CountColumn, ResultsColumn, ResultsMapping } from './resultsColumns';
export { matchResults } from './matchResults';
export type { MatchHow, MatchOptions, MatchPost, ResultsMatch } from './matchResults';

export const RESULTS_IMPORT_ERROR_CODES = [
  'csv.empty',
  'csv.unreadable',
  'csv.mappingHeaderMissing',
  'csv.unclosedQuote',
  'csv.malformedQuote',
  'csv.tooManyCells',
  'results.noDateColumn',
  'results.noReachColumn',
  'results.dateMissing',
  'results.dateInvalid',
  'results.dateFormat',
  'results.dateAmbiguous',
  'results.notNumber',
  'results.notWhole',
  'results.negative',
  'results.noReach',
  'results.reachBelowEngagement',
] as const;
export type ResultsImportErrorCode = (typeof RESULTS_IMPORT_ERROR_CODES)[number];

/** Shaped like ImportError (serializers/types.ts), with the codes of this import. */
export type ResultsImportError = Omit<ImportError, 'code'> & { code: ResultsImportErrorCode };

export type ResultsRowCounts = { [K in CountColumn]: K extends 'reach' | 'impressions' ? number | null : number };

export type ResultsRow = {
  /** 1-based line where the row starts in the file. */
  line: number;
  /** The publishing day as written in the file (see resultsCells.ts about zones). */
  date: Day;
  link: string | null;
  text: string | null;
  counts: ResultsRowCounts;
};

export type ResultsCsv = {
  rows: ResultsRow[];
  errors: ResultsImportError[];
  headers: string[];
  /** The mapping used (given or guessed), for the mapping screen to show and correct. */
  mapping: ResultsMapping;
  delimiter: string;
  /** The day order used for d/m/y dates: given, read from the file, or undefined when nothing told. */
  dayOrder: DayOrder | undefined;
};

export type ResultsCsvOptions = { delimiter?: ',' | ';' | '\t'; dayOrder?: DayOrder };

type CsvRecord = { cells: string[]; line: number; errors: string[] };

const issue = (
  code: ResultsImportErrorCode,
  line: number | undefined,
  text: string,
  extra: Omit<Partial<ResultsImportError>, 'code' | 'line' | 'message'> = {},
): ResultsImportError => ({ code, ...(line === undefined ? {} : { line }), message: `${at(line)}${text}`, ...extra });

// Lines from papaparse's cursor (not its row index), so a quoted cell spanning lines keeps them right.
const readRecords = (text: string, delimiter: string): CsvRecord[] => {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const records: CsvRecord[] = [];
  let start = 0;
  Papa.parse(text, {
    delimiter,
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      records.push({ cells: result.data, line: lineOf(start), errors: result.errors.map((e) => e.code) });
      start = result.meta.cursor;
    },
  });
  return records;
};

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

const recordError = (record: CsvRecord, columns: number): ResultsImportError | null => {
  const { line } = record;
  if (record.errors.includes('InvalidQuotes')) {
    return issue('csv.malformedQuote', line, 'a quote inside a quoted cell is not doubled (""), so the rows after it may be merged into this one');
  }
  if (record.errors.includes('MissingQuotes')) {
    return issue('csv.unclosedQuote', line, 'a quoted cell starting on this row is never closed, so the rest of the file could not be read');
  }
  if (record.cells.slice(columns).some((c) => c.trim() !== '')) {
    const cells = record.cells.length;
    const text = `${cells} cells but the header has ${columns} (is a cell with a delimiter missing its quotes?)`;
    return issue('csv.tooManyCells', line, text, { params: { cells, columns } });
  }
  return null;
};

const COUNT_PROBLEMS = {
  negative: ['results.negative', 'is negative'],
  notNumber: ['results.notNumber', 'is not a number'],
  notWhole: ['results.notWhole', 'is not a whole number'],
} as const;
const DATE_PROBLEMS = {
  dateInvalid: ['results.dateInvalid', 'does not exist'],
  dateFormat: ['results.dateFormat', 'is not a date (yyyy-MM-dd)'],
  dateAmbiguous: ['results.dateAmbiguous', 'could be day/month or month/day: choose the day order'],
} as const;

const readRow = (
  record: CsvRecord,
  index: ReadonlyMap<ResultsColumn, number>,
  dayOrder: DayOrder | undefined,
): { ok: true; row: ResultsRow } | { ok: false; errors: ResultsImportError[] } => {
  const { line } = record;
  const cell = (column: ResultsColumn): string | null => {
    const i = index.get(column);
    const value = i === undefined ? undefined : record.cells[i]?.trim();
    return value === undefined || value === '' ? null : value;
  };
  const errors: ResultsImportError[] = [];
  let date: Day | null = null;
  const dateCell = cell('date');
  if (dateCell === null) errors.push(issue('results.dateMissing', line, 'date is empty', { field: 'date' }));
  else {
    const parsed = parseResultDate(dateCell, dayOrder);
    if (parsed.ok) date = parsed.value;
    else {
      const [code, text] = DATE_PROBLEMS[parsed.problem];
      const value = dateCell.slice(0, 40);
      errors.push(issue(code, line, `date '${value}' ${text}`, { field: 'date', params: { value } }));
    }
  }
  const counts: ResultsRowCounts = { reach: null, impressions: null, reactions: 0, comments: 0, shares: 0, saves: 0, clicks: 0 };
  for (const column of COUNT_COLUMNS) {
    const raw = cell(column);
    if (raw === null) continue;
    const parsed = parseCount(raw);
    if (parsed.ok) {
      if (parsed.value !== null) counts[column] = parsed.value;
      continue;
    }
    const [code, text] = COUNT_PROBLEMS[parsed.problem];
    const value = raw.slice(0, 40);
    errors.push(issue(code, line, `${column} '${value}' ${text}`, { field: column, params: { field: column, value } }));
  }
  // Cross-field checks only on readable counts: one error per cause.
  if (errors.every((e) => e.field === 'date')) {
    const engagement = engagementOf(counts);
    if (counts.reach === null && counts.impressions === null) {
      const text = 'reach and impressions are both empty: one of them is needed';
      errors.push(issue('results.noReach', line, text, { field: 'reach' }));
    } else if (counts.reach !== null && counts.reach < engagement) {
      const text = `reach ${counts.reach} is lower than engagement ${engagement}`;
      errors.push(issue('results.reachBelowEngagement', line, text, { field: 'reach', params: { reach: counts.reach, engagement } }));
    }
  }
  if (errors.length > 0 || date === null) return { ok: false, errors };
  return { ok: true, row: { line, date, link: cell('link'), text: cell('text'), counts } };
};

const fatal = (error: ResultsImportError, rest: Partial<ResultsCsv> = {}): ResultsCsv => ({
  rows: [],
  errors: [error],
  headers: [],
  mapping: {},
  delimiter: ',',
  dayOrder: undefined,
  ...rest,
});

/** Rows of a results export; `mapping` defaults to guessResultsMapping(headers). Never throws. */
export const parseResultsCsv = (input: string, mapping?: ResultsMapping, options: ResultsCsvOptions = {}): ResultsCsv => {
  try {
    const text = input.replace(/^\ufeff/, '');
    if (text.trim() === '') return fatal(issue('csv.empty', undefined, 'the file is empty'));
    const delimiter = options.delimiter ?? detectDelimiter(text);
    const records = readRecords(text, delimiter);
    const headerAt = records.findIndex((r) => !isBlank(r.cells));
    const header = records[headerAt];
    if (!header) return fatal(issue('csv.empty', undefined, 'the file is empty'), { delimiter });
    const headers = header.cells.map((h) => h.trim());
    const used = mapping ?? guessResultsMapping(headers);
    const base = { headers, mapping: used, delimiter, dayOrder: options.dayOrder };
    const headerProblem = recordError(header, header.cells.length);
    if (headerProblem) return fatal(headerProblem, base);
    const index = new Map<ResultsColumn, number>();
    for (const column of RESULTS_COLUMNS) {
      const name = used[column];
      if (name === undefined) continue;
      const i = headers.findIndex((h) => h.toLowerCase() === name.trim().toLowerCase());
      if (i === -1) {
        const message = `there is no column '${name}' (chosen for ${column})`;
        return fatal(issue('csv.mappingHeaderMissing', header.line, message, { params: { column, header: name } }), base);
      }
      index.set(column, i);
    }
    const found = headers.filter((h) => h !== '').join(', ').slice(0, 200);
    if (!index.has('date')) {
      const message = `no date column (expected 'Publish time', 'Date posted', 'Created date'…); found: ${found}`;
      return fatal(issue('results.noDateColumn', header.line, message, { params: { headers: found } }), base);
    }
    if (!index.has('reach') && !index.has('impressions')) {
      const message = `no reach or impressions column (expected 'Reach', 'Impressions', 'Video views'…); found: ${found}`;
      return fatal(issue('results.noReachColumn', header.line, message, { params: { headers: found } }), base);
    }
    const body = records.slice(headerAt + 1).filter((r) => !(isBlank(r.cells) && r.errors.length === 0));
    const dateIndex = index.get('date')!;
    const dayOrder = options.dayOrder ?? inferDayOrder(body.map((r) => r.cells[dateIndex] ?? ''));
    const rows: ResultsRow[] = [];
    const errors: ResultsImportError[] = [];
    for (const record of body) {
      const problem = recordError(record, headers.length);
      if (problem) {
        errors.push(problem);
        continue;
      }
      const result = readRow(record, index, dayOrder);
      if (result.ok) rows.push(result.row);
      else errors.push(...result.errors);
    }
    return { rows, errors, ...base, dayOrder };
  } catch (error) {
    // Defensive: nothing above should throw, but a raw exception must not reach the UI.
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    return fatal(issue('csv.unreadable', undefined, `the file cannot be read (${detail})`, { params: { detail } }));
  }
};

/** The snapshot to store for a matched row; `takenAt` is when the export was made (ISO with offset). */
export const toSnapshotDraft = (
  row: ResultsRow,
  postId: string,
  takenAt: string,
  label: SnapshotLabel = 'custom',
): ResultSnapshotDraft => ({ postId, takenAt, label, source: 'import', ...row.counts });
