import { z } from 'zod';

/**
 * A post's published instant and its live link, checked the same way wherever they come in (the
 * Mark published form, CSV and ICS imports, backups). Pure string checks: shared/ has no URL class.
 */

export const MAX_LIVE_URL = 2000;

// An ISO 8601 instant with its offset, as Date#toISOString writes it or as a person types it back.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real instant like 2026-11-24T09:30:00.000Z or 2026-11-24T10:30+01:00. */
export const isIsoInstant = (value: string): boolean => {
  const m = ISO_INSTANT.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || h! > 23 || mi! > 59 || (s ?? 0) > 59) return false;
  const last = new Date(Date.UTC(y!, mo!, 0)).getUTCDate();
  return d! <= last && !Number.isNaN(Date.parse(value));
};

// https://host[:port][/path][?query][#fragment]; a host of letters, digits, dots and dashes (IDN as
// punycode) or a bracketed IPv6; no spaces, no credentials (user@host hides where a link really goes).
const HTTPS_URL = /^https:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:[/?#][^\s@]*)?$/i;

/** An https address a person could open: no other scheme (javascript:, http:, file:), no spaces. */
export const isHttpsUrl = (value: string): boolean => value.length <= MAX_LIVE_URL && HTTPS_URL.test(value);

export const PublishedAtSchema = z.string({ error: 'errors.publishedAtInvalid' }).refine(isIsoInstant, { error: 'errors.publishedAtInvalid' });

export const LiveUrlSchema = z
  .string({ error: 'errors.liveUrlInvalid' })
  .max(MAX_LIVE_URL, { error: 'errors.liveUrlTooLong' })
  .refine(isHttpsUrl, { error: 'errors.liveUrlInvalid' });
