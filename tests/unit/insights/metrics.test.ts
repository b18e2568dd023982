import { describe, expect, it } from 'vitest';
import { engagementRate, replyCoverage } from '../../../shared/insights/metrics';

const counts = { reach: 1000, impressions: null, reactions: 30, comments: 5, shares: 3, saves: 2 };

describe('engagementRate', () => {
  it('is (reactions + comments + shares + saves) ÷ reach', () => {
    // (30 + 5 + 3 + 2) / 1000 = 40 / 1000
    expect(engagementRate(counts)).toEqual({
      value: 0.04,
      formula: '(reactions + comments + shares + saves) ÷ reach',
      basis: 'reach',
      engagement: 40,
    });
  });

  it('falls back to impressions when reach is missing', () => {
    // 40 / 800
    expect(engagementRate({ ...counts, reach: null, impressions: 800 })).toEqual({
      value: 0.05,
      formula: '(reactions + comments + shares + saves) ÷ impressions',
      basis: 'impressions',
      engagement: 40,
    });
  });

  it('prefers reach over impressions when both are given', () => {
    expect(engagementRate({ ...counts, impressions: 4000 }).value).toBe(0.04);
  });

  it('gives null with a reason for zero reach, never NaN or Infinity', () => {
    const zero = engagementRate({ ...counts, reach: 0, reactions: 0, comments: 0, shares: 0, saves: 0 });
    expect(zero).toMatchObject({ value: null, reason: 'no-reach', basis: 'reach' });
    // A given reach of 0 does not fall back to impressions.
    expect(engagementRate({ ...counts, reach: 0, impressions: 500 })).toMatchObject({ value: null, reason: 'no-reach' });
    expect(engagementRate({ ...counts, reach: null, impressions: 0 })).toMatchObject({
      value: null,
      reason: 'no-reach',
      basis: 'impressions',
    });
    expect(engagementRate({ ...counts, reach: null })).toMatchObject({ value: null, reason: 'no-reach', basis: null });
  });

  it('is 0 when nobody engaged', () => {
    expect(engagementRate({ ...counts, reactions: 0, comments: 0, shares: 0, saves: 0 }).value).toBe(0);
  });
});

describe('replyCoverage', () => {
  it('is replies ÷ comments', () => {
    expect(replyCoverage({ comments: 8, repliesByTeam: 6 })).toEqual({
      value: 0.75,
      formula: 'replies by the team ÷ comments, at most 100%',
    });
    expect(replyCoverage({ comments: 5, repliesByTeam: 0 }).value).toBe(0);
  });

  it('is capped at 1: several replies to one comment do not make 150%', () => {
    expect(replyCoverage({ comments: 8, repliesByTeam: 12 }).value).toBe(1);
  });

  it('is null without comments (nothing to answer)', () => {
    expect(replyCoverage({ comments: 0, repliesByTeam: 0 })).toMatchObject({ value: null, reason: 'no-comments' });
    expect(replyCoverage({ comments: 0, repliesByTeam: 3 })).toMatchObject({ value: null, reason: 'no-comments' });
  });
});
