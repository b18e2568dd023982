/**
 * A post's pillar and evergreen setting as files write them. A post names its pillar by id; files
 * name it by the pillar's NAME (people read and type names), so the writers look the id up in the
 * client's pillars and the readers match a name back (findPillar: case, accents and surrounding
 * spaces ignored; an id is accepted too). A name the client does not have refuses the row, like any
 * other bad cell: importing it without its pillar would lose what the file says without a word.
 */
import type { Day } from '../dates';
import { findPillar, resolvePillars, type Pillar } from '../model/pillars';
import type { Post } from '../model/post';
import type { ClientLookup, ImportError } from './types';
import { findClient, problem } from './types';

export type PillarMatch = { ok: true; id: string } | { ok: false; error: ImportError };

/** A pillar cell (not blank) matched against the client's pillars, or the problem naming the line and the pillars. */
export const matchPillar = (value: string, pillars: readonly Pillar[], line: number | undefined): PillarMatch => {
  const name = value.trim();
  const found = findPillar(pillars, name);
  if (found) return { ok: true, id: found.id };
  const list = pillars.map((p) => p.name).join(', ');
  const shown = name.length > 60 ? `${name.slice(0, 57)}…` : name;
  const text =
    list === ''
      ? `pillar '${shown}' is not one of this client's pillars (it has none: add them in the client's settings)`
      : `pillar '${shown}' is not one of this client's pillars (${list})`;
  return { ok: false, error: problem('row.unknownPillar', line, text, { field: 'pillar', params: { value: name, pillars: list } }) };
};

/** Each client's pillars (resolvePillars), read once per client. */
export const pillarsByClient = (clients: ClientLookup): ((clientId: string) => Pillar[] | undefined) => {
  const cache = new Map<string, Pillar[] | undefined>();
  return (clientId) => {
    if (!cache.has(clientId)) {
      const client = findClient(clients, clientId);
      cache.set(clientId, client ? resolvePillars(client.pillars) : undefined);
    }
    return cache.get(clientId);
  };
};

/**
 * The name a file writes for a post's pillar: the pillar's name; '' without a pillar, and '' for an
 * id its client no longer has (a deleted pillar) unless `keepUnknown` (the command line reads CSVs
 * whose pillars are names, without the client's settings, and writes them back as they came).
 */
export const pillarNameOf = (post: Pick<Post, 'pillar'>, pillars: readonly Pillar[] | undefined, keepUnknown = false): string => {
  if (post.pillar === null || post.pillar === undefined) return '';
  const found = pillars?.find((p) => p.id === post.pillar);
  return found ? found.name : keepUnknown ? post.pillar : '';
};

export type EvergreenResult = { ok: true; value: Post['evergreen'] } | { ok: false; error: ImportError };

/** The evergreen setting from its two cells: weeks (blank: not evergreen) and the day last used. */
export const readEvergreen = (weeks: string | undefined, lastUsed: Day | null, line: number | undefined): EvergreenResult => {
  const cell = weeks?.trim() ?? '';
  if (cell === '') {
    if (lastUsed === null) return { ok: true, value: null };
    const text = `evergreen last used on ${lastUsed} but no evergreen weeks: fill evergreen_weeks (1 to 104) or empty both`;
    return { ok: false, error: problem('row.evergreenInvalid', line, text, { field: 'evergreen', params: { value: '' } }) };
  }
  const n = /^\d{1,3}$/.test(cell) ? Number(cell) : NaN;
  if (!(n >= 1 && n <= 104)) {
    const shown = cell.length > 40 ? `${cell.slice(0, 37)}…` : cell;
    const text = `evergreen weeks '${shown}' is not a whole number of weeks from 1 to 104`;
    return { ok: false, error: problem('row.evergreenInvalid', line, text, { field: 'evergreen', params: { value: cell } }) };
  }
  return { ok: true, value: { everyWeeks: n, lastUsed } };
};
