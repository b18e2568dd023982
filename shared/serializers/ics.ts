/**
 * iCalendar (RFC 5545) export of a content calendar, written by hand: the `ics` package folds by
 * characters (not octets) and ical-generator writes wall times under a foreign TZID.
 *
 * TRAP (dates): a post's day and time are wall time in ITS CLIENT's zone. Timed posts are written as
 * UTC instants (DTSTART:…Z) so every calendar app places them right; a wall time inside a
 * daylight-saving gap is read with the offset before the gap (RFC 5545: Paris 02:30 on 2026-03-29 →
 * 01:30Z = 03:30 CEST), a doubled one as its first occurrence (see wallTime.ts). The exact wall time
 * and zone also go in X-CADENCE-LOCAL / X-CADENCE-TZ so a Cadence re-import gives back 02:30.
 * Untimed posts are all-day events: DTSTART;VALUE=DATE and an EXCLUSIVE DTEND (the next day).
 * TRAP (lines): CRLF, folded at 75 octets, TEXT escaped: see icsText.ts.
 *
 * Each dated post is one VEVENT (undated ideas are left out):
 *   UID `<post id>@cadence.local` (stable: re-exporting updates events rather than duplicating them),
 *   DTSTAMP (options.now, UTC), DTSTART/DTEND (timed: start + 30 min by default), SUMMARY (title),
 *   DESCRIPTION (the caption, exactly, hashtags and all: notes are internal and go in X-CADENCE-NOTES),
 *   CATEGORIES (channel, format), TRANSP:TRANSPARENT (posts do not make anyone busy), and
 *   X-CADENCE-CLIENT, -CHANNEL, -FORMAT, -TONE, -INTENT, -INTENT-SOURCE, -INVITES, -INVITES-SOURCE,
 *   -STATUS, -TAGS, -NOTES, -ORDER, -SERIES, -PILLAR (the pillar's NAME, as the CSV writes it), -EVERGREEN
 *   (weeks) and -EVERGREEN-LAST-USED (day), -PUBLISHED-AT (ISO instant) and -LIVE-URL (the live post's
 *   https link; not URL, which other calendars use for meeting links), -FIRST-COMMENT, -APPROVAL (the
 *   review's state) and -CHANGED-AFTER-REVIEW (TRUE, only when so), -TZ, -LOCAL so that fromIcs gives
 *   the post back whole (the review's comments excepted: see approvalCells.ts).
 * The first comment is NOT added to DESCRIPTION, though a calendar app shows nothing else: DESCRIPTION
 * is what someone copies from their calendar to publish, and a first comment pasted with the caption
 * is the very mistake the field exists to avoid; and an import reads DESCRIPTION back as the caption,
 * so a first comment appended to it would have to be cut off again by a marker that any calendar app
 * editing the event may reword or translate. The publish helper copies the first comment on its own.
 */
import { addMinutes } from 'date-fns';
import { compareTimes, shiftDay } from '../dates';
import type { Client } from '../model/client';
import type { Post } from '../model/post';
import { CRLF, ICS_UID_DOMAIN, escapeText, escapeTextList, foldLine } from './icsText';
import type { Pillar } from '../model/pillars';
import { pillarNameOf, pillarsByClient } from './pillarCells';
import type { ClientLookup } from './types';
import { findClient } from './types';
import { icsUtc, wallToUtc } from './wallTime';

export { fromIcs } from './icsImport';
export type { FromIcsOptions, IcsImport } from './icsImport';
export { validateIcsLines } from './icsText';
export type { IcsLineIssue } from './icsText';

export { ICS_UID_DOMAIN };
export const DEFAULT_PROD_ID = '-//Cadence//Content calendar//EN';
export const DEFAULT_DURATION_MINUTES = 30;

export type ToIcsOptions = {
  /** DTSTAMP of every event; passed in so the same posts always give the same file. */
  now: Date;
  prodId?: string;
  /** Written as X-WR-CALNAME, the name most apps show for an imported calendar. */
  calendarName?: string;
  /** Length of timed events, in minutes (default 30). */
  durationMinutes?: number;
  /** Write a pillar its client does not have as it is (see ToCsvOptions.keepUnknownPillars). */
  keepUnknownPillars?: boolean;
};

type EventContext = { client: Client; pillars: readonly Pillar[] | undefined; stamp: string; minutes: number; keepUnknownPillars: boolean };

