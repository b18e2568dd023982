/**
 * The results import, minus the screens: which column mapping to start from, the review of every row
 * (matched, to choose, without a post) and the snapshots the user's decisions stand for. Pure.
 *
 * The mapping remembered per channel (settings.resultsMappings) is column → header, '' for a column
 * the user chose not to import. It is applied to a new file column by column: a remembered header the
 * file does not have falls back to the guess, so a platform adding or renaming one column does not
 * lose the rest of the mapping.
 */
import { dayToDate, shiftDay, type Day } from '../../../shared/dates';
import { RESULTS_COLUMNS, guessResultsMapping, type ResultsColumn, type ResultsMapping } from '../../../shared/insights/resultsColumns';
import { toSnapshotDraft, type MatchHow, type MatchPost, type ResultsMatch, type ResultsRow } from '../../../shared/insights/resultsCsv';
import type { Channel } from '../../../shared/model/enums';
import type { ResultSnapshotDraft, SnapshotLabel } from '../../../shared/model/results';

/** A stored mapping read defensively: only known columns with string values (it is not validated on write). */
export const storedMapping = (stored: unknown, channel: Channel): Partial<Record<ResultsColumn, string>> => {
  if (typeof stored !== 'object' || stored === null) return {};
  const entry = (stored as Record<string, unknown>)[channel];
  if (typeof entry !== 'object' || entry === null) return {};
  const out: Partial<Record<ResultsColumn, string>> = {};
  for (const column of RESULTS_COLUMNS) {
    const value = (entry as Record<string, unknown>)[column];
    if (typeof value === 'string') out[column] = value;
  }
  return out;
};

/** The mapping to start from for a file: the remembered one where it fits, the guess elsewhere. */
export const initialMapping = (headers: readonly string[], remembered: Partial<Record<ResultsColumn, string>>): ResultsMapping => {
  const guess = guessResultsMapping(headers);
  const has = (name: string) => headers.some((h) => h.toLowerCase() === name.trim().toLowerCase());
  const mapping: ResultsMapping = {};
  for (const column of RESULTS_COLUMNS) {
    const chosen = remembered[column];
    if (chosen === '') continue; // remembered as "not imported"
    const header = chosen !== undefined && has(chosen) ? headers.find((h) => h.toLowerCase() === chosen.trim().toLowerCase()) : guess[column];
    if (header !== undefined && !Object.values(mapping).includes(header)) mapping[column] = header;
  }
  return mapping;
};

/** The mapping as remembered: every column, '' where nothing is imported. */
export const mappingToStore = (mapping: ResultsMapping): Record<string, string> =>
  Object.fromEntries(RESULTS_COLUMNS.map((column) => [column, mapping[column] ?? '']));

/** Field → i18n key of what the mapping lacks to be read. */
export const mappingErrors = (mapping: ResultsMapping): Partial<Record<ResultsColumn, string>> => {
  const errors: Partial<Record<ResultsColumn, string>> = {};
  if (!mapping.date) errors.date = 'insights.import.needsDate';
  if (!mapping.reach && !mapping.impressions) errors.reach = 'insights.import.needsReach';
  const used = new Map<string, ResultsColumn>();
  for (const column of RESULTS_COLUMNS) {
    const header = mapping[column];
    if (!header) continue;
    if (used.has(header)) errors[column] = 'insights.import.headerTwice';
    else used.set(header, column);
  }
  return errors;
};

export type ReviewKind = 'matched' | 'ambiguous' | 'unmatched';
export type ReviewRow = { row: ResultsRow; kind: ReviewKind; how: MatchHow | null; candidates: string[] };

/** Every readable row with how it was matched, in file order. */
export const reviewRows = (match: ResultsMatch): ReviewRow[] =>
  [
    ...match.matched.map((m): ReviewRow => ({ row: m.row, kind: 'matched', how: m.how, candidates: [m.postId] })),
    ...match.ambiguous.map((a): ReviewRow => ({ row: a.row, kind: 'ambiguous', how: null, candidates: a.candidates })),
    ...match.unmatched.map((row): ReviewRow => ({ row, kind: 'unmatched', how: null, candidates: [] })),
  ].sort((a, b) => a.row.line - b.row.line);

/** A post id, 'skip', or null while an ambiguous row is undecided. */
export type Decision = string | null;
export const SKIP = 'skip';

/** Matched rows go to their post, unmatched ones are skipped, ambiguous ones wait for the user. */
export const initialDecisions = (rows: readonly ReviewRow[]): Map<number, Decision> =>
  new Map(rows.map((r) => [r.row.line, r.kind === 'matched' ? r.candidates[0]! : r.kind === 'unmatched' ? SKIP : null]));

const distance = (a: Day, b: Day): number => Math.abs(dayToDate(a).getTime() - dayToDate(b).getTime());

/**
 * Posts the user may pick for a row: its candidates first, then the channel's posts within
 * `days` of the row's date, nearest first (at most `limit`).
 */
export const choicesFor = (
  review: ReviewRow,
  posts: readonly MatchPost[],
  channel: Channel,
  days = 7,
  limit = 30,
): MatchPost[] => {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const first = review.candidates.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const from = shiftDay(review.row.date, -days);
  const to = shiftDay(review.row.date, days);
  const near = posts
    .filter((p) => p.channel === channel && p.date !== null && p.date >= from && p.date <= to && !review.candidates.includes(p.id))
    .sort((a, b) => distance(a.date!, review.row.date) - distance(b.date!, review.row.date) || (a.time ?? '').localeCompare(b.time ?? ''));
  return [...first, ...near].slice(0, Math.max(limit, first.length));
};

export type ReviewState = {
  /** Rows that will be written. */
  chosen: number;
  /** Ambiguous rows still waiting for a decision. */
  undecided: number;
  /** Posts given to more than one row. */
  duplicates: string[];
};

export const reviewState = (rows: readonly ReviewRow[], decisions: ReadonlyMap<number, Decision>): ReviewState => {
  const seen = new Map<string, number>();
  let undecided = 0;
  for (const r of rows) {
    const decision = decisions.get(r.row.line) ?? null;
    if (decision === null) undecided += 1;
    else if (decision !== SKIP) seen.set(decision, (seen.get(decision) ?? 0) + 1);
  }
  return {
    chosen: [...seen.values()].reduce((a, b) => a + b, 0),
    undecided,
    duplicates: [...seen].filter(([, n]) => n > 1).map(([id]) => id),
  };
};

/** The snapshots to write: one per row given a post. */
export const draftsFor = (
  rows: readonly ReviewRow[],
  decisions: ReadonlyMap<number, Decision>,
  takenAt: string,
  label: SnapshotLabel,
): ResultSnapshotDraft[] =>
  rows.flatMap((r) => {
    const decision = decisions.get(r.row.line) ?? null;
    return decision === null || decision === SKIP ? [] : [toSnapshotDraft(r.row, decision, takenAt, label)];
  });
