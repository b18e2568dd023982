// Card pictures made ahead of a month switch (renderer/ui/thumbPool.ts, issue 18's bench bar).
import { render, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MediaItem } from '../../../shared/model/media';
import { useCalendarState } from '../../../renderer/app/useCalendarState';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { knownCardPreviews } from '../../../renderer/db/mediaHooks';
import { rememberPreviews } from '../../../renderer/db/previews';
import { writeSetting } from '../../../renderer/db/settings';
import { MediaMarks } from '../../../renderer/ui/MediaMarks';
import { clearPool, pooledCount, poolSize, takeImage, warmImages } from '../../../renderer/ui/thumbPool';
import { makeClient, makePost } from './viewHarness';

const hash = (n: number) => n.toString(16).padStart(64, '0');
const src = (n: number) => `data:image/webp;base64,UklGR${n}`;
const isPooled = (source: string) => pooledCount(source) > 0;
const item = (n: number, over: Partial<MediaItem> = {}): MediaItem => ({ hash: hash(n), name: `p${n}.jpg`, kind: 'jpeg', size: 10, alt: 'x', ...over });

let db: CadenceDb;
beforeEach(async () => {
  clearPool();
  db = createDb();
  await openDb(db);
});
afterEach(() => db.close());

describe('the pool of card pictures', () => {
  it('hands the same element back once it left the document, and a new one while it is shown', () => {
    const first = takeImage(src(1));
    expect(first.getAttribute('src')).toBe(src(1));
    expect(first.alt).toBe('');
    document.body.appendChild(first);
    // The same picture on a second card at the same time: its own element.
    const second = takeImage(src(1));
    expect(second).not.toBe(first);
    expect(second.getAttribute('src')).toBe(src(1));
    first.remove();
    expect(takeImage(src(1))).toBe(first);
  });

  it('makes the elements asked for ahead, later, and keeps at most 1,200', async () => {
    warmImages([src(1), src(2)]);
    expect(isPooled(src(1))).toBe(false);
    await waitFor(() => expect(isPooled(src(2))).toBe(true));
    const many = Array.from({ length: 1500 }, (_, i) => src(1000 + i));
    warmImages(many);
    await waitFor(() => expect(isPooled(many[1199]!)).toBe(true), { timeout: 5000 });
    expect(poolSize()).toBeLessThanOrEqual(1200);
    expect(isPooled(many[1499]!)).toBe(false);
  });

  it('makes one element per card for a picture several cards show, all of them handed out at once', async () => {
    warmImages([src(7), src(8), src(7), src(7)]);
    await waitFor(() => expect(pooledCount(src(7))).toBe(3));
    expect(pooledCount(src(8))).toBe(1);
    // Each card takes one and shows it before the next card takes its own.
    const shown = [1, 2, 3].map(() => document.body.appendChild(takeImage(src(7))));
    expect(new Set(shown).size).toBe(3);
    // No fourth made ahead: the fourth card at once gets a new one.
    expect(shown).not.toContain(takeImage(src(7)));
    shown.forEach((img) => img.remove());
  });

  it('moves the element made ahead into the card, and takes it back when the card goes', async () => {
    warmImages([src(5)]);
    await waitFor(() => expect(isPooled(src(5))).toBe(true));
    const first = render(<DbProvider db={db}><MediaMarks media={[item(5, { preview: src(5) })]} /></DbProvider>);
    const img = first.container.querySelector('img')!;
    expect(img).toHaveAttribute('src', src(5));
    expect(img).toHaveClass('marks-thumb');
    first.unmount();
    expect(img.isConnected).toBe(false);
    // The next month shows the same picture: the very same element, nothing loaded again.
    const again = render(<DbProvider db={db}><MediaMarks media={[item(5, { preview: src(5) })]} /></DbProvider>);
    expect(again.container.querySelector('img')).toBe(img);
    // Two cards with the same picture at once each show it.
    const both = render(<DbProvider db={db}><MediaMarks media={[item(5, { preview: src(5) })]} /></DbProvider>);
    expect(both.container.querySelector('img')).toHaveAttribute('src', src(5));
    expect(both.container.querySelector('img')).not.toBe(img);
  });
});

describe('which pictures are made ahead', () => {
  it('takes the previews in memory of the days of the period, a few per day, in the cards’ order', () => {
    rememberPreviews(db, [1, 2, 3, 4].map((n) => [hash(n), src(n)] as const));
    const posts = [
      makePost({ title: 'a', date: '2026-12-01', media: [item(1), item(9)] }),
      makePost({ title: 'b', date: '2026-12-01', media: [item(2)] }),
      makePost({ title: 'c', date: '2026-12-01', media: [item(3)] }),
      makePost({ title: 'kept on the post', date: '2026-12-02', media: [item(8, { preview: src(8) })] }),
      makePost({ title: 'not read yet', date: '2026-12-02', media: [item(7)] }),
      makePost({ title: 'outside', date: '2027-01-01', media: [item(4)] }),
      makePost({ title: 'unscheduled', date: null, media: [item(4)] }),
    ];
    expect(knownCardPreviews(db, posts, '2026-12-01', '2026-12-31', 2)).toEqual([src(1), src(2), src(8)]);
  });

  it('the calendar makes the pictures of the next and previous months ahead', async () => {
    const client = makeClient();
    await db.clients.put(client);
    await writeSetting(db, 'lastClientId', client.id);
    await writeSetting(db, 'lastAnchor', '2026-11-24');
    await writeSetting(db, 'lastView', 'month');
    const posts = [
      makePost({ title: 'December', clientId: client.id, date: '2026-12-15', media: [item(31)] }),
      makePost({ title: 'October', clientId: client.id, date: '2026-10-12', media: [item(32)] }),
      makePost({ title: 'March', clientId: client.id, date: '2027-03-03', media: [item(33)] }),
    ];
    await db.posts.bulkPut(posts);
    await db.previews.bulkPut([31, 32, 33].map((n) => ({ hash: hash(n), preview: src(n) })));
    const wrapper = ({ children }: { children: ReactNode }) => <DbProvider db={db}>{children}</DbProvider>;
    const hook = renderHook(() => useCalendarState(), { wrapper });
    await waitFor(() => expect(isPooled(src(31))).toBe(true), { timeout: 5000 });
    await waitFor(() => expect(isPooled(src(32))).toBe(true), { timeout: 5000 });
    expect(isPooled(src(33))).toBe(false);
    hook.unmount();
  });
});
