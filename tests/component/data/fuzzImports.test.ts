// Fuzzed imports (issue 13, part 10): generated CSV, ICS and JSON-backup files — valid, truncated,
// mutated, in the wrong encoding, with huge cells — go through the import chain the Import panel runs
// (ImportPanel.tsx, RestoreConfirm.tsx): bytes → detectText / decodeText → fileKind → previewCsv →
// runInBackground ('csv' | 'ics' | 'backup') → importPosts with the history's commit, or planRestore
// then restoreBackup. Against a database holding data, every input is either refused with a message
// (and the database is exactly as it was, to the last row of every table), or accepted (and the
// database changed by exactly what the import reported). Nothing else, and nothing throws.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostSchema, type Post } from '../../../shared/model/post';
import { ResultSnapshotSchema } from '../../../shared/model/results';
import { canonicalJson } from '../../../shared/serializers/canonicalJson';
import { toBackup, type BackupData } from '../../../shared/serializers/backup';
import { toCsv, CSV_COLUMNS, type CsvDelimiter } from '../../../shared/serializers/csv';
import { toIcs } from '../../../shared/serializers/ics';
import { decodeText, detectText, type EncodingChoice } from '../../../shared/serializers/textEncoding';
import type { ImportError, ImportedPost } from '../../../shared/serializers/types';
import { applyPostChange, undoPostChange, type AppliedChange } from '../../../renderer/db/changes';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { StorageError } from '../../../renderer/db/errors';
import { importPosts, type PostImportMode } from '../../../renderer/db/imports';
import { DATA_VERSION } from '../../../renderer/db/schema';
import { writeSetting } from '../../../renderer/db/settings';
import { planRestore, readAll, restoreBackup, type RestoreMode, type RestorePlan } from '../../../renderer/db/snapshot';
import { mappingAfterReread, previewCsv } from '../../../renderer/features/data/csvPreview';
import { fileKind } from '../../../renderer/features/data/exporting';
import { describeImportError } from '../../../renderer/features/data/importErrors';
import { runInBackground } from '../../../renderer/features/data/workerClient';
import { en } from '../../../renderer/i18n/en';
import { client, post } from './fixtures';

// ---------------------------------------------------------------------------------------------------
// The database: three clients (one archived), 40 posts, logged results, settings, and one post and one
// result that no longer read (kept rows, which a restore must carry and an import must not trip on).

const NOW = new Date('2026-11-24T09:00:00.000Z');
const CLIENTS = [
  client('c1', 'Bloom Bakery'),
  client('c2', 'Acme Café', { timeZone: 'America/New_York', channels: ['linkedin', 'blog'] }),
  client('c3', 'Old Shop', { archived: true }),
];
const GHOST = client('c9', 'Ghost Inc'); // in files only: no such client in the database
const STATUSES = ['idea', 'draft', 'ready', 'scheduled', 'published'] as const;
const POSTS: Post[] = Array.from({ length: 40 }, (_, i) => {
  const status = STATUSES[i % 5]!;
  const day = `2026-${i < 20 ? '11' : '12'}-${String((i % 20) + 1).padStart(2, '0')}`;
  return post(`p${String(i + 1).padStart(2, '0')}`, CLIENTS[i % 7 === 6 ? 2 : i % 2]!.id, status === 'idea' ? null : day, {
    status,
    title: i % 3 === 0 ? `Fête n°${i + 1} — l’été` : `Post ${i + 1}`,
    time: i % 4 === 0 ? null : `${String(8 + (i % 10)).padStart(2, '0')}:30`,
    tags: i % 2 === 0 ? ['launch'] : [],
    ...(i % 5 === 1 ? { channel: 'linkedin' as const, format: 'text' as const } : {}),
  });
});
const RESULTS = POSTS.filter((p) => p.status === 'published').slice(0, 5).map((p, i) =>
  ResultSnapshotSchema.parse({
    id: `r${i + 1}`, postId: p.id, takenAt: '2026-11-20T10:00:00.000Z', label: '24h', reach: 100 + i, reactions: i,
    createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z',
  }),
);
const DAMAGED_POST = { id: 'broken', clientId: 'c1', title: 42, date: '2026-11-20' };
const DAMAGED_RESULT = { id: 'r-broken', postId: 'p01', reach: 'lots' };

const seed = async (db: CadenceDb) => {
  await db.clients.bulkPut(CLIENTS);
  await db.posts.bulkPut([...POSTS, DAMAGED_POST as never]);
  await db.results.bulkPut([...RESULTS, DAMAGED_RESULT as never]);
  await writeSetting(db, 'language', 'fr');
  await writeSetting(db, 'lastClientId', 'c1');
  await writeSetting(db, 'agendaSpan', 28);
};

