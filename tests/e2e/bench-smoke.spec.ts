import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The bench's smoke run (`node scripts/bench.mjs --smoke`): a tiny data set, one iteration of every
// part (seeding, cold start, month switch, drop, the dense month beside FullCalendar and
// react-big-calendar, import/export in Chromium, memory, the Node figures), so `npm run bench` cannot
// rot. It asserts what was shown and stored, never how fast: timings on a shared machine are noise.
// It uses the app build the e2e run just made (--no-build), its own ports and its own build folder.

const ROOT = path.resolve(__dirname, '..', '..');

type Check = { ok: boolean; title: string; cards: number; more: number; expected: number };
type Figure = { median: number; runs: number[] };
type Cell = { initial: { painted: Figure; busy: Figure }; switch: { painted: Figure; busy: Figure }; checks: Check[] };

test('bench smoke run: seeded data shown and stored as generated, every part reporting', async () => {
  test.setTimeout(300_000);
  const out = mkdtempSync(path.join(tmpdir(), 'cadence-bench-smoke-'));
  try {
    const run = spawnSync(process.execPath, ['scripts/bench.mjs', '--smoke', '--no-build', '--out', out, '--port', '4895', '--pages-port', '4896'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 280_000,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const r = JSON.parse(readFileSync(path.join(out, 'latest.json'), 'utf8'));
    const sane = (f: Figure) => {
      expect(f.runs).toHaveLength(1);
      expect(Number.isFinite(f.median) && f.median > 0).toBe(true);
    };

    // The tiny agency: 2 clients × 1 channel × 92 days + 3 ideas each, and "Density 200" (200 in June, 200 in July).
    expect(r.meta.smoke).toBe(true);
    expect(r.meta.dataset).toMatchObject({ agencyPosts: 190, densePosts: 400, posts: 590, month: '2026-06' });

    // Cadence: the seeded month, then the next one, card for card (visible + "+N more").
    expect(r.app.coldStart.check).toMatchObject({ ok: true, title: 'June 2026', expected: 30 });
    expect(r.app.coldStart.check.cards + r.app.coldStart.check.more).toBe(30);
    expect(r.app.monthSwitch.check).toMatchObject({ ok: true, title: 'July 2026', expected: 31 });
    expect(r.app.monthSwitch.check.cards + r.app.monthSwitch.check.more).toBe(31);
    sane(r.app.coldStart.painted);
    sane(r.app.monthSwitch.painted);
    sane(r.app.drop.persisted);
    expect(r.app.drop.undone).toBe(true);
    // The drop moves a post to the next week: the guard's state (week mix at least) must change, and
    // the figure says in which frame after the drop it was painted.
    sane(r.app.drop.guard);
    expect(r.app.drop.guardChanged).toBe(true);
    expect(r.app.drop.guardFrameIndex).toHaveLength(1);

    // The dense month in Cadence and in both peers: every post accounted for, "+N more" in use.
    const cells: Record<string, Cell> = r.density['200'];
    expect(Object.keys(cells).sort()).toEqual(['big-calendar', 'cadence', 'fullcalendar', 'fullcalendar-builtin']);
    for (const [name, cell] of Object.entries(cells)) {
      sane(cell.initial.painted);
      sane(cell.switch.painted);
      expect(cell.initial.busy.median, name).toBeGreaterThan(0);
      expect(cell.checks.map((c) => c.title), name).toEqual(['June 2026', 'July 2026']);
      for (const check of cell.checks) {
        expect(check.ok, `${name} ${JSON.stringify(check)}`).toBe(true);
        expect(check.cards + check.more, name).toBe(check.expected);
        expect(check.cards, name).toBeGreaterThan(0);
        expect(check.more, name).toBeGreaterThan(0);
      }
    }
    // Cadence counts the month's own cells: exactly the 200 of each month.
    expect(cells.cadence!.checks.map((c) => c.expected)).toEqual([200, 200]);

    // Import and export with the app's own worker and transaction; the Node figures.
    expect(r.chromium.importCsv).toMatchObject({ rows: 184, imported: 184, stored: 184, errors: 0 });
    expect(r.chromium.exportYear.posts).toBe(184);
    expect(r.chromium.exportYear.csv.bytes).toBeGreaterThan(0);
    expect(r.chromium.exportYear.ics.bytes).toBeGreaterThan(0);
    expect(r.node.exportYear.posts).toBe(184);
    expect(r.node.importCsv).toMatchObject({ rows: 184, read: 184, errors: 0 });
    expect(r.node.analysis.posts).toBe(40);
    expect(r.memory.months).toBe(2);
    expect(r.memory.afterBrowsingMb).toBeGreaterThan(0);

    const md = readFileSync(path.join(out, 'latest.md'), 'utf8');
    expect(md).toContain('SMOKE RUN');
    expect(md).toContain('## A month holding N posts, side by side');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
