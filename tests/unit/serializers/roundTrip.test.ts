// Export → import gives back the same posts, for 1,000 generated posts per format: emoji, CJK, commas,
// semicolons, quotes, line breaks, leading = + - @, and days/times around the 2026 DST changes.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Post } from '../../../shared/model/post';
import { parseBackup, toBackup } from '../../../shared/serializers/backup';
import { resolvePillars } from '../../../shared/model/pillars';
import { fromCsv, toCsv } from '../../../shared/serializers/csv';
import { fromIcs, toIcs, validateIcsLines } from '../../../shared/serializers/ics';
import { utcToWall, wallToUtc } from '../../../shared/serializers/wallTime';
import { CLIENTS, DST_DAYS, NEW_YORK, PARIS, inputOf, makePost, postArb } from './fixtures';
import type { Flavour } from './fixtures';

const SEED = 20261124;
const NOW = new Date('2026-11-24T09:00:00.000Z');
/** 1,000 posts with unique ids (fast-check repeats its favourite uuids). */
const sample = (flavour: Flavour, opts: { dated?: boolean } = {}, n = 1000): Post[] =>
  fc.sample(postArb(flavour, opts), { numRuns: n, seed: SEED }).map((p, i) => ({ ...p, id: `${i}-${p.id}` }));

const icsRoundTrip = (posts: Post[]) => {
  for (const client of CLIENTS) {
    const own = posts.filter((p) => p.clientId === client.id);
    const ics = toIcs(own, CLIENTS, { now: NOW });
    expect(validateIcsLines(ics)).toEqual([]);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const parsed = new ICAL.Component(ICAL.parse(ics));
    expect(parsed.getAllSubcomponents('vevent')).toHaveLength(own.filter((p) => p.date !== null).length);
    const { posts: back, errors, warnings } = fromIcs(ics, { clientId: client.id, timeZone: client.timeZone, pillars: resolvePillars(client.pillars) });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    const byId = new Map(back.map((b) => [b.sourceId, b.post]));
    for (const post of own.filter((p) => p.date !== null)) expect(byId.get(post.id)).toEqual(inputOf(post));
    expect(back).toHaveLength(byId.size);
  }
};

const csvRoundTrip = (posts: Post[], options: Parameters<typeof toCsv>[2] = {}) => {
  const csv = toCsv(posts, CLIENTS, options);
  const { rows, errors } = fromCsv(csv, { clients: CLIENTS });
  expect(errors).toEqual([]);
  expect(rows).toHaveLength(posts.length);
  // Without the clients, the pillar comes back as its name, for the caller to match.
  const unmatched = new Map(fromCsv(csv).rows.map((r) => [r.sourceId, r]));
  const byId = new Map(rows.map((r) => [r.sourceId, r]));
  for (const post of posts) {
    const row = byId.get(post.id);
    expect(row?.post).toEqual(inputOf(post));
    expect(row).toMatchObject({ createdAt: post.createdAt, updatedAt: post.updatedAt, sourceClientId: post.clientId });
    expect(row?.clientName).toBe(CLIENTS.find((c) => c.id === post.clientId)?.name);
    const pillars = resolvePillars(CLIENTS.find((c) => c.id === post.clientId)?.pillars);
    const name = pillars.find((p) => p.id === post.pillar)?.name ?? null;
    expect(unmatched.get(post.id)).toMatchObject({ pillarName: name, post: { ...inputOf(post), pillar: null } });
  }
};