/** Every row of every table (db.tables: a table added later is in it), each as canonical JSON by key. */
type Tables = Record<string, Map<string, string>>;
const readTables = async (db: CadenceDb): Promise<Tables> => {
  const rows = await db.transaction('r', db.tables, () => Promise.all(db.tables.map((t) => t.toArray())));
  const out: Tables = {};
  db.tables.forEach((table, i) => {
    const key = table.schema.primKey.keyPath as string;
    out[table.name] = new Map(rows[i]!.map((row: Record<string, unknown>) => [String(row[key]), canonicalJson(row)]));
  });
  return out;
};
const digestOf = (tables: Tables): string => {
  const hash = createHash('sha256');
  for (const name of Object.keys(tables).sort()) {
    const rows = tables[name]!;
    for (const key of [...rows.keys()].sort()) hash.update(`${name}\u0000${key}\u0000${rows.get(key)!}\n`);
  }
  return hash.digest('hex');
};
/** toEqual, through the digests first (a deep comparison of every row each time costs more than the import). */
const expectTables = (actual: Tables, expected: Tables) => {
  if (digestOf(actual) !== digestOf(expected)) expect(actual).toEqual(expected);
};
const digest = async (db: CadenceDb): Promise<string> => digestOf(await readTables(db));

// ---------------------------------------------------------------------------------------------------
// The import chain, as the panel runs it. Choices are the panel's fields.

const FROM_FILE = '__file__';
const PLACEHOLDER_CLIENT = '__from-file__';
type Choices = { target: string; mode: PostImportMode; dayOrder: '' | 'dmy' | 'mdy'; encoding: EncodingChoice | null; restore: RestoreMode };
type Outcome =
  | { kind: 'refused'; messages: string[] }
  | { kind: 'posts'; target: string | null; rows: ImportedPost[]; added: number; replaced: number; applied: AppliedChange }
  | { kind: 'restore'; data: BackupData; mode: RestoreMode; preview: RestorePlan; plan: RestorePlan };

/**
 * The report's lines, as ImportReport shows them in English. The messages themselves may quote the
 * file's control characters (renderer/db quotes client names): they are escaped where shown.
 */
const shown = (errors: readonly ImportError[]) =>
  errors.map((e) => {
    expect(e.message.trim()).not.toBe('');
    return describeImportError(e, ((key: string) => key) as TFunction, 'en');
  });
const refused = (messages: string[]): Outcome => ({ kind: 'refused', messages });
/** A write the storage layer refused (StorageError, its message shown); anything else is a crash. */
const storage = async (write: () => Promise<Outcome>): Promise<Outcome> => {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StorageError) return refused([error.message]);
    throw error;
  }
};

const importFile = async (db: CadenceDb, file: { name: string; bytes: Uint8Array }, choices: Choices): Promise<Outcome> => {
  const decoded = detectText(file.bytes);
  let text = decoded.text;
  const kind = fileKind(file.name, text);
  const target = CLIENTS.find((c) => c.id === choices.target && !c.archived) ?? null;
  const defaults = target?.channels[0] ? { channel: target.channels[0] } : {};
  const clientId = target ? target.id : PLACEHOLDER_CLIENT;
  const write = (rows: ImportedPost[]) =>
    storage(async () => {
      const result = await importPosts(db, rows, {
        clientId: target ? target.id : null,
        mode: choices.mode,
        commit: (change) => applyPostChange(db, change, { validated: true }), // the history's commit
      });
      if (!result.ok) return refused(shown(result.errors));
      return { kind: 'posts', target: target?.id ?? null, rows, added: result.added, replaced: result.replaced, applied: result.applied };
    });

  if (kind === 'csv') {
    let mapping = previewCsv(text, { clientId }).mapping;
    if (choices.encoding) {
      // The encoding field: a refused reading keeps the current one (the message says so).
      const reread = decodeText(file.bytes, choices.encoding);
      if (!reread.ok) expect(reread.message).toMatch(/^line \d+: \S/);
      else {
        mapping = mappingAfterReread(mapping, text, reread.text, clientId);
        text = reread.text;
      }
    }
    const dayOrder = choices.dayOrder ? { dayOrder: choices.dayOrder } : {};
    const preview = previewCsv(text, { mapping, clientId, defaults, ...dayOrder });
    shown(preview.result.errors);
    if (!mapping.title) return refused([en.data.import.needsTitle]);
    const result = await runInBackground({ kind: 'csv', text, options: { mapping, clientId, defaults, ...dayOrder } });
    if (result.errors.length > 0) return refused(shown(result.errors));
    if (result.rows.length === 0) return refused([en.data.import.noRows]);
    return write(result.rows);
  }
  if (kind === 'backup') {
    const parsed = await runInBackground({ kind: 'backup', text, maxDataVersion: DATA_VERSION });
    if (!parsed.ok) return refused(shown([parsed.error, ...parsed.errors]));
    const { data } = parsed.backup;
    const preview = await planRestore(db, data, choices.restore);
    return storage(async () => ({ kind: 'restore', data, mode: choices.restore, preview, plan: await restoreBackup(db, data, choices.restore) }));
  }
  if (!target) return refused([en.data.import.icsNeedsClient]);
  const result = await runInBackground({ kind: 'ics', text, options: { clientId: target.id, timeZone: target.timeZone, defaults } });
  shown(result.warnings);
  if (result.errors.length > 0) return refused(shown(result.errors));
  // "0 events read", and the Import button is disabled.
  if (result.posts.length === 0) return refused([en.data.import.icsRead_other.replace('{{count}}', '0').replace('{{name}}', file.name).replace('{{client}}', target.name)]);
  return write(result.posts);
};

