/**
 * Random clients for the planner's property tests: a rhythm, rules, pillars, and a FULL plan of the
 * rhythm's slots that the guard finds clean (built at random, kept only when clean). Deleting posts
 * from it leaves a calendar for which a zero-warning completion provably exists: the deleted posts.
 *
 * The rhythm fills every weekday × time it names (perWeek = days × times) and the range is whole
 * weeks starting today, so the slots the planner must fill are exactly the deleted posts' slots.
 */
import fc from 'fast-check';
import { addDays } from 'date-fns';
import { analyze } from '../../../shared/analysis/analyze';
import { DEFAULT_RULES, type GuardRules } from '../../../shared/analysis/rules';
import type { AnalysisPost } from '../../../shared/analysis/types';
import { dateToDay, dayToDate, type Day } from '../../../shared/dates';
import { CHANNELS, type Channel, type WeekStart } from '../../../shared/model/enums';
import { FORMAT_IDS, type FormatId } from '../../../shared/model/formats';
import type { Pillar } from '../../../shared/model/pillars';
import type { Rhythm } from '../../../shared/model/rhythm';
import { mulberry32 } from '../../../shared/planner/random';
import { rhythmSlots } from '../../../shared/planner/slots';
import type { PlanInput } from '../../../shared/planner/types';

const TIMES = ['08:30', '12:30', '18:00'];

export type Scenario = { input: PlanInput; full: (AnalysisPost & { pillar: string | null })[]; deleted: string[] };

const shift = (day: Day, n: number): Day => dateToDay(addDays(dayToDate(day), n));

export const rhythmArb = (full: boolean): fc.Arbitrary<Rhythm> =>
  fc
    .uniqueArray(fc.constantFrom<Channel>('instagram', 'linkedin', 'facebook', 'tiktok'), { minLength: 1, maxLength: 3 })
    .chain((channels) =>
      fc.tuple(
        ...channels.map((channel) =>
          fc
            .record({
              days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 4 }),
              times: fc.uniqueArray(fc.constantFrom(...TIMES), { minLength: 1, maxLength: 2 }),
              cut: fc.integer({ min: 0, max: 7 }),
            })
            .map(({ days, times, cut }) => ({
              channel,
              days: [...days].sort((a, b) => a - b),
              times: [...times].sort(),
              perWeek: full ? days.length * times.length : Math.max(1, days.length * times.length - cut),
            })),
        ),
      ),
    );

export const rulesArb: fc.Arbitrary<GuardRules> = fc
  .record({
    streak: fc.record({ enabled: fc.boolean(), maxInARow: fc.integer({ min: 1, max: 3 }), scope: fc.constantFrom<'all' | 'channel'>('all', 'channel') }),
    share: fc.record({ enabled: fc.boolean(), maxShare: fc.constantFrom(0.2, 0.25, 1 / 3, 0.5), windowDays: fc.integer({ min: 5, max: 21 }), minPosts: fc.integer({ min: 2, max: 8 }) }),
    part: fc.record({ enabled: fc.boolean(), minPosts: fc.integer({ min: 1, max: 4 }) }),
    repeat: fc.record({ enabled: fc.boolean(), repeatCount: fc.integer({ min: 2, max: 4 }), scope: fc.constantFrom<'all' | 'channel'>('all', 'channel') }),
    playful: fc.record({ enabled: fc.boolean(), min: fc.integer({ min: 0, max: 5 }), width: fc.integer({ min: 1, max: 6 }), minPosts: fc.integer({ min: 1, max: 5 }) }),
    freq: fc.record({ enabled: fc.boolean(), max: fc.integer({ min: 1, max: 3 }) }),
    drift: fc.record({ enabled: fc.boolean(), tolerance: fc.constantFrom(0.1, 0.15, 0.2, 0.3), minPosts: fc.integer({ min: 2, max: 8 }) }),
  })
  .map((r) => ({
    'promo-streak': { ...DEFAULT_RULES['promo-streak'], ...r.streak },
    'promo-share': { ...DEFAULT_RULES['promo-share'], preset: 'custom' as const, ...r.share },
    'no-participation-week': { ...DEFAULT_RULES['no-participation-week'], ...r.part },
    'format-repeat': { ...DEFAULT_RULES['format-repeat'], ...r.repeat },
    'playful-range': {
      ...DEFAULT_RULES['playful-range'],
      enabled: r.playful.enabled,
      min: r.playful.min / 10,
      max: Math.min(1, (r.playful.min + r.playful.width) / 10),
      minPosts: r.playful.minPosts,
    },
    'channel-frequency': {
      ...DEFAULT_RULES['channel-frequency'],
      enabled: r.freq.enabled,
      maxPerDay: Object.fromEntries(CHANNELS.map((c) => [c, r.freq.max])) as GuardRules['channel-frequency']['maxPerDay'],
    },
    'pillar-drift': { ...DEFAULT_RULES['pillar-drift'], ...r.drift },
    'caption-limit': DEFAULT_RULES['caption-limit'],
    'approval-due': DEFAULT_RULES['approval-due'],
  }));

