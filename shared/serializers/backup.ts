/**
 * The JSON backup: every table of the database (clients, posts, settings, results, and the rows that
 * no longer read, kept as stored), in an envelope that says what it is and carries a checksum.
 *
 *   { app: 'cadence', kind: 'backup', dataVersion, exportedAt, checksum: 'sha256:<hex>', data }
 *
 * checksum = SHA-256 of canonicalJson(data) (keys sorted, no whitespace, see canonicalJson.ts), so
 * re-indenting the file does not break it but any change to the data does. It detects damage and
 * hand edits, not tampering (anyone can recompute it). The envelope itself is not covered: a changed
 * exportedAt VALUE goes unnoticed; app, kind, dataVersion and the keys are checked on their own.
 * parseBackup checks, in order: JSON, envelope, data version (a backup from a newer Cadence is
 * refused), checksum, then every client and post against the zod schemas, unique ids (a kept row's
 * too), and that each post's client is in the backup. Older data versions are accepted as they are:
 * migrating them is the caller's job (compare backup.dataVersion with the current one).
 * `media` (issue 18): one entry per content hash the posts refer to, so a restore can check every
 * byte is there (the bytes travel beside the JSON: backupZip.ts). Older backups have none.
 */
import { ResultSnapshotSchema, type ResultSnapshot } from '../model/results';
import { MEDIA_KINDS } from '../media/sniff';
import { isPreview } from '../model/media';
import { ClientSchema } from '../model/client';
import type { Client } from '../model/client';
import { PostSchema } from '../model/post';
import type { Post } from '../model/post';
import { canonicalJson } from './canonicalJson';
import { jsonErrorPosition } from './jsonPosition';
import { sha256 } from './sha256';
import type { ImportError } from './types';
import { problem } from './types';

export { jsonErrorPosition } from './jsonPosition';

/** The tables a row may come from when it no longer reads (settings are free-form and always read). */
export const UNREADABLE_TABLES = ['clients', 'posts', 'results'] as const;
export type UnreadableTable = (typeof UNREADABLE_TABLES)[number];
/**
 * A stored row that no longer passes its schema (damaged, or written by a buggy build): the app hides
 * it with a warning and KEEPS it, so a backup carries it exactly as stored and a restore puts it back.
 */
export type UnreadableRow = { table: UnreadableTable; row: Record<string, unknown> & { id: string } };

/**
 * `results` (how posts did) came with data version 3; older backups have none. `unreadable`: rows
 * kept as they were stored (see UnreadableRow); older backups have none.
 */
/** A media file a backup carries: its content hash, kind and size (width, height, addedAt restore its row as it was). */
export type MediaManifestEntry = {
  hash: string;
  kind: (typeof MEDIA_KINDS)[number];
  size: number;
  width?: number | null;
  height?: number | null;
  addedAt?: string;
  /**
   * Its card-sized preview (data version 5: previews left the posts, shared/model/media.ts). Older
   * backups carry it on the posts' media items instead; a restore moves it either way.
   */
  preview?: string;
};
export type BackupData = {
  clients: Client[];
  posts: Post[];
  settings?: Record<string, unknown>;
  results?: ResultSnapshot[];
  unreadable?: UnreadableRow[];
  media?: MediaManifestEntry[];
};
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
const short = (value: unknown): string => String(value).slice(0, 40);

const invalidRow = (kind: 'client' | 'post' | 'result', index: number, row: unknown, path: PropertyKey[], issue: string) => {
  const id = isRecord(row) && typeof row.id === 'string' ? ` (id ${short(row.id)})` : '';
  const field = path.map(String).join('.') || kind;
  const code = kind === 'client' ? 'backup.invalidClient' : 'backup.invalidPost'; // results report as posts' data
  return problem(code, undefined, `${kind} #${index + 1}${id}: ${field} is invalid (${issue})`, {
    index,
    field,
    params: { kind, index, field, issue },
  });
};

const duplicate = (kind: 'client' | 'post', index: number, id: string) =>
  problem('backup.duplicateId', undefined, `${kind} #${index + 1}: id ${short(id)} appears twice`, {
    index,
    field: 'id',
    params: { kind, id },
  });

/** Every client and post through its zod schema, then unique ids and known clients. */
const HASH = /^[0-9a-f]{64}$/;
const isDimension = (value: unknown) => value === undefined || value === null || (Number.isInteger(value) && (value as number) > 0);

/** A manifest entry's problem, or null: a hash, a known kind, a whole size; the optional fields typed. */
const manifestProblem = (entry: unknown): string | null => {
  if (!isRecord(entry) || typeof entry.hash !== 'string' || !HASH.test(entry.hash)) return 'its hash is not 64 hexadecimal digits';
  if (!MEDIA_KINDS.includes(entry.kind as MediaManifestEntry['kind'])) return `its kind ${short(entry.kind)} is not a picture or video kind Cadence knows`;
  if (typeof entry.size !== 'number' || !Number.isInteger(entry.size) || entry.size < 0) return 'its size is not a whole number of bytes';
  if (!isDimension(entry.width) || !isDimension(entry.height)) return 'its width or height is not a whole number';
  if (entry.addedAt !== undefined && typeof entry.addedAt !== 'string') return 'its date added is not text';
  return null;
};

