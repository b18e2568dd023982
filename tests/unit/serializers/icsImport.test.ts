import { describe, expect, it } from 'vitest';
import { fromIcs, toIcs } from '../../../shared/serializers/ics';
import { CLIENTS, PARIS, makePost } from './fixtures';

const into = { clientId: PARIS.id, timeZone: PARIS.timeZone, defaults: { channel: 'linkedin' as const } };
const cal = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', 'UID:abc@google.com', 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'];

describe('fromIcs on other apps’ calendars', () => {
  it('fills Cadence fields with defaults and converts UTC to the client’s wall time', () => {
    const { posts, errors } = fromIcs(cal(...event('DTSTART:20260710T160000Z', 'SUMMARY:Team lunch', 'DESCRIPTION:Bring\\, snacks\\nplease')), into);
    expect(errors).toEqual([]);
    expect(posts[0]).toMatchObject({ line: 4, sourceId: null, uid: 'abc@google.com', sourceClientId: null });
    expect(posts[0]?.post).toEqual({
      clientId: PARIS.id,
      title: 'Team lunch',
      caption: 'Bring, snacks\nplease',
      notes: '',
      date: '2026-07-10',
      time: '18:00',
      channel: 'linkedin',
      format: 'text',
      tone: 'serious',
      intent: 'informative',
      invitesParticipation: false,
      intentSource: 'auto',
      participationSource: 'auto',
      status: 'scheduled',
      tags: [],
      order: null,
      series: null,
      pillar: null,
      evergreen: null,
    });
    // Another app's event says nothing of pillars or evergreen: an update keeps the post's own.
    expect(posts[0]).not.toHaveProperty('pillarName');
    expect(posts[0]?.evergreenGiven).toBe(false);
  });

  it('reads channel and format from CATEGORIES when they name them (labels, any case)', () => {
    const { posts } = fromIcs(cal(...event('DTSTART;VALUE=DATE:20260710', 'SUMMARY:x', 'CATEGORIES:Work,Instagram,Carrousel')), into);
    expect(posts[0]?.post).toMatchObject({ channel: 'instagram', format: 'carousel', date: '2026-07-10', time: null });
  });

  it('reports an event without a channel when no default is given', () => {
    const { posts, errors } = fromIcs(cal(...event('DTSTART:20260710T160000Z', 'SUMMARY:x')), { clientId: PARIS.id, timeZone: PARIS.timeZone });
    expect(posts).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ code: 'row.channelMissing', line: 4, message: 'line 4: channel is empty' })]);
  });

  it('handles TZID (IANA), TZID defined by a VTIMEZONE (Outlook names), floating times and seconds', () => {
    const vtimezone = [
      'BEGIN:VTIMEZONE', 'TZID:Eastern Standard Time',
      'BEGIN:STANDARD', 'DTSTART:16011104T020000', 'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:16010311T020000', 'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT',
      'END:VTIMEZONE',
    ];
    const text = cal(
      ...vtimezone,
      ...event('DTSTART;TZID=America/New_York:20260710T120000', 'SUMMARY:iana'),
      ...event('DTSTART;TZID=Eastern Standard Time:20260710T120000', 'SUMMARY:outlook'),
      ...event('DTSTART:20260710T120045', 'SUMMARY:floating'),
      ...event('DTSTART;TZID=Europe/Paris:20260329T023000', 'SUMMARY:same zone, in the gap'),
      ...event('DTSTART;TZID=Mars/Olympus:20260710T120000', 'SUMMARY:unknown zone'),
    );
    const { posts, errors, warnings } = fromIcs(text, into);
    expect(errors).toEqual([]);
    expect(posts.map((p) => [p.post.title, p.post.date, p.post.time])).toEqual([
      ['iana', '2026-07-10', '18:00'],
      ['outlook', '2026-07-10', '18:00'],
      ['floating', '2026-07-10', '12:00'],
      ['same zone, in the gap', '2026-03-29', '02:30'],
      ['unknown zone', '2026-07-10', '12:00'],
    ]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'ics.unknownTimeZone', params: { timeZone: 'Mars/Olympus' } })]);
  });

  it('imports the first date of a repeating event with a warning, and skips cancelled events', () => {
    const text = cal(
      ...event('DTSTART:20260710T160000Z', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:weekly'),
      ...event('DTSTART:20260711T160000Z', 'STATUS:CANCELLED', 'SUMMARY:off'),
    );
    const { posts, warnings } = fromIcs(text, into);
    expect(posts.map((p) => p.post.title)).toEqual(['weekly']);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ['ics.recurrenceIgnored', 4],
      ['ics.cancelledSkipped', 11],
    ]);
  });

  it('reads LF or CR line ends, a BOM, tab continuations and VALARMs', () => {
    const text = `\ufeff${cal(...event('DTSTART:20260710T160000Z', 'SUMMARY:long', '\ttitle', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-PT15M', 'END:VALARM'))}`;
    for (const variant of [text, text.replace(/\r\n/g, '\n'), text.replace(/\r\n/g, '\r')]) {
      const { posts, errors } = fromIcs(variant, into);
      expect(errors).toEqual([]);
      expect(posts[0]?.post.title).toBe('longtitle');
    }
  });
});

