/**
 * A CSV's rows as the command line's posts and clients: which client each row belongs to, and the
 * intent and participation the app would give a post whose file leaves them out.
 *
 * TRAP: a planning spreadsheet rarely has intent or participation columns, and without them every
 * post would read as informative and not inviting — so a week of "-30% today, link in bio" passes the
 * guard. Where the file leaves them empty (the post's source is 'auto'), the caption decides through
 * the same shared detection as the app's editor (detectCues + suggestedIntent); `trustColumns` keeps
 * the file's values (and the import defaults) as they are.
 * A CSV names pillars but does not carry its clients' pillars (nor their targets): a post's `pillar`
 * holds the name as the file gives it, and the stand-in clients have no pillars, so pillar-drift is
 * not checked (a backup carries both).
 */
import path from 'node:path';
import { detectCues, suggestedIntent } from '../../shared/detection/detect';
import type { Client } from '../../shared/model/client';
import type { Post, PostInput } from '../../shared/model/post';
import { fromCsv } from '../../shared/serializers/csv';
import { escapeControls } from '../../shared/serializers/safeText';
import type { ImportError, ImportedPost } from '../../shared/serializers/types';
import { problem } from '../../shared/serializers/types';

export type CsvReadOptions = {
  /** The client of rows that name none (`--client NAME`). */
  client?: string;
  /** Use the intent and participation columns as they are, without detection (`--trust-columns`). */
  trustColumns?: boolean;
};

export type CsvPosts = { clients: Client[]; posts: Post[]; errors: ImportError[]; notes: string[] };

/** The channel of rows that leave it out: the stand-in client's only channel, as the app uses its client's first. */
const DEFAULT_CHANNEL = 'instagram';

// Rows are read with this client so that fromCsv does not refuse each one without a client_id; the
// real client is decided below, from the row's client_id or client cell, --client or the file.
const PENDING = 'cli:pending';

/** A stand-in client for CSV rows, which carry a client's name (or id) but not its settings. */
const csvClient = (id: string, name: string): Client => ({
  id,
  name,
  color: '#4f46e5',
  channels: [DEFAULT_CHANNEL],
  timeZone: 'UTC',
  weekStartsOn: 1,
  language: 'en',
  archived: false,
  createdAt: '1970-01-01T00:00:00.000Z',
  updatedAt: '1970-01-01T00:00:00.000Z',
});

/** Intent and participation as the app's editor shows them: detected from the caption where 'auto'. */
export const withDetectedCues = (post: PostInput): PostInput => {
  if (post.intentSource === 'user' && post.participationSource === 'user') return post;
  // No language hint: a CSV does not say its client's language, and both languages' patterns run anyway.
  const detection = detectCues({ title: post.title, caption: post.caption, format: post.format });
  return {
    ...post,
    intent: post.intentSource === 'auto' ? suggestedIntent(detection) : post.intent,
    invitesParticipation: post.participationSource === 'auto' ? detection.invitesParticipation : post.invitesParticipation,
  };
};

/**
 * Each row's client: its client_id cell, else its client (name) cell — the client with that id or
 * name when the file has one — else `--client NAME`, else the file's only client. A file that names no
 * client at all is one client's plan, named after the file. Rows left without one are errors.
 */
const assignClients = (rows: readonly ImportedPost[], file: string, options: CsvReadOptions) => {
  const byId = new Map<string, Client>();
  const byName = new Map<string, Client>();
  const add = (id: string, name: string): Client => {
    const client = csvClient(id, name);
    byId.set(id, client);
    if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), client);
    return client;
  };
  for (const row of rows) {
    if (row.sourceClientId !== null && !byId.has(row.sourceClientId)) add(row.sourceClientId, row.clientName ?? row.sourceClientId);
  }
  const named = (name: string): Client => byName.get(name.toLowerCase()) ?? add(`name:${name}`, name);
  for (const row of rows) if (row.sourceClientId === null && row.clientName !== null) named(row.clientName);

  let fallback: Client | undefined;
  const wanted = options.client?.trim();
  if (wanted) fallback = byId.get(wanted) ?? byName.get(wanted.toLowerCase());
  const orphans = rows.some((r) => r.sourceClientId === null && r.clientName === null);
  if (orphans && fallback === undefined) {
    if (wanted) fallback = add(`name:${wanted}`, wanted);
    else if (byId.size === 1) fallback = [...byId.values()][0];
    else if (byId.size === 0) fallback = add('file', path.basename(file));
  }
  const clientOf = (row: ImportedPost): Client | undefined =>
    row.sourceClientId !== null ? byId.get(row.sourceClientId) : row.clientName !== null ? named(row.clientName) : fallback;
  return { clientOf, count: byId.size };
};

/** Posts and clients from a CSV's text; `errors` when any row does not read or has no client. */
export const postsFromCsv = (text: string, file: string, options: CsvReadOptions): CsvPosts => {
  const csv = fromCsv(text, { clientId: PENDING, defaults: { channel: DEFAULT_CHANNEL } });
  const notes: string[] = [];
  if (csv.rows.length > 0 && csv.mapping.channel === undefined) notes.push(`${escapeControls(file)}: no channel column, posts counted on ${DEFAULT_CHANNEL}`);
  const { clientOf, count } = assignClients(csv.rows, file, options);
  const clients: Client[] = [];
  const posts: Post[] = [];
  // Rows that do not read and rows without a client are reported together, in the file's order.
  const errors: ImportError[] = [...csv.errors];
  for (const row of csv.rows) {
    const client = clientOf(row);
    if (client === undefined) {
      const text = `no client for this row: the file names ${count} clients (fill its client or client_id cell, or give --client NAME)`;
      errors.push(problem('row.clientMissing', row.line, text, { field: 'clientId' }));
      continue;
    }
    if (!clients.includes(client)) clients.push(client);
    const post = options.trustColumns ? row.post : withDetectedCues(row.post);
    posts.push({
      ...post,
      pillar: row.pillarName ?? null,
      // Carried through so `cadence export` of a CSV writes them back.
      ...(row.publishedAt != null ? { publishedAt: row.publishedAt } : {}),
      ...(row.liveUrl != null ? { liveUrl: row.liveUrl } : {}),
      // The review's state and flag (a CSV carries no comments); the first comment is in row.post.
      ...(row.approval != null ? { approval: { ...row.approval, comments: [] } } : {}),
      clientId: client.id,
      id: row.sourceId ?? `line-${row.line}`,
      createdAt: row.createdAt ?? '1970-01-01T00:00:00.000Z',
      updatedAt: row.updatedAt ?? '1970-01-01T00:00:00.000Z',
    });
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return errors.length > 0 ? { clients: [], posts: [], errors, notes: [] } : { clients, posts, errors, notes };
};
