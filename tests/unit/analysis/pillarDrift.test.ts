import { describe, expect, it } from 'vitest';
import type { AnalysisPost, PillarTarget } from '../../../shared/analysis/types';
import { only, warningsOf } from './helpers';

const PILLARS: PillarTarget[] = [
  { id: 'tips', name: 'Tips', target: 0.4 },
  { id: 'community', name: 'Community', target: 0.3 },
  { id: 'products', name: 'Products', target: 0.3 },
];

const post = (id: string, date: string, pillar: string | null): AnalysisPost => ({
  id,
  date,
  time: '10:00',
  channel: 'instagram',
  format: 'image',
  tone: 'serious',
  intent: 'informative',
  invitesParticipation: false,
  title: id,
  status: 'draft',
  pillar,
});

/** `spec` like 'ttcp': one post a day from 2026-12-01, each with the pillar of its letter. */
const month = (spec: string, start = 1): AnalysisPost[] =>
  [...spec].map((c, i) => {
    const pillar = c === 't' ? 'tips' : c === 'c' ? 'community' : c === 'p' ? 'products' : c === 'x' ? 'gone' : null;
    return post(`p${i}`, `2026-12-${String(start + i).padStart(2, '0')}`, pillar);
  });

const rules = only('pillar-drift');

describe('pillar drift', () => {
  it('is quiet when every pillar is within its tolerance', () => {
    // 4 tips, 3 community, 3 products of 10: exactly on target.
    expect(warningsOf(month('ttttcccppp'), rules, { pillars: PILLARS })).toEqual([]);
    // 5/3/2: tips +10 points and products −10 points are still inside ±10.
    expect(warningsOf(month('tttttcccpp'), rules, { pillars: PILLARS })).toEqual([]);
  });

  it('warns once per pillar outside its target, naming the month and the counts', () => {
    const warnings = warningsOf(month('ttttttcccp'), rules, { pillars: PILLARS });
    // Same month, same rule: by id.
    expect(warnings.map((w) => w.id)).toEqual(['pillar-drift:2026-12:products', 'pillar-drift:2026-12:tips']);
    const [products, tips] = warnings;
    expect(tips?.message.en).toBe(
      'December 2026: “Tips” takes 60% of the posts with a pillar (6 of 10), above its target of 40% ± 10 points.',
    );
    expect(products?.message.fr).toBe(
      'décembre 2026\u00a0: « Products » occupe 10\u00a0% des publications rattachées à un pilier (1 sur 10), sous sa cible de 30\u00a0% ± 10 points.',
    );
    expect(tips?.postIds).toHaveLength(10);
    expect(tips?.period).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('counts only posts with a known pillar, and waits for minPosts of them', () => {
    // Untagged and unknown-pillar posts are left out: 2 tips + 1 community + 1 products of 4 is on target-ish.
    expect(warningsOf(month('ttcp....xx'), rules, { pillars: PILLARS })).toEqual([]);
    // 3 tagged posts, all tips: below the default minimum of 4.
    expect(warningsOf(month('ttt.'), rules, { pillars: PILLARS })).toEqual([]);
    expect(warningsOf(month('ttt.'), only('pillar-drift', { minPosts: 3 }), { pillars: PILLARS }).length).toBe(3);
  });

  it('uses the tolerance the client set, and stays off without pillars', () => {
    expect(warningsOf(month('tttttcccpp'), only('pillar-drift', { tolerance: 0.05 }), { pillars: PILLARS }).map((w) => w.id)).toEqual([
      'pillar-drift:2026-12:products',
      'pillar-drift:2026-12:tips',
    ]);
    expect(warningsOf(month('tttttttttt'), rules)).toEqual([]);
    expect(warningsOf(month('tttttttttt'), rules, { pillars: [] })).toEqual([]);
  });

  it('judges each month on its own posts', () => {
    const posts = [...month('ttttcccppp', 1), ...month('tttt', 1).map((p, i) => ({ ...p, id: `j${i}`, date: `2027-01-0${i + 1}` }))];
    expect(warningsOf(posts, rules, { pillars: PILLARS }).map((w) => w.id)).toEqual([
      'pillar-drift:2027-01:community',
      'pillar-drift:2027-01:products',
      'pillar-drift:2027-01:tips',
    ]);
  });
});
