// The command line carries a post's first comment and review state: `cadence export` of a backup
// writes them into CSV and ICS, and a CSV read by the CLI writes them back out (comments stay in backups).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/src/main';
import { toBackup } from '../../../shared/serializers/backup';
import { fromCsv } from '../../../shared/serializers/csv';
import { fromIcs } from '../../../shared/serializers/ics';
import { client, post } from './fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'cadence-first-comment-'));
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
const FIRST = '#pain #levain\nLink in bio';
const posts = [
  post('p1', 'c1', '2026-11-03', {
    title: 'Croissant day',
    caption: 'Warm croissants #paris',
    firstComment: FIRST,
    approval: {
      state: 'approved',
      changedAfterReview: true,
      comments: [{ id: 'k1', author: 'Claire', at: '2026-11-01T09:00:00.000Z', text: 'Internal: check the price', kind: 'internal' }],
    },
  }),
  post('p2', 'c1', '2026-11-04', { title: 'Plain' }),
];
const backup = file('backup.json', toBackup({ clients: [bloom], posts }, { dataVersion: 3, now: new Date('2026-11-24T10:00:00Z') }));

describe('cadence export: first comment and review', () => {
  it('writes them into a CSV, without the review’s comments, and a CSV of that CSV keeps them', async () => {
    const result = await run('export', backup, '--format', 'csv');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('check the price');
    const rows = fromCsv(result.stdout).rows;
    expect(rows.map((r) => [r.post.title, r.post.firstComment, r.approval])).toEqual([
      ['Croissant day', FIRST, { state: 'approved', changedAfterReview: true }],
      ['Plain', undefined, null],
    ]);
    const again = await run('export', file('plan.csv', result.stdout), '--format', 'csv');
    expect(again.code).toBe(0);
    expect(fromCsv(again.stdout).rows.map((r) => [r.post.firstComment, r.approval])).toEqual([
      [FIRST, { state: 'approved', changedAfterReview: true }],
      [undefined, null],
    ]);
  });

  it('writes them into an ICS file, DESCRIPTION the caption alone', async () => {
    const result = await run('export', backup, '--format', 'ics');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('DESCRIPTION:Warm croissants #paris\r\n');
    expect(result.stdout).toContain('X-CADENCE-FIRST-COMMENT:#pain #levain\\nLink in bio\r\n');
    const back = fromIcs(result.stdout, { clientId: 'c1', timeZone: 'Europe/Paris' });
    expect(back.posts.map((p) => [p.post.firstComment, p.approval])).toEqual([
      [FIRST, { state: 'approved', changedAfterReview: true }],
      [undefined, undefined],
    ]);
  });
});
