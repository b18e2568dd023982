#!/usr/bin/env node
/**
 * `npm run dist`: builds Cadence's installers for this platform (Linux: AppImage and deb; Windows:
 * NSIS setup; macOS: dmg and zip) into dist/, with electron-builder and electron-builder.yml.
 *
 *   node scripts/dist.mjs [--electron-dir DIR] [-- extra electron-builder arguments]
 *
 * electron-builder needs Electron's binary for this platform. The one `npm start` fetched into
 * node_modules/electron/dist is reused (so it is downloaded once); where it is missing, this tries once
 * to download it, as `npm start` does (scripts/start.mjs). Where that cannot work (an offline machine,
 * ELECTRON_SKIP_BINARY_DOWNLOAD set) it says so in one sentence and exits with 1, before building
 * anything. `--electron-dir` names another Electron package folder (tests use an empty one).
 *
 * After packing, the fuses of the built app are read back with @electron/fuses and compared with
 * electron-builder.yml: a build whose binary does not carry them fails instead of shipping.
 *
 * TRAP: electron-builder also downloads its own tools (AppImage, fpm, NSIS, icon converter) from
 * GitHub on first use; offline, it fails with its own message after the Electron check passed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const INSTALL_TIMEOUT_MS = 120_000;
const USAGE = 'Usage: node scripts/dist.mjs [--electron-dir DIR] [-- extra electron-builder arguments]';

const note = (message) => process.stderr.write(`${message}\n`);
const fail = (message, code = 1) => {
  note(message);
  process.exit(code);
};

const readOptions = () => {
  try {
    const { values, positionals } = parseArgs({
      options: { 'electron-dir': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    return { electronDir: values['electron-dir'] ? path.resolve(values['electron-dir']) : null, builderArgs: positionals };
  } catch (error) {
    return fail(`${error.message}\n${USAGE}`, 2);
  }
};

/** The Electron package folder and its unpacked binary folder, when the binary is there. */
const findElectron = (electronDir) => {
  let dir = electronDir;
  if (!dir) {
    try {
      dir = path.dirname(require.resolve('electron/package.json'));
    } catch {
      return { dir: null, distDir: null };
    }
  }
  const pathFile = path.join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = path.join(dir, 'dist');
  return { dir, distDir: relative && existsSync(path.join(distDir, relative)) ? distDir : null };
};

