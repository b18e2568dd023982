/**
 * The results import dialog's steps and the pure parts its screens share: what each step holds, the
 * head of a file for the mapping preview, and how a reviewed row found its post.
 */
import type { TFunction } from 'i18next';
import Papa from 'papaparse/papaparse.js';
import type { FileFilter } from '../../../shared/bridge/contract';
import type { MatchPost, ResultsCsv } from '../../../shared/insights/resultsCsv';
import { detectDelimiter } from '../../../shared/serializers/csvImport';
import { SKIP, type Decision, type ReviewRow } from './importResults';

export type Loaded = { name: string; text: string; headers: string[]; sample: string[][] };
export type Review = { parsed: ResultsCsv; rows: ReviewRow[]; posts: MatchPost[]; withResults: Set<string> };
export type Step = { kind: 'choose' } | { kind: 'mapping'; file: Loaded } | { kind: 'review'; file: Loaded; review: Review };

export const RESULTS_FILTERS: FileFilter[] = [{ name: 'CSV', extensions: ['csv', 'tsv', 'txt'] }];
export const REPORT_LIMIT = 200;
const SAMPLE_ROWS = 2;

/** The header row and the first rows of a file, for the mapping screen's preview. */
export const readHead = (text: string): { headers: string[]; sample: string[][] } => {
  const clean = text.replace(/^\ufeff/, '');
  const rows = Papa.parse(clean, { delimiter: detectDelimiter(clean), header: false, dynamicTyping: false, skipEmptyLines: false }).data.filter(
    (r) => r.some((c) => c.trim() !== ''),
  );
  return { headers: (rows[0] ?? []).map((h) => h.trim()), sample: rows.slice(1, 1 + SAMPLE_ROWS) };
};

/** How a row found its post, or what happens to it. */
export const howText = (t: TFunction, review: ReviewRow, decision: Decision): string => {
  if (decision === null) return t('insights.import.how_choose', { count: review.candidates.length });
  if (decision === SKIP) return t(review.kind === 'unmatched' ? 'insights.import.how_none' : 'insights.import.how_skipped');
  if (review.kind === 'matched' && decision === review.candidates[0]) return t(`insights.import.how_${review.how ?? 'date'}`);
  return t('insights.import.how_picked');
};
