/**
 * The guard's rules, as a client's settings store them.
 *
 * Stored settings outlive the code: a client saved before a rule or a field existed must still load.
 * Never parse stored rules with `GuardRulesSchema` directly; go through `resolveRules`, which keeps
 * every valid stored field and falls back to the default for anything missing or broken.
 */
import { z } from 'zod';
import { CHANNELS, type Channel } from '../model/enums';
import { RULE_IDS, SEVERITIES, type Bilingual, type RuleId } from './types';

export const SCOPES = ['all', 'channel'] as const;
/** 'all': one sequence of the client's posts across its channels; 'channel': one sequence per channel. */
export type Scope = (typeof SCOPES)[number];

export const PROMO_PRESET_IDS = ['80-20', 'thirds', '4-1-1', '5-3-1', 'custom'] as const;
export type PromoPresetId = (typeof PROMO_PRESET_IDS)[number];
export type PromoPreset = { maxShare: number; windowDays: number; label: Bilingual; explanation: Bilingual };

/** The field's rules of thumb for how much of a feed may sell. Shares are exact fractions. */
export const PROMO_PRESETS: Readonly<Record<Exclude<PromoPresetId, 'custom'>, PromoPreset>> = {
  '80-20': {
    maxShare: 0.2,
    windowDays: 14,
    label: { en: '80/20 rule', fr: 'Règle des 80/20' },
    explanation: {
      en: 'At most 1 post in 5 promotes; the other 4 inform, entertain or start a conversation.',
      fr: 'Au plus 1 publication sur 5 fait de la promotion ; les 4 autres informent, divertissent ou lancent la conversation.',
    },
  },
  thirds: {
    maxShare: 1 / 3,
    windowDays: 14,
    label: { en: 'Rule of thirds', fr: 'Règle des tiers' },
    explanation: {
      en: 'One third promotes, one third shares ideas from your field, one third talks with your audience.',
      fr: 'Un tiers fait de la promotion, un tiers partage des idées de votre domaine, un tiers échange avec votre audience.',
    },
  },
  '4-1-1': {
    maxShare: 1 / 6,
    windowDays: 14,
    label: { en: '4-1-1 rule', fr: 'Règle du 4-1-1' },
    explanation: {
      en: 'For every 6 posts: 4 useful or entertaining, 1 soft mention, 1 promotion.',
      fr: 'Sur 6 publications : 4 utiles ou divertissantes, 1 mention discrète, 1 promotion.',
    },
  },
  '5-3-1': {
    maxShare: 1 / 9,
    windowDays: 14,
    label: { en: '5-3-1 rule', fr: 'Règle du 5-3-1' },
    explanation: {
      en: 'For every 9 posts: 5 curated from others, 3 of your own content, 1 promotion.',
      fr: 'Sur 9 publications : 5 partagées d’autres sources, 3 de vos propres contenus, 1 promotion.',
    },
  },
};

/**
 * Most posts a day per channel. Rules of thumb from common posting-frequency guides, not platform
 * limits: a client may well decide otherwise, which is why they are settings.
 */
export const DEFAULT_MAX_PER_DAY: Readonly<Record<Channel, number>> = {
  instagram: 2,
  facebook: 2,
  linkedin: 1,
  tiktok: 3,
  x: 5,
  youtube: 1,
  pinterest: 10,
  threads: 3,
  bluesky: 5,
  blog: 1,
  newsletter: 1,
};

const enabled = z.boolean();
const severity = z.enum(SEVERITIES);
const count = (min: number) => z.number().int().min(min).max(10_000);
const share = z.number().min(0).max(1);

