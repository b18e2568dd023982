/**
 * The database schema and its history.
 *
 * TRAP (migrations): a version, once shipped, is never edited. A change is a NEW entry at the end of
 * SCHEMA_HISTORY with its own `upgrade`, and a test in tests/component/db/migrations.test.ts that
 * seeds the previous version and opens it with current code. A throwing upgrade leaves the data
 * intact (IndexedDB aborts the version change), and the app reports it instead of starting.
 *
 * TRAP (newer data): Dexie opens a database written by a NEWER Cadence without complaint, so the app
 * keeps its own data version in `meta` and refuses to touch a database whose version is higher.
 */
import type { Transaction } from 'dexie';
import { splitPreviews, type MediaItem } from '../../shared/model/media';

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      clients: 'id',
      // [clientId+date] serves the calendar's range queries; ideas without a date stay out of it.
      posts: 'id, clientId, [clientId+date], date',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // The app-level data version lives here (see the TRAP above).
      meta: 'key',
      // The backlog (ideas per client) is read by status.
      posts: 'id, clientId, [clientId+date], [clientId+status], date',
    },
    upgrade: async (tx) => {
      // v1 builds could store a post without tags or notes; every reader now expects both.
      await tx
        .table('posts')
        .toCollection()
        .modify((post: Record<string, unknown>) => {
          if (!Array.isArray(post.tags)) post.tags = [];
          if (typeof post.notes !== 'string') post.notes = '';
        });
    },
  },
  {
    version: 3,
    stores: {
      // How published posts did: several snapshots per post (after 24 hours, after 7 days…).
      results: 'id, postId',
    },
  },
  {
    version: 4,
    stores: {
      // Pictures and videos, once per content: keyed by the SHA-256 of their bytes (renderer/db/media.ts).
      media: 'hash',
    },
  },
  {
    version: 5,
    stores: {
      // Card-sized previews, once per content hash, off the post rows (renderer/db/previews.ts).
      previews: 'hash',
    },
    upgrade: async (tx) => {
      // PERF (issue 18): previews kept on the post rows made them ~5× larger; they move here. A post is
      // only rewritten when it holds a valid preview (splitPreviews); all or nothing (the upgrade's
      // transaction): a failure leaves every post as it was.
      const previews = new Map<string, string>();
      await tx
        .table('posts')
        .toCollection()
        .modify((post: Record<string, unknown>) => {
          // `return false` leaves the row unwritten (Dexie writes back every row the callback does not
          // refuse): only posts that hold a preview are rewritten.
          if (!Array.isArray(post.media)) return false;
          const split = splitPreviews([post as { media?: MediaItem[] }]);
          if (split.previews.size === 0) return false;
          for (const [hash, preview] of split.previews) if (!previews.has(hash)) previews.set(hash, preview);
          post.media = split.posts[0]!.media;
        });
      if (previews.size > 0) await tx.table('previews').bulkPut([...previews].map(([hash, preview]) => ({ hash, preview })));
    },
  },
];

export const SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/** Bumped with every schema version; a stored value above it means a newer Cadence wrote the data. */
export { DATA_VERSION } from '../../shared/model/version';

export const DB_NAME = 'cadence';
