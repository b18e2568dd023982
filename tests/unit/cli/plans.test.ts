// The command line plans like the app: a spreadsheet without intent or participation columns is read
// through the same caption detection as the editor, rows find their client without a client_id
// column, a problem shared by thousands of rows is said once, and an empty plan is not "no warning".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/src/main';
import { fromCsv } from '../../../shared/serializers/csv';

const dir = mkdtempSync(path.join(tmpdir(), 'cadence-cli-plans-'));
const file = (name: string, lines: readonly string[]) => {
  const full = path.join(dir, name);
  writeFileSync(full, `${lines.join('\n')}\n`);
  return full;
};

const run = async (...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

const rules = (stdout: string) => [...stdout.matchAll(/^ {2}\S+ +([a-z-]+): /gm)].map((m) => m[1]);

// Three posts in a row that sell, said only in their captions.
const SALES = [
  'Winter sale,2026-12-01,Everything is 30% off this weekend: shop now via the link in bio.',
  'Sale day two,2026-12-02,Use code WINTER30 at checkout for 30% off.',
  'Last call,2026-12-03,Only 24 hours left to get 30% off: buy now before it ends.',
];
const STREAK = '  warning  promo-streak: 3 promotional posts in a row (1–3 Dec): more than 2 in a row tires your audience.';

describe('cadence check detects intent and participation where the CSV has no column for them', () => {
  const plan = file('sales.csv', ['title,date,caption', ...SALES]);

  it('a promotional streak in the captions fails the check (exit 1) and is named', async () => {
    const result = await run('check', plan);
    expect(result.code).toBe(1);
    // One client (the file names none), named after the file; the three sales are the streak.
    expect(result.stdout.split('\n')[0]).toBe('sales.csv: 4 warnings');
    expect(result.stdout).toContain(`${STREAK}\n           posts: Winter sale (2026-12-01); Sale day two (2026-12-02); Last call (2026-12-03)\n`);
    expect(rules(result.stdout)).toEqual(['promo-streak', 'no-participation-week', 'format-repeat', 'playful-range']);
    expect(result.stderr).toBe(`${plan}: no channel column, posts counted on instagram\n`);
  });

  it('--trust-columns reads every post as the columns say (informative): no streak', async () => {
    const result = await run('check', plan, '--trust-columns');
    expect(result.stdout.split('\n')[0]).toBe('sales.csv: 3 warnings');
    expect(result.stdout).not.toContain('promo-streak');
    // Still exit 1: the three info rules hold for any week of plain text posts that invite no one.
    expect(rules(result.stdout)).toEqual(['no-participation-week', 'format-repeat', 'playful-range']);
    expect(result.code).toBe(1);
  });

  it('a plan balanced but for its captions: detection exits 1 on the streak alone, --trust-columns exits 0', async () => {
    const balanced = file('balanced.csv', [
      'title,date,format,caption',
      'Winter sale,2026-12-01,image,Everything is 30% off this weekend: shop now via the link in bio.',
      'Sale day two,2026-12-02,short_video,Use code WINTER30 at checkout for 30% off.',
      'Last call,2026-12-03,carousel,Only 24 hours left to get 30% off: buy now before it ends.',
      'Bread quiz,2026-12-04,quiz,Which of our loaves is baked with rye?',
    ]);
    const detected = await run('check', balanced);
    expect(detected.stdout).toBe(
      `balanced.csv: 1 warning\n${STREAK}\n` +
        '           posts: Winter sale (2026-12-01); Sale day two (2026-12-02); Last call (2026-12-03)\n' +
        '           fix: Move “Last call” to Sat 5 Dec, a day with no post: the streak is broken.\n',
    );
    expect(detected.code).toBe(1);
    const trusted = await run('check', balanced, '--trust-columns');
    expect(trusted.stdout).toBe('balanced.csv: no warning\n');
    expect(trusted.code).toBe(0);
  });

  it('a filled intent column is kept, an empty cell is detected', async () => {
    const mixed = file('mixed.csv', [
      'title,date,intent,caption',
      // The file says informative: the caption's "30% off" does not overrule it.
      'Winter sale,2026-12-01,informative,Everything is 30% off this weekend: shop now via the link in bio.',
      ...SALES.slice(1).map((row) => row.replace(/^([^,]*,[^,]*),/, '$1,,')),
    ]);
    const result = await run('check', mixed, '--json');
    const [report] = JSON.parse(result.stdout) as Array<{ warnings: Array<{ rule: string }> }>;
    expect(report!.warnings.map((w) => w.rule)).not.toContain('promo-streak');
    expect(result.code).toBe(1);
  });

  it('export writes the detected intent and participation; --trust-columns writes the columns’ defaults', async () => {
    const quiz = file('export.csv', ['title,date,caption', ...SALES, 'Bread quiz,2026-12-04,Which loaf do you prefer? Tell us in the comments!']);
    const detected = fromCsv((await run('export', quiz, '--format', 'csv')).stdout);
    expect(detected.rows.map((r) => [r.post.title, r.post.intent, r.post.invitesParticipation])).toEqual([
      ['Winter sale', 'promotional', false],
      ['Sale day two', 'promotional', false],
      ['Last call', 'promotional', false],
      ['Bread quiz', 'conversational', true],
    ]);
    // Still the app's own reading: the values stay 'auto', for the editor to detect again.
    expect(detected.rows.map((r) => r.post.intentSource)).toEqual(['auto', 'auto', 'auto', 'auto']);
    const trusted = fromCsv((await run('export', quiz, '--format', 'csv', '--trust-columns')).stdout);
    expect(trusted.rows.map((r) => [r.post.intent, r.post.invitesParticipation])).toEqual([
      ['informative', false],
      ['informative', false],
      ['informative', false],
      ['informative', false],
    ]);
  });
});

describe('cadence check finds each row’s client without a client_id column', () => {
  it('from the client (name) column, one report per client', async () => {
    const named = file('named.csv', [
      'title,date,caption,client',
      ...SALES.map((row) => `${row},Bloom Bakery`),
      'Hello,2026-12-01,Which loaf do you prefer?,Acme',
      'Hi again,2026-12-08,What should we bake next?,acme',
    ]);
    const result = await run('check', named);
    expect(result.stdout.split('\n').filter((l) => !l.startsWith(' '))).toEqual(['Bloom Bakery: 4 warnings', 'Acme: no warning', '']);
    expect(result.stdout).toContain(STREAK);
    expect(result.code).toBe(1);
    const acme = await run('check', named, '--client', 'ACME');
    expect(acme.stdout).toBe('Acme: no warning\n');
    expect(acme.code).toBe(0);
  });

  it('from --client NAME when the rows name none', async () => {
    const plain = file('plain.csv', ['title,date,caption', ...SALES]);
    const result = await run('check', plain, '--client', 'Bloom Bakery', '--json');
    const report = JSON.parse(result.stdout) as Array<{ client: string; warnings: Array<{ rule: string; posts: string[] }> }>;
    expect(report.map((r) => r.client)).toEqual(['Bloom Bakery']);
    expect(report[0]!.warnings[0]).toMatchObject({ rule: 'promo-streak', posts: ['line-2', 'line-3', 'line-4'] });
    expect(result.code).toBe(1);
  });

  it('from the file’s only client when some rows leave the cell empty', async () => {
    const partly = file('partly.csv', ['title,date,caption,client', `${SALES[0]},Bloom Bakery`, `${SALES[1]},`, `${SALES[2]},`]);
    const result = await run('check', partly);
    expect(result.stdout.split('\n')[0]).toBe('Bloom Bakery: 4 warnings');
    expect(result.stdout).toContain('posts: Winter sale (2026-12-01); Sale day two (2026-12-02); Last call (2026-12-03)');
    expect(result.code).toBe(1);
  });

  it('says which rows have none when the file names two clients, and --client settles them', async () => {
    const two = file('two.csv', ['title,date,caption,client', `${SALES[0]},Bloom Bakery`, `${SALES[1]},Acme`, `${SALES[2]},`]);
    const result = await run('check', two);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${two}: cannot be read\n  line 4: no client for this row: the file names 2 clients (fill its client or client_id cell, or give --client NAME)\n`,
    );
    const settled = await run('check', two, '--client', 'acme', '--json');
    const report = JSON.parse(settled.stdout) as Array<{ client: string; warnings: Array<{ rule: string; posts: string[] }> }>;
    expect(report.map((r) => r.client)).toEqual(['Acme']);
    expect(report[0]!.warnings.find((w) => w.rule === 'no-participation-week')?.posts).toEqual(['line-3', 'line-4']);
  });
});

describe('cadence check reports each problem once', () => {
  it('5,000 rows without a client: one line with the first rows and the count; another problem on its own line', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Post ${i},2026-12-01,Hello,`);
    rows[2499] = 'Broken,2026-02-30,Hello,';
    const big = file('big.csv', ['title,date,caption,client', 'First,2026-12-01,Hi,Bloom Bakery', 'Second,2026-12-01,Hi,Acme', ...rows]);
    const result = await run('check', big);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      `${big}: cannot be read`,
      '  line 4, 5, 6 … (4,999 rows): no client for this row: the file names 2 clients (fill its client or client_id cell, or give --client NAME)',
      "  line 2503: date '2026-02-30' does not exist",
      '',
    ]);
  });

  it('the same for export', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Post ${i},2026-12-01,blue`);
    const result = await run('export', file('channels.csv', ['title,date,channel', ...rows]), '--format', 'ics');
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^ {2}line 2, 3, 4 … \(5,000 rows\): unknown channel 'blue' — expected one of instagram, /);
  });
});

describe('cadence check and export refuse a plan with no posts', () => {
  it('a header and no rows: "no posts", exit 2', async () => {
    const empty = file('empty.csv', ['title,date,caption', '', '']);
    const result = await run('check', empty);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${empty}: no posts (a header and no rows)\n` });
    const exported = await run('export', empty, '--format', 'csv');
    expect(exported).toEqual({ code: 2, stdout: '', stderr: `cadence export: ${empty}: no posts (a header and no rows)\n` });
  });
});

describe('cadence check escapes control characters from the file', () => {
  it('in a title, and in a client name given with --client', async () => {
    const titled = file('bell.csv', ['title,date,caption', `"Winter\u0007 sale\u001b[2J",${SALES[0]!.split(',').slice(1).join(',')}`, ...SALES.slice(1)]);
    const result = await run('check', titled, '--client', 'Bloom\u001b[31m');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('Bloom\\u001b[31m: 4 warnings');
    expect(result.stdout).toContain('posts: Winter\\u0007 sale\\u001b[2J (2026-12-01); Sale day two (2026-12-02)');
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
    expect(result.stdout.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
