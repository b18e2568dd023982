import { describe, expect, it } from 'vitest';
import { canonicalZone, formatOffset, listZones, matchesZone, searchZones, ZONE_ALIASES } from '../../../shared/timeZones';
import { isTimeZone } from '../../../shared/dates';

// Fixed instants: offsets depend on DST, so the tests name the moment (never the real clock).
const WINTER = new Date('2026-01-15T12:00:00Z');
const SUMMER = new Date('2026-07-15T12:00:00Z');

// What Node 20's ICU returns: old names side by side with current ones.
const RUNTIME = ['Asia/Calcutta', 'Europe/Kiev', 'America/Buenos_Aires', 'Europe/Paris', 'America/St_Johns', 'Asia/Kathmandu', 'America/New_York', 'Etc/GMT+5', 'Europe/London', 'Asia/Kolkata'];
const zones = listZones(RUNTIME, WINTER);
const idsFor = (query: string) => searchZones(zones, query).map((z) => z.id);

describe('alias table', () => {
  it('maps the common deprecated names to the current ones', () => {
    expect(canonicalZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalZone('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(canonicalZone('America/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(canonicalZone('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
    expect(canonicalZone('Etc/UTC')).toBe('UTC');
  });

  it('leaves current names and unknown names as they are', () => {
    expect(canonicalZone('Europe/Paris')).toBe('Europe/Paris');
    expect(canonicalZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(canonicalZone('Not/A_Zone')).toBe('Not/A_Zone');
  });

  it('keeps the old name when this runtime does not know the new one (a zone that works first)', () => {
    expect(canonicalZone('Europe/Kiev', (zone) => zone !== 'Europe/Kyiv')).toBe('Europe/Kiev');
  });

  it('points every alias at a zone this runtime accepts, and never at another alias', () => {
    for (const [alias, canonical] of Object.entries(ZONE_ALIASES)) {
      expect(isTimeZone(canonical), `${alias} → ${canonical}`).toBe(true);
      expect(ZONE_ALIASES[canonical], `${canonical} is itself an alias`).toBeUndefined();
    }
  });

  it('gives the same UTC offset under both names (the alias is the same place)', () => {
    for (const [alias, canonical] of Object.entries(ZONE_ALIASES).filter(([a]) => isTimeZone(a))) {
      const a = listZones([alias], SUMMER).find((z) => z.id === canonical);
      const b = listZones([canonical], SUMMER).find((z) => z.id === canonical);
      expect(a?.offset, alias).toBe(b?.offset);
    }
  });
});

describe('listZones', () => {
  it('lists current names only, each once, UTC first then by name', () => {
    const ids = zones.map((z) => z.id);
    expect(ids).toEqual([
      'UTC',
      'America/Argentina/Buenos_Aires',
      'America/New_York',
      'America/St_Johns',
      'Asia/Kathmandu',
      'Asia/Kolkata',
      'Europe/Kyiv',
      'Europe/London',
      'Europe/Paris',
    ]);
  });

  it('keeps a stored zone the list would leave out (an Etc/ name a client already has)', () => {
    expect(listZones(RUNTIME, WINTER, ['Etc/GMT+5']).map((z) => z.id)).toContain('Etc/GMT+5');
    expect(listZones(RUNTIME, WINTER, ['Asia/Calcutta']).filter((z) => z.id === 'Asia/Kolkata')).toHaveLength(1);
  });

  it('shows each zone’s offset at the given moment, with city and region', () => {
    const paris = zones.find((z) => z.id === 'Europe/Paris');
    expect(paris).toMatchObject({ city: 'Paris', region: 'Europe', offset: 60, offsetLabel: 'UTC+01:00' });
    expect(listZones(['Europe/Paris'], SUMMER).find((z) => z.id === 'Europe/Paris')?.offsetLabel).toBe('UTC+02:00');
    expect(zones.find((z) => z.id === 'America/Argentina/Buenos_Aires')).toMatchObject({ city: 'Buenos Aires', region: 'America / Argentina', offsetLabel: 'UTC−03:00' });
    expect(zones.find((z) => z.id === 'Asia/Kathmandu')?.offsetLabel).toBe('UTC+05:45');
  });

  it('formats offsets with a sign, two-digit hours and minutes', () => {
    expect(formatOffset(0)).toBe('UTC+00:00');
    expect(formatOffset(330)).toBe('UTC+05:30');
    expect(formatOffset(-210)).toBe('UTC−03:30');
  });
});

describe('search', () => {
  it('finds a zone by city, case and accents folded', () => {
    expect(idsFor('paris')).toEqual(['Europe/Paris']);
    expect(idsFor('KOLKATA')).toEqual(['Asia/Kolkata']);
    expect(idsFor('buenos')).toEqual(['America/Argentina/Buenos_Aires']);
    expect(idsFor('buenos aires')).toEqual(['America/Argentina/Buenos_Aires']);
    expect(idsFor('buenos_aires')).toEqual(['America/Argentina/Buenos_Aires']);
  });

  it('finds a zone by its old name', () => {
    expect(idsFor('calcutta')).toEqual(['Asia/Kolkata']);
    expect(idsFor('kiev')).toEqual(['Europe/Kyiv']);
  });

  it('finds zones by region, in English or French', () => {
    expect(idsFor('europe')).toEqual(['Europe/Kyiv', 'Europe/London', 'Europe/Paris']);
    expect(idsFor('asie')).toEqual(['Asia/Kathmandu', 'Asia/Kolkata']);
    expect(idsFor('america argentina')).toEqual(['America/Argentina/Buenos_Aires']);
    expect(idsFor('europe/paris')).toEqual(['Europe/Paris']);
  });

  it('finds zones by UTC offset, in the forms people type', () => {
    expect(idsFor('+01')).toEqual(['Europe/Paris']);
    expect(idsFor('+1')).toEqual(['Europe/Paris']);
    expect(idsFor('UTC+1')).toEqual(['Europe/Paris']);
    expect(idsFor('+02')).toEqual(['Europe/Kyiv']);
    expect(idsFor('+05:30')).toEqual(['Asia/Kolkata']);
    expect(idsFor('+0530')).toEqual(['Asia/Kolkata']);
    expect(idsFor('+05')).toEqual(['Asia/Kathmandu', 'Asia/Kolkata']);
    expect(idsFor('-03')).toEqual(['America/Argentina/Buenos_Aires', 'America/St_Johns']);
    expect(idsFor('−3:30')).toEqual(['America/St_Johns']);
    expect(idsFor('gmt-5')).toEqual(['America/New_York']);
    expect(idsFor('+00')).toEqual(['UTC', 'Europe/London']);
  });

  it('puts a city that starts with the query before zones that merely contain it', () => {
    const list = listZones(['Africa/Lusaka', 'Asia/Kuala_Lumpur', 'Europe/Luxembourg', 'Pacific/Honolulu', 'America/Guadeloupe', 'America/Los_Angeles', 'Europe/London'], WINTER);
    // Lusaka and Luxembourg start with "lu"; Kuala Lumpur has a word that does; Honolulu only contains
    // it; UTC comes last, found only by its old name Zulu.
    expect(searchZones(list, 'lu').map((z) => z.city)).toEqual(['Lusaka', 'Luxembourg', 'Kuala Lumpur', 'Honolulu', 'UTC']);
    expect(searchZones(list, 'lo').map((z) => z.city)).toEqual(['Los Angeles', 'London', 'Guadeloupe']);
  });

  it('puts zones found only by an old name after those the query names today', () => {
    const list = listZones(['Asia/Nicosia', 'Europe/Paris', 'Asia/Kolkata'], WINTER);
    // Asia/Nicosia was Europe/Nicosia: still found by "europe", after the zones of Europe.
    expect(searchZones(list, 'europe').map((z) => z.id)).toEqual(['Europe/Paris', 'Asia/Nicosia']);
    expect(searchZones(list, 'calcutta').map((z) => z.id)).toEqual(['Asia/Kolkata']);
  });

  it('answers an empty query with the whole list, and nonsense with nothing', () => {
    expect(idsFor('')).toHaveLength(zones.length);
    expect(idsFor('   ')).toHaveLength(zones.length);
    expect(idsFor('atlantis')).toEqual([]);
    expect(idsFor('+15')).toEqual([]);
  });

  it('needs every word of the query', () => {
    const paris = zones.find((z) => z.id === 'Europe/Paris');
    expect(paris && matchesZone(paris, 'europe paris')).toBe(true);
    expect(paris && matchesZone(paris, 'europe london')).toBe(false);
  });
});
