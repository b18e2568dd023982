// Issue 18: a CSV lists a post's media by file name (media_files, carousel order, " | ") and their alt
// texts (media_alt), and reading it back never invents or drops media: an update keeps the post's own
// files, a new post has none, and a row that names media is flagged for the import to say so.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildImportedPosts } from '../../../renderer/db/imports';
import type { MediaItem } from '../../../shared/model/media';
import type { Post } from '../../../shared/model/post';
import { guessMapping } from '../../../shared/serializers/csv';
import { fromCsv, toCsv } from '../../../shared/serializers/csv';
import { restoreCell } from '../../../shared/serializers/csvCells';
import { client, post } from './fixtures';

const SEED = 20261124;
const BLOOM = client('c-bloom', 'Bloom');
const item = (n: number, name: string, alt = ''): MediaItem => ({ hash: String(n).repeat(64).slice(0, 64), name, kind: 'jpeg', size: 1000 * n, alt });
const CAROUSEL = [item(1, 'cover.jpg', 'Two loaves on a table'), item(2, '=SUM(A1).png'), item(3, 'Été, "final" | v2.webp', 'Le fournil à 5 h')];
const pictured = post('p-pics', BLOOM.id, '2026-12-03', { title: 'Bread week', media: CAROUSEL });
const plain = post('p-plain', BLOOM.id, '2026-12-04', { title: 'No picture' });

/** The cells of a column, as a spreadsheet reads them (formula guard undone). */
const column = (csv: string, name: string): string[] => {
  const [header = [], ...rows] = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { header: false, skipEmptyLines: true }).data;
  const i = header.indexOf(name);
  expect(i, name).toBeGreaterThan(-1);
  return rows.map((r) => restoreCell(r[i] ?? ''));
};

describe('CSV export of media', () => {
  it('lists the file names in carousel order joined by " | ", and the alt texts lined up with them', () => {
    const csv = toCsv([pictured, plain], [BLOOM]);
    expect(column(csv, 'media_files')).toEqual(['cover.jpg | =SUM(A1).png | Été, "final" | v2.webp', '']);
    // The missing alt text of the second item stays as an empty place, so the third lines up with its file.
    expect(column(csv, 'media_alt')).toEqual(['Two loaves on a table |  | Le fournil à 5 h', '']);
  });

  it('writes an empty media_alt when no alt text is written, and guards a name that starts a formula', () => {
    const csv = toCsv([{ ...pictured, media: [item(2, '=SUM(A1).png'), item(4, 'b.png')] }], [BLOOM], { bom: false });
    expect(column(csv, 'media_alt')).toEqual(['']);
    // The raw cell must not start with "=": a spreadsheet would run it.
    expect(csv.split('\r\n')[1]).toContain(",'=SUM(A1).png | b.png,");
  });

  it('keeps any file name readable through the file (property, seed 20261124)', () => {
    const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';', '\t' as const), (names, delimiter) => {
        const media = names.map((n, i) => item(i + 1, n, `alt ${i}`));
        const csv = toCsv([{ ...pictured, media }], [BLOOM], { delimiter });
        const rows = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { header: false, skipEmptyLines: true, delimiter }).data;
        const i = rows[0]!.indexOf('media_files');
        expect(restoreCell(rows[1]![i]!)).toBe(names.join(' | '));
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('does not take a planning sheet’s "Média" column (the network) for the media files', () => {
    expect(guessMapping(['Titre', 'Média', 'Date'])).toEqual({ title: 'Titre', channel: 'Média', date: 'Date' });
    expect(guessMapping(['title', 'channel', 'media_files', 'media_alt'])).toMatchObject({ channel: 'channel', media_files: 'media_files', media_alt: 'media_alt' });
  });
});

describe('CSV import of a file that names media', () => {
  const csv = toCsv([{ ...pictured, title: 'Bread week, edited' }, plain], [BLOOM]);
  const read = fromCsv(csv, { clientId: BLOOM.id, clients: [BLOOM] });

  it('reads the rows, flags the one that names media, and brings no media into the post', () => {
    expect(read.errors).toEqual([]);
    const [withMedia, without] = read.rows;
    expect(withMedia).toMatchObject({ sourceId: 'p-pics', mediaNamed: true });
    expect(withMedia?.post).not.toHaveProperty('media');
    expect(without).not.toHaveProperty('mediaNamed');
    // An alt text alone is enough to say so.
    const altOnly = fromCsv('title,channel,media_alt\r\nA post,instagram,A loaf\r\n', { clientId: BLOOM.id });
    expect(altOnly.errors).toEqual([]);
    expect(altOnly.rows[0]).toMatchObject({ mediaNamed: true });
    const blank = fromCsv('title,channel,media_files,media_alt\r\nA post,instagram, , \r\n', { clientId: BLOOM.id });
    expect(blank.rows).toHaveLength(1);
    expect(blank.rows[0]).not.toHaveProperty('mediaNamed');
  });

  it('an update keeps the post’s own media and alt texts (the file’s names are not read); a new post has none', () => {
    const renamed = fromCsv(csv.replace('cover.jpg', 'other.jpg'), { clientId: BLOOM.id, clients: [BLOOM] });
    const existing = new Map<string, Post>([[pictured.id, pictured], [plain.id, plain]]);
    const update = buildImportedPosts(renamed.rows, { clients: [BLOOM], existing }, { clientId: BLOOM.id, mode: 'update', now: '2026-11-24T09:00:00.000Z' });
    expect(update.errors).toEqual([]);
    expect(update.replaced).toBe(2);
    expect(update.posts[0]).toMatchObject({ id: 'p-pics', title: 'Bread week, edited', media: CAROUSEL });
    expect(update.posts[1]).not.toHaveProperty('media');
    let n = 0;
    const add = buildImportedPosts(read.rows, { clients: [BLOOM], existing }, { clientId: BLOOM.id, mode: 'add', newId: () => `new-${++n}` });
    expect(add.added).toBe(2);
    for (const p of add.posts) expect(p).not.toHaveProperty('media');
  });
});
