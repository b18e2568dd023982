/**
 * The peers page: FullCalendar's month grid or react-big-calendar's month view rendering the same
 * posts the bench seeded into Cadence ("Density N": N posts in DENSE_MONTH and N in the month after),
 * generated here from the same seed BEFORE any timer starts.
 *
 *   peers.html?contender=fullcalendar|fullcalendar-builtin|big-calendar&n=1000
 *
 * The runner (bench/peers.ts) calls window.__peer.mount() (performance.now() just before
 * root.render()) and window.__peer.next() (just before clicking the calendar's own "next" button),
 * and the probe (bench/probe.ts) calls window.__peer.check() for the content check.
 */
import { createRoot } from 'react-dom/client';
import type { ReactElement } from 'react';
import { addMonths, DENSE_MONTH, denseClient, densePosts, LABELS } from '../generate';
import type { CheckResult, ContentCheck } from '../probe';

export type PeerEvent = { id: string; title: string; day: string; time: string; label: string; color: string };

/** What a contender module gives the page. */
export type Contender = {
  render: (events: readonly PeerEvent[], month: string) => ReactElement;
  /** Clicks the calendar's own "next" button. */
  clickNext: () => void;
  /** Visible events, "+N more" counts and the title, over the whole grid shown. */
  count: () => { title: string; cards: number; more: number; from: string; to: string; elements: number };
};

const COLORS = ['#2563eb', '#ea580c', '#16a34a', '#9333ea', '#0891b2', '#dc2626', '#ca8a04', '#db2777'];

const params = new URLSearchParams(location.search);
const contenderName = params.get('contender') ?? 'big-calendar';
const n = Number(params.get('n') ?? '200');
const month = params.get('month') ?? DENSE_MONTH;

const client = denseClient(n);
const toEvents = (m: string): PeerEvent[] =>
  densePosts(client, n, m).map((post) => {
    const label = post.tags[0] ?? 'launch';
    const index = Math.max(0, LABELS.findIndex((l) => l.toLowerCase() === label));
    return { id: post.id, title: post.title, day: post.date!, time: post.time!, label, color: COLORS[index]! };
  });
const events: PeerEvent[] = [...toEvents(month), ...toEvents(addMonths(month, 1))];

const load = async (): Promise<Contender> => {
  if (contenderName === 'fullcalendar') return (await import('./fullcalendar')).fullCalendar({ reactContent: true });
  if (contenderName === 'fullcalendar-builtin') return (await import('./fullcalendar')).fullCalendar({ reactContent: false });
  if (contenderName === 'big-calendar') return (await import('./bigcalendar')).bigCalendar();
  throw new Error(`unknown contender ${contenderName}`);
};

const ready = load().then((contender) => {
  const root = createRoot(document.getElementById('root')!);
  const api = {
    contender: contenderName,
    events: events.length,
    mount: (): number => {
      const t0 = performance.now();
      root.render(contender.render(events, month));
      return t0;
    },
    next: (): number => {
      const t0 = performance.now();
      contender.clickNext();
      return t0;
    },
    check: (c: ContentCheck): CheckResult => {
      const found = contender.count();
      const expected = events.filter((e) => e.day >= found.from && e.day <= found.to).length;
      return {
        ok: found.title === c.title && found.cards + found.more === expected,
        title: found.title,
        cards: found.cards,
        more: found.more,
        expected,
        elements: found.elements,
      };
    },
  };
  (window as unknown as { __peer: typeof api }).__peer = api;
  return api;
});
(window as unknown as { __peerReady: Promise<unknown> }).__peerReady = ready;
