// The command line and caption limits (issue 16): check reports a caption over its network's limit like
// the guard panel, with the client's X Premium from a backup, and leaves published posts alone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/src/main';
import { DEFAULT_RULES } from '../../../shared/analysis/rules';
import { DATA_VERSION } from '../../../shared/model/version';
import { toBackup } from '../../../shared/serializers/backup';
import { toCsv } from '../../../shared/serializers/csv';
import type { Client } from '../../../shared/model/client';
import { client, post } from './fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'cadence-cli-captions-'));
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
type JsonResult = Array<{ client: string; warnings: Array<{ rule: string; message: string; posts: string[]; fix: string | null }> }>;

// Inviting posts of varied formats on their own days: only the caption rule has something to say.
const posts = [
  post('long', 'c1', '2026-12-01', { channel: 'x', format: 'poll', invitesParticipation: true, caption: 'a'.repeat(290) }),
  post('ok', 'c1', '2026-12-02', { channel: 'linkedin', format: 'quiz', invitesParticipation: true, caption: 'a'.repeat(3000) }),
  post('out', 'c1', '2026-11-20', { channel: 'x', format: 'question', invitesParticipation: true, caption: 'b'.repeat(400), status: 'published' }),
];
const backupWith = (extra: Partial<Client> = {}) =>
  toBackup({ clients: [client('c1', 'Bloom', { channels: ['x', 'linkedin'], ...extra })], posts }, { dataVersion: DATA_VERSION, now: new Date('2026-11-24T10:00:00Z') });

describe('cadence check and caption limits', () => {
  it('reports a caption over its limit, with the post, in English and French', async () => {
    const backup = file('long.json', backupWith());
    const en = await run('check', backup);
    expect(en.code).toBe(1);
    expect(en.stdout).toBe(
      'Bloom: 1 warning\n' +
        '  warning  caption-limit: “Post long” on X: the caption has 290 characters as X counts them (a link is 23, an emoji 2), over the limit of 280. Shorten it by 10 characters.\n' +
        '           posts: Post long (2026-12-01 09:00)\n',
    );
    const fr = await run('check', backup, '--lang', 'fr');
    expect(fr.stdout).toContain('caption-limit: «\u00a0Post long\u00a0» sur X\u00a0: la légende compte 290 caractères selon le décompte de X');
    const json = JSON.parse((await run('check', backup, '--json')).stdout) as JsonResult;
    expect(json[0]?.warnings).toEqual([
      expect.objectContaining({ rule: 'caption-limit', posts: ['long'], fix: null }),
    ]);
  });

  it("reads the client's X Premium and its rules: with Premium, or the rule off, no warning", async () => {
    const premium = await run('check', file('premium.json', backupWith({ xPremium: true })));
    expect(premium.stdout).toBe('Bloom: no warning\n');
    expect(premium.code).toBe(0);
    const off = await run('check', file('off.json', backupWith({ rules: { ...DEFAULT_RULES, 'caption-limit': { enabled: false, severity: 'warning' } } })));
    expect(off.code).toBe(0);
  });

  it('checks the captions of a CSV too, with X held to 280', async () => {
    const csv = file('plan.csv', toCsv(posts, [client('c1', 'Bloom', { xPremium: true })]));
    const result = await run('check', csv, '--json', '--trust-columns');
    const json = JSON.parse(result.stdout) as JsonResult;
    expect(json.flatMap((r) => r.warnings.map((w) => `${w.rule} ${w.posts.join(',')}`))).toEqual(['caption-limit long']);
  });
});
