// `cadence plan` (issue 15): the auto-planner from the command line, on a backup (the client's own
// rhythm, pillars and rules) or a CSV with --rhythm FILE; `cadence check` on its --all output is clean.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/src/main';
import type { Pillar } from '../../../shared/model/pillars';
import { DATA_VERSION } from '../../../shared/model/version';
import { toBackup } from '../../../shared/serializers/backup';
import { fromCsv, toCsv } from '../../../shared/serializers/csv';
import { client, post } from './fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'cadence-cli-plan-'));
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

const PILLARS: Pillar[] = [
  { id: 'tips', name: 'Tips', color: '#059669', target: 0.5 },
  { id: 'community', name: 'Community', color: '#db2777', target: 0.5 },
];
const RHYTHM = [
  { channel: 'instagram', perWeek: 3, days: [1, 3, 5], times: ['12:30'] },
  { channel: 'linkedin', perWeek: 2, days: [2, 4], times: ['08:30'] },
];
const bloom = client('c1', 'Bloom Bakery', { pillars: PILLARS, rhythm: RHYTHM, language: 'fr' });
const acme = client('c2', 'Acme');
const posts = [
  post('p1', 'c1', '2026-12-02', { time: '12:30', pillar: 'tips', format: 'quiz', tone: 'playful', invitesParticipation: true }),
  post('p2', 'c1', '2026-12-09', { time: '12:30', pillar: 'community', intent: 'promotional' }),
  post('a1', 'c2', '2026-12-02'),
];
const backup = file('backup.json', toBackup({ clients: [bloom, acme], posts }, { dataVersion: DATA_VERSION, now: new Date('2026-11-24T10:00:00Z') }));