/**
 * A preview is decoration (the card shows the stored thumbnail without one), so one that is not a picture
 * Cadence makes is dropped, never a reason to refuse the backup and every post in it with it.
 */
const withoutBadPreview = (entry: MediaManifestEntry): MediaManifestEntry => {
  if (entry.preview === undefined || isPreview(entry.preview)) return entry;
  const { preview: _dropped, ...rest } = entry;
  return rest;
};

const validateMedia = (entries: unknown[], errors: ImportError[]): MediaManifestEntry[] => {
  const seen = new Set<string>();
  const media: MediaManifestEntry[] = [];
  entries.forEach((entry, index) => {
    const issue = manifestProblem(entry);
    const hash = isRecord(entry) ? short(entry.hash) : '';
    if (issue) errors.push(problem('backup.badShape', undefined, `media file #${index + 1} ${hash}: ${issue}`, { index, field: 'media' }));
    else if (seen.has((entry as MediaManifestEntry).hash)) {
      errors.push(problem('backup.duplicateId', undefined, `media file #${index + 1}: hash ${hash} appears twice`, { index, field: 'media.hash', params: { kind: 'media', id: hash } }));
    } else {
      seen.add((entry as MediaManifestEntry).hash);
      media.push(withoutBadPreview(entry as MediaManifestEntry));
    }
  });
  return media;
};

const validateRows = (data: {
  clients: unknown[];
  posts: unknown[];
  settings?: unknown;
  results?: unknown[];
  unreadable?: unknown[];
  media?: unknown[];
}) => {
  const errors: ImportError[] = [];
  const clients: Client[] = [];
  const posts: Post[] = [];
  const results: ResultSnapshot[] = [];
  (data.results ?? []).forEach((row, index) => {
    const parsed = ResultSnapshotSchema.safeParse(row);
    if (parsed.success) results.push(parsed.data);
    else errors.push(...parsed.error.issues.map((i) => invalidRow('result', index, row, i.path, i.message)));
  });
  data.clients.forEach((row, index) => {
    const parsed = ClientSchema.safeParse(row);
    if (parsed.success) clients.push(parsed.data);
    else errors.push(...parsed.error.issues.map((i) => invalidRow('client', index, row, i.path, i.message)));
  });
  data.posts.forEach((row, index) => {
    const parsed = PostSchema.safeParse(row);
    if (parsed.success) posts.push(parsed.data);
    else errors.push(...parsed.error.issues.map((i) => invalidRow('post', index, row, i.path, i.message)));
  });
  const clientIds = new Set<string>();
  clients.forEach((client, index) => {
    if (clientIds.has(client.id)) errors.push(duplicate('client', index, client.id));
    clientIds.add(client.id);
  });
  const postIds = new Set<string>();
  posts.forEach((post, index) => {
    if (postIds.has(post.id)) errors.push(duplicate('post', index, post.id));
    postIds.add(post.id);
    if (!clientIds.has(post.clientId)) {
      const text = `post #${index + 1} (id ${short(post.id)}): its client ${short(post.clientId)} is not in the backup`;
      const params = { id: post.id, clientId: post.clientId };
      errors.push(problem('backup.orphanPost', undefined, text, { index, field: 'clientId', params }));
    }
  });
  const unreadable: UnreadableRow[] = [];
  // A kept row's id must be free in its table: a restore would otherwise write it over the readable row
  // it reports restored (or over another kept row), and the app never writes a row twice.
  const taken: Record<UnreadableTable, Set<string>> = {
    clients: new Set(clientIds),
    posts: new Set(postIds),
    results: new Set(results.map((r) => r.id)),
  };
  (data.unreadable ?? []).forEach((entry, index) => {
    // Kept as they are, by design: only what a restore needs is checked (its table and its key).
    const table = isRecord(entry) ? entry.table : undefined;
    const row = isRecord(entry) ? entry.row : undefined;
    if (!UNREADABLE_TABLES.includes(table as UnreadableTable)) {
      const text = `kept row #${index + 1}: its table ${short(table)} is not one of ${UNREADABLE_TABLES.join(', ')}`;
      errors.push(problem('backup.badShape', undefined, text, { index, field: 'unreadable.table' }));
    } else if (!isRecord(row) || typeof row.id !== 'string' || row.id === '') {
      const text = `kept row #${index + 1} (${String(table)}): it has no id, so it cannot be put back`;
      errors.push(problem('backup.badShape', undefined, text, { index, field: 'unreadable.row.id' }));
    } else if (taken[table as UnreadableTable].has(row.id)) {
      const text = `kept row #${index + 1} (${String(table)}): id ${short(row.id)} appears twice`;
      errors.push(problem('backup.duplicateId', undefined, text, { index, field: 'unreadable.row.id', params: { kind: String(table), id: row.id } }));
    } else {
      taken[table as UnreadableTable].add(row.id);
      unreadable.push({ table: table as UnreadableTable, row: row as UnreadableRow['row'] });
    }
  });
  const settings = isRecord(data.settings) ? data.settings : undefined;
  const valid: BackupData = settings ? { clients, posts, settings } : { clients, posts };
  if (data.results !== undefined) valid.results = results;
  if (data.unreadable !== undefined) valid.unreadable = unreadable;
  if (data.media !== undefined) valid.media = validateMedia(data.media, errors);
  return { errors, data: valid };
};

