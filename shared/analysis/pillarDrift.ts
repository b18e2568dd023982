/**
 * Rule (g): content pillars that drift from their target share over a calendar month (internal to
 * shared/analysis).
 *
 * A month's share of a pillar is its posts among the month's posts WITH a pillar (a post nobody
 * tagged says nothing about the mix), counted when there are at least `minPosts` of them. One
 * warning per pillar and month, listing the month's tagged posts (the ones a fix would rebalance).
 * Posts naming a pillar the client no longer has count as untagged. No one-click fix: rebalancing
 * means rewriting posts, which is the planner's job.
 */
import { format } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import { monthToDate } from '../dates';
import { outsideLabel, percentLabel } from './labels';
import { withMessage } from './messages';
import { monthSpans } from './periods';
import type { Context } from './prepare';
import type { GuardRules } from './rules';
import type { Found } from './sequences';
import type { Bilingual, PillarTarget } from './types';

const EPS = 1e-9;

export const pillarWarnings = (
  ctx: Context,
  rules: GuardRules,
  pillars: readonly PillarTarget[] | undefined,
  keepSpan: (start: number, end: number) => boolean,
): Found[] => {
  const rule = rules['pillar-drift'];
  if (!rule.enabled || pillars === undefined || pillars.length === 0 || ctx.n === 0) return [];
  const index = new Map(pillars.map((p, i) => [p.id, i]));
  const out: Found[] = [];
  for (const span of monthSpans(ctx)) {
    const counts = new Array<number>(pillars.length).fill(0);
    const tagged: string[] = [];
    for (let p = span.startPos; p < span.endPos; p++) {
      const id = ctx.postAt(p)?.pillar;
      const i = id == null ? undefined : index.get(id);
      if (i === undefined) continue;
      counts[i] = (counts[i] as number) + 1;
      tagged.push(ctx.ids[p] as string);
    }
    const total = tagged.length;
    if (total < rule.minPosts || !keepSpan(span.startPos, span.endPos)) continue;
    pillars.forEach((pillar, i) => {
      const count = counts[i] as number;
      const share = count / total;
      if (Math.abs(share - pillar.target) <= rule.tolerance + EPS) return;
      const month = span.start.slice(0, 7);
      out.push({
        first: span.startPos,
        warning: withMessage(
          {
            id: `pillar-drift:${month}:${pillar.id}`,
            ruleId: 'pillar-drift',
            severity: rule.severity,
            postIds: tagged.slice(),
            period: { from: span.start, to: span.end },
          },
          () => pillarMessage(month, pillar, count, total, rule.tolerance),
        ),
      });
    });
  }
  return out;
};

const monthName = (month: string): Bilingual => {
  const d = monthToDate(month);
  return { en: format(d, 'MMMM yyyy', { locale: enUS }), fr: format(d, 'MMMM yyyy', { locale: fr }) };
};

const points = (tolerance: number): string => String(Math.round(tolerance * 1000) / 10);

export const pillarMessage = (month: string, pillar: PillarTarget, count: number, total: number, tolerance: number): Bilingual => {
  const m = monthName(month);
  const share = count / total;
  const above = share > pillar.target;
  const pct = outsideLabel(share, above ? pillar.target + tolerance : pillar.target - tolerance, above ? 'above' : 'below');
  const target = percentLabel(pillar.target);
  const tol = points(tolerance);
  const tolFr = tol.replace('.', ',');
  return above
    ? {
        en: `${m.en}: “${pillar.name}” takes ${pct.en} of the posts with a pillar (${count} of ${total}), above its target of ${target.en} ± ${tol} points.`,
        fr: `${m.fr}\u00a0: « ${pillar.name} » occupe ${pct.fr} des publications rattachées à un pilier (${count} sur ${total}), au-dessus de sa cible de ${target.fr} ± ${tolFr} points.`,
      }
    : {
        en: `${m.en}: “${pillar.name}” takes ${pct.en} of the posts with a pillar (${count} of ${total}), below its target of ${target.en} ± ${tol} points.`,
        fr: `${m.fr}\u00a0: « ${pillar.name} » occupe ${pct.fr} des publications rattachées à un pilier (${count} sur ${total}), sous sa cible de ${target.fr} ± ${tolFr} points.`,
      };
};
