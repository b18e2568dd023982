/**
 * A post's client review as files carry it: CSV `approval` (the state) and `changed_after_review`
 * (true/false), ICS X-CADENCE-APPROVAL and X-CADENCE-CHANGED-AFTER-REVIEW.
 *
 * Only the state and its flag travel: the comment thread does NOT go into CSV or ICS. A thread (authors,
 * times, client comments and internal notes) does not fit a cell or a calendar property, and a CSV or
 * ICS file is made to leave the team (a spreadsheet, a shared calendar) while internal notes must not.
 * The JSON backup carries the whole review, comments included. An update from a file keeps the post's
 * comments (renderer/db/imports.ts): a file that cannot hold them never erases them.
 *
 * The flag has a column of its own because a stale approval is not an approval: a CSV that said
 * "approved" for a post edited after the client answered would mislead whoever reads it.
 */
import { APPROVAL_STATES, type Approval, type ApprovalState } from '../model/approval';
import type { ImportError } from './types';
import { problem } from './types';
import { normaliseKey, parseBoolean } from './values';

export type ApprovalCells = { state: ApprovalState; changedAfterReview: boolean };

/** The state's ids, the app's English and French labels, and words planning sheets use. */
export const APPROVAL_VALUES: ReadonlyMap<string, ApprovalState> = new Map<string, ApprovalState>([
  ...APPROVAL_STATES.map((state) => [state, state] as const),
  ...Object.entries({
    not_sent: 'none',
    not_sent_for_review: 'none',
    pas_envoyee: 'none',
    pas_envoyee_en_validation: 'none',
    non_envoyee: 'none',
    non_envoye: 'none',
    to_review: 'review',
    in_review: 'review',
    pending: 'review',
    sent: 'review',
    a_valider: 'review',
    en_validation: 'review',
    en_attente: 'review',
    envoyee: 'review',
    ok: 'approved',
    validated: 'approved',
    valide: 'approved',
    validee: 'approved',
    approuve: 'approved',
    approuvee: 'approved',
    changes_requested: 'changes',
    change_requested: 'changes',
    rejected: 'changes',
    modifications: 'changes',
    modifications_demandees: 'changes',
    a_modifier: 'changes',
    refusee: 'changes',
    refuse: 'changes',
  } satisfies Record<string, ApprovalState>),
]);

/** The cells a post writes: empty for a post never given a review (undefined), else its state and flag. */
export const approvalCellsOf = (approval: Approval | undefined): { state: string; changed: string } =>
  approval === undefined ? { state: '', changed: '' } : { state: approval.state, changed: approval.changedAfterReview ? 'true' : 'false' };

const shown = (value: string): string => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/**
 * The two cells read. `state` undefined: the file does not carry the review (an update keeps the
 * post's own); blank: null (no review); anything else must be a known state, and the flag (blank:
 * false) yes or no, or the row is refused with its line and the value.
 */
export const readApprovalCells = (
  state: string | undefined,
  changed: string | undefined,
  line: number | undefined,
  names: { state: string; changed: string } = { state: 'approval', changed: 'changed_after_review' },
): { ok: true; value: ApprovalCells | null | undefined } | { ok: false; errors: ImportError[] } => {
  if (state === undefined) return { ok: true, value: undefined };
  const errors: ImportError[] = [];
  const stateText = state.trim();
  const changedText = changed?.trim() ?? '';
  const flag = changedText === '' ? false : parseBoolean(changedText);
  if (flag === null) {
    const value = shown(changedText);
    errors.push(problem('row.approvalInvalid', line, `${names.changed} '${value}' is not yes or no (true/false)`, { field: 'approval', params: { value } }));
  }
  if (stateText === '') {
    if (flag === true) {
      const text = `${names.changed} is set but ${names.state} is empty: a post not sent for review cannot have changed since`;
      errors.push(problem('row.approvalInvalid', line, text, { field: 'approval', params: { value: changedText } }));
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: null };
  }
  const found = APPROVAL_VALUES.get(normaliseKey(stateText));
  if (found === undefined) {
    const value = shown(stateText);
    const expected = APPROVAL_STATES.join(', ');
    errors.push(
      problem('row.approvalInvalid', line, `unknown ${names.state} '${value}' — expected one of ${expected}`, { field: 'approval', params: { value, expected } }),
    );
  }
  if (errors.length > 0 || found === undefined || flag === null) return { ok: false, errors };
  return { ok: true, value: { state: found, changedAfterReview: flag } };
};

/**
 * The review a post gets from a file's cells over the one it has (`current`, on an update): the
 * file's state and flag, the post's own comments kept (files never carry them). `cells` undefined: the
 * post's own, unchanged; null: no state ('none'), and no review at all when there are no comments to keep.
 */
export const mergeApproval = (cells: ApprovalCells | null | undefined, current: Approval | undefined): Approval | undefined => {
  if (cells === undefined) return current;
  const comments = current?.comments ?? [];
  if (cells === null) return comments.length > 0 ? { state: 'none', changedAfterReview: false, comments } : undefined;
  return { ...cells, comments };
};
