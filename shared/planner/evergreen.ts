/**
 * Evergreen backlog ideas proposed again (internal to shared/planner).
 *
 * An idea may fill a slot of its own channel when it was never used or last used at least
 * `everyWeeks` weeks before the slot's day, at most once per plan, and only where it keeps the plan
 * as good as the slot's own assignment: the same tone (the week's playful count is exact), inviting
 * if the slot was to invite, promotional only if the slot was, the pillar the month's split gave the
 * slot (an idea without one takes it), and a format different from the already-known neighbours of its format-repeat sequence.
 * Where tone, invitation or pillar differ, the slot may trade them with another proposal of the same
 * week (tone, invitation) or month (pillar) that has what the idea needs: the week's and month's
 * counts, which the rules read, stay the same. Ideas are offered oldest use first (never used
 * first), then by id, and fill at most one proposal in four, spread over the range.
 */
import { dayIndex } from '../analysis/prepare';
import type { GuardRules } from '../analysis/rules';
import { FORMATS } from '../model/formats';
import { sequenceOf, type Board, type Item } from './board';
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
  // At most one proposal in four reuses an idea, spread over the range: the plan stays mostly new.
  const gap = board.props.length / Math.max(1, Math.ceil(board.props.length / 4));
  for (const item of board.props) {
    if (item.proposal < placed.size * gap) continue;
    for (const { idea, last } of usable) {
      if (taken.has(idea.id) || idea.channel !== item.channel) continue;
      const every = (idea.evergreen?.everyWeeks ?? 1) * 7;
      if (last !== null && item.day - last < every) continue;
      const inviting = idea.invitesParticipation || FORMATS[idea.format].invitesByNature;
      const promo = idea.intent === 'promotional';
      // An idea without a pillar (or with one the client no longer has) takes the slot's.
      const pillar = idea.pillar != null && pillarIds.has(idea.pillar) ? idea.pillar : item.pillar;
      if (promo && !item.promo) continue;
      const { seq, at } = sequenceOf(board, item, scope);
      if (seq[at - 1]?.format === idea.format || seq[at + 1]?.format === idea.format) continue;
      // Partners that trade what the idea needs with this slot (free proposals only: not placed ideas).
      const free = (p: Item) => p !== item && p.proposal >= 0 && !placed.has(p.proposal);
      const playful = idea.tone === 'playful';
      const tonePartner = playful === item.playful ? null : board.props.find((p) => free(p) && p.week === item.week && p.playful === playful);
      if (tonePartner === undefined) continue;
      const invitePartner =
        item.inviting && !inviting ? board.props.find((p) => free(p) && p !== tonePartner && p.week === item.week && !p.inviting && !p.promo) : null;
      if (invitePartner === undefined) continue;
      const pillarPartner = pillar === item.pillar ? null : board.props.find((p) => free(p) && p.month === item.month && p.pillar === pillar);
      if (pillarPartner === undefined) continue;
      if (tonePartner !== null) {
        tonePartner.playful = item.playful;
        item.playful = playful;
      }
      if (invitePartner !== null) invitePartner.inviting = true;
      if (pillarPartner !== null) {
        pillarPartner.pillar = item.pillar;
        item.pillar = pillar;
      }
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
