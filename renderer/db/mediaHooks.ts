/**
 * Thumbnails for the screens (cards, editor, agenda, Up next, grid): an object URL per content hash.
 * Content-addressed rows never change, so a URL made once serves every card showing that picture
 * for the rest of the session (no re-reading on each render, no URL revoked under a card still
 * showing it). `null`: stored without a preview (the platform could not decode it) or not stored.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { CadenceDb } from './database';
import type { Day } from '../../shared/dates';
import type { Post } from '../../shared/model/post';
import type { MediaRow } from './media';
import { useDb } from './hooks';
import { peekPreview, requestPreview, subscribePreviews } from './previews';

type Entry = { url: string | null; width: number | null; height: number | null };
const made = new Map<string, Entry>();
const pending = new Map<string, Promise<Entry>>();

/**
 * PERF (bench: a month of 1,000 posts with thumbnails): the cards of a month ask for their thumbnails
 * in the same render; their reads are gathered into one bulkGet (one IndexedDB transaction), so the
 * thumbnails arrive together, in one re-render, instead of one transaction and one render per card.
 */
type Waiting = Map<string, { resolve: (row: MediaRow | undefined) => void; reject: (error: unknown) => void }[]>;
const waiting = new WeakMap<CadenceDb, Waiting>();
const readRow = (db: CadenceDb, hash: string): Promise<MediaRow | undefined> =>
  new Promise((resolve, reject) => {
    let batch = waiting.get(db);
    if (!batch) {
      const fresh: Waiting = new Map();
      batch = fresh;
      waiting.set(db, fresh);
      // After the render's other effects (run in the same task) have asked for theirs.
      queueMicrotask(() => {
        waiting.delete(db);
        const hashes = [...fresh.keys()];
        db.media.bulkGet(hashes).then(
          (rows) => hashes.forEach((h, i) => fresh.get(h)!.forEach((w) => w.resolve(rows[i]))),
          (error: unknown) => fresh.forEach((list) => list.forEach((w) => w.reject(error))),
        );
      });
    }
    const list = batch.get(hash);
    if (list) list.push({ resolve, reject });
    else batch.set(hash, [{ resolve, reject }]);
  });

const load = (db: CadenceDb, hash: string): Promise<Entry> => {
  const known = made.get(hash);
  if (known) return Promise.resolve(known);
  let promise = pending.get(hash);
  if (!promise) {
    promise = readRow(db, hash)
      .then((row) => {
        const entry: Entry = { url: row?.thumb ? URL.createObjectURL(row.thumb) : null, width: row?.width ?? null, height: row?.height ?? null };
        // A missing row may be stored a moment later (another window): only found rows are kept.
        if (row) made.set(hash, entry);
        return entry;
      })
      .finally(() => pending.delete(hash));
    pending.set(hash, promise);
  }
  return promise;
};

const NONE: Entry = { url: null, width: null, height: null };

/** The thumbnail's URL for `hash`: undefined while loading, null when there is none. */
export const useThumbnail = (hash: string | null | undefined): Entry | undefined => {
  const db = useDb();
  const [loaded, setLoaded] = useState<{ hash: string; entry: Entry } | null>(null);
  const known = hash ? made.get(hash) : NONE;
  useEffect(() => {
    if (!hash || made.has(hash)) return undefined;
    let live = true;
    void load(db, hash).then(
      (entry) => live && setLoaded({ hash, entry }),
      () => live && setLoaded({ hash, entry: NONE }),
    );
    return () => {
      live = false;
    };
  }, [db, hash]);
  if (known) return known;
  return loaded !== null && loaded.hash === hash ? loaded.entry : undefined;
};

/**
 * The card-sized preview of `hash` (renderer/db/previews.ts): the data URL, null when it has none,
 * undefined while it is read. A month's cards ask in the same render and are read in one bulkGet; a
 * month read by the calendar has usually warmed them already (liveWindows.ts), so the card and its
 * picture are drawn in the same render.
 */
export const usePreview = (hash: string | null | undefined): string | null | undefined => {
  const db = useDb();
  const subscribe = useCallback((listener: () => void) => subscribePreviews(db, listener), [db]);
  const value = useSyncExternalStore(subscribe, () => (hash ? peekPreview(db, hash) : null));
  const missing = Boolean(hash) && value === undefined;
  useEffect(() => {
    if (missing && hash) requestPreview(db, hash);
  }, [db, hash, missing]);
  return value;
};

/**
 * The preview of `hash` when it is already in memory, without subscribing: PERF, a month's ~70 cards
 * are drawn with their previews read with the window (liveWindows.ts), and a found preview never
 * changes for its hash (previews.ts), so they need no subscription. Undefined otherwise: ask usePreview.
 */
export const useFoundPreview = (hash: string): string | undefined => {
  const found = peekPreview(useDb(), hash);
  return found ?? undefined;
};


/**
 * The card previews (data URLs) a period's days would show, as far as they are in memory: each post's
 * first item's, in the window's order, at most `perDay` a day (a day shows a few cards and "+N more").
 * For the pictures made ahead of a month switch (ui/thumbPool.ts); a preview not read yet is left out.
 */
export const knownCardPreviews = (db: CadenceDb, posts: readonly Post[], from: Day, to: Day, perDay: number): string[] => {
  const out: string[] = [];
  const perDate = new Map<string, number>();
  for (const post of posts) {
    const first = post.media?.[0];
    if (!first || post.date === null || post.date < from || post.date > to) continue;
    const seen = perDate.get(post.date) ?? 0;
    if (seen >= perDay) continue;
    perDate.set(post.date, seen + 1);
    const preview = first.preview ?? peekPreview(db, first.hash);
    if (preview) out.push(preview);
  }
  return out;
};