describe('the generated posts', () => {
  it('really cover the DST days and the hours around the change, in both zones', () => {
    const posts = sample('ics', { dated: true });
    for (const client of [PARIS, NEW_YORK]) {
      for (const day of DST_DAYS) {
        const around = posts.filter((p) => p.clientId === client.id && p.date === day && p.time !== null && p.time < '04:00');
        expect(around.length, `${client.id} ${day}`).toBeGreaterThan(2);
      }
    }
    const count = (re: RegExp, field: 'title' | 'caption') => posts.filter((p) => re.test(p[field])).length;
    expect(count(/^[=+\-@]/, 'caption')).toBeGreaterThan(50);
    expect(count(/^[=+\-@]/, 'title')).toBeGreaterThan(50);
    expect(count(/[\u4e00-\u9fff]/, 'title')).toBeGreaterThan(50);
    expect(count(/\p{Extended_Pictographic}/u, 'title')).toBeGreaterThan(50);
    expect(count(/\n/, 'caption')).toBeGreaterThan(50);
    expect(posts.filter((p) => p.pillar !== null).length).toBeGreaterThan(200);
    expect(posts.filter((p) => p.evergreen?.lastUsed).length).toBeGreaterThan(50);
    expect(posts.filter((p) => p.firstComment?.includes('#')).length).toBeGreaterThan(50);
    expect(posts.filter((p) => p.firstComment === undefined).length).toBeGreaterThan(50);
    for (const c of [',', ';', '"', '\\']) expect(count(new RegExp(c === '\\' ? '\\\\' : c), 'caption'), c).toBeGreaterThan(50);
  });
});

describe('round trip, 1,000 posts', () => {
  it('ICS: every line valid, ical.js reads the file, the posts come back the same', () => {
    icsRoundTrip(sample('ics', { dated: true }));
  });

  it('CSV: the posts come back the same (BOM + comma, and no BOM + semicolon)', () => {
    const posts = sample('csv');
    csvRoundTrip(posts);
    csvRoundTrip(posts, { bom: false, delimiter: ';' });
    csvRoundTrip(posts.slice(0, 200), { delimiter: '\t' });
  });

  it('JSON backup: the data comes back the same', () => {
    const posts = sample('csv');
    const result = parseBackup(toBackup({ clients: CLIENTS, posts }, { dataVersion: 1, now: NOW }), { maxDataVersion: 1 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.data).toEqual({ clients: CLIENTS, posts });
  });

  it('holds as a property too (shrinks to a minimal failing post if it ever breaks)', () => {
    fc.assert(fc.property(fc.array(postArb('ics', { dated: true }), { maxLength: 8 }), (posts) => icsRoundTrip(posts.map((p, i) => ({ ...p, id: `${i}` })))), { numRuns: 60, seed: SEED });
    fc.assert(fc.property(fc.array(postArb('csv'), { maxLength: 8 }), (posts) => csvRoundTrip(posts.map((p, i) => ({ ...p, id: `${i}` })))), { numRuns: 60, seed: SEED });
  });
});

describe('every minute-of-interest around the 2026 DST changes', () => {
  const times: string[] = [];
  for (let h = 0; h < 4; h += 1) for (let m = 0; m < 60; m += 5) times.push(`${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  it.each([PARIS, NEW_YORK])('comes back exactly through ICS for $timeZone, and by the RFC rule without the Cadence hint', (client) => {
    const posts = DST_DAYS.flatMap((date) => times.map((time) => makePost({ id: `${date}T${time}`, clientId: client.id, date, time })));
    const ics = toIcs(posts, CLIENTS, { now: NOW });
    const back = fromIcs(ics, { clientId: client.id, timeZone: client.timeZone }).posts;
    expect(back.map((b) => `${b.post.date}T${b.post.time}`)).toEqual(posts.map((p) => p.id));

    const plain = fromIcs(ics.replace(/X-CADENCE-LOCAL:[^\r]*\r\n/g, ''), { clientId: client.id, timeZone: client.timeZone }).posts;
    let shifted = 0;
    plain.forEach((b, i) => {
      const post = posts[i]!;
      const { instant, resolution } = wallToUtc(post.date!, post.time!, client.timeZone);
      expect(b.post.time).toBe(utcToWall(instant, client.timeZone).time);
      if (resolution === 'gap') {
        shifted += 1;
        expect(Number(b.post.time!.slice(0, 2))).toBe(Number(post.time!.slice(0, 2)) + 1);
      } else expect(b.post.time).toBe(post.time);
    });
    expect(shifted).toBe(12); // one hour of 5-minute steps, on the spring-forward day only
  });
});
