import { describe, expect, it } from 'vitest';
import { analyze, applyFix } from '../../../shared/analysis/analyze';
import type { GuardRules } from '../../../shared/analysis/rules';
import type { AnalysisPost, Fix, RuleId, Warning } from '../../../shared/analysis/types';
import { post, promo, randomPosts, utcDay } from './fixtures';
import { ALL_OFF, only, warningsOf } from './helpers';
import { DEFAULT_RULES } from '../../../shared/analysis/rules';

// Reasons are written when first read (LazyText): JSON writes them, as the command line prints them.
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/**
 * Applies a warning's fix and checks the promise of every fix: the warning is gone and the rule
 * raises no warning that was not there before.
 */
const expectSafe = (posts: AnalysisPost[], rules: GuardRules, warning: Warning, today?: string): AnalysisPost[] => {
  const opts = { rules, weekStartsOn: 1 as const, ...(today === undefined ? {} : { today }) };
  const before = new Set(analyze(posts, opts).warnings.filter((w) => w.ruleId === warning.ruleId).map((w) => w.id));
  const fixed = applyFix(posts, warning.fix as Fix);
  const after = analyze(fixed, opts).warnings.filter((w) => w.ruleId === warning.ruleId);
  expect(after.map((w) => w.id)).not.toContain(warning.id);
  for (const w of after) expect(before.has(w.id)).toBe(true);
  return fixed;
};

const firstOf = (posts: AnalysisPost[], rules: GuardRules, ruleId: RuleId, today?: string): Warning => {
  const w = warningsOf(posts, rules, today === undefined ? {} : { today }).find((x) => x.ruleId === ruleId);
  if (w === undefined) throw new Error(`no ${ruleId} warning`);
  return w;
};

/** One post a day from Monday 9 Nov 2026: 'P' promotional, '.' informative, ' ' no post. */
const daily = (pattern: string, over: (i: number) => Partial<AnalysisPost> = () => ({})): AnalysisPost[] =>
  [...pattern].flatMap((c, i) => {
    const day = utcDay('2026-11-09', i);
    if (c === ' ') return [];
    return [c === 'P' ? promo(day, { id: `d${i}`, title: `Promo ${i}`, ...over(i) }) : post(day, { id: `d${i}`, title: `Post ${i}`, ...over(i) })];
  });

describe('fixes for a promotional streak', () => {
  it('moves a post of the streak to the nearest free day that breaks it', () => {
    const posts = daily('.PPP. ..');
    const w = firstOf(posts, only('promo-streak'), 'promo-streak');
    expect(plain(w.fix)).toEqual({
      kind: 'move',
      postId: 'd3',
      toDate: '2026-11-14',
      reason: {
        en: 'Move “Promo 3” to Sat 14 Nov, a day with no post: the streak is broken.',
        fr: 'Déplacer « Promo 3 » au sam. 14 nov., un jour sans publication : la série est rompue.',
      },
    });
    const fixed = expectSafe(posts, only('promo-streak'), w);
    expect(fixed.find((p) => p.id === 'd3')?.date).toBe('2026-11-14');
  });

  it('does not move a post to a day where it would start a new streak', () => {
    // The free day 14 Nov sits between two promotional posts: landing there would make P P P again.
    const posts = daily('PPP.P PP.');
    const w = firstOf(posts, only('promo-streak'), 'promo-streak');
    expect(w.postIds).toEqual(['d0', 'd1', 'd2']);
    expect(w.fix?.kind === 'move' && w.fix.toDate).not.toBe('2026-11-14');
    expectSafe(posts, only('promo-streak'), w);
  });

  it('swaps with a nearby post when no day is free', () => {
    // A post every morning from 2 to 20 Nov, and three promotional posts on the afternoon of 10 Nov.
    const mornings = Array.from({ length: 19 }, (_, i) => post(utcDay('2026-11-02', i), { id: `m${i}`, time: '08:00' }));
    const promos = ['12:00', '13:00', '14:00'].map((time, i) => promo('2026-11-10', { id: `s${i}`, time }));
    const posts = [...mornings, ...promos];
    const w = firstOf(posts, only('promo-streak', { scope: 'all' }), 'promo-streak');
    expect(w.fix?.kind).toBe('swap');
    const fixed = expectSafe(posts, only('promo-streak', { scope: 'all' }), w);
    if (w.fix?.kind === 'swap') {
      const a = posts.find((p) => p.id === (w.fix as { postIdA: string }).postIdA) as AnalysisPost;
      const b = posts.find((p) => p.id === (w.fix as { postIdB: string }).postIdB) as AnalysisPost;
      expect(fixed.find((p) => p.id === a.id)).toMatchObject({ date: b.date, time: a.time });
      expect(fixed.find((p) => p.id === b.id)).toMatchObject({ date: a.date, time: b.time });
      expect(w.fix.reason.en).toMatch(/^Swap the days of “.+” and “.+” \(each keeps its time\): the streak is broken\.$/);
    }
  });

  it('offers no fix when no single change can break the streak', () => {
    const w = firstOf(daily('.PPPPPP.'), only('promo-streak'), 'promo-streak');
    expect(w.fix).toBeUndefined();
  });

  it('never moves a published post, nor one before today, nor to a day before today', () => {
    const published = daily('.PPP. ', () => ({ status: 'published' }));
    expect(firstOf(published, only('promo-streak'), 'promo-streak').fix).toBeUndefined();

    // With today = 13 Nov, only d3 (12 Nov)… is before today too: nothing can move.
    const posts = daily('.PPP.    ');
    expect(firstOf(posts, only('promo-streak'), 'promo-streak', '2026-11-13').fix).toBeUndefined();
    // With today = 12 Nov, d3 may move, and only forward.
    const w = firstOf(posts, only('promo-streak'), 'promo-streak', '2026-11-12');
    expect(w.fix).toMatchObject({ kind: 'move', postId: 'd3' });
    expect(w.fix?.kind === 'move' && w.fix.toDate >= '2026-11-12').toBe(true);
    expectSafe(posts, only('promo-streak'), w, '2026-11-12');
  });

  it('fixes a streak on one channel without touching the others', () => {
    const posts = daily('.PPP.', (i) => ({ channel: 'linkedin', time: `0${i}:00` }));
    posts.push(post('2026-11-14', { id: 'fb', channel: 'facebook' }));
    const rules = only('promo-streak', { scope: 'channel' });
    const w = firstOf(posts, rules, 'promo-streak');
    expect(w.fix).toBeDefined();
    expectSafe(posts, rules, w);
  });
});

