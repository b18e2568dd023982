/**
 * The pure parts, in Node (the same code the app runs in its renderer and its import worker):
 * - the guard's analysis of 100,000 posts: every client's posts analysed as the app does, client by
 *   client (the agency generator over 834 days: 40 × 3 × 834 = 100,080 dated posts); the same posts
 *   as structured clones (what IndexedDB hands the app: every string its own object); and the
 *   analysis engineer's cases from bench/analysis.bench.ts (planned rhythms, random posts, and one
 *   list of 100,000 random posts in a single analyze());
 * - ICS and CSV export of a year (every client's posts of 2026: 43,800);
 * - reading a 50,000-row Cadence CSV (fromCsv);
 * - the auto-planner on one agency client, a month and a year (bench/planner.ts);
 * - caption detection (detectCues): the first call, which compiles its regexes, and 10,000 captions
 *   after it (the CLI's `check` reads a plan's captions this way; the editor, one at a time).
 * Each figure is the median of repeated runs after warm-up runs.
 */
import { analyze } from '../shared/analysis/analyze';
import { DEFAULT_RULES, resolveRules } from '../shared/analysis/rules';
import type { AnalysisPost } from '../shared/analysis/types';
import type { Post } from '../shared/model/post';
import { fromCsv, toCsv } from '../shared/serializers/csv';
import { toIcs } from '../shared/serializers/ics';
import { detectCues } from '../shared/detection/detect';
import { plannedPosts, randomPosts } from '../tests/unit/analysis/fixtures';
import { AGENCY, generateAgency, type AgencyOptions } from './generate';
import { runPlannerBench, type PlannerResults } from './planner';
import { figure, timeRuns, type Figure } from './stats';

export type NodeSizes = { analysisDays: number; analysisRuns: number; exportYear: string; exportRuns: number; importRows: number; importRuns: number; extraAnalysis: boolean; plannerRuns: number };

export const FULL_SIZES: NodeSizes = { analysisDays: 834, analysisRuns: 15, exportYear: '2026', exportRuns: 7, importRows: 50_000, importRuns: 5, extraAnalysis: true, plannerRuns: 9 };
export const SMOKE_SIZES: NodeSizes = { analysisDays: 20, analysisRuns: 1, exportYear: '2026', exportRuns: 1, importRows: 1_000, importRuns: 1, extraAnalysis: false, plannerRuns: 1 };

export type NodeResults = {
  analysis: { posts: number; clients: number; warnings: number; perClient: Figure; extra: { name: string; posts: number; ms: Figure }[] };
  exportYear: { year: string; posts: number; ics: Figure & { bytes: number }; csv: Figure & { bytes: number } };
  importCsv: { rows: number; bytes: number; read: number; errors: number; ms: Figure };
  /** The auto-planner on one agency client: a month and a year (bench/planner.ts). */
  planner: PlannerResults;
  /** detectCues: its first call (the regexes compile then) and 10,000 varied captions after it. */
  detection: { firstCallMs: number; captions: number; ms: Figure };
};

const DETECTION_SAMPLES = [
  'NEW: pistachio cruffin 💚 Available from Friday. Would you try it? Tell us below 👇',
  'Soldes d’hiver : -40 % sur les manteaux, en boutique et sur le site. Ça part vite !',
  'Our bakers start at 4 a.m. so the first loaves come out at 7. #bakerylife',
  'Quel est le dernier livre qui vous a fait pleurer ? 📚 On prépare une table « mouchoirs ».',
  'Webinar Thursday 4 PM CET. Save your seat, link in comments.',
];

/** Run first, before anything else has touched the detector, so its first call is a cold one. */
const runDetectionBench = (runs: number, log: (line: string) => void): NodeResults['detection'] => {
  const t0 = performance.now();
  detectCues({ caption: 'Nouvelle carte ce soir : réservez au 06 12 34 56 78 !', language: 'fr' });
  const firstCallMs = Math.round(performance.now() - t0);
  const captions = Array.from({ length: 10_000 }, (_, i) => `${DETECTION_SAMPLES[i % DETECTION_SAMPLES.length]} ${i}`);
  const ms = timeRuns(() => {
    for (const caption of captions) detectCues({ caption });
  }, runs);
  log(`  detectCues: first call ${firstCallMs} ms, 10,000 captions ${figure(ms).median} ms`);
  return { firstCallMs, captions: captions.length, ms: figure(ms) };
};

const byClient = (posts: readonly Post[]): Map<string, Post[]> => {
  const map = new Map<string, Post[]>();
  for (const post of posts) {
    const list = map.get(post.clientId);
    if (list) list.push(post);
    else map.set(post.clientId, [post]);
  }
  return map;
};

