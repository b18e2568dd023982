/**
 * Attaching files to a post (issue 18): dropped on a card, or through the editor's Media section.
 *
 * TRAP (order of writes, see renderer/db/media.ts): the accepted files' bytes are stored first, all or
 * none, and only then does a post refer to them; a full disk stops before the post is touched. Bytes
 * stored for an edit that is then discarded are harmless: content-addressed, they are one unused row.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { MAX_MEDIA_PER_POST, type MediaItem } from '../../../shared/model/media';
import type { Post } from '../../../shared/model/post';
import { versionsRead } from '../../db/conflicts';
import type { CadenceDb } from '../../db/database';
import { StorageError } from '../../db/errors';
import { useDb } from '../../db/hooks';
import { storeMedia } from '../../db/media';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { useMediaDecoder } from './decoderContext';
import { prepareFiles, type MediaFileRefusal, type PrepareDeps } from './prepareMedia';

export type AttachOutcome = {
  /** Stored, ready to append to the post's media in this order. */
  items: MediaItem[];
  refusals: MediaFileRefusal[];
  /** Accepted files left out: the post would have held more than MAX_MEDIA_PER_POST. */
  overLimit: string[];
  /** Files whose content the post already shows (the same bytes, whatever their name). */
  already: string[];
};

/** The disk was full: none of these files was stored. */
export class MediaQuotaError extends Error {
  readonly names: string[];
  constructor(names: string[]) {
    super(`The disk is full: ${names.join(', ')} not stored`);
    this.name = 'MediaQuotaError';
    this.names = names;
  }
}

/**
 * Prepares `files` for a post already holding `current`, stores the accepted bytes (one transaction)
 * and returns the items to append. Throws MediaQuotaError (nothing stored) when the disk is full.
 */
export const prepareAndStore = async (
  db: CadenceDb,
  current: readonly MediaItem[],
  files: readonly File[],
  deps: PrepareDeps,
): Promise<AttachOutcome> => {
  const { accepted, refusals } = await prepareFiles(files, deps);
  const seen = new Set(current.map((item) => item.hash));
  const already: string[] = [];
  const fresh = accepted.filter(({ item }) => {
    if (seen.has(item.hash)) {
      already.push(item.name);
      return false;
    }
    seen.add(item.hash);
    return true;
  });
  const room = Math.max(0, MAX_MEDIA_PER_POST - current.length);
  const kept = fresh.slice(0, room);
  const overLimit = fresh.slice(room).map(({ item }) => item.name);
  if (kept.length > 0) {
    try {
      await storeMedia(
        db,
        kept.map(({ row }) => row),
        new Map(kept.flatMap(({ row, preview }) => (preview ? [[row.hash, preview] as const] : []))),
      );
    } catch (error) {
      if (error instanceof StorageError && error.code === 'storage-full') throw new MediaQuotaError(kept.map(({ item }) => item.name));
      throw error;
    }
  }
  return { items: kept.map(({ item }) => item), refusals, overLimit, already };
};

const MB = 1024 * 1024;
const listOf = (names: readonly string[]): string => names.map((name) => `“${name}”`).join(', ');

/** One sentence per problem, each naming its files; empty when every file was attached. */
export const outcomeProblems = (t: TFunction, outcome: AttachOutcome): string[] => [
  ...outcome.refusals.map((refusal) => t(refusal.key, { name: refusal.name, max: refusal.max === undefined ? undefined : Math.round(refusal.max / MB) })),
  ...(outcome.already.length ? [t('media.already', { names: listOf(outcome.already), count: outcome.already.length })] : []),
  ...(outcome.overLimit.length ? [t('media.tooMany', { names: listOf(outcome.overLimit), max: MAX_MEDIA_PER_POST, count: outcome.overLimit.length })] : []),
];

/** Attaching's failures as messages: a full disk names its files; other storage errors as usual. */
export const useAttachErrors = () => {
  const { t } = useTranslation();
  const toast = useToast();
  const reportError = useStorageErrors();
  return useCallback(
    (error: unknown) => {
      if (error instanceof MediaQuotaError) toast.show({ message: t('media.storageFull', { names: listOf(error.names), count: error.names.length }), tone: 'error' });
      else reportError(error);
    },
    [t, toast, reportError],
  );
};

/** Prepares and stores files for a post holding `current` (the editor's form, a card's post). */
export const usePrepareAndStore = () => {
  const db = useDb();
  const decoder = useMediaDecoder();
  return useCallback(
    (current: readonly MediaItem[], files: readonly File[]) => prepareAndStore(db, current, files, { decoder, now: () => new Date() }),
    [db, decoder],
  );
};

/**
 * Attaches files to a stored post (a drop on its card): stores the accepted bytes, then appends the
 * items (alt text to write) to its media as one undo step. Refused files are named in one error
 * message; the post is untouched when nothing could be attached.
 */
export const useAttachFiles = (): ((post: Post, files: readonly File[]) => Promise<void>) => {
  const { t } = useTranslation();
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const reportAttachError = useAttachErrors();
  const prepare = usePrepareAndStore();
  return useCallback(
    async (post: Post, files: readonly File[]) => {
      if (files.length === 0) return;
      const current = post.media ?? [];
      let outcome: AttachOutcome;
      try {
        outcome = await prepare(current, files);
      } catch (error) {
        reportAttachError(error);
        return;
      }
      const problems = outcomeProblems(t, outcome);
      if (problems.length) toast.show({ message: problems.join(' '), tone: 'error' });
      const count = outcome.items.length;
      if (count === 0) return;
      try {
        const next: Post = { ...post, media: [...current, ...outcome.items] };
        const applied = await history.commit({ upserts: [next], deletes: [], read: versionsRead([post]) }, t('history.attachMedia', { title: post.title, count }));
        toast.show({ message: t('media.attached', { title: post.title, count }), action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) } });
      } catch (error) {
        reportError(error);
      }
    },
    [t, history, toast, reportError, reportAttachError, prepare],
  );
};
