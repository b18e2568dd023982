#!/usr/bin/env node
// End-to-end tests: `npm run test:e2e [-- --no-build] [-- <playwright args>]`
//   1. find a Chromium (scripts/find-chromium.mjs; may apt-get install Debian's when root) -> CHROMIUM_PATH
//   2. `electron-vite build` (skipped with --no-build), which writes out/renderer
//   3. `playwright test <args>`: playwright.config.ts serves out/renderer on port 4873 and drives Chromium
// Exits with Playwright's exit code.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChromiumNotFoundError, findChromium } from './find-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const isWindows = process.platform === 'win32';
const npx = isWindows ? 'npx.cmd' : 'npx';

/** Runs a command with inherited output; resolves to its exit code (128+n when killed by a signal). */
function run(command, args, env = process.env) {
  return new Promise((resolvePromise) => {
    // Windows cannot spawn a .cmd without a shell (Node >= 20.12); elsewhere never use one.
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'], shell: isWindows });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`e2e: could not start ${command}: ${error.message}`);
      resolvePromise(1);
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolvePromise(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1));
    });
  });
}

const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const playwrightArgs = args.filter((a) => a !== '--no-build');

let chromium;
try {
  chromium = await findChromium();
} catch (error) {
  console.error(error instanceof ChromiumNotFoundError ? error.message : error);
  process.exit(1);
}
console.log(`e2e: using Chromium at ${chromium}`);
const env = { ...process.env, CHROMIUM_PATH: chromium };

if (noBuild) {
  console.log('e2e: --no-build: testing the existing out/renderer');
} else {
  console.log('e2e: building (electron-vite build)...');
  const code = await run(npx, ['--no', 'electron-vite', 'build'], env);
  if (code !== 0) {
    console.error(`e2e: the build failed (exit code ${code}); no end-to-end test was run.`);
    process.exit(code);
  }
}

process.exit(await run(npx, ['--no', 'playwright', 'test', ...playwrightArgs], env));
