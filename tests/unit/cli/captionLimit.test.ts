// The command line and caption limits (issue 16): check reports a caption or first comment over its
// network's limit like the guard panel, with the backup's client's X Premium raising X's limit.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/src/main';
import { DATA_VERSION } from '../../../shared/model/version';
import { toBackup } from '../../../shared/serializers/backup';
import { toCsv } from '../../../shared/serializers/csv';
import { only } from '../analysis/helpers';
import { client, post } from './fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'cadence-cli-caption-'));
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

const posts = [
  post('p1', 'c1', '2026-12-01', { channel: 'x', caption: 'a'.repeat(281) }),
  // A stored first comment is at most 2,200 characters: over the limit only where the network's is lower.
  post('p2', 'c1', '2026-12-02', { channel: 'bluesky', caption: 'Fine', firstComment: 'b'.repeat(301) }),
  post('p3', 'c1', '2026-12-03', { channel: 'x', caption: 'a'.repeat(400), status: 'published' }),
];
const backupWith = (extra: { xPremium?: boolean; rules?: unknown } = {}) =>
  toBackup(
    { clients: [client('c1', 'Bloom', { channels: ['x', 'bluesky'], rules: only('caption-limit'), ...extra })], posts },
    { dataVersion: DATA_VERSION, now: new Date('2026-11-24T10:00:00Z') },
  );

describe('cadence check and caption limits', () => {
  it('warns on a caption and a first comment over their limits, in English and French, published posts left out', async () => {
    const backup = file('over.json', backupWith());
    const json = await run('check', backup, '--json');
    expect(json.stderr).toBe('');
    expect(json.code).toBe(1);
    const [bloom] = JSON.parse(json.stdout) as JsonResult;
    expect(bloom?.warnings.map((w) => [w.rule, w.posts, w.fix])).toEqual([
      ['caption-limit', ['p1'], null],
      ['caption-limit', ['p2'], null],
    ]);
    const en = await run('check', backup);
    expect(en.stdout).toContain(
      'warning  caption-limit: “Post p1” on X: the caption has 281 characters as X counts them (a link is 23, an emoji 2), over the limit of 280. Shorten it by 1 character.',
    );
    expect(en.stdout).toContain('caption-limit: “Post p2” on Bluesky: the first comment has 301 characters, over the limit of 300. Shorten it by 1 character.');
    expect(en.stdout).toContain('posts: Post p1 (2026-12-01 09:00)');
    const fr = await run('check', backup, '--lang', 'fr');
    expect(fr.stdout).toContain('caption-limit: «\u00a0Post p2\u00a0» sur Bluesky\u00a0: le premier commentaire compte 301 caractères, au-delà de la limite de 300. Raccourcissez-le de 1 caractère.');
  });

  it("reads the backup client's X Premium, and the rule turned off says nothing", async () => {
    const premium = await run('check', file('premium.json', backupWith({ xPremium: true })), '--json');
    expect((JSON.parse(premium.stdout) as JsonResult)[0]?.warnings.map((w) => w.posts)).toEqual([['p2']]);
    const off = await run('check', file('off.json', backupWith({ rules: { ...only('caption-limit'), 'caption-limit': { enabled: false, severity: 'warning' } } })));
    expect(off.code).toBe(0);
    expect(off.stdout).toContain('no warning');
  });

  it('prints the warning as the other rules print theirs: severity, rule, message, then the post', async () => {
    const one = toBackup(
      { clients: [client('c1', 'Bloom', { channels: ['x'], rules: only('caption-limit') })], posts: [posts[0]!] },
      { dataVersion: DATA_VERSION, now: new Date('2026-11-24T10:00:00Z') },
    );
    const en = await run('check', file('one.json', one));
    expect(en.stdout).toBe(
      'Bloom: 1 warning\n' +
        '  warning  caption-limit: “Post p1” on X: the caption has 281 characters as X counts them (a link is 23, an emoji 2), over the limit of 280. Shorten it by 1 character.\n' +
        '           posts: Post p1 (2026-12-01 09:00)\n',
    );
  });

  it('checks the captions of a CSV, whose stand-in client has no X Premium', async () => {
    const csv = file('posts.csv', toCsv(posts, [client('c1', 'Bloom')]));
    const json = await run('check', csv, '--json');
    const warnings = (JSON.parse(json.stdout) as JsonResult).flatMap((r) => r.warnings.filter((w) => w.rule === 'caption-limit'));
    expect(warnings.map((w) => w.posts)).toEqual([['p1'], ['p2']]);
  });
});
