import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../shared/planner/types';
import { planRange } from '../../../renderer/app/planRange';
import { acceptChange } from '../../../renderer/features/plan/usePlanSession';
import { client, post } from '../data/fixtures';

const proposal = (id: string, date: string, extra: Partial<Proposal> = {}): Proposal => ({
  id,
  date,
  time: '12:30',
  channel: 'instagram',
  format: 'quiz',
  tone: 'playful',
  intent: 'conversational',
  invitesParticipation: true,
  pillar: 'tips',
  title: 'Quiz: Tips',
  caption: 'Which one do you pick?',
  ...extra,
});

describe('accepting proposals', () => {
  const acme = client('c1', 'Acme');

  it('makes drafts with the proposal’s ids and fields, read as new rows', () => {
    const change = acceptChange([proposal('a', '2026-12-07'), proposal('b', '2026-12-09', { format: 'poll' })], acme, []);
    expect(change.deletes).toEqual([]);
    expect(change.upserts.map((p) => [p.id, p.date, p.time, p.format, p.status, p.clientId, p.pillar])).toEqual([
      ['a', '2026-12-07', '12:30', 'quiz', 'draft', 'c1', 'tips'],
      ['b', '2026-12-09', '12:30', 'poll', 'draft', 'c1', 'tips'],
    ]);
    // The planner chose intent and participation: they are not re-read from the caption.
    expect(change.upserts.every((p) => p.intentSource === 'user' && p.participationSource === 'user')).toBe(true);
    expect([...(change.read ?? new Map())]).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });

  it('moves an evergreen idea’s last use to the latest day it is used on, read at its version', () => {
    const idea = post('idea1', 'c1', null, { evergreen: { everyWeeks: 6, lastUsed: '2026-09-01' }, updatedAt: '2026-11-02T00:00:00.000Z' });
    const other = post('idea2', 'c1', null, { evergreen: { everyWeeks: 4, lastUsed: null } });
    const change = acceptChange(
      [proposal('a', '2026-12-14', { ideaId: 'idea1' }), proposal('b', '2026-12-07', { ideaId: 'idea1' })],
      acme,
      [idea, other],
    );
    const updated = change.upserts.find((p) => p.id === 'idea1');
    expect(updated?.evergreen).toEqual({ everyWeeks: 6, lastUsed: '2026-12-14' });
    expect(updated?.date).toBeNull();
    expect(change.upserts.some((p) => p.id === 'idea2')).toBe(false);
    expect(change.read?.get('idea1')).toBe('2026-11-02T00:00:00.000Z');
  });
});

describe('the range offered first', () => {
  it('is the month shown, from today in the current month', () => {
    expect(planRange('2026-12-10', '2026-11-24')).toEqual({ defaultFrom: '2026-12-01', defaultTo: '2026-12-31' });
    expect(planRange('2026-11-03', '2026-11-24')).toEqual({ defaultFrom: '2026-11-24', defaultTo: '2026-11-30' });
    expect(planRange('2027-02-01', '2026-11-24')).toEqual({ defaultFrom: '2027-02-01', defaultTo: '2027-02-28' });
  });
});
