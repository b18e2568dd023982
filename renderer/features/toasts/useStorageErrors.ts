import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageError } from '../../db/errors';
import { useToast } from './Toasts';

/** Turns a failed write into a sentence the user can act on. Returns field errors for forms. */
export const useStorageErrors = () => {
  const { t } = useTranslation();
  const toast = useToast();
  return useCallback(
    (error: unknown): Partial<Record<string, string>> => {
      if (error instanceof StorageError) {
        if (error.code === 'invalid') return error.fields;
        const key = error.code === 'storage-full' ? 'errors.storageFull' : 'errors.notFound';
        toast.show({ message: t(key), tone: 'error' });
        return {};
      }
      const message = error instanceof Error ? error.message : String(error);
      toast.show({ message: t('errors.unknown', { message }), tone: 'error' });
      return {};
    },
    [t, toast],
  );
};
