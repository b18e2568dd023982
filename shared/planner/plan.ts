/**
 * The auto-planner: proposals for the empty slots of a client's rhythm in [from, to], around the
 * posts already there (never moved or changed), that leave the guard with zero warnings whenever
 * such a completion of those slots exists, and otherwise say which rule cannot be met and why.
 *
 * Steps: the slots (slots.ts); the attributes, rule by rule (assign.ts, pillars.ts, evergreen.ts,
 * formats.ts); titles and starter captions (phrases.ts); then the PROOF: `analyze` on every post +
 * every proposal, limited to the range. Its warnings are returned as they are; a promotional
 * proposal caught in a promotion warning is made informative and the analysis run again (the local
 * checks should make that unnecessary; the repair is a safety net). `unmet` explains each warning
 * left (unmet.ts).
 *
 * Deterministic: one seeded random source (random.ts), no clock. "Another proposal" is another seed.
 */
import { analyze } from '../analysis/analyze';
import { dayIndex, weekdayOf } from '../analysis/prepare';
import { percentLabel } from '../analysis/labels';
import type { AnalysisPost, Bilingual, Warning } from '../analysis/types';
import { shiftDay } from '../dates';
import type { Occasion } from '../holidays';
import { FORMATS } from '../model/formats';
import { buildBoard, type Board, type Item } from './board';
import { assignInvites, assignPromotions, assignTones } from './assign';
import { placeIdeas } from './evergreen';
import { assignFormats, needsQuestion } from './formats';
import { learn } from './learn';
import { hashtagOf, starterCaption, summaryText, workingTitle } from './phrases';
import { assignPillars } from './pillars';
import { mulberry32 } from './random';
import { rhythmSlots, type PlannedSlot } from './slots';
import { explainWarnings } from './unmet';
import type { PlanInput, PlanResult, PlanSummary, Proposal } from './types';

export { planSlots, rhythmSlots } from './slots';

const defaultId = (seed: number) => (n: number) => `plan-${seed}-${n}`;

export const plan = (input: PlanInput): PlanResult => {
  const fromIdx = dayIndex(input.from);
  const toIdx = dayIndex(input.to);
  if (fromIdx === null) throw new RangeError(`plan: from is not a yyyy-MM-dd day: ${input.from}`);
  if (toIdx === null) throw new RangeError(`plan: to is not a yyyy-MM-dd day: ${input.to}`);
  if (input.today !== undefined && dayIndex(input.today) === null) throw new RangeError(`plan: today is not a yyyy-MM-dd day: ${input.today}`);
  const rng = mulberry32(input.seed);
  const learned = learn(input.results);
  const posts = input.posts.filter((p) => p.date !== null);
  const slots = rhythmSlots({ ...input, posts, prefer: learned.prefer });
  const newId = input.newId ?? defaultId(input.seed);
  const ids = slots.map((_, n) => newId(n));
  const pillarIds = new Set(input.pillars.map((p) => p.id));
  const board = buildBoard(posts, slots, ids, pillarIds, input.weekStartsOn);
  const range = { from: fromIdx, to: toIdx };

  if (board.props.length > 0) {
    assignInvites(board, input.rules, rng);
    assignTones(board, input.rules, rng);
    assignPromotions(board, input.rules, range, rng);
    assignPillars(board, input.pillars, input.rules, rng);
  }
  const ideas = placeIdeas(board, input.ideas ?? [], input.rules, pillarIds);
  assignFormats(board, input.rules, learned.formatWeight, rng);

  let proposals = board.props.map((item) => toProposal(item, slots[item.proposal] as PlannedSlot, input, ideas, learned));
  let warnings = check(input, posts, proposals);
  // Safety net: a promotional proposal caught in a promotion warning becomes informative.
  for (let round = 0; round < 3; round++) {
    const caught = new Set(
      warnings
        .filter((w) => w.ruleId === 'promo-streak' || w.ruleId === 'promo-share')
        .flatMap((w) => w.postIds),
    );
    const fix = proposals.filter((p) => caught.has(p.id) && p.intent === 'promotional');
    if (fix.length === 0) break;
    for (const p of fix) {
      const item = board.props[proposals.indexOf(p)] as Item;
      item.promo = false;
    }
    proposals = board.props.map((item) => toProposal(item, slots[item.proposal] as PlannedSlot, input, ideas, learned));
    warnings = check(input, posts, proposals);
  }
  const unmet = explainWarnings(warnings, board, input);
  return { proposals, warnings, unmet, summary: summarize(board, proposals, warnings, input, range), learned: learned.messages };
};

const check = (input: PlanInput, posts: readonly AnalysisPost[], proposals: readonly Proposal[]): Warning[] =>
  analyze([...posts, ...proposals.map(asPost)], {
    // Captions are not the planner's to change (its drafts have none): a caption over its limit is the
    // guard panel's to report, not a rhythm slot's to avoid.
    rules: { ...input.rules, 'caption-limit': { ...input.rules['caption-limit'], enabled: false } },
    weekStartsOn: input.weekStartsOn,
    from: input.from,
    to: input.to,
    pillars: input.pillars,
    ...(input.today !== undefined ? { today: input.today } : {}),
  }).warnings;

