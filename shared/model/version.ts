/**
 * The data version of Cadence's storage and backups: bumped with every database schema change (see
 * renderer/db/schema.ts). A database or backup with a higher number was written by a newer Cadence and
 * is refused rather than misread. Shared so the app and the command line agree.
 */
export const DATA_VERSION = 5;
