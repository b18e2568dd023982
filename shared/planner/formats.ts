/**
 * Formats for the proposals (internal to shared/planner).
 *
 * A proposal's format has the proposal's tone as its default tone, invites by nature when the slot
 * is a playful inviting one (a serious inviting slot takes a live, or a serious format with a
 * question in its caption), never invites by nature when the slot is not inviting (a poll would
 * count as inviting anyway, which is harmless but not what was planned), and differs from the
 * previous and the next post of its format-repeat sequence. Every (tone, inviting) family has at
 * least four formats, so that is always possible: new posts alone never make a format repeat.
 * Among the allowed ones: formats that did better for this client (learned) and formats suited to
 * the channel weigh more, formats already used in the plan weigh less (a varied mix).
 */
import type { GuardRules } from '../analysis/rules';
import type { Channel } from '../model/enums';
import { FORMATS, type FormatId } from '../model/formats';
import { sequenceOf, type Board, type Item } from './board';
import type { Rng } from './random';

export const FAMILIES: Readonly<Record<'playfulInviting' | 'playful' | 'seriousInviting' | 'serious', readonly FormatId[]>> = {
  playfulInviting: ['quiz', 'poll', 'question', 'ugc_repost', 'contest', 'challenge'],
  playful: ['behind_the_scenes', 'short_video', 'story', 'meme'],
  seriousInviting: ['live', 'carousel', 'video', 'image', 'infographic', 'tutorial', 'testimonial', 'text', 'article'],
  serious: ['carousel', 'testimonial', 'video', 'infographic', 'image', 'tutorial', 'article', 'text'],
};

/** How well a format suits a channel (1 when not listed). */
const AFFINITY: Partial<Record<Channel, Partial<Record<FormatId, number>>>> = {
  instagram: { carousel: 2, story: 2, short_video: 2, ugc_repost: 1.5, article: 0.2 },
  facebook: { video: 1.5, poll: 1.5, image: 1.5 },
  linkedin: { carousel: 2, article: 2, text: 2, poll: 1.5, meme: 0.3, story: 0.3 },
  tiktok: { short_video: 3, challenge: 2, article: 0.1, text: 0.2, infographic: 0.3 },
  youtube: { video: 3, tutorial: 2, live: 2, short_video: 2, text: 0.1 },
  pinterest: { infographic: 3, image: 2, tutorial: 1.5, text: 0.2 },
  blog: { article: 4, tutorial: 3, text: 0.5, story: 0.2, meme: 0.2 },
  newsletter: { article: 3, text: 2, tutorial: 2, story: 0.2, meme: 0.2 },
};

export const familyOf = (playful: boolean, inviting: boolean): readonly FormatId[] =>
  playful ? (inviting ? FAMILIES.playfulInviting : FAMILIES.playful) : inviting ? FAMILIES.seriousInviting : FAMILIES.serious;

/** Whether a proposal's caption must carry the invitation (its format does not invite by nature). */
export const needsQuestion = (item: Item): boolean => item.inviting && item.format !== null && !FORMATS[item.format].invitesByNature;

export const assignFormats = (
  board: Board,
  rules: GuardRules,
  weights: Partial<Record<FormatId, number>>,
  rng: Rng,
): void => {
  const rule = rules['format-repeat'];
  const scope = rule.enabled ? rule.scope : 'channel';
  const used = new Map<FormatId, number>();
  for (const item of board.props) {
    if (item.format !== null) {
      used.set(item.format, (used.get(item.format) ?? 0) + 1);
      continue;
    }
    const { seq, at } = sequenceOf(board, item, scope);
    const avoid = new Set<FormatId>();
    const prev = seq[at - 1]?.format;
    const next = seq[at + 1]?.format;
    if (prev != null) avoid.add(prev);
    if (next != null && rule.enabled) avoid.add(next);
    const family = familyOf(item.playful, item.inviting).filter((f) => !avoid.has(f));
    const affinity = AFFINITY[item.channel] ?? {};
    const weight = (f: FormatId) => ((weights[f] ?? 1) * (affinity[f] ?? 1)) / (1 + (used.get(f) ?? 0));
    const total = family.reduce((sum, f) => sum + weight(f), 0);
    let r = rng.next() * total;
    let chosen = family[family.length - 1] as FormatId;
    for (const f of family) {
      r -= weight(f);
      if (r < 0) {
        chosen = f;
        break;
      }
    }
    item.format = chosen;
    used.set(chosen, (used.get(chosen) ?? 0) + 1);
  }
};
