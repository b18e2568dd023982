/**
 * `npm run bench` (scripts/bench.mjs builds, then calls main() from this file's bundle).
 *
 * Order: Node figures first (nothing else running), then seed (or reuse) the agency profile, then the
 * app's own runs, the dense months side by side with the peers (contender order rotated every run),
 * the import/export harness and the memory walk. Writes latest.json and latest.md.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { appCheck, coldStart, dropToPersisted, measureInPage, NEXT_MONTH, resetSettings, withSeedPage, type AppSetup, type Measured } from './app';
import { launchBrowser, launchProfile } from './browser';
import { addMonths, AGENCY, agencyClients, agencyMonthCount, DENSE_MONTH, DENSITIES, THUMB_DENSITY, type AgencyOptions } from './generate';
import { FULL_SIZES, runNodeBenches, SMOKE_SIZES, type NodeResults } from './node';
import { PEERS, runPeer, type PeerName } from './peers';
import { figure, type Figure } from './stats';
import { renderMarkdown, evaluateTargets } from './report';

export type BenchOptions = {
  root: string;
  /** out/bench: the built pages, seed script and cached profiles. */
  buildDir: string;
  outDir: string;
  chromium: string;
  chromiumVersion: string;
  smoke: boolean;
  runs: number;
  appPort: number;
  pagesPort: number;
  freshSeed: boolean;
  /** Skip parts (e.g. while profiling one): 'node', 'app', 'density', 'harness', 'memory'. */
  skip: string[];
  log: (line: string) => void;
};

export type Contender = 'cadence' | PeerName;
export type Phase = { painted: Figure; busy: Figure; content: Figure };
export type Cell = { initial: Phase; switch: Phase; elements: number; checks: Measured['check'][] };

export type BenchResults = {
  meta: {
    date: string;
    smoke: boolean;
    runs: number;
    machine: { cpus: number; cpu: string; memoryGb: number; node: string; chromium: string; loadBefore: number; loadAfter: number };
    dataset: { clients: number; posts: number; agencyPosts: number; densePosts: number; month: string; client: string };
    seconds: number;
    notes: string[];
  };
  app?: {
    coldStart: Phase & { check: Measured['check'] };
    monthSwitch: Phase & { check: Measured['check'] };
    drop: {
      persisted: Figure;
      undone: boolean;
      /** Drop key → first frame painted with the guard's final state (warnings, week mix, badges). */
      guard: Figure;
      /** Per run: frames painted after the drop before that one (0: the first frame after the drop). */
      guardFrameIndex: number[];
      /** Per run: frames between the card's move and the guard's update (0: the same frame). */
      guardFramesAfterMove: number[];
      /** The guard's state did change with every drop (a drop that changes nothing would prove nothing). */
      guardChanged: boolean;
    };
  };
  density?: Record<string, Partial<Record<Contender, Cell>>>;
  /** Issue 18: the month of N posts ("Density N") against the same month with a picture on every post, same runs. */
  thumbs?: { n: number; plain: Cell; thumbs: Cell; switchRatio: number; initialRatio: number };
  memory?: { afterColdStartMb: number; afterBrowsingMb: number; totalMb: number; months: number; switchPainted: Figure };
  chromium?: {
    importCsv: { rows: number; bytes: number; ms: Figure; parseMs: Figure; planMs: Figure; commitMs: Figure; floorMs: Figure; imported: number; stored: number; errors: number };
    exportYear: { posts: number; csv: Figure & { bytes: number }; ics: Figure & { bytes: number } };
  };
  node?: NodeResults;
};

/** The tiny data set of the smoke run: 2 clients × 1 channel over 2 months, one dense month of 200. */
export const SMOKE_AGENCY: AgencyOptions = { ...AGENCY, clients: 2, channelsPerClient: 1, from: '2026-05-01', days: 92, ideasPerClient: 3 };

