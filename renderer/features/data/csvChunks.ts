/**
 * fromCsv over a large file in pieces, so the import can report progress and be cancelled between
 * pieces, with exactly the result fromCsv gives for the whole file (tests/component/data/csvChunks
 * checks this on generated files).
 *
 * How: papaparse first splits the whole file into records (its own split, so quoted line breaks and
 * malformed quotes are cut exactly where fromCsv would cut them). Each piece is then the header (and
 * whatever precedes it) followed by a run of whole records, read by fromCsv; line numbers are shifted
 * back to the file's. papaparse guesses the line break per text it reads: when a piece would guess
 * another one than the whole file (mixed line endings), the file is read in one go instead.
 */
import Papa from 'papaparse/papaparse.js';
import { detectDelimiter, fromCsv, type CsvImport, type FromCsvOptions } from '../../../shared/serializers/csv';
import type { ImportError, ImportedPost } from '../../../shared/serializers/types';

export const CHUNK_RECORDS = 2000;

export type ChunkHooks = {
  /** Share of the work done, 0 to 1. */
  progress?: (done: number) => void;
  /** Awaited between pieces: lets the UI breathe and a cancel land. */
  pause?: () => Promise<void>;
  /** Records per piece (tests use small pieces). */
  chunkRecords?: number;
};

/** papaparse's own guess (guessLineEndings in papaparse.js), repeated to know what it will pick. */
export const guessLineBreak = (input: string): string => {
  const head = input.substring(0, 1024 * 1024).replace(/"([^]*?)"/gm, '');
  const r = head.split('\r');
  const n = head.split('\n');
  const nAppearsFirst = n.length > 1 && n[0]!.length < r[0]!.length;
  if (r.length === 1 || nAppearsFirst) return '\n';
  let withN = 0;
  for (const part of r) if (part[0] === '\n') withN += 1;
  return withN >= r.length / 2 ? '\r\n' : '\r';
};

/** Line breaks as fromCsv counts them: CRLF, lone CR and lone LF each end a line. */
const countBreaks = (text: string, from: number, to: number): number => {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count += 1;
  }
  return count;
};

const shiftLine = <T extends { line?: number; message: string }>(error: T, delta: number): T => {
  if (error.line === undefined || delta === 0) return error;
  const line = error.line + delta;
  const prefix = `line ${error.line}: `;
  const message = error.message.startsWith(prefix) ? `line ${line}: ${error.message.slice(prefix.length)}` : error.message;
  return { ...error, line, message };
};

type Split = { ends: number[]; blank: boolean[]; linebreak: string };

const splitRecords = (text: string, delimiter: string, hooks: ChunkHooks): Split => {
  const ends: number[] = [];
  const blank: boolean[] = [];
  let linebreak = '\n';
  Papa.parse(text, {
    delimiter,
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      ends.push(result.meta.cursor);
      blank.push(result.data.every((c) => c.trim() === ''));
      linebreak = result.meta.linebreak;
      if (ends.length % 5000 === 0) hooks.progress?.((0.25 * result.meta.cursor) / text.length);
    },
  });
  return { ends, blank, linebreak };
};

/** fromCsv(input, options), read in pieces of CHUNK_RECORDS records. */
export const fromCsvInChunks = async (input: string, options: FromCsvOptions = {}, hooks: ChunkHooks = {}): Promise<CsvImport> => {
  const text = input.replace(/^\ufeff/, '');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const whole = () => fromCsv(text, { ...options, delimiter });
  if (text.trim() === '') return whole();
  const size = Math.max(1, hooks.chunkRecords ?? CHUNK_RECORDS);
  const { ends, blank, linebreak } = splitRecords(text, delimiter, hooks);
  const headerAt = blank.findIndex((b) => !b);
  if (headerAt === -1 || ends.length - headerAt - 1 <= size) return whole();
  const prefixEnd = ends[headerAt]!;
  const prefix = text.slice(0, prefixEnd);
  const splitsCrLf = (at: number) => text[at - 1] === '\r' && text[at] === '\n';
  if (guessLineBreak(text) !== linebreak || guessLineBreak(prefix) !== linebreak || splitsCrLf(prefixEnd)) return whole();

  // The header alone: its problems (no title column, a mapping naming a missing column…) are the file's.
  const head = fromCsv(prefix, { ...options, delimiter });
  if (head.errors.length > 0) return head;
  const chunkOptions: FromCsvOptions = { ...options, delimiter, mapping: options.mapping ?? head.mapping };
  const prefixBreaks = countBreaks(prefix, 0, prefix.length);

  const rows: ImportedPost[] = [];
  const errors: ImportError[] = [];
  let breaksBefore = prefixBreaks; // line breaks in text[0, start)
  let start = prefixEnd;
  for (let first = headerAt + 1; first < ends.length; first += size) {
    const end = ends[Math.min(first + size, ends.length) - 1]!;
    const piece = prefix + text.slice(start, end);
    if (splitsCrLf(start) || guessLineBreak(piece) !== linebreak) return whole();
    const delta = breaksBefore - prefixBreaks;
    const result = fromCsv(piece, chunkOptions);
    for (const row of result.rows) rows.push(delta === 0 ? row : { ...row, line: row.line + delta });
    for (const error of result.errors) errors.push(shiftLine(error, delta));
    breaksBefore += countBreaks(text, start, end);
    start = end;
    hooks.progress?.(0.25 + (0.75 * end) / text.length);
    await hooks.pause?.();
  }
  return { rows, errors, headers: head.headers, mapping: chunkOptions.mapping ?? {}, delimiter };
};
