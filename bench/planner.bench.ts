import { bench, describe } from 'vitest';
import { plan } from '../shared/planner/plan';
import { AGENCY } from './generate';
import { plannerInput } from './planner';

// The auto-planner on one agency client (bench/planner.ts). Run with:
//   npx vitest bench --run --project unit bench/planner.bench.ts
// Budgets (issue 15): a month < 200 ms, a year < 2 s; `npm run bench` reports them.
const month = plannerInput(AGENCY, '2026-12-01', '2026-12-31');
const year = plannerInput(AGENCY, '2027-01-01', '2027-12-31');

describe('plan one client', () => {
  bench('a month (December 2026)', () => {
    plan(month);
  }, { time: 3000, warmupTime: 1000 });

  bench('a year (2027)', () => {
    plan(year);
  }, { time: 5000, warmupTime: 1000 });
});
