import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  channelChoices,
  compileFilter,
  EMPTY_FILTER,
  isFilterActive,
  PARTICIPATION,
  PARTICIPATION_SOURCES,
  withinChannels,
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
