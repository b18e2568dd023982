// The reminder schedule with fixed instants only (never the real clock): daylight-saving gaps and
// overlaps in Paris and New York, a Tokyo client seen from machines in other zones, Up next per client's
// own today, and a simulated timer that neither misses nor repeats a reminder.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_SETTINGS,
  buildSchedule,
  resolveReminderSettings,
  type ScheduleClient,
  type SchedulePost,
} from '../../../shared/publishing/reminders';
import { STATUSES } from '../../../shared/model/enums';

const SEED = 20261204;
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const on = (minutesBefore = 15) => ({ enabled: true, minutesBefore });
const PARIS: ScheduleClient = { id: 'paris', timeZone: 'Europe/Paris', reminders: on() };
const NEW_YORK: ScheduleClient = { id: 'ny', timeZone: 'America/New_York', reminders: on() };
const TOKYO: ScheduleClient = { id: 'tokyo', timeZone: 'Asia/Tokyo', reminders: on(30) };

let seq = 0;
const post = (clientId: string, date: string | null, time: string | null, status: SchedulePost['status'] = 'scheduled'): SchedulePost => ({
  id: `p${(seq += 1)}`,
  clientId,
  date,
  time,
  status,
});
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;
const one = (p: SchedulePost, client: ScheduleClient) => {
  const entry = buildSchedule([p], [client]).entries[0];
  if (!entry) throw new Error('no entry');
  return entry;
};

describe('due and reminder instants', () => {
  it('Paris, spring forward (2027-03-28): 02:30 does not exist and is read as 03:30 CEST', () => {
    const entry = one(post('paris', '2027-03-28', '02:30'), PARIS);
    expect(iso(entry.dueAt)).toBe('2027-03-28T01:30:00.000Z');
    expect(entry.resolution).toBe('gap');
    expect(iso(entry.remindAt)).toBe('2027-03-28T01:15:00.000Z');
  });

  it('Paris, spring forward: an hour before 03:30 CEST is 01:30 CET (real minutes, not wall minutes)', () => {
    const entry = one(post('paris', '2027-03-28', '03:30'), { ...PARIS, reminders: on(60) });
    expect(iso(entry.dueAt)).toBe('2027-03-28T01:30:00.000Z');
    expect(entry.resolution).toBe('exact');
    expect(iso(entry.remindAt)).toBe('2027-03-28T00:30:00.000Z');
  });

  it('Paris, fall back (2026-10-25): 02:30 happens twice and the first one counts', () => {
    const entry = one(post('paris', '2026-10-25', '02:30'), PARIS);
    expect(iso(entry.dueAt)).toBe('2026-10-25T00:30:00.000Z'); // 02:30 CEST, not 02:30 CET (01:30Z)
    expect(entry.resolution).toBe('overlap');
    expect(iso(entry.remindAt)).toBe('2026-10-25T00:15:00.000Z');
  });

  it('New York: 02:30 on 2027-03-14 is read with EST, 01:30 on 2026-11-01 is its first (EDT) occurrence', () => {
    expect(iso(one(post('ny', '2027-03-14', '02:30'), NEW_YORK).dueAt)).toBe('2027-03-14T07:30:00.000Z');
    const overlap = one(post('ny', '2026-11-01', '01:30'), NEW_YORK);
    expect(iso(overlap.dueAt)).toBe('2026-11-01T05:30:00.000Z');
    expect(overlap.resolution).toBe('overlap');
  });

  it('minutesBefore 0 reminds at the due time; 1440 is 24 real hours, 11:00 the day before across the change', () => {
    const noon = post('paris', '2027-03-28', '12:00');
    expect(iso(one(noon, { ...PARIS, reminders: on(0) }).remindAt)).toBe('2027-03-28T10:00:00.000Z');
    expect(iso(one(noon, { ...PARIS, reminders: on(1440) }).remindAt)).toBe('2027-03-27T10:00:00.000Z'); // 11:00 CET
  });

  it('an untimed post is due when its day ends in the client’s zone (23:00Z on the fall-back day) and never reminds', () => {
    const entry = one(post('paris', '2026-10-25', null), PARIS);
    expect(iso(entry.dueAt)).toBe('2026-10-25T23:00:00.000Z');
    expect(entry).toMatchObject({ untimed: true, remindAt: null, time: null });
    expect(iso(one(post('paris', '2026-10-24', null), PARIS).dueAt)).toBe('2026-10-24T22:00:00.000Z');
  });

  it('published posts and clients with reminders off never remind; every other status does', () => {
    for (const status of STATUSES) {
      expect(one(post('paris', '2026-11-25', '10:00', status), PARIS).remindAt === null, status).toBe(status === 'published');
      expect(one(post('paris', '2026-11-25', '10:00', status), { ...PARIS, reminders: { enabled: false, minutesBefore: 15 } }).remindAt).toBeNull();
    }
    expect(one(post('paris', '2026-11-25', '10:00'), { id: 'paris', timeZone: 'Europe/Paris' }).remindAt).toBeNull(); // default: off
  });

  it('leaves out ideas without a day, unknown clients and unusable zones', () => {
    const schedule = buildSchedule(
      [post('paris', null, null, 'idea'), post('ghost', '2026-11-25', '10:00'), post('mars', '2026-11-25', '10:00')],
      [PARIS, { id: 'mars', timeZone: 'Mars/Olympus', reminders: on() }],
    );
    expect(schedule.entries).toEqual([]);
  });
});