// ---------------------------------------------------------------------------------------------------
// What each outcome must leave: a refusal, the database untouched; an import, exactly its rows.

// What a message must not carry raw from the file (as safeText.ts): controls, bidi marks, separators.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;

const checkRefusal = (messages: string[]) => {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.trim()).not.toBe('');
    expect(message).not.toMatch(UNSAFE);
  }
};

const checkPosts = (base: Tables, now: Tables, out: Extract<Outcome, { kind: 'posts' }>) => {
  const { applied } = out;
  expect(out.added + out.replaced).toBe(out.rows.length);
  expect(applied.after.size).toBe(out.rows.length);
  const expected = new Map(base.posts!);
  let added = 0;
  for (const [id, row] of applied.after) {
    expect(row).not.toBeNull();
    expect(PostSchema.safeParse(row).success).toBe(true);
    const owner = CLIENTS.find((c) => c.id === row!.clientId);
    expect(owner && !owner.archived).toBe(true);
    if (out.target) expect(row!.clientId).toBe(out.target);
    const before = applied.before.get(id) ?? null;
    if (before === null) {
      added += 1;
      expect(base.posts!.has(id)).toBe(false);
    } else {
      // A replaced post keeps its id, its client and its creation date.
      expect(canonicalJson(before)).toBe(base.posts!.get(id));
      expect([row!.clientId, row!.createdAt]).toEqual([before.clientId, before.createdAt]);
    }
    expected.set(id, canonicalJson(row));
  }
  expect(added).toBe(out.added);
  expectTables(now, { ...base, posts: expected });
};

const KEPT_TABLES = ['clients', 'posts', 'results'] as const;

const checkRestore = (base: Tables, now: Tables, out: Extract<Outcome, { kind: 'restore' }>) => {
  const { data, mode, plan } = out;
  expect(plan).toEqual(out.preview);
  const expected: Tables = { ...base };
  for (const table of KEPT_TABLES) {
    const rows = new Map(mode === 'replace' ? [] : base[table]);
    const incoming = new Set<string>();
    for (const row of data[table] ?? []) {
      rows.set(row.id, canonicalJson(row));
      incoming.add(row.id);
    }
    // A kept (unreadable) row never takes the place of a row that is there.
    const present = new Set(rows.keys());
    for (const kept of data.unreadable ?? []) if (kept.table === table && !present.has(kept.row.id)) rows.set(kept.row.id, canonicalJson(kept.row));
    expected[table] = rows;
    const before = [...base[table]!.keys()];
    const replaced = before.filter((id) => incoming.has(id)).length;
    expect(plan[table]).toEqual({
      added: incoming.size - replaced,
      replaced,
      removed: mode === 'replace' ? before.length - replaced : 0,
    });
  }
  if (mode === 'replace' && data.settings !== undefined) {
    expected.settings = new Map(Object.entries(data.settings).map(([key, value]) => [key, canonicalJson({ key, value })]));
  }
  expect(plan.settings).toBe(mode === 'replace' && data.settings !== undefined);
  expect(plan.unreadable).toBe(data.unreadable?.length ?? 0);
  expectTables(now, expected);
};

// ---------------------------------------------------------------------------------------------------
// Generated files. Text first (valid exports, mutated ones, plausible garbage, huge cells), then bytes
// (UTF-8 with or without a mark, UTF-16 either way, Windows-1252) and damage to the bytes.

