import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_PER_DAY,
  DEFAULT_RULES,
  GuardRulesSchema,
  PROMO_PRESETS,
  RULE_IDS,
  RULE_INFO,
  applyPromoPreset,
  resolveRules,
} from '../../../shared/analysis/rules';
import { CHANNELS } from '../../../shared/model/enums';

describe('default rules', () => {
  it('pass their own schema', () => {
    expect(GuardRulesSchema.parse(DEFAULT_RULES)).toEqual(DEFAULT_RULES);
  });

  it('follow the rules of thumb of the issue', () => {
    expect(DEFAULT_RULES['promo-streak'].maxInARow).toBe(2);
    expect(DEFAULT_RULES['promo-share']).toMatchObject({ preset: '80-20', maxShare: 0.2, windowDays: 14, minPosts: 5 });
    expect(DEFAULT_RULES['format-repeat'].repeatCount).toBe(3);
    expect(DEFAULT_RULES['playful-range']).toMatchObject({ min: 0.3, max: 0.5 });
    expect(DEFAULT_RULES['channel-frequency'].maxPerDay).toEqual(DEFAULT_MAX_PER_DAY);
    for (const id of RULE_IDS) expect(DEFAULT_RULES[id].enabled).toBe(true);
  });

  it('are frozen, so no caller can change them for everyone', () => {
    expect(Object.isFrozen(DEFAULT_RULES)).toBe(true);
    expect(Object.isFrozen(DEFAULT_RULES['channel-frequency'].maxPerDay)).toBe(true);
    expect(() => {
      (DEFAULT_RULES['promo-streak'] as { maxInARow: number }).maxInARow = 9;
    }).toThrow(TypeError);
  });

  it('give every channel a frequency guide', () => {
    for (const c of CHANNELS) expect(DEFAULT_MAX_PER_DAY[c]).toBeGreaterThanOrEqual(1);
  });

  it('name and describe every rule in both languages', () => {
    expect(Object.keys(RULE_INFO).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      const info = RULE_INFO[id];
      for (const text of [info.name.en, info.name.fr, info.description.en, info.description.fr]) {
        expect(text.length).toBeGreaterThan(3);
      }
      expect(info.name.en).not.toBe(info.name.fr);
    }
  });
});

describe('promo presets', () => {
  it.each([
    ['80-20', 0.2],
    ['thirds', 1 / 3],
    ['4-1-1', 1 / 6],
    ['5-3-1', 1 / 9],
  ] as const)('%s allows a share of %f', (id, share) => {
    expect(PROMO_PRESETS[id].maxShare).toBeCloseTo(share, 12);
    expect(PROMO_PRESETS[id].windowDays).toBe(14);
    expect(PROMO_PRESETS[id].label.fr.length).toBeGreaterThan(0);
    expect(PROMO_PRESETS[id].explanation.en.length).toBeGreaterThan(10);
  });

  it('applyPromoPreset sets the share and window of a preset, and only the id for custom', () => {
    const thirds = applyPromoPreset(DEFAULT_RULES, 'thirds');
    expect(thirds['promo-share']).toMatchObject({ preset: 'thirds', maxShare: 1 / 3, windowDays: 14 });
    const custom = applyPromoPreset({ ...thirds, 'promo-share': { ...thirds['promo-share'], windowDays: 30 } }, 'custom');
    expect(custom['promo-share']).toMatchObject({ preset: 'custom', maxShare: 1 / 3, windowDays: 30 });
    expect(DEFAULT_RULES['promo-share'].preset).toBe('80-20'); // not mutated
  });
});

