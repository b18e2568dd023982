import { bench, describe } from 'vitest';
import { analyze } from '../shared/analysis/analyze';
import { DEFAULT_RULES } from '../shared/analysis/rules';
import type { AnalysisPost } from '../shared/analysis/types';
import { randomPosts } from '../tests/unit/analysis/fixtures';

// 100,000 posts, seeded so every run measures the same thing.
// Realistic: 40 clients × 2,500 posts over two years (about 3.4 a day each), analysed client by
// client as the app does. Stress: one list of 100,000 posts over two years (137 a day), which
// produces thousands of warnings.
const CLIENTS = 40;
const PER_CLIENT = 2_500;
const DAYS = 730;

const clients: AnalysisPost[][] = Array.from({ length: CLIENTS }, (_, c) =>
  randomPosts(1000 + c, PER_CLIENT, DAYS, { channels: ['instagram', 'facebook', 'linkedin', 'tiktok'], idPrefix: `c${c}-` }),
);
const oneList = randomPosts(42, 100_000, DAYS);

const options = { rules: DEFAULT_RULES, weekStartsOn: 1 as const };

describe('analyze 100,000 posts', () => {
  bench('40 clients × 2,500 posts, one analyze() per client', () => {
    for (const posts of clients) analyze(posts, options);
  });

  bench('one list of 100,000 posts', () => {
    analyze(oneList, options);
  });

  bench('one list of 100,000 posts, today set (fixes restricted)', () => {
    analyze(oneList, { ...options, today: '2026-06-01' });
  });
});
