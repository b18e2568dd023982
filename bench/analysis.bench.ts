import { bench, describe } from 'vitest';
import { analyze } from '../shared/analysis/analyze';
import { DEFAULT_RULES } from '../shared/analysis/rules';
import type { AnalysisPost } from '../shared/analysis/types';
import { plannedPosts, randomPosts } from '../tests/unit/analysis/fixtures';

// 100,000 posts, seeded so every run measures the same thing. Run with:
//   npx vitest bench --run --project unit bench/analysis.bench.ts
// - planned: 40 clients × 2,500 posts (2 to 3 years each) planned on weekly rhythms, analysed client
//   by client as the app does; a few warnings a week.
// - random: 40 clients × 2,500 posts thrown at random over two years on 4 channels; hundreds of
//   warnings per client, each with a fix to search.
// - one list: 100,000 random posts over two years in a single analyze() (137 a day); the worst case.
const CLIENTS = 40;
const PER_CLIENT = 2_500;
const DAYS = 730;

const planned: AnalysisPost[][] = Array.from({ length: CLIENTS }, (_, c) =>
  plannedPosts(2000 + c, PER_CLIENT, { idPrefix: `c${c}-` }),
);
const random: AnalysisPost[][] = Array.from({ length: CLIENTS }, (_, c) =>
  randomPosts(1000 + c, PER_CLIENT, DAYS, { channels: ['instagram', 'facebook', 'linkedin', 'tiktok'], idPrefix: `c${c}-` }),
);
const oneList = randomPosts(42, 100_000, DAYS);

const options = { rules: DEFAULT_RULES, weekStartsOn: 1 as const };
// Long enough for the JIT to settle and for dozens of samples per case.
const timing = { time: 3000, warmupTime: 1000 };

describe('analyze 100,000 posts', () => {
  bench('planned: 40 clients × 2,500 posts', () => {
    for (const posts of planned) analyze(posts, options);
  }, timing);

  bench('random: 40 clients × 2,500 posts', () => {
    for (const posts of random) analyze(posts, options);
  }, timing);

  bench('one list of 100,000 random posts', () => {
    analyze(oneList, options);
  }, timing);
});
