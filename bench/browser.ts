/**
 * Chromium for the bench: Debian's chromium through Playwright, launched as playwright.config.ts does,
 * with the viewport, locale and zone of BENCH-METHOD.md (1280×1000, en-US, UTC). Helpers for the
 * DevTools-protocol figures: forced GC and main-thread task time.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';

export const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CONTEXT = { viewport: { width: 1280, height: 1000 }, locale: 'en-US', timezoneId: 'UTC' } as const;

export const launchBrowser = (executablePath: string): Promise<Browser> =>
  chromium.launch({ executablePath, args: ARGS, headless: true });

/** A browser with its own on-disk profile: IndexedDB as the app has it (a fresh context keeps it in memory). */
export const launchProfile = (executablePath: string, userDataDir: string): Promise<BrowserContext> =>
  chromium.launchPersistentContext(userDataDir, { executablePath, args: ARGS, headless: true, ...CONTEXT });

export type Devtools = {
  cdp: CDPSession;
  /** Forces a full garbage collection. */
  gc: () => Promise<void>;
  /** Main-thread task time so far, ms (Performance.getMetrics TaskDuration). */
  taskMs: () => Promise<number>;
  /** JS heap in use and allocated, bytes. */
  heap: () => Promise<{ used: number; total: number }>;
};

export const devtools = async (context: BrowserContext, page: Page): Promise<Devtools> => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return new Map(list.map((m) => [m.name, m.value]));
  };
  return {
    cdp,
    gc: async () => {
      await cdp.send('HeapProfiler.collectGarbage');
    },
    taskMs: async () => ((await metrics()).get('TaskDuration') ?? 0) * 1000,
    heap: async () => {
      const m = await metrics();
      return { used: m.get('JSHeapUsedSize') ?? 0, total: m.get('JSHeapTotalSize') ?? 0 };
    },
  };
};
