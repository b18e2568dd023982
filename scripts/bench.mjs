#!/usr/bin/env node
/**
 * `npm run bench`: Cadence measured at agency scale, side by side with FullCalendar and
 * react-big-calendar, in Debian's Chromium (see bench/README.md). Never part of `npm test`, except
 * for its smoke run (tests/e2e/bench-smoke.spec.ts runs `--smoke`).
 *
 *   node scripts/bench.mjs [--runs N] [--smoke] [--no-build] [--fresh-seed] [--out DIR]
 *                          [--port N] [--pages-port N] [--skip node,app,density,harness,memory]
 *                          [--build-dir DIR]
 *
 * Steps: `electron-vite build` (the app, out/renderer, copied to out/bench/app for the run; skipped by --no-build), vite builds of the
 * bench's pages, seed script and runner into out/bench/ (out/bench-smoke/ for --smoke), then the runner (bench/run.ts), which writes
 * bench/results/latest.json and latest.md (--out DIR elsewhere).
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ChromiumNotFoundError, findChromium } from './find-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'fresh-seed': { type: 'boolean', default: false },
    out: { type: 'string' },
    port: { type: 'string', default: '4899' },
    'pages-port': { type: 'string' },
    skip: { type: 'string', default: '' },
    'build-dir': { type: 'string' },
  },
});
// The smoke run builds into its own folder, so it never pulls the pages from under a full run.
const buildDir = path.resolve(values['build-dir'] ?? path.join(root, 'out', values.smoke ? 'bench-smoke' : 'bench'));

const log = (line) => process.stderr.write(`${line}\n`);
const started = Date.now();

let chromium;
try {
  chromium = await findChromium();
} catch (error) {
  log(error instanceof ChromiumNotFoundError ? error.message : String(error));
  process.exit(1);
}
let chromiumVersion = 'Chromium';
try {
  chromiumVersion = execFileSync(chromium, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  // the version is only reported
}

if (!values['no-build']) {
  log('Building the app (electron-vite build)…');
  const bin = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    log('bench: the app build failed.');
    process.exit(1);
  }
}

log('Building the bench pages, seed script and runner (vite)…');
const { build } = await import('vite');
const react = (await import('@vitejs/plugin-react')).default;
const quiet = { configFile: false, logLevel: 'error' };
// The peers page and the import/export harness (with the app's worker), as one multi-page build.
await build({
  ...quiet,
  root: path.join(root, 'bench', 'pages'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(buildDir, 'pages'),
    emptyOutDir: true,
    minify: true,
    rollupOptions: { input: { peers: path.join(root, 'bench', 'pages', 'peers.html'), harness: path.join(root, 'bench', 'pages', 'harness.html') } },
  },
});
// The seed script, evaluated in a page of the app's origin.
await build({
  ...quiet,
  root,
  build: {
    outDir: buildDir,
    emptyOutDir: false,
    minify: true,
    lib: { entry: path.join(root, 'bench', 'pages', 'seed.ts'), formats: ['iife'], name: 'CadenceBenchSeed', fileName: () => 'seed.js' },
  },
});
// The runner, for Node (dependencies stay external, as for the CLI).
await build({
  ...quiet,
  root,
  build: {
    ssr: path.join(root, 'bench', 'run.ts'),
    outDir: buildDir,
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'run.mjs', format: 'es' } },
  },
});

const { main } = await import(pathToFileURL(path.join(buildDir, 'run.mjs')).href);
const smoke = values.smoke;
const port = Number(values.port);
try {
  await main({
    root,
    buildDir,
    outDir: path.resolve(values.out ?? path.join(root, 'bench', 'results')),
    chromium,
    chromiumVersion,
    smoke,
    runs: Number(values.runs ?? (smoke ? 1 : 7)),
    appPort: port,
    pagesPort: Number(values['pages-port'] ?? port + 1),
    freshSeed: values['fresh-seed'],
    skip: values.skip.split(',').filter(Boolean),
    log,
  });
} catch (error) {
  log(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
}
log(`bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
