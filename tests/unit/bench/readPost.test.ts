import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostSchema } from '../../../shared/model/post';
import { compareForDisplay, readPostRow, sliceRange } from '../../../renderer/db/posts';
import { AGENCY, denseClient, densePosts, generateAgency } from '../../../bench/generate';

// renderer/db/posts.ts reads stored rows through a hand-written fast path (PERF, found by the bench).
// It must give exactly PostSchema's verdict and data: these tests compare both on the bench's
// realistic rows and on thousands of damaged ones.

const agency = generateAgency({ ...AGENCY, clients: 3, days: 40, ideasPerClient: 5 });
const rows: unknown[] = [...agency.posts, ...densePosts(denseClient(50), 50, '2026-06')];

const zod = (row: unknown) => {
  const parsed = PostSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
};

const COMMENT = { id: 'c1', author: 'Claire', at: '2026-11-20T10:00:00.000Z', text: 'Le prix est faux', kind: 'client' };
const MEDIA = { hash: 'a'.repeat(64), name: 'croissant.jpg', kind: 'jpeg', size: 123456, alt: 'Un croissant doré' };
const review = (comment: Record<string, unknown> = {}) => ({ state: 'changes', changedAfterReview: true, comments: [{ ...COMMENT, ...comment }, { ...COMMENT, id: 'c2', kind: 'internal' }] });

