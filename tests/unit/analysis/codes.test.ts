import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { codeLookup, hasCodeTable } from '../../../shared/analysis/codes';
import { DEFAULT_RULES } from '../../../shared/analysis/rules';
import { CHANNELS, INTENTS } from '../../../shared/model/enums';
import { FORMAT_IDS } from '../../../shared/model/formats';
import { promo } from './fixtures';

// A copy V8 builds at run time (not the interned literal), as posts read from storage carry.
const copyOf = (s: string) => [...s].join('');

describe('codes of channels, formats and intents', () => {
  const lists = { CHANNELS, FORMAT_IDS, INTENTS } as const;

  it.each(Object.entries(lists))('%s get a table, and every value its own index', (_, list) => {
    expect(hasCodeTable(list)).toBe(true);
    const code = codeLookup(list);
    list.forEach((value, i) => {
      expect(code(value)).toBe(i);
      expect(code(copyOf(value))).toBe(i);
    });
  });

  it('rejects what is not in the list, even a string on the same key', () => {
    const code = codeLookup(CHANNELS);
    // Same length and same first, middle and last characters as 'instagram': the same slot.
    for (const near of ['instXgram', 'inXtagram', 'Instagram', 'instagra', 'instagramm', '', ' ', 'x ', 'X']) expect(code(near)).toBe(-1);
    for (const notString of [undefined, null, 3, {}, ['x']]) expect(code(notString)).toBe(-1);
  });

  it('falls back to a map, still exact, when two values share every key', () => {
    // Only the third character differs: no table size separates them.
    const list = ['axbc', 'axcc', 'quiz'];
    expect(hasCodeTable(list)).toBe(false);
    const code = codeLookup(list);
    expect(list.map((v) => code(copyOf(v)))).toEqual([0, 1, 2]);
    expect(code('axdc')).toBe(-1);
    expect(code(7)).toBe(-1);
  });

  it('leaves out of the analysis a post whose channel, format or intent is unknown', () => {
    const posts = [
      promo('2026-03-02', { id: 'a' }),
      promo('2026-03-03', { id: 'b' }),
      promo('2026-03-04', { id: 'c' }),
      { ...promo('2026-03-05', { id: 'd' }), channel: 'instXgram' },
      { ...promo('2026-03-06', { id: 'e' }), format: 'quiZ' },
      { ...promo('2026-03-07', { id: 'f' }), intent: 'Promotional' },
    ];
    const analysis = analyze(posts as Parameters<typeof analyze>[0], { rules: DEFAULT_RULES, weekStartsOn: 1 });
    const streak = analysis.warnings.find((w) => w.ruleId === 'promo-streak');
    expect(streak?.postIds).toEqual(['a', 'b', 'c']);
    expect(analysis.weeks.reduce((n, w) => n + w.total, 0)).toBe(3);
  });
});
