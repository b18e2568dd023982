import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { StorageError, toStorageError, type StorageErrorCode } from '../../db/errors';
import { useToast } from './Toasts';

const KEYS: Partial<Record<StorageErrorCode, string>> = {
  'storage-full': 'errors.storageFull',
  conflict: 'errors.conflict',
  closed: 'errors.closed',
  'backup-media': 'errors.backupMedia',
};

/**
 * A storage error in the user's language when it has a sentence of its own (a full disk, a file no
 * longer stored…), else its message. For failures shown inside another sentence ("The automatic
 * backup failed: …"), where the raw English message would otherwise appear.
 */
export const storageErrorText = (t: TFunction, given: unknown): string => {
  // A full disk reported by the browser itself (a QuotaExceededError, bare or inside Dexie's error)
  // reads as the same sentence as one the storage layer names.
  const error = toStorageError(given);
  if (error instanceof StorageError) {
    if (error.code === 'media-missing') {
      const names = (error.fields.files ?? '').split('\n').filter(Boolean);
      return t('errors.mediaMissing', { count: names.length, files: names.map((name) => t('errors.fileQuoted', { name })).join(', ') });
    }
    const key = KEYS[error.code];
    if (key) return t(key);
  }
  return error instanceof Error ? error.message : String(error);
};

/** Turns a failed write into a sentence the user can act on. Returns field errors for forms. */
export const useStorageErrors = () => {
  const { t } = useTranslation();
  const toast = useToast();
  return useCallback(
    (error: unknown): Partial<Record<string, string>> => {
      if (error instanceof StorageError) {
        if (error.code === 'invalid') return error.fields;
        const known = error.code === 'media-missing' || KEYS[error.code] !== undefined;
        toast.show({ message: known ? storageErrorText(t, error) : t('errors.notFound'), tone: 'error' });
        return {};
      }
      // A write the closing interrupted (another window upgraded the database): not saved, and why.
      if (error instanceof Error && error.name === 'DatabaseClosedError') {
        toast.show({ message: t('errors.closed'), tone: 'error' });
        return {};
      }
      const message = error instanceof Error ? error.message : String(error);
      toast.show({ message: t('errors.unknown', { message }), tone: 'error' });
      return {};
    },
    [t, toast],
  );
};