type Envelope = { dataVersion: number; exportedAt: string; checksum: string; data: unknown };

/** The envelope checks, in order: the first problem, or the envelope when they all pass. */
const readEnvelope = (text: string, maxDataVersion: number): ImportError | Envelope => {
  const json = text.replace(/^\ufeff/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    const where = jsonErrorPosition(json, error);
    const place = where ? ` (line ${where.line}, column ${where.column})` : '';
    return { ...problem('backup.notJson', undefined, `this file is not valid JSON${place}, so it is not a Cadence backup`), ...where };
  }
  if (!isRecord(parsed) || parsed.app !== 'cadence') {
    return problem('backup.notCadence', undefined, 'this file is not a Cadence backup');
  }
  if (parsed.kind !== 'backup') {
    const text = `this Cadence file is not a backup (kind '${short(parsed.kind)}')`;
    return problem('backup.notBackup', undefined, text, { params: { kind: short(parsed.kind) } });
  }
  const version = parsed.dataVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return problem('backup.badVersion', undefined, 'this backup has no valid data version');
  }
  if (version > maxDataVersion) {
    const text =
      `this backup was made by a newer Cadence (data version ${version}; this one reads up to ` +
      `${maxDataVersion}): update Cadence to restore it`;
    return problem('backup.newerVersion', undefined, text, { params: { version, supported: maxDataVersion } });
  }
  if (typeof parsed.exportedAt !== 'string') {
    return problem('backup.badShape', undefined, 'this backup has no export date (exportedAt)');
  }
  if (typeof parsed.checksum !== 'string' || parsed.checksum === '') {
    return problem('backup.checksumMissing', undefined, 'this backup has no checksum, so its integrity cannot be checked');
  }
  if (parsed.checksum.toLowerCase() !== backupChecksum(parsed.data).toLowerCase()) {
    const text = 'the file was changed or damaged after it was exported (its checksum does not match)';
    return problem('backup.checksumMismatch', undefined, text);
  }
  return { dataVersion: version, exportedAt: parsed.exportedAt, checksum: parsed.checksum, data: parsed.data };
};

/** Reads a backup file's text (see the module comment for the checks). Never throws. */
export const parseBackup = (text: string, options: { maxDataVersion: number }): ParseBackupResult => {
  const envelope = readEnvelope(text, options.maxDataVersion);
  if ('code' in envelope) return fail(envelope);
  const data = envelope.data;
  if (!isRecord(data) || !Array.isArray(data.clients) || !Array.isArray(data.posts)) {
    return fail(problem('backup.badShape', undefined, 'this backup has no list of clients and posts'));
  }
  if (data.settings !== undefined && !isRecord(data.settings)) {
    return fail(problem('backup.badShape', undefined, 'the settings in this backup are not a set of named values'));
  }
  if (data.results !== undefined && !Array.isArray(data.results)) {
    return fail(problem('backup.badShape', undefined, 'the results in this backup are not a list'));
  }
  if (data.unreadable !== undefined && !Array.isArray(data.unreadable)) {
    return fail(problem('backup.badShape', undefined, 'the kept unreadable rows in this backup are not a list'));
  }
  if (data.media !== undefined && !Array.isArray(data.media)) {
    return fail(problem('backup.badShape', undefined, 'the list of media files in this backup is not a list'));
  }
  const rows = validateRows({
    clients: data.clients,
    posts: data.posts,
    settings: data.settings,
    ...(Array.isArray(data.results) ? { results: data.results as unknown[] } : {}),
    ...(Array.isArray(data.unreadable) ? { unreadable: data.unreadable as unknown[] } : {}),
    ...(Array.isArray(data.media) ? { media: data.media as unknown[] } : {}),
  });
  if (rows.errors.length > 0) {
    const first = rows.errors.slice(0, 3).map((e) => e.message).join('; ');
    const more = rows.errors.length > 3 ? ` and ${rows.errors.length - 3} more` : '';
    const summary = problem('backup.invalidRows', undefined, `this backup holds rows Cadence cannot read: ${first}${more}`, {
      params: { count: rows.errors.length },
    });
    return fail(summary, rows.errors.slice(0, MAX_ROW_ERRORS));
  }
  return {
    ok: true,
    backup: {
      app: 'cadence',
      kind: 'backup',
      dataVersion: envelope.dataVersion,
      exportedAt: envelope.exportedAt,
      checksum: envelope.checksum,
      data: rows.data,
    },
  };
};