describe('fixes for a repeated format', () => {
  it('moves or swaps so the format changes, and the repetition is gone', () => {
    const posts = daily('....', (i) => ({ format: i < 3 ? 'carousel' : 'video' }));
    const w = firstOf(posts, only('format-repeat'), 'format-repeat');
    expect(w.fix?.reason.en).toContain('the repetition is broken');
    expectSafe(posts, only('format-repeat'), w);
  });
});

describe('fixes for a week without participation', () => {
  const silentWeek = (): AnalysisPost[] => [
    promo('2026-11-16', { id: 'sale', format: 'image' }),
    post('2026-11-17', { id: 'tips', format: 'carousel', title: 'Five tips' }),
    post('2026-11-18', { id: 'chat', format: 'text', intent: 'conversational', title: 'Our story' }),
    post('2026-11-19', { id: 'old', format: 'video', status: 'published' }),
  ];

  it('turns a non-promotional post into a question, conversational first', () => {
    const w = firstOf(silentWeek(), only('no-participation-week'), 'no-participation-week');
    expect(plain(w.fix)).toEqual({
      kind: 'make-question',
      postId: 'chat',
      reason: {
        en: 'Turn “Our story” into an invitation to take part: end its caption with a question to your audience.',
        fr: 'Faire de « Our story » une invitation à participer : terminez sa légende par une question à votre audience.',
      },
    });
    const fixed = expectSafe(silentWeek(), only('no-participation-week'), w);
    expect(fixed.find((p) => p.id === 'chat')).toMatchObject({ invitesParticipation: true, format: 'text' });
  });

  it('prefers the format that did best for the client, and says so when the lift is known', () => {
    const scored = warningsOf(silentWeek(), only('no-participation-week'), { formatScores: { carousel: 3, text: 1, image: 9 } });
    expect(scored[0]?.fix).toMatchObject({ kind: 'make-question', postId: 'tips' });
    expect(scored[0]?.fix?.reason.en).not.toContain('earned');

    const lifted = warningsOf(silentWeek(), only('no-participation-week'), { formatLift: { carousel: 0.42 } });
    expect(lifted[0]?.fix?.reason.en).toBe(
      'Turn “Five tips” into an invitation to take part: end its caption with a question to your audience. Carousel posts earned +42% for this client.',
    );
    expect(lifted[0]?.fix?.reason.fr).toContain('Les publications au format Carrousel ont obtenu +42 % pour ce client.');
  });

  it('offers nothing when every post of the week is promotional or published', () => {
    const posts = [promo('2026-11-16'), post('2026-11-17', { status: 'published' })];
    expect(firstOf(posts, only('no-participation-week'), 'no-participation-week').fix).toBeUndefined();
  });
});

