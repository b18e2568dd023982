/**
 * Rule (i): a post the client has not approved when approval is due (internal to shared/analysis).
 *
 * Only for a client whose settings say "approval required" (Client.approval, resolveApprovalSettings):
 * the caller passes `approval` in AnalyzeOptions, or the rule stays silent. A post is due for approval
 * `daysBefore` days before its day; from then until its day (today included) it warns while it is not
 * approved, or was approved for an earlier version (edited after the client answered). Published
 * posts and posts before today are left out: the question can no longer be acted on. Without `today`
 * the rule cannot tell what is due and says nothing. One warning per post, no one-click fix (sending
 * for review is the user's move).
 */
import type { Approval } from '../model/approval';
import type { Channel } from '../model/enums';
import { CHANNEL_NAMES, dayLabel, shortTitle } from './labels';
import { withMessage } from './messages';
import type { Context } from './prepare';
import type { GuardRules } from './rules';
import type { Found } from './sequences';
import type { Bilingual } from './types';

export const approvalWarnings = (
  ctx: Context,
  rules: GuardRules,
  approval: { daysBefore: number } | undefined,
  keep: (positions: readonly number[]) => boolean,
): Found[] => {
  const rule = rules['approval-due'];
  if (!rule.enabled || approval === undefined || ctx.todayIdx === null || ctx.n === 0) return [];
  const today = ctx.todayIdx;
  const out: Found[] = [];
  for (let p = 0; p < ctx.n; p++) {
    const day = ctx.dayIdx[p] as number;
    if (day < today || day - approval.daysBefore > today || !keep([p])) continue;
    const post = ctx.postAt(p);
    if (post === undefined || post.status === 'published' || post.date === null) continue;
    const state = stateOf(post.approval);
    if (state === 'approved') continue;
    const id = ctx.ids[p] as string;
    const { title, channel, date } = post;
    out.push({
      first: p,
      warning: withMessage(
        { id: `approval-due:${id}`, ruleId: 'approval-due', severity: rule.severity, postIds: [id] },
        () => approvalMessage(state, title, channel, date, day - today, approval.daysBefore),
      ),
    });
  }
  return out;
};

type Due = 'none' | 'review' | 'changes' | 'stale' | 'approved';

const stateOf = (approval: Approval | undefined): Due => {
  if (!approval) return 'none';
  if (approval.changedAfterReview) return 'stale';
  return approval.state;
};

const WHY: Record<Exclude<Due, 'approved'>, Bilingual> = {
  none: { en: 'it was not sent to the client for review', fr: 'elle n’a pas été envoyée en validation au client' },
  review: { en: 'it is still waiting for the client’s review', fr: 'elle attend toujours la validation du client' },
  changes: { en: 'the client asked for changes', fr: 'le client a demandé des modifications' },
  stale: { en: 'it was edited after the client’s answer', fr: 'elle a été modifiée après la réponse du client' },
};

export const approvalMessage = (state: Exclude<Due, 'approved'>, title: string, channel: Channel, date: string, daysLeft: number, daysBefore: number): Bilingual => {
  const t = shortTitle(title);
  const c = CHANNEL_NAMES[channel];
  const d = dayLabel(date);
  const when =
    daysLeft === 0 ? { en: 'it goes out today', fr: 'elle sort aujourd’hui' }
    : daysLeft === 1 ? { en: 'it goes out tomorrow', fr: 'elle sort demain' }
    : { en: `it goes out in ${daysLeft} days`, fr: `elle sort dans ${daysLeft}\u00a0jours` };
  const rule = { en: `approval is needed ${daysBefore} ${daysBefore === 1 ? 'day' : 'days'} before`, fr: `la validation est demandée ${daysBefore}\u00a0jour${daysBefore > 1 ? 's' : ''} avant` };
  return {
    en: `“${t}” (${c.en}, ${d.en}) is not approved: ${WHY[state].en}, ${when.en} and ${rule.en}.`,
    fr: `«\u00a0${t}\u00a0» (${c.fr}, ${d.fr}) n’est pas validée\u00a0: ${WHY[state].fr}, ${when.fr} et ${rule.fr}.`,
  };
};
