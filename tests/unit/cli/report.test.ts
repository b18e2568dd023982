import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../../cli/src/input';
import { report, type ReportOptions } from '../../../cli/src/report';
import { insights } from '../../../shared/insights/lift';
import type { ResultSnapshot } from '../../../shared/model/results';
import { toBackup } from '../../../shared/serializers/backup';
import { toCsv } from '../../../shared/serializers/csv';
import { client, post } from './fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'cadence-report-'));
const file = (name: string, text: string) => {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
};

const snapshot = (postId: string, reach: number, reactions: number, over: Partial<ResultSnapshot> = {}): ResultSnapshot => ({
  id: `r-${postId}`,
  postId,
  takenAt: '2026-11-20T10:00:00+01:00',
  label: '7d',
  source: 'manual',
  reach,
  impressions: null,
  reactions,
  comments: 0,
  shares: 0,
  saves: 0,
  clicks: 0,
  repliesByTeam: 0,
  firstReplyMinutes: null,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  ...over,
});

const bloom = client('c1', 'Bloom Bakery');
const acme = client('c2', 'Acme');
// Bloom, November: 5 quizzes (inviting by nature) at 6, 7, 8, 9, 10 % and 5 images at 2, 3, 4, 5, 6 %:
// means 8 % and 4 %, lift +100 %; each group spread the same, so the interval is well above 0.
const quizzes = [6, 7, 8, 9, 10].map((rate, i) => ({
  post: post(`q${i}`, 'c1', `2026-11-0${i + 2}`, { format: 'quiz', tone: 'playful', status: 'published', title: `Quiz ${i}` }),
  result: snapshot(`q${i}`, 100, rate),
}));
const images = [2, 3, 4, 5, 6].map((rate, i) => ({
  post: post(`i${i}`, 'c1', `2026-11-1${i}`, { status: 'published', title: `Image ${i}` }),
  // 2 of the rate are comments, half of them answered.
  result: snapshot(`i${i}`, 100, rate - 2, { comments: 2, repliesByTeam: 1, firstReplyMinutes: 30 + i * 10 }),
}));
// Two LinkedIn posts and an Acme post, to check the channel and client filters.
const linkedin = [
  { post: post('l1', 'c1', '2026-10-05', { channel: 'linkedin', status: 'published' }), result: snapshot('l1', 1000, 10, { reach: null, impressions: 1000 }) },
  { post: post('l2', 'c1', '2026-10-06', { channel: 'linkedin', status: 'published', format: 'poll' }), result: snapshot('l2', 1000, 30, { reach: null, impressions: 1000 }) },
];
const acmePosts = [{ post: post('a1', 'c2', '2026-11-03', { status: 'published' }), result: snapshot('a1', 50, 5) }];
const all = [...quizzes, ...images, ...linkedin, ...acmePosts];
const backup = toBackup(
  { clients: [bloom, acme], posts: all.map((p) => p.post), results: all.map((p) => p.result) },
  { dataVersion: 3, now: new Date('2026-11-24T10:00:00Z') },
);

const run = async (filePath: string, options: Partial<ReportOptions> = {}) => {
  const read = await readInput(filePath);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  let stdout = '';
  let stderr = '';
  const code = report(read.input, { lang: 'en', json: false, ...options }, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr, input: read.input };
};

describe('readInput with results', () => {
  it('returns the results of a backup, and none for a CSV', async () => {
    const fromBackup = await readInput(file('with-results.json', backup));
    expect(fromBackup.ok && fromBackup.input.results.map((r) => r.postId)).toEqual(all.map((p) => p.post.id));
    const csv = await readInput(file('plan.csv', toCsv(all.map((p) => p.post), [bloom, acme])));
    expect(csv.ok && csv.input.results).toEqual([]);
    const old = toBackup({ clients: [bloom], posts: [quizzes[0]!.post] }, { dataVersion: 2, now: new Date('2026-11-24T10:00:00Z') });
    const fromOld = await readInput(file('v2.json', old));
    expect(fromOld.ok && fromOld.input.results).toEqual([]);
  });
});