export const GuardRulesSchema = z.object({
  /** Fires on MORE than `maxInARow` promotional posts in a row. */
  'promo-streak': z.object({ enabled, severity, maxInARow: count(1), scope: z.enum(SCOPES) }),
  /**
   * Fires when promotional posts are MORE than `maxShare` of the posts of any `windowDays`-day window
   * [d, d + windowDays - 1]. A window needs at least `minPosts` posts to count, so that a lone promo
   * post is not "100% promotional". With a preset other than 'custom', the preset's share and window
   * apply (see `resolveRules`).
   */
  'promo-share': z.object({
    enabled,
    severity,
    preset: z.enum(PROMO_PRESET_IDS),
    maxShare: share,
    windowDays: count(1).max(366),
    minPosts: count(1),
  }),
  /** Fires on a week of at least `minPosts` posts none of which invites participation. */
  'no-participation-week': z.object({ enabled, severity, minPosts: count(1) }),
  /** Fires on the same format `repeatCount` times in a row (or more). */
  'format-repeat': z.object({ enabled, severity, repeatCount: count(2), scope: z.enum(SCOPES) }),
  /**
   * Fires on a week of at least `minPosts` posts whose playful share is outside [min, max] (bounds
   * inside). With 1 or 2 posts a week can only be 0, 50 or 100% playful, hence the minimum.
   */
  'playful-range': z
    .object({ enabled, severity, min: share, max: share, minPosts: count(1) })
    .refine((r) => r.min <= r.max, { error: 'min must not exceed max', path: ['max'] }),
  /** Fires on a day with more posts on a channel than its `maxPerDay`. */
  'channel-frequency': z.object({
    enabled,
    severity,
    maxPerDay: z.object(
      Object.fromEntries(CHANNELS.map((c) => [c, count(1)])) as Record<Channel, ReturnType<typeof count>>,
    ),
  }),
  /**
   * Fires on a calendar month holding at least `minPosts` posts with a pillar, where a pillar's share
   * of them is more than `tolerance` (a fraction: 0.1 = 10 points) away from its target.
   */
  'pillar-drift': z.object({ enabled, severity, tolerance: z.number().min(0.01).max(1), minPosts: count(1) }),
  /**
   * Fires on a caption or first comment over its network's limit (shared/publishing/captionLimits.ts),
   * on posts not yet published. The limits are the networks', not settings: only on/off and severity.
   */
  'caption-limit': z.object({ enabled, severity }),
  /**
   * Fires on a post not approved by the client when approval is due, for a client whose settings
   * require approval (how many days before is that setting, Client.approval): here only on/off.
   */
  'approval-due': z.object({ enabled, severity }),
});
export type GuardRules = z.infer<typeof GuardRulesSchema>;

/** Frozen all the way down: the defaults are shared, so a stray mutation would change every client. */
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

export const DEFAULT_RULES: GuardRules = deepFreeze({
  'promo-streak': { enabled: true, severity: 'warning', maxInARow: 2, scope: 'all' },
  'promo-share': { enabled: true, severity: 'warning', preset: '80-20', maxShare: 0.2, windowDays: 14, minPosts: 5 },
  'no-participation-week': { enabled: true, severity: 'info', minPosts: 1 },
  'format-repeat': { enabled: true, severity: 'info', repeatCount: 3, scope: 'channel' },
  'playful-range': { enabled: true, severity: 'info', min: 0.3, max: 0.5, minPosts: 3 },
  'channel-frequency': { enabled: true, severity: 'warning', maxPerDay: { ...DEFAULT_MAX_PER_DAY } },
  'pillar-drift': { enabled: true, severity: 'info', tolerance: 0.1, minPosts: 4 },
  'caption-limit': { enabled: true, severity: 'warning' },
  'approval-due': { enabled: true, severity: 'warning' },
});

/** Names and descriptions for the settings screen. */
export const RULE_INFO: Readonly<Record<RuleId, { name: Bilingual; description: Bilingual }>> = {
  'promo-streak': {
    name: { en: 'Promotional streak', fr: 'Série promotionnelle' },
    description: {
      en: 'Warns when more promotional posts follow each other than allowed, across channels or on each channel.',
      fr: 'Avertit quand plus de publications promotionnelles se suivent que permis, tous réseaux confondus ou par réseau.',
    },
  },
  'promo-share': {
    name: { en: 'Promotional share', fr: 'Part promotionnelle' },
    description: {
      en: 'Warns when promotion takes more than its share of the posts over any rolling period (80/20 rule by default).',
      fr: 'Avertit quand la promotion dépasse sa part des publications sur une période glissante (règle des 80/20 par défaut).',
    },
  },
  'no-participation-week': {
    name: { en: 'Week without participation', fr: 'Semaine sans participation' },
    description: {
      en: 'Warns about a week where no post invites the audience to take part (question, poll, contest…).',
      fr: 'Avertit d’une semaine où aucune publication n’invite l’audience à participer (question, sondage, concours…).',
    },
  },
  'format-repeat': {
    name: { en: 'Repeated format', fr: 'Format répété' },
    description: {
      en: 'Warns when the same format comes back several times in a row.',
      fr: 'Avertit quand le même format revient plusieurs fois de suite.',
    },
  },
  'playful-range': {
    name: { en: 'Serious and playful balance', fr: 'Équilibre sérieux et ludique' },
    description: {
      en: 'Warns about a week whose share of playful posts is outside the target range (30–50% by default).',
      fr: 'Avertit d’une semaine dont la part de publications ludiques sort de la fourchette visée (30–50 % par défaut).',
    },
  },
  'channel-frequency': {
    name: { en: 'Posts a day per channel', fr: 'Publications par jour et par réseau' },
    description: {
      en: 'Warns when a channel gets more posts in a day than its frequency guide.',
      fr: 'Avertit quand un réseau reçoit plus de publications dans la journée que son repère de fréquence.',
    },
  },
  'pillar-drift': {
    name: { en: 'Content pillars', fr: 'Piliers de contenu' },
    description: {
      en: 'Warns when a month’s share of a content pillar is further from its target than the tolerance (±10 points by default).',
      fr: 'Avertit quand la part d’un pilier de contenu dans le mois s’écarte de sa cible de plus que la tolérance (±10 points par défaut).',
    },
  },
  'caption-limit': {
    name: { en: 'Caption limits', fr: 'Limites des légendes' },
    description: {
      en: 'Warns when a caption or a first comment is longer than its network allows, or has more hashtags or mentions than it takes. Published posts are left out.',
      fr: 'Avertit quand une légende ou un premier commentaire est plus long que son réseau ne le permet, ou compte plus de hashtags ou de mentions qu’il n’en accepte. Les publications déjà publiées ne sont pas vérifiées.',
    },
  },
  'approval-due': {
    name: { en: 'Client approval', fr: 'Validation client' },
    description: {
      en: 'For a client whose settings require approval: warns when a post is not approved by the client that many days before it goes out (3 by default, set in the client’s settings).',
      fr: 'Pour un client dont les réglages demandent une validation : avertit quand une publication n’est pas validée par le client ce nombre de jours avant sa sortie (3 par défaut, réglé dans les réglages du client).',
    },
  },
};

