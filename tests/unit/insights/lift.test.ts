import { describe, expect, it } from 'vitest';
import {
  formatLift,
  insightSamples,
  insights,
  liftByFormat,
  liftByIntent,
  liftByTone,
  monthlyTrend,
  participationLift,
  replyStats,
  ugcShare,
} from '../../../shared/insights/lift';
import { makePost, makeSnapshot, numbersIn, rated, split } from './fixtures';

const percents = (prefix: string, values: number[], over: Parameters<typeof rated>[2] = {}) =>
  values.map((v, i) => rated(`${prefix}${i + 1}`, v, over));

// Inviting posts at 2, 4, 6, 8, 10 % and the others at 1, 2, 3, 4, 5 %: means 6 % and 3 %, lift +100%.
const INVITING = percents('i', [2, 4, 6, 8, 10], { invitesParticipation: true });
const OTHERS = percents('n', [1, 2, 3, 4, 5]);

describe('participationLift', () => {
  it('compares the mean rates of inviting and other posts, with the counts behind them', () => {
    const { posts, snapshots } = split([...INVITING, ...OTHERS]);
    const result = participationLift(posts, snapshots);
    expect(result.group).toEqual({ posts: 5, n: 5, mean: expect.closeTo(0.06, 12), noResults: 0, noReach: 0 });
    expect(result.rest).toEqual({ posts: 5, n: 5, mean: expect.closeTo(0.03, 12), noResults: 0, noReach: 0 });
    expect(result.lift).toBeCloseTo(1, 12);
    // Worked out in stats.test.ts: exp(ln 2 ± 2.306004135 / 3) - 1.
    expect(result.ci?.low).toBeCloseTo(-0.0727396, 6);
    expect(result.ci?.high).toBeCloseTo(3.3137829, 6);
    expect(result.verdict).toBe('unclear');
  });

  it('counts, and leaves out of the means, posts without results or without reach', () => {
    const pairs = [
      ...INVITING,
      ...OTHERS,
      { post: makePost('no-snapshot', { invitesParticipation: true }), snapshot: null },
      { post: makePost('zero-reach', { invitesParticipation: true }), snapshot: makeSnapshot('zero-reach', { reach: 0 }) },
      { post: makePost('no-reach'), snapshot: makeSnapshot('no-reach', { reach: null, impressions: 0 }) },
    ];
    const { group, rest } = participationLift(split(pairs).posts, split(pairs).snapshots);
    expect(group).toMatchObject({ posts: 7, n: 5, mean: expect.closeTo(0.06, 12), noResults: 1, noReach: 1 });
    expect(rest).toMatchObject({ posts: 6, n: 5, mean: expect.closeTo(0.03, 12), noResults: 0, noReach: 1 });
  });

  it('keeps to the client, channels and period asked, and to published posts', () => {
    const pairs = [
      ...INVITING,
      ...OTHERS,
      rated('other-client', 50, { clientId: 'client-2' }),
      rated('linkedin', 50, { channel: 'linkedin' }),
      rated('april', 50, { date: '2026-04-01' }),
      { post: makePost('scheduled-no-results', { status: 'scheduled' }), snapshot: null },
      // An undated idea never counts, even with a result logged by mistake.
      rated('idea', 50, { status: 'idea', date: null, time: null }),
      // Results prove a post went out, even if its status was left at 'scheduled'.
      rated('scheduled-with-results', 3, { status: 'scheduled' }),
    ];
    const { posts, snapshots } = split(pairs);
    const options = { clientId: 'client-1', channels: ['instagram' as const], from: '2026-03-01', to: '2026-03-31' };
    expect(insightSamples(posts, snapshots, options).map((s) => s.post.id)).toEqual([
      'i1', 'i2', 'i3', 'i4', 'i5', 'n1', 'n2', 'n3', 'n4', 'n5', 'scheduled-with-results',
    ]);
    expect(participationLift(posts, snapshots, options).rest).toMatchObject({ posts: 6, n: 6, mean: expect.closeTo(0.03, 12) });
    // No channel filter (undefined or empty) means every channel.
    expect(insightSamples(posts, snapshots, { ...options, channels: [] })).toHaveLength(12);
  });

  it('counts a format that invites by nature (a poll) as inviting', () => {
    const { posts, snapshots } = split([rated('poll', 4, { format: 'poll' }), rated('image', 2)]);
    expect(insightSamples(posts, snapshots).map((s) => [s.post.id, s.inviting])).toEqual([
      ['image', false],
      ['poll', true],
    ]);
  });

  it('is too few to tell at 4 inviting posts, and can tell at 5', () => {
    const four = split([...INVITING.slice(0, 4), ...OTHERS]);
    expect(participationLift(four.posts, four.snapshots).verdict).toBe('too-few');
    const five = split([...INVITING, ...OTHERS]);
    expect(participationLift(five.posts, five.snapshots).verdict).toBe('unclear');
    expect(participationLift(four.posts, four.snapshots, { minPerGroup: 4 }).verdict).toBe('unclear');
  });

  it('handles a single post, and every post in one group, without NaN or Infinity', () => {
    const one = split([rated('only', 5, { invitesParticipation: true })]);
    const single = participationLift(one.posts, one.snapshots);
    expect(single).toEqual({
      group: { posts: 1, n: 1, mean: 0.05, noResults: 0, noReach: 0 },
      rest: { posts: 0, n: 0, mean: null, noResults: 0, noReach: 0 },
      lift: null,
      ci: null,
      verdict: 'too-few',
    });
    const all = split(INVITING);
    expect(participationLift(all.posts, all.snapshots)).toMatchObject({ lift: null, ci: null, verdict: 'too-few' });
    expect(participationLift([], [])).toMatchObject({ group: { posts: 0, n: 0, mean: null }, verdict: 'too-few' });
    for (const result of [insights(one.posts, one.snapshots), insights(all.posts, all.snapshots), insights([], [])]) {
      expect(numbersIn(result).every(Number.isFinite)).toBe(true);
    }
  });

  it('uses each post’s latest snapshot, or its latest with the label asked', () => {
    const post = makePost('p');
    const day = makeSnapshot('p', { id: 'day', label: '24h', takenAt: '2026-03-03T09:00:00Z', reach: 100, reactions: 1 });
    const week = makeSnapshot('p', { id: 'week', label: '7d', takenAt: '2026-03-09T09:00:00Z', reach: 100, reactions: 5 });
    const [latest] = insightSamples([post], [week, day]);
    expect(latest).toMatchObject({ snapshotId: 'week', rate: { value: 0.05 } });
    expect(insightSamples([post], [week, day], { label: '24h' })[0]).toMatchObject({ snapshotId: 'day', rate: { value: 0.01 } });
    // No snapshot with that label: still a published post (it has results), but without a rate.
    expect(insightSamples([post], [week, day], { label: '28d' })[0]).toMatchObject({ snapshotId: null, rate: null });
  });
});

