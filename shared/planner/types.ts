/**
 * The auto-planner's contract: what it reads and what it proposes. The engine (plan.ts) and the
 * app's planning panel are written against these types.
 */
import type { GuardRules } from '../analysis/rules';
import type { AnalysisPost, Bilingual, RuleId, Warning } from '../analysis/types';
import type { Day } from '../dates';
import type { Occasion } from '../holidays';
import type { Channel, Intent, Language, Tone, WeekStart } from '../model/enums';
import type { FormatId } from '../model/formats';
import type { Pillar } from '../model/pillars';
import type { Post } from '../model/post';
import type { Rhythm } from '../model/rhythm';
import type { InsightPost, InsightSnapshot } from '../insights/types';

/** A time the rhythm asks for that no existing post of that channel fills. */
export type Slot = { date: Day; time: string; channel: Channel };

/** A backlog idea marked evergreen, which the planner may propose again (see Post.evergreen). */
export type EvergreenIdea = Pick<
  Post,
  'id' | 'title' | 'caption' | 'channel' | 'format' | 'tone' | 'intent' | 'invitesParticipation' | 'pillar' | 'evergreen'
>;

export type PlanInput = {
  /** Every post of the client (the guard reads all of them; see analyze's TRAP). Ideas without a day are ignored. */
  posts: readonly (AnalysisPost & { pillar?: string | null })[];
  /** The days to plan, both included. */
  from: Day;
  to: Day;
  rhythm: Rhythm;
  rules: GuardRules;
  pillars: readonly Pillar[];
  weekStartsOn: WeekStart;
  /** The client's language: working titles and starter questions are written in it. */
  language: Language;
  /** The client's name: the hashtag of a "share your photo with #…" caption when the post has no pillar. */
  clientName?: string;
  /** The client's today: nothing is proposed before it. */
  today?: Day;
  /** Same input and seed, same proposals. "Another proposal" is another seed. */
  seed: number;
  /** The client's logged results, to prefer what did better (enough of them: same threshold as Insights). */
  results?: { posts: readonly (InsightPost & { time?: string | null })[]; snapshots: readonly InsightSnapshot[] };
  /** Holidays and observances in or near the range: occasions for a seasonal post. */
  occasions?: readonly Occasion[];
  /** Evergreen backlog ideas that may be proposed again. */
  ideas?: readonly EvergreenIdea[];
  /** The id each proposal will keep as a post (so its place in the guard's order does not change on accept). */
  newId?: (n: number) => string;
};

/** One proposed post: a draft, never scheduled until the user says so. */
export type Proposal = {
  id: string;
  date: Day;
  time: string;
  channel: Channel;
  format: FormatId;
  tone: Tone;
  intent: Intent;
  invitesParticipation: boolean;
  pillar: string | null;
  /** Working title, in the client's language. */
  title: string;
  /** For an inviting post, a starter question or call suited to its format; else ''. */
  caption: string;
  /** The holiday or observance this post is for, if any. */
  occasion?: Occasion;
  /** The evergreen idea this post reuses, if any (accepting it updates the idea's lastUsed). */
  ideaId?: string;
  /** Why this format/day/time (learned from results), when it was chosen for a reason. */
  why?: Bilingual;
};

/** A rule the plan cannot meet whatever it proposes, and why (e.g. a streak made of existing posts). */
export type Unmet = { ruleId: RuleId; reason: Bilingual };

export type PlanSummary = {
  posts: number;
  playfulShare: number;
  promotionalShare: number;
  /** Weeks of the range with at least one inviting post (existing or proposed), of `weeks`. */
  invitingWeeks: number;
  weeks: number;
  pillarsOnTarget: boolean;
  warnings: number;
  /** "18 posts: 39% playful, 17% promotional, every week invites, pillars on target, 0 warnings". */
  text: Bilingual;
};

export type PlanResult = {
  proposals: Proposal[];
  /** The guard's warnings on existing posts + every proposal, limited to the range (see analyze). */
  warnings: Warning[];
  /** Empty whenever a zero-warning completion exists. */
  unmet: Unmet[];
  summary: PlanSummary;
  /** What was learned from results ("quizzes: +42% for this client, 95% interval +10% to +80%"); empty without enough. */
  learned: Bilingual[];
};
