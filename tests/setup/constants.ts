// The fixed clock and property-test seed every test starts from (see fixedClock.ts), in one place so
// the run prints what it used. Override to explore: CADENCE_TEST_NOW=2027-03-28T01:30:00Z FC_SEED=123.

/** Tuesday 24 November 2026, 09:00 UTC (10:00 in Paris), the end-to-end specs' NOW too. */
export const FIXED_NOW = new Date(process.env.CADENCE_TEST_NOW ?? '2026-11-24T09:00:00.000Z');

export const FC_SEED = Number(process.env.FC_SEED ?? 20261124);
