/**
 * Cadence's own import and export code, in Chromium, without its dialog: as ImportPanel.tsx does it,
 * the import worker (renderer/features/data/importWorker.ts, through workerClient.ts) reads the CSV
 * off the main thread, then importPosts (renderer/db/imports.ts) plans the rows and commits them the
 * way the undo history does (applyPostChange, rows already checked by the worker): ONE Dexie
 * transaction, into a real (on-disk) IndexedDB database of its own. Exports: the same worker jobs
 * the app runs (toCsv, toIcs).
 * The data comes from bench/generate.ts, built before any timer starts.
 */
import { createDb, openDb, type CadenceDb } from '../../renderer/db/database';
import { importPosts } from '../../renderer/db/imports';
import { applyPostChange } from '../../renderer/db/changes';
import { runInBackground } from '../../renderer/features/data/workerClient';
import { toCsv } from '../../shared/serializers/csv';
import type { Post } from '../../shared/model/post';
import { AGENCY, agencyClients, forEachClientPost, generateAgency, type AgencyOptions } from '../generate';

type Prepared = { rows: number; bytes: number };
let db: CadenceDb | null = null;
let csv = '';
let yearPosts: Post[] = [];
let clients = agencyClients(AGENCY);

const api = {
  /** A CSV of the first `rows` dated posts of the agency, written by Cadence's own toCsv. */
  prepareImport: async (rows: number, options: AgencyOptions = AGENCY): Promise<Prepared> => {
    clients = agencyClients(options);
    const posts: Post[] = [];
    for (let i = 0; i < clients.length && posts.length < rows; i++) {
      forEachClientPost(options, clients, i, (post) => {
        if (post.date !== null && posts.length < rows) posts.push(post);
      });
    }
    csv = toCsv(posts, clients);
    db = createDb(`cadence-bench-import-${Date.now()}`);
    await openDb(db);
    await db.clients.bulkPut(clients);
    return { rows: posts.length, bytes: csv.length };
  },
  /** Reads the CSV in the worker and writes its rows in one transaction; ms from start to committed. */
  importCsv: async (): Promise<{ ms: number; parseMs: number; planMs: number; commitMs: number; floorMs: number; imported: number; errors: number; stored: number }> => {
    if (!db) throw new Error('prepareImport first');
    const t0 = performance.now();
    const parsed = await runInBackground({ kind: 'csv', text: csv, options: {} });
    const t1 = performance.now();
    const target = db;
    let planned = t1;
    let upserts: readonly Post[] = [];
    const result = await importPosts(target, parsed.rows, {
      clientId: null,
      mode: 'add',
      // What the dialog's history.commit(change, label, { validated: true }) runs, minus the undo stack.
      commit: (change) => {
        planned = performance.now();
        upserts = change.upserts;
        return applyPostChange(target, change, { validated: true });
      },
    });
    const t2 = performance.now();
    // The storage floor: the same rows written alone (one bulkPut, one transaction, no read first).
    const floorDb = createDb(`cadence-bench-floor-${Date.now()}`);
    await openDb(floorDb);
    const t3 = performance.now();
    await floorDb.transaction('rw', floorDb.posts, () => floorDb.posts.bulkPut([...upserts]));
    const floorMs = performance.now() - t3;
    floorDb.close();
    const stored = await db.posts.count();
    return {
      ms: t2 - t0,
      parseMs: t1 - t0,
      planMs: planned - t1,
      commitMs: t2 - planned,
      floorMs,
      imported: result.ok ? result.added : 0,
      errors: result.ok ? parsed.errors.length : result.errors.length,
      stored,
    };
  },
  /** The posts of one calendar year, every client. */
  prepareExport: (year: string, options: AgencyOptions = AGENCY): number => {
    const data = generateAgency(options);
    clients = data.clients;
    yearPosts = data.posts.filter((p) => p.date !== null && p.date.startsWith(`${year}-`));
    return yearPosts.length;
  },
  exportYear: async (kind: 'csv' | 'ics'): Promise<{ ms: number; bytes: number }> => {
    const t0 = performance.now();
    const text =
      kind === 'csv'
        ? await runInBackground({ kind: 'toCsv', posts: yearPosts, clients, options: {} })
        : await runInBackground({ kind: 'toIcs', posts: yearPosts, clients, now: '2026-11-24T09:00:00.000Z' });
    return { ms: performance.now() - t0, bytes: text.length };
  },
};

(window as unknown as { __harness: typeof api }).__harness = api;
