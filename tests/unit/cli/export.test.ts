import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/src/main';
import { exportCommand } from '../../../cli/src/export';
import { toBackup } from '../../../shared/serializers/backup';
import { fromCsv, toCsv } from '../../../shared/serializers/csv';
import { fromIcs, validateIcsLines } from '../../../shared/serializers/ics';
import { client, post } from './fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'cadence-export-'));
const file = (name: string, text: string) => {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
};

const run = async (...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

const bloom = client('c1', 'Bloom Bakery', { timeZone: 'Europe/Paris' });
const acme = client('c2', 'Acme', { timeZone: 'America/New_York' });
const posts = [
  post('p1', 'c1', '2026-11-03', { title: 'Croissant day', time: '08:00' }),
  post('p2', 'c1', '2026-11-20', { title: 'Poll: best bread', channel: 'linkedin', time: null }),
  post('p3', 'c1', '2026-12-05', { title: 'December teaser' }),
  post('p4', 'c2', '2026-11-10', { title: 'Acme launch', time: '17:30' }),
  post('p5', 'c1', '2026-11-10', { title: 'An idea', date: null, status: 'idea', time: null }),
];
const backup = file('backup.json', toBackup({ clients: [bloom, acme], posts }, { dataVersion: 2, now: new Date('2026-11-24T10:00:00Z') }));

const summaries = (ics: string) => [...ics.matchAll(/^SUMMARY:(.*)$/gm)].map((m) => m[1]);

describe('cadence export', () => {
  it('writes a client’s month as iCalendar to stdout, placed in its time zone', async () => {
    const result = await run('export', backup, '--format', 'ics', '--client', 'bloom bakery', '--from', '2026-11-01', '--to', '2026-11-30');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(summaries(result.stdout)).toEqual(['Croissant day', 'Poll: best bread']);
    expect(result.stdout).toContain('X-WR-CALNAME:Bloom Bakery');
    expect(result.stdout).toContain('DTSTART:20261103T070000Z'); // 08:00 in Paris
    expect(result.stdout).toContain('DTSTART;VALUE=DATE:20261120');
    expect(validateIcsLines(result.stdout)).toEqual([]);
    const back = fromIcs(result.stdout, { clientId: 'c1', timeZone: 'Europe/Paris' });
    expect(back.errors).toEqual([]);
    expect(back.posts.map((p) => [p.post.date, p.post.time])).toEqual([['2026-11-03', '08:00'], ['2026-11-20', null]]);
  });

  it('filters by channel, and writes CSV with a BOM and CRLF', async () => {
    const result = await run('export', backup, '--format', 'csv', '--channel', 'LinkedIn');
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('\ufeffid,client,date,')).toBe(true);
    expect(result.stdout.split('\r\n').filter(Boolean)).toHaveLength(2);
    const read = fromCsv(result.stdout);
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => r.post.title)).toEqual(['Poll: best bread']);
  });

  it('keeps undated ideas in a CSV of everything, and leaves them out of a date range', async () => {
    const all = await run('export', backup, '--format', 'csv', '--client', 'Bloom Bakery');
    expect(fromCsv(all.stdout).rows.map((r) => r.post.title)).toContain('An idea');
    const ranged = await run('export', backup, '--format', 'csv', '--client', 'Bloom Bakery', '--from', '2026-11-01');
    expect(fromCsv(ranged.stdout).rows.map((r) => r.post.title)).toEqual(['Croissant day', 'Poll: best bread', 'December teaser']);
  });

  it('converts a Cadence CSV, reading its times in --tz', async () => {
    const csv = file('plan.csv', toCsv(posts, [bloom, acme]));
    const result = await run('export', csv, '--format', 'ics', '--client', 'Acme', '--tz', 'America/New_York');
    expect(result.code).toBe(0);
    expect(summaries(result.stdout)).toEqual(['Acme launch']);
    expect(result.stdout).toContain('DTSTART:20261110T223000Z'); // 17:30 in New York
  });

  it('writes --out atomically, leaving no temporary file, and says how many posts', async () => {
    const out = path.join(dir, 'out', 'bloom.ics');
    await import('node:fs').then((fs) => fs.mkdirSync(path.dirname(out), { recursive: true }));
    writeFileSync(out, 'previous calendar');
    const result = await run('export', backup, '--format', 'ics', '--client', 'Bloom Bakery', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`3 posts written to ${out}\n`);
    expect(readFileSync(out, 'utf8').startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(readdirSync(path.dirname(out))).toEqual(['bloom.ics']);
  });

  it('leaves an existing file alone when --out cannot be written', async () => {
    const result = await run('export', backup, '--format', 'csv', '--out', path.join(dir, 'missing-folder', 'x.csv'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot be written \(ENOENT\)/);
    expect(existsSync(path.join(dir, 'missing-folder'))).toBe(false);
  });

  it.each([
    ['no file', ['export']],
    ['no format', ['export', 'FILE']],
    ['an unknown format', ['export', 'FILE', '--format', 'pdf']],
    ['a bad date', ['export', 'FILE', '--format', 'ics', '--from', '2026-02-30']],
    ['a reversed range', ['export', 'FILE', '--format', 'ics', '--from', '2026-12-01', '--to', '2026-11-01']],
    ['an unknown channel', ['export', 'FILE', '--format', 'csv', '--channel', 'myspace']],
    ['an unknown option', ['export', 'FILE', '--format', 'csv', '--colour', 'red']],
    ['an unknown client', ['export', 'FILE', '--format', 'csv', '--client', 'Nobody']],
    ['a bad time zone', ['export', 'FILE', '--format', 'ics', '--tz', 'Mars/Olympus']],
  ])('exits 2 with a message on %s', async (_label, argv) => {
    const result = await run(...argv.map((a) => (a === 'FILE' ? backup : a)));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cadence export: \S/);
    expect(result.stdout).toBe('');
  });

  it('exits 2 naming the line when the input does not read', async () => {
    const broken = file('broken.csv', toCsv(posts, [bloom, acme]).replace('2026-11-20', '2026-02-30'));
    const result = await run('export', broken, '--format', 'ics');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/line \d+: date '2026-02-30' does not exist/);
    const missing = await run('export', path.join(dir, 'nope.json'), '--format', 'ics');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('uses the given clock for DTSTAMP, so the same input gives the same file', async () => {
    const io = () => {
      let out = '';
      return { io: { stdout: (t: string) => (out += t), stderr: () => undefined }, text: () => out };
    };
    const a = io();
    const b = io();
    const now = new Date('2026-11-24T10:00:00Z');
    await exportCommand([backup, '--format', 'ics'], a.io, now);
    await exportCommand([backup, '--format', 'ics'], b.io, now);
    expect(a.text()).toBe(b.text());
    expect(a.text()).toContain('DTSTAMP:20261124T100000Z');
  });

  it('is listed in the help', async () => {
    expect((await run('help')).stdout).toContain('cadence export FILE --format ics|csv');
  });
});
