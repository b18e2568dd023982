/**
 * Seeds Cadence's own database ('cadence') with the agency data set, from a page of the app's origin
 * that does not run the app (the runner opens /__bench_seed__, a 404 page, after the app has created
 * its database once). Raw IndexedDB, a few big transactions: far faster than the app's one-by-one
 * writes, and the rows are exactly what the app itself writes (same schema, same shapes).
 *
 * Built as an IIFE (out/bench/seed.js) that the runner evaluates in the page: it defines
 * globalThis.__benchSeed.
 */
import type { Post } from '../../shared/model/post';
import { addMonths, agencyClients, denseDataset, forEachClientPost, mediaDenseClient, mediaDensePosts, type AgencyOptions } from '../generate';

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });

const openExisting = async (): Promise<IDBDatabase> => {
  const db = await request(indexedDB.open('cadence'));
  for (const store of ['clients', 'posts', 'settings', 'meta']) {
    if (!db.objectStoreNames.contains(store)) throw new Error(`the app has not created its database yet (no '${store}' store)`);
  }
  return db;
};

/** thumbs: N of the "Thumbnails N" client (the Density N month again, each post with a picture), 0 for none. */
export type SeedOptions = { agency: AgencyOptions; densities: number[]; denseMonth: string; settings: Record<string, unknown>; thumbs?: number };

/**
 * Thumbnails as the app stores them (WebP, 384×480 for a 1080×1350 photo, and the 40×40 preview as a
 * data URL in the previews table, by hash: renderer/db/previews.ts): 64 different pictures, each row its own copy.
 */
type BenchThumb = { thumb: Blob; mini: string };
const dataUrl = async (blob: Blob): Promise<string> => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:${blob.type};base64,${btoa(binary)}`;
};
const thumbBlobs = async (): Promise<BenchThumb[]> => {
  const out: BenchThumb[] = [];
  for (let i = 0; i < 64; i++) {
    const canvas = new OffscreenCanvas(384, 480);
    const g = canvas.getContext('2d')!;
    const gradient = g.createLinearGradient(0, 0, 384, 480);
    gradient.addColorStop(0, `hsl(${(i * 37) % 360} 70% 60%)`);
    gradient.addColorStop(1, `hsl(${(i * 37 + 120) % 360} 60% 30%)`);
    g.fillStyle = gradient;
    g.fillRect(0, 0, 384, 480);
    for (let k = 0; k < 40; k++) {
      g.fillStyle = `hsl(${(i * 53 + k * 29) % 360} 80% ${30 + (k % 5) * 10}%)`;
      g.beginPath();
      g.arc((k * 97 + i * 13) % 384, (k * 61 + i * 7) % 480, 10 + ((k * i) % 50), 0, Math.PI * 2);
      g.fill();
    }
    // The app's preview: the centre square at 40 px (renderer/features/media/thumbnail.ts).
    const small = new OffscreenCanvas(40, 40);
    small.getContext('2d')!.drawImage(canvas, 0, 48, 384, 384, 0, 0, 40, 40);
    out.push({ thumb: await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 }), mini: await dataUrl(await small.convertToBlob({ type: 'image/webp', quality: 0.7 })) });
  }
  return out;
};

/** The "Thumbnails N" client, its two months of posts, and a media row with a thumbnail for each picture. */
const seedThumbs = async (db: IDBDatabase, n: number, month: string): Promise<number> => {
  if (!db.objectStoreNames.contains('previews')) throw new Error("the app's database has no 'previews' store (schema before v5)");
  const posts = [...mediaDensePosts(n, month), ...mediaDensePosts(n, addMonths(month, 1))];
  const blobs = await thumbBlobs();
  const tx = db.transaction(['clients', 'posts', 'media', 'previews'], 'readwrite');
  tx.objectStore('media').clear();
  tx.objectStore('previews').clear();
  tx.objectStore('clients').put(mediaDenseClient(n));
  let i = 0;
  for (const post of posts) {
    const media = (post.media ?? []).map((item) => {
      const { thumb, mini } = blobs[i++ % blobs.length]!;
      tx.objectStore('media').put({ hash: item.hash, kind: item.kind, size: item.size, blob: thumb, thumb, width: 1080, height: 1350, addedAt: '2026-05-01T09:00:00.000Z' });
      tx.objectStore('previews').put({ hash: item.hash, preview: mini });
      return item;
    });
    tx.objectStore('posts').put({ ...post, media });
  }
  await done(tx);
  return posts.length;
};
export type SeedResult = { clients: number; posts: number; ms: number };

const putSettings = async (db: IDBDatabase, settings: Record<string, unknown>) => {
  const tx = db.transaction('settings', 'readwrite');
  for (const [key, value] of Object.entries(settings)) tx.objectStore('settings').put({ key, value });
  await done(tx);
};

export const seed = async (options: SeedOptions): Promise<SeedResult> => {
  const t0 = performance.now();
  const db = await openExisting();
  const clients = agencyClients(options.agency);
  const dense = denseDataset(options.densities, options.denseMonth);
  {
    const tx = db.transaction(['clients', 'posts', 'settings'], 'readwrite');
    tx.objectStore('posts').clear();
    tx.objectStore('clients').clear();
    for (const client of [...clients, ...dense.clients]) tx.objectStore('clients').put(client);
    for (const post of dense.posts) tx.objectStore('posts').put(post);
    await done(tx);
  }
  let count = dense.posts.length;
  // A few clients per transaction: ~9,000 rows each.
  const PER_TX = 4;
  for (let first = 0; first < clients.length; first += PER_TX) {
    const batch: Post[] = [];
    for (let i = first; i < Math.min(first + PER_TX, clients.length); i++) forEachClientPost(options.agency, clients, i, (post) => batch.push(post));
    const tx = db.transaction('posts', 'readwrite');
    const store = tx.objectStore('posts');
    for (const post of batch) store.put(post);
    await done(tx);
    count += batch.length;
  }
  if (options.thumbs) count += await seedThumbs(db, options.thumbs, options.denseMonth);
  await putSettings(db, options.settings);
  db.close();
  return { clients: clients.length + dense.clients.length + (options.thumbs ? 1 : 0), posts: count, ms: performance.now() - t0 };
};

/** Puts the calendar back where a run starts: which client, view and month. */
export const resetSettings = async (settings: Record<string, unknown>): Promise<void> => {
  const db = await openExisting();
  await putSettings(db, settings);
  db.close();
};

/** A stored post, to check a drop was persisted. */
export const readPost = async (id: string): Promise<Post | undefined> => {
  const db = await openExisting();
  const tx = db.transaction('posts', 'readonly');
  const post = (await request(tx.objectStore('posts').get(id))) as Post | undefined;
  db.close();
  return post;
};

export const countPosts = async (): Promise<number> => {
  const db = await openExisting();
  const n = await request(db.transaction('posts', 'readonly').objectStore('posts').count());
  db.close();
  return n;
};

(globalThis as unknown as { __benchSeed: unknown }).__benchSeed = { seed, resetSettings, readPost, countPosts };
