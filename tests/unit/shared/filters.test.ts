import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  channelChoices,
  compileFilter,
  EMPTY_FILTER,
  isFilterActive,
  NO_PILLAR,
  PARTICIPATION,
  PARTICIPATION_SOURCES,
  pillarChoices,
  pillarIndexOf,
  withinChannels,
  withinPillars,
  type PostFilter,
} from '../../../shared/filters';
import { CHANNELS } from '../../../shared/model/enums';
import type { Post } from '../../../shared/model/post';
import { makePost } from '../serializers/fixtures';

const filterOf = (over: Partial<PostFilter>): PostFilter => ({ ...EMPTY_FILTER, ...over });
const ids = (posts: Post[], filter: PostFilter) => posts.filter(compileFilter(filter)).map((p) => p.id);

// One post for each participation × source pair, on two channels.
const posts = [
  makePost({ id: 'inv-auto', invitesParticipation: true, participationSource: 'auto', channel: 'instagram' }),
  makePost({ id: 'inv-user', invitesParticipation: true, participationSource: 'user', channel: 'tiktok' }),
  makePost({ id: 'none-auto', invitesParticipation: false, participationSource: 'auto', channel: 'instagram' }),
  makePost({ id: 'none-user', invitesParticipation: false, participationSource: 'user', channel: 'tiktok', tone: 'playful' }),
];

