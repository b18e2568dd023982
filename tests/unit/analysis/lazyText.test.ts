import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { LazyText } from '../../../shared/analysis/messages';
import { DEFAULT_RULES } from '../../../shared/analysis/rules';
import { post, promo } from './fixtures';

describe('warning messages written when first read', () => {
  it('writes the sentence once, on the first read of either language', () => {
    let writes = 0;
    const text = new LazyText(() => {
      writes++;
      return { en: 'Hello', fr: 'Bonjour' };
    });
    expect(writes).toBe(0);
    expect(text.fr).toBe('Bonjour');
    expect(text.en).toBe('Hello');
    expect(writes).toBe(1);
  });

  it('comes out whole in JSON, as the command line prints it', () => {
    const { warnings } = analyze(
      [promo('2026-11-10', { id: 'a' }), promo('2026-11-11', { id: 'b' }), promo('2026-11-12', { id: 'c' })],
      { rules: DEFAULT_RULES, weekStartsOn: 1 },
    );
    const streak = warnings.find((w) => w.ruleId === 'promo-streak');
    const json = JSON.parse(JSON.stringify(streak)) as { message: { en: string; fr: string } };
    expect(json.message.en).toBe(streak?.message.en);
    expect(json.message.fr).toBe(streak?.message.fr);
    expect(json.message.en).toContain('3 promotional posts in a row');
  });

  it("writes a fix's reason from its own posts, even after another analysis reused the columns", () => {
    let titleReads = 0;
    const counted = (id: string, day: string, title: string) => {
      const p = promo(day, { id });
      return Object.defineProperty({ ...p }, 'title', {
        get: () => {
          titleReads++;
          return title;
        },
      });
    };
    // Three promotional posts in a row between informative ones, the 14th free: the fix moves the
    // last one there, after the informative post of the 13th.
    const info = (id: string, day: string) => post(day, { id });
    const first = analyze(
      [
        info('n1', '2026-11-09'),
        counted('a', '2026-11-10', 'Spring sale'),
        counted('b', '2026-11-11', 'Last call'),
        counted('c', '2026-11-12', 'Flash offer'),
        info('n2', '2026-11-13'),
        info('n3', '2026-11-15'),
      ],
      { rules: DEFAULT_RULES, weekStartsOn: 1 },
    );
    const fix = first.warnings.find((w) => w.ruleId === 'promo-streak')?.fix;
    expect(fix?.kind).toBe('move');
    expect(titleReads).toBe(0);
    // Another client's analysis in between reuses the pooled columns of the first.
    analyze([promo('2027-01-04', { id: 'x', title: 'Other client' }), promo('2027-01-05', { id: 'y' }), promo('2027-01-06', { id: 'z' })], {
      rules: DEFAULT_RULES,
      weekStartsOn: 1,
    });
    expect(fix?.kind === 'move' && fix.postId).toBe('c');
    expect(fix?.reason.en).toBe('Move “Flash offer” to Sat 14 Nov, a day with no post: the streak is broken.');
    expect(fix?.reason.fr).toContain('« Flash offer »');
    expect(titleReads).toBe(1);
  });
});
