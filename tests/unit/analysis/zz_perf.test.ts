import { it } from 'vitest';
import { prepare } from '../../../shared/analysis/prepare';
import { analyze } from '../../../shared/analysis/analyze';
import { DEFAULT_RULES } from '../../../shared/analysis/rules';
import { plannedPosts } from './fixtures';
it('perf', () => {
  const planned = Array.from({ length: 40 }, (_, c) => plannedPosts(2000 + c, 2500, { idPrefix: `c${c}-` }));
  let bp = Infinity, ba = Infinity;
  for (let r = 0; r < 40; r++) {
    let t = performance.now(); for (const p of planned) prepare(p); bp = Math.min(bp, performance.now() - t);
    t = performance.now(); for (const p of planned) analyze(p, { rules: DEFAULT_RULES, weekStartsOn: 1 }); ba = Math.min(ba, performance.now() - t);
  }
  console.log('vitest prepare', bp.toFixed(1), 'analyze', ba.toFixed(1));
}, 60000);
