/**
 * Reading what the command line is given: a Cadence JSON backup, or a Cadence CSV (one row per post).
 * Problems come back as readable messages that name the line, never as stack traces. The file's bytes
 * are decoded like the app does (UTF-8, UTF-16, else Windows-1252: see shared/serializers/textEncoding.ts).
 * A backup saved with media is a zip (shared/serializers/backupZip.ts): its JSON is read, and every
 * media file it lists is checked (size and SHA-256) so a damaged backup is reported, not trusted.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseBackup } from '../../shared/serializers/backup';
import { checkBackupMedia, isZip, unpackBackupZip } from '../../shared/serializers/backupZip';
import { escapeControls } from '../../shared/serializers/safeText';
import { detectText, encodingLabel } from '../../shared/serializers/textEncoding';
import type { Client } from '../../shared/model/client';
import type { Post } from '../../shared/model/post';
import type { ResultSnapshot } from '../../shared/model/results';
import { postsFromCsv, type CsvReadOptions } from './csvInput';
import { groupProblems } from './problems';

import { DATA_VERSION } from '../../shared/model/version';

export { DATA_VERSION };

/** `results`: how posts did, from a backup of data version 3 or later; always empty for a CSV. */
export type Input = { kind: 'backup' | 'csv'; clients: Client[]; posts: Post[]; results: ResultSnapshot[] };
/**
 * `note`: what the user should know of how the file was read (not UTF-8, no channel column).
 * `errors`: one message per distinct problem (problems.ts); `summary`: what is wrong with the file
 * as a whole when that is not "cannot be read" (a header and no rows: "no posts").
 */
export type InputResult = { ok: true; input: Input; note?: string } | { ok: false; errors: string[]; summary?: string };

export type ReadOptions = CsvReadOptions;

/**
 * The posts and clients of a backup or CSV. For a CSV, `options` say which client rows without one
 * belong to and whether its intent and participation columns are taken as they are (csvInput.ts).
 */
export const readInput = async (file: string, options: ReadOptions = {}): Promise<InputResult> => {
  // A path is printed in messages too, and may hold anything but '/' and NUL.
  const shownFile = escapeControls(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : `cannot be read (${escapeControls(code ?? String(error))})`;
    return { ok: false, errors: [`${shownFile}: ${reason}`] };
  }
  const zip = isZip(bytes) ? unpackBackupZip(bytes) : null;
  if (zip && !zip.ok) return { ok: false, errors: [`${shownFile}: ${escapeControls(zip.error.message)}`] };
  const decoded = detectText(zip?.ok ? new TextEncoder().encode(zip.backup.text) : bytes);
  const { text } = decoded;
  const notes =
    decoded.notUtf8Line === undefined
      ? []
      : [`${shownFile}: not UTF-8 (line ${decoded.notUtf8Line}), read as ${encodingLabel(decoded.encoding)}`];
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const parsed = parseBackup(text, { maxDataVersion: DATA_VERSION });
    if (!parsed.ok) return { ok: false, errors: [escapeControls(parsed.error.message), ...groupProblems(parsed.errors)] };
    if (zip?.ok) {
      const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
      const damaged = await checkBackupMedia(parsed.backup, zip.backup.media, sha256);
      if (damaged) return { ok: false, errors: [`${shownFile}: ${escapeControls(damaged.message)}`] };
    }
    const { clients, posts, results = [] } = parsed.backup.data;
    return { ok: true, input: { kind: 'backup', clients, posts, results }, ...noteOf(notes) };
  }
  const csv = postsFromCsv(text, file, options);
  if (csv.errors.length > 0) return { ok: false, errors: groupProblems(csv.errors) };
  // A header alone is a plan with nothing in it: "no warning" would wrongly say it was checked.
  if (csv.posts.length === 0) return { ok: false, errors: [], summary: 'no posts (a header and no rows)' };
  notes.push(...csv.notes);
  return { ok: true, input: { kind: 'csv', clients: csv.clients, posts: csv.posts, results: [] }, ...noteOf(notes) };
};

const noteOf = (notes: readonly string[]): { note?: string } => (notes.length > 0 ? { note: notes.join('\n') } : {});

/** Clients whose name (case-insensitively) or id matches, or all of them. */
export const pickClients = (clients: readonly Client[], name: string | undefined): Client[] => {
  if (!name) return [...clients];
  const wanted = name.trim().toLowerCase();
  return clients.filter((c) => c.name.toLowerCase() === wanted || c.id === name);
};
