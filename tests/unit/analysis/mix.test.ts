import { describe, expect, it } from 'vitest';
import type { AnalysisPost } from '../../../shared/analysis/types';
import { CHANNELS } from '../../../shared/model/enums';
import { FORMAT_IDS } from '../../../shared/model/formats';
import { post, promo } from './fixtures';

const NO_FORMAT = Object.fromEntries(FORMAT_IDS.map((f) => [f, 0]));
const NO_CHANNEL = Object.fromEntries(CHANNELS.map((c) => [c, 0]));
import { ALL_OFF, run } from './helpers';

const sample = (): AnalysisPost[] => [
  promo('2026-11-09', { channel: 'instagram', format: 'image' }),
  post('2026-11-10', { channel: 'instagram', format: 'poll', tone: 'playful' }),
  post('2026-11-12', { channel: 'linkedin', format: 'article', intent: 'conversational', invitesParticipation: true }),
  post('2026-11-15', { channel: 'facebook', format: 'meme', tone: 'playful' }), // a Sunday
  post('2026-11-30', { channel: 'instagram', format: 'image' }),
  post('2026-12-01', { channel: 'instagram', format: 'image', tone: 'playful' }),
  post(null, { format: 'video' }), // a backlog idea: ignored
];

describe('mix per week and per month', () => {
  it('counts tone, intent, participation, formats and channels of a week', () => {
    const { weeks } = run(sample(), ALL_OFF);
    expect(weeks[0]).toEqual({
      start: '2026-11-09',
      end: '2026-11-15',
      total: 4,
      serious: 2,
      playful: 2,
      playfulShare: 0.5,
      promotional: 1,
      promotionalShare: 0.25,
      inviting: 2, // the poll invites by nature, the article by its flag
      invitingShare: 0.5,
      byFormat: { ...NO_FORMAT, image: 1, article: 1, poll: 1, meme: 1 },
      byIntent: { informative: 2, promotional: 1, conversational: 1 },
      byChannel: { ...NO_CHANNEL, instagram: 2, linkedin: 1, facebook: 1 },
    });
    // Every key present, in catalogue order.
    expect(Object.keys(weeks[0]?.byFormat ?? {})).toEqual([...FORMAT_IDS]);
    expect(Object.keys(weeks[0]?.byChannel ?? {})).toEqual([...CHANNELS]);
  });

  it('reports empty weeks between posts, with zero shares', () => {
    const { weeks } = run(sample(), ALL_OFF);
    expect(weeks.map((w) => [w.start, w.total])).toEqual([
      ['2026-11-09', 4],
      ['2026-11-16', 0],
      ['2026-11-23', 0],
      ['2026-11-30', 2],
    ]);
    expect(weeks[1]).toMatchObject({ playfulShare: 0, promotionalShare: 0, invitingShare: 0, byFormat: NO_FORMAT, byChannel: NO_CHANNEL });
    expect(weeks[1]?.byIntent).toEqual({ informative: 0, promotional: 0, conversational: 0 });
  });

  it('follows the week start', () => {
    expect(run(sample(), ALL_OFF, { weekStartsOn: 0 }).weeks.map((w) => [w.start, w.total])).toEqual([
      ['2026-11-08', 3],
      ['2026-11-15', 1],
      ['2026-11-22', 0],
      ['2026-11-29', 2],
    ]);
    expect(run(sample(), ALL_OFF, { weekStartsOn: 6 }).weeks.map((w) => [w.start, w.end, w.total])).toEqual([
      ['2026-11-07', '2026-11-13', 3],
      ['2026-11-14', '2026-11-20', 1],
      ['2026-11-21', '2026-11-27', 0],
      ['2026-11-28', '2026-12-04', 2],
    ]);
  });

  it('counts calendar months', () => {
    const { months } = run(sample(), ALL_OFF);
    expect(months.map((m) => [m.start, m.end, m.total, m.playful])).toEqual([
      ['2026-11-01', '2026-11-30', 5, 2],
      ['2026-12-01', '2026-12-31', 1, 1],
    ]);
    const feb = run([post('2028-02-10'), post('2029-02-10')], ALL_OFF).months;
    expect(feb[0]).toMatchObject({ start: '2028-02-01', end: '2028-02-29' });
    expect(feb).toHaveLength(13);
    expect(feb[12]).toMatchObject({ start: '2029-02-01', end: '2029-02-28' });
  });

  it('with from/to, reports every week and month meeting the range, counting whole periods', () => {
    const { weeks, months } = run(sample(), ALL_OFF, { from: '2026-11-12', to: '2026-11-24' });
    expect(weeks.map((w) => [w.start, w.total])).toEqual([
      ['2026-11-09', 4], // the whole week, though 9–11 Nov are before the range
      ['2026-11-16', 0],
      ['2026-11-23', 0],
    ]);
    expect(months.map((m) => [m.start, m.total])).toEqual([['2026-11-01', 5]]);
    expect(run(sample(), ALL_OFF, { from: '2027-01-04', to: '2027-01-10' }).weeks).toMatchObject([{ start: '2027-01-04', total: 0 }]);
    expect(run(sample(), ALL_OFF, { from: '2027-01-10', to: '2027-01-04' }).weeks).toEqual([]);
  });

  it('gives nothing for no posts, and ignores days that do not exist', () => {
    expect(run([], ALL_OFF)).toEqual({ weeks: [], months: [], warnings: [], streakPostIds: [] });
    expect(run([post('2026-02-30'), post('nonsense'), post(null)], ALL_OFF).weeks).toEqual([]);
  });

  it('refuses bounds that are not days', () => {
    expect(() => run(sample(), ALL_OFF, { from: '2026-11' })).toThrow(RangeError);
    expect(() => run(sample(), ALL_OFF, { today: '31/12/2026' })).toThrow(RangeError);
  });
});