const TEXT = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Launch', 'Fête d’été à 5 €', 'Crème brûlée', '東京カフェ ☕', '👩‍💻 Demo 🇫🇷', 'Say "hi", then; leave', 'two\nlines', '=1+1', 'tab\there', '\u202eevil', 'bell\u0007', 'Œuvre „quoted“ – ok…') },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
const HUGE = fc.tuple(fc.constantFrom(199, 200, 201, 4999, 5000, 5001, 10_001, 40_000, 100_000), fc.constantFrom('a', 'é', '€', '😀', 'x,"\n')).map(([n, c]) => c.repeat(Math.ceil(n / c.length)).slice(0, n));
const DAY = fc.oneof(fc.constantFrom('2026-03-29', '2026-10-25', '2026-11-24', '2026-12-31', '2027-02-28'), fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
const TIME = fc.option(fc.constantFrom('00:00', '02:30', '09:00', '23:59', '12:15'), { nil: null });
const READABLE = POSTS;

/** Posts a file may hold: some of the database's (as they are, or edited, or moved) and new ones. */
const postsArb = fc.record({
  kept: fc.subarray(READABLE, { maxLength: 6 }),
  edits: fc.array(fc.record({ title: fc.option(TEXT, { nil: undefined }), clientId: fc.option(fc.constantFrom('c1', 'c2', 'c3', 'c9'), { nil: undefined }) }), { maxLength: 6 }),
  fresh: fc.array(
    fc.record({
      id: fc.constantFrom('n1', 'n2', 'n3', 'p01', 'p02', 'broken', 'r1', 'c1'),
      clientId: fc.constantFrom('c1', 'c1', 'c2', 'c3', 'c9'),
      title: TEXT,
      date: fc.option(DAY, { nil: null }),
      time: TIME,
      channel: fc.constantFrom('instagram', 'linkedin', 'blog', 'tiktok') as fc.Arbitrary<Post['channel']>,
      caption: fc.oneof({ weight: 5, arbitrary: TEXT }, { weight: 1, arbitrary: HUGE }),
      tags: fc.array(fc.constantFrom('launch', 'Été', 'x'), { maxLength: 3 }),
    }),
    { maxLength: 4 },
  ),
}).map(({ kept, edits, fresh }) => [
  ...kept.map((p, i) => ({ ...p, ...(edits[i]?.title !== undefined ? { title: edits[i].title } : {}), ...(edits[i]?.clientId ? { clientId: edits[i].clientId } : {}) })),
  ...fresh.map(({ id, clientId, date, ...rest }) => post(id, clientId, date, { ...rest, status: date === null ? 'idea' : 'scheduled' })),
]);

// Damage to a file's text: what a truncated download, a bad editor or a stray paste does.
type Mutation = { at: number; kind: 'delete' | 'insert' | 'replace' | 'duplicate' | 'truncate'; size: number; text: string };
const mutationArb = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'insert', 'replace', 'duplicate', 'truncate') as fc.Arbitrary<Mutation['kind']>,
  size: fc.integer({ min: 1, max: 40 }),
  text: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.constantFrom('"', ',', ';', '\t', '\n', '\r', '\r\n', ':', '\\', 'BEGIN:VEVENT\r\n', 'END:VEVENT\r\n', '{', '}', '[', ']', '\ufeff', ' ', '\u0000', '\ud800'),
  ),
});
const mutate = (source: string, mutations: Mutation[]): string =>
  mutations.reduce((text, m) => {
    const at = text.length === 0 ? 0 : m.at % text.length;
    switch (m.kind) {
      case 'delete': return text.slice(0, at) + text.slice(at + m.size);
      case 'insert': return text.slice(0, at) + m.text + text.slice(at);
      case 'replace': return text.slice(0, at) + m.text + text.slice(at + m.text.length);
      case 'duplicate': return text.slice(0, at + m.size) + text.slice(at, at + m.size) + text.slice(at + m.size);
      case 'truncate': return text.slice(0, at);
    }
  }, source);
const mutated = (valid: fc.Arbitrary<string>) =>
  fc.tuple(valid, fc.array(mutationArb, { minLength: 1, maxLength: 4 })).map(([text, mutations]) => mutate(text, mutations));

// CSV: Cadence's own export (all columns or some, any delimiter), a spreadsheet's (French headers),
// and rows of plausible cells.
const csvExport = fc
  .tuple(postsArb, fc.constantFrom<CsvDelimiter>(',', ';', '\t'), fc.option(fc.subarray([...CSV_COLUMNS], { minLength: 1 }), { nil: undefined }), fc.boolean(), fc.nat(9))
  .map(([posts, delimiter, some, bom, untitled]) => {
    // Some of the columns: the title among them but once in ten times.
    const columns = some && (untitled === 0 || some.includes('title') ? some : ['title' as const, ...some]);
    return toCsv(posts, [...CLIENTS, GHOST], { delimiter, bom, ...(columns ? { columns } : {}) });
  });