describe('participation filter', () => {
  it('keeps the posts that invite participation, or those that do not', () => {
    expect(ids(posts, filterOf({ participation: ['invites'] }))).toEqual(['inv-auto', 'inv-user']);
    expect(ids(posts, filterOf({ participation: ['none'] }))).toEqual(['none-auto', 'none-user']);
    expect(ids(posts, filterOf({ participation: ['invites', 'none'] }))).toHaveLength(4);
  });

  it('keeps the posts by how participation was decided: detected or set by hand', () => {
    expect(ids(posts, filterOf({ participationSources: ['auto'] }))).toEqual(['inv-auto', 'none-auto']);
    expect(ids(posts, filterOf({ participationSources: ['user'] }))).toEqual(['inv-user', 'none-user']);
  });

  it('combines with the other filters (AND across lists)', () => {
    expect(ids(posts, filterOf({ participation: ['invites'], participationSources: ['user'] }))).toEqual(['inv-user']);
    expect(ids(posts, filterOf({ participation: ['none'], channels: ['tiktok'] }))).toEqual(['none-user']);
    expect(ids(posts, filterOf({ participation: ['none'], tones: ['serious'] }))).toEqual(['none-auto']);
    expect(ids(posts, filterOf({ participation: ['invites'], text: 'taste' }))).toEqual(['inv-auto', 'inv-user']);
    expect(ids(posts, filterOf({ participation: ['invites'], text: 'nowhere' }))).toEqual([]);
  });

  it('counts as an active filter, value by value', () => {
    expect(isFilterActive(filterOf({ participation: ['invites'] }))).toBe(true);
    expect(isFilterActive(filterOf({ participationSources: ['auto'] }))).toBe(true);
    expect(activeFilterCount(filterOf({ participation: ['invites'], participationSources: ['auto', 'user'], channels: ['x'] }))).toBe(4);
    expect(activeFilterCount(filterOf({ text: 'bread' }))).toBe(0);
    expect(isFilterActive(filterOf({ text: '  ' }))).toBe(false);
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
  });

  it('agrees with a plain reading of the two fields for any post and any choice', () => {
    const postArb = fc.record({
      invitesParticipation: fc.boolean(),
      participationSource: fc.constantFrom(...PARTICIPATION_SOURCES),
      channel: fc.constantFrom(...CHANNELS),
    });
    fc.assert(
      fc.property(
        postArb,
        fc.subarray([...PARTICIPATION]),
        fc.subarray([...PARTICIPATION_SOURCES]),
        fc.subarray([...CHANNELS]),
        (fields, participation, participationSources, channels) => {
          const post = makePost(fields);
          const expected =
            (participation.length === 0 || participation.includes(fields.invitesParticipation ? 'invites' : 'none')) &&
            (participationSources.length === 0 || participationSources.includes(fields.participationSource)) &&
            (channels.length === 0 || channels.includes(fields.channel));
          expect(compileFilter(filterOf({ participation, participationSources, channels }))(post)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('channel choices', () => {
  it('offers the client’s channels in the app’s order', () => {
    expect(channelChoices([{ channels: ['tiktok', 'instagram'] }])).toEqual(['instagram', 'tiktok']);
  });

  it('offers the union of the clients’ channels in All clients, each once', () => {
    expect(channelChoices([{ channels: ['blog', 'instagram'] }, { channels: ['instagram', 'linkedin'] }])).toEqual(['instagram', 'linkedin', 'blog']);
    expect(channelChoices([])).toEqual([]);
  });

  it('drops a chosen channel that is not offered any more, and keeps the rest of the filter', () => {
    const filter = filterOf({ channels: ['instagram', 'tiktok'], participation: ['invites'], text: 'bread' });
    expect(withinChannels(filter, ['instagram', 'linkedin'])).toEqual({ ...filter, channels: ['instagram'] });
    expect(withinChannels(filter, [])).toEqual({ ...filter, channels: [] });
  });

  it('returns the same filter when every chosen channel is still offered (so nothing is stored again)', () => {
    const filter = filterOf({ channels: ['instagram'] });
    expect(withinChannels(filter, ['instagram', 'x'])).toBe(filter);
    expect(withinChannels(EMPTY_FILTER, [])).toBe(EMPTY_FILTER);
  });
});

describe('pillar filter and search', () => {
  // Two clients that both have a "Tips" pillar (spelt differently), one with "Coulisses".
  const clients = [
    { id: 'paris', pillars: [{ id: 'p-tips', name: 'Tips', color: '#059669', target: 0.5 }, { id: 'p-coul', name: 'Coulisses', color: '#db2777', target: 0.5 }] },
    { id: 'lyon', pillars: [{ id: 'l-tips', name: 'tips ', color: '#ca8a04', target: 1 }] },
  ];
  const index = pillarIndexOf(clients);
  const tagged = [
    makePost({ id: 'tips-paris', clientId: 'paris', pillar: 'p-tips', title: 'Proofing' }),
    makePost({ id: 'coul', clientId: 'paris', pillar: 'p-coul', title: 'Our oven' }),
    makePost({ id: 'tips-lyon', clientId: 'lyon', pillar: 'l-tips', title: 'Crumb' }),
    makePost({ id: 'untagged', clientId: 'paris', pillar: null, title: 'Tips for the weekend' }),
    makePost({ id: 'removed', clientId: 'paris', pillar: 'p-gone', title: 'Old' }),
  ];
  const byFilter = (filter: PostFilter) => tagged.filter(compileFilter(filter, index)).map((p) => p.id);

  it('keeps the posts of the chosen pillars by name, across clients that share it', () => {
    expect(byFilter(filterOf({ pillars: ['tips'] }))).toEqual(['tips-paris', 'tips-lyon']);
    expect(byFilter(filterOf({ pillars: ['tips', 'coulisses'] }))).toEqual(['tips-paris', 'coul', 'tips-lyon']);
    expect(byFilter(filterOf({ pillars: ['tips'], text: 'crumb' }))).toEqual(['tips-lyon']);
  });

  it('“No pillar” keeps posts without one and posts whose pillar the client removed', () => {
    expect(byFilter(filterOf({ pillars: [NO_PILLAR] }))).toEqual(['untagged', 'removed']);
    // Without the clients' pillars, no post has a known pillar.
    expect(tagged.filter(compileFilter(filterOf({ pillars: [NO_PILLAR] }))).map((p) => p.id)).toHaveLength(5);
  });

  it('finds posts by their pillar’s name, folded, with the other words anywhere in the post', () => {
    expect(byFilter(filterOf({ text: 'coulisses' }))).toEqual(['coul']);
    expect(byFilter(filterOf({ text: 'COULISSÉS oven' }))).toEqual(['coul']);
    // "tips" is a pillar for two posts and a word of a third's title.
    expect(byFilter(filterOf({ text: 'tips' }))).toEqual(['tips-paris', 'tips-lyon', 'untagged']);
    expect(byFilter(filterOf({ text: 'coulisses crumb' }))).toEqual([]);
    expect(tagged.filter(compileFilter(filterOf({ text: 'coulisses' }))).map((p) => p.id)).toEqual([]);
  });

  it('offers each pillar name once, first spelling first, and counts chosen pillars as filters', () => {
    expect(pillarChoices(clients)).toEqual([
      { key: 'tips', name: 'Tips', color: '#059669' },
      { key: 'coulisses', name: 'Coulisses', color: '#db2777' },
    ]);
    expect(pillarChoices([clients[1]!])).toEqual([{ key: 'tips', name: 'tips', color: '#ca8a04' }]);
    expect(pillarChoices([{ pillars: 'damaged' }])).toEqual([]);
    expect(activeFilterCount(filterOf({ pillars: ['tips', NO_PILLAR], channels: ['x'] }))).toBe(3);
  });

  it('drops a chosen pillar no longer offered, keeps “No pillar”, and returns the same filter when nothing changes', () => {
    const filter = filterOf({ pillars: ['tips', 'coulisses', NO_PILLAR], text: 'bread' });
    expect(withinPillars(filter, pillarChoices([clients[1]!]))).toEqual({ ...filter, pillars: ['tips', NO_PILLAR] });
    const kept = filterOf({ pillars: ['tips'] });
    expect(withinPillars(kept, pillarChoices(clients))).toBe(kept);
  });

  it('agrees with a plain reading of the post’s pillar for any post and any choice (seed 15)', () => {
    const keys = ['tips', 'coulisses', NO_PILLAR];
    const ids = ['p-tips', 'p-coul', 'l-tips', 'p-gone', null];
    const nameOf: Record<string, string> = { 'p-tips': 'tips', 'p-coul': 'coulisses', 'l-tips': 'tips' };
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.subarray(keys), fc.constantFrom(...CHANNELS), fc.subarray([...CHANNELS]), (pillar, chosen, channel, channels) => {
        const post = makePost({ pillar, channel });
        const key = pillar !== null ? (nameOf[pillar] ?? NO_PILLAR) : NO_PILLAR;
        const expected = (chosen.length === 0 || chosen.includes(key)) && (channels.length === 0 || channels.includes(channel));
        expect(compileFilter(filterOf({ pillars: chosen, channels }), index)(post)).toBe(expected);
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});

describe('search by media', () => {
  const HASH = 'a'.repeat(64);
  const photo = { hash: HASH, name: 'Launch-Hero_Été.JPG', kind: 'jpeg' as const, size: 1000, alt: 'Two loaves on a wooden table' };
  const withMedia = makePost({ id: 'pictured', title: 'Bread week', media: [{ ...photo, hash: 'b'.repeat(64), name: 'cover.png', alt: '' }, photo] });
  const without = makePost({ id: 'plain', title: 'Bread week' });
  const search = (text: string) => ids([withMedia, without], filterOf({ text }));

  it('finds a post by a media file name, any item of the carousel, folded', () => {
    expect(search('launch-hero_ete.jpg')).toEqual(['pictured']);
    expect(search('cover.png')).toEqual(['pictured']);
    expect(search('hero bread')).toEqual(['pictured']);
  });

  it('finds a post by its alt text, and not by words it does not have', () => {
    expect(search('wooden loaves')).toEqual(['pictured']);
    expect(search('wooden cake')).toEqual([]);
    expect(search('bread')).toEqual(['pictured', 'plain']);
  });
});
