// Malformed input never throws: every import gives a typed, readable error or a valid parse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostInputSchema } from '../../../shared/model/post';
import { parseBackup, toBackup } from '../../../shared/serializers/backup';
import { fromCsv, toCsv } from '../../../shared/serializers/csv';
import { fromIcs, toIcs } from '../../../shared/serializers/ics';
import type { ImportError, ImportedPost } from '../../../shared/serializers/types';
import { IMPORT_ERROR_CODES } from '../../../shared/serializers/types';
import { CLIENTS, PARIS, postArb } from './fixtures';

const NOW = new Date('2026-11-24T09:00:00.000Z');
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

const wellFormed = (errors: ImportError[], text: string) => {
  for (const error of errors) {
    expect(IMPORT_ERROR_CODES).toContain(error.code);
    expect(typeof error.message).toBe('string');
    expect(error.message.length).toBeGreaterThan(5);
    if (error.line !== undefined) {
      expect(Number.isInteger(error.line)).toBe(true);
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.line).toBeLessThanOrEqual(lineCount(text));
    }
  }
};
const validPosts = (posts: ImportedPost[]) => {
  for (const p of posts) expect(PostInputSchema.safeParse(p.post).success).toBe(true);
};

const checkIcs = (text: string) => {
  const result = fromIcs(text, { clientId: PARIS.id, timeZone: PARIS.timeZone, defaults: { channel: 'blog' } });
  wellFormed([...result.errors, ...result.warnings], text);
  validPosts(result.posts);
};
const checkCsv = (text: string) => {
  const result = fromCsv(text, { clientId: PARIS.id });
  wellFormed(result.errors, text);
  validPosts(result.rows);
};
const checkJson = (text: string) => {
  const result = parseBackup(text, { maxDataVersion: 1 });
  if (!result.ok) wellFormed([result.error, ...result.errors], text);
};

// Mutations of a valid file: what a truncated download, a bad editor or a bit flip does to it.
type Mutation = { at: number; kind: 'delete' | 'insert' | 'replace' | 'duplicate' | 'truncate'; size: number; text: string };
const mutationArb = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'insert', 'replace', 'duplicate', 'truncate') as fc.Arbitrary<Mutation['kind']>,
  size: fc.integer({ min: 1, max: 40 }),
  text: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.constantFrom('"', ',', ';', '\n', '\r', '\r\n', ':', '\\', 'BEGIN:VEVENT\r\n', 'END:VEVENT\r\n', '{', '}', '[', ']', '\ufeff', ' '),
  ),
});
const mutate = (source: string, mutations: Mutation[]): string =>
  mutations.reduce((text, m) => {
    const at = text.length === 0 ? 0 : m.at % text.length;
    switch (m.kind) {
      case 'delete': return text.slice(0, at) + text.slice(at + m.size);
      case 'insert': return text.slice(0, at) + m.text + text.slice(at);
      case 'replace': return text.slice(0, at) + m.text + text.slice(at + m.text.length);
      case 'duplicate': return text.slice(0, at + m.size) + text.slice(at, at + m.size) + text.slice(at + m.size);
      case 'truncate': return text.slice(0, at);
    }
  }, source);

const posts = fc.sample(postArb('csv', { dated: true }), { numRuns: 6, seed: 11 }).map((p, i) => ({ ...p, id: `p${i}`, clientId: PARIS.id }));
const VALID = {
  ics: toIcs(posts, CLIENTS, { now: NOW }),
  csv: toCsv(posts, CLIENTS),
  json: toBackup({ clients: [PARIS], posts }, { dataVersion: 1, now: NOW }),
};
const runs = { numRuns: 400, seed: 4242 };

describe.each([
  ['ICS', checkIcs, VALID.ics],
  ['CSV', checkCsv, VALID.csv],
  ['JSON backup', checkJson, VALID.json],
] as const)('%s import', (_name, check, valid) => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => check(text)), runs);
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => check(text)), runs);
  });

  it('never throws on a mutated valid file', () => {
    fc.assert(fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => check(mutate(valid, mutations))), runs);
  });
});

describe('structured garbage', () => {
  const icsLine = fc.oneof(
    fc.constantFrom(
      'BEGIN:VCALENDAR', 'END:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VTIMEZONE', 'END:VTIMEZONE', 'BEGIN:STANDARD', 'END:STANDARD',
      'DTSTART:20260329T013000Z', 'DTSTART;VALUE=DATE:20260230', 'DTSTART;TZID=Europe/Paris:20260329T023000', 'DTSTART;TZID="a:b":2026',
      'DTSTART;TZID=Nowhere:20260101T000000', 'TZID:Nowhere', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;BYMONTH=13',
      'SUMMARY:', 'SUMMARY:ok', 'X-CADENCE-FORMAT:reel', 'X-CADENCE-TAGS:\\', 'X-CADENCE-LOCAL:2026-03-29T02:30', 'X-CADENCE-TZ:Europe/Paris',
      'CATEGORIES:,,,', 'DURATION:PXYZ', 'STATUS:CANCELLED', ' folded', '\tfolded', ';:', ':', 'X;A=:b', 'DTSTART;X="unclosed:1',
    ),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );
  it('ICS made of plausible lines in any order', () => {
    fc.assert(
      fc.property(fc.array(icsLine, { maxLength: 30 }), fc.constantFrom('\r\n', '\n', '\r'), (lines, eol) =>
        checkIcs(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join(eol)),
      ),
      runs,
    );
  });

  const csvCell = fc.oneof(fc.constantFrom('', '"', '""', '"a', 'a"b', '"x"y', '2026-02-30', '25:00', 'reel', '=1', "'=1", 'title', ',', ';', '\n'), fc.string({ maxLength: 6 }));
  it('CSV made of plausible cells in any shape', () => {
    fc.assert(
      fc.property(fc.array(fc.array(csvCell, { maxLength: 6 }), { maxLength: 10 }), fc.constantFrom(',', ';', '\t'), (rows, delimiter) =>
        checkCsv([['title', 'date', 'time', 'format'].join(delimiter), ...rows.map((r) => r.join(delimiter))].join('\r\n')),
      ),
      runs,
    );
  });

  it('JSON backups with the right envelope and arbitrary data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        checkJson(JSON.stringify({ app: 'cadence', kind: 'backup', dataVersion: 1, exportedAt: 'x', checksum: 'sha256:0', data }));
        checkJson(toBackup(data as never, { dataVersion: 1, now: NOW }));
      }),
      runs,
    );
  });
});
