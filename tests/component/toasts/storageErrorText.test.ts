import { describe, expect, it } from 'vitest';
import { StorageError } from '../../../renderer/db/errors';
import { storageErrorText } from '../../../renderer/features/toasts/useStorageErrors';
import { createI18n } from '../../../renderer/i18n/i18n';

// The data dialog's panels put a failure inside their own sentence ("The backup failed: …"); what goes
// there must be in the user's language whenever Cadence knows the cause.
describe('storageErrorText', () => {
  it('says a full disk in French whether the storage layer or the browser reported it', async () => {
    const fr = await createI18n('fr');
    const full = fr.t('errors.storageFull');
    expect(full).toMatch(/disque est plein/);
    expect(storageErrorText(fr.t, new StorageError('storage-full', 'The disk is full: the change was not saved.'))).toBe(full);
    // What IndexedDB raises, bare and as Dexie wraps it.
    expect(storageErrorText(fr.t, new DOMException('Quota exceeded', 'QuotaExceededError'))).toBe(full);
    expect(storageErrorText(fr.t, Object.assign(new Error('AbortError'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }))).toBe(full);
  });

  it('keeps the message of an error it does not know', async () => {
    const en = await createI18n('en');
    expect(storageErrorText(en.t, new Error('EACCES: permission denied'))).toBe('EACCES: permission denied');
    expect(storageErrorText(en.t, 'plain text')).toBe('plain text');
  });
});