const HEADERS = ['title', 'Titre', 'date', 'Date de publication', 'time', 'Heure', 'channel', 'Réseau', 'format', 'Type', 'status', 'Statut', 'caption', 'Légende', 'tags', 'notes', 'client', 'client_id', 'id', 'tone', 'intent', 'invites_participation', 'series', 'created_at', '', 'Weird'];
const CELL = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('', 'Launch', 'Fête d’été', '2026-11-05', '05/11/2026', '11/05/2026', '2026-02-30', '31/12/2026', '09:00', '25:00', '9h30', 'instagram', 'Instagram', 'LinkedIn', 'myspace', 'reel', 'image', 'idea', 'scheduled', 'published', 'Bloom Bakery', 'Acme Café', 'Old Shop', 'Ghost Inc', 'c1', 'c2', 'c3', 'p01', 'broken', 'n1', 'true', 'oui', 'a|b', '=1+1', '"', '""', '"a', '"x, y"', '"two\nlines"', '{"id":"s1"}', '2026-11-01T00:00:00.000Z') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: TEXT },
);
const csvCells = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 }), fc.array(fc.array(CELL, { maxLength: 9 }), { maxLength: 8 }), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\r\n', '\n', '\r'))
  .map(([headers, rows, d, eol]) => [headers, ...rows].map((cells) => cells.join(d)).join(eol));
const csvHuge = fc.tuple(HUGE, fc.constantFrom('title', 'caption', 'notes', 'tags', 'date'), fc.constantFrom(',', ';')).map(([huge, column, d]) => {
  const cell = `"${huge.replaceAll('"', '""')}"`;
  const big = column === 'title' ? [cell, '2026-11-05', 'x'] : ['Big', '2026-11-05', cell];
  return [['title', 'date', column === 'title' ? 'caption' : column], big, ['Small', '2026-11-06', 'ok']].map((r) => r.join(d)).join('\r\n');
});
const csvText = fc.oneof({ weight: 5, arbitrary: csvExport }, { weight: 3, arbitrary: mutated(csvExport) }, { weight: 3, arbitrary: csvCells }, { weight: 1, arbitrary: csvHuge });

// ICS: Cadence's own export, Outlook's (zones defined in the file, Windows names), plausible lines.
const icsExport = postsArb.map((posts) => toIcs(posts, [...CLIENTS, GHOST], { now: NOW }));
const outlook = fc
  .tuple(
    fc.constantFrom('Romance Standard Time', 'Eastern Standard Time', 'W. Europe Standard Time', 'Nowhere Time'),
    fc.array(fc.tuple(fc.constantFrom('20260329T023000', '20261025T023000', '20261124T090000', '20260230T100000', '2026'), TEXT), { minLength: 1, maxLength: 3 }),
    fc.boolean(),
  )
  .map(([zone, events, defined]) =>
    [
      'BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
      ...(defined
        ? ['BEGIN:VTIMEZONE', `TZID:${zone}`, 'BEGIN:STANDARD', 'DTSTART:16011025T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
           'BEGIN:DAYLIGHT', 'DTSTART:16010329T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT', 'END:VTIMEZONE']
        : []),
      ...events.flatMap(([start, title], i) => ['BEGIN:VEVENT', `UID:outlook-${i}`, `DTSTART;TZID=${zone}:${start}`, `SUMMARY:${title.replace(/\r?\n/g, '\\n')}`, 'END:VEVENT']),
      'END:VCALENDAR',
    ].join('\r\n'),
  );
