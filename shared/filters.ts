import type { Channel, Intent, Status, Tone } from './model/enums';
import type { FormatId } from './model/formats';
import { CHANNELS } from './model/enums';
import type { Post } from './model/post';
import { NO_APPROVAL, type Approval } from './model/approval';
import { pillarKey, resolvePillars } from './model/pillars';

/** Whether a post invites its audience to take part (the product's core question). */
export const PARTICIPATION = ['invites', 'none'] as const;
export type Participation = (typeof PARTICIPATION)[number];

/** How that was decided: detected from the caption ('auto') or set by hand ('user'). */
export const PARTICIPATION_SOURCES = ['auto', 'user'] as const;
export type ParticipationSource = (typeof PARTICIPATION_SOURCES)[number];

/**
 * Where a post's client review stands, as its card shows it (renderer/ui/ApprovalMark.tsx): its state,
 * or 'changed' when the client answered about an older version of it, whatever the answer was (an
 * approval of something else is not an approval). One value per post, so the choices never overlap.
 */
export const APPROVAL_FILTERS = ['none', 'review', 'approved', 'changes', 'changed'] as const;
export type ApprovalFilter = (typeof APPROVAL_FILTERS)[number];

export const approvalFilterOf = (approval: Approval | undefined): ApprovalFilter => {
  const { state, changedAfterReview } = approval ?? NO_APPROVAL;
  return changedAfterReview && state !== 'none' ? 'changed' : state;
};

/** What the calendar shows: empty lists mean "any"; the lists combine with AND, values in a list with OR. */
export type PostFilter = {
  channels: Channel[];
  formats: FormatId[];
  tones: Tone[];
  intents: Intent[];
  participation: Participation[];
  participationSources: ParticipationSource[];
  statuses: Status[];
  /** The client review, as approvalFilterOf reads it. */
  approval: ApprovalFilter[];
  tags: string[];
  /**
   * Pillars by name (`pillarKey`), so "Tips" finds every client's Tips in All clients and a choice
   * survives a client switch; NO_PILLAR for posts without one (or with a pillar the client removed).
   */
  pillars: string[];
  text: string;
};

/** The pillar filter's value for posts without a (known) pillar: no pillar name folds to ''. */
export const NO_PILLAR = '';

export const EMPTY_FILTER: PostFilter = {
  channels: [],
  formats: [],
  tones: [],
  intents: [],
  participation: [],
  participationSources: [],
  statuses: [],
  approval: [],
  tags: [],
  pillars: [],
  text: '',
};

/** The filter's lists, in the order the menu shows them. */
export const FILTER_LISTS = ['participation', 'participationSources', 'channels', 'pillars', 'formats', 'tones', 'intents', 'statuses', 'approval', 'tags'] as const;
export type FilterList = (typeof FILTER_LISTS)[number];

/** How many values are chosen across the lists (the search text not counted): the menu button's count. */
export const activeFilterCount = (f: PostFilter): number => FILTER_LISTS.reduce((n, key) => n + f[key].length, 0);

export const isFilterActive = (f: PostFilter): boolean => activeFilterCount(f) > 0 || f.text.trim() !== '';

/**
 * The channels a calendar's channel filter offers: the client's own, or in All clients the union of
 * the clients' channels; always in the app's channel order, so the menu does not reshuffle.
 */
export const channelChoices = (clients: readonly { channels: readonly Channel[] }[]): Channel[] => {
  const used = new Set(clients.flatMap((c) => c.channels));
  return CHANNELS.filter((channel) => used.has(channel));
};

/**
 * The filter without the channels that are not offered any more (the client dropped one, or the user
 * moved to a client without it): a hidden choice would keep hiding posts with no way to untick it.
 * Returns the same object when nothing changes, so a caller can compare to know whether to store it.
 */
export const withinChannels = (filter: PostFilter, offered: readonly Channel[]): PostFilter => {
  const kept = filter.channels.filter((c) => offered.includes(c));
  return kept.length === filter.channels.length ? filter : { ...filter, channels: kept };
};

/** What the filter and the search know of a pillar, by its id (ids are unique across clients). */
export type PillarIndex = ReadonlyMap<string, { name: string; color: string; clientId: string }>;

/** Every client's pillars by id, read through resolvePillars (a damaged stored set is never trusted). */
export const pillarIndexOf = (clients: readonly { id: string; pillars?: unknown }[]): PillarIndex =>
  new Map(clients.flatMap((c) => resolvePillars(c.pillars).map((p) => [p.id, { name: p.name, color: p.color, clientId: c.id }] as const)));

