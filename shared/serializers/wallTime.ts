/**
 * Wall time in a client's zone ⇄ UTC instants, for the calendar formats (ICS) that need instants.
 *
 * TRAP: around daylight-saving changes a wall time can be missing or doubled.
 * - GAP (spring forward: 02:30 on 2026-03-29 in Europe/Paris, 2026-03-08 in America/New_York does not
 *   exist): the time is read with the UTC offset in force BEFORE the gap, as RFC 5545 §3.3.5 says.
 *   Paris 02:30 → 01:30Z, which is 03:30 CEST. Converting back gives 03:30, so the ICS export also
 *   writes the wall time itself (X-CADENCE-LOCAL) to come back as 02:30 when re-imported.
 * - OVERLAP (fall back: 02:30 on 2026-10-25 in Paris, 01:30 on 2026-11-01 in New York happen twice):
 *   the FIRST occurrence is used (RFC 5545 §3.3.5), i.e. the daylight-saving offset.
 * TZDate's own constructor is not used to resolve these: it picks the second occurrence in Paris but
 * the first in New York. Offsets come from @date-fns/tz (`tzOffset`); calendar days are never moved
 * by adding milliseconds. The same rule serves zones defined inside an ICS file (VTIMEZONE, see
 * icsZone.ts) through `wallToUtcWith`, which takes the zone as its offset at each instant.
 */
import { addHours, format, subMinutes } from 'date-fns';
import { TZDate, tzOffset } from '@date-fns/tz';
import type { Day } from '../dates';

export type WallResolution = 'exact' | 'gap' | 'overlap';

const pseudoUtc = (day: Day, time: string): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const date = new Date(Date.UTC(2000, 0, 1, hh, mm));
  date.setUTCFullYear(y, m - 1, d); // setUTCFullYear: years 0–99 are not moved to 19xx
  return date;
};

/** A zone as the UTC offset, in minutes east of UTC, in force at each instant. */
export type OffsetAt = (instant: Date) => number;

/**
 * The UTC instant of a wall time (`yyyy-MM-dd`, `HH:mm`) in any zone given by its offsets, and
 * whether it fell in a gap or an overlap (see the module comment for the rule). Assumes the zone's
 * changes are more than 36 hours apart, as every real zone's are.
 */
export const wallToUtcWith = (day: Day, time: string, offsetAt: OffsetAt): { instant: Date; resolution: WallResolution } => {
  // The wall clock read as if it were UTC; the real instant is that minus the zone's offset then.
  const pseudo = pseudoUtc(day, time);
  const offsetBefore = offsetAt(addHours(pseudo, -36));
  const offsets = new Set([offsetBefore, offsetAt(pseudo), offsetAt(addHours(pseudo, 36))]);
  const matches = [...offsets]
    .map((offset) => ({ offset, instant: subMinutes(pseudo, offset) }))
    .filter(({ offset, instant }) => offsetAt(instant) === offset)
    .map(({ instant }) => instant)
    .sort((a, b) => a.getTime() - b.getTime());
  const first = matches[0];
  if (first) return { instant: first, resolution: matches.length > 1 ? 'overlap' : 'exact' };
  return { instant: subMinutes(pseudo, offsetBefore), resolution: 'gap' };
};

/** `wallToUtcWith` for an IANA zone. */
export const wallToUtc = (day: Day, time: string, timeZone: string): { instant: Date; resolution: WallResolution } =>
  wallToUtcWith(day, time, (instant) => tzOffset(timeZone, instant));

/** The wall day and `HH:mm` time of an instant in an IANA zone (seconds are dropped). */
export const utcToWall = (instant: Date, timeZone: string): { day: Day; time: string } => {
  const local = new TZDate(instant.getTime(), timeZone);
  return { day: format(local, 'yyyy-MM-dd'), time: format(local, 'HH:mm') };
};

/** `YYYYMMDDTHHMMSSZ`, an RFC 5545 UTC date-time. */
export const icsUtc = (instant: Date): string => {
  const iso = instant.toISOString(); // 2026-03-29T01:30:00.000Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
};
