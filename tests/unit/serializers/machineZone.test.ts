// The files must not depend on the zone of the machine that writes or reads them: only the client's
// zone counts. Node re-reads process.env.TZ when it is assigned, so each zone below really applies
// (checked), and the original is restored afterwards.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { resolvePillars } from '../../../shared/model/pillars';
import { fromCsv, toCsv } from '../../../shared/serializers/csv';
import { fromIcs, toIcs } from '../../../shared/serializers/ics';
import { CLIENTS, inputOf, postArb } from './fixtures';

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const NOW = new Date('2026-11-24T09:00:00.000Z');
const posts = fc.sample(postArb('ics', { dated: true }), { numRuns: 200, seed: 99 }).map((p, i) => ({ ...p, id: `${i}` }));

process.env.TZ = 'UTC';
const referenceIcs = toIcs(posts, CLIENTS, { now: NOW });
const referenceCsv = toCsv(posts, CLIENTS);

describe.each([
  ['Pacific/Chatham', 825], // UTC+13:45 in (southern) summer
  ['America/Sao_Paulo', -180],
  ['Europe/Paris', 60],
  ['Pacific/Kiritimati', 840],
  ['America/Adak', -600],
])('on a machine in %s', (zone, januaryOffset) => {
  it('writes the same files and reads them back the same', () => {
    process.env.TZ = zone;
    expect(-new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(januaryOffset);
    expect(toIcs(posts, CLIENTS, { now: NOW })).toBe(referenceIcs);
    expect(toCsv(posts, CLIENTS)).toBe(referenceCsv);
    for (const client of CLIENTS) {
      const back = fromIcs(referenceIcs, { clientId: client.id, timeZone: client.timeZone, pillars: resolvePillars(client.pillars) }).posts.filter((b) => b.sourceClientId === client.id);
      const own = posts.filter((p) => p.clientId === client.id);
      expect(new Map(back.map((b) => [b.sourceId, b.post]))).toEqual(new Map(own.map((p) => [p.id, inputOf(p)])));
    }
    const rows = fromCsv(referenceCsv, { clients: CLIENTS }).rows;
    expect(new Map(rows.map((r) => [r.sourceId, r.post]))).toEqual(new Map(posts.map((p) => [p.id, inputOf(p)])));
  });
});