describe('resolveRules', () => {
  it.each([undefined, null, 42, 'rules', [], true])('gives the defaults for %j', (stored) => {
    expect(resolveRules(stored)).toEqual(DEFAULT_RULES);
  });

  it('returns a copy: changing it does not change the defaults', () => {
    const rules = resolveRules();
    rules['channel-frequency'].maxPerDay.instagram = 9;
    expect(DEFAULT_RULES['channel-frequency'].maxPerDay.instagram).toBe(2);
  });

  it('keeps every valid stored field and fills the rest', () => {
    const rules = resolveRules({ 'promo-streak': { maxInARow: 4 }, 'format-repeat': { scope: 'all', enabled: false } });
    expect(rules['promo-streak']).toEqual({ ...DEFAULT_RULES['promo-streak'], maxInARow: 4 });
    expect(rules['format-repeat']).toEqual({ ...DEFAULT_RULES['format-repeat'], scope: 'all', enabled: false });
    expect(rules['promo-share']).toEqual(DEFAULT_RULES['promo-share']);
  });

  it('drops invalid values one field at a time', () => {
    const rules = resolveRules({
      'promo-streak': { maxInARow: -1, severity: 'critical', scope: 'galaxy' },
      'playful-range': { min: 'a lot', max: 0.6 },
    });
    expect(rules['promo-streak']).toEqual({ ...DEFAULT_RULES['promo-streak'], severity: 'critical' });
    expect(rules['playful-range']).toEqual({ ...DEFAULT_RULES['playful-range'], max: 0.6 });
  });

  it('fills channels a client saved before they existed, keeping the others', () => {
    const rules = resolveRules({ 'channel-frequency': { maxPerDay: { instagram: 4, linkedin: 0, myspace: 3 } } });
    expect(rules['channel-frequency'].maxPerDay).toEqual({ ...DEFAULT_MAX_PER_DAY, instagram: 4 });
    expect(rules['channel-frequency'].enabled).toBe(true);
  });

  it('ignores unknown rules and fields', () => {
    const rules = resolveRules({ 'old-rule': { enabled: true }, 'promo-streak': { colour: 'red' } });
    expect(rules).toEqual(DEFAULT_RULES);
  });

  it('lets a preset impose its share and window, but keeps custom values', () => {
    const preset = resolveRules({ 'promo-share': { preset: '5-3-1', maxShare: 0.5, windowDays: 30, minPosts: 8 } });
    expect(preset['promo-share']).toMatchObject({ preset: '5-3-1', maxShare: 1 / 9, windowDays: 14, minPosts: 8 });
    const custom = resolveRules({ 'promo-share': { preset: 'custom', maxShare: 0.5, windowDays: 30 } });
    expect(custom['promo-share']).toMatchObject({ preset: 'custom', maxShare: 0.5, windowDays: 30 });
  });

  it('falls back to the default playful range when min exceeds max', () => {
    const rules = resolveRules({ 'playful-range': { min: 0.7, max: 0.2, minPosts: 6 } });
    expect(rules['playful-range']).toEqual({ ...DEFAULT_RULES['playful-range'], minPosts: 6 });
  });

  it('always passes the schema', () => {
    for (const stored of [{}, { 'promo-share': { preset: 'thirds' } }, { 'playful-range': { min: 1, max: 0 } }]) {
      expect(GuardRulesSchema.safeParse(resolveRules(stored)).success).toBe(true);
    }
  });

  it('survives a round trip through JSON', () => {
    const rules = applyPromoPreset(resolveRules({ 'promo-streak': { scope: 'channel' } }), '4-1-1');
    expect(resolveRules(JSON.parse(JSON.stringify(rules)))).toEqual(rules);
  });
});

describe('GuardRulesSchema', () => {
  it('refuses a playful range whose min exceeds its max', () => {
    const bad = { ...DEFAULT_RULES, 'playful-range': { ...DEFAULT_RULES['playful-range'], min: 0.6, max: 0.4 } };
    expect(GuardRulesSchema.safeParse(bad).success).toBe(false);
  });

  it('refuses a repeat count below 2 and a streak limit below 1', () => {
    expect(
      GuardRulesSchema.safeParse({ ...DEFAULT_RULES, 'format-repeat': { ...DEFAULT_RULES['format-repeat'], repeatCount: 1 } })
        .success,
    ).toBe(false);
    expect(
      GuardRulesSchema.safeParse({ ...DEFAULT_RULES, 'promo-streak': { ...DEFAULT_RULES['promo-streak'], maxInARow: 0 } })
        .success,
    ).toBe(false);
  });
});