const ICS_LINE = fc.oneof(
  fc.constantFrom(
    'BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VTIMEZONE', 'END:VTIMEZONE', 'BEGIN:STANDARD', 'END:STANDARD', 'UID:p01@cadence.local', 'UID:broken@cadence.local',
    'DTSTART:20260329T013000Z', 'DTSTART;VALUE=DATE:20260230', 'DTSTART;TZID=Europe/Paris:20260329T023000', 'DTSTART;TZID="a:b":2026', 'TZID:Nowhere',
    'TZOFFSETFROM:+0100', 'TZOFFSETTO:+2500', 'RRULE:FREQ=YEARLY;BYMONTH=13', 'SUMMARY:', 'SUMMARY:ok', 'X-CADENCE-FORMAT:reel', 'X-CADENCE-CHANNEL:myspace',
    'X-CADENCE-TAGS:\\', 'X-CADENCE-LOCAL:2026-03-29T02:30', 'X-CADENCE-TZ:Europe/Paris', 'X-CADENCE-STATUS:idea', 'CATEGORIES:,,,', 'DURATION:PXYZ',
    'STATUS:CANCELLED', ' folded', '\tfolded', ';:', ':', 'X;A=:b', 'DTSTART;X="unclosed:1',
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const icsLines = fc
  .tuple(fc.array(ICS_LINE, { maxLength: 30 }), fc.constantFrom('\r\n', '\n', '\r'))
  .map(([lines, eol]) => ['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join(eol));
const icsHuge = HUGE.map((huge) => toIcs([post('n1', 'c1', '2026-11-05', { title: 'Big', caption: huge })], CLIENTS, { now: NOW }));
const icsText = fc.oneof({ weight: 5, arbitrary: icsExport }, { weight: 3, arbitrary: mutated(icsExport) }, { weight: 2, arbitrary: outlook }, { weight: 2, arbitrary: icsLines }, { weight: 1, arbitrary: icsHuge });

// JSON backups: the database's own data changed (rows dropped, edited, added; kept rows; odd settings),
// rows broken with a checksum that matches (what a script writing backups could do), envelopes
// changed, and text damaged (which the checksum catches).
const BASE_DATA: BackupData = {
  clients: CLIENTS,
  posts: POSTS,
  results: RESULTS,
  settings: { language: 'fr', lastClientId: 'c1', agendaSpan: 28 },
  unreadable: [{ table: 'posts', row: DAMAGED_POST }, { table: 'results', row: DAMAGED_RESULT }],
};
const SETTINGS = fc.oneof(
  fc.constantFrom({}, { language: 'en' }, { language: 'fr', lastClientId: 'c2', agendaSpan: 7 }, JSON.parse('{"__proto__":{"x":1},"constructor":"y","":null}') as Record<string, unknown>),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  HUGE.map((huge) => ({ note: huge })),
);
const KEPT = fc.record({
  table: fc.constantFrom('clients', 'posts', 'results') as fc.Arbitrary<'clients' | 'posts' | 'results'>,
  row: fc.record({ id: fc.constantFrom('broken', 'r-broken', 'p01', 'c1', 'r1', 'k1', 'k1'), junk: fc.jsonValue({ maxDepth: 1 }) }),
});
const backupData = fc
  .record({
    clients: fc.subarray([...CLIENTS, GHOST], { minLength: 0 }),
    posts: postsArb,
    results: fc.option(fc.subarray(RESULTS), { nil: undefined }),
    settings: fc.option(SETTINGS, { nil: undefined }),
    unreadable: fc.option(fc.array(KEPT, { maxLength: 3 }), { nil: undefined }),
    tidy: fc.boolean(), // without orphans and twice-used ids: what the app itself writes
  })
  .map(({ clients, posts, results, settings, unreadable, tidy }): BackupData => {
    const ids = new Set(clients.map((c) => c.id));
    const kept = tidy ? posts.filter((p, i) => ids.has(p.clientId) && posts.findIndex((q) => q.id === p.id) === i) : posts;
    return { clients, posts: kept, ...(results ? { results } : {}), ...(settings ? { settings } : {}), ...(unreadable ? { unreadable } : {}) };
  });
const backupOf = (data: unknown, dataVersion = DATA_VERSION) => toBackup(data as BackupData, { dataVersion, now: NOW });
const backupValid = fc.oneof(
  { weight: 1, arbitrary: fc.constant(backupOf(BASE_DATA)) },
  { weight: 8, arbitrary: fc.tuple(backupData, fc.constantFrom(DATA_VERSION, DATA_VERSION, 1, 2)).map(([data, version]) => backupOf(data, version)) },
);

type Edit = { path: number[]; op: 'set' | 'delete' | 'copy'; value: unknown };
const editArb: fc.Arbitrary<Edit> = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  op: fc.constantFrom('set', 'delete', 'copy'),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(null, '', -1, 1.5, '2026-02-30', 'x'.repeat(300), [], {}, 'c9')),
});
/** One change deep in the JSON: a value replaced, a key or an item removed, an item copied (a twice-used id). */
const edit = (root: unknown, e: Edit): unknown => {
  const copy = structuredClone(root);
  let parent: Record<string, unknown> | null = null;
  let key = '';
  let node: unknown = copy;
  for (const step of e.path) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    key = keys[step % keys.length]!;
    node = parent[key];
  }
  if (parent === null) return copy;
  if (e.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (e.op === 'copy' && Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
  else Object.defineProperty(parent, key, { value: e.value, enumerable: true, writable: true, configurable: true });
  return copy;
};
const backupEdited = fc
  .tuple(backupData, fc.array(editArb, { minLength: 1, maxLength: 3 }))
  .map(([data, edits]) => backupOf(edits.reduce<unknown>((d, e) => edit(d, e), JSON.parse(JSON.stringify(data)))));
const backupEnvelope = fc
  .tuple(backupValid, fc.constantFrom('app', 'kind', 'dataVersion', 'exportedAt', 'checksum', 'data', 'extra'), fc.constantFrom(undefined, null, '', 'other', 0, 1.5, DATA_VERSION + 1, 'SHA256:', 'upper', []))
  .map(([text, field, value]) => {
    const envelope = JSON.parse(text) as Record<string, unknown>;
    envelope[field] = value === 'upper' ? String(envelope.checksum).toUpperCase() : value;
    return JSON.stringify(envelope);
  });
const backupText = fc.oneof(
  { weight: 4, arbitrary: backupValid },
  { weight: 3, arbitrary: backupEdited },
  { weight: 2, arbitrary: backupEnvelope },
  { weight: 3, arbitrary: mutated(backupValid) },
);

// Bytes: the text in an encoding, then (sometimes) damaged bytes.
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const cp1252 = (text: string) => {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const c of text) {
    const u = c.codePointAt(0)!;
    const i = CP1252_C1.indexOf(c);
    // '?' for a character Windows-1252 lacks, as Excel writes it.
    out[n++] = u < 0x80 || (u >= 0xa0 && u <= 0xff) ? u : i >= 0 ? 0x80 + i : 0x3f;
  }
  return out.subarray(0, n);
};
const utf16 = (text: string, bigEndian: boolean) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    const u = text.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = u >> 8;
  }
  return out;
};
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};
const ENCODERS: Record<string, (text: string) => Uint8Array> = {
  'utf-8': (text) => new TextEncoder().encode(text),
  'utf-8 BOM': (text) => join(Uint8Array.of(0xef, 0xbb, 0xbf), new TextEncoder().encode(text)),
  'utf-16le BOM': (text) => join(Uint8Array.of(0xff, 0xfe), utf16(text, false)),
  'utf-16be BOM': (text) => join(Uint8Array.of(0xfe, 0xff), utf16(text, true)),
  'utf-16le': (text) => utf16(text, false),
  'windows-1252': cp1252,
};
type Damage = { at: number; kind: 'flip' | 'insert' | 'drop' | 'truncate'; bytes: number[] };
const damageArb: fc.Arbitrary<Damage> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('flip', 'insert', 'drop', 'truncate'),
  bytes: fc.oneof(
    fc.constantFrom<number[]>([0xc3], [0xff], [0xfe, 0xff], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x00], [0x80], [0x92], [0xef, 0xbb, 0xbf], [0xd8, 0x00]),
    fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }),
  ),
});
const damage = (bytes: Uint8Array, d: Damage): Uint8Array => {
  const at = bytes.length === 0 ? 0 : d.at % bytes.length;
  const inserted = Uint8Array.from(d.bytes);
  switch (d.kind) {
    case 'flip': return join(bytes.subarray(0, at), inserted, bytes.subarray(at + inserted.length));
    case 'insert': return join(bytes.subarray(0, at), inserted, bytes.subarray(at));
    case 'drop': return join(bytes.subarray(0, at), bytes.subarray(at + 1));
    case 'truncate': return bytes.slice(0, at);
  }
};
const fileArb = (text: fc.Arbitrary<string>, extension: string) =>
  fc
    .record({
      text,
      encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-8', 'utf-8 BOM', 'utf-16le BOM', 'utf-16be BOM', 'utf-16le', 'windows-1252', 'windows-1252'),
      damage: fc.oneof({ weight: 4, arbitrary: fc.constant<Damage[]>([]) }, { weight: 1, arbitrary: fc.array(damageArb, { minLength: 1, maxLength: 3 }) }),
      name: fc.oneof({ weight: 6, arbitrary: fc.constant(`plan.${extension}`) }, { weight: 1, arbitrary: fc.constantFrom(`PLAN.${extension.toUpperCase()}`, 'download', `plan.${extension}.txt`) }),
    })
    .map(({ text, encoding, damage: damages, name }) => ({ name, bytes: damages.reduce(damage, ENCODERS[encoding]!(text)) }));

