/**
 * The Insights report as CSV: one tidy table, one row per figure, for a spreadsheet or a script.
 *
 * RFC 4180 through papaparse (quotes only where needed, CRLF), a UTF-8 BOM first so Excel reads
 * accents. Ids (section, key, verdict) are stable and in English; `label` is the item in the
 * interface language. Rates, lifts and intervals are percents with two decimals. With ';' as the
 * separator (French spreadsheets) numbers take a decimal comma, as those spreadsheets expect;
 * with ',' a decimal point. Text cells are guarded against formula injection (csvCells.ts); numbers
 * are written by this code and never start with a formula character except a minus sign, which a
 * spreadsheet reads as a number.
 */
import Papa from 'papaparse/papaparse.js';
import type { Comparison, Insights } from '../../../shared/insights/types';
import { neutraliseCell } from '../../../shared/serializers/csvCells';

export const REPORT_COLUMNS = [
  'section',
  'key',
  'label',
  'posts',
  'with_rate',
  'mean_rate_pct',
  'others_posts',
  'others_with_rate',
  'others_mean_rate_pct',
  'lift_pct',
  'ci_low_pct',
  'ci_high_pct',
  'verdict',
  'value',
] as const;
type Column = (typeof REPORT_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null>>;

export type ReportCsvOptions = {
  delimiter: ',' | ';';
  /** The interface-language name of an item: (section, key) → "Quiz", "Playful", "March 2026". */
  label: (section: string, key: string) => string;
};

const BOM = '\ufeff';

const comparisonRow = (section: string, key: string, c: Comparison): Row => ({
  section,
  key,
  posts: c.group.posts,
  with_rate: c.group.n,
  mean_rate_pct: pct(c.group.mean),
  others_posts: c.rest.posts,
  others_with_rate: c.rest.n,
  others_mean_rate_pct: pct(c.rest.mean),
  lift_pct: pct(c.lift),
  ci_low_pct: pct(c.ci?.low ?? null),
  ci_high_pct: pct(c.ci?.high ?? null),
  verdict: c.verdict,
});

// A fraction as a percent with two decimals (0.03456 → 3.46); numbers, so the writer picks the decimal mark.
const pct = (fraction: number | null): number | null => (fraction === null ? null : Math.round(fraction * 10000) / 100);

/** Every figure of the report, in reading order. */
export const reportRows = (data: Insights): Row[] => [
  { section: 'summary', key: 'published', value: data.posts },
  { section: 'summary', key: 'with_results', value: data.withResults },
  { section: 'summary', key: 'with_rate', value: data.usable },
  { section: 'summary', key: 'rate_on_reach', value: data.basis.reach },
  { section: 'summary', key: 'rate_on_impressions', value: data.basis.impressions },
  comparisonRow('participation', 'inviting', data.participation),
  ...data.byFormat.map((row) => comparisonRow('format', row.key, row)),
  ...data.byTone.map((row) => comparisonRow('tone', row.key, row)),
  ...data.byIntent.map((row) => comparisonRow('intent', row.key, row)),
  { ...comparisonRow('ugc', 'ugc_repost', data.ugc.comparison), value: pct(data.ugc.share) },
  { section: 'replies', key: 'coverage', posts: data.replies.withComments, value: pct(data.replies.coverage) },
  { section: 'replies', key: 'unanswered', posts: data.replies.withComments, value: data.replies.unanswered },
  { section: 'replies', key: 'median_first_reply_minutes', posts: data.replies.timed, value: data.replies.medianFirstReplyMinutes },
  ...data.months.map((month) => comparisonRow('month', month.month, month)),
];

/** The report's CSV text (see the module comment). */
export const reportCsv = (data: Insights, options: ReportCsvOptions): string => {
  const decimalComma = options.delimiter === ';';
  const cell = (column: Column, value: string | number | null | undefined): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') {
      const text = String(value);
      return decimalComma ? text.replace('.', ',') : text;
    }
    return column === 'section' || column === 'key' || column === 'verdict' ? value : neutraliseCell(value);
  };
  const rows = reportRows(data).map((row) => {
    const withLabel: Row = { ...row, label: options.label(String(row.section), String(row.key)) };
    return REPORT_COLUMNS.map((column) => cell(column, withLabel[column]));
  });
  const body = Papa.unparse(
    { fields: [...REPORT_COLUMNS], data: rows },
    { delimiter: options.delimiter, newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${BOM}${body}\r\n`;
};