describe('cadence report', () => {
  it('prints the lift table for a client, channel and period', async () => {
    const result = await run(file('b1.json', backup), { client: 'bloom bakery', channel: 'instagram', from: '2026-11-01', to: '2026-11-30' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out).toContain('Bloom Bakery · instagram · 2026-11-01 to 2026-11-30 · latest results of each post');
    expect(out).toContain('10 published posts, 10 with results, 10 with an engagement rate (10 on reach, 0 on impressions)');
    const inviting = out.split('\n').find((l) => l.startsWith('  Inviting participation'));
    expect(inviting).toMatch(/Inviting participation\s+5\s+5\s+8\.0%\s+4\.0%\s+\+100%\s+\+\d+% to \+\d+%\s+higher$/);
    expect(out).toMatch(/\n {4}Quiz\s+5\s+5\s+8\.0%/);
    expect(out).toMatch(/\n {4}Playful\s+5/);
    expect(out).toContain('Reply coverage: 50.0% on average over 5 posts with comments (0 without any reply)');
    expect(out).toContain('Median time to first reply: 50 min over 5 posts');
    expect(out).toMatch(/\n {2}2026-11\s+5\s+5\s+8\.0%\s+4\.0%\s+\+100%/);
    expect(out).not.toContain('Acme');
  });

  it('agrees with shared/insights, number for number, in --json', async () => {
    const result = await run(file('b2.json', backup), { client: 'Bloom Bakery', channel: 'instagram', json: true });
    const parsed = JSON.parse(result.stdout) as Array<{ client: string; channels: string[]; insights: ReturnType<typeof insights> }>;
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.client).toBe('Bloom Bakery');
    expect(parsed[0]!.channels).toEqual(['instagram']);
    const expected = insights(result.input.posts, result.input.results, { clientId: 'c1', channels: ['instagram'] });
    expect(parsed[0]!.insights).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(parsed[0]!.insights.participation.lift).toBeCloseTo(1, 12);
    expect(parsed[0]!.insights.participation.verdict).toBe('higher');
  });

  it('says "too few posts to tell" under the minimum, and reports every client by default', async () => {
    const result = await run(file('b3.json', backup), { channel: 'linkedin' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Bloom Bakery · linkedin · all dates');
    expect(result.stdout).toContain('Acme · linkedin');
    const inviting = result.stdout.split('\n').find((l) => l.startsWith('  Inviting participation'));
    expect(inviting).toMatch(/\+200%\s+—\s+too few posts to tell$/);
  });

  it('speaks French with --lang fr', async () => {
    const result = await run(file('b4.json', backup), { client: 'Bloom Bakery', channel: 'instagram', lang: 'fr' });
    expect(result.stdout).toContain('10 publications publiées, 10 avec des résultats');
    expect(result.stdout).toMatch(/Invitant à participer\s+5\s+5\s+8,0 %\s+4,0 %\s+\+100 %/);
    expect(result.stdout).toContain('plus élevé');
    expect(result.stdout).toMatch(/ {4}Ludique/);
  });

  it('compares one reading with --label', async () => {
    const relabelled = toBackup(
      { clients: [bloom], posts: quizzes.map((q) => q.post), results: quizzes.map((q, i) => ({ ...q.result, label: i < 2 ? '24h' : '7d' })) },
      { dataVersion: 3, now: new Date('2026-11-24T10:00:00Z') },
    );
    const result = await run(file('b5.json', relabelled), { label: '24h', json: true });
    const parsed = JSON.parse(result.stdout) as Array<{ insights: { withResults: number; posts: number } }>;
    expect(parsed[0]!.insights).toMatchObject({ posts: 5, withResults: 2 });
  });

  it('notes that a CSV of posts holds no results', async () => {
    const result = await run(file('plan2.csv', toCsv(quizzes.map((q) => q.post), [bloom])));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('5 published posts, 0 with results');
    expect(result.stdout).toContain('a CSV of posts holds no results');
  });

  it('refuses wrong arguments with exit 2 and a message', async () => {
    const path1 = file('b6.json', backup);
    const cases: [Partial<ReportOptions>, RegExp][] = [
      [{ from: '2026-02-30' }, /--from 2026-02-30: expected a date/],
      [{ from: '2026-12-01', to: '2026-11-01' }, /--to 2026-11-01 is before --from 2026-12-01/],
      [{ channel: 'myspace' }, /--channel myspace: expected one of instagram/],
      [{ label: '3d' }, /--label 3d: expected one of 24h, 7d, 28d, custom/],
      [{ client: 'Nobody' }, /no client is named "Nobody"/],
    ];
    for (const [options, message] of cases) {
      const result = await run(path1, options);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });
});

describe('cadence report through the command line entry', () => {
  const runMain = async (argv: string[]) => {
    const { main } = await import('../../../cli/src/main');
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) });
    return { code, stdout, stderr };
  };
  type Parsed = Array<{ client: string; channels: string[] | null; insights: ReturnType<typeof insights> }>;

  it('--client and --channel pick the posts the figures are computed on', async () => {
    const path = file('via-main.json', backup);
    const filtered = await runMain(['report', path, '--client', 'Bloom Bakery', '--channel', 'instagram', '--json']);
    expect(filtered.stderr).toBe('');
    expect(filtered.code).toBe(0);
    const [bloomOnly, ...others] = JSON.parse(filtered.stdout) as Parsed;
    expect(others).toEqual([]);
    expect(bloomOnly!.client).toBe('Bloom Bakery');
    expect(bloomOnly!.channels).toEqual(['instagram']);
    // 5 quizzes at 8 % on average against 5 images at 4 %: the two LinkedIn posts and Acme's are out.
    expect(bloomOnly!.insights.participation.lift).toBeCloseTo(1, 12);

    // Without --channel the LinkedIn posts (a poll at 3 %, an image at 1 %, on impressions) count too.
    const [everyChannel] = JSON.parse((await runMain(['report', path, '--client', 'Bloom Bakery', '--json'])).stdout) as Parsed;
    expect(everyChannel!.insights).toEqual(JSON.parse(JSON.stringify(insights(all.map((p) => p.post), all.map((p) => p.result), { clientId: 'c1' }))));
    expect(everyChannel!.insights.participation.lift).not.toBeCloseTo(1, 3);

    // --channel linkedin alone, and every client without --client.
    const [linkedinOnly] = JSON.parse((await runMain(['report', path, '--client', 'bloom bakery', '--channel', 'linkedin', '--json'])).stdout) as Parsed;
    expect(linkedinOnly!.insights).toEqual(
      JSON.parse(JSON.stringify(insights(all.map((p) => p.post), all.map((p) => p.result), { clientId: 'c1', channels: ['linkedin'] }))),
    );
    const both = JSON.parse((await runMain(['report', path, '--json'])).stdout) as Parsed;
    expect(both.map((r) => r.client).sort()).toEqual(['Acme', 'Bloom Bakery']);
  });

  it('refuses an unknown label or client with exit code 2', async () => {
    const path = file('via-main-2.json', backup);
    expect((await runMain(['report', path, '--label', 'yesterday'])).code).toBe(2);
    const nobody = await runMain(['report', path, '--client', 'Nobody']);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('Nobody');
  });
});
