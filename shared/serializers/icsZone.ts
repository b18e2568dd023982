/**
 * A zone defined inside an ICS file (VTIMEZONE, as Outlook writes for "Romance Standard Time",
 * "Eastern Standard Time"…) as its UTC offset at each instant, for wallTime.ts's `wallToUtcWith`.
 *
 * TRAP: ical.js resolves wall times in a VTIMEZONE against RFC 5545 §3.3.5 around its changes. A time
 * in the spring-forward gap gets the offset AFTER the gap (Paris 02:30 on 2027-03-28 → 00:30Z, shown
 * as 01:30 instead of 03:30) and a doubled time in the fall-back overlap gets its SECOND occurrence
 * (Paris 02:30 on 2027-10-31 → 01:30Z instead of 00:30Z); its UTC → zone conversion reads the UTC
 * clock as a wall time, with the same faults. So only ical.js's parsing is used here: each STANDARD /
 * DAYLIGHT's DTSTART, RRULE and RDATE are expanded into instants (their times are wall times in
 * TZOFFSETFROM), the offset at an instant is the TZOFFSETTO of the latest change at or before it, and
 * wallTime.ts applies the same gap/overlap rule as for IANA zones.
 */
import ICAL from 'ical.js';
import { subMinutes } from 'date-fns';
import type { OffsetAt } from './wallTime';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Recur = InstanceType<typeof ICAL.Recur>;

/** One change of offset: at an instant (ms since the epoch), from one offset to another (minutes). */
type Change = { at: number; from: number; to: number };
/** One STANDARD or DAYLIGHT part of the zone, ready to expand. */
type Part = { start: Time; from: number; to: number; rule: Recur | null; dates: Time[] };

/** A rule expanded past this many changes is not a real zone's (one a year from 1601 to 9999 is ~8,400). */
const MAX_CHANGES_PER_PART = 10_000;

const minutes = (value: unknown): number | null =>
  value instanceof ICAL.UtcOffset ? Math.round(value.toSeconds() / 60) : null;

/** The instant of a change written at `time`: a wall time in `from` unless it is UTC. */
const instantOf = (time: Time, from: number): number => {
  const pseudo = new Date(Date.UTC(2000, 0, 1, time.hour, time.minute, time.second));
  pseudo.setUTCFullYear(time.year, time.month - 1, time.day); // years 0–99 are not moved to 19xx
  return time.zone === ICAL.Timezone.utcTimezone ? pseudo.getTime() : subMinutes(pseudo, from).getTime();
};

const readPart = (sub: Component): Part | null => {
  const start = sub.getFirstPropertyValue('dtstart');
  const from = minutes(sub.getFirstPropertyValue('tzoffsetfrom'));
  const to = minutes(sub.getFirstPropertyValue('tzoffsetto'));
  if (!(start instanceof ICAL.Time) || start.isDate || from === null || to === null) return null;
  const value = sub.getFirstPropertyValue('rrule');
  let rule: Recur | null = null;
  if (value instanceof ICAL.Recur) {
    rule = value.clone();
    // A UTC UNTIL is compared with the floating occurrences: make it a wall time in `from` too.
    if (rule.until && rule.until.zone === ICAL.Timezone.utcTimezone) {
      rule.until.adjust(0, 0, 0, from * 60);
      rule.until.zone = ICAL.Timezone.localTimezone;
    }
  }
  const dates = sub
    .getAllProperties('rdate')
    .flatMap((prop) => prop.getValues())
    .map((v: unknown) => (v instanceof ICAL.Period ? v.start : v))
    .filter((v: unknown): v is Time => v instanceof ICAL.Time)
    .map((t) => (t.isDate ? ICAL.Time.fromData({ year: t.year, month: t.month, day: t.day, hour: start.hour, minute: start.minute, second: start.second }) : t));
  return { start, from, to, rule, dates };
};

/** Every change of a part whose wall time falls before `untilYear` ends. */
const expand = (part: Part, untilYear: number): Change[] => {
  const change = (time: Time): Change => ({ at: instantOf(time, part.from), from: part.from, to: part.to });
  const out = part.dates.filter((t) => t.year <= untilYear).map(change);
  if (!part.rule) {
    if (part.dates.length === 0 && part.start.year <= untilYear) out.push(change(part.start));
    return out;
  }
  const iterator = part.rule.iterator(part.start);
  for (let occurrence = iterator.next(); occurrence && out.length < MAX_CHANGES_PER_PART; occurrence = iterator.next()) {
    if (occurrence.year > untilYear) break;
    out.push(change(occurrence));
  }
  return out;
};

/** The offset in force at `at`: the latest change at or before it, else the first change's FROM. */
const offsetIn = (changes: Change[], at: number): number => {
  let low = 0;
  let high = changes.length; // first change after `at` is found in [low, high)
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((changes[mid] as Change).at <= at) low = mid + 1;
    else high = mid;
  }
  const before = changes[low - 1];
  return before ? before.to : (changes[0] as Change).from;
};

/**
 * The offsets of a parsed VTIMEZONE, or null when it defines no change that can be read (then the
 * events that use it are imported as written, with a warning). Changes are expanded lazily, up to
 * 50 years past the latest instant asked about, so a zone starting in 1601 costs ~480 steps per part,
 * once for a whole calendar's dates rather than again for each later year.
 */
export const vtimezoneOffsets = (zone: Component): OffsetAt | null => {
  const parts = zone
    .getAllSubcomponents()
    .filter((sub) => sub.name === 'standard' || sub.name === 'daylight')
    .map(readPart)
    .filter((part): part is Part => part !== null);
  if (parts.length === 0) return null;
  let changes: Change[] = [];
  let coveredYear = -Infinity;
  const cover = (year: number) => {
    if (year <= coveredYear) return;
    coveredYear = year + 50;
    changes = parts.flatMap((part) => expand(part, coveredYear)).sort((a, b) => a.at - b.at);
  };
  // Before its first change a zone has that change's FROM offset.
  const first = parts.reduce((a, b) => (instantOf(b.start, b.from) < instantOf(a.start, a.from) ? b : a));
  return (instant: Date) => {
    cover(instant.getUTCFullYear() + 1);
    return changes.length === 0 ? first.from : offsetIn(changes, instant.getTime());
  };
};