describe('readPostRow: PostSchema, faster', () => {
  it('takes the fast path for rows with a first comment and a review, as the app writes them (the row itself comes back)', () => {
    const row = { ...(rows[0] as object), firstComment: '', approval: review(), media: [MEDIA] };
    expect(zod(row)).not.toBeNull();
    expect(readPostRow(row)).toBe(row);
    expect(readPostRow({ ...row, firstComment: '#pain' })).toEqual(zod({ ...row, firstComment: '#pain' }));
  });

  it('takes the fast path for media with their card preview, whatever its payload (only its start is checked, PERF)', () => {
    const preview = `data:image/webp;base64,${'UklGR'.repeat(200)}`;
    const row = { ...(rows[0] as object), media: [{ ...MEDIA, preview }, { ...MEDIA, hash: 'b'.repeat(64), preview: 'data:image/jpeg;base64,%%' }] };
    expect(zod(row)).not.toBeNull();
    expect(readPostRow(row)).toBe(row);
  });

  it('accepts every generated row, as PostSchema does, with the same data', () => {
    for (const row of rows) {
      expect(zod(row)).not.toBeNull();
      expect(readPostRow(row)).toEqual(zod(row));
    }
  });

  const mutations: Record<string, (row: Record<string, unknown>) => void> = {
    'untrimmed title': (r) => (r.title = ` ${String(r.title)} `),
    'empty title': (r) => (r.title = '   '),
    'long title': (r) => (r.title = 'x'.repeat(201)),
    '30 February': (r) => (r.date = '2026-02-30'),
    '29 February, leap year': (r) => (r.date = '2028-02-29'),
    '29 February, 2100': (r) => (r.date = '2100-02-29'),
    'year 1850': (r) => (r.date = '1850-06-01'),
    'year 2300': (r) => (r.date = '2300-06-01'),
    'day 31 in April': (r) => (r.date = '2026-04-31'),
    'no date, not an idea': (r) => ((r.date = null), (r.status = 'draft')),
    'no date, an idea': (r) => ((r.date = null), (r.status = 'idea')),
    'time 24:00': (r) => (r.time = '24:00'),
    'time 7:05': (r) => (r.time = '7:05'),
    'unknown channel': (r) => (r.channel = 'myspace'),
    'unknown format': (r) => (r.format = 'hologram'),
    'tone missing': (r) => delete r.tone,
    'sources missing (defaults)': (r) => (delete r.intentSource, delete r.participationSource),
    'series missing (default)': (r) => delete r.series,
    'order missing (default)': (r) => delete r.order,
    'pillar and evergreen missing (a row older than pillars)': (r) => (delete r.pillar, delete r.evergreen),
    'pillar set': (r) => (r.pillar = 'p-tips'),
    'pillar empty': (r) => (r.pillar = ''),
    'pillar too long': (r) => (r.pillar = 'p'.repeat(41)),
    'pillar a number': (r) => (r.pillar = 3),
    'evergreen set': (r) => (r.evergreen = { everyWeeks: 4, lastUsed: '2026-05-01' }),
    'evergreen weeks 0': (r) => (r.evergreen = { everyWeeks: 0, lastUsed: null }),
    'published, with its live link': (r) => ((r.publishedAt = '2026-06-01T09:30:00.000Z'), (r.liveUrl = 'https://www.instagram.com/p/abc/')),
    'published, no link': (r) => ((r.publishedAt = '2026-06-01T09:30:00.000Z'), (r.liveUrl = null)),
    'publish fields null': (r) => ((r.publishedAt = null), (r.liveUrl = null)),
    'publishedAt not an instant': (r) => (r.publishedAt = '2026-06-01'),
    'publishedAt 31 April': (r) => (r.publishedAt = '2026-04-31T09:30:00Z'),
    'liveUrl over http': (r) => (r.liveUrl = 'http://example.com/p/1'),
    'liveUrl javascript:': (r) => (r.liveUrl = 'javascript:alert(1)'),
    'liveUrl too long': (r) => (r.liveUrl = `https://example.com/${'a'.repeat(2000)}`),
    'publishedAt undefined': (r) => (r.publishedAt = undefined),
    'first comment set': (r) => (r.firstComment = '#pain #levain\nLink in bio'),
    'first comment empty': (r) => (r.firstComment = ''),
    'first comment too long': (r) => (r.firstComment = 'x'.repeat(2201)),
    'first comment undefined': (r) => (r.firstComment = undefined),
    'first comment a number': (r) => (r.firstComment = 3),
    'review with comments': (r) => (r.approval = review()),
    'media, two items': (r) => (r.media = [MEDIA, { ...MEDIA, hash: 'b'.repeat(64), kind: 'mp4', alt: '' }]),
    'media empty': (r) => (r.media = []),
    'media with its preview': (r) => (r.media = [{ ...MEDIA, preview: 'data:image/webp;base64,UklGRhAAAABXRUJQ' }]),
    'media preview an SVG': (r) => (r.media = [{ ...MEDIA, preview: 'data:image/svg+xml;base64,PHN2Zz4=' }]),
    'media preview a web address': (r) => (r.media = [{ ...MEDIA, preview: 'https://example.com/a.jpg' }]),
    'media preview too long': (r) => (r.media = [{ ...MEDIA, preview: `data:image/jpeg;base64,${'A'.repeat(12_000)}` }]),
    'media preview undefined': (r) => (r.media = [{ ...MEDIA, preview: undefined }]),
    'media preview, payload not base64': (r) => (r.media = [{ ...MEDIA, preview: 'data:image/png;base64,<b>not base64</b>' }]),
    'media undefined': (r) => (r.media = undefined),
    'media, hash in capitals': (r) => (r.media = [{ ...MEDIA, hash: 'A'.repeat(64) }]),
    'media, unknown kind': (r) => (r.media = [{ ...MEDIA, kind: 'bmp' }]),
    'media, empty name': (r) => (r.media = [{ ...MEDIA, name: '' }]),
    'media, alt too long': (r) => (r.media = [{ ...MEDIA, alt: 'x'.repeat(1001) }]),
    'media, size fractional': (r) => (r.media = [{ ...MEDIA, size: 1.5 }]),
    'media, extra key': (r) => (r.media = [{ ...MEDIA, thumb: 'x' }]),
    'media, 21 items': (r) => (r.media = Array.from({ length: 21 }, () => MEDIA)),
    'review, no comments': (r) => (r.approval = { state: 'review', changedAfterReview: false, comments: [] }),
    'review, unknown state': (r) => (r.approval = { ...review(), state: 'maybe' }),
    'review, flag missing': (r) => (r.approval = { state: 'approved', comments: [] }),
    'review, extra key': (r) => (r.approval = { ...review(), extra: 1 }),
    'review comment, untrimmed author': (r) => (r.approval = review({ author: ' Claire ' })),
    'review comment, blank text': (r) => (r.approval = review({ text: '   ' })),
    'review comment, text too long': (r) => (r.approval = review({ text: 'x'.repeat(5001) })),
    'review comment, day not instant': (r) => (r.approval = review({ at: '2026-11-20' })),
    'review comment, unknown kind': (r) => (r.approval = review({ kind: 'public' })),
    'review comment, extra key': (r) => (r.approval = review({ extra: true })),
    'review, 501 comments': (r) => (r.approval = { ...review(), comments: Array.from({ length: 501 }, (_, i) => ({ ...COMMENT, id: `c${i}` })) }),
    'review null': (r) => (r.approval = null),
    'extra field': (r) => (r.extra = 1),
    'series set': (r) => (r.series = { id: 's1', rule: { freq: 'weekly', interval: 1, weekdays: [1], end: { kind: 'count', count: 3 } }, start: '2026-06-01' }),
    'bad series': (r) => (r.series = { id: '' }),
    'untrimmed tag': (r) => (r.tags = [' promo']),
    'empty tag': (r) => (r.tags = ['']),
    '31 tags': (r) => (r.tags = Array.from({ length: 31 }, (_, i) => `t${i}`)),
    'tags not an array': (r) => (r.tags = 'promo'),
    'caption too long': (r) => (r.caption = 'x'.repeat(5001)),
    'notes too long': (r) => (r.notes = 'x'.repeat(10_001)),
    'order too long': (r) => (r.order = 'a'.repeat(201)),
    'empty id': (r) => (r.id = ''),
    'numeric id': (r) => (r.id = 12),
    'invites not boolean': (r) => (r.invitesParticipation = 'yes'),
    'createdAt missing': (r) => delete r.createdAt,
    'date a number': (r) => (r.date = 20260601),
    'caption null': (r) => (r.caption = null),
  };

  for (const [name, mutate] of Object.entries(mutations)) {
    it(`agrees with PostSchema on rows with: ${name}`, () => {
      for (const row of rows.slice(0, 60)) {
        const damaged = structuredClone(row) as Record<string, unknown>;
        mutate(damaged);
        expect(readPostRow(damaged)).toEqual(zod(damaged));
      }
    });
  }

  it('agrees with PostSchema on random rows and random fields', () => {
    const anyValue = fc.oneof(fc.string(), fc.constant(null), fc.integer(), fc.boolean(), fc.constant(undefined), fc.array(fc.string(), { maxLength: 3 }));
    const keys = Object.keys(rows[0] as object);
    fc.assert(
      fc.property(fc.nat(rows.length - 1), fc.constantFrom(...keys), anyValue, (index, key, value) => {
        const damaged = structuredClone(rows[index]) as Record<string, unknown>;
        damaged[key] = value;
        expect(readPostRow(damaged)).toEqual(zod(damaged));
      }),
      { numRuns: 2000 },
    );
    for (const junk of [null, undefined, 1, 'post', [], [rows[0]]]) expect(readPostRow(junk)).toEqual(zod(junk));
  });
});

