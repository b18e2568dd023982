// ICS import of zones defined inside the file, as Outlook writes them (Windows names, VTIMEZONE with
// yearly rules from 1601): times in the daylight-saving gap and overlap must follow RFC 5545 §3.3.5
// exactly as IANA zones do — a gap time moves forward by the gap, a doubled time is its FIRST
// occurrence. ical.js alone gets both wrong (gap 02:30 Paris → 01:30, overlap → second occurrence).
// Results are read in a UTC client, where the post's wall time IS the instant.
import { describe, expect, it } from 'vitest';
import { fromIcs } from '../../../shared/serializers/ics';
import { PARIS } from './fixtures';

const OUTLOOK_PARIS = [
  'BEGIN:VTIMEZONE',
  'TZID:Romance Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];
const OUTLOOK_NEW_YORK = [
  'BEGIN:VTIMEZONE',
  'TZID:Eastern Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

/** An Outlook-shaped calendar: its header, the zones, then one event per start. */
const outlook = (zones: string[], starts: string[]): string =>
  [
    'BEGIN:VCALENDAR',
    'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    'VERSION:2.0',
    'METHOD:PUBLISH',
    'X-MS-OLK-FORCEINSPECTOROPEN:TRUE',
    ...zones,
    ...starts.flatMap((start, i) => [
      'BEGIN:VEVENT',
      'CLASS:PUBLIC',
      'CREATED:20270101T090000Z',
      `DTSTART;${start}`,
      'DTSTAMP:20270101T090000Z',
      'PRIORITY:5',
      'SEQUENCE:0',
      `SUMMARY;LANGUAGE=en-us:event ${i}`,
      'TRANSP:OPAQUE',
      `UID:040000008200E00074C5B7101A82E0080000000${i}`,
      'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
    '',
  ].join('\r\n');

const into = (timeZone: string) => ({ clientId: PARIS.id, timeZone, defaults: { channel: 'linkedin' as const } });

/** Each start as `yyyy-MM-dd HH:mm` in the client's zone; fails loudly on any error or warning. */
const imported = (text: string, timeZone = 'UTC'): string[] => {
  const { posts, errors, warnings } = fromIcs(text, into(timeZone));
  expect(errors).toEqual([]);
  expect(warnings).toEqual([]);
  return posts.map((p) => `${p.post.date} ${p.post.time}`);
};

/** `TZID=…:yyyyMMddTHHmm00` for a wall time written `yyyy-MM-dd HH:mm`. */
const at = (tzid: string, wall: string): string => `TZID=${tzid}:${wall.replace(/[-:]/g, '').replace(' ', 'T')}00`;

describe('ICS zones defined by an Outlook file (Windows names)', () => {
  it('Paris ("Romance Standard Time"): spring gap moves forward, fall overlap is the first occurrence', () => {
    const cases: [string, string][] = [
      ['2027-01-15 12:00', '2027-01-15 11:00'], // ordinary winter time, CET
      ['2027-03-28 01:59', '2027-03-28 00:59'], // just before the gap
      ['2027-03-28 02:00', '2027-03-28 01:00'], // gap: 03:00 CEST
      ['2027-03-28 02:30', '2027-03-28 01:30'], // gap: 03:30 CEST (the issue: was 00:30Z, shown 01:30)
      ['2027-03-28 03:00', '2027-03-28 01:00'], // just after the gap
      ['2027-03-28 03:30', '2027-03-28 01:30'],
      ['2027-07-15 12:00', '2027-07-15 10:00'], // ordinary summer time, CEST
      ['2027-10-31 01:59', '2027-10-30 23:59'], // before the overlap, CEST
      ['2027-10-31 02:00', '2027-10-31 00:00'], // overlap: first occurrence, CEST
      ['2027-10-31 02:30', '2027-10-31 00:30'], // overlap: first occurrence, CEST (ical.js: 01:30Z)
      ['2027-10-31 03:00', '2027-10-31 02:00'], // after the overlap, CET
      ['2027-10-31 03:30', '2027-10-31 02:30'],
    ];
    const text = outlook(OUTLOOK_PARIS, cases.map(([wall]) => at('Romance Standard Time', wall)));
    expect(imported(text)).toEqual(cases.map(([, utc]) => utc));
  });

  it('Paris: 02:30 on 2027-03-28 is 03:30 for a client in Paris, and 02:30 in the overlap stays 02:30 (CEST)', () => {
    const text = outlook(OUTLOOK_PARIS, [at('"Romance Standard Time"', '2027-03-28 02:30'), at('Romance Standard Time', '2027-10-31 02:30')]);
    expect(imported(text, 'Europe/Paris')).toEqual(['2027-03-28 03:30', '2027-10-31 02:30']);
  });

  it('New York ("Eastern Standard Time"): spring gap moves forward, fall overlap is the first occurrence', () => {
    const cases: [string, string][] = [
      ['2027-01-15 12:00', '2027-01-15 17:00'], // ordinary winter time, EST
      ['2027-03-14 01:59', '2027-03-14 06:59'],
      ['2027-03-14 02:00', '2027-03-14 07:00'], // gap: 03:00 EDT
      ['2027-03-14 02:30', '2027-03-14 07:30'], // gap: 03:30 EDT (ical.js: 06:30Z, i.e. 01:30 EST)
      ['2027-03-14 03:00', '2027-03-14 07:00'],
      ['2027-07-15 12:00', '2027-07-15 16:00'], // ordinary summer time, EDT
      ['2027-11-07 00:59', '2027-11-07 04:59'],
      ['2027-11-07 01:00', '2027-11-07 05:00'], // overlap: first occurrence, EDT
      ['2027-11-07 01:30', '2027-11-07 05:30'], // overlap: first occurrence, EDT (ical.js: 06:30Z)
      ['2027-11-07 02:00', '2027-11-07 07:00'], // after the overlap, EST
    ];
    const text = outlook(OUTLOOK_NEW_YORK, cases.map(([wall]) => at('Eastern Standard Time', wall)));
    expect(imported(text)).toEqual(cases.map(([, utc]) => utc));
    expect(imported(outlook(OUTLOOK_NEW_YORK, [at('Eastern Standard Time', '2027-03-14 02:30')]), 'America/New_York')).toEqual([
      '2027-03-14 03:30',
    ]);
  });

  it('gives the same instant as the IANA zone for every quarter hour around each change, 2026–2031', () => {
    const walls = (days: string[]): string[] =>
      days.flatMap((day) => Array.from({ length: 24 }, (_, i) => `${day} ${String(Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`));
    const paris = walls(['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2028-03-26', '2028-10-29', '2031-03-30', '2031-10-26']);
    const newYork = walls(['2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07', '2028-03-12', '2028-11-05', '2031-03-09', '2031-11-02']);
    const both = outlook([...OUTLOOK_PARIS, ...OUTLOOK_NEW_YORK], [
      ...paris.map((w) => at('Romance Standard Time', w)),
      ...newYork.map((w) => at('Eastern Standard Time', w)),
    ]);
    const iana = outlook([], [...paris.map((w) => at('Europe/Paris', w)), ...newYork.map((w) => at('America/New_York', w))]);
    const fromFile = imported(both, 'Asia/Tokyo');
    expect(fromFile).toHaveLength(paris.length + newYork.length);
    expect(fromFile).toEqual(imported(iana, 'Asia/Tokyo'));
  });

  it('reads a Windows name the file does not define as its IANA zone', () => {
    const text = outlook([], [at('Romance Standard Time', '2027-03-28 02:30'), at('Eastern Standard Time', '2027-11-07 01:30')]);
    expect(imported(text)).toEqual(['2027-03-28 01:30', '2027-11-07 05:30']);
  });

  it('falls back to the Windows name when its VTIMEZONE defines no change, and warns for other names', () => {
    const empty = (tzid: string) => ['BEGIN:VTIMEZONE', `TZID:${tzid}`, 'END:VTIMEZONE'];
    const text = outlook([...empty('Romance Standard Time'), ...empty('My Zone')], [
      at('Romance Standard Time', '2027-03-28 02:30'),
      at('My Zone', '2027-03-28 02:30'),
    ]);
    const { posts, warnings } = fromIcs(text, into('UTC'));
    expect(posts.map((p) => `${p.post.date} ${p.post.time}`)).toEqual(['2027-03-28 01:30', '2027-03-28 02:30']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'ics.unknownTimeZone', params: { timeZone: 'My Zone' } })]);
  });

  it('follows the rules the file defines over the IANA zone of the same name (here Outlook 2003’s US rules)', () => {
    const old = OUTLOOK_NEW_YORK.map((line) =>
      line.replace('BYDAY=1SU;BYMONTH=11', 'BYDAY=-1SU;BYMONTH=10').replace('BYDAY=2SU;BYMONTH=3', 'BYDAY=1SU;BYMONTH=4'),
    );
    // 2027-03-20 is still standard time (-05:00) under these rules, daylight time in America/New_York.
    const text = outlook(old, [at('Eastern Standard Time', '2027-03-20 12:00'), at('Eastern Standard Time', '2027-04-04 02:30')]);
    expect(imported(text)).toEqual(['2027-03-20 17:00', '2027-04-04 07:30']);
  });

  it('reads a zone whose rules change over the years (RRULE with UNTIL, as tzurl.org writes)', () => {
    const zone = [
      'BEGIN:VTIMEZONE',
      'TZID:US-Eastern-History',
      'BEGIN:DAYLIGHT', 'DTSTART:19870405T020000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400',
      'RRULE:FREQ=YEARLY;UNTIL=20060402T070000Z;BYMONTH=4;BYDAY=1SU', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'DTSTART:19671029T020000', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500',
      'RRULE:FREQ=YEARLY;UNTIL=20061029T060000Z;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:20070311T020000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'DTSTART:20071104T020000', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const walls = ['2006-04-02 02:30', '2006-10-29 01:30', '2006-11-05 12:00', '2007-03-11 02:30', '2027-11-07 01:30'];
    const text = outlook(zone, walls.map((w) => at('US-Eastern-History', w)));
    expect(imported(text)).toEqual(['2006-04-02 07:30', '2006-10-29 05:30', '2006-11-05 17:00', '2007-03-11 07:30', '2027-11-07 05:30']);
  });
});
