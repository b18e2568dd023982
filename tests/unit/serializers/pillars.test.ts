// Pillars and evergreen ideas in files (issue 15): CSV and ICS write the pillar's NAME and read it
// back by name (or id), refusing a name the client does not have with the line and its pillars.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fromCsv, guessMapping, toCsv } from '../../../shared/serializers/csv';
import { fromIcs, toIcs } from '../../../shared/serializers/ics';
import { CLIENTS, PARIS, PARIS_PILLARS, TOKYO, inputOf, makePost } from './fixtures';

const NOW = new Date('2026-11-24T09:00:00.000Z');
const cellsOf = (csv: string) => {
  const [header, ...rows] = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { header: false, skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));
};

describe('CSV: pillar and evergreen columns', () => {
  it("writes the pillar's name, empty for none or for a pillar the client no longer has, and the evergreen cells", () => {
    const posts = [
      makePost({ id: 'a', pillar: 'p-community', evergreen: { everyWeeks: 8, lastUsed: '2026-10-01' }, date: null, status: 'idea' }),
      makePost({ id: 'b', pillar: 'p-deleted' }),
      makePost({ id: 'c' }),
    ];
    const rows = cellsOf(toCsv(posts, CLIENTS));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('a')).toMatchObject({ pillar: 'Communauté', evergreen_weeks: '8', evergreen_last_used: '2026-10-01' });
    expect(byId.get('b')).toMatchObject({ pillar: '', evergreen_weeks: '', evergreen_last_used: '' });
    expect(byId.get('c')).toMatchObject({ pillar: '' });
    // The command line keeps a pillar it read as a name (its CSV input has no client settings).
    expect(cellsOf(toCsv([posts[1]!], CLIENTS, { keepUnknownPillars: true }))[0]).toMatchObject({ pillar: 'p-deleted' });
  });

  it('matches a pillar cell by name, ignoring case, accents and spaces, or by id', () => {
    const csv = 'title,date,channel,pilier\nA,2026-12-01,instagram, communaute \nB,2026-12-02,instagram,ASTUCES\nC,2026-12-03,instagram,p-products\nD,2026-12-04,instagram,\n';
    expect(guessMapping(['Titre', 'Pilier'])).toMatchObject({ pillar: 'Pilier' });
    const { rows, errors } = fromCsv(csv, { clientId: PARIS.id, clients: CLIENTS });
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.post.pillar)).toEqual(['p-community', 'p-tips', 'p-products', null]);
    expect(rows.map((r) => r.pillarName)).toEqual(['communaute', 'ASTUCES', 'p-products', null]);
  });

  it("refuses a row naming a pillar the client does not have, naming the line and the client's pillars", () => {
    const csv = 'title,date,channel,pillar\nA,2026-12-01,instagram,Astuces\n"B\nwith a line break",2026-12-02,instagram,Recettes\n';
    const { rows, errors } = fromCsv(csv, { clientId: PARIS.id, clients: CLIENTS });
    expect(rows.map((r) => r.post.title)).toEqual(['A']);
    expect(errors).toEqual([
      {
        code: 'row.unknownPillar',
        line: 3,
        field: 'pillar',
        message: "line 3: pillar 'Recettes' is not one of this client's pillars (Astuces, Communauté, Produits & nouveautés)",
        params: { value: 'Recettes', pillars: 'Astuces, Communauté, Produits & nouveautés' },
      },
    ]);
    // A client without pillars: the message says so rather than listing nothing.
    const none = fromCsv(csv, { clientId: TOKYO.id, clients: CLIENTS }).errors.map((e) => e.message);
    expect(none[0]).toBe("line 2: pillar 'Astuces' is not one of this client's pillars (it has none: add them in the client's settings)");
  });

  it('matches each row against its own client (client_id), and keeps the name unmatched for an unknown client', () => {
    const csv = 'title,date,channel,pillar,client_id\nA,2026-12-01,instagram,Bagels 🥯,client-ny\nB,2026-12-02,instagram,Astuces,client-paris\nC,2026-12-03,instagram,Astuces,client-elsewhere\n';
    const { rows, errors } = fromCsv(csv, { clients: CLIENTS });
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.post.pillar, r.pillarName])).toEqual([['ny-2', 'Bagels 🥯'], ['p-tips', 'Astuces'], [null, 'Astuces']]);
  });

  it('reads an older CSV without these columns: no pillar, not evergreen, and says the file carries neither', () => {
    const { rows, errors } = fromCsv('title,date,channel\nA,2026-12-01,instagram\n', { clientId: PARIS.id, clients: CLIENTS });
    expect(errors).toEqual([]);
    expect(rows[0]!.post).toMatchObject({ pillar: null, evergreen: null });
    expect(rows[0]).not.toHaveProperty('pillarName');
    expect(rows[0]!.evergreenGiven).toBe(false);
  });

  it('reads evergreen weeks and last use, and refuses weeks that are not 1 to 104 or a last use without weeks', () => {
    const csv = [
      'title,status,evergreen_weeks,evergreen_last_used',
      'Ok,idea,6,02/11/2026',
      'Never used,idea,12,',
      'Zero,idea,0,',
      'Text,idea,every month,',
      'Orphan,idea,,2026-11-02',
      'Bad day,idea,4,2026-02-30',
    ].join('\n');
    const { rows, errors } = fromCsv(csv, { clientId: PARIS.id, defaults: { channel: 'instagram' }, dayOrder: 'dmy' });
    expect(rows.map((r) => [r.post.title, r.post.evergreen, r.evergreenGiven])).toEqual([
      ['Ok', { everyWeeks: 6, lastUsed: '2026-11-02' }, true],
      ['Never used', { everyWeeks: 12, lastUsed: null }, true],
    ]);
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ['row.evergreenInvalid', "line 4: evergreen weeks '0' is not a whole number of weeks from 1 to 104"],
      ['row.evergreenInvalid', "line 5: evergreen weeks 'every month' is not a whole number of weeks from 1 to 104"],
      ['row.evergreenInvalid', 'line 6: evergreen last used on 2026-11-02 but no evergreen weeks: fill evergreen_weeks (1 to 104) or empty both'],
      ['row.dateInvalid', "line 7: evergreen last used: date '2026-02-30' does not exist"],
    ]);
  });
});

