/**
 * Properties of the planner over random rhythms, rules, pillars and existing posts (fast-check, the
 * global fixed seed printed by the test run; see tests/setup/fixedClock.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { plan } from '../../../shared/planner/plan';
import type { PlanInput } from '../../../shared/planner/types';
import { dayToDate } from '../../../shared/dates';
import { pillarsArb, rhythmArb, rulesArb, scenarioArb, slotScenarioArb } from './generators';
import { existing } from './fixtures';

describe('planner properties', () => {
  it('(a) when a zero-warning completion exists (the deleted posts of a clean full plan), plan() finds one', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        fc.pre(s !== null);
        if (s === null) return;
        const result = plan(s.input);
        // The completion it was built from is clean: the claim is not vacuous.
        expect(analyze(s.full, { rules: s.input.rules, weekStartsOn: s.input.weekStartsOn, pillars: s.input.pillars, from: s.input.from, to: s.input.to }).warnings).toEqual([]);
        expect(result.proposals).toHaveLength(s.deleted.length);
        expect(result.warnings.map((w) => w.message.en)).toEqual([]);
        expect(result.unmet).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('(a, any rhythm) when a zero-warning choice exists for the planner\'s slots, plan() finds one', () => {
    fc.assert(
      fc.property(slotScenarioArb, (s) => {
        fc.pre(s !== null);
        if (s === null) return;
        const result = plan(s.input);
        expect(result.proposals).toHaveLength(s.deleted.length);
        expect(result.warnings.map((w) => w.message.en)).toEqual([]);
        expect(result.unmet).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  // Any calendar: random existing posts anywhere, random rhythms that need not fill every slot.
  const anyInput: fc.Arbitrary<PlanInput> = fc
    .record({
      rhythm: rhythmArb(false),
      rules: rulesArb,
      pillars: pillarsArb,
      weekStartsOn: fc.constantFrom<0 | 1 | 6>(0, 1, 6),
      fromOffset: fc.integer({ min: 0, max: 20 }),
      length: fc.integer({ min: 0, max: 40 }),
      todayOffset: fc.integer({ min: -5, max: 15 }),
      seed: fc.integer({ min: 0, max: 10_000 }),
      posts: fc.array(
        fc.record({
          offset: fc.integer({ min: -10, max: 60 }),
          channel: fc.constantFrom('instagram', 'linkedin', 'facebook', 'tiktok' as const),
          time: fc.constantFrom('08:30', '12:30', '18:00', null),
          format: fc.constantFrom('quiz', 'text', 'carousel', 'meme', 'poll' as const),
          tone: fc.constantFrom('serious', 'playful' as const),
          intent: fc.constantFrom('informative', 'promotional', 'conversational' as const),
          inviting: fc.boolean(),
          pillar: fc.constantFrom(null, 'p0', 'p1', 'gone'),
        }),
        { maxLength: 25 },
      ),
    })
    .map((g) => {
      const base = new Date(2026, 10, 20);
      const day = (n: number) => {
        const d = new Date(base.getFullYear(), base.getMonth(), base.getDate() + n);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      return {
        posts: g.posts.map((p, i) =>
          existing(day(p.offset), {
            id: `x${String(i).padStart(3, '0')}`,
            channel: p.channel,
            time: p.time,
            format: p.format,
            tone: p.tone,
            intent: p.intent,
            invitesParticipation: p.inviting,
            pillar: p.pillar,
          }),
        ),
        from: day(g.fromOffset),
        to: day(g.fromOffset + g.length),
        rhythm: g.rhythm,
        rules: g.rules,
        pillars: g.pillars,
        weekStartsOn: g.weekStartsOn,
        language: 'fr' as const,
        today: day(g.fromOffset + g.todayOffset),
        seed: g.seed,
      };
    });

  it('(b) proposals sit on rhythm slots in range, never before today, leave existing posts untouched, and repeat for a seed', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const before = JSON.stringify(input.posts);
        const result = plan(input);
        expect(JSON.stringify(input.posts)).toBe(before);
        const taken = new Set(input.posts.map((p) => `${p.channel}|${p.date}|${p.time}`));
        const seen = new Set<string>();
        for (const p of result.proposals) {
          expect(p.date >= input.from && p.date <= input.to).toBe(true);
          expect(p.date >= (input.today as string)).toBe(true);
          const entry = input.rhythm.find((r) => r.channel === p.channel);
          expect(entry).toBeDefined();
          expect(entry?.days).toContain(dayToDate(p.date).getDay());
          expect(entry?.times).toContain(p.time);
          const key = `${p.channel}|${p.date}|${p.time}`;
          expect(taken.has(key)).toBe(false);
          expect(seen.has(key)).toBe(false);
          seen.add(key);
          expect(input.posts.some((e) => e.id === p.id)).toBe(false);
        }
        expect(JSON.stringify(plan(input))).toBe(JSON.stringify(result));
      }),
      { numRuns: 150 },
    );
  });

  it('(c) a plan with warnings always says which rules cannot be met', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = plan(input);
        const unmetRules = new Set(result.unmet.map((u) => u.ruleId));
        for (const w of result.warnings) expect(unmetRules.has(w.ruleId)).toBe(true);
        if (result.warnings.length === 0) expect(result.unmet).toEqual([]);
        for (const u of result.unmet) {
          expect(u.reason.en.length).toBeGreaterThan(10);
          expect(u.reason.fr).not.toMatch(/[^\u00a0][:;?!]( |$)/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
