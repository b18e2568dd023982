/**
 * FullCalendar and react-big-calendar on the peers page (out/bench/pages/peers.html): each run in a
 * fresh browser context, the posts generated in the page before any timer; GC forced before each
 * phase; initial = performance.now() just before root.render() → painted; switch = just before
 * clicking the calendar's own "next" button → next month painted.
 */
import type { Browser } from '@playwright/test';
import { CONTEXT, devtools } from './browser';
import { addMonths, monthTitle } from './generate';
import { installProbe, type ContentCheck, type ProbeResult } from './probe';
import type { Measured } from './app';

export const PEERS = ['fullcalendar', 'fullcalendar-builtin', 'big-calendar'] as const;
export type PeerName = (typeof PEERS)[number];

export type PeerRun = { initial: Measured; switch: Measured };

type PeerWindow = { __peerReady: Promise<unknown>; __peer: { mount: () => number; next: () => number }; __probe: { watch: (c: unknown) => { done: (t0: number) => Promise<ProbeResult> } } };

export const runPeer = async (browser: Browser, pagesUrl: string, peer: PeerName, n: number, month: string): Promise<PeerRun> => {
  const context = await browser.newContext({ ...CONTEXT });
  try {
    await context.addInitScript(installProbe, null);
    const page = await context.newPage();
    await page.goto(`${pagesUrl}/peers.html?contender=${peer}&n=${n}&month=${month}`);
    await page.evaluate(() => (window as never as PeerWindow).__peerReady);
    const dt = await devtools(context, page);
    const phase = async (check: ContentCheck, action: 'mount' | 'next'): Promise<Measured> => {
      await dt.gc();
      const before = await dt.taskMs();
      const result = await page.evaluate(
        ({ check: c, action: a }) => {
          const w = window as never as PeerWindow;
          const watcher = w.__probe.watch(c);
          const t0 = a === 'mount' ? w.__peer.mount() : w.__peer.next();
          return watcher.done(t0);
        },
        { check, action },
      );
      const busy = (await dt.taskMs()) - before;
      return { painted: result.painted, contentPainted: result.contentPainted, busy, check: result.check, frames: result.frames };
    };
    const initial = await phase({ kind: 'peer', month, title: monthTitle(month), expected: n }, 'mount');
    const next = addMonths(month, 1);
    const switched = await phase({ kind: 'peer', month: next, title: monthTitle(next), expected: n }, 'next');
    return { initial, switch: switched };
  } finally {
    await context.close();
  }
};
