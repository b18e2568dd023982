import { describe, expect, it } from 'vitest';
import { plan } from '../../../shared/planner/plan';
import { existing, input, rulesWith } from './fixtures';
import { ALL_OFF } from '../analysis/helpers';
import type { GuardRules } from '../../../shared/analysis/rules';

const only = <K extends keyof GuardRules>(id: K, over: Partial<GuardRules[K]>): GuardRules => ({
  ...ALL_OFF,
  [id]: { ...rulesWith()[id], ...over, enabled: true },
});

describe('plan: rules that cannot be met say why', () => {
  it('an existing promotional streak with no slot between its posts', () => {
    // Three promotional Instagram posts on Tue 8, Wed 9, Thu 10 Dec fill those days of the rhythm: no slot falls between them.
    const posts = ['2026-12-08', '2026-12-09', '2026-12-10'].map((d) => existing(d, { intent: 'promotional', time: '12:30' }));
    const rhythm = [{ channel: 'instagram' as const, perWeek: 5, days: [1, 2, 3, 4, 5], times: ['12:30'] }];
    const result = plan(input({ posts, rhythm, rules: only('promo-streak', { maxInARow: 2, scope: 'channel' }), from: '2026-12-07', to: '2026-12-13' }));
    expect(result.proposals.map((p) => p.date)).toEqual(['2026-12-07', '2026-12-11']);
    expect(result.warnings.map((w) => w.ruleId)).toEqual(['promo-streak']);
    expect(result.unmet).toEqual([
      {
        ruleId: 'promo-streak',
        reason: {
          en: 'Promotional streak: 3 promotional posts in a row on 8–10 Dec are already in the calendar and no slot falls between them',
          fr: 'Série promotionnelle\u00a0: 3 publications promotionnelles d’affilée (8–10 déc.) sont déjà au calendrier et aucun créneau ne tombe entre elles',
        },
      },
    ]);
    // The proposals themselves are not promotional next to it.
    expect(result.proposals.every((p) => p.intent !== 'promotional')).toBe(true);
  });

  it('a rhythm of 3 LinkedIn posts a day against a guide of 1', () => {
    const rhythm = [{ channel: 'linkedin' as const, perWeek: 21, days: [0, 1, 2, 3, 4, 5, 6], times: ['08:00', '12:00', '17:00'] }];
    const result = plan(input({ rhythm, rules: only('channel-frequency', {}), from: '2026-12-07', to: '2026-12-13' }));
    expect(result.proposals).toHaveLength(21);
    expect(result.warnings).toHaveLength(7);
    expect(result.unmet[0]).toEqual({
      ruleId: 'channel-frequency',
      reason: {
        en: 'Posts a day per channel: LinkedIn on Mon 7 Dec: the rhythm needs 3 posts that day (the rhythm asks for 21 a week on 7 days), above the guide of 1 a day; 6 more days on LinkedIn are over the guide too',
        fr: 'Publications par jour et par réseau\u00a0: LinkedIn le lun. 7 déc.\u00a0: le rythme y demande 3 publications (le rythme en demande 21 par semaine sur 7 jours), au-delà du repère de 1 par jour\u00a0; 6 autres jours sur LinkedIn dépassent aussi le repère',
      },
    });
    expect(result.unmet).toHaveLength(1);
  });

  it('a playful band that 1 post a week cannot meet', () => {
    const rhythm = [{ channel: 'instagram' as const, perWeek: 1, days: [3], times: ['12:30'] }];
    const result = plan(input({ rhythm, rules: only('playful-range', { min: 0.3, max: 0.5, minPosts: 1 }), from: '2026-12-07', to: '2026-12-13' }));
    expect(result.proposals).toHaveLength(1);
    expect(result.warnings.map((w) => w.ruleId)).toEqual(['playful-range']);
    expect(result.unmet).toEqual([
      {
        ruleId: 'playful-range',
        reason: {
          en: 'Serious and playful balance: the week of 7 Dec has 1 post (0 already in the calendar, 0 of them playful; 1 planned), so its playful share can only be 0% or 100%, never within 30%–50%',
          fr: 'Équilibre sérieux et ludique\u00a0: la semaine du 7 déc. compte 1 publication (0 déjà au calendrier, dont 0 ludique\u00a0; 1 prévue), sa part ludique ne peut donc être que 0\u00a0% ou 100\u00a0%, jamais dans 30\u00a0%–50\u00a0%',
        },
      },
    ]);
  });

  it('a week with existing posts, no slot and no inviting post', () => {
    // The rhythm only has Mondays; the week of 14 Dec already has its Monday post (not inviting) and nothing else to plan.
    const rhythm = [{ channel: 'instagram' as const, perWeek: 1, days: [1], times: ['12:30'] }];
    const posts = [existing('2026-12-14', { time: '12:30' })];
    const result = plan(input({ posts, rhythm, rules: only('no-participation-week', { minPosts: 1 }), from: '2026-12-07', to: '2026-12-20' }));
    expect(result.proposals.map((p) => p.date)).toEqual(['2026-12-07']);
    expect(result.proposals[0]?.invitesParticipation).toBe(true);
    expect(result.unmet).toEqual([
      {
        ruleId: 'no-participation-week',
        reason: {
          en: 'Week without participation: the week of 14 Dec has 1 post already in the calendar, none inviting, and no slot of the rhythm to add one',
          fr: 'Semaine sans participation\u00a0: la semaine du 14 déc. compte 1 publication déjà au calendrier, aucune n’invite à participer, et le rythme n’y a aucun créneau pour en ajouter une',
        },
      },
    ]);
  });

  it('an existing format repeat with no slot between', () => {
    const posts = ['2026-12-08', '2026-12-09', '2026-12-10'].map((d) => existing(d, { format: 'meme', tone: 'playful' }));
    const rhythm = [{ channel: 'instagram' as const, perWeek: 5, days: [1, 2, 3, 4, 5], times: ['12:30'] }];
    const result = plan(input({ posts, rhythm, rules: only('format-repeat', { repeatCount: 3, scope: 'channel' }), from: '2026-12-07', to: '2026-12-13' }));
    expect(result.unmet.map((u) => u.reason.en)).toEqual([
      'Repeated format: 3 “Meme” posts in a row on 8–10 Dec are already in the calendar and no slot falls between them',
    ]);
    expect(result.proposals.map((p) => p.date)).toEqual(['2026-12-07', '2026-12-11']);
    expect(result.proposals.every((p) => p.format !== 'meme')).toBe(true);
  });

  it('reports nothing unmet when a slot can break the streak, and breaks it', () => {
    // Promotional posts on Mon 7 and Fri 11 Dec: the Wednesday slot sits between them.
    const posts = ['2026-12-07', '2026-12-11'].map((d) => existing(d, { intent: 'promotional' }));
    const rhythm = [{ channel: 'instagram' as const, perWeek: 3, days: [1, 3, 5], times: ['12:30'] }];
    const result = plan(input({ posts, rhythm, rules: only('promo-streak', { maxInARow: 1, scope: 'channel' }), from: '2026-12-07', to: '2026-12-13' }));
    expect(result.proposals.map((p) => [p.date, p.intent])).toEqual([['2026-12-09', 'informative']]);
    expect(result.warnings).toEqual([]);
    expect(result.unmet).toEqual([]);
  });
});
