/**
 * The JSON backup: every client and post (and settings), in an envelope that says what it is and
 * carries a checksum.
 *
 *   { app: 'cadence', kind: 'backup', dataVersion, exportedAt, checksum: 'sha256:<hex>', data }
 *
 * checksum = SHA-256 of canonicalJson(data) (keys sorted, no whitespace, see canonicalJson.ts), so
 * re-indenting the file does not break it but any change to the data does. It detects damage and
 * hand edits, not tampering (anyone can recompute it). The envelope itself is not covered: a changed
 * exportedAt VALUE goes unnoticed; app, kind, dataVersion and the keys are checked on their own.
 * parseBackup checks, in order: JSON, envelope, data version (a backup from a newer Cadence is
 * refused), checksum, then every client and post against the zod schemas, unique ids, and that each
 * post's client is in the backup. Older data versions are accepted as they are: migrating them is
 * the caller's job (compare backup.dataVersion with the current one).
 */
import { ClientSchema } from '../model/client';
import type { Client } from '../model/client';
import { PostSchema } from '../model/post';
import type { Post } from '../model/post';
import { canonicalJson } from './canonicalJson';
import { jsonErrorPosition } from './jsonPosition';
import { sha256 } from './sha256';
import type { ImportError } from './types';

export { jsonErrorPosition } from './jsonPosition';

export type BackupData = { clients: Client[]; posts: Post[]; settings?: Record<string, unknown> };
export type Backup = {
  app: 'cadence';
  kind: 'backup';
  dataVersion: number;
  exportedAt: string;
  checksum: string;
  data: BackupData;
};
export type ParseBackupResult =
  | { ok: true; backup: Backup }
  /** `error` sums it up; `errors` lists the rows at fault (at most MAX_ROW_ERRORS) when there are any. */
  | { ok: false; error: ImportError; errors: ImportError[] };

export const MAX_ROW_ERRORS = 20;

/** 'sha256:' + hex SHA-256 of the canonical JSON of `data`. */
export const backupChecksum = (data: unknown): string => `sha256:${sha256(canonicalJson(data))}`;

