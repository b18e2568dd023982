import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MEDIA_PER_POST, type MediaItem } from '../../../shared/model/media';
import { useToast } from '../toasts/Toasts';
import { outcomeProblems, useAttachErrors, usePrepareAndStore } from './attach';

export type MediaUpdate = (update: (current: MediaItem[]) => MediaItem[]) => void;

/**
 * Adding files to a form's media (the editor): the bytes are stored at once (content-addressed, so a
 * discarded edit leaves only an unused row), the items join the form, and Save writes them with the
 * rest of the post as one undo step.
 */
export const useAddFiles = (media: readonly MediaItem[], update: MediaUpdate) => {
  const { t } = useTranslation();
  const toast = useToast();
  const prepare = usePrepareAndStore();
  const reportAttachError = useAttachErrors();
  const [adding, setAdding] = useState(0);
  const latest = useRef(media);
  useEffect(() => {
    latest.current = media;
  }, [media]);

  const add = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setAdding((n) => n + 1);
      try {
        const outcome = await prepare(latest.current, files);
        const problems = outcomeProblems(t, outcome);
        if (problems.length) toast.show({ message: problems.join(' '), tone: 'error' });
        if (outcome.items.length) {
          // Two drops in quick succession: each was checked against the media of its time.
          update((current) => {
            const known = new Set(current.map((item) => item.hash));
            return [...current, ...outcome.items.filter((item) => !known.has(item.hash))].slice(0, MAX_MEDIA_PER_POST);
          });
          toast.show({ message: t('media.added', { count: outcome.items.length }) });
        }
      } catch (error) {
        reportAttachError(error);
      } finally {
        setAdding((n) => n - 1);
      }
    },
    [prepare, t, toast, update, reportAttachError],
  );
  return { add, adding: adding > 0 };
};

/** Whether a drag carries files (not text or a card being moved). */
export const carriesFiles = (dataTransfer: DataTransfer | null): boolean => dataTransfer?.types.includes('Files') === true;