describe('display order and slices', () => {
  it('orders as day, then untimed first, then time, then title by localeCompare', () => {
    const posts = agency.posts.filter((p) => p.date !== null);
    const expected = [...posts].sort(
      (a, b) =>
        (a.date ?? '').localeCompare(b.date ?? '') ||
        (a.time === b.time ? 0 : a.time === null ? -1 : b.time === null ? 1 : a.time < b.time ? -1 : 1) ||
        a.title.localeCompare(b.title),
    );
    // Ties (same day, time and title) may come in either order: compare the sort keys.
    const key = (p: (typeof posts)[number]) => `${p.date}|${p.time}|${p.title}`;
    expect([...posts].sort(compareForDisplay).map(key)).toEqual(expected.map(key));
  });

  it('slices a padded window to exactly the days asked for, unreadable rows included', () => {
    const posts = [...agency.posts.filter((p) => p.date !== null)].sort(compareForDisplay);
    const window = { posts, unreadable: 2, unreadableDays: ['2025-12-03', '2025-12-30'] };
    const slice = sliceRange(window, '2025-12-10', '2025-12-31');
    expect(slice.posts).toEqual(posts.filter((p) => p.date! >= '2025-12-10' && p.date! <= '2025-12-31'));
    expect(slice.unreadable).toBe(1);
    expect(sliceRange(window, '2027-01-01', '2027-01-31').posts).toEqual([]);
  });
});
