// Shared test data and generators for the serializer tests (not a test file itself).
import fc from 'fast-check';
import type { Client } from '../../../shared/model/client';
import { CHANNELS, INTENTS, STATUSES, TONES } from '../../../shared/model/enums';
import { FORMAT_IDS } from '../../../shared/model/formats';
import type { Pillar } from '../../../shared/model/pillars';
import type { Post, PostInput } from '../../../shared/model/post';
import { PostSchema } from '../../../shared/model/post';

const client = (id: string, name: string, timeZone: string, pillars?: Pillar[]): Client => ({
  id,
  name,
  color: '#4f46e5',
  channels: ['instagram', 'linkedin'],
  timeZone,
  weekStartsOn: 1,
  language: 'fr',
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...(pillars ? { pillars } : {}),
});

/** Paris and New York have content pillars (names with accents, spaces, an emoji); Tokyo has none. */
export const PARIS_PILLARS: Pillar[] = [
  { id: 'p-tips', name: 'Astuces', color: '#059669', target: 0.4 },
  { id: 'p-community', name: 'Communauté', color: '#db2777', target: 0.3 },
  { id: 'p-products', name: 'Produits & nouveautés', color: '#ca8a04', target: 0.3 },
];
export const NEW_YORK_PILLARS: Pillar[] = [
  { id: 'ny-1', name: 'Behind the counter', color: '#0891b2', target: 0.5 },
  { id: 'ny-2', name: 'Bagels 🥯', color: '#7c3aed', target: 0.5 },
];
export const PARIS = client('client-paris', 'Boulangerie Dupont, Paris', 'Europe/Paris', PARIS_PILLARS);
export const NEW_YORK = client('client-ny', 'Bagel "Co"; NYC', 'America/New_York', NEW_YORK_PILLARS);
export const TOKYO = client('client-tokyo', '東京カフェ ☕', 'Asia/Tokyo');
export const CLIENTS = [PARIS, NEW_YORK, TOKYO];

export const DST_DAYS = ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01'] as const;

export const makePost = (over: Partial<Post> = {}): Post =>
  PostSchema.parse({
    id: 'post-1',
    clientId: PARIS.id,
    title: 'Launch day',
    caption: 'New bread, come taste it!',
    date: '2026-03-29',
    time: '09:00',
    channel: 'instagram',
    format: 'image',
    tone: 'serious',
    intent: 'promotional',
    invitesParticipation: false,
    intentSource: 'user',
    participationSource: 'auto',
    status: 'scheduled',
    tags: ['launch', 'bread'],
    order: null,
    series: null,
    notes: 'Check the photo rights',
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-02T11:30:00.000Z',
    ...over,
  });

/** The fields a user sets: what an import must give back. */
export const inputOf = (post: Post): PostInput => {
  const { id: _id, createdAt: _c, updatedAt: _u, ...input } = post;
  return input;
};

// Characters that break naive serializers: delimiters, quotes, escapes, line breaks, emoji (including
// ZWJ sequences and flags), CJK, combining accents, right-to-left text, formula triggers.
const TRICKY = [
  ',', ';', '"', "'", '\\', ':', '\n', '\t', ' ', '=', '+', '-', '@', '|', '!',
  '😀', '👩‍💻', '🇫🇷', '中', '文', '日本語', 'é', 'e\u0301', 'ß', 'ש', '€', '\u00a0', 'A', 'z', '0', '9',
];
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);
const textOf = (maxPieces: number, extra: string[] = []) =>
  fc
    .tuple(
      fc.constantFrom('', '', '=', '+', '-', '@', "'=", '\t', ...extra),
      fc.array(extra.length > 0 ? fc.oneof(piece, fc.constantFrom(...extra)) : piece, { maxLength: maxPieces }),
    )
    .map(([lead, parts]) => lead + parts.join(''));

