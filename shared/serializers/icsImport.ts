/**
 * iCalendar import with ical.js, back to posts in one client's wall time.
 *
 * TRAP (dates): DTSTART may be UTC (…Z), carry a TZID (IANA, or a name defined by a VTIMEZONE in the
 * file, as Outlook writes), be floating (no zone: read as the client's wall time) or be a DATE
 * (all-day → untimed post). A zone defined in the file is read by icsZone.ts, not by ical.js (which
 * gets times in its daylight-saving gap and overlap wrong), so its gaps and overlaps follow RFC 5545 as
 * IANA zones do; a Windows name the file does not define is read as its IANA zone (windowsZones.ts).
 * Instants are converted to the CLIENT's zone. A Cadence export also carries X-CADENCE-LOCAL/-TZ:
 * when the zone is the client's and the hint still matches DTSTART (no other app moved the event),
 * the wall time is taken from it, so 02:30 inside a DST gap comes back as 02:30.
 * Seconds are dropped. DTEND/DURATION are ignored (posts have no length).
 * TRAP (parsing): ical.js is lenient and throws bare exceptions; icsScan.ts checks structure first and
 * each event is parsed alone, so a broken event gives one readable error with its line.
 */
import ICAL from 'ical.js';
import { isDay, isTimeZone } from '../dates';
import { buildPost } from './postFields';
import { isContentLine, scanIcs } from './icsScan';
import type { ContentLine, IcsBlock } from './icsScan';
import type { Pillar } from '../model/pillars';
import { readPublishCells } from './publishCells';
import { readApprovalCells } from './approvalCells';
import { ICS_UID_DOMAIN, unescapeText, unescapeTextList } from './icsText';
import type { ImportDefaults, ImportError, ImportedPost } from './types';
import { problem } from './types';
import { CHANNEL_VALUES, FORMAT_VALUES, normaliseKey } from './values';
import { utcToWall, wallToUtc, wallToUtcWith } from './wallTime';
import type { OffsetAt } from './wallTime';
import { vtimezoneOffsets } from './icsZone';
import { ianaForWindowsZone } from './windowsZones';

export type FromIcsOptions = {
  /** The client the posts are imported into (every post gets this clientId). */
  clientId: string;
  /** That client's IANA zone: instants become wall times there. */
  timeZone: string;
  /** For events without X-CADENCE-* fields; channel also falls back to CATEGORIES. */
  defaults?: ImportDefaults;
  /**
   * That client's pillars (resolvePillars): an X-CADENCE-PILLAR must name one, else the event is
   * refused. Left out: the name is kept in `pillarName`, unmatched, for the caller to match.
   */
  pillars?: readonly Pillar[];
};

/** Posts that read, errors for events that did not (skipped), warnings for events imported with a caveat. */
export type IcsImport = { posts: ImportedPost[]; errors: ImportError[]; warnings: ImportError[] };

type Component = InstanceType<typeof ICAL.Component>;
type Zones = Map<string, OffsetAt>;
type Start = { date: string; time: string | null; instant: Date | null };
type EventResult = { ok: true; post: ImportedPost } | { ok: false; errors: ImportError[] } | { ok: 'skip' };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 200);
const short = (value: string): string => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

