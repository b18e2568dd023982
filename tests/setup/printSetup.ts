// vitest globalSetup: runs once per run, so the fixed clock and seed are printed once, not per file.
import { FC_SEED, FIXED_NOW } from './constants';

export default function printSetup(): void {
  // Each vitest project runs the global setup; print once per run.
  if (process.env.CADENCE_SETUP_PRINTED) return;
  process.env.CADENCE_SETUP_PRINTED = '1';
  console.info(`test setup: the clock starts at ${FIXED_NOW.toISOString()} (CADENCE_TEST_NOW overrides); fast-check seed ${FC_SEED} (FC_SEED overrides)`);
}
