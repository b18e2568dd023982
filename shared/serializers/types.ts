import type { Client } from '../model/client';
import type { Channel, Intent, Status, Tone } from '../model/enums';
import type { FormatId } from '../model/formats';
import type { PostInput } from '../model/post';
import type { ApprovalCells } from './approvalCells';
import { escapeControls, escapeParams } from './safeText';

/** Every error an import can report. The UI may translate by `code` (with `params`) or show `message`. */
export const IMPORT_ERROR_CODES = [
  // one row / event
  'row.titleEmpty',
  'row.titleTooLong',
  'row.captionTooLong',
  'row.notesTooLong',
  'row.firstCommentTooLong',
  'row.dateInvalid',
  'row.dateFormat',
  'row.timeInvalid',
  'row.dateRequired',
  'row.unknownValue',
  'row.booleanInvalid',
  'row.channelMissing',
  'row.tagInvalid',
  'row.tooManyTags',
  'row.clientMissing',
  'row.unknownPillar',
  'row.evergreenInvalid',
  'row.publishedAtInvalid',
  'row.liveUrlInvalid',
  'row.approvalInvalid',
  'row.invalid',
  // CSV file
  'csv.empty',
  'csv.unreadable',
  'csv.noTitleColumn',
  'csv.mappingHeaderMissing',
  'csv.unclosedQuote',
  'csv.malformedQuote',
  'csv.tooManyCells',
  // ICS file / event
  'ics.empty',
  'ics.unreadable',
  'ics.notCalendar',
  'ics.badLine',
  'ics.unbalanced',
  'ics.timeZoneInvalid',
  'ics.eventUnreadable',
  'ics.noStart',
  'ics.badStart',
  'ics.recurrenceIgnored',
  'ics.cancelledSkipped',
  'ics.unknownTimeZone',
  // JSON backup
  'backup.notJson',
  'backup.notCadence',
  'backup.notBackup',
  'backup.badVersion',
  'backup.newerVersion',
  'backup.checksumMissing',
  'backup.checksumMismatch',
  'backup.badShape',
  'backup.invalidClient',
  'backup.invalidPost',
  'backup.duplicateId',
  'backup.orphanPost',
  'backup.invalidRows',
  // Backup zip with media (issue 18)
  'backup.badZip',
  'backup.mediaMissing',
  'backup.mediaDamaged',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/**
 * A problem found while reading a file: never a raw exception. `message` is a complete English
 * sentence ("line 14: date '2026-02-30' does not exist"); `line` is 1-based in the file as a text
 * editor shows it; `index` is the 0-based position in a backup's `clients` / `posts` array.
 */
export type ImportError = {
  code: ImportErrorCode;
  message: string;
  line?: number;
  column?: number;
  index?: number;
  field?: string;
  params?: Record<string, string | number>;
};

/** Values used when a file does not say (missing column, empty cell, event without X-CADENCE-*). */
export type ImportDefaults = Partial<{
  channel: Channel;
  format: FormatId;
  tone: Tone;
  intent: Intent;
  status: Status;
}>;

/** One post read from a CSV row or an ICS event, validated against PostInputSchema. */
export type ImportedPost = {
  /** 1-based line where the row / the event's BEGIN:VEVENT starts. */
  line: number;
  /** The Cadence id it was exported with (`id` column, `…@cadence.local` UID), or null. */
  sourceId: string | null;
  /** The event's UID as written in an ICS file (any app), or null. */
  uid: string | null;
  /** The client id written in the file (`client_id` column, X-CADENCE-CLIENT), or null. */
  sourceClientId: string | null;
  /** The client's name written in the file (`client` column), or null. */
  clientName: string | null;
  /** `created_at` / `updated_at` columns as written (CSV only), or null. */
  createdAt: string | null;
  updatedAt: string | null;
  /**
   * The pillar as the file names it (`pillar` cell, X-CADENCE-PILLAR), or null when it is blank; left
   * out when the file has no such column or property, so an update keeps the post's pillar. `post.pillar`
   * is the pillar's id when the reader was given the client's pillars, else null: the caller matches
   * this name against the client the row ends up in (renderer/db/imports.ts).
   */
  pillarName?: string | null;
  /** False when the file has no evergreen column or property: an update keeps the post's setting. */
  evergreenGiven?: boolean;
  /**
   * When the post was published and its live link (published_at / live_url, X-CADENCE-PUBLISHED-AT /
   * URL), checked; each left out when the file does not carry it, so an update keeps the post's own.
   */
  publishedAt?: string | null;
  liveUrl?: string | null;
  /**
   * False when the file has no first-comment column or property (a Cadence ICS event always says,
   * see icsImport.ts): an update keeps the post's own. `post.firstComment` holds a non-empty one.
   */
  firstCommentGiven?: boolean;
  /**
   * The client review's state as the file carries it (approval / changed_after_review, X-CADENCE-APPROVAL
   * / -CHANGED-AFTER-REVIEW), checked; null when blank; left out when the file does not carry it, so an
   * update keeps the post's own. Never the comments: see approvalCells.ts.
   */
  approval?: ApprovalCells | null;
  /**
   * True when the row's media_files or media_alt cell is not empty (CSV). Those cells are never read
   * into the post: a CSV cannot carry the files, so the import only notes it (issue 18).
   */
  mediaNamed?: true;
  post: PostInput;
};

/** Clients as a list or keyed by id. */
export type ClientLookup = readonly Client[] | ReadonlyMap<string, Client>;

export const findClient = (clients: ClientLookup, id: string): Client | undefined =>
  'get' in clients ? clients.get(id) : clients.find((c) => c.id === id);

/** "line 14: " when the line is known. */
export const at = (line: number | undefined): string => (line === undefined ? '' : `line ${line}: `);

/**
 * An ImportError whose message starts with "line N: " when the line is known. The message and the
 * string parameters quote the file, so their control characters are escaped (safeText.ts).
 */
export const problem = (
  code: ImportErrorCode,
  line: number | undefined,
  text: string,
  extra: Omit<Partial<ImportError>, 'code' | 'line' | 'message'> = {},
): ImportError => ({
  code,
  ...(line === undefined ? {} : { line }),
  message: escapeControls(`${at(line)}${text}`),
  ...extra,
  ...(extra.params ? { params: escapeParams(extra.params) } : {}),
});
