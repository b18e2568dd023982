/**
 * The results form: what the user types (strings), and the snapshot it stands for.
 *
 * Counts are typed in text inputs (inputMode numeric), not <input type=number>: a number input turns
 * "abc" or "1 234" into an empty value the code cannot tell from "not given", so a typo would be
 * saved silently as 0. Here every cell goes through parseCount (the reader of platform exports):
 * "1,234", "1 234" and "1.234" are 1234, and text, decimals or a minus sign are refused AT THE FIELD
 * with the schema's own error keys. Cross-field rules (reach or impressions needed, reach below
 * engagement, a first reply without replies) come from ResultSnapshotInputSchema itself, so the form
 * and the store can never disagree.
 */
import { format } from 'date-fns';
import { parseCount } from '../../../shared/insights/resultsCells';
import { fieldErrors } from '../../../shared/model/post';
import {
  ResultSnapshotInputSchema,
  type ResultSnapshot,
  type ResultSnapshotInput,
  type SnapshotLabel,
} from '../../../shared/model/results';

/** The count fields of the form, in the order the grid shows them. */
export const FORM_COUNTS = [
  'reach',
  'impressions',
  'reactions',
  'comments',
  'shares',
  'saves',
  'clicks',
  'repliesByTeam',
  'firstReplyMinutes',
] as const;
export type FormCount = (typeof FORM_COUNTS)[number];

export type ResultsForm = { label: SnapshotLabel; takenAt: string } & Record<FormCount, string>;

/** Fields that stay null when empty (the platform did not say); the others read an empty cell as 0. */
const NULLABLE = new Set<FormCount>(['reach', 'impressions', 'firstReplyMinutes']);

const PROBLEM_KEYS = {
  negative: 'errors.resultNegative',
  notWhole: 'errors.resultNotInteger',
  notNumber: 'errors.resultNotNumber',
} as const;

/** A datetime-local value ("2026-11-24T10:00") for an instant, in this machine's zone. */
export const localInputValue = (date: Date): string => format(date, "yyyy-MM-dd'T'HH:mm");

/** The instant a datetime-local value names, as ISO with an offset; null when it is not one. */
export const instantOf = (value: string): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value); // a date-time without offset is local time (ECMAScript)
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

export const emptyResultsForm = (now: Date, label: SnapshotLabel): ResultsForm => ({
  label,
  takenAt: localInputValue(now),
  reach: '',
  impressions: '',
  reactions: '',
  comments: '',
  shares: '',
  saves: '',
  clicks: '',
  repliesByTeam: '',
  firstReplyMinutes: '',
});

export const formFromSnapshot = (s: ResultSnapshot): ResultsForm => {
  const time = Date.parse(s.takenAt);
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    label: s.label,
    takenAt: Number.isNaN(time) ? '' : localInputValue(new Date(time)),
    reach: text(s.reach),
    impressions: text(s.impressions),
    reactions: text(s.reactions),
    comments: text(s.comments),
    shares: text(s.shares),
    saves: text(s.saves),
    clicks: text(s.clicks),
    repliesByTeam: text(s.repliesByTeam),
    firstReplyMinutes: text(s.firstReplyMinutes),
  };
};

/**
 * The label a new snapshot most likely has: 24 h for the first one, then the next reading not taken
 * yet (7 days, 28 days), else custom.
 */
export const nextLabel = (existing: readonly Pick<ResultSnapshot, 'label'>[]): SnapshotLabel => {
  const taken = new Set(existing.map((s) => s.label));
  return (['24h', '7d', '28d'] as const).find((l) => !taken.has(l)) ?? 'custom';
};

export type FormResult =
  | { ok: true; input: ResultSnapshotInput }
  | { ok: false; errors: Partial<Record<string, string>> };

/** The snapshot the form stands for, or an error key per field (see the module comment). */
export const readResultsForm = (form: ResultsForm, postId: string, source: ResultSnapshot['source'] = 'manual'): FormResult => {
  const errors: Partial<Record<string, string>> = {};
  const counts: Partial<Record<FormCount, number | null>> = {};
  for (const field of FORM_COUNTS) {
    const parsed = parseCount(form[field]);
    if (!parsed.ok) errors[field] = PROBLEM_KEYS[parsed.problem];
    else counts[field] = parsed.value ?? (NULLABLE.has(field) ? null : 0);
  }
  const takenAt = instantOf(form.takenAt);
  if (takenAt === null) errors.takenAt = 'errors.takenAtInvalid';
  // Field errors first: the cross-field rules only make sense on numbers that read.
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = ResultSnapshotInputSchema.safeParse({ postId, takenAt, label: form.label, source, ...counts });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  return { ok: true, input: parsed.data };
};

/**
 * The text of a results error key: the schema's keys ("errors.resultNegative") live under
 * `results.errors` in the i18n resources, which this feature owns; other keys are used as they are.
 */
export const resultsErrorKey = (key: string): string => (key.startsWith('errors.') ? `results.${key}` : key);
