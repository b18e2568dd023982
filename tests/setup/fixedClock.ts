// Setup for every vitest project (unit and component): a fixed clock and fixed property-test seeds.
//
// TRAP (the real clock): a test that reads today's date passes in the month it was written and fails
// later (the export dialog's default range broke every fresh clone on 1 December 2026). Every test
// starts at FIXED_NOW; `Date` moves on from there with real time (shouldAdvanceTime) so durations
// still measure, while setTimeout and friends stay real (only Date is faked). A test that needs
// another instant calls vi.setSystemTime itself; one that fakes more timers calls vi.useFakeTimers.
// Proof that nothing else reads the machine's clock: `faketime '2027-08-15 10:00:00' npx vitest run`.
//
import fc from 'fast-check';
import { afterEach, beforeEach, vi } from 'vitest';
import { FC_SEED, FIXED_NOW } from './constants';

// Every fc.assert / fc.sample without its own seed replays the same cases; a failure prints the seed.
fc.configureGlobal({ seed: FC_SEED });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: FIXED_NOW, shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
});
