/**
 * The auto-planner (issue 15, part 8) in Node: one agency client (3 channels, its two years of posts
 * thinned to one in four from December 2026 on, so the rhythm has slots to fill), a rhythm of 5 posts
 * a week per channel on weekdays at two times, 4 pillars, logged results for its published posts
 * (learning runs), France's holidays and 20 evergreen ideas. Measured: `plan()` for December 2026 and
 * for the year 2027, proof by the guard included. Budgets: a month < 200 ms, a year < 2 s (report.ts).
 */
import { resolveRules } from '../shared/analysis/rules';
import { occasionsBetween } from '../shared/holidays';
import type { InsightSnapshot } from '../shared/insights/types';
import type { Pillar } from '../shared/model/pillars';
import type { Post } from '../shared/model/post';
import type { Rhythm } from '../shared/model/rhythm';
import { plan } from '../shared/planner/plan';
import type { PlanInput } from '../shared/planner/types';
import { AGENCY, generateAgency, prng, type AgencyOptions } from './generate';
import { figure, timeRuns, type Figure } from './stats';

export type PlannerSizes = { runs: number };
export type PlannerCase = { range: string; existing: number; proposals: number; warnings: number; ms: Figure };
export type PlannerResults = { month: PlannerCase; year: PlannerCase };

const PILLARS: Pillar[] = [
  { id: 'tips', name: 'Tips', color: '#2563eb', target: 0.4 },
  { id: 'community', name: 'Community', color: '#16a34a', target: 0.3 },
  { id: 'products', name: 'Products', color: '#dc2626', target: 0.2 },
  { id: 'bts', name: 'Behind the scenes', color: '#9333ea', target: 0.1 },
];

/** The planner's input for one agency client over [from, to]. */
export const plannerInput = (agency: AgencyOptions, from: string, to: string): PlanInput => {
  const data = generateAgency({ ...agency, clients: 1 });
  const client = data.clients[0]!;
  const rand = prng(15);
  const kept: Post[] = data.posts.filter((p) => p.date === null || p.date < '2026-12-01' || rand() < 0.25);
  const tagged = kept.map((p, i) => (p.date === null ? p : { ...p, pillar: PILLARS[i % PILLARS.length]!.id }));
  const rhythm: Rhythm = client.channels.map((channel, i) => ({ channel, perWeek: 5, days: [1, 2, 3, 4, 5], times: [i % 2 === 0 ? '09:00' : '12:30', '18:00'] }));
  const published = tagged.filter((p) => p.status === 'published');
  const snapshots: InsightSnapshot[] = published.map((p, i) => ({
    id: `s${i}`,
    postId: p.id,
    takenAt: `${p.date}T20:00:00Z`,
    label: '7d',
    reach: 1000 + Math.floor(rand() * 1000),
    impressions: null,
    reactions: Math.floor(rand() * (p.format === 'quiz' ? 120 : 60)),
    comments: Math.floor(rand() * 10),
    shares: 0,
    saves: 0,
    repliesByTeam: 0,
    firstReplyMinutes: null,
  }));
  const ideas = tagged.filter((p) => p.date === null).slice(0, 20).map((p, i) => ({ ...p, evergreen: { everyWeeks: 4 + (i % 8), lastUsed: i % 3 === 0 ? null : '2026-10-01' } }));
  return {
    posts: tagged.filter((p) => p.date !== null),
    from,
    to,
    rhythm,
    rules: resolveRules(client.rules),
    pillars: PILLARS,
    weekStartsOn: client.weekStartsOn,
    language: client.language,
    clientName: client.name,
    today: from,
    seed: 1,
    results: { posts: published, snapshots },
    occasions: occasionsBetween('FR', from, to, client.language),
    ideas,
  };
};

const measure = (input: PlanInput, runs: number): PlannerCase => {
  let last = plan(input);
  const ms = timeRuns(() => (last = plan(input)), runs, Math.min(3, runs));
  return { range: `${input.from} – ${input.to}`, existing: input.posts.length, proposals: last.proposals.length, warnings: last.warnings.length, ms: figure(ms) };
};

export const runPlannerBench = (sizes: PlannerSizes, agency: AgencyOptions = AGENCY, log: (line: string) => void = () => undefined): PlannerResults => {
  const month = measure(plannerInput(agency, '2026-12-01', '2026-12-31'), sizes.runs);
  log(`  plan a month (${month.proposals} proposals around ${month.existing} posts): ${month.ms.median} ms`);
  const year = measure(plannerInput(agency, '2027-01-01', '2027-12-31'), Math.max(1, Math.ceil(sizes.runs / 2)));
  log(`  plan a year (${year.proposals} proposals around ${year.existing} posts): ${year.ms.median} ms`);
  return { month, year };
};
