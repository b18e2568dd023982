/**
 * Public holidays and observances of a client's country, from date-holidays' offline data (no network,
 * ~200 countries, names in the country's languages and often English).
 *
 * TRAP: date-holidays reports a holiday's local start as "yyyy-MM-dd HH:mm:ss" in the country's zone;
 * its day is the first 10 characters. Its `Date` fields are instants in that zone and must not be used
 * as a day (they shift across midnight for a client in another zone).
 */
import Holidays from 'date-holidays';
import type { Day } from './dates';
import type { Language } from './model/enums';

/** public, bank and optional days off, and observances (Mother's Day, Halloween…): a post's occasions. */
export const OCCASION_TYPES = ['public', 'bank', 'optional', 'observance'] as const;
export type OccasionType = (typeof OCCASION_TYPES)[number];
export type Occasion = { date: Day; name: string; type: OccasionType };

const cache = new Map<string, Holidays>();
const calendarOf = (country: string, language: Language): Holidays => {
  const key = `${country}:${language}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = new Holidays(country, { languages: [language], types: [...OCCASION_TYPES] });
    cache.set(key, hit);
  }
  return hit;
};

const isOccasionType = (type: string): type is OccasionType => (OCCASION_TYPES as readonly string[]).includes(type);

/** The country's occasions between two days (both included), by day then name; [] for an unknown country. */
export const occasionsBetween = (country: string, from: Day, to: Day, language: Language): Occasion[] => {
  if (!hasCountry(country) || from > to) return [];
  const calendar = calendarOf(country, language);
  const out: Occasion[] = [];
  const seen = new Set<string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const h of calendar.getHolidays(year, language)) {
      const date = h.date.slice(0, 10);
      if (date < from || date > to || !isOccasionType(h.type)) continue;
      // Some countries list a day twice (a holiday and its observance): one occasion per day and name.
      const key = `${date}|${h.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ date, name: h.name, type: h.type });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name.localeCompare(b.name)));
};

let countries: Record<string, string> | undefined;
const countryTable = (): Record<string, string> => (countries ??= new Holidays().getCountries('en'));

export const hasCountry = (code: string): boolean => Object.hasOwn(countryTable(), code);

/** Every country with holiday data, as [code, name], by name in the given language. */
export const countryList = (language: Language): [string, string][] => {
  const names = new Holidays().getCountries(language);
  const display = new Intl.DisplayNames([language], { type: 'region' });
  return Object.keys(countryTable())
    .map((code): [string, string] => [code, safeName(display, code) ?? names[code] ?? code])
    .sort((a, b) => a[1].localeCompare(b[1], language));
};

const safeName = (display: Intl.DisplayNames, code: string): string | undefined => {
  try {
    return display.of(code);
  } catch {
    return undefined;
  }
};