export type PillarChoice = { key: string; name: string; color: string };

/** The pillars a calendar's pillar filter offers: the client's, or in All clients one per name, first seen first. */
export const pillarChoices = (clients: readonly { pillars?: unknown }[]): PillarChoice[] => {
  const seen = new Map<string, PillarChoice>();
  for (const c of clients) for (const p of resolvePillars(c.pillars)) if (!seen.has(pillarKey(p.name))) seen.set(pillarKey(p.name), { key: pillarKey(p.name), name: p.name, color: p.color });
  return [...seen.values()];
};

/** As withinChannels, for pillars no longer offered ("No pillar" is always offered). Same object when unchanged. */
export const withinPillars = (filter: PostFilter, offered: readonly PillarChoice[]): PostFilter => {
  const kept = filter.pillars.filter((key) => key === NO_PILLAR || offered.some((c) => c.key === key));
  return kept.length === filter.pillars.length ? filter : { ...filter, pillars: kept };
};

/**
 * Folds case and accents so "cafe" finds "Café" and "ETE" finds "été": people search the way they
 * type, not the way the caption was written.
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

// Folding a caption costs far more than searching it, and the same post objects are searched again at
// every keystroke: keep each post's folded text until the post object itself is dropped.
const foldedText = new WeakMap<Post, string>();
const haystackOf = (post: Post): string => {
  let text = foldedText.get(post);
  if (text === undefined) {
    // The review's comments, the client's and the team's internal notes alike: search stays in the app,
    // and "what did they say about the price?" is asked of both.
    const comments = (post.approval?.comments ?? []).map((c) => c.text).join('\n');
    // Media by file name ("launch-hero.jpg") and alt text: how a team remembers which post has which picture.
    const media = (post.media ?? []).map((m) => `${m.name}\n${m.alt}`).join('\n');
    text = foldText(`${post.title}\n${post.caption}\n${post.firstComment ?? ''}\n${post.notes}\n${post.tags.join(' ')}\n${comments}\n${media}`);
    foldedText.set(post, text);
  }
  return text;
};

/**
 * Builds a predicate once per filter, so checking 10,000 posts costs one pass with no allocation per
 * post beyond the folded text. Every word of the search must appear in the title, caption, first
 * comment, notes, tags, review comments (the client's and internal notes), media file names or alt
 * texts, or in the name of the
 * post's pillar (looked up in `pillars`; without it no post has a pillar).
 */
export const compileFilter = (filter: PostFilter, pillars: PillarIndex = new Map()): ((post: Post) => boolean) => {
  const words = foldText(filter.text).split(/\s+/).filter(Boolean);
  // Each pillar's filter key and folded name, once per filter rather than once per post.
  const pillarInfo = new Map([...pillars].map(([id, p]) => [id, { key: pillarKey(p.name), folded: foldText(p.name) }]));
  const pillarSet = new Set(filter.pillars);
  const sets = {
    channels: new Set<string>(filter.channels),
    formats: new Set<string>(filter.formats),
    tones: new Set<string>(filter.tones),
    intents: new Set<string>(filter.intents),
    participation: new Set<string>(filter.participation),
    participationSources: new Set<string>(filter.participationSources),
    statuses: new Set<string>(filter.statuses),
    approval: new Set<string>(filter.approval),
    tags: new Set(filter.tags.map(foldText)),
  };
  const inSet = (set: Set<string>, value: string) => set.size === 0 || set.has(value);
  return (post) => {
    if (!inSet(sets.channels, post.channel)) return false;
    if (!inSet(sets.formats, post.format)) return false;
    if (!inSet(sets.tones, post.tone)) return false;
    if (!inSet(sets.intents, post.intent)) return false;
    if (!inSet(sets.participation, post.invitesParticipation ? 'invites' : 'none')) return false;
    if (!inSet(sets.participationSources, post.participationSource)) return false;
    if (!inSet(sets.statuses, post.status)) return false;
    if (sets.approval.size > 0 && !sets.approval.has(approvalFilterOf(post.approval))) return false;
    if (sets.tags.size > 0 && !post.tags.some((tag) => sets.tags.has(foldText(tag)))) return false;
    const pillar = post.pillar == null ? undefined : pillarInfo.get(post.pillar);
    if (pillarSet.size > 0 && !pillarSet.has(pillar?.key ?? NO_PILLAR)) return false;
    if (words.length === 0) return true;
    const haystack = haystackOf(post);
    return words.every((word) => haystack.includes(word) || (pillar !== undefined && pillar.folded.includes(word)));
  };
};