/** ICS drops CR and control characters (documented); CSV and JSON keep everything but lone surrogates. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
export type Flavour = 'ics' | 'csv';

const cleanFor = (flavour: Flavour) => (s: string) =>
  // eslint-disable-next-line no-control-regex
  (flavour === 'ics' ? s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '') : s).replace(LONE_SURROGATE, 'x');

const timeArb = fc.oneof(
  fc.constant(null),
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(0, 15, 30, 59)).map(([h, m]) => `0${h}:${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
    ([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
  ),
);
const dayArb = fc.oneof(
  fc.constantFrom(...DST_DAYS),
  fc.date({ min: new Date('2025-12-01T00:00:00Z'), max: new Date('2027-01-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

export const postArb = (flavour: Flavour, opts: { dated?: boolean } = {}): fc.Arbitrary<Post> => {
  const clean = cleanFor(flavour);
  const extra = flavour === 'csv' ? ['\r', '\r\n'] : [];
  const title = textOf(12, extra).map((s) => clean(s).trim().slice(0, 200).trim()).filter((s) => s !== '');
  const tag = textOf(4, extra).map((s) => clean(s).trim().slice(0, 40).trim()).filter((s) => s !== '');
  return fc
    .record({
      id: fc.uuid(),
      clientId: fc.constantFrom(...CLIENTS.map((c) => c.id)),
      title,
      caption: textOf(40, extra).map(clean),
      date: opts.dated ? dayArb : fc.option(dayArb, { freq: 4 }),
      time: timeArb,
      channel: fc.constantFrom(...CHANNELS),
      format: fc.constantFrom(...FORMAT_IDS),
      tone: fc.constantFrom(...TONES),
      intent: fc.constantFrom(...INTENTS),
      invitesParticipation: fc.boolean(),
      intentSource: fc.constantFrom('auto' as const, 'user' as const),
      participationSource: fc.constantFrom('auto' as const, 'user' as const),
      status: fc.constantFrom(...STATUSES),
      tags: fc.array(tag, { maxLength: 5 }),
      order: fc.option(fc.stringMatching(/^[0-9A-Za-z]{1,12}$/), { freq: 3 }),
      series: fc.option(
        fc.record({
          id: fc.uuid(),
          start: dayArb,
          rule: fc.oneof(
            fc.record({
              freq: fc.constant('weekly' as const),
              interval: fc.integer({ min: 1, max: 4 }),
              weekdays: fc.uniqueArray(fc.constantFrom(0, 1, 2, 3, 4, 5, 6), { minLength: 1, maxLength: 3 }),
              end: fc.constant({ kind: 'count' as const, count: 4 }),
            }),
            fc.record({
              freq: fc.constant('monthly' as const),
              interval: fc.integer({ min: 1, max: 3 }),
              monthlyBy: fc.constantFrom('dayOfMonth' as const, 'weekdayOfMonth' as const),
              end: fc.constant({ kind: 'until' as const, until: '2027-12-31' }),
            }),
          ),
        }),
        { freq: 4 },
      ),
      notes: textOf(20, extra).map(clean),
      // None (as the app's rows without one) or some text, hashtags included; '' reads as none.
      firstCommentPick: fc.option(textOf(12, [...extra, '#', '#pain ', ' #bread']).map(clean).filter((s) => s !== ''), { freq: 3 }),
      pillarPick: fc.option(fc.nat(5), { freq: 3 }),
      evergreen: fc.option(
        fc.record({ everyWeeks: fc.integer({ min: 1, max: 104 }), lastUsed: fc.option(dayArb, { freq: 2 }) }),
        { freq: 3 },
      ),
      createdAt: fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
      updatedAt: fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
    })
    .map(({ pillarPick, firstCommentPick, ...p }) => {
      // A pillar of the post's own client (Tokyo has none): what the app stores.
      const pillars = CLIENTS.find((c) => c.id === p.clientId)?.pillars as Pillar[] | undefined;
      const pillar = pillarPick === null || !pillars?.length ? null : pillars[pillarPick % pillars.length]!.id;
      const firstComment = firstCommentPick === null ? {} : { firstComment: firstCommentPick };
      return { ...p, ...firstComment, pillar, status: p.date === null ? ('idea' as const) : p.status };
    })
    .map((p) => PostSchema.parse(p));
};