describe('fixes for too many posts a day on a channel', () => {
  const crowded = (n: number): AnalysisPost[] =>
    Array.from({ length: n }, (_, i) => post('2026-11-10', { id: `i${i}`, title: `Insta ${i}`, time: `1${i}:00` }));

  it('moves the latest post to the nearest day with room, the next day first', () => {
    const posts = [...crowded(3), ...crowded(2).map((p) => ({ ...p, id: `n${p.id}`, date: '2026-11-11' }))];
    const w = firstOf(posts, only('channel-frequency'), 'channel-frequency');
    // 11 Nov is full (2 posts): 9 Nov is the nearest day with room.
    expect(plain(w.fix)).toEqual({
      kind: 'move',
      postId: 'i2',
      toDate: '2026-11-09',
      reason: {
        en: 'Move “Insta 2” to Mon 9 Nov, which has room on Instagram.',
        fr: 'Déplacer « Insta 2 » au lun. 9 nov., où Instagram a encore de la place.',
      },
    });
    expectSafe(posts, only('channel-frequency'), w);
  });

  it('offers nothing when one move cannot clear the day', () => {
    expect(firstOf(crowded(4), only('channel-frequency'), 'channel-frequency').fix).toBeUndefined();
  });
});

describe('applyFix', () => {
  const posts = daily('.P.P');

  it('leaves the input alone, keeps the order and the untouched posts', () => {
    const copy = structuredClone(posts);
    const out = applyFix(posts, { kind: 'move', postId: 'd1', toDate: '2026-12-01', reason: { en: '', fr: '' } });
    expect(posts).toEqual(copy);
    expect(out.map((p) => p.id)).toEqual(posts.map((p) => p.id));
    expect(out[0]).toBe(posts[0]);
    expect(out[1]).toEqual({ ...posts[1], date: '2026-12-01' });
  });

  it('swaps dates, keeping each time', () => {
    const timed = posts.map((p, i) => ({ ...p, time: `1${i}:00` }));
    const out = applyFix(timed, { kind: 'swap', postIdA: 'd0', postIdB: 'd3', reason: { en: '', fr: '' } });
    expect(out[0]).toMatchObject({ date: '2026-11-12', time: '10:00' });
    expect(out[3]).toMatchObject({ date: '2026-11-09', time: '13:00' });
  });

  it('changes nothing when a post is gone', () => {
    expect(applyFix(posts, { kind: 'swap', postIdA: 'd0', postIdB: 'zz', reason: { en: '', fr: '' } })).toEqual(posts);
    expect(applyFix(posts, { kind: 'make-question', postId: 'zz', reason: { en: '', fr: '' } })).toEqual(posts);
  });

  it('keeps extra fields of full posts', () => {
    const full = posts.map((p) => ({ ...p, caption: 'hello', tags: ['a'] }));
    const out = applyFix(full, { kind: 'make-question', postId: 'd2', reason: { en: '', fr: '' } });
    expect(out[2]).toEqual({ ...full[2], invitesParticipation: true });
  });
});

describe('every fix on seeded calendars', () => {
  // Deterministic companion of the fast-check property: these seeds are known to produce every
  // kind of fix, so the check can never pass vacuously.
  it.each([
    { name: 'default rules', rules: DEFAULT_RULES },
    {
      name: 'per-channel streaks, scope-all repeats',
      rules: {
        ...DEFAULT_RULES,
        'promo-streak': { ...DEFAULT_RULES['promo-streak'], scope: 'channel' as const, maxInARow: 1 },
        'format-repeat': { ...DEFAULT_RULES['format-repeat'], scope: 'all' as const, repeatCount: 2 },
      },
    },
  ])('is safe under $name', ({ rules }) => {
    const kinds = new Set<string>();
    for (let seed = 0; seed < 120; seed++) {
      const posts = randomPosts(seed, 60, 40, { channels: ['instagram', 'linkedin', 'x'] });
      const today = seed % 3 === 0 ? '2026-01-15' : undefined;
      for (const w of warningsOf(posts, rules, today === undefined ? {} : { today })) {
        if (w.fix === undefined) continue;
        kinds.add(`${w.ruleId}:${w.fix.kind}`);
        expectSafe(posts, rules, w, today);
      }
    }
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining([
        'channel-frequency:move',
        'format-repeat:move',
        'format-repeat:swap',
        'no-participation-week:make-question',
        'promo-streak:move',
        'promo-streak:swap',
      ]),
    );
  });

  it('are proposed whether or not the other rules are on', () => {
    const posts = randomPosts(7, 60, 40, { channels: ['instagram', 'linkedin', 'x'] });
    const all = warningsOf(posts, DEFAULT_RULES).filter((w) => w.ruleId === 'promo-streak');
    const alone = warningsOf(posts, { ...ALL_OFF, 'promo-streak': DEFAULT_RULES['promo-streak'] });
    expect(alone).toEqual(all);
  });
});
