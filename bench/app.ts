/**
 * Cadence itself, in Chromium, on the built web app (out/renderer served by scripts/start.mjs) with
 * the agency data set in its IndexedDB. Each run is a fresh browser on the seeded profile:
 *   cold start (navigation → month painted), month switch (click "Next month" → next month painted),
 *   drop → persisted (keyboard drag: Space, ArrowRight, Space; from the drop key's event time to the
 *   'complete' event of the IndexedDB transaction that writes the post), then Ctrl+Z puts it back.
 * Dense months: the sidebar's "Density N" client (initial: click → its month painted) and its next
 * month (switch). Memory: the JS heap after browsing 12 months.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { devtools, launchProfile, type Devtools } from './browser';
import { addDays, monthTitle } from './generate';
import { installProbe, type ContentCheck, type GuardFrame, type ProbeResult } from './probe';

export type AppSetup = {
  chromium: string;
  baseUrl: string;
  profile: string;
  /** The IIFE that defines globalThis.__benchSeed (out/bench/seed.js). */
  seedScript: string;
  /** Where a run starts: the settings rows. */
  settings: Record<string, unknown>;
};

export type Measured = { painted: number; contentPainted: number; busy: number; check: ProbeResult['check']; frames: number };

const SEED_PAGE = '/__bench_seed__';

export const withSeedPage = async <T>(page: Page, setup: AppSetup, work: (page: Page) => Promise<T>): Promise<T> => {
  await page.goto(`${setup.baseUrl}${SEED_PAGE}`);
  await page.evaluate(setup.seedScript);
  return work(page);
};

export const resetSettings = (page: Page, setup: AppSetup) =>
  withSeedPage(page, setup, (p) => p.evaluate((settings) => (globalThis as never as { __benchSeed: { resetSettings: (s: unknown) => Promise<void> } }).__benchSeed.resetSettings(settings), setup.settings));

/** Opens a fresh browser on the profile and navigates to the app; resolves when its month is painted. */
export const coldStart = async (
  setup: AppSetup,
  check: ContentCheck,
): Promise<{ context: BrowserContext; page: Page; dt: Devtools; measured: Measured }> => {
  const context = await launchProfile(setup.chromium, setup.profile);
  await context.addInitScript(installProbe, { check, timeout: 30_000 });
  const page = context.pages()[0] ?? (await context.newPage());
  const dt = await devtools(context, page);
  await page.goto(`${setup.baseUrl}/`, { waitUntil: 'commit' });
  const result = await page.evaluate(() => (window as never as { __probe: { cold: Promise<ProbeResult> } }).__probe.cold);
  // Busy: the new document's main-thread task time (the counter belongs to the page's renderer).
  const busy = await dt.taskMs();
  return { context, page, dt, measured: { painted: result.painted, contentPainted: result.contentPainted, busy, check: result.check, frames: result.frames } };
};

/** What to click: a CSS selector, or the element of `selector` whose text is `text`. */
export type Target = string | { selector: string; text: string };

/** Clicks `target` in the page right after taking t0, and waits for `check` to be painted. */
export const measureInPage = async (page: Page, dt: Devtools, check: ContentCheck, target: Target): Promise<Measured> => {
  await dt.gc();
  const before = await dt.taskMs();
  const result = await page.evaluate(
    ({ check: c, target: t }) => {
      const probe = (window as never as { __probe: { watch: (c: unknown) => { done: (t0: number) => Promise<ProbeResult> } } }).__probe;
      const watcher = probe.watch(c);
      const element =
        typeof t === 'string'
          ? document.querySelector<HTMLElement>(t)
          : [...document.querySelectorAll<HTMLElement>(t.selector)].find((el) => el.textContent?.trim() === t.text);
      if (!element) throw new Error(`bench: nothing matches ${JSON.stringify(t)}`);
      const t0 = performance.now();
      element.click();
      return watcher.done(t0);
    },
    { check, target },
  );
  const busy = (await dt.taskMs()) - before;
  return { painted: result.painted, contentPainted: result.contentPainted, busy, check: result.check, frames: result.frames };
};

export const appCheck = (month: string, expected: number): ContentCheck => ({ kind: 'app', month, title: monthTitle(month), expected });

export const NEXT_MONTH = 'button[aria-label="Next month"]';

type Writes = { stores: string[]; created: number; completed: number }[];

