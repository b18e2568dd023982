#!/usr/bin/env node
/**
 * The guard's analysis, this tree's against an earlier commit's, side by side in one Node process:
 *   node bench/abAnalysis.mjs [REV] [--runs N]      (REV: default HEAD~1)
 * Both versions run alternately on the same posts (the agency set, fresh structured clones of it, and the
 * cases of bench/analysis.bench.ts), so a machine that changes speed from minute to minute slows both
 * alike; the ratio is what to read. Not part of `npm test` or `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '21' } }, allowPositionals: true });
const rev = positionals[0] ?? 'HEAD~1';
// Inside the project (out/ is ignored by git), so both versions resolve the same node_modules.
mkdirSync(path.join(root, 'out'), { recursive: true });
const work = mkdtempSync(path.join(root, 'out', 'ab-'));
try {
  // The earlier commit's shared/ (pure TypeScript, so it builds on its own).
  const tar = execFileSync('git', ['archive', rev, 'shared'], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', work], { input: tar });
  cpSync(path.join(root, 'tsconfig.json'), path.join(work, 'tsconfig.json'));
  const entry = path.join(work, 'ab.ts');
  const rel = (p) => JSON.stringify(path.join(root, p));
  writeFileSync(
    entry,
    `import { analyze } from ${rel('shared/analysis/analyze')};
import { analyze as before } from './shared/analysis/analyze';
import { DEFAULT_RULES, resolveRules } from ${rel('shared/analysis/rules')};
import { plannedPosts, randomPosts } from ${rel('tests/unit/analysis/fixtures')};
import { AGENCY, generateAgency } from ${rel('bench/generate')};
const runs = ${Number(values.runs)};
const big = generateAgency({ ...AGENCY, days: 834, ideasPerClient: 0 });
const byClient = new Map<string, any[]>();
for (const p of big.posts) (byClient.get(p.clientId) ?? byClient.set(p.clientId, []).get(p.clientId)!).push(p);
const agency = [...byClient].map(([id, posts]) => {
  const client = big.clients.find((c) => c.id === id)!;
  return [posts, { rules: resolveRules(client.rules), weekStartsOn: client.weekStartsOn }] as const;
});
const options = { rules: DEFAULT_RULES, weekStartsOn: 1 as const };
type Lists = (readonly [any[], any])[];
const cases: Record<string, Lists | { fresh: Lists }> = {
  'agency, 100,080 posts client by client': agency,
  // Cloned just before each client's analysis (outside the timing), as the app queries a client's
  // posts and then analyses them: fresh objects, with nothing cached in their strings yet.
  'the same, freshly cloned before each client': { fresh: agency },
  'planned rhythms, 40 x 2,500': Array.from({ length: 40 }, (_, c) => [plannedPosts(2000 + c, 2_500, { idPrefix: 'c' + c + '-' }), options] as const),
  'random, 40 x 2,500': Array.from({ length: 40 }, (_, c) => [randomPosts(1000 + c, 2_500, 730, { channels: ['instagram', 'facebook', 'linkedin', 'tiktok'], idPrefix: 'c' + c + '-' }), options] as const),
  'one list of 100,000 random posts': [[randomPosts(42, 100_000, 730), options] as const],
};
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
console.log('guard analysis, median of ' + runs + ' alternated runs: ${rev} -> this tree');
for (const [name, lists] of Object.entries(cases)) {
  const t = { before: [] as number[], now: [] as number[] };
  for (let i = 0; i < runs + 3; i++) {
    for (const k of (i % 2 ? ['before', 'now'] : ['now', 'before']) as ('before' | 'now')[]) {
      const run = k === 'now' ? analyze : before;
      let ms = 0;
      if ('fresh' in lists) {
        for (const [posts, o] of lists.fresh) {
          const copy = structuredClone(posts);
          const s = performance.now();
          run(copy, o);
          ms += performance.now() - s;
        }
      } else {
        const s = performance.now();
        for (const [posts, o] of lists) run(posts, o);
        ms = performance.now() - s;
      }
      if (i >= 3) t[k].push(ms);
    }
  }
  console.log('  ' + name + ': ' + median(t.before).toFixed(1) + ' -> ' + median(t.now).toFixed(1) + ' ms (x' + (median(t.now) / median(t.before)).toFixed(2) + ')');
}
`,
  );
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'error',
    root: work,
    build: { ssr: entry, outDir: path.join(work, 'out'), target: 'node20', minify: false, rollupOptions: { output: { entryFileNames: 'ab.mjs', format: 'es' } } },
  });
  await import(pathToFileURL(path.join(work, 'out', 'ab.mjs')).href);
} finally {
  rmSync(work, { recursive: true, force: true });
}
