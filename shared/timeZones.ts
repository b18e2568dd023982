import { tzOffset } from '@date-fns/tz';
import { foldText } from './filters';
import { isTimeZone } from './dates';

/**
 * Time zones as a person picks them: current IANA names, each zone's UTC offset now, and a search by
 * city, region or offset.
 *
 * TRAP: Intl.supportedValuesOf('timeZone') and resolvedOptions().timeZone return the names of the ICU
 * build, and many builds (Node 20, some Chromiums) still say Asia/Calcutta or Europe/Kiev. Both names
 * work everywhere, but people look for the city's current name: every zone shown or saved goes
 * through canonicalZone first. A client stored with an old name keeps working (the runtime accepts
 * it); it is shown and saved under the current name.
 */

/** Deprecated or backward-link names → the current canonical IANA name (tzdata "backward" file). */
export const ZONE_ALIASES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'Africa/Timbuktu': 'Africa/Bamako',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Fort_Wayne': 'America/Indiana/Indianapolis',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Knox_IN': 'America/Indiana/Knox',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Godthab': 'America/Nuuk',
  'America/Montreal': 'America/Toronto',
  'America/Shiprock': 'America/Denver',
  'America/Virgin': 'America/St_Thomas',
  'Antarctica/South_Pole': 'Pacific/Auckland',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Chongqing': 'Asia/Shanghai',
  'Asia/Chungking': 'Asia/Shanghai',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Harbin': 'Asia/Shanghai',
  'Asia/Istanbul': 'Europe/Istanbul',
  'Asia/Kashgar': 'Asia/Urumqi',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Macao': 'Asia/Macau',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Tel_Aviv': 'Asia/Jerusalem',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Ujung_Pandang': 'Asia/Makassar',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Atlantic/Jan_Mayen': 'Europe/Oslo',
  'Australia/ACT': 'Australia/Sydney',
  'Australia/Canberra': 'Australia/Sydney',
  'Europe/Belfast': 'Europe/London',
  'Europe/Kiev': 'Europe/Kyiv',
  'Europe/Nicosia': 'Asia/Nicosia',
  'Europe/Tiraspol': 'Europe/Chisinau',
  'Europe/Uzhgorod': 'Europe/Kyiv',
  'Europe/Zaporozhye': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Samoa': 'Pacific/Pago_Pago',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Yap': 'Pacific/Chuuk',
  'US/Alaska': 'America/Anchorage',
  'US/Central': 'America/Chicago',
  'US/Eastern': 'America/New_York',
  'US/Hawaii': 'Pacific/Honolulu',
  'US/Mountain': 'America/Denver',
  'US/Pacific': 'America/Los_Angeles',
  'Etc/GMT': 'UTC',
  'Etc/UCT': 'UTC',
  'Etc/Universal': 'UTC',
  'Etc/UTC': 'UTC',
  'Etc/Zulu': 'UTC',
  GMT: 'UTC',
  UCT: 'UTC',
  Universal: 'UTC',
  Zulu: 'UTC',
};

/** Canonical name → the old names that lead to it, so "calcutta" still finds Kolkata. */
const ALIASES_OF = Object.entries(ZONE_ALIASES).reduce<Map<string, string[]>>((map, [alias, canonical]) => {
  map.set(canonical, [...(map.get(canonical) ?? []), alias]);
  return map;
}, new Map());

/**
 * The current name of a zone. An old name stays as it is when this runtime does not know the new one
 * (an ICU older than tzdata 2022b has no Europe/Kyiv): a zone that works beats a zone with the right name.
 */
export const canonicalZone = (zone: string, isKnown: (zone: string) => boolean = isTimeZone): string => {
  const canonical = ZONE_ALIASES[zone];
  return canonical !== undefined && isKnown(canonical) ? canonical : zone;
};

export type ZoneEntry = {
  /** The canonical IANA name, what is saved. */
  id: string;
  /** Last segment, spaces for underscores: "Buenos Aires". */
  city: string;
  /** Segments before the city: "America / Argentina"; '' for UTC. */
  region: string;
  /** UTC offset in minutes at the moment the list was built. */
  offset: number;
  /** "UTC+05:30", "UTC−03:00", "UTC+00:00". */
  offsetLabel: string;
  /** Folded words a search looks in: city, region (English and French), id, offset. */
  haystack: string;
  /** Folded old names ("asia/calcutta"): found, but after the zones the query names today. */
  oldNames: string;
};

