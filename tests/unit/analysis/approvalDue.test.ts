// The approval-due guard rule (issue 17): for a client requiring approval, a post not approved by the
// client N days before its day warns until it goes out; today is passed in, never read.
import { describe, expect, it } from 'vitest';
import { RULE_INFO, resolveRules } from '../../../shared/analysis/rules';
import type { AnalysisPost } from '../../../shared/analysis/types';
import type { Approval } from '../../../shared/model/approval';
import { only, warningsOf } from './helpers';

const approval = (state: Approval['state'], changedAfterReview = false): Approval => ({ state, changedAfterReview, comments: [] });

const post = (id: string, date: string, extra: Partial<AnalysisPost> = {}): AnalysisPost => ({
  id,
  date,
  time: '10:00',
  channel: 'instagram',
  format: 'image',
  tone: 'serious',
  intent: 'informative',
  invitesParticipation: false,
  title: `Post ${id}`,
  status: 'scheduled',
  ...extra,
});

const rules = only('approval-due');
const required = { approval: { daysBefore: 3 }, today: '2026-11-24' };

describe('approval due', () => {
  it('warns from N days before a post’s day until its day, not before, not after', () => {
    const posts = [
      post('today', '2026-11-24'),
      post('in3', '2026-11-27'),
      post('in4', '2026-11-28'),
      post('past', '2026-11-23'),
    ];
    expect(warningsOf(posts, rules, required).map((w) => w.postIds[0])).toEqual(['today', 'in3']);
  });

  it('an approved post is fine; one approved for an earlier version, to review, or with changes requested warns', () => {
    const posts = [
      post('ok', '2026-11-25', { approval: approval('approved') }),
      post('stale', '2026-11-25', { approval: approval('approved', true) }),
      post('review', '2026-11-25', { approval: approval('review') }),
      post('changes', '2026-11-25', { approval: approval('changes') }),
    ];
    const warnings = warningsOf(posts, rules, required);
    expect(warnings.map((w) => w.id)).toEqual(['approval-due:changes', 'approval-due:review', 'approval-due:stale']);
    const changes = warnings[0]!;
    expect(changes.message.en).toBe('“Post changes” (Instagram, 25 Nov) is not approved: the client asked for changes, it goes out tomorrow and approval is needed 3 days before.');
    expect(changes.message.fr).toBe('«\u00a0Post changes\u00a0» (Instagram, 25 nov.) n’est pas validée\u00a0: le client a demandé des modifications, elle sort demain et la validation est demandée 3\u00a0jours avant.');
  });

  it('says nothing for a client without approval required, without today, for published posts, or when turned off', () => {
    const posts = [post('a', '2026-11-25'), post('p', '2026-11-25', { status: 'published' })];
    expect(warningsOf(posts, rules, { today: '2026-11-24' })).toEqual([]);
    expect(warningsOf(posts, rules, { approval: { daysBefore: 3 } })).toEqual([]);
    expect(warningsOf(posts, rules, required).map((w) => w.postIds[0])).toEqual(['a']);
    expect(warningsOf(posts, { ...rules, 'approval-due': { ...rules['approval-due'], enabled: false } }, required)).toEqual([]);
  });

  it('0 days before: only on the day itself', () => {
    const posts = [post('today', '2026-11-24'), post('tomorrow', '2026-11-25')];
    expect(warningsOf(posts, rules, { approval: { daysBefore: 0 }, today: '2026-11-24' }).map((w) => w.postIds[0])).toEqual(['today']);
  });

  it('is on by default, named in both languages, and survives an older stored rule set', () => {
    expect(resolveRules({})['approval-due']).toEqual({ enabled: true, severity: 'warning' });
    expect(resolveRules({ 'approval-due': { enabled: false } })['approval-due'].enabled).toBe(false);
    expect(RULE_INFO['approval-due'].name).toEqual({ en: 'Client approval', fr: 'Validation client' });
  });
});