/** What a keyboard drop cost: to the write's commit, and to the frame that showed the guard's new state. */
export type DropMeasure = {
  ms: number;
  postId: string;
  undone: boolean;
  /** ms from the drop key to the first painted frame from which the guard's state (panel, week mix, badges) is final. */
  guardMs: number;
  /** Frames painted after the drop key before that frame: 0 = the first frame after the drop. */
  guardFrameIndex: number;
  /** Frames painted between the card's move and that frame: 0 = the same frame. */
  guardFramesAfterMove: number;
  /** The guard's state changed with the drop (the post moves to the next week, so the week mix must). */
  guardChanged: boolean;
};

/**
 * Keyboard drag of the first card of `day` one week down (the same weekday of the next week: two
 * weeks' mix change, so the guard has something to update); ms from the drop key to the write's
 * commit, and to the frame that showed the guard's final state.
 */
export const dropToPersisted = async (page: Page, day: string): Promise<DropMeasure> => {
  const card = page.locator(`[data-day="${day}"] .post-card`).first();
  const postId = (await card.getAttribute('data-post-id')) ?? '';
  await card.focus();
  // As a user does: pick up, see it picked up; move, see the target; then drop.
  await page.keyboard.press('Space');
  await page.locator('.post-card-placeholder').first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('ArrowDown');
  const target = addDays(day, 7);
  await page.locator(`[data-day="${target}"].day-drop-target`).waitFor({ timeout: 10_000 });
  const before = await page.evaluate(() => (window as never as { __probe: { writes: Writes } }).__probe.writes.length);
  await page.evaluate((id) => {
    const probe = (window as never as { __probe: { guardFrames: (id: string, ms: number) => Promise<GuardFrame[]> } }).__probe;
    (window as never as { __dropFrames: Promise<GuardFrame[]> }).__dropFrames = probe.guardFrames(id, 1500);
  }, postId);
  await page.keyboard.press('Space');
  const ms = await waitForWrite(page, before, true);
  const { frames, dropAt } = await page.evaluate(async () => ({
    frames: await (window as never as { __dropFrames: Promise<GuardFrame[]> }).__dropFrames,
    dropAt: (window as never as { __probe: { lastSpace: number } }).__probe.lastSpace,
  }));
  const guard = guardAfterDrop(frames, dropAt, target);
  // Put it back (Ctrl+Z outside a text field), so every run starts from the same data.
  const count = await page.evaluate(() => (window as never as { __probe: { writes: Writes } }).__probe.writes.length);
  await page.locator('h1.month-title').click();
  await page.keyboard.press('Control+z');
  let undone = true;
  try {
    await waitForWrite(page, count, false);
  } catch {
    undone = false;
  }
  return { ms, postId, undone, ...guard };
};

/** From the frames painted around a drop: when the guard's state became final, and how late after the card moved. */
export const guardAfterDrop = (frames: readonly GuardFrame[], dropAt: number, target: string) => {
  const after = frames.filter((f) => f.painted >= dropAt);
  if (after.length === 0) throw new Error('bench: no frame painted after the drop');
  const final = after.at(-1)!;
  if (final.day !== target) throw new Error(`bench: the dropped card is on ${final.day}, not ${target}`);
  let settled = after.length - 1;
  while (settled > 0 && after[settled - 1]!.guard === final.guard) settled--;
  const moved = after.findIndex((f) => f.day === target);
  const beforeDrop = frames.filter((f) => f.painted < dropAt).at(-1) ?? after[0]!;
  return {
    guardMs: after[settled]!.painted - dropAt,
    guardFrameIndex: settled,
    guardFramesAfterMove: Math.max(0, settled - moved),
    guardChanged: beforeDrop.guard !== final.guard,
  };
};

const waitForWrite = async (page: Page, after: number, fromSpace: boolean): Promise<number> => {
  const handle = await page.waitForFunction(
    ({ after: n, fromSpace: space }) => {
      const probe = (window as never as { __probe: { writes: Writes; lastSpace: number } }).__probe;
      const write = probe.writes.slice(n).find((w) => w.completed > 0 && (!space || w.created >= probe.lastSpace));
      return write ? (space ? write.completed - probe.lastSpace : write.completed) : false;
    },
    { after, fromSpace },
    { timeout: 10_000, polling: 20 },
  );
  return (await handle.jsonValue()) as number;
};
