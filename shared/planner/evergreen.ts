/**
 * Evergreen backlog ideas proposed again (internal to shared/planner).
 *
 * An idea may fill a slot of its own channel when it was never used or last used at least
 * `everyWeeks` weeks before the slot's day, at most once per plan, and only where it keeps the plan
 * as good as the slot's own assignment: same tone (the week's playful count is exact), inviting if
 * the slot was to invite, promotional only if the slot was, the pillar the month's split gave the
 * slot, and a format different from the already-known neighbours of its format-repeat sequence.
 * Ideas are offered oldest use first (never used first), then by id.
 */
import { dayIndex } from '../analysis/prepare';
import type { GuardRules } from '../analysis/rules';
import { FORMATS } from '../model/formats';
import { sequenceOf, type Board } from './board';
import type { EvergreenIdea } from './types';

export const placeIdeas = (
  board: Board,
  ideas: readonly EvergreenIdea[],
  rules: GuardRules,
  pillarIds: ReadonlySet<string>,
): Map<number, EvergreenIdea> => {
  const placed = new Map<number, EvergreenIdea>();
  const usable = ideas
    .filter((i) => i.evergreen != null && FORMATS[i.format] !== undefined)
    .map((idea) => ({ idea, last: idea.evergreen?.lastUsed == null ? null : dayIndex(idea.evergreen.lastUsed) }))
    .sort((a, b) => (a.last ?? -Infinity) - (b.last ?? -Infinity) || (a.idea.id < b.idea.id ? -1 : a.idea.id > b.idea.id ? 1 : 0));
  if (usable.length === 0) return placed;
  const repeat = rules['format-repeat'];
  const scope = repeat.enabled ? repeat.scope : 'channel';
  const taken = new Set<string>();
  for (const item of board.props) {
    for (const { idea, last } of usable) {
      if (taken.has(idea.id) || idea.channel !== item.channel) continue;
      const every = (idea.evergreen?.everyWeeks ?? 1) * 7;
      if (last !== null && item.day - last < every) continue;
      const inviting = idea.invitesParticipation || FORMATS[idea.format].invitesByNature;
      const promo = idea.intent === 'promotional';
      const pillar = idea.pillar != null && pillarIds.has(idea.pillar) ? idea.pillar : null;
      if ((idea.tone === 'playful') !== item.playful || (item.inviting && !inviting) || (promo && !item.promo) || pillar !== item.pillar) continue;
      const { seq, at } = sequenceOf(board, item, scope);
      if (seq[at - 1]?.format === idea.format || seq[at + 1]?.format === idea.format) continue;
      item.format = idea.format;
      item.inviting = inviting;
      item.promo = promo;
      taken.add(idea.id);
      placed.set(item.proposal, idea);
      break;
    }
  }
  return placed;
};
