/**
 * Reading what the command line is given: a Cadence JSON backup, or a Cadence CSV (one row per post).
 * Problems come back as readable messages that name the line, never as stack traces. The file's bytes
 * are decoded like the app does (UTF-8, UTF-16, else Windows-1252: see shared/serializers/textEncoding.ts).
 */
import { readFile } from 'node:fs/promises';
import { parseBackup } from '../../shared/serializers/backup';
import { fromCsv } from '../../shared/serializers/csv';
import { escapeControls } from '../../shared/serializers/safeText';
import { detectText, encodingLabel } from '../../shared/serializers/textEncoding';
import type { ImportError } from '../../shared/serializers/types';
import type { Client } from '../../shared/model/client';
import type { Post } from '../../shared/model/post';
import type { ResultSnapshot } from '../../shared/model/results';

import { DATA_VERSION } from '../../shared/model/version';

export { DATA_VERSION };

/** `results`: how posts did, from a backup of data version 3 or later; always empty for a CSV. */
export type Input = { kind: 'backup' | 'csv'; clients: Client[]; posts: Post[]; results: ResultSnapshot[] };
/** `note`: how the file was read when that was a guess the user should know of (not UTF-8). */
export type InputResult = { ok: true; input: Input; note?: string } | { ok: false; errors: string[] };

// The messages quote the file: escaped where they are made, and again here before reaching a terminal.
const describe = (errors: readonly ImportError[]): string[] => errors.map((e) => escapeControls(e.message));

/** A stand-in client for CSV rows, which carry a client's name (or id) but not its settings. */
const csvClient = (id: string, name: string): Client => ({
  id,
  name,
  color: '#4f46e5',
  channels: ['instagram'],
  timeZone: 'UTC',
  weekStartsOn: 1,
  language: 'en',
  archived: false,
  createdAt: '1970-01-01T00:00:00.000Z',
  updatedAt: '1970-01-01T00:00:00.000Z',
});

export const readInput = async (file: string): Promise<InputResult> => {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, errors: [code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(error)})`] };
  }
  const decoded = detectText(bytes);
  const { text } = decoded;
  const note =
    decoded.notUtf8Line === undefined
      ? undefined
      : `${file}: not UTF-8 (line ${decoded.notUtf8Line}), read as ${encodingLabel(decoded.encoding)}`;
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const parsed = parseBackup(text, { maxDataVersion: DATA_VERSION });
    if (!parsed.ok) return { ok: false, errors: [parsed.error.message, ...describe(parsed.errors)] };
    const { clients, posts, results = [] } = parsed.backup.data;
    return { ok: true, input: { kind: 'backup', clients, posts, results }, ...(note ? { note } : {}) };
  }
  const csv = fromCsv(text);
  if (csv.errors.length > 0) return { ok: false, errors: describe(csv.errors) };
  const clients = new Map<string, Client>();
  const posts: Post[] = csv.rows.map((row) => {
    const name = row.clientName ?? row.sourceClientId ?? 'Client';
    const id = row.sourceClientId ?? `name:${name}`;
    if (!clients.has(id)) clients.set(id, csvClient(id, name));
    return {
      ...row.post,
      clientId: id,
      id: row.sourceId ?? `line-${row.line}`,
      createdAt: row.createdAt ?? '1970-01-01T00:00:00.000Z',
      updatedAt: row.updatedAt ?? '1970-01-01T00:00:00.000Z',
    };
  });
  return { ok: true, input: { kind: 'csv', clients: [...clients.values()], posts, results: [] }, ...(note ? { note } : {}) };
};

/** Clients whose name (case-insensitively) or id matches, or all of them. */
export const pickClients = (clients: readonly Client[], name: string | undefined): Client[] => {
  if (!name) return [...clients];
  const wanted = name.trim().toLowerCase();
  return clients.filter((c) => c.name.toLowerCase() === wanted || c.id === name);
};
