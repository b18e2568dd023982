import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageError, type StorageErrorCode } from '../../db/errors';
import { useToast } from './Toasts';

const KEYS: Partial<Record<StorageErrorCode, string>> = {
  'storage-full': 'errors.storageFull',
  conflict: 'errors.conflict',
  closed: 'errors.closed',
};

/** Turns a failed write into a sentence the user can act on. Returns field errors for forms. */
export const useStorageErrors = () => {
  const { t } = useTranslation();
  const toast = useToast();
  return useCallback(
    (error: unknown): Partial<Record<string, string>> => {
      if (error instanceof StorageError) {
        if (error.code === 'invalid') return error.fields;
        const key = KEYS[error.code] ?? 'errors.notFound';
        toast.show({ message: t(key), tone: 'error' });
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
