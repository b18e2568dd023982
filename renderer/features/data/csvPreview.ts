import Papa from 'papaparse/papaparse.js';
import { detectDelimiter, fromCsv, type CsvImport, type CsvMapping, type DayOrder } from '../../../shared/serializers/csv';
import type { ClientLookup, ImportDefaults } from '../../../shared/serializers/types';

/** How much of a file the mapping preview reads: its first rows, never the whole file. */
const PREVIEW_CHARS = 64 * 1024;
export const PREVIEW_ROWS = 5;

export type CsvPreview = {
  headers: string[];
  /** The mapping guessed from the headers (or the one given). */
  mapping: CsvMapping;
  delimiter: ',' | ';' | '\t';
  /** Header → its value on the first row, to recognise each column. */
  samples: Record<string, string>;
  /** The first rows as they will be imported, and the problems on those rows. */
  result: Pick<CsvImport, 'rows' | 'errors'>;
};

/** The file's start, cut at a line break (a row cut in two would only add a false problem). */
const head = (text: string): string => {
  if (text.length <= PREVIEW_CHARS) return text;
  const cut = Math.max(text.lastIndexOf('\n', PREVIEW_CHARS), text.lastIndexOf('\r', PREVIEW_CHARS));
  return cut > 0 ? text.slice(0, cut + 1) : text.slice(0, PREVIEW_CHARS);
};

/**
 * The mapping preview of a CSV: its headers, the guessed (or chosen) mapping, and its first rows read
 * with that mapping. Cheap (the first 64 KB), so it runs on the page as the user changes the mapping.
 */
export const previewCsv = (
  text: string,
  options: { mapping?: CsvMapping; dayOrder?: DayOrder; clientId: string; defaults?: ImportDefaults; clients?: ClientLookup },
): CsvPreview => {
  const start = head(text.replace(/^\ufeff/, ''));
  const delimiter = detectDelimiter(start);
  const result = fromCsv(start, {
    delimiter,
    clientId: options.clientId,
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.dayOrder ? { dayOrder: options.dayOrder } : {}),
    ...(options.defaults ? { defaults: options.defaults } : {}),
    // The clients' pillars, so a pillar the client does not have shows in the preview with its line.
    ...(options.clients ? { clients: options.clients } : {}),
  });
  const records = Papa.parse(start, { delimiter, quoteChar: '"', header: false, dynamicTyping: false, skipEmptyLines: false })
    .data.filter((cells) => cells.some((c) => c.trim() !== ''));
  const headerCells = records[0] ?? [];
  const first = records[1] ?? [];
  const samples: Record<string, string> = {};
  headerCells.forEach((header, i) => {
    samples[header.trim()] = (first[i] ?? '').slice(0, 80);
  });
  const rows = result.rows.slice(0, PREVIEW_ROWS);
  const lastLine = rows.at(-1)?.line ?? Number.POSITIVE_INFINITY;
  const errors = result.errors.filter((e) => e.line === undefined || e.line <= lastLine).slice(0, 10);
  return { headers: result.headers, mapping: result.mapping, delimiter, samples, result: { rows, errors } };
};

const sameColumns = (a: CsvMapping, b: CsvMapping): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof CsvMapping>);
  return [...keys].every((k) => a[k] === b[k]);
};

/**
 * The mapping for the same file read again in another encoding, where header names change ("RÃ©seau"
 * becomes "Réseau"): a fresh guess when the user had kept the guess, else each chosen column by its
 * position in the header row.
 */
export const mappingAfterReread = (mapping: CsvMapping, before: string, after: string, clientId: string): CsvMapping => {
  const old = previewCsv(before, { clientId });
  const next = previewCsv(after, { clientId });
  if (sameColumns(mapping, old.mapping)) return next.mapping;
  const moved: CsvMapping = {};
  for (const [column, header] of Object.entries(mapping) as Array<[keyof CsvMapping, string]>) {
    const at = old.headers.indexOf(header);
    const renamed = at >= 0 ? next.headers[at] : undefined;
    if (renamed) moved[column] = renamed;
  }
  return moved;
};