// Region names as a French user may type them (the IANA names are English).
const REGION_WORDS_FR: Readonly<Record<string, string>> = {
  Africa: 'afrique',
  America: 'amerique',
  Antarctica: 'antarctique',
  Arctic: 'arctique',
  Asia: 'asie',
  Atlantic: 'atlantique',
  Australia: 'australie oceanie',
  Europe: 'europe',
  Indian: 'indien ocean',
  Pacific: 'pacifique oceanie',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "UTC+05:30"; a true minus sign, the way offsets are printed. */
export const formatOffset = (minutes: number): string => {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};

const entryOf = (id: string, now: Date): ZoneEntry => {
  const parts = id.split('/');
  const city = (parts[parts.length - 1] ?? id).replaceAll('_', ' ');
  const regionParts = parts.slice(0, -1).map((p) => p.replaceAll('_', ' '));
  const offset = Math.round(tzOffset(id, now));
  const offsetLabel = formatOffset(offset);
  const words = [
    city,
    ...regionParts,
    ...regionParts.map((p) => REGION_WORDS_FR[p] ?? ''),
    id.replaceAll('_', ' '),
    offsetLabel.replace('−', '-'),
  ];
  const oldNames = foldText((ALIASES_OF.get(id) ?? []).map((a) => a.replaceAll('_', ' ')).join(' | '));
  return { id, city, region: regionParts.join(' / '), offset, offsetLabel, haystack: foldText(words.join(' | ')), oldNames };
};

/**
 * The zones to offer: the runtime's list with old names replaced and duplicates removed, UTC first,
 * then by name; `extra` (the zone a client already has) is kept even if the runtime does not list it.
 * Offsets are those of `now` (passed in, so a test is not tied to the real clock or to DST).
 */
export const listZones = (supported: readonly string[], now: Date, extra: readonly string[] = []): ZoneEntry[] => {
  const ids = new Set<string>(['UTC']);
  for (const zone of [...supported, ...extra]) {
    const id = canonicalZone(zone);
    // Etc/GMT+5 and the like are POSIX names with inverted signs: confusing to pick, kept only if stored.
    if (id.startsWith('Etc/') && !extra.includes(zone)) continue;
    if (isTimeZone(id)) ids.add(id);
  }
  const rest = [...ids].filter((id) => id !== 'UTC').sort((a, b) => a.localeCompare(b));
  return ['UTC', ...rest].map((id) => entryOf(id, now));
};

/** "+1", "utc+01", "GMT-3:30", "−05" → {sign, hours, minutes?}; anything else → null. */
const parseOffsetQuery = (query: string): { minutes: number; hoursOnly: boolean } | null => {
  const match = /^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(query.trim());
  if (!match) return null;
  const sign = match[1] === '+' ? 1 : -1;
  const hours = Number(match[2]);
  const minutes = match[3] === undefined ? 0 : Number(match[3]);
  if (hours > 14 || minutes > 59) return null;
  return { minutes: sign * (hours * 60 + minutes), hoursOnly: match[3] === undefined };
};

/**
 * Whether a zone answers a query: an offset ("+01", "-3:30", "UTC+5") matches the zones at that
 * offset now ("+05" also finds +05:30 and +05:45); otherwise every word must appear in the city,
 * region, name, old name or offset ("paris", "kolkata", "calcutta", "america argentina").
 */
export const matchesZone = (entry: ZoneEntry, query: string): boolean => {
  const trimmed = query.trim();
  if (trimmed === '') return true;
  const offset = parseOffsetQuery(trimmed);
  if (offset) {
    if (!offset.hoursOnly) return entry.offset === offset.minutes;
    const sameSign = offset.minutes === 0 || Math.sign(entry.offset) === Math.sign(offset.minutes);
    return sameSign && Math.trunc(entry.offset / 60) === offset.minutes / 60;
  }
  return queryWords(trimmed).every((word) => entry.haystack.includes(word) || entry.oldNames.includes(word));
};

const queryWords = (query: string): string[] => foldText(query.replaceAll('_', ' ').replaceAll('/', ' ')).split(/\s+/).filter(Boolean);

/**
 * The matching zones, best first: a city that starts with the query, then a city with a word that
 * does, then the rest, then zones found only by an old name ("europe" finds Asia/Nicosia, once
 * Europe/Nicosia, last), each group in list order.
 */
export const searchZones = (entries: readonly ZoneEntry[], query: string): ZoneEntry[] => {
  const matches = entries.filter((e) => matchesZone(e, query));
  const q = foldText(query.trim());
  if (q === '' || parseOffsetQuery(q)) return matches;
  const words = queryWords(q);
  const rank = (e: ZoneEntry) => {
    if (!words.every((word) => e.haystack.includes(word))) return 3;
    const city = foldText(e.city);
    if (city.startsWith(q)) return 0;
    if (city.split(/\s+/).some((w) => w.startsWith(q))) return 1;
    return 2;
  };
  return matches
    .map((entry, index) => ({ entry, index, rank: rank(entry) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((m) => m.entry);
};