// quiz 5, 6, 7, 8, 9 % (mean 7) · image 2, 3, 4, 5, 6 % (mean 4) · carousel 4, 4, 4, 4 % (mean 4).
const QUIZ = percents('q', [5, 6, 7, 8, 9], { format: 'quiz', tone: 'playful', intent: 'conversational' });
const IMAGE = percents('m', [2, 3, 4, 5, 6], { format: 'image', tone: 'serious', intent: 'informative' });
const CAROUSEL = percents('c', [4, 4, 4, 4], { format: 'carousel', tone: 'serious', intent: 'promotional' });
const MIX = split([...QUIZ, ...IMAGE, ...CAROUSEL]);

describe('breakdowns: each value against all the others', () => {
  it('by format', () => {
    const rows = liftByFormat(MIX.posts, MIX.snapshots);
    expect(rows.map((r) => r.key)).toEqual(['image', 'carousel', 'quiz']); // catalogue order, present only
    const [image, carousel, quiz] = rows;
    // quiz 7 % against the 9 others: (2+3+4+5+6+4+4+4+4) / 9 = 4 % → 7/4 - 1 = +75%.
    expect(quiz).toMatchObject({ group: { n: 5 }, rest: { n: 9, mean: expect.closeTo(0.04, 12) }, verdict: 'higher' });
    expect(quiz!.lift).toBeCloseTo(0.75, 12);
    // image 4 % against (35 + 16) / 9 % → 4 · 9 / 51 - 1 = -0.2941…; its interval spans 0.
    expect(image!.lift).toBeCloseTo(36 / 51 - 1, 12);
    expect(image!.verdict).toBe('unclear');
    // carousel: 4 posts, under the minimum; 4 % against 55 / 10 % → -0.2727….
    expect(carousel).toMatchObject({ group: { n: 4 }, rest: { n: 10 }, verdict: 'too-few' });
    expect(carousel!.lift).toBeCloseTo(4 / 5.5 - 1, 12);
  });

  it('by tone and by intent', () => {
    const tones = liftByTone(MIX.posts, MIX.snapshots);
    expect(tones.map((r) => [r.key, r.group.n, r.rest.n])).toEqual([
      ['serious', 9, 5],
      ['playful', 5, 9],
    ]);
    expect(tones[0]!.lift).toBeCloseTo(4 / 7 - 1, 12);
    expect(tones[1]!.lift).toBeCloseTo(0.75, 12);
    const intents = liftByIntent(MIX.posts, MIX.snapshots);
    expect(intents.map((r) => [r.key, r.verdict])).toEqual([
      ['informative', 'unclear'],
      ['promotional', 'too-few'],
      ['conversational', 'higher'],
    ]);
  });

  it('formatLift keeps formats with enough posts; clearOnly keeps clear verdicts', () => {
    const lifts = formatLift(MIX.posts, MIX.snapshots);
    expect(Object.keys(lifts)).toEqual(['image', 'quiz']);
    expect(lifts.quiz).toBeCloseTo(0.75, 12);
    expect(lifts.image).toBeCloseTo(36 / 51 - 1, 12);
    expect(formatLift(MIX.posts, MIX.snapshots, { clearOnly: true })).toEqual({ quiz: expect.closeTo(0.75, 12) });
    expect(formatLift([], [])).toEqual({});
  });
});

