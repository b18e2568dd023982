// A post's published time and live link in files (issue 16): CSV published_at / live_url, ICS
// X-CADENCE-PUBLISHED-AT / X-CADENCE-LIVE-URL, written when set, read back checked, refused with the
// line when they are not an instant or an https address.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isHttpsUrl, isIsoInstant } from '../../../shared/model/published';
import { PostSchema } from '../../../shared/model/post';
import { fromCsv, toCsv } from '../../../shared/serializers/csv';
import { fromIcs, toIcs } from '../../../shared/serializers/ics';
import { CLIENTS, PARIS, makePost } from './fixtures';

const NOW = new Date('2026-11-24T09:00:00.000Z');
const AT = '2026-11-20T08:31:00.000Z';
const LINK = 'https://www.instagram.com/p/C0abc123/';
const cellsOf = (csv: string) => {
  const [header, ...rows] = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { header: false, skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));
};

describe('published instant and live link: the checks', () => {
  it('accepts ISO instants with an offset and refuses days, impossible dates and local times', () => {
    for (const ok of [AT, '2026-11-20T08:31Z', '2026-11-20T09:31:00+01:00', '2028-02-29T00:00:00Z']) expect(isIsoInstant(ok), ok).toBe(true);
    for (const bad of ['2026-11-20', '2026-11-20T08:31', '2026-02-29T08:00Z', '2026-11-20T24:00Z', 'yesterday', '']) expect(isIsoInstant(bad), bad).toBe(false);
  });

  it('accepts https addresses only: no http, javascript:, credentials, spaces or over 2,000 characters', () => {
    for (const ok of [LINK, 'https://www.linkedin.com/feed/update/urn:li:activity:1/', 'https://x.com/a/status/1?s=20#top', 'https://[::1]:8443/p']) expect(isHttpsUrl(ok), ok).toBe(true);
    for (const bad of ['http://example.com/p', 'javascript:alert(1)', 'https://user@evil.com/', 'https://exa mple.com', 'https://', 'ftp://x.com', `https://x.com/${'a'.repeat(2000)}`]) {
      expect(isHttpsUrl(bad), bad).toBe(false);
    }
  });

  it('a stored post may carry them or not; a bad one does not read', () => {
    const post = makePost({ id: 'p' });
    expect(PostSchema.safeParse(post).success).toBe(true);
    expect(PostSchema.safeParse({ ...post, publishedAt: AT, liveUrl: LINK }).data).toMatchObject({ publishedAt: AT, liveUrl: LINK });
    expect(PostSchema.safeParse({ ...post, liveUrl: 'http://example.com' }).success).toBe(false);
    expect(PostSchema.safeParse({ ...post, publishedAt: '2026-11-20' }).success).toBe(false);
  });
});

describe('CSV: published_at and live_url', () => {
  it('writes them when set, empty cells when not, and reads them back', () => {
    const posts = [makePost({ id: 'a', status: 'published', publishedAt: AT, liveUrl: LINK }), makePost({ id: 'b' })];
    const csv = toCsv(posts, CLIENTS);
    const byId = new Map(cellsOf(csv).map((r) => [r.id, r]));
    expect(byId.get('a')).toMatchObject({ published_at: AT, live_url: LINK });
    expect(byId.get('b')).toMatchObject({ published_at: '', live_url: '' });
    const { rows, errors } = fromCsv(csv, { clientId: PARIS.id, clients: CLIENTS });
    expect(errors).toEqual([]);
    const read = new Map(rows.map((r) => [r.sourceId, r]));
    expect(read.get('a')).toMatchObject({ publishedAt: AT, liveUrl: LINK });
    expect(read.get('b')).toMatchObject({ publishedAt: null, liveUrl: null });
  });

  it('leaves them out when the file has no such column, so an update keeps the post’s own', () => {
    const { rows } = fromCsv('title,date,channel\nA,2026-12-01,instagram\n', { clientId: PARIS.id });
    expect(rows[0]).not.toHaveProperty('publishedAt');
    expect(rows[0]).not.toHaveProperty('liveUrl');
  });

  it('refuses a row whose cells are not an instant or an https link, naming the line, the field and the value', () => {
    const csv = 'title,date,channel,published_at,live_url\nA,2026-12-01,instagram,hier,\nB,2026-12-02,instagram,,http://insecure.example/p\nC,2026-12-03,instagram,2026-12-03T10:00:00Z,https://ok.example/p\n';
    const { rows, errors } = fromCsv(csv, { clientId: PARIS.id });
    expect(rows.map((r) => r.post.title)).toEqual(['C']);
    expect(errors.map((e) => [e.code, e.line, e.field, e.params?.value])).toEqual([
      ['row.publishedAtInvalid', 2, 'publishedAt', 'hier'],
      ['row.liveUrlInvalid', 3, 'liveUrl', 'http://insecure.example/p'],
    ]);
    expect(errors[1]!.message).toBe("line 3: live_url 'http://insecure.example/p' is not an https:// address");
  });
});

describe('ICS: X-CADENCE-PUBLISHED-AT and X-CADENCE-LIVE-URL', () => {
  it('writes them when set and reads them back; an event without them leaves them out', () => {
    const posts = [makePost({ id: 'a', status: 'published', publishedAt: AT, liveUrl: LINK }), makePost({ id: 'b', date: '2026-12-02' })];
    const ics = toIcs(posts, CLIENTS, { now: NOW });
    expect(ics).toContain(`X-CADENCE-PUBLISHED-AT:${AT}`);
    expect(ics).toContain(`X-CADENCE-LIVE-URL:${LINK}`);
    expect(ics.match(/X-CADENCE-PUBLISHED-AT/g)).toHaveLength(1);
    const { posts: read, errors } = fromIcs(ics, { clientId: PARIS.id, timeZone: PARIS.timeZone });
    expect(errors).toEqual([]);
    const byId = new Map(read.map((r) => [r.sourceId, r]));
    expect(byId.get('a')).toMatchObject({ publishedAt: AT, liveUrl: LINK });
    expect(byId.get('b')).not.toHaveProperty('publishedAt');
  });

  it('refuses an event whose live link is not https, with its line', () => {
    const ics = toIcs([makePost({ id: 'a', status: 'published', publishedAt: AT, liveUrl: LINK })], CLIENTS, { now: NOW }).replace(LINK, 'javascript:alert(1)');
    const { posts, errors } = fromIcs(ics, { clientId: PARIS.id, timeZone: PARIS.timeZone });
    expect(posts).toEqual([]);
    expect(errors.map((e) => [e.code, e.field])).toEqual([['row.liveUrlInvalid', 'liveUrl']]);
    expect(errors[0]!.line).toBeGreaterThan(1);
  });
});
