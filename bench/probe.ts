/**
 * The in-page probe, installed in every bench page before its own scripts (Playwright's addInitScript,
 * which the app's Content-Security-Policy does not block). It implements BENCH-METHOD.md's "painted":
 *
 * - a MutationObserver on the document records the time of the last DOM change (a write that leaves
 *   an attribute or a text as it was is no change);
 * - a requestAnimationFrame callback every frame posts a message, which runs after that frame is
 *   painted; a frame whose rAF ran after the last change shows it, so painted = the message time of
 *   the first such frame;
 * - a run ends after QUIET frames without change AND a content check (month title right; visible
 *   cards + every "+N more" count = the posts expected). Until the check passes the run goes on
 *   (data still loading draws nothing for a few frames: that must not end the run).
 *
 * The probe is serialised into the page, so this function must not use anything from outside it.
 */
export type ContentCheck =
  /** Cadence: the cells of `month` (data-day yyyy-MM-…) must hold `expected` posts. */
  | { kind: 'app'; month: string; title: string; expected: number }
  /** A peer: the whole grid, checked by the peers page itself (window.__peer.check). */
  | { kind: 'peer'; month: string; title: string; expected: number };

export type CheckResult = { ok: boolean; title: string; cards: number; more: number; expected: number; elements: number };

export type ProbeResult = {
  /** ms from the start to the first frame painted after the last change. */
  painted: number;
  /** ms from the start to the first frame that showed the right content (later changes may follow: the guard panel, a fresh read). */
  contentPainted: number;
  /** ms from the start to the last DOM change. */
  lastChange: number;
  frames: number;
  check: CheckResult;
};

export type ProbeApi = {
  /** Starts watching now; `done(t0)` resolves when the content is painted and settled. */
  watch: (check: ContentCheck, options?: { quiet?: number; timeout?: number }) => { done: (t0: number) => Promise<ProbeResult> };
  /** Set when the page was opened with a cold-start check: resolves with t0 = 0 (navigation start). */
  cold: Promise<ProbeResult> | null;
  /** readwrite transactions on 'posts' (created, completed), for drop → persisted. */
  writes: { stores: string[]; created: number; completed: number }[];
  /** The last keydown of Space: its event time. */
  lastSpace: number;
  /**
   * For `ms` from now, every painted frame with what the guard shows in it: the day of post `postId`'s
   * card, and the guard's state (warnings panel text, week mix labels, streak badges).
   */
  guardFrames: (postId: string, ms: number) => Promise<GuardFrame[]>;
};

export type GuardFrame = { painted: number; day: string | null; guard: string };