describe('cadence plan', () => {
  it('plans a backup client’s month with its own rhythm, pillars and language: drafts on stdout, the summary on stderr', async () => {
    const result = await run('plan', backup, '--client', 'Bloom Bakery', '--from', '2026-12-01', '--to', '2026-12-31');
    expect(result.stderr).toMatch(/^Bloom Bakery: 21 posts: \d+% playful, \d+% promotional, every week invites, pillars on target, 0 warnings\n$/);
    expect(result.code).toBe(0);
    const rows = fromCsv(result.stdout, { clientId: 'c1' }).rows;
    expect(rows).toHaveLength(21);
    expect(rows.every((r) => r.post.status === 'draft')).toBe(true);
    expect(rows.every((r) => r.pillarName === 'Tips' || r.pillarName === 'Community')).toBe(true);
    // Existing posts are not written again (without --all) and their slots are not reused.
    expect(rows.some((r) => r.post.date === '2026-12-02' && r.post.channel === 'instagram')).toBe(false);
    // French titles for a French client.
    expect(rows.some((r) => /\u00a0: /.test(r.post.title))).toBe(true);
  });

  it('writes existing + proposed with --all to --out, and cadence check on it exits 0', async () => {
    const out = path.join(dir, 'all.csv');
    const result = await run('plan', backup, '--client', 'bloom bakery', '--from', '2026-12-01', '--to', '2026-12-31', '--all', '--out', out, '--lang', 'fr');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Bloom Bakery: 21 publications\u00a0: ');
    expect(result.stderr).toContain('23 posts written to');
    const rows = fromCsv(readFileSync(out, 'utf8'), { clientId: 'c1' }).rows;
    expect(rows.map((r) => r.sourceId)).toEqual(expect.arrayContaining(['p1', 'p2']));
    const check = await run('check', out, '--trust-columns');
    expect(check.stdout).toContain('no warning');
    expect(check.code).toBe(0);
  });

  it('plans a CSV with --rhythm FILE, and check on the --all result exits 0', async () => {
    const csv = file('plan.csv', toCsv(posts.filter((p) => p.clientId === 'c1'), [client('c1', 'Bloom Bakery', { pillars: PILLARS })]));
    const settings = file('rhythm.json', JSON.stringify({ rhythm: RHYTHM, pillars: [{ name: 'Tips', target: 0.5 }, { name: 'Community', target: 0.5 }] }));
    const out = path.join(dir, 'csv-all.csv');
    const result = await run('plan', csv, '--from', '2026-12-01', '--to', '2026-12-31', '--rhythm', settings, '--all', '--out', out);
    expect(result.stderr).toContain('0 warnings');
    expect(result.code).toBe(0);
    const check = await run('check', out, '--trust-columns');
    expect(check.code).toBe(0);
    // The CSV's pillar names were matched to the file's pillars and written back by name.
    const rows = fromCsv(readFileSync(out, 'utf8'), { clientId: 'c1' }).rows;
    expect(rows.find((r) => r.sourceId === 'p1')?.pillarName).toBe('Tips');
  });

  it('is deterministic for a seed, and --seed gives another proposal', async () => {
    const args = ['plan', backup, '--client', 'Bloom Bakery', '--from', '2026-12-01', '--to', '2026-12-31'];
    const a = await run(...args, '--seed', '5');
    const b = await run(...args, '--seed', '5');
    const c = await run(...args, '--seed', '6');
    const strip = (s: string) => s.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T');
    expect(strip(a.stdout)).toBe(strip(b.stdout));
    expect(strip(c.stdout)).not.toBe(strip(a.stdout));
  });

  it('exits 1 and says why when a rule cannot be met', async () => {
    const settings = file('tight.json', JSON.stringify({ rhythm: [{ channel: 'linkedin', perWeek: 21, days: [0, 1, 2, 3, 4, 5, 6], times: ['08:00', '12:00', '17:00'] }] }));
    const result = await run('plan', backup, '--client', 'Acme', '--from', '2026-12-07', '--to', '2026-12-13', '--rhythm', settings);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('channel-frequency: Posts a day per channel: LinkedIn on Mon 7 Dec: the rhythm needs 3 posts that day');
  });

  it.each([
    [['--client', 'Bloom Bakery', '--from', '2026-12-32', '--to', '2026-12-31'], '--from 2026-12-32: expected a date as yyyy-MM-dd'],
    [['--client', 'Bloom Bakery', '--to', '2026-12-31'], '--from is required'],
    [['--client', 'Bloom Bakery', '--from', '2026-12-31', '--to', '2026-12-01'], '--to 2026-12-01 is before --from 2026-12-31'],
    [['--client', 'Nobody', '--from', '2026-12-01', '--to', '2026-12-31'], 'no client is named "Nobody"'],
    [['--from', '2026-12-01', '--to', '2026-12-31'], 'the file holds 2 clients: say which with --client NAME'],
    [['--client', 'Acme', '--from', '2026-12-01', '--to', '2026-12-31'], 'Acme has no posting rhythm'],
    [['--client', 'Acme', '--from', '2026-12-01', '--to', '2026-12-31', '--seed', 'x'], '--seed x: expected a whole number'],
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await run('plan', backup, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('asks a CSV for --rhythm', async () => {
    const csv = file('norhythm.csv', toCsv([posts[0]!], [client('c1', 'Bloom Bakery')]));
    const result = await run('plan', csv, '--from', '2026-12-01', '--to', '2026-12-31');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a CSV carries no posting rhythm: give one with --rhythm FILE');
  });

  it('names the field of an invalid rhythm file', async () => {
    const bad = file('bad.json', JSON.stringify({
      rhythm: [{ channel: 'instagram', perWeek: 3, days: [1, 3, 5], times: ['12:30', '25:00'] }, { channel: 'myspace', perWeek: 1, days: [1], times: ['09:00'] }],
      pillars: [{ name: 'Tips', target: 0.8 }, { name: 'Community', target: 0.5 }],
      rules: { 'promo-streak': { maxInARow: 0 }, 'playful-range': { min: 2 }, 'no-such-rule': {} },
    }));
    const result = await run('plan', backup, '--client', 'Acme', '--from', '2026-12-01', '--to', '2026-12-31', '--rhythm', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('rhythm[0].times[1]: 25:00 is not a time (HH:mm)');
    expect(result.stderr).toContain('rhythm[1].channel: myspace is not a channel (instagram, facebook');
    expect(result.stderr).toContain('pillars.targets: the pillars’ targets add up to more than 100%');
    expect(result.stderr).toContain('rules.promo-streak.maxInARow:');
    expect(result.stderr).toContain('rules.playful-range.min:');
    expect(result.stderr).toContain('rules.no-such-rule: unknown rule');
    const notJson = await run('plan', backup, '--client', 'Acme', '--from', '2026-12-01', '--to', '2026-12-31', '--rhythm', file('x.json', '{'));
    expect(notJson.stderr).toContain('not JSON');
    const missing = await run('plan', backup, '--client', 'Acme', '--from', '2026-12-01', '--to', '2026-12-31', '--rhythm', path.join(dir, 'nope.json'));
    expect(missing.stderr).toContain('nope.json: no such file');
  });

  it('is listed in the help', async () => {
    const result = await run('help');
    expect(result.stdout).toContain('cadence plan FILE --client NAME --from yyyy-MM-dd --to yyyy-MM-dd [--rhythm FILE] [--seed N]');
  });
});