const choicesArb: fc.Arbitrary<Choices> = fc.record({
  target: fc.constantFrom('c1', 'c1', 'c2', FROM_FILE),
  mode: fc.constantFrom('add', 'update') as fc.Arbitrary<PostImportMode>,
  dayOrder: fc.constantFrom('', '', 'dmy', 'mdy') as fc.Arbitrary<Choices['dayOrder']>,
  encoding: fc.option(fc.constantFrom<EncodingChoice>('utf-8', 'utf-16', 'windows-1252'), { freq: 4, nil: null }),
  restore: fc.constantFrom('replace', 'merge') as fc.Arbitrary<RestoreMode>,
});

// ---------------------------------------------------------------------------------------------------

let db: CadenceDb;
let base: Tables;
let baseDigest: string;
/** The base as the safety backup a restore takes first, read back as its Undo reads it. */
let safety: BackupData;
let counter = 0;

beforeEach(async () => {
  db = createDb(`cadence-fuzz-${++counter}`);
  await openDb(db);
  await seed(db);
  base = await readTables(db);
  baseDigest = digestOf(base);
  const parsed = await runInBackground({ kind: 'backup', text: backupOf(await readAll(db)), maxDataVersion: DATA_VERSION });
  if (!parsed.ok) throw new Error(parsed.error.message);
  safety = parsed.backup.data;
});
afterEach(() => db.close());

/** Puts every table back as `base` had it (after a failed case, so shrinking starts from the base). */
const reseed = async () => {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      await table.bulkPut([...base[table.name]!.values()].map((row) => JSON.parse(row) as unknown));
    }
  });
};

