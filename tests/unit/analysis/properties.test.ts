import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, applyFix } from '../../../shared/analysis/analyze';
import { DEFAULT_RULES, type GuardRules } from '../../../shared/analysis/rules';
import type { AnalysisPost, AnalyzeOptions, Fix } from '../../../shared/analysis/types';
import { WEEK_STARTS, type Channel } from '../../../shared/model/enums';
import type { FormatId } from '../../../shared/model/formats';
import { utcDay } from './fixtures';

// Small worlds on purpose: few days, channels, formats and times, so that streaks, repeats, ties
// and crowded days happen often.
const START = '2026-10-19';
const SPAN = 45;
const CHANNELS_USED: Channel[] = ['instagram', 'linkedin', 'x'];
const FORMATS_USED: FormatId[] = ['image', 'carousel', 'video', 'poll'];

const postArb = fc.record({
  offset: fc.integer({ min: 0, max: SPAN - 1 }),
  dated: fc.double({ min: 0, max: 1, noNaN: true }),
  time: fc.constantFrom(null, '08:00', '12:30', '12:30', '18:00'),
  channel: fc.constantFrom(...CHANNELS_USED),
  format: fc.constantFrom(...FORMATS_USED),
  tone: fc.constantFrom('serious', 'playful'),
  intent: fc.constantFrom('promotional', 'promotional', 'informative', 'conversational'),
  invitesParticipation: fc.boolean(),
  status: fc.constantFrom('draft', 'scheduled', 'published', 'idea'),
});

const postsArb = fc.array(postArb, { maxLength: 70 }).map((list) =>
  list.map(
    (p, i): AnalysisPost => ({
      id: `p${String(i).padStart(3, '0')}`,
      date: p.dated < 0.05 ? null : utcDay(START, p.offset),
      time: p.time,
      channel: p.channel,
      format: p.format,
      tone: p.tone as AnalysisPost['tone'],
      intent: p.intent as AnalysisPost['intent'],
      invitesParticipation: p.invitesParticipation,
      title: `Post ${i}`,
      status: p.status as AnalysisPost['status'],
    }),
  ),
);

const rulesArb: fc.Arbitrary<GuardRules> = fc
  .record({
    maxInARow: fc.integer({ min: 1, max: 3 }),
    streakScope: fc.constantFrom('all', 'channel'),
    maxShare: fc.constantFrom(0, 0.2, 1 / 3, 0.5),
    windowDays: fc.integer({ min: 1, max: 21 }),
    minPosts: fc.integer({ min: 1, max: 6 }),
    repeatCount: fc.integer({ min: 2, max: 4 }),
    repeatScope: fc.constantFrom('all', 'channel'),
    playfulMin: fc.constantFrom(0, 0.3, 0.4),
    playfulMax: fc.constantFrom(0.5, 0.7, 1),
    weekMin: fc.integer({ min: 1, max: 4 }),
    perDay: fc.integer({ min: 1, max: 3 }),
  })
  .map((r) => ({
    'promo-streak': { ...DEFAULT_RULES['promo-streak'], maxInARow: r.maxInARow, scope: r.streakScope as 'all' | 'channel' },
    'promo-share': { ...DEFAULT_RULES['promo-share'], preset: 'custom', maxShare: r.maxShare, windowDays: r.windowDays, minPosts: r.minPosts },
    'no-participation-week': { ...DEFAULT_RULES['no-participation-week'], minPosts: r.weekMin },
    'format-repeat': { ...DEFAULT_RULES['format-repeat'], repeatCount: r.repeatCount, scope: r.repeatScope as 'all' | 'channel' },
    'playful-range': { ...DEFAULT_RULES['playful-range'], min: r.playfulMin, max: r.playfulMax, minPosts: r.weekMin },
    'channel-frequency': {
      ...DEFAULT_RULES['channel-frequency'],
      maxPerDay: { ...DEFAULT_RULES['channel-frequency'].maxPerDay, instagram: r.perDay, linkedin: r.perDay, x: r.perDay },
    },
    'pillar-drift': DEFAULT_RULES['pillar-drift'],
    'caption-limit': DEFAULT_RULES['caption-limit'],
    'approval-due': DEFAULT_RULES['approval-due'],
  }));

const optionsArb = fc.record({
  rules: rulesArb,
  weekStartsOn: fc.constantFrom(...WEEK_STARTS),
  today: fc.option(fc.integer({ min: 0, max: SPAN }).map((o) => utcDay(START, o)), { nil: undefined }),
});

const withShuffle = postsArb.chain((posts) =>
  fc.tuple(fc.constant(posts), fc.shuffledSubarray(posts, { minLength: posts.length, maxLength: posts.length })),
);

// Messages are written when read (LazyText): JSON writes them, so the comparisons include them.
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

const fixIds = (fix: Fix | undefined): string[] =>
  fix === undefined ? [] : fix.kind === 'swap' ? [fix.postIdA, fix.postIdB] : [fix.postId];

