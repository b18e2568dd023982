// Shared test data for the insights tests (not a test file itself).
import type { Post } from '../../../shared/model/post';
import { PostSchema } from '../../../shared/model/post';
import type { ResultSnapshot } from '../../../shared/model/results';
import { ResultSnapshotSchema } from '../../../shared/model/results';

export const CLIENT = 'client-1';

/** A published Instagram image post on 2026-03-02 that does not invite participation. */
export const makePost = (id: string, over: Partial<Post> = {}): Post =>
  PostSchema.parse({
    id,
    clientId: CLIENT,
    title: `Post ${id}`,
    caption: '',
    date: '2026-03-02',
    time: '09:00',
    channel: 'instagram',
    format: 'image',
    tone: 'serious',
    intent: 'informative',
    invitesParticipation: false,
    status: 'published',
    tags: [],
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  });

/** A snapshot of `postId` with reach 1000 and no engagement unless told. */
export const makeSnapshot = (postId: string, over: Partial<ResultSnapshot> = {}): ResultSnapshot =>
  ResultSnapshotSchema.parse({
    id: `snap-${postId}`,
    postId,
    takenAt: '2026-03-03T09:00:00Z',
    label: '24h',
    reach: 1000,
    createdAt: '2026-03-03T09:00:00.000Z',
    updatedAt: '2026-03-03T09:00:00.000Z',
    ...over,
  });

/**
 * A post and its snapshot whose engagement rate is exactly `percent` / 100: reach 100 and `percent`
 * reactions. Use whole percents so every expected mean can be worked out by hand.
 */
export const rated = (
  id: string,
  percent: number,
  over: Partial<Post> = {},
): { post: Post; snapshot: ResultSnapshot } => ({
  post: makePost(id, over),
  snapshot: makeSnapshot(id, { reach: 100, reactions: percent }),
});

/** Splits pairs into the two arrays the insights functions take. */
export const split = (
  pairs: readonly { post: Post; snapshot: ResultSnapshot | null }[],
): { posts: Post[]; snapshots: ResultSnapshot[] } => ({
  posts: pairs.map((p) => p.post),
  snapshots: pairs.flatMap((p) => (p.snapshot ? [p.snapshot] : [])),
});

/** Deterministic PRNG (mulberry32) for synthetic data sets. */
export const prng = (seed: number): (() => number) => {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Standard normal draws from a PRNG (Box–Muller). */
export const normal = (random: () => number) => (): number =>
  Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/** Every number inside a value, recursively (to prove no NaN or Infinity leaks out). */
export const numbersIn = (value: unknown): number[] => {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
};