type Tally = { accepted: number; refused: number };

/** One file through the chain, its outcome checked, and the database back to the base. */
const runCase = async (file: { name: string; bytes: Uint8Array }, choices: Choices, tally: Tally): Promise<Outcome> => {
  try {
    const outcome = await importFile(db, file, choices);
    if (outcome.kind === 'refused') {
      checkRefusal(outcome.messages);
      expect(await digest(db)).toBe(baseDigest); // nothing half-written
      tally.refused += 1;
      return outcome;
    }
    const now = await readTables(db);
    if (outcome.kind === 'posts') {
      checkPosts(base, now, outcome);
      await undoPostChange(db, outcome.applied); // the toast's Undo
    } else {
      checkRestore(base, now, outcome);
      await restoreBackup(db, safety, 'replace'); // the restore's Undo (undoRestore)
    }
    expect(await digest(db)).toBe(baseDigest);
    tally.accepted += 1;
    return outcome;
  } catch (error) {
    await reseed();
    throw error;
  }
};

// 3 × 3,400 files: about 25 s in all on this 2-core machine (the bound below only catches a stuck run).
const RUNS = 3400;
const FORMATS = [
  ['CSV', fileArb(csvText, 'csv')],
  ['ICS', fileArb(icsText, 'ics')],
  ['JSON backup', fileArb(backupText, 'json')],
] as const;

describe('fuzzed imports against a database holding data', () => {
  it('starts from a base whose safety backup holds every row and restores to the same database', async () => {
    // Every backup lists the media its posts refer to (issue 18): none here, an empty list.
    expect(canonicalJson(safety)).toBe(canonicalJson({ ...BASE_DATA, media: [] }));
    await db.posts.clear();
    await restoreBackup(db, safety, 'replace');
    expect(await digest(db)).toBe(baseDigest);
    expect(base.meta!.size).toBeGreaterThan(0); // the data version: digests cover every table
  });

  it.each(FORMATS)('%s: every generated file is refused whole with a message, or imported exactly as reported', async (_name, files) => {
    const tally: Tally = { accepted: 0, refused: 0 };
    await fc.assert(fc.asyncProperty(files, choicesArb, async (file, choices) => void (await runCase(file, choices, tally))), { numRuns: RUNS });
    // Both sides are reached: a fuzzer whose files are all refused proves nothing about writes.
    expect(tally.accepted).toBeGreaterThan(RUNS / 10);
    expect(tally.refused).toBeGreaterThan(RUNS / 10);
  }, 120_000);
});

describe('regressions found by the fuzzer', () => {
  const choices = (over: Partial<Choices> = {}): Choices => ({ target: 'c1', mode: 'add', dayOrder: '', encoding: null, restore: 'replace', ...over });
  const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

  it('a backup keeping a row under an id already used in its table is refused (a replace-restore wrote the kept row over the result it reported restored)', async () => {
    const tally: Tally = { accepted: 0, refused: 0 };
    const overReadable = { clients: [], posts: [], results: [RESULTS[0]!], unreadable: [{ table: 'results', row: { id: RESULTS[0]!.id, junk: false } }] };
    const keptTwice = { clients: [], posts: [], unreadable: [{ table: 'posts', row: { id: 'k1', junk: 1 } }, { table: 'posts', row: { id: 'k1', junk: 2 } }] };
    for (const restore of ['replace', 'merge'] as const) {
      const outcome = await runCase(file('plan.json', backupOf(overReadable)), choices({ restore }), tally);
      expect(outcome).toMatchObject({ kind: 'refused', messages: expect.arrayContaining([expect.stringMatching(/^kept row #1 \(results\): id r1 appears twice$/)]) });
    }
    await runCase(file('plan.json', backupOf(keptTwice)), choices(), tally);
    expect(tally).toEqual({ accepted: 0, refused: 3 });
  });

  it('a CSV or ICS update naming a kept (unreadable) post adds a new post and leaves the kept row alone (it was taken as the post to update)', async () => {
    const tally: Tally = { accepted: 0, refused: 0 };
    const fixed = post('broken', 'c1', '2026-11-20', { title: 'Fixed' });
    for (const source of [file('plan.csv', toCsv([fixed], CLIENTS)), file('plan.ics', toIcs([fixed], CLIENTS, { now: NOW }))]) {
      const outcome = await runCase(source, choices({ mode: 'update' }), tally);
      expect(outcome).toMatchObject({ kind: 'posts', added: 1, replaced: 0 });
      const [written] = outcome.kind === 'posts' ? [...outcome.applied.after.values()] : [];
      expect(written).toMatchObject({ title: 'Fixed', clientId: 'c1' });
      expect(written!.id).not.toBe('broken');
    }
    expect(tally).toEqual({ accepted: 2, refused: 0 });
  });
});
