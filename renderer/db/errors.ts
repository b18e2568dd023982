/** Errors the storage layer raises, each with a code the UI turns into a sentence. */
export type StorageErrorCode =
  | 'storage-full'
  | 'newer-data'
  | 'open-failed'
  | 'invalid'
  | 'not-found'
  /** Another window changed or deleted a row since this one read it (conflicts.ts). */
  | 'conflict'
  /** A newer Cadence upgraded the database in another window: this one no longer writes (database.ts). */
  | 'closed'
  /** A post would refer to a picture or video whose bytes are not stored (changes.ts); `fields.files` names them. */
  | 'media-missing'
  /** A picture or video of a backup went missing while the backup was written (autoBackupMedia.ts). */
  | 'backup-media';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly fields: Partial<Record<string, string>>;

  constructor(code: StorageErrorCode, message: string, fields: Partial<Record<string, string>> = {}) {
    super(message);
    this.name = 'StorageError';
    this.code = code;
    this.fields = fields;
  }
}

const isQuotaError = (error: unknown): boolean => {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return false;
  const e = error as { name?: string; inner?: { name?: string } };
  return e.name === 'QuotaExceededError' || e.inner?.name === 'QuotaExceededError';
};

/** Dexie reports a full disk as an AbortError whose `inner` is the QuotaExceededError. */
export const toStorageError = (error: unknown): unknown =>
  isQuotaError(error)
    ? new StorageError('storage-full', 'The disk is full: the change was not saved.')
    : error;