/** Serves `app` (a copy of out/renderer: a rebuild of out/renderer during the run cannot pull the app from under it). */
const startAppServer = (root: string, port: number, app: string): Promise<ChildProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/start.mjs', '--web', '--no-build', '--port', String(port), '--root', app], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(`http://localhost:${port}/`)) resolve(child);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the app server stopped (code ${code}): ${err.trim() || out.trim()}`)));
  });

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** The peers and harness pages: a plain static server (FullCalendar injects <style>, which the app's CSP would refuse). */
const startPagesServer = (dir: string, port: number): Promise<Server> =>
  new Promise((resolve, reject) => {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const file = path.resolve(dir, `.${decodeURIComponent(url.pathname)}`);
      if (!file.startsWith(dir + path.sep) || !existsSync(file)) {
        res.writeHead(404).end('Not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(readFileSync(file));
    });
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

const phaseOf = (runs: Measured[]): Phase => ({
  painted: figure(runs.map((m) => m.painted)),
  busy: figure(runs.map((m) => m.busy)),
  content: figure(runs.map((m) => m.contentPainted)),
});

const cellOf = (runs: { initial: Measured; switch: Measured }[]): Cell => ({
  initial: phaseOf(runs.map((r) => r.initial)),
  switch: phaseOf(runs.map((r) => r.switch)),
  elements: runs[runs.length - 1]?.initial.check.elements ?? 0,
  checks: runs.flatMap((r) => [r.initial.check, r.switch.check]),
});

const rotate = <T>(list: readonly T[], by: number): T[] => list.map((_, i) => list[(i + by) % list.length]!);

export const main = async (options: BenchOptions): Promise<BenchResults> => {
  const started = Date.now();
  const { log } = options;
  const agency = options.smoke ? SMOKE_AGENCY : AGENCY;
  const densities: number[] = options.smoke ? [200] : [...DENSITIES];
  const runs = options.runs;
  const month = DENSE_MONTH;
  const clients = agencyClients(agency);
  const shown = clients[0]!;
  const settings = { lastClientId: shown.id, lastView: 'month', lastAnchor: `${month}-15`, sidePanel: 'guard', language: 'en' };
  const expected = (m: string) => agencyMonthCount(agency, m);
  const agencyPosts = clients.length * (agency.days * agency.channelsPerClient + agency.ideasPerClient);
  // The month with thumbnails (issue 18): not in the smoke run, whose dense month is 200.
  const thumbs = options.smoke ? 0 : THUMB_DENSITY;
  const densePosts = densities.reduce((sum, n) => sum + 2 * n, 0) + 2 * thumbs;
  const skip = new Set(options.skip);
  const notes: string[] = [];

  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      smoke: options.smoke,
      runs,
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? '',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: options.chromiumVersion,
        loadBefore: Math.round(loadavg()[0]! * 10) / 10,
        loadAfter: 0,
      },
      dataset: { clients: clients.length + densities.length, posts: agencyPosts + densePosts, agencyPosts, densePosts, month, client: shown.name },
      seconds: 0,
      notes,
    },
  };

  // 1. Node: nothing else is running yet.
  if (!skip.has('node')) {
    log('Node: guard analysis, export, CSV reading…');
    results.node = runNodeBenches(options.smoke ? SMOKE_SIZES : FULL_SIZES, agency, log);
  }

  const app = path.join(options.buildDir, 'app');
  rmSync(app, { recursive: true, force: true });
  cpSync(path.join(options.root, 'out', 'renderer'), app, { recursive: true });
  const appServer = await startAppServer(options.root, options.appPort, app);
  const pagesDir = path.join(options.buildDir, 'pages');
  const pagesServer = await startPagesServer(pagesDir, options.pagesPort);
  const baseUrl = `http://localhost:${options.appPort}`;
  const pagesUrl = `http://localhost:${options.pagesPort}`;
  const seedScript = readFileSync(path.join(options.buildDir, 'seed.js'), 'utf8');
  let browser: Browser | null = null;
  try {
    // 2. The seeded profile: cached by what shapes it (generator, schema, sizes, browser).
    const key = createHash('sha256')
      .update(readFileSync(path.join(options.root, 'bench', 'generate.ts')))
      .update(readFileSync(path.join(options.root, 'renderer', 'db', 'schema.ts')))
      // IndexedDB belongs to an origin, and the port is part of it.
      .update(readFileSync(path.join(options.root, 'bench', 'pages', 'seed.ts')))
      .update(JSON.stringify({ agency, densities, thumbs, month, settings, chromium: options.chromiumVersion, port: options.appPort }))
      .digest('hex')
      .slice(0, 16);
    const seeded = path.join(options.buildDir, 'profiles', `seed-${key}`);
    const setup: AppSetup = { chromium: options.chromium, baseUrl, profile: path.join(options.buildDir, 'profiles', options.smoke ? 'work-smoke' : 'work'), seedScript, settings };
    const needsProfile = !skip.has('app') || !skip.has('density') || !skip.has('memory');
    if (!needsProfile) {
      // nothing below opens the app
    } else if (options.freshSeed || !existsSync(seeded)) {
      log(`Seeding ${agencyPosts + densePosts} posts into a fresh profile…`);
      const tmp = `${seeded}.tmp`;
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(tmp, { recursive: true });
      const context = await launchProfile(options.chromium, tmp);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${baseUrl}/`);
      await page.locator('.sidebar').waitFor({ timeout: 30_000 }); // the app has created its database
      const seededInfo = await withSeedPage(page, setup, (p) =>
        p.evaluate((o) => (globalThis as never as { __benchSeed: { seed: (o: unknown) => Promise<{ posts: number; ms: number }> } }).__benchSeed.seed(o), { agency, densities, denseMonth: month, settings, thumbs }),
      );
      await context.close();
      log(`  ${seededInfo.posts} posts stored in ${(seededInfo.ms / 1000).toFixed(1)} s`);
      rmSync(seeded, { recursive: true, force: true });
      renameSync(tmp, seeded);
      // One seeded profile is kept (~100 MB): older ones (another schema, port or generator) go.
      for (const entry of readdirSync(path.dirname(seeded))) {
        if (entry.startsWith('seed-') && entry !== path.basename(seeded)) rmSync(path.join(path.dirname(seeded), entry), { recursive: true, force: true });
      }
    } else {
      log(`Reusing the seeded profile ${path.relative(options.root, seeded)}`);
    }
    if (needsProfile) {
      rmSync(setup.profile, { recursive: true, force: true });
      cpSync(seeded, setup.profile, { recursive: true });
    }

    const close = async (context: BrowserContext, page: Page) => {
      await resetSettings(page, setup);
      await context.close();
    };

    // 3. Cold start, month switch, drop → persisted: one fresh browser per run, after one unmeasured start.
    if (!skip.has('app')) {
      log('Cadence: cold start, month switch, drop → persisted…');
      const cold: Measured[] = [];
      const switches: Measured[] = [];
      const drops: number[] = [];
      const guards: number[] = [];
      const guardIndex: number[] = [];
      const guardLate: number[] = [];
      let guardChanged = true;
      let undone = true;
      for (let r = -1; r < runs; r++) {
        const { context, page, dt, measured } = await coldStart(setup, appCheck(month, expected(month)));
        const next = addMonths(month, 1);
        const switched = await measureInPage(page, dt, appCheck(next, expected(next)), NEXT_MONTH);
        const drop = await dropToPersisted(page, `${next}-08`);
        await close(context, page);
        if (r < 0) continue; // the first start after copying the profile warms Chromium's caches
        cold.push(measured);
        switches.push(switched);
        drops.push(drop.ms);
        guards.push(drop.guardMs);
        guardIndex.push(drop.guardFrameIndex);
        guardLate.push(drop.guardFramesAfterMove);
        guardChanged &&= drop.guardChanged;
        undone &&= drop.undone;
        log(`  run ${r + 1}: cold ${measured.painted.toFixed(0)} ms, switch ${switched.painted.toFixed(1)} ms, drop ${drop.ms.toFixed(1)} ms, guard updated ${drop.guardMs.toFixed(1)} ms (frame ${drop.guardFrameIndex} after the drop)`);
      }
      results.app = {
        coldStart: { ...phaseOf(cold), check: cold[0]!.check },
        monthSwitch: { ...phaseOf(switches), check: switches[0]!.check },
        drop: { persisted: figure(drops), undone, guard: figure(guards), guardFrameIndex: guardIndex, guardFramesAfterMove: guardLate, guardChanged },
      };
    }

    // 4. Dense months, Cadence and its peers, contender order rotated every run.
    if (!skip.has('density')) {
      browser = await launchBrowser(options.chromium);
      const contenders: Contender[] = ['cadence', ...PEERS];
      const collected: Record<string, Partial<Record<Contender, { initial: Measured; switch: Measured }[]>>> = {};
      let withThumbs: { initial: Measured; switch: Measured }[] | undefined;
      for (let r = 0; r < runs; r++) {
        log(`Dense months, run ${r + 1} of ${runs}…`);
        for (const n of densities) {
          for (const contender of rotate(contenders, r)) {
            const cell = ((collected[n] ??= {})[contender] ??= []);
            if (contender === 'cadence') {
              const { context, page, dt } = await coldStart(setup, appCheck(month, expected(month)));
              const initial = await measureInPage(page, dt, appCheck(month, n), { selector: '.client-select', text: `Density ${n}` });
              const switched = await measureInPage(page, dt, appCheck(addMonths(month, 1), n), NEXT_MONTH);
              await close(context, page);
              cell.push({ initial, switch: switched });
              if (n === thumbs) {
                // The same month with a thumbnail on every card, in the same run right after it.
                const t = await coldStart(setup, appCheck(month, expected(month)));
                const tInitial = await measureInPage(t.page, t.dt, appCheck(month, n), { selector: '.client-select', text: `Thumbnails ${n}` });
                const tSwitched = await measureInPage(t.page, t.dt, appCheck(addMonths(month, 1), n), NEXT_MONTH);
                await close(t.context, t.page);
                (withThumbs ??= []).push({ initial: tInitial, switch: tSwitched });
                log(`  N=${n} cadence with thumbnails: initial ${tInitial.painted.toFixed(1)} ms, switch ${tSwitched.painted.toFixed(1)} ms`);
              }
            } else {
              cell.push(await runPeer(browser, pagesUrl, contender, n, month));
            }
            const last = cell[cell.length - 1]!;
            log(`  N=${n} ${contender}: initial ${last.initial.painted.toFixed(1)} ms, switch ${last.switch.painted.toFixed(1)} ms`);
          }
        }
      }
      results.density = Object.fromEntries(
        Object.entries(collected).map(([n, byContender]) => [n, Object.fromEntries(Object.entries(byContender).map(([c, list]) => [c, cellOf(list!)]))]),
      );
      const plainRuns = collected[thumbs]?.cadence;
      if (withThumbs && plainRuns) {
        const plain = cellOf(plainRuns);
        const thumbed = cellOf(withThumbs);
        results.thumbs = {
          n: thumbs,
          plain,
          thumbs: thumbed,
          switchRatio: thumbed.switch.painted.median / plain.switch.painted.median,
          initialRatio: thumbed.initial.painted.median / plain.initial.painted.median,
        };
      }
      await browser.close();
      browser = null;
    }

    // 5. Import and export with the app's own code in Chromium (worker + one Dexie transaction).
    if (!skip.has('harness')) {
      log('Chromium: CSV import (worker + one transaction), year export (worker)…');
      const rows = options.smoke ? 1_000 : 50_000;
      const imports: { ms: number; parseMs: number; planMs: number; commitMs: number; floorMs: number; imported: number; errors: number; stored: number }[] = [];
      const csvs: { ms: number; bytes: number }[] = [];
      const icss: { ms: number; bytes: number }[] = [];
      let bytes = 0;
      let preparedRows = 0;
      let yearPosts = 0;
      for (let r = 0; r < Math.min(runs, 5); r++) {
        const dir = path.join(tmpdir(), `cadence-bench-harness-${process.pid}-${r}`);
        rmSync(dir, { recursive: true, force: true });
        const context = await launchProfile(options.chromium, dir);
        try {
          const page = context.pages()[0] ?? (await context.newPage());
          await page.goto(`${pagesUrl}/harness.html`);
          await page.waitForFunction(() => '__harness' in window);
          type Harness = {
            prepareImport: (n: number, o: AgencyOptions) => Promise<{ rows: number; bytes: number }>;
            importCsv: () => Promise<{ ms: number; parseMs: number; planMs: number; commitMs: number; floorMs: number; imported: number; errors: number; stored: number }>;
            prepareExport: (year: string, o: AgencyOptions) => number;
            exportYear: (kind: 'csv' | 'ics') => Promise<{ ms: number; bytes: number }>;
          };
          const prepared = await page.evaluate(([n, o]) => (window as never as { __harness: Harness }).__harness.prepareImport(n, o), [rows, agency] as const);
          bytes = prepared.bytes;
          preparedRows = prepared.rows;
          imports.push(await page.evaluate(() => (window as never as { __harness: Harness }).__harness.importCsv()));
          yearPosts = await page.evaluate((o) => (window as never as { __harness: Harness }).__harness.prepareExport('2026', o), agency);
          csvs.push(await page.evaluate(() => (window as never as { __harness: Harness }).__harness.exportYear('csv')));
          icss.push(await page.evaluate(() => (window as never as { __harness: Harness }).__harness.exportYear('ics')));
          const last = imports[imports.length - 1]!;
          log(`  run ${r + 1}: import ${last.imported} rows in ${last.ms.toFixed(0)} ms (worker ${last.parseMs.toFixed(0)}, plan ${last.planMs.toFixed(0)}, commit ${last.commitMs.toFixed(0)} ms; bulkPut alone ${last.floorMs.toFixed(0)} ms); export CSV ${csvs[r]!.ms.toFixed(0)} ms, ICS ${icss[r]!.ms.toFixed(0)} ms`);
        } finally {
          await context.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }
      const last = imports[imports.length - 1]!;
      results.chromium = {
        importCsv: { rows: preparedRows, bytes, ms: figure(imports.map((i) => i.ms)), parseMs: figure(imports.map((i) => i.parseMs)), planMs: figure(imports.map((i) => i.planMs)), commitMs: figure(imports.map((i) => i.commitMs)), floorMs: figure(imports.map((i) => i.floorMs)), imported: last.imported, stored: last.stored, errors: last.errors },
        exportYear: {
          posts: yearPosts,
          csv: { ...figure(csvs.map((c) => c.ms)), bytes: csvs[0]?.bytes ?? 0 },
          ics: { ...figure(icss.map((c) => c.ms)), bytes: icss[0]?.bytes ?? 0 },
        },
      };
    }

    // 6. Memory: the JS heap after the app has loaded the agency data set and browsed 12 months.
    if (!skip.has('memory')) {
      log('Memory: browsing 12 months…');
      const months = options.smoke ? 2 : 12;
      const { context, page, dt } = await coldStart(setup, appCheck(month, expected(month)));
      await dt.gc();
      const first = await dt.heap();
      const painted: number[] = [];
      for (let i = 1; i <= months; i++) {
        const m = addMonths(month, i);
        painted.push((await measureInPage(page, dt, appCheck(m, expected(m)), NEXT_MONTH)).painted);
      }
      await dt.gc();
      const after = await dt.heap();
      await close(context, page);
      const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
      results.memory = { afterColdStartMb: mb(first.used), afterBrowsingMb: mb(after.used), totalMb: mb(after.total), months, switchPainted: figure(painted) };
      log(`  heap ${results.memory.afterColdStartMb} MB after start, ${results.memory.afterBrowsingMb} MB after ${months} months`);
    }
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    pagesServer.close();
    appServer.kill('SIGTERM');
  }

  results.meta.seconds = Math.round((Date.now() - started) / 1000);
  results.meta.machine.loadAfter = Math.round(loadavg()[0]! * 10) / 10;
  const busiest = Math.max(results.meta.machine.loadBefore, results.meta.machine.loadAfter);
  if (busiest > results.meta.machine.cpus) {
    notes.push(
      `The machine was shared: load average ${results.meta.machine.loadBefore} before and ${results.meta.machine.loadAfter} after the run on ${results.meta.machine.cpus} cores. Absolute times are inflated and noisy; the ratios (contenders interleaved, order rotated) hold better.`,
    );
  }
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(path.join(options.outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(options.outDir, 'latest.md'), renderMarkdown(results, evaluateTargets(results)));
  log(`Wrote ${path.relative(options.root, path.join(options.outDir, 'latest.json'))} and latest.md (${results.meta.seconds} s)`);
  return results;
};