const parseBlock = (block: IcsBlock): Component => {
  const body = block.lines.map((l) => l.text).join('\r\n');
  const root = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${body}\r\nEND:VCALENDAR\r\n`));
  const inner = root.getFirstSubcomponent(block.name.toLowerCase());
  if (!inner) throw new Error(`no ${block.name}`);
  return inner;
};

/** The first line of a block that ical.js refuses on its own, to point at it. */
const badLine = (lines: ContentLine[]): ContentLine | undefined =>
  lines.find((l) => {
    if (/^(BEGIN|END):/i.test(l.text)) return false;
    try {
      ICAL.parse.property(l.text);
      return false;
    } catch {
      return true;
    }
  });

/** Raw jCal value of a property (ical.js gives dates as 'YYYY-MM-DDTHH:MM:SS[Z]'). */
const rawValue = (comp: Component, name: string): { type: string; value: string; tzid: string | null } | null => {
  const prop = comp.getFirstProperty(name);
  if (!prop) return null;
  const jcal = prop.toJSON() as unknown[];
  const tzid = prop.getFirstParameter('tzid');
  return {
    type: prop.type,
    value: String(jcal[3] ?? ''),
    tzid: typeof tzid === 'string' && tzid !== '' ? tzid : null,
  };
};

/** Text of a property: ical.js unescapes known TEXT properties, X- properties come raw. */
const text = (comp: Component, name: string): string | undefined => {
  const raw = rawValue(comp, name);
  if (!raw) return undefined;
  return raw.type === 'unknown' ? unescapeText(raw.value) : raw.value;
};

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$/;

const fromInstant = (instant: Date, timeZone: string): Start => {
  const wall = utcToWall(instant, timeZone);
  return { date: wall.day, time: wall.time, instant };
};

/** DTSTART as the client's wall day and time; a string when it cannot be read ('noStart' when absent). */
const resolveStart = (comp: Component, zones: Zones, timeZone: string, warn: (tzid: string) => void): Start | string => {
  const raw = rawValue(comp, 'dtstart');
  if (!raw) return 'noStart';
  if (raw.type === 'date') return isDay(raw.value) ? { date: raw.value, time: null, instant: null } : raw.value;
  const match = DATE_TIME.exec(raw.value);
  if (raw.type !== 'date-time' || !match) return raw.value;
  const [, day = '', hh = '', mm = '', ss = '', z] = match;
  if (!isDay(day) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 60) return raw.value;
  const time = `${hh}:${mm}`;
  if (z === 'Z') return fromInstant(new Date(`${day}T${time}:00Z`), timeZone);
  const tzid = raw.tzid;
  if (tzid === null || tzid === timeZone) return { date: day, time, instant: null };
  if (isTimeZone(tzid)) return fromInstant(wallToUtc(day, time, tzid).instant, timeZone);
  const zone = zones.get(tzid);
  if (zone) return fromInstant(wallToUtcWith(day, time, zone).instant, timeZone);
  const windows = ianaForWindowsZone(tzid);
  if (windows !== null && isTimeZone(windows)) return fromInstant(wallToUtc(day, time, windows).instant, timeZone);
  warn(tzid);
  return { date: day, time, instant: null };
};

/** Wall time from a Cadence export's X-CADENCE-LOCAL, when it is for this zone and agrees with DTSTART. */
const cadenceWall = (comp: Component, start: Start, timeZone: string): Start => {
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(text(comp, 'x-cadence-local') ?? '');
  if (!local || start.instant === null || text(comp, 'x-cadence-tz') !== timeZone) return start;
  const [, day = '', time = ''] = local;
  if (!isDay(day) || Number(time.slice(0, 2)) > 23 || Number(time.slice(3)) > 59) return start;
  const agrees = wallToUtc(day, time, timeZone).instant.getTime() === start.instant.getTime();
  return agrees ? { ...start, date: day, time } : start;
};

const categories = (comp: Component): string[] =>
  comp.getAllProperties('categories').flatMap((prop) => prop.getValues().map((v: unknown) => String(v)));

const firstKnown = (values: string[], table: ReadonlyMap<string, string>): string | undefined =>
  values.find((v) => table.has(normaliseKey(v)));

/** Where a DTSTART that cannot be read is, and its value as written (ical.js has reshaped it). */
const startProblem = (block: IcsBlock, fallback: string): ImportError => {
  const own = block.lines.find((l) => /^DTSTART[;:]/i.test(l.text));
  const value = short(own ? own.text.slice(own.text.lastIndexOf(':') + 1) : fallback);
  return problem('ics.badStart', own?.line ?? block.line, `start '${value}' is not a real date or time`, { params: { value } });
};

const readEvent = (block: IcsBlock, zones: Zones, options: FromIcsOptions, warnings: ImportError[]): EventResult => {
  const line = block.line;
  const fail = (error: ImportError): EventResult => ({ ok: false, errors: [error] });
  const broken = block.lines.find((l) => !isContentLine(l.text));
  if (broken) {
    return fail(problem('ics.badLine', broken.line, `'${short(broken.text)}' is not an iCalendar line (NAME:value)`));
  }
  let comp: Component;
  try {
    comp = parseBlock(block);
  } catch (error) {
    const detail = message(error);
    const where = badLine(block.lines)?.line ?? line;
    return fail(problem('ics.eventUnreadable', where, `this event cannot be read (${detail})`, { params: { detail } }));
  }
  const title = text(comp, 'summary') ?? '';
  if ((text(comp, 'status') ?? '').toUpperCase() === 'CANCELLED') {
    warnings.push(problem('ics.cancelledSkipped', line, `cancelled event '${short(title)}' was not imported`, { params: { title } }));
    return { ok: 'skip' };
  }
  const warn = (timeZone: string) =>
    warnings.push(
      problem('ics.unknownTimeZone', line, `unknown time zone '${short(timeZone)}': the time was kept as written`, {
        params: { timeZone },
      }),
    );
  let start: Start | string;
  try {
    start = resolveStart(comp, zones, options.timeZone, warn);
  } catch (error) {
    start = message(error);
  }
  if (start === 'noStart') return fail(problem('ics.noStart', line, `event '${short(title)}' has no start (DTSTART)`));
  if (typeof start === 'string') return fail(startProblem(block, start));
  start = cadenceWall(comp, start, options.timeZone);
  if (comp.hasProperty('rrule') || comp.hasProperty('rdate')) {
    const note = `'${short(title)}' repeats: only its first date was imported`;
    warnings.push(problem('ics.recurrenceIgnored', line, note, { params: { title } }));
  }
  const cats = categories(comp);
  const pillarName = text(comp, 'x-cadence-pillar');
  const evergreenWeeks = text(comp, 'x-cadence-evergreen');
  const lastUsedText = text(comp, 'x-cadence-evergreen-last-used')?.trim() ?? '';
  if (lastUsedText !== '' && !isDay(lastUsedText)) {
    const value = short(lastUsedText);
    return fail(problem('row.evergreenInvalid', line, `evergreen last used '${value}' is not a day (yyyy-MM-dd)`, { field: 'evergreen', params: { value } }));
  }
  // Cadence's own properties only: a foreign calendar's URL is often a meeting link, not the live post.
  const published = readPublishCells(text(comp, 'x-cadence-published-at'), text(comp, 'x-cadence-live-url'), line);
  if (!published.ok) return published;
  const approval = readApprovalCells(text(comp, 'x-cadence-approval'), text(comp, 'x-cadence-changed-after-review'), line, {
    state: 'X-CADENCE-APPROVAL',
    changed: 'X-CADENCE-CHANGED-AFTER-REVIEW',
  });
  if (!approval.ok) return approval;
  const firstComment = text(comp, 'x-cadence-first-comment');
  const built = buildPost(
    {
      clientId: options.clientId,
      title,
      caption: text(comp, 'description') ?? '',
      notes: text(comp, 'x-cadence-notes') ?? '',
      firstComment,
      date: start.date,
      time: start.time,
      tags: tagList(comp),
      channel: text(comp, 'x-cadence-channel') ?? firstKnown(cats, CHANNEL_VALUES),
      format: text(comp, 'x-cadence-format') ?? firstKnown(cats, FORMAT_VALUES),
      tone: text(comp, 'x-cadence-tone'),
      intent: text(comp, 'x-cadence-intent'),
      invites: text(comp, 'x-cadence-invites'),
      status: text(comp, 'x-cadence-status'),
      intentSource: text(comp, 'x-cadence-intent-source'),
      participationSource: text(comp, 'x-cadence-invites-source'),
      order: text(comp, 'x-cadence-order'),
      series: text(comp, 'x-cadence-series'),
      pillar: pillarName,
      evergreenWeeks,
      evergreenLastUsed: lastUsedText === '' ? null : lastUsedText,
    },
    options.defaults ?? {},
    line,
    options.pillars,
  );
  if (!built.ok) return built;
  const uid = text(comp, 'uid') ?? null;
  const suffix = `@${ICS_UID_DOMAIN}`;
  const ours = uid !== null && uid.endsWith(suffix) && uid.length > suffix.length;
  return {
    ok: true,
    post: {
      line,
      sourceId: ours ? uid.slice(0, -suffix.length) : null,
      uid,
      sourceClientId: text(comp, 'x-cadence-client') ?? null,
      clientName: null,
      createdAt: null,
      updatedAt: null,
      ...(pillarName !== undefined ? { pillarName: built.pillarName } : {}),
      evergreenGiven: evergreenWeeks !== undefined || lastUsedText !== '',
      ...published.value,
      // Cadence writes the property only when there is a first comment: its own event without one
      // (X-CADENCE-STATUS is on every one) says "none"; another app's says nothing, and an update keeps it.
      firstCommentGiven: firstComment !== undefined || text(comp, 'x-cadence-status') !== undefined,
      ...(approval.value !== undefined ? { approval: approval.value } : {}),
      post: built.post,
    },
  };
};

const tagList = (comp: Component): string[] => {
  const raw = rawValue(comp, 'x-cadence-tags');
  if (!raw) return [];
  return raw.type === 'unknown' ? unescapeTextList(raw.value) : raw.value.split(',').filter((t) => t !== '');
};

const readZones = (blocks: IcsBlock[]): Zones => {
  const zones: Zones = new Map();
  for (const block of blocks) {
    try {
      const comp = parseBlock(block);
      const tzid = comp.getFirstPropertyValue('tzid');
      const offsets = vtimezoneOffsets(comp);
      if (typeof tzid === 'string' && tzid !== '' && offsets) zones.set(tzid, offsets);
    } catch {
      // A broken VTIMEZONE only matters to events that use it: they keep their wall time, with a warning.
    }
  }
  return zones;
};

/**
 * Posts from an iCalendar text. Never throws: a file that cannot be read gives one error, an event
 * that cannot be read gives an error with its line and is skipped, the others are imported.
 */
export const fromIcs = (input: string, options: FromIcsOptions): IcsImport => {
  const warnings: ImportError[] = [];
  if (!isTimeZone(options.timeZone)) {
    const error = problem('ics.timeZoneInvalid', undefined, `'${short(options.timeZone)}' is not a time zone`, {
      params: { timeZone: options.timeZone },
    });
    return { posts: [], errors: [error], warnings };
  }
  try {
    const scan = scanIcs(input);
    if (!scan.ok) return { posts: [], errors: [scan.error], warnings };
    const zones = readZones(scan.timeZones);
    const posts: ImportedPost[] = [];
    const errors: ImportError[] = [...scan.errors];
    for (const block of scan.events) {
      const result = readEvent(block, zones, options, warnings);
      if (result.ok === true) posts.push(result.post);
      else if (result.ok === false) errors.push(...result.errors);
    }
    errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { posts, errors, warnings };
  } catch (error) {
    // Defensive: nothing above should throw, but a library surprise must not reach the caller raw.
    const detail = message(error);
    return {
      posts: [],
      errors: [problem('ics.unreadable', undefined, `the file cannot be read (${detail})`, { params: { detail } })],
      warnings,
    };
  }
};