describe('resolveReminderSettings', () => {
  it('keeps valid fields and defaults the rest (off, 15 minutes)', () => {
    expect(resolveReminderSettings(undefined)).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({ enabled: false, minutesBefore: 15 });
    expect(resolveReminderSettings({ enabled: true })).toEqual({ enabled: true, minutesBefore: 15 });
    expect(resolveReminderSettings({ enabled: 'yes', minutesBefore: 1440 })).toEqual({ enabled: false, minutesBefore: 1440 });
    expect(resolveReminderSettings({ enabled: true, minutesBefore: -5 }).minutesBefore).toBe(15);
    expect(resolveReminderSettings({ enabled: true, minutesBefore: 2.5 }).minutesBefore).toBe(15);
  });
});

describe('a day of posts across three zones', () => {
  const NOW = new Date('2026-11-24T16:00:00.000Z'); // 17:00 in Paris, 11:00 in New York, 01:00 on the 25th in Tokyo
  const clients = [PARIS, TOKYO, { ...NEW_YORK, reminders: { enabled: false, minutesBefore: 15 } }];
  const p1 = post('paris', '2026-11-24', '10:00');
  const p2 = post('paris', '2026-11-24', '18:00', 'ready');
  const p3 = post('paris', '2026-11-24', '09:00', 'published');
  const p4 = post('paris', '2026-11-24', null, 'draft');
  const p5 = post('paris', '2026-12-01', '12:00');
  const p6 = post('paris', '2026-12-02', '12:00');
  const t1 = post('tokyo', '2026-11-25', '09:00');
  const t2 = post('tokyo', '2026-11-24', null, 'draft');
  const t3 = post('tokyo', '2026-12-02', '12:00');
  const t4 = post('tokyo', '2026-12-03', '12:00');
  const n1 = post('ny', '2026-11-24', '12:00');
  const idea = post('paris', null, null, 'idea');
  const posts = [p1, p2, p3, p4, p5, p6, t1, t2, t3, t4, n1, idea];

  const run = () => {
    const schedule = buildSchedule(posts, clients);
    const up = schedule.upNext(NOW);
    return {
      up: up.map((i) => [i.postId, i.overdue]),
      back: schedule.upNext(NOW, { overdueDaysBack: 1 }).map((i) => [i.postId, i.overdue]),
      tokyoOnly: schedule.upNext(NOW, { clientId: 'tokyo' }).map((i) => i.postId),
      next: schedule.nextReminder(NOW)?.postId,
      nextAt: iso(schedule.nextReminder(NOW)?.remindAt),
      missed: schedule.dueBetween(new Date('2026-11-24T08:00:00.000Z'), NOW).map((e) => e.postId),
      dueAt: schedule.entries.map((e) => [e.postId, iso(e.dueAt), iso(e.remindAt)]),
    };
  };

  it('lists each client’s today and next 7 days in time order, overdue when the time passed unpublished', () => {
    const result = run();
    expect(result.up).toEqual([
      [p3.id, false], // 09:00 Paris, published: never overdue
      [p1.id, true], // 10:00 Paris, passed
      [n1.id, false], // 12:00 New York = 17:00Z, same instant as p2: client id breaks the tie
      [p2.id, false], // 18:00 Paris
      [p4.id, false], // untimed today in Paris: due at the end of the day
      [t1.id, false], // 09:00 on the 25th in Tokyo, which is Tokyo's today
      [p5.id, false], // Paris today + 7
      [t3.id, false], // Tokyo today + 7
    ]);
    // Tokyo's yesterday, still a draft: overdue since 15:00Z (midnight in Tokyo), in its place in time.
    expect(result.back).toEqual([...result.up.slice(0, 2), [t2.id, true], ...result.up.slice(2)]);
    expect(result.tokyoOnly).toEqual([t1.id, t3.id]);
  });

  it('sets the timer for the next reminder and lists the ones missed while closed', () => {
    const result = run();
    expect(result).toMatchObject({ next: p2.id, nextAt: '2026-11-24T16:45:00.000Z', missed: [p1.id] });
  });

  it('does not depend on the machine’s zone', () => {
    const results = ['UTC', 'Europe/Paris', 'Pacific/Kiritimati', 'America/Santiago', 'Asia/Tokyo'].map((zone) => {
      process.env.TZ = zone;
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone); // the zone really applies
      return run();
    });
    for (const result of results) expect(result).toEqual(results[0]);
  });
});