const icsDate = (day: string): string => day.replaceAll('-', '');
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const eventLines = (post: Post & { date: string }, { client, pillars, stamp, minutes, keepUnknownPillars }: EventContext): string[] => {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(`${post.id}@${ICS_UID_DOMAIN}`)}`, `DTSTAMP:${stamp}`];
  if (post.time === null) {
    lines.push(`DTSTART;VALUE=DATE:${icsDate(post.date)}`, `DTEND;VALUE=DATE:${icsDate(shiftDay(post.date, 1))}`);
  } else {
    const { instant } = wallToUtc(post.date, post.time, client.timeZone);
    lines.push(`DTSTART:${icsUtc(instant)}`, `DTEND:${icsUtc(addMinutes(instant, minutes))}`);
  }
  lines.push(`SUMMARY:${escapeText(post.title)}`);
  if (post.caption !== '') lines.push(`DESCRIPTION:${escapeText(post.caption)}`);
  lines.push(
    `CATEGORIES:${escapeTextList([post.channel, post.format])}`,
    'TRANSP:TRANSPARENT',
    `X-CADENCE-CLIENT:${escapeText(post.clientId)}`,
    `X-CADENCE-CHANNEL:${post.channel}`,
    `X-CADENCE-FORMAT:${post.format}`,
    `X-CADENCE-TONE:${post.tone}`,
    `X-CADENCE-INTENT:${post.intent}`,
    `X-CADENCE-INTENT-SOURCE:${post.intentSource}`,
    `X-CADENCE-INVITES:${post.invitesParticipation ? 'TRUE' : 'FALSE'}`,
    `X-CADENCE-INVITES-SOURCE:${post.participationSource}`,
    `X-CADENCE-STATUS:${post.status}`,
  );
  if (post.tags.length > 0) lines.push(`X-CADENCE-TAGS:${escapeTextList(post.tags)}`);
  if (post.notes !== '') lines.push(`X-CADENCE-NOTES:${escapeText(post.notes)}`);
  if (post.order !== null) lines.push(`X-CADENCE-ORDER:${escapeText(post.order)}`);
  if (post.series !== null) lines.push(`X-CADENCE-SERIES:${escapeText(JSON.stringify(post.series))}`);
  const pillar = pillarNameOf(post, pillars, keepUnknownPillars);
  if (pillar !== '') lines.push(`X-CADENCE-PILLAR:${escapeText(pillar)}`);
  if (post.evergreen !== null) {
    lines.push(`X-CADENCE-EVERGREEN:${post.evergreen.everyWeeks}`);
    if (post.evergreen.lastUsed !== null) lines.push(`X-CADENCE-EVERGREEN-LAST-USED:${post.evergreen.lastUsed}`);
  }
  if (post.publishedAt) lines.push(`X-CADENCE-PUBLISHED-AT:${escapeText(post.publishedAt)}`);
  if (post.liveUrl) lines.push(`X-CADENCE-LIVE-URL:${escapeText(post.liveUrl)}`);
  if (post.firstComment) lines.push(`X-CADENCE-FIRST-COMMENT:${escapeText(post.firstComment)}`);
  if (post.approval) {
    lines.push(`X-CADENCE-APPROVAL:${post.approval.state}`);
    if (post.approval.changedAfterReview) lines.push('X-CADENCE-CHANGED-AFTER-REVIEW:TRUE');
  }
  if (post.time !== null) {
    lines.push(`X-CADENCE-TZ:${escapeText(client.timeZone)}`, `X-CADENCE-LOCAL:${post.date}T${post.time}`);
  }
  lines.push('END:VEVENT');
  return lines;
};

/**
 * The posts as an iCalendar file (a string with CRLF line ends; write it as UTF-8 without a BOM).
 * Events are ordered by day, then time (all-day first), then id. Throws if a dated post's client is
 * not in `clients`: its time zone is needed to place it, and guessing would move it silently.
 */
export const toIcs = (posts: readonly Post[], clients: ClientLookup, options: ToIcsOptions): string => {
  const stamp = icsUtc(options.now);
  const minutes = options.durationMinutes ?? DEFAULT_DURATION_MINUTES;
  const pillarsOf = pillarsByClient(clients);
  const keepUnknownPillars = options.keepUnknownPillars ?? false;
  const dated = posts
    .filter((p): p is Post & { date: string } => p.date !== null)
    .sort((a, b) => cmp(a.date, b.date) || compareTimes(a.time, b.time) || cmp(a.id, b.id));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId ?? DEFAULT_PROD_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.calendarName !== undefined) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  for (const post of dated) {
    const client = findClient(clients, post.clientId);
    if (!client) throw new Error(`toIcs: post "${post.id}" belongs to client "${post.clientId}", which was not given`);
    lines.push(...eventLines(post, { client, pillars: pillarsOf(client.id), stamp, minutes, keepUnknownPillars }));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
};
