#!/usr/bin/env node
// Finds a Chromium for Playwright and prints its path.
//
//   node scripts/find-chromium.mjs        -> prints the path (exit 0), or explains what to install (exit 1)
//   import { findChromium } from './find-chromium.mjs'
//
// Order: $CHROMIUM_PATH; Playwright's own Chromium if it happens to be installed; the system Chromium/Chrome
// in the usual places. If none and we are root with apt-get (Debian/Ubuntu, CI), install Debian's chromium
// and look again. Playwright's own download (`npx playwright install`) does not work on these machines and
// is never attempted.
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

const SYSTEM_PATHS = [
  '/usr/lib/chromium/chromium', // Debian: the binary itself (skips the wrapper's harmless "[: unexpected operator")
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

const APT_PACKAGES = ['chromium', 'fonts-liberation'];

/** Thrown when no Chromium can be found or installed; `message` says what to do. */
export class ChromiumNotFoundError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ChromiumNotFoundError';
  }
}

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightChromium() {
  for (const pkg of ['playwright-core', '@playwright/test']) {
    try {
      const { chromium } = require(pkg);
      const path = chromium.executablePath(); // where Playwright WOULD have it; may not exist
      return path && isExecutableFile(path) ? path : null;
    } catch {
      // package absent, or no browser registered for this platform: try the next
    }
  }
  return null;
}

function onPath(command) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => isExecutableFile(join(dir, command)));
}

/** Searches without installing anything. Returns a path or null; throws if CHROMIUM_PATH is set but unusable. */
export function locateChromium({ env = process.env } = {}) {
  if (env.CHROMIUM_PATH) {
    const path = resolve(env.CHROMIUM_PATH);
    if (!isExecutableFile(path)) {
      throw new ChromiumNotFoundError(
        `CHROMIUM_PATH is set to "${env.CHROMIUM_PATH}", which is not an executable file. ` +
          'Point it at a Chromium/Chrome binary, or unset it to let the script search.',
      );
    }
    return path;
  }
  return playwrightChromium() ?? SYSTEM_PATHS.find(isExecutableFile) ?? null;
}

function run(command, args, env) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env, shell: false });
    child.on('error', () => resolvePromise(1));
    child.on('close', (code) => resolvePromise(code ?? 1));
  });
}

async function aptInstallChromium(log) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(`No Chromium found: installing Debian's ${APT_PACKAGES.join(' ')} with apt-get (about 20-60 s)...`);
  if ((await run('apt-get', ['update'], env)) !== 0) return false;
  const args = ['install', '-y', '--no-install-recommends', ...APT_PACKAGES];
  return (await run('apt-get', args, env)) === 0;
}

function howToInstall() {
  return [
    'No Chromium/Chrome found for the end-to-end tests.',
    `Looked at: $CHROMIUM_PATH, Playwright's own browser, ${SYSTEM_PATHS.join(', ')}.`,
    'Fix it with one of:',
    `  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${APT_PACKAGES.join(' ')}`,
    '  export CHROMIUM_PATH=/path/to/chrome   (any recent Chromium or Google Chrome binary)',
    '(`npx playwright install` needs a download that is blocked on offline machines.)',
  ].join('\n');
}

/**
 * Returns the path of a usable Chromium, installing Debian's package when running as root with apt-get.
 * Throws ChromiumNotFoundError (with instructions) otherwise. Logs go to stderr so stdout stays the path.
 */
export async function findChromium({ install = true, log = (line) => console.error(line) } = {}) {
  const found = locateChromium();
  if (found) return found;

  const isRoot = process.getuid?.() === 0;
  if (install && isRoot && process.platform === 'linux' && onPath('apt-get')) {
    const ok = await aptInstallChromium(log);
    const after = locateChromium();
    if (after) return after;
    throw new ChromiumNotFoundError(
      `${ok ? 'apt-get installed chromium, but no binary was found afterwards.' : 'apt-get install chromium failed (see its output above).'}\n${howToInstall()}`,
    );
  }
  throw new ChromiumNotFoundError(howToInstall());
}

const isCli = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isCli) {
  try {
    const noInstall = process.argv.includes('--no-install');
    console.log(await findChromium({ install: !noInstall }));
  } catch (error) {
    console.error(error instanceof ChromiumNotFoundError ? error.message : error);
    process.exit(1);
  }
}
