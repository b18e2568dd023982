#!/usr/bin/env node
/**
 * `npx cadence …` — the command line. Its code is TypeScript in cli/src/ (using the same shared/ domain
 * as the app), bundled on first use into out/cli/main.mjs, and rebuilt whenever a source file is newer
 * than the bundle; so it works right after `npm install`, with no build step to remember.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'out', 'cli', 'main.mjs');

const newestSource = (dir) => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
};

const stale = () =>
  !existsSync(bundle) ||
  statSync(bundle).mtimeMs < Math.max(newestSource(path.join(root, 'shared')), newestSource(path.join(root, 'cli', 'src')));

if (stale()) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    build: {
      ssr: path.join(root, 'cli', 'src', 'main.ts'),
      outDir: path.join(root, 'out', 'cli'),
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'main.mjs', format: 'es' } },
    },
  });
}

const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
