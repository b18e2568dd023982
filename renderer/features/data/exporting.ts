/**
 * What an export contains and what its file is called. Pure: the dialog reads the posts, these
 * choose and name them, the serializers write them.
 */
import { endOfMonth, format } from 'date-fns';
import { isDay, monthToDate, type Day, type Month } from '../../../shared/dates';
import type { Client } from '../../../shared/model/client';
import type { Channel } from '../../../shared/model/enums';
import type { Post } from '../../../shared/model/post';
import type { FileFilter } from '../../../shared/bridge/contract';

export type ExportSelection = {
  /** null: every client. */
  clientId: string | null;
  from: Day;
  to: Day;
  /** null: every channel. */
  channel: Channel | null;
  /** Ideas without a day (CSV only: a calendar file has no place for them). */
  includeUndated: boolean;
};

/** The posts of an export, by client, date range (inclusive) and channel. */
export const selectPosts = (posts: readonly Post[], selection: ExportSelection): Post[] =>
  posts.filter((post) => {
    if (selection.clientId !== null && post.clientId !== selection.clientId) return false;
    if (selection.channel !== null && post.channel !== selection.channel) return false;
    if (post.date === null) return selection.includeUndated;
    return post.date >= selection.from && post.date <= selection.to;
  });

/** First and last day of a month. */
export const monthRange = (month: Month): { from: Day; to: Day } => ({
  from: `${month}-01`,
  to: format(endOfMonth(monthToDate(month)), 'yyyy-MM-dd'),
});

/** Field → error key, for the range fields. */
export const rangeErrors = (from: string, to: string): { from?: string; to?: string } => {
  if (!isDay(from)) return { from: 'data.export.dateInvalid' };
  if (!isDay(to)) return { to: 'data.export.dateInvalid' };
  if (to < from) return { to: 'data.export.rangeReversed' };
  return {};
};

/** A file-name-safe slug: "Bloom Bakery" → "bloom-bakery"; accents folded, at most 40 characters. */
export const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '') || 'cadence';

export const clientSlug = (clients: readonly Client[], clientId: string | null): string =>
  clientId === null ? 'all-clients' : slug(clients.find((c) => c.id === clientId)?.name ?? 'client');

/** cadence-bloom-bakery-2026-11-01-to-2026-11-30.csv */
export const exportFileName = (kind: 'csv' | 'ics', clients: readonly Client[], selection: ExportSelection): string =>
  `cadence-${clientSlug(clients, selection.clientId)}-${selection.from}-to-${selection.to}.${kind}`;

export const backupFileName = (now: Date): string => `cadence-backup-${format(now, 'yyyy-MM-dd-HHmm')}.json`;

export const pdfFileName = (clients: readonly Client[], clientId: string | null, month: Month): string =>
  `cadence-${clientSlug(clients, clientId)}-${month}.pdf`;

export const FILTERS: Record<'csv' | 'ics' | 'json', FileFilter[]> = {
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  ics: [{ name: 'iCalendar', extensions: ['ics'] }],
  json: [{ name: 'Cadence backup', extensions: ['json'] }],
};

export const IMPORT_FILTERS: FileFilter[] = [
  { name: 'CSV, iCalendar, Cadence backup', extensions: ['csv', 'tsv', 'txt', 'ics', 'json', 'zip'] },
];

/** What kind of file was opened: by its extension, else by its first characters. */
export const fileKind = (name: string, text: string): 'csv' | 'ics' | 'backup' => {
  const extension = name.split('.').pop()?.toLowerCase();
  if (extension === 'ics') return 'ics';
  if (extension === 'json') return 'backup';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('{')) return 'backup';
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'ics';
  return 'csv';
};