export const pillarsArb: fc.Arbitrary<Pillar[]> = fc
  .array(fc.integer({ min: 1, max: 6 }), { minLength: 0, maxLength: 4 })
  .map((weights) => {
    const sum = weights.reduce((a, b) => a + b, 0);
    return weights.map((w, i) => ({ id: `p${i}`, name: ['Tips', 'Community', 'Products', 'Coulisses'][i] as string, color: '#336699', target: Math.round((w / sum) * 100) / 100 }));
  });

/** Week starts on a Monday 2026-11-30, a Sunday 2026-11-29, a Saturday 2026-11-28. */
const START: Record<WeekStart, Day> = { 1: '2026-11-30', 0: '2026-11-29', 6: '2026-11-28' };

/** All the rhythm's slots from `first` for `days` days, with random attributes. */
const fullPlan = (rhythm: Rhythm, first: Day, days: number, pillars: readonly Pillar[], seed: number): (AnalysisPost & { pillar: string | null })[] => {
  const rng = mulberry32(seed);
  // A few formats only, so that a proposal often has an existing neighbour of a format it must avoid.
  const palette = rng.shuffle(FORMAT_IDS).slice(0, 6);
  const out: (AnalysisPost & { pillar: string | null })[] = [];
  let n = 0;
  for (let d = 0; d < days; d++) {
    const date = shift(first, d);
    const weekday = dayToDate(date).getDay();
    for (const entry of rhythm) {
      if (!entry.days.includes(weekday)) continue;
      for (const time of entry.times) {
        const format = palette[rng.int(palette.length)] as FormatId;
        const r = rng.next();
        let pillar: string | null = null;
        let acc = 0;
        for (const p of pillars) {
          acc += p.target;
          if (r < acc) {
            pillar = p.id;
            break;
          }
        }
        out.push({
          id: `f${String(n++).padStart(4, '0')}`,
          date,
          time,
          channel: entry.channel,
          format,
          tone: rng.next() < 0.4 ? 'playful' : 'serious',
          intent: rng.next() < 0.12 ? 'promotional' : 'informative',
          invitesParticipation: rng.next() < 0.3,
          title: 'x',
          status: 'scheduled',
          pillar: pillars.length === 0 ? null : (pillar ?? (pillars[0] as Pillar).id),
        });
      }
    }
  }
  return out;
};