describe('ugcShare', () => {
  it('is the share of UGC reposts among published posts, and their engagement against the others', () => {
    const pairs = [...percents('u', [8, 10], { format: 'ugc_repost' }), ...percents('o', [1, 2, 3, 4, 5, 6, 7, 8])];
    const { posts, snapshots } = split(pairs);
    const ugc = ugcShare(posts, snapshots);
    expect(ugc).toMatchObject({ published: 10, ugc: 2, share: 0.2 });
    // 9 % against 36 / 8 = 4.5 % → +100%, on 2 posts: too few to tell.
    expect(ugc.comparison).toMatchObject({ group: { n: 2 }, rest: { n: 8 }, verdict: 'too-few' });
    expect(ugc.comparison.lift).toBeCloseTo(1, 12);
    expect(ugcShare([], []).share).toBeNull();
  });
});

describe('replyStats', () => {
  it('averages per-post coverage and takes the median time to first reply', () => {
    const snap = (id: string, comments: number, repliesByTeam: number, firstReplyMinutes: number | null) =>
      makeSnapshot(id, { comments, repliesByTeam, firstReplyMinutes });
    const posts = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => makePost(id));
    const snapshots = [
      snap('a', 8, 6, 30), // 0.75
      snap('b', 4, 8, 10), // 2 → capped at 1
      snap('c', 5, 0, null), // 0, unanswered
      snap('d', 0, 0, null), // no comments: left out of the coverage
      // 'e' has no snapshot
      snap('f', 2, 1, 45), // 0.5
      snap('g', 1, 1, 120), // 1
    ];
    expect(replyStats(posts, snapshots)).toEqual({
      withResults: 6,
      withComments: 5,
      coverage: expect.closeTo((0.75 + 1 + 0 + 0.5 + 1) / 5, 12), // 0.65
      unanswered: 1,
      timed: 4,
      medianFirstReplyMinutes: 37.5, // 10, 30, 45, 120 → (30 + 45) / 2
    });
    expect(replyStats([], [])).toEqual({
      withResults: 0,
      withComments: 0,
      coverage: null,
      unanswered: 0,
      timed: 0,
      medianFirstReplyMinutes: null,
    });
  });
});

