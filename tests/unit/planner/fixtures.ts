import { DEFAULT_RULES, type GuardRules } from '../../../shared/analysis/rules';
import type { AnalysisPost } from '../../../shared/analysis/types';
import type { Pillar } from '../../../shared/model/pillars';
import type { Rhythm } from '../../../shared/model/rhythm';
import type { PlanInput } from '../../../shared/planner/types';

/** Instagram Mon/Wed/Fri at 12:30, LinkedIn Tue/Thu at 08:30 (the example). */
export const RHYTHM: Rhythm = [
  { channel: 'instagram', perWeek: 3, days: [1, 3, 5], times: ['12:30'] },
  { channel: 'linkedin', perWeek: 2, days: [2, 4], times: ['08:30'] },
];

export const PILLARS: Pillar[] = [
  { id: 'tips', name: 'Tips', color: '#2563eb', target: 0.4 },
  { id: 'community', name: 'Community', color: '#16a34a', target: 0.3 },
  { id: 'products', name: 'Products', color: '#dc2626', target: 0.2 },
  { id: 'bts', name: 'Behind the scenes', color: '#9333ea', target: 0.1 },
];

export const rulesWith = (over: Partial<{ [K in keyof GuardRules]: Partial<GuardRules[K]> }> = {}): GuardRules => {
  const out = structuredClone(DEFAULT_RULES) as GuardRules;
  for (const [k, v] of Object.entries(over)) Object.assign(out[k as keyof GuardRules], v);
  return out;
};

/** December 2026 for a client with the rhythm and pillars, nothing planned yet, today 1 Dec. */
export const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  posts: [],
  from: '2026-12-01',
  to: '2026-12-31',
  rhythm: RHYTHM,
  rules: rulesWith(),
  pillars: PILLARS,
  weekStartsOn: 1,
  language: 'en',
  today: '2026-12-01',
  seed: 1,
  ...over,
});

let counter = 0;
export const existing = (date: string, over: Partial<AnalysisPost> = {}): AnalysisPost & { pillar?: string | null } => {
  counter += 1;
  return {
    id: over.id ?? `e${String(counter).padStart(5, '0')}`,
    date,
    time: '12:30',
    channel: 'instagram',
    format: 'text',
    tone: 'serious',
    intent: 'informative',
    invitesParticipation: false,
    title: `Existing ${counter}`,
    status: 'scheduled',
    ...over,
  };
};