export const installProbe = (cold: { check: ContentCheck; timeout: number } | null): void => {
  const w = window as unknown as { __probe?: ProbeApi; __peer?: { check: (c: ContentCheck) => CheckResult } };
  if (w.__probe) return;
  let lastChange = -1;
  // A write that leaves an attribute or a text as it was is not a change (React re-sets an input's
  // name and type on every render, for instance): only records that changed something count.
  // (React may even clear and re-set it in one go: compare the value before the batch with the value now.)
  const changed = (records: MutationRecord[]): boolean => {
    const before = new Map<Node, Map<string, string | null>>();
    for (const record of records) {
      if (record.type === 'childList') return true;
      const key = record.type === 'characterData' ? '#text' : (record.attributeName ?? '');
      let seen = before.get(record.target);
      if (!seen) before.set(record.target, (seen = new Map()));
      if (!seen.has(key)) seen.set(key, record.oldValue);
    }
    for (const [node, seen] of before) {
      for (const [key, old] of seen) {
        const now = key === '#text' ? node.nodeValue : (node as Element).getAttribute(key);
        if (now !== old) return true;
      }
    }
    return false;
  };
  const observer = new MutationObserver((records) => {
    if (changed(records)) lastChange = performance.now();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true });

  // Frames: rAF, then a message that runs after the frame is painted.
  type Frame = { raf: number; painted: number };
  const listeners = new Set<(frame: Frame) => void>();
  const channel = new MessageChannel();
  let raf = 0;
  channel.port1.onmessage = () => {
    const frame = { raf, painted: performance.now() };
    for (const listener of [...listeners]) listener(frame);
    requestAnimationFrame(tick);
  };
  const tick = (time: number) => {
    void time;
    raf = performance.now();
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(tick);

  const appCheck = (c: ContentCheck): CheckResult => {
    const title = document.querySelector('h1.month-title')?.textContent?.trim() ?? '';
    let cards = 0;
    let more = 0;
    for (const cell of document.querySelectorAll(`.month-table .day[data-day^="${c.month}-"]`)) {
      cards += cell.querySelectorAll('.post-card').length;
      // The count as the long label says it ("+12 more"); the short one ("+12") is its copy for narrow days.
      const button = cell.querySelector('.day-more-long') ?? cell.querySelector('.day-more');
      if (button) more += Number((button.textContent ?? '').replace(/\D+/g, '')) || 0;
    }
    const elements = document.querySelectorAll('.month-table *').length;
    return { ok: title === c.title && cards + more === c.expected, title, cards, more, expected: c.expected, elements };
  };
  const runCheck = (c: ContentCheck): CheckResult => {
    if (c.kind === 'app') return appCheck(c);
    const peer = w.__peer;
    return peer ? peer.check(c) : { ok: false, title: '', cards: 0, more: 0, expected: c.expected, elements: 0 };
  };

  const watch: ProbeApi['watch'] = (check, options = {}) => {
    const quiet = options.quiet ?? 6;
    const timeout = options.timeout ?? 20_000;
    return {
      done: (t0: number) =>
        new Promise<ProbeResult>((resolve, reject) => {
          let frames = 0;
          let settled = 0;
          let firstAfter: number | null = null;
          let seenChange = lastChange;
          let result: CheckResult | null = null;
          let contentPainted = -1;
          let contentPending = false;
          const listener = (frame: Frame) => {
            frames += 1;
            // The first frame showing the right content: checked after every change until it passes.
            if (contentPending) {
              contentPainted = frame.painted - t0;
              contentPending = false;
            } else if (contentPainted < 0 && lastChange >= t0 && lastChange !== seenChange && runCheck(check).ok) {
              if (lastChange < frame.raf) contentPainted = frame.painted - t0;
              else contentPending = true;
            }
            if (lastChange !== seenChange) {
              seenChange = lastChange;
              settled = 0;
              firstAfter = null;
            }
            if (frame.raf > lastChange && lastChange >= t0) {
              if (firstAfter === null) firstAfter = frame.painted;
              settled += 1;
            }
            if (settled >= quiet && firstAfter !== null) {
              result = runCheck(check);
              if (result.ok) {
                listeners.delete(listener);
                const painted = firstAfter - t0;
                resolve({ painted, contentPainted: contentPainted >= 0 ? Math.min(contentPainted, painted) : painted, lastChange: lastChange - t0, frames, check: result });
                return;
              }
            }
            if (performance.now() - t0 > timeout) {
              listeners.delete(listener);
              const found = result ?? runCheck(check);
              reject(new Error(`bench probe: content check failed after ${timeout} ms: ${JSON.stringify(found)}`));
            }
          };
          listeners.add(listener);
        }),
    };
  };

  // Drop → persisted: every readwrite transaction that touches 'posts', with its completion time.
  const writes: ProbeApi['writes'] = [];
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = open.apply(this, args);
    if (args[1] === 'readwrite') {
      const stores = [...tx.objectStoreNames];
      if (stores.includes('posts')) {
        const entry = { stores, created: performance.now(), completed: -1 };
        writes.push(entry);
        tx.addEventListener('complete', () => {
          entry.completed = performance.now();
        });
      }
    }
    return tx;
  } as IDBDatabase['transaction'];

  // What the guard shows, read in the frame's rAF (the DOM as that frame paints it).
  const guardState = (postId: string): { day: string | null; guard: string } => {
    const card = document.querySelector(`.month-table .day [data-post-id="${postId}"]:not(.post-card-dragging)`);
    const panel = document.querySelector('.guard')?.textContent ?? '';
    const mix = [...document.querySelectorAll('.week-mix')].map((el) => el.getAttribute('aria-label') ?? '').join('|');
    const badges = document.querySelectorAll('.month-table .post-streak').length;
    return { day: card?.closest('[data-day]')?.getAttribute('data-day') ?? null, guard: `${panel}#${mix}#${badges}` };
  };
  const guardFrames: ProbeApi['guardFrames'] = (postId, ms) =>
    new Promise((resolve) => {
      const start = performance.now();
      // What is on screen now (before the drop), whether or not a frame is painted before it.
      const out: GuardFrame[] = [{ painted: start, ...guardState(postId) }];
      let pending: { day: string | null; guard: string } | null = null;
      const onRaf = () => {
        pending = guardState(postId);
        requestAnimationFrame(onRaf);
      };
      const listener = (frame: Frame) => {
        if (pending) out.push({ painted: frame.painted, ...pending });
        if (frame.painted - start > ms) {
          listeners.delete(listener);
          resolve(out);
        }
      };
      listeners.add(listener);
      requestAnimationFrame(onRaf);
    });

  const api: ProbeApi = { watch, cold: null, writes, lastSpace: -1, guardFrames };
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.code === 'Space') api.lastSpace = event.timeStamp;
    },
    true,
  );
  if (cold) {
    lastChange = 0;
    api.cold = watch(cold.check, { timeout: cold.timeout }).done(0);
    api.cold.catch(() => undefined);
  }
  w.__probe = api;
};
