import { describe, expect, it } from 'vitest';
import { countryList, hasCountry, occasionsBetween } from '../../shared/holidays';

describe('occasions of a country', () => {
  it('lists French public holidays and observances of December, in the language asked', () => {
    const fr = occasionsBetween('FR', '2026-12-01', '2026-12-31', 'fr');
    expect(fr.find((o) => o.date === '2026-12-25')).toMatchObject({ name: 'Noël', type: 'public' });
    const en = occasionsBetween('FR', '2026-12-01', '2026-12-31', 'en');
    expect(en.find((o) => o.date === '2026-12-25')?.name).toBe('Christmas Day');
    expect(fr.every((o) => o.date >= '2026-12-01' && o.date <= '2026-12-31')).toBe(true);
  });

  it('spans years and keeps the day as the country counts it', () => {
    const us = occasionsBetween('US', '2026-12-20', '2027-01-05', 'en');
    expect(us.map((o) => o.date)).toContain('2027-01-01');
    // Thanksgiving 2026 is Thursday 26 November.
    expect(occasionsBetween('US', '2026-11-01', '2026-11-30', 'en').find((o) => o.name === 'Thanksgiving Day')?.date).toBe('2026-11-26');
  });

  it('gives nothing for an unknown country or an empty range', () => {
    expect(occasionsBetween('ZZ', '2026-12-01', '2026-12-31', 'en')).toEqual([]);
    expect(occasionsBetween('FR', '2026-12-31', '2026-12-01', 'en')).toEqual([]);
    expect(hasCountry('FR')).toBe(true);
    expect(hasCountry('ZZ')).toBe(false);
  });

  it('names countries in the user language, sorted', () => {
    const fr = countryList('fr');
    expect(fr.find(([code]) => code === 'DE')?.[1]).toBe('Allemagne');
    const names = fr.map(([, n]) => n);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  });
});
