import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../shared/analysis/rules';
import type { PeriodMix } from '../../../shared/analysis/types';
import { GuardContext } from '../../../renderer/features/guard/GuardContext';
import { WeekMix } from '../../../renderer/features/guard/WeekMix';
import { createI18n } from '../../../renderer/i18n/i18n';

/** A week of `total` posts, `playful` of them playful and `promotional` promotional (the other counts do not matter here). */
const week = (total: number, playful: number, promotional: number): PeriodMix =>
  ({
    start: '2026-11-16',
    end: '2026-11-22',
    total,
    serious: total - playful,
    playful,
    playfulShare: playful / total,
    promotional,
    promotionalShare: promotional / total,
    inviting: 0,
    invitingShare: 0,
  }) as unknown as PeriodMix;

const renderMix = async (mix: PeriodMix | undefined, language: 'en' | 'fr' = 'en') => {
  const i18n = await createI18n(language);
  const weeks = new Map(mix ? [['2026-11-16', mix]] : []);
  return render(
    <I18nextProvider i18n={i18n}>
      <GuardContext.Provider value={{ streaks: new Set(), weeks, rules: DEFAULT_RULES }}>
        <WeekMix weekStart="2026-11-16" />
      </GuardContext.Provider>
    </I18nextProvider>,
  );
};

const figures = () => [...document.querySelectorAll('.mix-figure')].map((f) => f.textContent);

describe('WeekMix', () => {
  it('shows each figure named, with its value and its target, without a hover', async () => {
    const band = `(${DEFAULT_RULES['playful-range'].min * 100}–${DEFAULT_RULES['playful-range'].max * 100})`;
    await renderMix(week(6, 2, 1));
    expect(figures()).toEqual([`Playful33%${band}`, `Promo17%(≤${DEFAULT_RULES['promo-share'].maxShare * 100})`]);
    expect(document.querySelectorAll('.mix-out')).toHaveLength(0);
    // The whole sentence stays the cell's accessible name.
    expect(screen.getByRole('cell')).toHaveAccessibleName(/^6 posts: 33% playful \(target \d+–\d+%\), 17% promotional \(ceiling 20%\)$/);
  });

  it('marks a figure outside its target in red with an arrow saying which way', async () => {
    await renderMix(week(3, 0, 2));
    const [playful, promo] = [...document.querySelectorAll('.mix-figure')];
    expect(playful).toHaveClass('mix-out');
    expect(playful).toHaveTextContent(/^Playful0%↓/);
    expect(promo).toHaveClass('mix-out');
    expect(promo).toHaveTextContent(/^Promo67%↑\(≤20\)$/);
  });

  it('writes French figures with no-break spaces', async () => {
    await renderMix(week(6, 2, 1), 'fr');
    expect(figures()[0]).toMatch(/^Ludique33\u00a0%\(\d+–\d+\)$/);
    expect(figures()[1]).toBe('Promotion17\u00a0%(≤\u00a020)');
  });

  it('shows a dash for a week without posts', async () => {
    await renderMix(undefined);
    expect(screen.getByRole('cell', { name: 'No posts this week' })).toHaveTextContent('–');
  });
});
