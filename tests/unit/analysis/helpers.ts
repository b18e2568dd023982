import { analyze } from '../../../shared/analysis/analyze';
import { DEFAULT_RULES, type GuardRules } from '../../../shared/analysis/rules';
import type { Analysis, AnalysisPost, AnalyzeOptions, RuleId, Warning } from '../../../shared/analysis/types';
import type { WeekStart } from '../../../shared/model/enums';

/** Every rule off, so a test sees only the rule it turns on. */
export const ALL_OFF: GuardRules = {
  'promo-streak': { ...DEFAULT_RULES['promo-streak'], enabled: false },
  'promo-share': { ...DEFAULT_RULES['promo-share'], enabled: false },
  'no-participation-week': { ...DEFAULT_RULES['no-participation-week'], enabled: false },
  'format-repeat': { ...DEFAULT_RULES['format-repeat'], enabled: false },
  'playful-range': { ...DEFAULT_RULES['playful-range'], enabled: false },
  'channel-frequency': { ...DEFAULT_RULES['channel-frequency'], enabled: false },
  'pillar-drift': { ...DEFAULT_RULES['pillar-drift'], enabled: false },
  'caption-limit': { ...DEFAULT_RULES['caption-limit'], enabled: false },
  'approval-due': { ...DEFAULT_RULES['approval-due'], enabled: false },
};

/** Only `id` on, with these settings over its defaults. */
export const only = <K extends RuleId>(id: K, settings: Partial<GuardRules[K]> = {}): GuardRules => ({
  ...ALL_OFF,
  [id]: { ...DEFAULT_RULES[id], ...settings, enabled: true },
});

export const run = (
  posts: readonly AnalysisPost[],
  rules: GuardRules,
  options: Partial<Omit<AnalyzeOptions, 'rules'>> & { weekStartsOn?: WeekStart } = {},
): Analysis => analyze(posts, { weekStartsOn: 1, ...options, rules });

export const warningsOf = (
  posts: readonly AnalysisPost[],
  rules: GuardRules,
  options: Partial<Omit<AnalyzeOptions, 'rules'>> = {},
): Warning[] => run(posts, rules, options).warnings;
