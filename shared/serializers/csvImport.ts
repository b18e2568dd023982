/**
 * Cadence CSV import (see csv.ts for the format). Never throws: a file that cannot be read gives one
 * error; a bad row gives errors with its starting line and is left out; the other rows are returned.
 */
import Papa from 'papaparse/papaparse.js';
import { buildPost } from './postFields';
import type { DayOrder } from './csvCells';
import { decodeTags, parseDayCell, parseTimeCell, restoreCell } from './csvCells';
import { CSV_COLUMNS, guessMapping } from './csvColumns';
import type { CsvColumn, CsvMapping } from './csvColumns';
import type { Pillar } from '../model/pillars';
import { pillarsByClient } from './pillarCells';
import { readPublishCells } from './publishCells';
import { readApprovalCells } from './approvalCells';
import type { ClientLookup, ImportDefaults, ImportError, ImportedPost } from './types';
import { problem } from './types';

export type FromCsvOptions = {
  /** Column → header in the file; default guessMapping(headers). */
  mapping?: CsvMapping;
  /** The client every row goes to; without it each row needs a client_id cell. */
  clientId?: string;
  defaults?: ImportDefaults;
  /** Default: the most frequent of , ; TAB outside quotes in the header row. */
  delimiter?: ',' | ';' | '\t';
  /** How to read 03/04/2026 (yyyy-MM-dd is always read). */
  dayOrder?: DayOrder;
  /**
   * Cadence's clients: a row's pillar cell must name one of its client's pillars (`clientId`, else the
   * row's client_id). A row whose client is not among them keeps the name in `pillarName` unmatched.
   */
  clients?: ClientLookup;
};

export type CsvImport = {
  rows: ImportedPost[];
  errors: ImportError[];
  /** The file's header row, as written (trimmed). */
  headers: string[];
  /** The mapping used (given or guessed), for the UI to show and correct. */
  mapping: CsvMapping;
  delimiter: string;
};

type CsvRecord = { cells: string[]; line: number; errors: string[] };

/** Most frequent of , ; TAB outside quotes in the first record (ties: , then ; then TAB). */
export const detectDelimiter = (text: string): ',' | ';' | '\t' => {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
};

/** 1-based line of each character offset: CRLF, lone CR and lone LF each end a line. */
const lineCounter = (text: string): ((offset: number) => number) => {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
};