/** The rules with a preset's share and window (or only the preset id for 'custom'). */
export const applyPromoPreset = (rules: GuardRules, preset: PromoPresetId): GuardRules => {
  const current = rules['promo-share'];
  const next = preset === 'custom' ? { ...current, preset } : { ...current, preset, ...pickPreset(preset) };
  return { ...rules, 'promo-share': next };
};

const pickPreset = (id: Exclude<PromoPresetId, 'custom'>) => ({
  maxShare: PROMO_PRESETS[id].maxShare,
  windowDays: PROMO_PRESETS[id].windowDays,
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps each stored field its schema accepts, field by field; anything else takes the default. */
const mergeFields = <T extends Record<string, unknown>>(
  defaults: T,
  stored: unknown,
  shape: Record<string, z.ZodType>,
): T => {
  const out: Record<string, unknown> = { ...defaults };
  if (!isRecord(stored)) return out as T;
  for (const key of Object.keys(defaults)) {
    const schema = shape[key];
    if (schema === undefined || !(key in stored)) continue;
    const parsed = schema.safeParse(stored[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as T;
};

/**
 * Stored (possibly partial, older or damaged) settings merged over the defaults. Never throws.
 * - Missing rules, fields or channels take their defaults; invalid values too, one field at a time.
 * - A promo preset other than 'custom' imposes its share and window (the UI switches to 'custom'
 *   when the user edits them by hand).
 * - A playful range whose min exceeds its max falls back to the default range.
 */
export const resolveRules = (stored?: unknown): GuardRules => {
  const src = isRecord(stored) ? stored : {};
  const shapes = GuardRulesSchema.shape;
  const channelFreqStored = isRecord(src['channel-frequency']) ? src['channel-frequency'] : {};
  const rules: GuardRules = {
    'promo-streak': mergeFields(DEFAULT_RULES['promo-streak'], src['promo-streak'], shapes['promo-streak'].shape),
    'promo-share': mergeFields(DEFAULT_RULES['promo-share'], src['promo-share'], shapes['promo-share'].shape),
    'no-participation-week': mergeFields(
      DEFAULT_RULES['no-participation-week'],
      src['no-participation-week'],
      shapes['no-participation-week'].shape,
    ),
    'format-repeat': mergeFields(DEFAULT_RULES['format-repeat'], src['format-repeat'], shapes['format-repeat'].shape),
    'playful-range': mergeFields(DEFAULT_RULES['playful-range'], src['playful-range'], shapes['playful-range'].shape),
    'channel-frequency': {
      ...mergeFields(
        { enabled: DEFAULT_RULES['channel-frequency'].enabled, severity: DEFAULT_RULES['channel-frequency'].severity },
        channelFreqStored,
        shapes['channel-frequency'].shape,
      ),
      maxPerDay: mergeFields(
        DEFAULT_RULES['channel-frequency'].maxPerDay,
        channelFreqStored['maxPerDay'],
        shapes['channel-frequency'].shape.maxPerDay.shape,
      ),
    },
    'pillar-drift': mergeFields(DEFAULT_RULES['pillar-drift'], src['pillar-drift'], shapes['pillar-drift'].shape),
    'caption-limit': mergeFields(DEFAULT_RULES['caption-limit'], src['caption-limit'], shapes['caption-limit'].shape),
    'approval-due': mergeFields(DEFAULT_RULES['approval-due'], src['approval-due'], shapes['approval-due'].shape),
  };
  const range = rules['playful-range'];
  if (range.min > range.max) {
    rules['playful-range'] = { ...range, min: DEFAULT_RULES['playful-range'].min, max: DEFAULT_RULES['playful-range'].max };
  }
  const preset = rules['promo-share'].preset;
  return preset === 'custom' ? rules : applyPromoPreset(rules, preset);
};

// Re-exported so the settings screen can iterate the rules from one import.
export { RULE_IDS };
