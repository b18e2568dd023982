/** The import panel's stages and the pure parts its screens share: the targets, the mapped columns, the defaults. */
import type { Client } from '../../../shared/model/client';
import type { Backup } from '../../../shared/serializers/backup';
import { CSV_COLUMNS, type CsvColumn, type CsvMapping } from '../../../shared/serializers/csv';
import type { IcsImport } from '../../../shared/serializers/ics';
import type { ImportDefaults, ImportError } from '../../../shared/serializers/types';
import type { DecodedText } from '../../../shared/serializers/textEncoding';
import type { MediaRow } from '../../db/media';

/** The file as opened: its bytes (to read again in another encoding) and their text. */
export type Opened = { name: string; bytes: Uint8Array; text: string; decoded: DecodedText };
export type Stage =
  | { step: 'pick' }
  | { step: 'mapping'; file: Opened; mapping: CsvMapping }
  | { step: 'ics'; file: Opened; result: IcsImport }
  | { step: 'report'; file: Opened; errors: ImportError[]; summary: string; back: Stage | null }
  | { step: 'restore'; file: Opened; backup: Backup; media: MediaRow[] };

/** The target "each row's own client" (client_id, else the client's name). */
export const FROM_FILE = '__file__';
/** fromCsv needs a client for every row; in FROM_FILE mode importPosts resolves the real one. */
export const PLACEHOLDER_CLIENT = '__from-file__';

/** The mapping table, most useful columns first, then any other column the CSV format has. */
const FIRST_COLUMNS: CsvColumn[] = [
  'title', 'date', 'time', 'channel', 'format', 'status', 'caption', 'tags', 'pillar', 'notes', 'tone', 'intent',
  'invites_participation', 'client', 'client_id', 'id',
];
export const MAPPED_COLUMNS: CsvColumn[] = [...FIRST_COLUMNS, ...CSV_COLUMNS.filter((c) => !FIRST_COLUMNS.includes(c))];

/** A row without a channel goes to the client's first channel. */
export const defaultsFor = (client: Client | null): ImportDefaults => (client?.channels[0] ? { channel: client.channels[0] } : {});

export const sameMapping = (a: CsvMapping, b: CsvMapping) =>
  MAPPED_COLUMNS.every((c) => (a[c] ?? '') === (b[c] ?? ''));
