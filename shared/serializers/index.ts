/**
 * The serializer layer: Cadence posts to and from iCalendar, CSV and the JSON backup. Pure
 * TypeScript (no DOM, no Node): the UI, workers and the CLI build on these functions.
 */
export { toIcs, fromIcs, validateIcsLines, ICS_UID_DOMAIN, DEFAULT_PROD_ID, DEFAULT_DURATION_MINUTES } from './ics';
export type { ToIcsOptions, FromIcsOptions, IcsImport, IcsLineIssue } from './ics';
export { toCsv, fromCsv, guessMapping, detectDelimiter, CSV_COLUMNS } from './csv';
export type { ToCsvOptions, FromCsvOptions, CsvImport, CsvColumn, CsvMapping, CsvDelimiter, DayOrder } from './csv';
export { toBackup, parseBackup, backupChecksum, jsonErrorPosition, MAX_ROW_ERRORS } from './backup';
export type { Backup, BackupData, ParseBackupResult } from './backup';
export { IMPORT_ERROR_CODES } from './types';
export type { ImportError, ImportErrorCode, ImportDefaults, ImportedPost, ClientLookup } from './types';
export { wallToUtc, utcToWall } from './wallTime';
export type { WallResolution } from './wallTime';
export { sha256 } from './sha256';
export { canonicalJson } from './canonicalJson';
