/**
 * A post's published instant and live link as files carry them (CSV published_at / live_url, ICS
 * X-CADENCE-PUBLISHED-AT and URL). Blank is "not recorded"; anything else must be an ISO instant and
 * an https address, or the row is refused with the line and the value: importing it without them
 * would lose what the file says without a word.
 */
import { isHttpsUrl, isIsoInstant, MAX_LIVE_URL } from '../model/published';
import type { ImportError } from './types';
import { problem } from './types';

const shown = (value: string): string => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/** One cell (undefined: no such column; blank: null) checked, or the error naming it. */
const readCell = (
  raw: string | undefined,
  line: number | undefined,
  check: (value: string) => ImportError | null,
): { ok: true; value: string | null | undefined } | { ok: false; error: ImportError } => {
  if (raw === undefined) return { ok: true, value: undefined };
  const value = raw.trim();
  if (value === '') return { ok: true, value: null };
  const error = check(value);
  return error ? { ok: false, error } : { ok: true, value };
};

export type PublishCells = { publishedAt?: string | null; liveUrl?: string | null };

/**
 * The two cells read: each left out (undefined) when the file has no such column or property, so an
 * update keeps the post's own; null when blank.
 */
export const readPublishCells = (
  publishedAt: string | undefined,
  liveUrl: string | undefined,
  line: number | undefined,
): { ok: true; value: PublishCells } | { ok: false; errors: ImportError[] } => {
  const at = readCell(publishedAt, line, (value) =>
    isIsoInstant(value)
      ? null
      : problem('row.publishedAtInvalid', line, `published_at '${shown(value)}' is not an instant (like 2026-11-24T09:30:00Z)`, {
          field: 'publishedAt',
          params: { value: shown(value) },
        }),
  );
  const url = readCell(liveUrl, line, (value) =>
    isHttpsUrl(value)
      ? null
      : problem(
          'row.liveUrlInvalid',
          line,
          value.length > MAX_LIVE_URL
            ? `live_url is longer than ${MAX_LIVE_URL} characters`
            : `live_url '${shown(value)}' is not an https:// address`,
          { field: 'liveUrl', params: { value: shown(value) } },
        ),
  );
  const errors = [at, url].flatMap((r) => (r.ok ? [] : [r.error]));
  if (errors.length > 0 || !at.ok || !url.ok) return { ok: false, errors };
  return {
    ok: true,
    value: { ...(at.value !== undefined ? { publishedAt: at.value } : {}), ...(url.value !== undefined ? { liveUrl: url.value } : {}) },
  };
};