/** A scenario with a clean full plan, or null when the random full plan is not clean (the caller skips it). */
export const scenarioArb: fc.Arbitrary<Scenario | null> = fc
  .record({
    weekStartsOn: fc.constantFrom<WeekStart>(1, 0, 6),
    weeks: fc.integer({ min: 1, max: 5 }),
    rhythm: rhythmArb(true),
    rules: rulesArb,
    pillars: pillarsArb,
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    keep: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    keepShare: fc.constantFrom(0, 0.25, 0.5, 0.8),
    planSeed: fc.integer({ min: 0, max: 1000 }),
    ideas: fc.array(
      fc.record({
        format: fc.constantFrom<FormatId>(...FORMAT_IDS),
        playful: fc.boolean(),
        intent: fc.constantFrom('informative' as const, 'promotional' as const, 'conversational' as const),
        inviting: fc.boolean(),
        pillar: fc.constantFrom(null, 'p0', 'p1', 'p2'),
        everyWeeks: fc.integer({ min: 1, max: 6 }),
        lastUsed: fc.constantFrom(null, '2026-11-01', '2026-12-01'),
        channel: fc.constantFrom<Channel>('instagram', 'linkedin', 'facebook', 'tiktok'),
      }),
      { maxLength: 4 },
    ),
  })
  .map((g) => {
    const from = START[g.weekStartsOn];
    const to = shift(from, g.weeks * 7 - 1);
    // A week before the range, kept whole: the range's first streaks and windows start before it.
    const full = fullPlan(g.rhythm, shift(from, -7), (g.weeks + 1) * 7, g.pillars, g.seed);
    const clean = analyze(full, { rules: g.rules, weekStartsOn: g.weekStartsOn, pillars: g.pillars }).warnings.length === 0;
    if (!clean) return null;
    const rng = mulberry32(g.keep);
    const deleted = full.filter((p) => (p.date as string) >= from && rng.next() >= g.keepShare).map((p) => p.id);
    const gone = new Set(deleted);
    const input: PlanInput = {
      posts: full.filter((p) => !gone.has(p.id)),
      from,
      to,
      rhythm: g.rhythm,
      rules: g.rules,
      pillars: g.pillars,
      weekStartsOn: g.weekStartsOn,
      language: 'en',
      today: from,
      seed: g.planSeed,
      ideas: g.ideas.map((idea, i) => ({
        id: `idea-${i}`,
        title: `Idea ${i}`,
        caption: '',
        channel: idea.channel,
        format: idea.format,
        tone: idea.playful ? ('playful' as const) : ('serious' as const),
        intent: idea.intent,
        invitesParticipation: idea.inviting,
        pillar: idea.pillar,
        evergreen: { everyWeeks: idea.everyWeeks, lastUsed: idea.lastUsed },
      })),
    };
    return { input, full, deleted };
  });

/**
 * Any rhythm (not every weekday × time filled), a range that may start and end mid-week, and posts
 * kept at random on the rhythm's grid. The planner's own slots for them are then given random
 * attributes too; when the guard finds the whole clean, those attributes prove that a zero-warning
 * choice exists FOR THE PLANNER'S SLOTS (the attributes are what the planner must find; which slots
 * the rhythm fills is its own rule, tested in slots.test.ts).
 */
export const slotScenarioArb: fc.Arbitrary<Scenario | null> = fc
  .record({
    weekStartsOn: fc.constantFrom<WeekStart>(1, 0, 6),
    startShift: fc.integer({ min: 0, max: 6 }),
    days: fc.integer({ min: 3, max: 40 }),
    rhythm: rhythmArb(false),
    rules: rulesArb,
    pillars: pillarsArb,
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    keepShare: fc.constantFrom(0, 0.3, 0.6),
    planSeed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((g) => {
    const from = shift(START[g.weekStartsOn], g.startShift);
    const to = shift(from, g.days - 1);
    const grid = fullPlan(g.rhythm, shift(from, -7), g.days + 7, g.pillars, g.seed);
    const rng = mulberry32(g.seed ^ 0x5bd1e995);
    const kept = grid.filter((p) => (p.date as string) < from || rng.next() < g.keepShare);
    const slots = rhythmSlots({ posts: kept, from, to, rhythm: g.rhythm, weekStartsOn: g.weekStartsOn, today: from, rules: g.rules });
    // The slots as posts, with the attributes the grid drew for that (day, time, channel), else fresh ones.
    const drawn = new Map(grid.map((p) => [`${p.date}|${p.time}|${p.channel}`, p]));
    const extra = fullPlan(g.rhythm, from, g.days, g.pillars, g.seed + 1);
    const filled = slots.map((slot, i) => {
      const source = drawn.get(`${slot.date}|${slot.time}|${slot.channel}`) ?? (extra[i % Math.max(1, extra.length)] as (typeof grid)[number]);
      return { ...source, id: `s${String(i).padStart(4, '0')}`, date: slot.date, time: slot.time, channel: slot.channel };
    });
    const full = [...kept, ...filled];
    const clean = analyze(full, { rules: g.rules, weekStartsOn: g.weekStartsOn, pillars: g.pillars }).warnings.length === 0;
    if (!clean) return null;
    const input: PlanInput = {
      posts: kept,
      from,
      to,
      rhythm: g.rhythm,
      rules: g.rules,
      pillars: g.pillars,
      weekStartsOn: g.weekStartsOn,
      language: 'en',
      today: from,
      seed: g.planSeed,
    };
    return { input, full, deleted: filled.map((p) => p.id) };
  });
