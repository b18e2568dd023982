/**
 * `cadence export FILE --format ics|csv`: a Cadence JSON backup or CSV, as an iCalendar or CSV file,
 * for one client or all, a date range and a channel. Output goes to stdout, or with --out to a file
 * written atomically (a temporary file in the same folder, flushed, then renamed over the target), so
 * an interrupted export never leaves half a file where a calendar app or a script will read it.
 * Exit code: 0 done, 2 unreadable input or wrong arguments (with a message saying which).
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isDay, isTimeZone } from '../../shared/dates';
import { CHANNELS, type Channel } from '../../shared/model/enums';
import type { Post } from '../../shared/model/post';
import { toCsv } from '../../shared/serializers/csv';
import { toIcs } from '../../shared/serializers/ics';
import { escapeControls } from '../../shared/serializers/safeText';
import { pickClients, readInput } from './input';
import type { Io } from './io';

export const EXPORT_USAGE = `  cadence export FILE --format ics|csv [--client NAME] [--from yyyy-MM-dd] [--to yyyy-MM-dd]
                 [--channel CHANNEL] [--out PATH] [--tz ZONE] [--trust-columns]
      A Cadence CSV or JSON backup as an iCalendar (.ics) or CSV file, on stdout or in --out.
      A CSV is read as by check (detection, --trust-columns, --client for rows without a client).
      --tz: the time zone of a CSV's times (a CSV does not carry its client's; default: this machine's).
      Exit code: 0 done, 2 unreadable input, no posts or wrong arguments.
`;

/** Writes a file atomically: temporary file in the same folder, fsync, rename over the target. */
export const writeFileAtomic = async (target: string, data: string): Promise<void> => {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
};

const fail = (io: Io, message: string): number => {
  io.stderr(`cadence export: ${message}\n`);
  return 2;
};

export const exportCommand = async (argv: readonly string[], io: Io, now: Date = new Date()): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        client: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        channel: { type: 'string' },
        out: { type: 'string' },
        tz: { type: 'string' },
        'trust-columns': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail(io, `${(error as Error).message}\n\nUsage:\n${EXPORT_USAGE}`);
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file) return fail(io, `which file?\n\nUsage:\n${EXPORT_USAGE}`);
  if (positionals.length > 1) return fail(io, `one input file only (got ${positionals.length})`);
  const format = values.format;
  if (format !== 'ics' && format !== 'csv') {
    return fail(io, format === undefined ? '--format is required: ics or csv' : `--format ${format}: expected ics or csv`);
  }
  for (const [flag, value] of [['--from', values.from], ['--to', values.to]] as const) {
    if (value !== undefined && !isDay(value)) return fail(io, `${flag} ${value}: expected a date as yyyy-MM-dd`);
  }
  if (values.from && values.to && values.to < values.from) return fail(io, `--to ${values.to} is before --from ${values.from}`);
  const channel = values.channel?.trim().toLowerCase();
  if (channel !== undefined && !(CHANNELS as readonly string[]).includes(channel)) {
    return fail(io, `--channel ${values.channel}: expected one of ${CHANNELS.join(', ')}`);
  }
  if (values.tz !== undefined && !isTimeZone(values.tz)) return fail(io, `--tz ${values.tz}: not a time zone (e.g. Europe/Paris)`);
  if (values.out !== undefined && values.out.trim() === '') return fail(io, '--out needs a file path');

  const read = await readInput(file, { ...(values.client ? { client: values.client } : {}), trustColumns: values['trust-columns'] });
  if (!read.ok) return fail(io, [`${escapeControls(file)}: ${read.summary ?? 'cannot be read'}`, ...read.errors.map((e) => `  ${e}`)].join('\n'));
  // On stderr: the exported text may be going to stdout.
  if (read.note) io.stderr(`${read.note}\n`);
  const input = read.input;
  // A CSV names its clients but not their time zone, which places timed posts in a calendar file.
  const zone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  const allClients = input.kind === 'csv' ? input.clients.map((c) => ({ ...c, timeZone: zone })) : input.clients;
  const clients = pickClients(allClients, values.client);
  if (values.client && clients.length === 0) return fail(io, `no client is named "${escapeControls(values.client)}"`);
  const ids = new Set(clients.map((c) => c.id));
  const ranged = values.from !== undefined || values.to !== undefined;
  const posts = input.posts.filter((post: Post) => {
    if (!ids.has(post.clientId)) return false;
    if (channel !== undefined && post.channel !== (channel as Channel)) return false;
    if (post.date === null) return !ranged; // ideas without a day have no place in a date range
    return (values.from === undefined || post.date >= values.from) && (values.to === undefined || post.date <= values.to);
  });

  // A CSV's pillars are names (its clients' pillars are unknown): written back as they came.
  const keepUnknownPillars = input.kind === 'csv';
  const text =
    format === 'csv'
      ? toCsv(posts, allClients, { keepUnknownPillars })
      : toIcs(posts, allClients, { now, keepUnknownPillars, ...(clients.length === 1 ? { calendarName: clients[0]!.name } : {}) });
  const written = format === 'ics' ? posts.filter((p) => p.date !== null).length : posts.length;

  if (values.out === undefined) {
    io.stdout(text);
    return 0;
  }
  try {
    await writeFileAtomic(path.resolve(values.out), text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(io, `${values.out} cannot be written (${code ?? (error as Error).message})`);
  }
  io.stderr(`${written} post${written === 1 ? '' : 's'} written to ${values.out}\n`);
  return 0;
};