describe('monthlyTrend', () => {
  // December 2025: inviting 2, 4 % and other 1 %; January 2026: inviting 6 % and others 2, 4 %.
  const pairs = [
    rated('d1', 2, { date: '2025-12-05', invitesParticipation: true }),
    rated('d2', 4, { date: '2025-12-31', invitesParticipation: true }),
    rated('d3', 1, { date: '2025-12-15' }),
    rated('j1', 6, { date: '2026-01-01', invitesParticipation: true }),
    rated('j2', 2, { date: '2026-01-20' }),
    rated('j3', 4, { date: '2026-01-31' }),
  ];
  const { posts, snapshots } = split(pairs);

  it('groups by calendar month of the post’s day, across the year boundary', () => {
    const months = monthlyTrend(posts, snapshots);
    expect(months.map((m) => [m.month, m.posts, m.group.n, m.rest.n])).toEqual([
      ['2025-12', 3, 2, 1],
      ['2026-01', 3, 1, 2],
    ]);
    expect(months[0]!.group.mean).toBeCloseTo(0.03, 12);
    expect(months[0]!.rest.mean).toBeCloseTo(0.01, 12);
    expect(months[0]!.lift).toBeCloseTo(2, 12); // 3 % / 1 % - 1
    expect(months[1]!.lift).toBeCloseTo(1, 12); // 6 % / 3 % - 1
    expect(months.every((m) => m.verdict === 'too-few')).toBe(true);
  });

  it('lists every month of the period asked, empty ones included', () => {
    const months = monthlyTrend(posts, snapshots, { from: '2025-11-01', to: '2026-02-28' });
    expect(months.map((m) => [m.month, m.posts])).toEqual([
      ['2025-11', 0],
      ['2025-12', 3],
      ['2026-01', 3],
      ['2026-02', 0],
    ]);
    expect(months[0]).toMatchObject({ group: { n: 0, mean: null }, lift: null, ci: null, verdict: 'too-few' });
    expect(monthlyTrend([], [])).toEqual([]);
  });
});

describe('insights', () => {
  it('gathers everything in one pass, and says which denominator the rates used', () => {
    const pairs = [
      ...INVITING,
      ...OTHERS,
      { post: makePost('views'), snapshot: makeSnapshot('views', { reach: null, impressions: 200, reactions: 6 }) },
      { post: makePost('silent'), snapshot: null },
    ];
    const { posts, snapshots } = split(pairs);
    const result = insights(posts, snapshots);
    expect(result).toMatchObject({ posts: 12, withResults: 11, usable: 11, basis: { reach: 10, impressions: 1 } });
    expect(result.participation).toEqual(participationLift(posts, snapshots));
    expect(result.byFormat).toEqual(liftByFormat(posts, snapshots));
    expect(result.ugc).toEqual(ugcShare(posts, snapshots));
    expect(result.replies).toEqual(replyStats(posts, snapshots));
    expect(result.months).toEqual(monthlyTrend(posts, snapshots));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result); // plain data, no Map or class
  });
});
