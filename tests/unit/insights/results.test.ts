import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../shared/model/post';
import {
  ResultSnapshotInputSchema,
  ResultSnapshotSchema,
  engagementOf,
  latestByPost,
  latestSnapshot,
  snapshotsOf,
} from '../../../shared/model/results';
import { makeSnapshot } from './fixtures';

const input = (over: Record<string, unknown> = {}) => ({
  postId: 'p1',
  takenAt: '2026-03-03T09:00:00Z',
  reach: 1000,
  reactions: 40,
  comments: 8,
  shares: 2,
  saves: 1,
  ...over,
});

const errorsOf = (over: Record<string, unknown>) => {
  const result = ResultSnapshotInputSchema.safeParse(input(over));
  return result.success ? {} : fieldErrors(result.error);
};

describe('ResultSnapshotSchema', () => {
  it('fills the defaults: custom label, manual source, counts 0, no impressions, no reply time', () => {
    const parsed = ResultSnapshotInputSchema.parse({ postId: 'p1', takenAt: '2026-03-03T09:00:00+01:00', reach: 10 });
    expect(parsed).toEqual({
      postId: 'p1',
      takenAt: '2026-03-03T09:00:00+01:00',
      label: 'custom',
      source: 'manual',
      reach: 10,
      impressions: null,
      reactions: 0,
      comments: 0,
      shares: 0,
      saves: 0,
      clicks: 0,
      repliesByTeam: 0,
      firstReplyMinutes: null,
    });
  });

  it('refuses negative counts, fractions and text, on the field concerned', () => {
    expect(errorsOf({ comments: -3 })).toEqual({ comments: 'errors.resultNegative' });
    expect(errorsOf({ reach: 12.5 })).toEqual({ reach: 'errors.resultNotInteger' });
    expect(errorsOf({ shares: 'abc' })).toEqual({ shares: 'errors.resultNotNumber' });
    expect(errorsOf({ saves: Number.NaN })).toEqual({ saves: 'errors.resultNotNumber' });
    expect(errorsOf({ clicks: Number.POSITIVE_INFINITY })).toEqual({ clicks: 'errors.resultNotNumber' });
    expect(errorsOf({ firstReplyMinutes: -1, repliesByTeam: 1 })).toEqual({ firstReplyMinutes: 'errors.resultNegative' });
  });

  it('needs reach or impressions, and takes impressions alone', () => {
    expect(errorsOf({ reach: null })).toEqual({ reach: 'errors.reachRequired' });
    expect(errorsOf({ reach: undefined })).toEqual({ reach: 'errors.reachRequired' });
    expect(errorsOf({ reach: null, impressions: 900 })).toEqual({});
  });

  it('refuses reach below engagement (reactions + comments + shares + saves), only when reach is given', () => {
    // engagement = 40 + 8 + 2 + 1 = 51
    expect(errorsOf({ reach: 50 })).toEqual({ reach: 'errors.reachBelowEngagement' });
    expect(errorsOf({ reach: 51 })).toEqual({});
    expect(errorsOf({ reach: 51, clicks: 500 })).toEqual({}); // clicks are not engagement
    expect(errorsOf({ reach: null, impressions: 10 })).toEqual({});
  });

  it('reports one error per cause: a negative count is not also "reach below engagement"', () => {
    const result = ResultSnapshotInputSchema.safeParse(input({ reach: 1, reactions: -3, comments: 10 }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['reactions', 'errors.resultNegative'],
    ]);
  });

  it('refuses a time to first reply without any reply', () => {
    expect(errorsOf({ firstReplyMinutes: 30 })).toEqual({ firstReplyMinutes: 'errors.firstReplyWithoutReplies' });
    expect(errorsOf({ firstReplyMinutes: 30, repliesByTeam: 2 })).toEqual({});
    // More replies than comments is allowed: a team may answer one comment several times.
    expect(errorsOf({ repliesByTeam: 20, comments: 8 })).toEqual({});
  });

  it('needs takenAt as an ISO date-time with an offset', () => {
    expect(errorsOf({ takenAt: '2026-03-03T09:00:00' })).toEqual({ takenAt: 'errors.takenAtInvalid' });
    expect(errorsOf({ takenAt: '2026-03-03' })).toEqual({ takenAt: 'errors.takenAtInvalid' });
    expect(errorsOf({ takenAt: '2026-03-03T09:00:00.000Z' })).toEqual({});
  });

  it('stores ids and timestamps', () => {
    expect(ResultSnapshotSchema.safeParse(input()).success).toBe(false);
    expect(makeSnapshot('p1').id).toBe('snap-p1');
  });

  it('counts engagement as reactions + comments + shares + saves', () => {
    expect(engagementOf({ reactions: 40, comments: 8, shares: 2, saves: 1 })).toBe(51);
  });
});

describe('latestSnapshot, snapshotsOf, latestByPost', () => {
  // 01:00 at +02:00 is 23:00 UTC the day before: earlier than 23:30Z although its string sorts later.
  const early = makeSnapshot('p1', { id: 'a', takenAt: '2026-03-02T01:00:00+02:00', label: '24h' });
  const late = makeSnapshot('p1', { id: 'b', takenAt: '2026-03-01T23:30:00Z', label: '7d' });
  const other = makeSnapshot('p2', { id: 'c', takenAt: '2026-03-05T00:00:00Z' });

  it('takes the latest by instant, not by string', () => {
    expect(latestSnapshot([early, late])?.id).toBe('b');
    expect(latestSnapshot([late, early])?.id).toBe('b');
    expect(latestSnapshot([])).toBeUndefined();
  });

  it('breaks ties on the same instant by updatedAt, then id, whatever the input order', () => {
    const x = makeSnapshot('p1', { id: 'x', takenAt: '2026-03-02T00:00:00Z', updatedAt: '2026-03-09T00:00:00.000Z' });
    const y = makeSnapshot('p1', { id: 'y', takenAt: '2026-03-02T01:00:00+01:00', updatedAt: '2026-03-08T00:00:00.000Z' });
    expect(latestSnapshot([x, y])?.id).toBe('x');
    expect(latestSnapshot([y, x])?.id).toBe('x');
    const z = { ...y, id: 'z', updatedAt: x.updatedAt };
    expect(latestSnapshot([z, x])?.id).toBe('z');
  });

  it('lists one post’s snapshots oldest first', () => {
    expect(snapshotsOf([other, late, early], 'p1').map((s) => s.id)).toEqual(['a', 'b']);
    expect(snapshotsOf([other], 'p1')).toEqual([]);
  });

  it('keeps each post’s latest snapshot, or its latest with a label', () => {
    const all = [early, late, other];
    expect([...latestByPost(all)].map(([post, s]) => [post, s.id])).toEqual([
      ['p1', 'b'],
      ['p2', 'c'],
    ]);
    expect([...latestByPost(all, '24h')].map(([post, s]) => [post, s.id])).toEqual([
      ['p1', 'a'],
      ['p2', 'c'],
    ]);
    expect(latestByPost(all, '28d').size).toBe(0);
  });
});
