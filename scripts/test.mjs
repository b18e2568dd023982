#!/usr/bin/env node
// The whole test suite, as `npm test` (and CI, through .ci/run) runs it. Steps run in order and the
// first failure stops the run:
//   typecheck -> lint -> unit + component (vitest) -> end-to-end (Playwright, builds first)
// Needs no terminal and no standard input (CI=true works).
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const isWindows = process.platform === 'win32';
const npm = isWindows ? 'npm.cmd' : 'npm';
const npx = isWindows ? 'npx.cmd' : 'npx';

const STEPS = [
  { name: 'typecheck', command: npm, args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', command: npm, args: ['run', '--silent', 'lint'] },
  { name: 'unit + component tests', command: npx, args: ['--no', 'vitest', 'run'] },
  { name: 'end-to-end tests', command: process.execPath, args: ['scripts/e2e.mjs'] },
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

let current = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    current?.kill(signal);
    console.error(`\ntest: interrupted (${signal})`);
    process.exit(130);
  });
}

function run({ command, args }) {
  return new Promise((resolvePromise) => {
    // Windows cannot spawn a .cmd without a shell (Node >= 20.12); elsewhere never use one.
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], shell: isWindows });
    current = child;
    child.on('error', (error) => {
      console.error(`test: could not start ${command}: ${error.message}`);
      resolvePromise({ code: 1 });
    });
    child.on('close', (code, signal) => {
      current = null;
      resolvePromise({ code: code ?? 1, signal });
    });
  });
}

const results = [];
const started = Date.now();
let failed = null;

for (const [index, step] of STEPS.entries()) {
  const label = `[${index + 1}/${STEPS.length}] ${step.name}`;
  console.log(`\n=== ${label}: ${[step.command === process.execPath ? 'node' : step.command, ...step.args].join(' ')}`);
  const t0 = Date.now();
  const { code, signal } = await run(step);
  const ms = Date.now() - t0;
  results.push({ name: step.name, ms, ok: code === 0 });
  if (code !== 0) {
    failed = { step, code, signal };
    console.error(`\n=== ${label} FAILED (${signal ? `killed by ${signal}` : `exit code ${code}`}) after ${seconds(ms)}`);
    break;
  }
  console.log(`=== ${label} passed in ${seconds(ms)}`);
}

console.log('\n=== Summary');
for (const step of STEPS) {
  const result = results.find((r) => r.name === step.name);
  const status = !result ? 'not run' : result.ok ? 'ok     ' : 'FAILED ';
  console.log(`  ${status}  ${step.name}${result ? `  (${seconds(result.ms)})` : ''}`);
}
console.log(`  total    ${seconds(Date.now() - started)}`);

if (failed) {
  console.error(`\nTest suite FAILED at step "${failed.step.name}".`);
  process.exit(failed.code || 1);
}
console.log(`\nTest suite passed: all ${STEPS.length} steps.`);
