import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fromIcs, toIcs, validateIcsLines } from '../../../shared/serializers/ics';
import { foldLine, unescapeText } from '../../../shared/serializers/icsText';
import { CLIENTS, NEW_YORK, PARIS, inputOf, makePost } from './fixtures';

const NOW = new Date('2026-11-24T10:15:30.123Z');
const opts = { now: NOW };
const lineOf = (ics: string, name: string): string[] =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
const unfoldAll = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('toIcs', () => {
  it('writes a publishable calendar: CRLF, VERSION, PRODID, CALSCALE, METHOD, name', () => {
    const ics = toIcs([makePost()], CLIENTS, { ...opts, calendarName: 'Dupont; mars, 2026' });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cadence//Content calendar//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n')).toBe(true);
    expect(ics).toContain('X-WR-CALNAME:Dupont\\; mars\\, 2026\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(validateIcsLines(ics)).toEqual([]);
    expect(toIcs([], CLIENTS, { ...opts, prodId: '-//Acme//X//EN' })).toContain('PRODID:-//Acme//X//EN\r\n');
  });

  it('writes one event per dated post, leaves undated ideas out, with a stable UID and DTSTAMP in UTC', () => {
    const posts = [
      makePost({ id: 'a' }),
      makePost({ id: 'idea', date: null, time: null, status: 'idea' }),
      makePost({ id: 'b', date: '2026-04-01' }),
    ];
    const ics = toIcs(posts, CLIENTS, opts);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(lineOf(ics, 'UID')).toEqual(['UID:a@cadence.local', 'UID:b@cadence.local']);
    expect(lineOf(ics, 'DTSTAMP')).toEqual(['DTSTAMP:20261124T101530Z', 'DTSTAMP:20261124T101530Z']);
    expect(toIcs(posts, CLIENTS, opts)).toBe(ics);
    expect(toIcs([...posts].reverse(), CLIENTS, opts)).toBe(ics);
  });

  it.each([
    // zone, day, wall time, DTSTART, why
    [PARIS, '2026-03-29', '09:00', '20260329T070000Z', 'summer time (UTC+2) after the change'],
    [PARIS, '2026-03-29', '01:59', '20260329T005900Z', 'just before the gap (UTC+1)'],
    [PARIS, '2026-03-29', '02:30', '20260329T013000Z', 'inside the gap: offset before the gap, i.e. 03:30 CEST'],
    [PARIS, '2026-03-29', '03:00', '20260329T010000Z', 'end of the gap'],
    [PARIS, '2026-10-25', '02:30', '20261025T003000Z', 'doubled hour: its first occurrence (CEST)'],
    [PARIS, '2026-10-25', '03:00', '20261025T020000Z', 'after the overlap (UTC+1)'],
    [NEW_YORK, '2026-03-08', '02:30', '20260308T073000Z', 'inside the gap: EST offset, i.e. 03:30 EDT'],
    [NEW_YORK, '2026-03-08', '03:00', '20260308T070000Z', 'end of the gap'],
    [NEW_YORK, '2026-11-01', '01:30', '20261101T053000Z', 'doubled hour: first occurrence (EDT)'],
    [NEW_YORK, '2026-11-01', '02:00', '20261101T070000Z', 'after the overlap (EST)'],
    [NEW_YORK, '2026-12-31', '23:30', '20270101T043000Z', 'crosses into the next UTC year'],
  ])('%s %s %s → DTSTART:%s (%s)', (client, date, time, start) => {
    const ics = toIcs([makePost({ clientId: client.id, date, time })], CLIENTS, opts);
    expect(lineOf(ics, 'DTSTART')).toEqual([`DTSTART:${start}`]);
    const end = new Date(Date.parse(`${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6, 8)}T${start.slice(9, 11)}:${start.slice(11, 13)}:00Z`) + 30 * 60_000);
    expect(lineOf(ics, 'DTEND')).toEqual([`DTEND:${end.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`]);
    expect(ics).toContain(`X-CADENCE-LOCAL:${date}T${time}\r\n`);
    expect(ics).toContain(`X-CADENCE-TZ:${client.timeZone}\r\n`);
  });

  it('honours a custom duration', () => {
    const ics = toIcs([makePost({ time: '09:00', date: '2026-06-01' })], CLIENTS, { ...opts, durationMinutes: 90 });
    expect(lineOf(ics, 'DTEND')).toEqual(['DTEND:20260601T083000Z']);
  });

  it.each([
    ['2026-03-29', '20260329', '20260330'],
    ['2026-03-08', '20260308', '20260309'],
    ['2026-10-25', '20261025', '20261026'],
    ['2026-11-01', '20261101', '20261102'],
    ['2026-01-31', '20260131', '20260201'],
    ['2026-12-31', '20261231', '20270101'],
    ['2028-02-28', '20280228', '20280229'],
    ['2028-02-29', '20280229', '20280301'],
  ])('an untimed post on %s is all-day with an exclusive DTEND', (date, start, end) => {
    const ics = toIcs([makePost({ date, time: null })], CLIENTS, opts);
    expect(lineOf(ics, 'DTSTART')).toEqual([`DTSTART;VALUE=DATE:${start}`]);
    expect(lineOf(ics, 'DTEND')).toEqual([`DTEND;VALUE=DATE:${end}`]);
    expect(ics).not.toContain('X-CADENCE-LOCAL');
  });

  it('escapes TEXT (backslash, semicolon, comma, newline) and normalises CR LF', () => {
    const post = makePost({ title: 'a;b,c\\d\ne', caption: 'one\r\ntwo\rthree\u0007', notes: '' });
    const ics = toIcs([post], CLIENTS, opts);
    expect(lineOf(ics, 'SUMMARY')).toEqual(['SUMMARY:a\\;b\\,c\\\\d\\ne']);
    expect(lineOf(ics, 'DESCRIPTION')).toEqual(['DESCRIPTION:one\\ntwo\\nthree']);
    expect(lineOf(ics, 'X-CADENCE-NOTES')).toEqual([]);
    expect(unescapeText('a\\;b\\,c\\\\d\\ne\\Nf')).toBe('a;b,c\\d\ne\nf');
  });

  it('writes CATEGORIES and every X-CADENCE field', () => {
    const post = makePost({ tags: ['a,b', 'c;d', 'plain'], order: 'a0V', invitesParticipation: true });
    const ics = unfoldAll(toIcs([post], CLIENTS, opts));
    for (const line of [
      'CATEGORIES:instagram,image',
      'TRANSP:TRANSPARENT',
      'X-CADENCE-CLIENT:client-paris',
      'X-CADENCE-CHANNEL:instagram',
      'X-CADENCE-FORMAT:image',
      'X-CADENCE-TONE:serious',
      'X-CADENCE-INTENT:promotional',
      'X-CADENCE-INTENT-SOURCE:user',
      'X-CADENCE-INVITES:TRUE',
      'X-CADENCE-INVITES-SOURCE:auto',
      'X-CADENCE-STATUS:scheduled',
      'X-CADENCE-TAGS:a\\,b,c\\;d,plain',
      'X-CADENCE-NOTES:Check the photo rights',
      'X-CADENCE-ORDER:a0V',
    ]) {
      expect(ics).toContain(`\r\n${line}\r\n`);
    }
  });

  it('folds at 75 octets, never inside a UTF-8 character, and unfolds back to the same line', () => {
    for (const unit of ['😀', '中', 'é', 'a', '👩‍💻', 'x😀', 'ab中']) {
      for (let n = 1; n < 60; n += 7) {
        const line = `SUMMARY:${unit.repeat(n)}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
        expect(validateIcsLines(`${folded}\r\n`)).toEqual([]);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }
    }
    // 75 octets exactly stays on one line; 76 folds; the continuation space counts in its 75.
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // 73 ASCII + an emoji (4 bytes) would be 77: the emoji moves whole to the next line.
    expect(foldLine(`${'x'.repeat(73)}😀`)).toBe(`${'x'.repeat(73)}\r\n 😀`);
  });

  it('validateIcsLines reports bare LF/CR, long lines and split characters', () => {
    expect(validateIcsLines('BEGIN:VCALENDAR\nEND:VCALENDAR\n').map((i) => i.message)).toContain('bare LF inside a line');
    expect(validateIcsLines('A:b\rc\r\n').map((i) => i.message)).toContain('bare CR inside a line');
    expect(validateIcsLines(`A:${'x'.repeat(80)}\r\n`)[0]?.message).toMatch(/more than 75/);
    expect(validateIcsLines('A:x\ud83d\r\n \ude00\r\n').map((i) => i.message)).toEqual([
      'ends inside a character (fold split a UTF-8 sequence)',
      'starts inside a character (fold split a UTF-8 sequence)',
    ]);
    expect(validateIcsLines('A:x')[0]?.message).toBe('the text does not end with CRLF');
  });

  it('is read back by ical.js with the same values', () => {
    const post = makePost({ title: '🎉 Lancement: 50% ; promo, "vite" \\ fin', caption: '中文 '.repeat(40), tags: ['été', 'x,y'] });
    const ics = toIcs([post], CLIENTS, opts);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(post.title);
    expect(event.getFirstPropertyValue('description')).toBe(post.caption);
    expect(event.getFirstPropertyValue('uid')).toBe('post-1@cadence.local');
    expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2026-03-29T07:00:00Z');
  });

  it('refuses a dated post whose client was not given (its zone is needed)', () => {
    expect(() => toIcs([makePost({ clientId: 'ghost' })], CLIENTS, opts)).toThrow(/client "ghost"/);
    expect(toIcs([makePost({ clientId: 'ghost' })], new Map([['ghost', { ...PARIS, id: 'ghost' }]]), opts)).toContain('BEGIN:VEVENT');
  });
});

describe('fromIcs on a Cadence export', () => {
  it('gives the post back, with its id, from the UID', () => {
    const post = makePost({ invitesParticipation: true, tags: ['a,b', 'c;d'], order: 'a1' });
    const { posts, errors, warnings } = fromIcs(toIcs([post], CLIENTS, opts), { clientId: PARIS.id, timeZone: PARIS.timeZone });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ line: 6, sourceId: 'post-1', uid: 'post-1@cadence.local', sourceClientId: PARIS.id });
    expect(posts[0]?.post).toEqual(inputOf(post));
  });

  it('brings a wall time inside a DST gap back as written (X-CADENCE-LOCAL), and without the hint applies the RFC rule', () => {
    const post = makePost({ date: '2026-03-29', time: '02:30' });
    const ics = toIcs([post], CLIENTS, opts);
    expect(fromIcs(ics, { clientId: PARIS.id, timeZone: PARIS.timeZone }).posts[0]?.post.time).toBe('02:30');
    const stripped = ics.replace(/X-CADENCE-LOCAL:[^\r]*\r\n/, '');
    expect(fromIcs(stripped, { clientId: PARIS.id, timeZone: PARIS.timeZone }).posts[0]?.post.time).toBe('03:30');
  });

  it('trusts DTSTART over a stale X-CADENCE-LOCAL (the event was moved in another app)', () => {
    const ics = toIcs([makePost({ date: '2026-05-04', time: '09:00' })], CLIENTS, opts).replace('DTSTART:20260504T070000Z', 'DTSTART:20260505T080000Z');
    const [imported] = fromIcs(ics, { clientId: PARIS.id, timeZone: PARIS.timeZone }).posts;
    expect(imported?.post).toMatchObject({ date: '2026-05-05', time: '10:00' });
  });

  it('keeps the instant when imported into a client in another zone', () => {
    const ics = toIcs([makePost({ date: '2026-05-04', time: '09:00' })], CLIENTS, opts);
    const [imported] = fromIcs(ics, { clientId: NEW_YORK.id, timeZone: NEW_YORK.timeZone }).posts;
    expect(imported?.post).toMatchObject({ clientId: NEW_YORK.id, date: '2026-05-04', time: '03:00' });
  });
});
