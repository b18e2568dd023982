import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { LazyText } from '../../../shared/analysis/messages';
import { DEFAULT_RULES } from '../../../shared/analysis/rules';
import { promo } from './fixtures';

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
});