describe('a timer driven by nextReminder and dueBetween', () => {
  const DAYS = ['2026-10-24', '2026-10-25', '2026-10-26', '2026-11-01', '2027-03-14', '2027-03-28'];
  const TIMES = [null, '00:00', '01:30', '02:00', '02:30', '03:00', '09:15', '23:59'];
  const postArb = fc.record({
    id: fc.uuid(),
    clientId: fc.constantFrom('paris', 'ny', 'tokyo'),
    date: fc.constantFrom(...DAYS),
    time: fc.constantFrom(...TIMES),
    status: fc.constantFrom(...STATUSES),
  });
  const clientsArb = fc.tuple(fc.boolean(), fc.boolean(), fc.constantFrom(0, 1, 15, 60, 1440)).map(([a, b, m]) => [
    { ...PARIS, reminders: { enabled: a, minutesBefore: m } },
    { ...NEW_YORK, reminders: { enabled: b, minutesBefore: 15 } },
    TOKYO,
  ]);

  it('fires every reminder after the start exactly once, in order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(postArb, { maxLength: 30, selector: (p) => p.id }), clientsArb, (posts, clients) => {
        const schedule = buildSchedule(posts, clients);
        const start = new Date('2026-10-24T12:00:00.000Z');
        const fired: string[] = [];
        let t = start;
        for (let next = schedule.nextReminder(t); next; next = schedule.nextReminder(t)) {
          const at = next.remindAt as Date;
          expect(at.getTime()).toBeGreaterThan(t.getTime());
          fired.push(...schedule.dueBetween(t, at).map((e) => e.postId));
          t = at;
        }
        const expected = schedule.entries
          .filter((e) => e.remindAt !== null && e.remindAt.getTime() > start.getTime())
          .sort((a, b) => (a.remindAt as Date).getTime() - (b.remindAt as Date).getTime())
          .map((e) => e.postId);
        expect([...fired].sort()).toEqual([...expected].sort());
        expect(new Set(fired).size).toBe(fired.length);
        for (const id of fired) expect(posts.find((p) => p.id === id)?.status).not.toBe('published');
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