describe('fromIcs on broken files', () => {
  it.each([
    ['', 'ics.empty', undefined],
    ['   \r\n\r\n', 'ics.empty', undefined],
    ['hello world', 'ics.notCalendar', 1],
    ['BEGIN:VCARD\r\nEND:VCARD\r\n', 'ics.notCalendar', 1],
    ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n', 'ics.unbalanced', 3],
    ['BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nSUMMARY:stray\r\n', 'ics.unbalanced', 3],
  ])('%j → %s', (text, code, line) => {
    const result = fromIcs(text, into);
    expect(result.posts).toEqual([]);
    expect(result.errors.map((e) => [e.code, e.line])).toEqual([[code, line]]);
    expect(result.errors[0]?.message.length).toBeGreaterThan(10);
  });

  it('refuses a client time zone that does not exist', () => {
    expect(fromIcs(cal(), { clientId: 'c', timeZone: 'Mars/Olympus' }).errors[0]?.code).toBe('ics.timeZoneInvalid');
  });

  it('skips only the broken events, each with its own line, and imports the rest', () => {
    const text = cal(
      ...event('DTSTART:20260710T160000Z', 'SUMMARY:good one'), // lines 4-9
      ...event('DTSTART:20260710T160000Z', 'this line has no colon', 'SUMMARY:bad line'), // 10-16, bad line 14
      ...event('SUMMARY:no start'), // 17-21
      ...event('DTSTART:2026XX10T160000Z', 'SUMMARY:bad start'), // 22-27, DTSTART on 25
      ...event('DTSTART;VALUE=DATE:20260230', 'SUMMARY:30 February'), // 28-33, DTSTART on 31
      ...event('DTSTART:20260710T160000Z', 'RRULE:FREQ=WEEKLY;COUNT=x', 'SUMMARY:bad rule'), // 34-40, RRULE on 38
      ...event('DTSTART:20260710T160000Z', 'SUMMARY:  '), // 41-46
      ...event('DTSTART:20260710T160000Z', 'SUMMARY:last good one'),
    );
    const { posts, errors } = fromIcs(text, into);
    expect(posts.map((p) => p.post.title)).toEqual(['good one', 'last good one']);
    expect(errors.map((e) => [e.code, e.line])).toEqual([
      ['ics.badLine', 14],
      ['ics.noStart', 17],
      ['ics.badStart', 25],
      ['ics.badStart', 31],
      ['ics.eventUnreadable', 38],
      ['row.titleEmpty', 41],
    ]);
    expect(errors[0]?.message).toBe("line 14: 'this line has no colon' is not an iCalendar line (NAME:value)");
    expect(errors[2]?.message).toBe("line 25: start '2026XX10T160000Z' is not a real date or time");
    expect(errors[3]?.message).toBe("line 31: start '20260230' is not a real date or time");
    expect(errors[5]?.message).toBe('line 41: title is empty');
  });

  it('keeps the complete events of a file cut short', () => {
    const full = toIcs([makePost({ id: 'a' }), makePost({ id: 'b', date: '2026-04-02' })], CLIENTS, { now: new Date(0) });
    const cut = full.slice(0, full.lastIndexOf('SUMMARY'));
    const { posts, errors } = fromIcs(cut, into);
    expect(posts.map((p) => p.sourceId)).toEqual(['a']);
    expect(errors.map((e) => e.code)).toEqual(['ics.unbalanced']);
    expect(errors[0]?.message).toMatch(/BEGIN:VEVENT is never closed/);
  });
});
