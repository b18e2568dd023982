// The command line and content pillars (issue 15): check passes a backup's pillars to the guard
// (pillar-drift, tuned or turned off by the client's rules like any rule); a CSV's pillar column is
// read as names, without targets, so the rule is skipped there; export writes the pillar's name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/src/main';
import { DEFAULT_RULES } from '../../../shared/analysis/rules';
import type { Pillar } from '../../../shared/model/pillars';
import { DATA_VERSION } from '../../../shared/model/version';
import { toBackup } from '../../../shared/serializers/backup';
import { fromCsv, toCsv } from '../../../shared/serializers/csv';
import { client, post } from './fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'cadence-cli-pillars-'));
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
type JsonResult = Array<{ client: string; warnings: Array<{ rule: string; message: string }> }>;
const ruleIds = (stdout: string) => (JSON.parse(stdout) as JsonResult).flatMap((r) => r.warnings.map((w) => w.rule));

const PILLARS: Pillar[] = [
  { id: 'tips', name: 'Tips', color: '#059669', target: 0.5 },
  { id: 'community', name: 'Community', color: '#db2777', target: 0.5 },
];
// Four December posts, all "Tips": Tips 100% (target 50%), Community 0%. Varied and inviting, so
// only pillar-drift has something to say.
const posts = [
  post('p1', 'c1', '2026-12-01', { pillar: 'tips', format: 'quiz', tone: 'playful', invitesParticipation: true }),
  post('p2', 'c1', '2026-12-03', { pillar: 'tips', format: 'carousel' }),
  post('p3', 'c1', '2026-12-08', { pillar: 'tips', format: 'poll', tone: 'playful', invitesParticipation: true }),
  post('p4', 'c1', '2026-12-10', { pillar: 'tips', format: 'article' }),
];
const backupWith = (rules?: unknown) =>
  toBackup({ clients: [client('c1', 'Bloom', { pillars: PILLARS, ...(rules ? { rules } : {}) })], posts }, { dataVersion: DATA_VERSION, now: new Date('2026-11-24T10:00:00Z') });

describe('cadence check and pillars', () => {
  it("warns on a backup whose month drifts from its client's pillar targets, in English and French", async () => {
    const backup = file('drift.json', backupWith());
    const json = await run('check', backup, '--json');
    expect(ruleIds(json.stdout)).toEqual(['pillar-drift', 'pillar-drift']);
    const en = await run('check', backup);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('pillar-drift: December 2026: “Tips” takes');
    expect(en.stdout).toContain('pillar-drift: December 2026: “Community” takes');
    const fr = await run('check', backup, '--lang', 'fr');
    expect(fr.stdout).toContain('pillar-drift: décembre 2026\u00a0: « Community » occupe');
  });

  it("reads the client's pillar-drift rule like the others: off, or a tolerance wide enough, and no warning", async () => {
    const off = await run('check', file('off.json', backupWith({ ...DEFAULT_RULES, 'pillar-drift': { ...DEFAULT_RULES['pillar-drift'], enabled: false } })));
    expect(off.stdout).toBe('Bloom: no warning\n');
    expect(off.code).toBe(0);
    const wide = await run('check', file('wide.json', backupWith({ 'pillar-drift': { tolerance: 0.6 } })));
    expect(wide.code).toBe(0);
  });

  it('skips pillar-drift on a CSV (its pillars are names, without targets), and says so in the help', async () => {
    const csv = file('plan.csv', toCsv(posts, [client('c1', 'Bloom', { pillars: PILLARS })]));
    const result = await run('check', csv, '--json', '--trust-columns');
    expect(ruleIds(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
    expect((await run('help')).stdout).toContain('a CSV\'s\n      pillar column is read as names, without targets, so that rule is skipped for a CSV.');
  });
});

describe('cadence export and pillars', () => {
  it("writes the pillar's name from a backup, in CSV and in ICS", async () => {
    const backup = file('export.json', backupWith());
    const csv = await run('export', backup, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(fromCsv(csv.stdout).rows.map((r) => r.pillarName)).toEqual(['Tips', 'Tips', 'Tips', 'Tips']);
    const ics = await run('export', backup, '--format', 'ics');
    expect(ics.stdout.match(/^X-CADENCE-PILLAR:.*$/gm)).toEqual(Array(4).fill('X-CADENCE-PILLAR:Tips'));
  });

  it('writes a CSV input’s pillar names back as they came (it knows no ids)', async () => {
    const input = file('names.csv', 'title,date,channel,pilier\r\nA,2026-12-01,instagram,Recettes maison\r\nB,2026-12-02,instagram,\r\n');
    const csv = await run('export', input, '--format', 'csv', '--tz', 'Europe/Paris');
    expect(csv.code).toBe(0);
    expect(fromCsv(csv.stdout).rows.map((r) => r.pillarName)).toEqual(['Recettes maison', null]);
    const ics = await run('export', input, '--format', 'ics', '--tz', 'Europe/Paris');
    expect(ics.stdout).toContain('\r\nX-CADENCE-PILLAR:Recettes maison\r\n');
  });
});
