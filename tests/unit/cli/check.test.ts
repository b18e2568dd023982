import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/src/main';
import { toBackup } from '../../../shared/serializers/backup';
import { toCsv } from '../../../shared/serializers/csv';
import { client, post } from './fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'cadence-cli-'));
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

const bloom = client('c1', 'Bloom Bakery');
const acme = client('c2', 'Acme');
// Bloom: three promotional posts in a row (with a quiz each week so only the streak fires).
const streak = [
  post('p1', 'c1', '2026-12-01', { intent: 'promotional', title: 'Sale teaser' }),
  post('p2', 'c1', '2026-12-02', { intent: 'promotional', title: 'Sale day one' }),
  post('p3', 'c1', '2026-12-03', { intent: 'promotional', title: 'Sale day two' }),
];
const calm = [post('a1', 'c2', '2026-12-01', { format: 'quiz', tone: 'playful' }), post('a2', 'c2', '2026-12-03')];
const backup = toBackup({ clients: [bloom, acme], posts: [...streak, ...calm] }, { dataVersion: 2, now: new Date('2026-11-24T10:00:00Z') });

describe('cadence check', () => {
  it('prints the warnings in English and exits 1 when any fires', async () => {
    const result = await run('check', file('backup.json', backup));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Bloom Bakery: ');
    expect(result.stdout).toContain('promo-streak: 3 promotional posts in a row (1–3 Dec): more than 2 in a row tires your audience.');
    expect(result.stdout).toContain('Sale teaser (2026-12-01 09:00)');
  });

  it('speaks French with --lang fr', async () => {
    const result = await run('check', file('backup-fr.json', backup), '--lang', 'fr');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('3 publications promotionnelles d’affilée');
  });

  it('exits 0 when no warning fires for the chosen client', async () => {
    const calmOnly = toBackup({ clients: [acme], posts: [post('a1', 'c2', '2026-12-01', { format: 'quiz', tone: 'playful', invitesParticipation: true }), post('a2', 'c2', '2026-12-02', { format: 'carousel' }), post('a3', 'c2', '2026-12-03', { format: 'article' })] }, { dataVersion: 2, now: new Date('2026-11-24T10:00:00Z') });
    const result = await run('check', file('calm.json', calmOnly), '--client', 'acme');
    expect(result.stdout).toContain('Acme: no warning');
    expect(result.code).toBe(0);
  });

  it('reads a Cadence CSV too', async () => {
    const csv = toCsv(streak, [bloom]);
    const result = await run('check', file('plan.csv', csv));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Bloom Bakery: ');
    expect(result.stdout).toContain('3 promotional posts in a row');
  });

  it('exits 2 on unreadable input, naming the line', async () => {
    const csv = toCsv(streak, [bloom]).replace('2026-12-02', '2026-02-30');
    const result = await run('check', file('broken.csv', csv));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/line 3: .*2026-02-30/);
    const json = await run('check', file('broken.json', '{ "app": "cadence", '));
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/line 1/);
    const missing = await run('check', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('refuses bad arguments with exit 2', async () => {
    expect((await run('check', file('b2.json', backup), '--lang', 'de')).code).toBe(2);
    expect((await run('check')).code).toBe(2);
    expect((await run('check', file('b3.json', backup), '--client', 'Nobody')).code).toBe(2);
    expect((await run('frobnicate', file('b4.json', backup))).code).toBe(2);
  });

  it('gives JSON for scripts with --json', async () => {
    const result = await run('check', file('b5.json', backup), '--json');
    const parsed = JSON.parse(result.stdout) as Array<{ client: string; warnings: Array<{ rule: string }> }>;
    expect(parsed.find((c) => c.client === 'Bloom Bakery')?.warnings.map((w) => w.rule)).toContain('promo-streak');
  });
});