/** A proposal as the guard reads it once accepted (a draft). */
export const asPost = (p: Proposal): AnalysisPost => ({
  id: p.id,
  date: p.date,
  time: p.time,
  channel: p.channel,
  format: p.format,
  tone: p.tone,
  intent: p.intent,
  invitesParticipation: p.invitesParticipation,
  title: p.title,
  status: 'draft',
  pillar: p.pillar,
});

/** The slot's occasion: one on its day, else a public holiday the next day (a post the day before). */
const occasionFor = (date: string, occasions: readonly Occasion[] | undefined): Occasion | undefined => {
  if (occasions === undefined || occasions.length === 0) return undefined;
  const same = occasions.find((o) => o.date === date);
  if (same !== undefined) return same;
  const next = shiftDay(date, 1);
  return occasions.find((o) => o.date === next && o.type === 'public');
};

const toProposal = (
  item: Item,
  slot: PlannedSlot,
  input: PlanInput,
  ideas: ReadonlyMap<number, PlanInput['ideas'] extends readonly (infer I)[] | undefined ? I : never>,
  learned: ReturnType<typeof learn>,
): Proposal => {
  const idea = ideas.get(item.proposal);
  const format = item.format ?? 'text';
  const pillar = input.pillars.find((p) => p.id === item.pillar) ?? null;
  const occasion = occasionFor(slot.date, input.occasions);
  const lang = input.language;
  const out: Proposal = {
    id: item.id,
    date: slot.date,
    time: slot.time,
    channel: slot.channel,
    format,
    tone: item.playful ? 'playful' : 'serious',
    intent: item.promo ? 'promotional' : item.inviting ? 'conversational' : 'informative',
    invitesParticipation: item.inviting,
    pillar: item.pillar,
    title: '',
    caption: '',
  };
  if (idea !== undefined) {
    out.intent = idea.intent;
    out.title = idea.title;
    out.caption = idea.caption;
    out.invitesParticipation = idea.invitesParticipation || item.inviting;
    out.ideaId = idea.id;
  } else {
    out.title = workingTitle(lang, format, out.intent, pillar?.name ?? null, occasion?.name ?? null);
    if (item.inviting) {
      const topic = occasion?.name ?? pillar?.name ?? null;
      out.caption = starterCaption(lang, needsQuestion(item) ? 'text' : format, topic, hashtagOf(pillar?.name ?? input.clientName, lang));
    }
  }
  if (occasion !== undefined) out.occasion = occasion;
  const why: Bilingual[] = [];
  const formatWhy = idea === undefined ? learned.formatWhy[format] : undefined;
  if (formatWhy !== undefined) why.push(formatWhy);
  if (slot.preferredDay) {
    const w = learned.weekdayWhy.get(weekdayOf(slot.dayIdx));
    if (w !== undefined) why.push(w);
  }
  if (slot.preferredTime) {
    const h = learned.hourWhy.get(Math.floor(slot.minute / 60));
    if (h !== undefined) why.push(h);
  }
  if (why.length > 0) out.why = { en: why.map((w) => w.en).join('; '), fr: why.map((w) => w.fr).join('\u00a0; ') };
  // A format that invites by nature is inviting whatever the flag says: say so.
  if (FORMATS[format].invitesByNature) out.invitesParticipation = true;
  return out;
};

const summarize = (board: Board, proposals: readonly Proposal[], warnings: readonly Warning[], input: PlanInput, range: { from: number; to: number }): PlanSummary => {
  const n = proposals.length;
  const playfulShare = n === 0 ? 0 : proposals.filter((p) => p.tone === 'playful').length / n;
  const promotionalShare = n === 0 ? 0 : proposals.filter((p) => p.intent === 'promotional').length / n;
  const weeks = new Map<number, boolean>();
  for (const item of board.items) {
    if (item.day < range.from || item.day > range.to) continue;
    weeks.set(item.week, (weeks.get(item.week) ?? false) || item.inviting);
  }
  const invitingWeeks = [...weeks.values()].filter(Boolean).length;
  const pillarsOnTarget = input.pillars.length > 0 && !warnings.some((w) => w.ruleId === 'pillar-drift');
  const whole = (share: number) => percentLabel(Math.round(share * 100) / 100);
  return {
    posts: n,
    playfulShare,
    promotionalShare,
    invitingWeeks,
    weeks: weeks.size,
    pillarsOnTarget,
    warnings: warnings.length,
    text: summaryText({
      posts: n,
      playful: whole(playfulShare),
      promotional: whole(promotionalShare),
      invitingWeeks,
      weeks: weeks.size,
      pillars: input.pillars.length === 0 ? 'none' : pillarsOnTarget ? 'on' : 'off',
      warnings: warnings.length,
    }),
  };
};