export const runNodeBenches = (sizes: NodeSizes, agency: AgencyOptions = AGENCY, log: (line: string) => void = () => undefined): NodeResults => {
  const detection = runDetectionBench(sizes.exportRuns, log);
  // Guard analysis of all posts, client by client (each with its own rules and week start).
  const big = generateAgency({ ...agency, days: sizes.analysisDays, ideasPerClient: 0 });
  const groups = [...byClient(big.posts).entries()].map(([id, posts]) => {
    const client = big.clients.find((c) => c.id === id)!;
    return { posts, options: { rules: resolveRules(client.rules), weekStartsOn: client.weekStartsOn } };
  });
  let warnings = 0;
  const perClient = timeRuns(() => {
    warnings = 0;
    for (const group of groups) warnings += analyze(group.posts, group.options).warnings.length;
  }, sizes.analysisRuns, Math.min(3, sizes.analysisRuns));
  log(`  analysis of ${big.posts.length} posts: ${figure(perClient).median} ms`);

  const extra: NodeResults['analysis']['extra'] = [];
  if (sizes.extraAnalysis) {
    const options = { rules: DEFAULT_RULES, weekStartsOn: 1 as const };
    const planned: AnalysisPost[][] = Array.from({ length: 40 }, (_, c) => plannedPosts(2000 + c, 2_500, { idPrefix: `c${c}-` }));
    const random: AnalysisPost[][] = Array.from({ length: 40 }, (_, c) =>
      randomPosts(1000 + c, 2_500, 730, { channels: ['instagram', 'facebook', 'linkedin', 'tiktok'], idPrefix: `c${c}-` }),
    );
    const oneList = randomPosts(42, 100_000, 730);
    const withDefaults = (lists: AnalysisPost[][]) => lists.map((posts) => ({ posts, options }));
    // The same agency posts as the app reads them back from IndexedDB: structured clones, where every
    // string is its own object (the generator shares one string per day, channel or format). Each
    // client's posts are cloned just before its analysis, outside the timing, as the app queries a
    // client's posts and then analyses them: new objects, whose strings V8 has not hashed yet, in the
    // young generation. (Clones reused from run to run carry hashes cached by the previous run.)
    const fresh: number[] = [];
    for (let run = 0; run < sizes.analysisRuns + 3; run++) {
      let ms = 0;
      for (const group of groups) {
        const posts = structuredClone(group.posts) as AnalysisPost[];
        const t0 = performance.now();
        analyze(posts, group.options);
        ms += performance.now() - t0;
      }
      if (run >= 3) fresh.push(ms);
    }
    const freshName = "the agency's posts as IndexedDB returns them (structured clones made before each client's analysis)";
    extra.push({ name: freshName, posts: big.posts.length, ms: figure(fresh) });
    log(`  ${freshName}: ${figure(fresh).median} ms`);
    const cases: [string, { posts: AnalysisPost[]; options: typeof options }[]][] = [
      ['planned rhythms: 40 clients × 2,500 posts (bench/analysis.bench.ts cases)', withDefaults(planned)],
      ['random: 40 clients × 2,500 posts (bench/analysis.bench.ts cases)', withDefaults(random)],
      ['one list of 100,000 random posts (bench/analysis.bench.ts cases)', withDefaults([oneList])],
    ];
    for (const [name, lists] of cases) {
      const ms = timeRuns(() => {
        for (const list of lists) analyze(list.posts, list.options);
      }, sizes.analysisRuns, 3);
      extra.push({ name, posts: lists.reduce((n, l) => n + l.posts.length, 0), ms: figure(ms) });
      log(`  ${name}: ${figure(ms).median} ms`);
    }
  }

  // Export of a year, every client.
  const agencyData = generateAgency(agency);
  const yearPosts = agencyData.posts.filter((p) => p.date !== null && p.date.startsWith(`${sizes.exportYear}-`));
  const clients = new Map(agencyData.clients.map((c) => [c.id, c]));
  let icsBytes = 0;
  let csvBytes = 0;
  const ics = timeRuns(() => {
    icsBytes = toIcs(yearPosts, clients, { now: new Date('2026-11-24T09:00:00Z') }).length;
  }, sizes.exportRuns);
  const csv = timeRuns(() => {
    csvBytes = toCsv(yearPosts, clients).length;
  }, sizes.exportRuns);
  log(`  export ${yearPosts.length} posts: ICS ${figure(ics).median} ms, CSV ${figure(csv).median} ms`);

  // Reading a 50,000-row CSV.
  const rows = agencyData.posts.filter((p) => p.date !== null).slice(0, sizes.importRows);
  const text = toCsv(rows, clients);
  let read = 0;
  let errors = 0;
  const imported = timeRuns(() => {
    const result = fromCsv(text);
    read = result.rows.length;
    errors = result.errors.length;
  }, sizes.importRuns);
  log(`  fromCsv ${rows.length} rows: ${figure(imported).median} ms`);

  const planner = runPlannerBench({ runs: sizes.plannerRuns }, agency, log);

  return {
    analysis: { posts: big.posts.length, clients: groups.length, warnings, perClient: figure(perClient), extra },
    exportYear: {
      year: sizes.exportYear,
      posts: yearPosts.length,
      ics: { ...figure(ics), bytes: icsBytes },
      csv: { ...figure(csv), bytes: csvBytes },
    },
    importCsv: { rows: rows.length, bytes: text.length, read, errors, ms: figure(imported) },
    planner,
    detection,
  };
};