describe('analysis properties', () => {
  it('does not depend on the order of the posts', () => {
    fc.assert(
      fc.property(withShuffle, optionsArb, ([posts, shuffled], options) => {
        expect(plain(analyze(shuffled, options))).toEqual(plain(analyze(posts, options)));
      }),
    );
  });

  it('gives the same result for posts sorted by day, the order the store returns them in', () => {
    // Input sorted by day takes a shorter path in `prepare` (each day put in order on its own).
    const byDayThenId = (a: AnalysisPost, b: AnalysisPost) =>
      (a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : a.id < b.id ? -1 : 1;
    fc.assert(
      fc.property(withShuffle, optionsArb, ([posts, shuffled], options) => {
        expect(plain(analyze([...posts].sort(byDayThenId), options))).toEqual(plain(analyze(shuffled, options)));
      }),
    );
  });

  it('only names posts that exist and have a day; ids are unique; posts are in calendar order', () => {
    fc.assert(
      fc.property(postsArb, optionsArb, (posts, options) => {
        const byId = new Map(posts.map((p) => [p.id, p]));
        const { warnings, streakPostIds } = analyze(posts, options);
        expect(new Set(warnings.map((w) => w.id)).size).toBe(warnings.length);
        const key = (id: string) => {
          const p = byId.get(id) as AnalysisPost;
          return `${p.date} ${p.time ?? '     '} ${p.id}`; // untimed sorts first: spaces < digits
        };
        for (const w of warnings) {
          for (const id of [...w.postIds, ...fixIds(w.fix)]) expect(byId.get(id)?.date).toBeTruthy();
          const keys = w.postIds.map(key);
          expect(keys).toEqual([...keys].sort());
        }
        for (const id of streakPostIds) expect(byId.has(id)).toBe(true);
      }),
    );
  });

  it('with from/to, only removes: every warning, week and month it returns is one of the full analysis', () => {
    const rangeArb = fc
      .tuple(fc.integer({ min: -5, max: SPAN + 5 }), fc.integer({ min: 0, max: 30 }))
      .map(([a, len]) => ({ from: utcDay(START, a), to: utcDay(START, a + len) }));
    fc.assert(
      fc.property(postsArb, optionsArb, rangeArb, (posts, options, range) => {
        const full = analyze(posts, options);
        const part = analyze(posts, { ...options, ...range });
        const fullWarnings = new Map(full.warnings.map((w) => [w.id, w]));
        for (const w of part.warnings) {
          expect(plain(w)).toEqual(plain(fullWarnings.get(w.id)));
          const inRange = w.postIds.some((id) => {
            const d = posts.find((p) => p.id === id)?.date as string;
            return d >= range.from && d <= range.to;
          });
          expect(inRange).toBe(true);
        }
        // Nothing in range is lost either.
        for (const w of full.warnings) {
          const touches = w.postIds.some((id) => {
            const d = posts.find((p) => p.id === id)?.date as string;
            return d >= range.from && d <= range.to;
          });
          expect(part.warnings.some((x) => x.id === w.id)).toBe(touches);
        }
        const fullWeeks = new Map(full.weeks.map((w) => [w.start, w]));
        for (const week of part.weeks) {
          if (week.total > 0) expect(week).toEqual(fullWeeks.get(week.start));
          expect(week.end >= range.from && week.start <= range.to).toBe(true);
        }
        const fullMonths = new Map(full.months.map((m) => [m.start, m]));
        for (const month of part.months) if (month.total > 0) expect(month).toEqual(fullMonths.get(month.start));
      }),
    );
  });

  it('proposes only safe fixes: applied, the warning is gone and its rule raises nothing new', () => {
    fc.assert(
      fc.property(postsArb, optionsArb, (posts, options: AnalyzeOptions) => {
        const before = analyze(posts, options).warnings;
        for (const w of before) {
          if (w.fix === undefined) continue;
          const after = analyze(applyFix(posts, w.fix), options).warnings.filter((x) => x.ruleId === w.ruleId);
          const had = new Set(before.filter((x) => x.ruleId === w.ruleId).map((x) => x.id));
          expect(after.map((x) => x.id)).not.toContain(w.id);
          for (const x of after) expect(had.has(x.id)).toBe(true);
          // Fixes never touch published posts, nor posts or days before today.
          for (const id of fixIds(w.fix)) {
            const p = posts.find((q) => q.id === id) as AnalysisPost;
            expect(p.status).not.toBe('published');
            if (options.today !== undefined) expect((p.date as string) >= options.today).toBe(true);
          }
          if (w.fix.kind === 'move' && options.today !== undefined) expect(w.fix.toDate >= options.today).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shares are fractions of the total, 0 for an empty period, and weeks tile the calendar', () => {
    fc.assert(
      fc.property(postsArb, optionsArb, (posts, options) => {
        const { weeks, months } = analyze(posts, options);
        const dated = posts.filter((p) => p.date !== null).length;
        expect(weeks.reduce((n, w) => n + w.total, 0)).toBe(dated);
        expect(months.reduce((n, m) => n + m.total, 0)).toBe(dated);
        for (let i = 1; i < weeks.length; i++) expect(weeks[i]?.start).toBe(utcDay(weeks[i - 1]?.end as string, 1));
        for (const p of [...weeks, ...months]) {
          expect(p.serious + p.playful).toBe(p.total);
          for (const s of [p.playfulShare, p.promotionalShare, p.invitingShare]) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(1);
          }
          if (p.total === 0) expect([p.playfulShare, p.promotionalShare, p.invitingShare]).toEqual([0, 0, 0]);
          else expect(p.promotionalShare).toBeCloseTo(p.promotional / p.total, 12);
        }
      }),
    );
  });
});