/** The backup file's text (pretty JSON, 2 spaces, ending with a newline). */
export const toBackup = (data: BackupData, options: { dataVersion: number; now: Date }): string => {
  // Through JSON first, so the checksum is over exactly what a reader will get back.
  const plain = JSON.parse(JSON.stringify(data)) as BackupData;
  const backup: Backup = {
    app: 'cadence',
    kind: 'backup',
    dataVersion: options.dataVersion,
    exportedAt: options.now.toISOString(),
    checksum: backupChecksum(plain),
    data: plain,
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
};

const fail = (error: ImportError, errors: ImportError[] = []): ParseBackupResult => ({ ok: false, error, errors });
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (kind: 'client' | 'post', index: number, row: unknown, path: PropertyKey[], issue: string): ImportError => {
  const id = isRecord(row) && typeof row.id === 'string' ? ` (id ${row.id.slice(0, 40)})` : '';
  const field = path.map(String).join('.') || kind;
  return {
    code: kind === 'client' ? 'backup.invalidClient' : 'backup.invalidPost',
    index,
    field,
    params: { kind, index, field, issue },
    message: `${kind} #${index + 1}${id}: ${field} is invalid (${issue})`,
  };
};

const validateRows = (data: Record<string, unknown>): { errors: ImportError[]; data: BackupData } => {
  const errors: ImportError[] = [];
  const clients: Client[] = [];
  const posts: Post[] = [];
  (data.clients as unknown[]).forEach((row, index) => {
    const parsed = ClientSchema.safeParse(row);
    if (parsed.success) clients.push(parsed.data);
    else errors.push(...parsed.error.issues.map((i) => describe('client', index, row, i.path, i.message)));
  });
  (data.posts as unknown[]).forEach((row, index) => {
    const parsed = PostSchema.safeParse(row);
    if (parsed.success) posts.push(parsed.data);
    else errors.push(...parsed.error.issues.map((i) => describe('post', index, row, i.path, i.message)));
  });
  const clientIds = new Set<string>();
  clients.forEach((client, index) => {
    if (clientIds.has(client.id)) {
      errors.push({ code: 'backup.duplicateId', index, field: 'id', params: { kind: 'client', id: client.id }, message: `client #${index + 1}: id ${client.id} appears twice` });
    }
    clientIds.add(client.id);
  });
  const postIds = new Set<string>();
  posts.forEach((post, index) => {
    if (postIds.has(post.id)) {
      errors.push({ code: 'backup.duplicateId', index, field: 'id', params: { kind: 'post', id: post.id }, message: `post #${index + 1}: id ${post.id} appears twice` });
    }
    postIds.add(post.id);
    if (!clientIds.has(post.clientId)) {
      errors.push({ code: 'backup.orphanPost', index, field: 'clientId', params: { id: post.id, clientId: post.clientId }, message: `post #${index + 1} (id ${post.id}): its client ${post.clientId} is not in the backup` });
    }
  });
  const settings = isRecord(data.settings) ? data.settings : undefined;
  return { errors, data: settings ? { clients, posts, settings } : { clients, posts } };
};

/** Reads a backup file's text. Never throws. */
export const parseBackup = (text: string, options: { maxDataVersion: number }): ParseBackupResult => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const where = jsonErrorPosition(text.replace(/^\ufeff/, ''), error);
    const place = where ? ` (line ${where.line}, column ${where.column})` : '';
    return fail({ code: 'backup.notJson', ...where, message: `this file is not valid JSON${place}, so it is not a Cadence backup` });
  }
  if (!isRecord(parsed) || parsed.app !== 'cadence') {
    return fail({ code: 'backup.notCadence', message: 'this file is not a Cadence backup' });
  }
  if (parsed.kind !== 'backup') {
    return fail({ code: 'backup.notBackup', params: { kind: String(parsed.kind) }, message: `this Cadence file is not a backup (kind '${String(parsed.kind).slice(0, 40)}')` });
  }
  const version = parsed.dataVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'backup.badVersion', message: 'this backup has no valid data version' });
  }
  if (version > options.maxDataVersion) {
    return fail({
      code: 'backup.newerVersion',
      params: { version, supported: options.maxDataVersion },
      message: `this backup was made by a newer Cadence (data version ${version}; this one reads up to ${options.maxDataVersion}): update Cadence to restore it`,
    });
  }
  if (typeof parsed.exportedAt !== 'string') {
    return fail({ code: 'backup.badShape', message: 'this backup has no export date (exportedAt)' });
  }
  if (typeof parsed.checksum !== 'string' || parsed.checksum === '') {
    return fail({ code: 'backup.checksumMissing', message: 'this backup has no checksum, so its integrity cannot be checked' });
  }
  if (parsed.checksum.toLowerCase() !== backupChecksum(parsed.data).toLowerCase()) {
    return fail({ code: 'backup.checksumMismatch', message: 'the file was changed or damaged after it was exported (its checksum does not match)' });
  }
  const data = parsed.data;
  if (!isRecord(data) || !Array.isArray(data.clients) || !Array.isArray(data.posts) || (data.settings !== undefined && !isRecord(data.settings))) {
    return fail({ code: 'backup.badShape', message: 'this backup has no list of clients and posts' });
  }
  const rows = validateRows(data);
  if (rows.errors.length > 0) {
    const first = rows.errors.slice(0, 3).map((e) => e.message).join('; ');
    const more = rows.errors.length > 3 ? ` and ${rows.errors.length - 3} more` : '';
    return fail(
      { code: 'backup.invalidRows', params: { count: rows.errors.length }, message: `this backup holds rows Cadence cannot read: ${first}${more}` },
      rows.errors.slice(0, MAX_ROW_ERRORS),
    );
  }
  return {
    ok: true,
    backup: {
      app: 'cadence',
      kind: 'backup',
      dataVersion: version,
      exportedAt: parsed.exportedAt,
      checksum: parsed.checksum,
      data: rows.data,
    },
  };
};
