import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Two projects in one run (`npx vitest run`; one of them: `npx vitest run --project unit`):
//   unit       Node environment: shared/ domain logic, electron/ main-process code (mock 'electron'), tooling.
//   component  jsdom + React + fake-indexeddb: renderer components and renderer/db against a fresh IndexedDB.
// End-to-end specs (tests/e2e) belong to Playwright, never to vitest.
export default defineConfig({
  test: {
    passWithNoTests: false,
    globalSetup: ['tests/setup/printSetup.ts'],
    exclude: ['**/node_modules/**', 'tests/e2e/**', 'out/**'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/fixedClock.ts'],
          // A property test (series/properties: hundreds of generated rules against a day-by-day oracle)
          // took 6.3 s on this 2-core machine while the whole suite ran, and hit the 5 s default. As for
          // components below: a bound for a stuck test, not a speed budget.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/fixedClock.ts', 'tests/component/setup.ts'],
          // A whole user flow (clicks, fake IndexedDB, a backup and a restore) took 5,028 ms on this
          // shared 2-core machine under load and hit vitest's 5 s default. Not a speed budget (those
          // live in `npm run bench`): only a bound for a stuck test.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