describe('ICS: X-CADENCE-PILLAR and X-CADENCE-EVERGREEN', () => {
  const post = makePost({ pillar: 'p-products', evergreen: { everyWeeks: 10, lastUsed: '2026-03-01' } });

  it("writes the pillar's name (escaped) and the evergreen setting, and reads the post back whole", () => {
    const ics = toIcs([post], CLIENTS, { now: NOW });
    expect(ics).toContain('\r\nX-CADENCE-PILLAR:Produits & nouveautés\r\n');
    expect(ics).toContain('\r\nX-CADENCE-EVERGREEN:10\r\nX-CADENCE-EVERGREEN-LAST-USED:2026-03-01\r\n');
    const { posts, errors } = fromIcs(ics, { clientId: PARIS.id, timeZone: PARIS.timeZone, pillars: PARIS_PILLARS });
    expect(errors).toEqual([]);
    expect(posts[0]).toMatchObject({ pillarName: 'Produits & nouveautés', evergreenGiven: true, post: inputOf(post) });
  });

  it('leaves the properties out for a post without them, and for a pillar the client no longer has', () => {
    const ics = toIcs([makePost(), makePost({ id: 'post-2', pillar: 'p-gone' })], CLIENTS, { now: NOW });
    expect(ics).not.toContain('X-CADENCE-PILLAR');
    expect(ics).not.toContain('X-CADENCE-EVERGREEN');
  });

  it("refuses an event whose pillar the client does not have, and keeps the name when the pillars are not given", () => {
    const ics = toIcs([post], CLIENTS, { now: NOW }).replace('Produits & nouveautés', 'Recettes');
    const refused = fromIcs(ics, { clientId: PARIS.id, timeZone: PARIS.timeZone, pillars: PARIS_PILLARS });
    expect(refused.posts).toEqual([]);
    expect(refused.errors.map((e) => e.message)).toEqual([
      "line 6: pillar 'Recettes' is not one of this client's pillars (Astuces, Communauté, Produits & nouveautés)",
    ]);
    const unmatched = fromIcs(ics, { clientId: PARIS.id, timeZone: PARIS.timeZone });
    expect(unmatched.posts[0]).toMatchObject({ pillarName: 'Recettes', post: { pillar: null } });
  });

  it('refuses a last-use day that is not a day, and evergreen weeks out of range', () => {
    const ics = toIcs([post], CLIENTS, { now: NOW });
    const badDay = fromIcs(ics.replace('LAST-USED:2026-03-01', 'LAST-USED:soon'), { clientId: PARIS.id, timeZone: PARIS.timeZone, pillars: PARIS_PILLARS });
    expect(badDay.errors.map((e) => e.message)).toEqual(["line 6: evergreen last used 'soon' is not a day (yyyy-MM-dd)"]);
    const badWeeks = fromIcs(ics.replace('EVERGREEN:10', 'EVERGREEN:500'), { clientId: PARIS.id, timeZone: PARIS.timeZone, pillars: PARIS_PILLARS });
    expect(badWeeks.errors.map((e) => e.code)).toEqual(['row.evergreenInvalid']);
  });
});