const readRecords = (text: string, delimiter: string): CsvRecord[] => {
  const lineOf = lineCounter(text);
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

const isBlank = (cells: string[]): boolean => cells.every((c) => c.trim() === '');

const fatal = (error: ImportError, rest: Partial<CsvImport> = {}): CsvImport => ({
  rows: [],
  errors: [error],
  headers: [],
  mapping: {},
  delimiter: ',',
  ...rest,
});

type PillarsOf = (clientId: string) => readonly Pillar[] | undefined;

const readRow = (
  record: CsvRecord,
  index: Map<CsvColumn, number>,
  options: FromCsvOptions,
  pillarsOf: PillarsOf,
): { ok: true; row: ImportedPost } | { ok: false; errors: ImportError[] } => {
  const { line } = record;
  const cell = (column: CsvColumn): string | undefined => {
    const i = index.get(column);
    return i === undefined ? undefined : restoreCell(record.cells[i] ?? '');
  };
  const trimmed = (column: CsvColumn): string | null => {
    const value = cell(column)?.trim();
    return value === undefined || value === '' ? null : value;
  };
  const errors: ImportError[] = [];
  const cellError = (field: string, result: { code: ImportError['code']; message: string }, value: string) =>
    errors.push(problem(result.code, line, result.message, { field, params: { value } }));

  let date: string | null = null;
  const dateCell = trimmed('date');
  if (dateCell !== null) {
    const parsed = parseDayCell(dateCell, options.dayOrder);
    if (parsed.ok) date = parsed.value;
    else cellError('date', parsed, dateCell);
  }
  let time: string | null = null;
  const timeCell = trimmed('time');
  if (timeCell !== null) {
    const parsed = parseTimeCell(timeCell);
    if (parsed.ok) time = parsed.value;
    else cellError('time', parsed, timeCell);
  }
  let lastUsed: string | null = null;
  const lastUsedCell = trimmed('evergreen_last_used');
  if (lastUsedCell !== null) {
    const parsed = parseDayCell(lastUsedCell, options.dayOrder);
    if (parsed.ok) lastUsed = parsed.value;
    else cellError('evergreen', { ...parsed, message: `evergreen last used: ${parsed.message}` }, lastUsedCell);
  }
  const published = readPublishCells(cell('published_at'), cell('live_url'), line);
  if (!published.ok) errors.push(...published.errors);
  const approval = readApprovalCells(cell('approval'), cell('changed_after_review'), line);
  if (!approval.ok) errors.push(...approval.errors);
  const sourceClientId = trimmed('client_id');
  const clientId = options.clientId ?? sourceClientId;
  if (clientId === null) {
    const text = 'no client: choose one for the import or fill the client_id column';
    errors.push(problem('row.clientMissing', line, text, { field: 'clientId' }));
  }
  const built = buildPost(
    {
      clientId: clientId ?? '-',
      title: cell('title') ?? '',
      caption: cell('caption') ?? '',
      notes: cell('notes') ?? '',
      firstComment: cell('first_comment'),
      date,
      time,
      tags: decodeTags(cell('tags') ?? ''),
      channel: cell('channel'),
      format: cell('format'),
      tone: cell('tone'),
      intent: cell('intent'),
      invites: cell('invites_participation'),
      status: cell('status'),
      intentSource: cell('intent_source'),
      participationSource: cell('participation_source'),
      order: cell('backlog_order'),
      series: cell('series'),
      pillar: cell('pillar'),
      evergreenWeeks: cell('evergreen_weeks'),
      evergreenLastUsed: lastUsed,
    },
    options.defaults ?? {},
    line,
    clientId === null ? undefined : pillarsOf(clientId),
  );
  // A bad date already said why; "needs a date" on top of it would only confuse.
  if (!built.ok) errors.push(...built.errors.filter((e) => !(e.code === 'row.dateRequired' && dateCell !== null)));
  if (errors.length > 0 || !built.ok || !published.ok || !approval.ok) return { ok: false, errors };
  return {
    ok: true,
    row: {
      line,
      sourceId: trimmed('id'),
      uid: null,
      sourceClientId,
      clientName: trimmed('client'),
      createdAt: trimmed('created_at'),
      updatedAt: trimmed('updated_at'),
      ...(index.has('pillar') ? { pillarName: built.pillarName } : {}),
      evergreenGiven: index.has('evergreen_weeks') || index.has('evergreen_last_used'),
      ...published.value,
      firstCommentGiven: index.has('first_comment'),
      // Read only to say that the files did not come with the CSV (see csv.ts).
      ...(trimmed('media_files') !== null || trimmed('media_alt') !== null ? { mediaNamed: true } : {}),
      ...(approval.value !== undefined ? { approval: approval.value } : {}),
      post: built.post,
    },
  };
};

const recordError = (record: CsvRecord, headerCount: number): ImportError | null => {
  const { line } = record;
  // InvalidQuotes first: it is the cause when papaparse then also runs to the end looking for a quote.
  if (record.errors.includes('InvalidQuotes')) {
    const text = 'a quote inside a quoted cell is not doubled (""), so the rows after it may be merged into this one';
    return problem('csv.malformedQuote', line, text);
  }
  if (record.errors.includes('MissingQuotes')) {
    const text = 'a quoted cell starting on this row is never closed, so the rest of the file could not be read';
    return problem('csv.unclosedQuote', line, text);
  }
  const cells = record.cells.length;
  if (record.cells.slice(headerCount).some((c) => c.trim() !== '')) {
    const text = `${cells} cells but the header has ${headerCount} (is a cell with a delimiter missing its quotes?)`;
    return problem('csv.tooManyCells', line, text, { params: { cells, columns: headerCount } });
  }
  return null;
};

/** Posts from a CSV text (see the module comment of csv.ts). */
export const fromCsv = (input: string, options: FromCsvOptions = {}): CsvImport => {
  try {
    const text = input.replace(/^\ufeff/, '');
    if (text.trim() === '') return fatal(problem('csv.empty', undefined, 'the file is empty'));
    const delimiter = options.delimiter ?? detectDelimiter(text);
    const records = readRecords(text, delimiter);
    const headerAt = records.findIndex((r) => !isBlank(r.cells));
    const headerRecord = records[headerAt];
    if (!headerRecord) return fatal(problem('csv.empty', undefined, 'the file is empty'), { delimiter });
    const headers = headerRecord.cells.map((h) => h.trim());
    const mapping = options.mapping ?? guessMapping(headers);
    const base = { headers, mapping, delimiter };
    const index = new Map<CsvColumn, number>();
    for (const column of CSV_COLUMNS) {
      const header = mapping[column];
      if (header === undefined) continue;
      const i = headers.findIndex((h) => h.toLowerCase() === header.trim().toLowerCase());
      if (i === -1) {
        const text = `there is no column '${header}' (chosen for ${column})`;
        return fatal(problem('csv.mappingHeaderMissing', headerRecord.line, text, { params: { column, header } }), base);
      }
      index.set(column, i);
    }
    if (!index.has('title')) {
      const found = headers.filter((h) => h !== '').join(', ').slice(0, 200);
      const text = `no title column (expected 'title', 'Titre', 'Subject'…); found: ${found}`;
      return fatal(problem('csv.noTitleColumn', headerRecord.line, text, { params: { headers: found } }), base);
    }
    const rows: ImportedPost[] = [];
    const errors: ImportError[] = [];
    const pillarsOf = pillarsByClient(options.clients ?? []);
    const headerProblem = recordError(headerRecord, headerRecord.cells.length);
    if (headerProblem) return fatal(headerProblem, base);
    for (const record of records.slice(headerAt + 1)) {
      if (isBlank(record.cells) && record.errors.length === 0) continue;
      const problem = recordError(record, headers.length);
      if (problem) {
        errors.push(problem);
        continue;
      }
      const result = readRow(record, index, options, pillarsOf);
      if (result.ok) rows.push(result.row);
      else errors.push(...result.errors);
    }
    return { rows, errors, ...base };
  } catch (error) {
    // Defensive: papaparse and the code above should not throw, but a raw exception must not escape.
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    return fatal(problem('csv.unreadable', undefined, `the file cannot be read (${detail})`, { params: { detail } }));
  }
};