/** Electron's binary folder, fetched once if needed; or the reason it is not there. */
const prepareElectron = (electronDir) => {
  const found = findElectron(electronDir);
  if (found.distDir) return { distDir: found.distDir, reason: null };
  if (!found.dir) return { distDir: null, reason: 'the electron package is not installed (run `npm install`)' };
  const skip = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  if (skip && skip !== '0' && skip !== 'false') {
    return { distDir: null, reason: "Electron's binary is missing and ELECTRON_SKIP_BINARY_DOWNLOAD forbids downloading it" };
  }
  const installer = path.join(found.dir, 'install.js');
  if (existsSync(installer)) {
    // Only on a terminal: in a log, the outcome is the one sentence below.
    if (process.stderr.isTTY) note(`Electron's binary is missing; trying once to download it (at most ${INSTALL_TIMEOUT_MS / 1000} s)…`);
    const result = spawnSync(process.execPath, [installer], {
      cwd: found.dir,
      timeout: INSTALL_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    if (process.env.CADENCE_DEBUG) note(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  const distDir = findElectron(electronDir).distDir;
  return distDir
    ? { distDir, reason: null }
    : { distDir: null, reason: "Electron's binary is missing and could not be downloaded" };
};

const runNode = (script, args, what) => {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail(`${what} failed (see above), so no installer was built.`);
};

const PLATFORM_FLAGS = { linux: '--linux', win32: '--win', darwin: '--mac' };

/** electron-builder.yml as electron-builder itself reads it (defaults and `extends` applied). */
const loadBuilderConfig = async () => {
  // Not a public entry point of app-builder-lib, but the very loader the CLI uses: what is checked
  // below is what was built, not a second reading of the YAML.
  const { getConfig } = require('app-builder-lib/out/util/config/config');
  return getConfig(ROOT, null, null);
};

/** The unpacked apps electron-builder left in dist/ (linux-unpacked, win-unpacked, mac or mac-arm64). */
const builtApps = (outDir) => {
  if (!existsSync(outDir)) return [];
  const apps = [];
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(outDir, entry.name);
    if (/^linux(-[a-z0-9]+)?-unpacked$/.test(entry.name)) apps.push(path.join(folder, 'cadence'));
    else if (/^win(-[a-z0-9]+)?-unpacked$/.test(entry.name)) apps.push(path.join(folder, 'Cadence.exe'));
    else if (/^mac(-[a-z0-9]+)?$/.test(entry.name)) apps.push(path.join(folder, 'Cadence.app'));
  }
  return apps.filter((app) => existsSync(app));
};

// The packages electron-builder.yml lets into app.asar (its `node_modules/<name>/**` + `/*` patterns).
const packedPackages = (config) =>
  [config.files]
    .flat()
    .flatMap((set) => (typeof set === 'string' ? [set] : [set?.filter ?? []].flat()))
    .map((pattern) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\/\*\*\/\*$/.exec(pattern)?.[1])
    .filter(Boolean);

/** Every package the built main process and preload require must be packed, or the app dies at start. */
const checkRuntimePackages = (config) => {
  const packed = new Set(packedPackages(config));
  const missing = new Set();
  for (const folder of ['main', 'preload']) {
    const dir = path.join(ROOT, 'out', folder);
    for (const file of readdirSync(dir).filter((name) => /\.(c?js|mjs)$/.test(name))) {
      const code = readFileSync(path.join(dir, file), 'utf8');
      for (const [, required, imported] of code.matchAll(/\brequire\(["']([^"'./][^"']*)["']\)|\bfrom\s*["']([^"'./][^"']*)["']/g)) {
        const name = required ?? imported;
        if (!name || name === 'electron' || name.startsWith('node:') || builtinModules.includes(name)) continue;
        const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
        if (!packed.has(pkg)) missing.add(pkg);
      }
    }
  }
  if (missing.size > 0) {
    fail(`The main process requires ${[...missing].join(', ')}, which electron-builder.yml leaves out of app.asar: add "node_modules/<name>/**/*" to its files.`);
  }
};

/** Reads the fuses back from every built app; a mismatch fails the build. */
const checkFuses = async (config) => {
  const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
  const FUSE_ENABLED = 49; // '1' in the binary's fuse wire; '0' (48) is disabled
  const apps = builtApps(path.resolve(ROOT, config.directories?.output ?? 'dist'));
  if (apps.length === 0) fail('electron-builder finished but left no unpacked app in dist/ to check the fuses of.');
  for (const app of apps) {
    const wire = await getCurrentFuseWire(app);
    for (const [key, wanted] of Object.entries(config.electronFuses ?? {})) {
      if (typeof wanted !== 'boolean' || key === 'resetAdHocDarwinSignature') continue; // an option, not a fuse
      const index = FuseV1Options[key[0].toUpperCase() + key.slice(1)];
      if (index === undefined) fail(`electron-builder.yml sets a fuse @electron/fuses does not know: ${key}.`);
      if ((wire[index] === FUSE_ENABLED) !== wanted) {
        fail(`The built app ${path.relative(ROOT, app)} has the fuse ${key} ${wanted ? 'off' : 'on'}; electron-builder.yml wants it ${wanted ? 'on' : 'off'}.`);
      }
    }
    note(`Fuses checked in ${path.relative(ROOT, app)}.`);
  }
};

const main = async () => {
  const options = readOptions();
  const flag = PLATFORM_FLAGS[process.platform];
  if (!flag) fail(`Cadence builds installers for Linux, Windows and macOS only, not for ${process.platform}.`);
  const electron = prepareElectron(options.electronDir);
  if (!electron.distDir) {
    fail(`Cadence's installer cannot be built here: ${electron.reason}, and electron-builder needs it to package the app.`);
  }
  note('Building Cadence (electron-vite build)…');
  runNode(path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), ['build'], 'The build');
  const config = await loadBuilderConfig();
  checkRuntimePackages(config);
  note('Packaging Cadence (electron-builder)…');
  runNode(
    path.join(path.dirname(require.resolve('electron-builder/package.json')), 'cli.js'),
    [flag, '--publish', 'never', `-c.electronDist=${electron.distDir}`, ...options.builderArgs],
    'electron-builder',
  );
  await checkFuses(config);
  process.stdout.write(`Cadence's installers are in ${path.relative(ROOT, path.join(ROOT, 'dist')) || 'dist'}/.\n`);
};

await main();
