/**
 * The Cadence CSV (RFC 4180, through papaparse): export and import of posts.
 *
 * Export: UTF-8 BOM first (Excel needs it to read UTF-8; papaparse adds none), CRLF after every row,
 * the header row from CSV_COLUMNS, quotes only where needed (delimiter, quote, line break, edge
 * spaces), enum values as Cadence ids ('short_video'), invites_participation as true/false, tags as
 * "a; b" (see csvCells.ts), every cell guarded against formula injection (see csvCells.ts), the
 * pillar by its NAME in the post's client's pillars (empty for none or a pillar the client no longer
 * has), evergreen_weeks / evergreen_last_used empty unless the idea is evergreen (see pillarCells.ts),
 * first_comment as written (empty for none), approval / changed_after_review the review's state and
 * flag, empty for a post never given one; its comments stay out (see approvalCells.ts).
 * Media (issue 18): media_files lists the file NAMES in carousel order joined by " | ", media_alt
 * their alt texts in the same order (empty when none is written), so a copy editor or a client can
 * read and check them in a spreadsheet like the caption. TRAP: both are written, never read back: a
 * CSV cannot carry the files, so an import gives new posts no media and an update keeps the post's own
 * (renderer/db/imports.ts); a row naming media is flagged (`mediaNamed`) for the import to say so.
 * Import: never dynamicTyping (it turns "00123" into 123); BOM or not; CRLF, LF or CR; ',' ';' or TAB
 * (read from the header row unless given); quoted line breaks. Every bad row gets an error with the
 * 1-based line where the row STARTS in the file, which is not the row number once a quoted cell
 * spans several lines: lines are counted from papaparse's cursor, not from its row index.
 */
import Papa from 'papaparse/papaparse.js';
import { compareTimes } from '../dates';
import type { Post } from '../model/post';
import { approvalCellsOf } from './approvalCells';
import { encodeTags, neutraliseCell } from './csvCells';
import { CSV_COLUMNS } from './csvColumns';
import type { CsvColumn } from './csvColumns';
import type { Pillar } from '../model/pillars';
import { pillarNameOf, pillarsByClient } from './pillarCells';
import type { ClientLookup } from './types';
import { findClient } from './types';

export { CSV_COLUMNS, guessMapping } from './csvColumns';
export type { CsvColumn, CsvMapping } from './csvColumns';
export type { DayOrder } from './csvCells';
export { detectDelimiter, fromCsv } from './csvImport';
export type { CsvImport, FromCsvOptions } from './csvImport';

export type CsvDelimiter = ',' | ';' | '\t';
export type ToCsvOptions = {
  /** Columns to write, in this order (default: all of CSV_COLUMNS). */
  columns?: readonly CsvColumn[];
  /** Start with a UTF-8 BOM (default true). */
  bom?: boolean;
  /** Default ','; ';' suits spreadsheets set to French. */
  delimiter?: CsvDelimiter;
  /**
   * Write a pillar its client does not have as it is, instead of empty: for posts whose `pillar` holds
   * a name read without the client's settings (the command line's CSV input).
   */
  keepUnknownPillars?: boolean;
};

const BOM = '\ufeff';
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The separator of media_files and media_alt: spaced, so a file name with a "|" in it still reads. */
export const MEDIA_SEPARATOR = ' | ';
const mediaNamesCell = (post: Post): string => (post.media ?? []).map((m) => m.name).join(MEDIA_SEPARATOR);
// Empty when no alt text is written at all ("" | "" would only be separators); otherwise one per item,
// empty ones included, so the n-th alt text lines up with the n-th file name.
const mediaAltCell = (post: Post): string => {
  const media = post.media ?? [];
  return media.every((m) => m.alt.trim() === '') ? '' : media.map((m) => m.alt).join(MEDIA_SEPARATOR);
};

type Row = { clientName: string; pillars: readonly Pillar[] | undefined; keepUnknownPillars: boolean };

const cellOf = (post: Post, column: CsvColumn, row: Row): string => {
  switch (column) {
    case 'id': return post.id;
    case 'client': return row.clientName;
    case 'date': return post.date ?? '';
    case 'time': return post.time ?? '';
    case 'invites_participation': return post.invitesParticipation ? 'true' : 'false';
    case 'tags': return encodeTags(post.tags);
    case 'intent_source': return post.intentSource;
    case 'participation_source': return post.participationSource;
    case 'backlog_order': return post.order ?? '';
    case 'series': return post.series ? JSON.stringify(post.series) : '';
    case 'pillar': return pillarNameOf(post, row.pillars, row.keepUnknownPillars);
    case 'evergreen_weeks': return post.evergreen ? String(post.evergreen.everyWeeks) : '';
    case 'evergreen_last_used': return post.evergreen?.lastUsed ?? '';
    case 'published_at': return post.publishedAt ?? '';
    case 'live_url': return post.liveUrl ?? '';
    case 'first_comment': return post.firstComment ?? '';
    case 'media_files': return mediaNamesCell(post);
    case 'media_alt': return mediaAltCell(post);
    case 'approval': return approvalCellsOf(post.approval).state;
    case 'changed_after_review': return approvalCellsOf(post.approval).changed;
    case 'client_id': return post.clientId;
    case 'created_at': return post.createdAt;
    case 'updated_at': return post.updatedAt;
    default: return post[column];
  }
};

/**
 * Posts as Cadence CSV. Rows: dated posts by day, time (untimed first) and id, then undated ideas by
 * creation and id. A post whose client is not given gets an empty `client` cell.
 */
export const toCsv = (posts: readonly Post[], clients: ClientLookup, options: ToCsvOptions = {}): string => {
  const columns = [...(options.columns ?? CSV_COLUMNS)];
  const sorted = [...posts].sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : cmp(a.date, b.date);
    return compareTimes(a.time, b.time) || cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id);
  });
  const pillarsOf = pillarsByClient(clients);
  const keepUnknownPillars = options.keepUnknownPillars ?? false;
  const data = sorted.map((post) => {
    const row = { clientName: findClient(clients, post.clientId)?.name ?? '', pillars: pillarsOf(post.clientId), keepUnknownPillars };
    return columns.map((column) => neutraliseCell(cellOf(post, column, row)));
  });
  const body = Papa.unparse(
    { fields: columns, data },
    // Formulae are neutralised above, by our own reversible rule; papaparse's would not be undone on import.
    { delimiter: options.delimiter ?? ',', newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${options.bom === false ? '' : BOM}${body}\r\n`;
};
