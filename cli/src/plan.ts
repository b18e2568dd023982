/**
 * `cadence plan FILE --client NAME --from DAY --to DAY`: the auto-planner from the command line. Reads
 * a Cadence CSV or JSON backup, takes the client's rhythm, pillars, rules, language, week start and
 * country (holidays) from the backup, or from --rhythm FILE for what the input lacks (a CSV carries no
 * client settings), and writes a Cadence CSV of the proposed posts (drafts), or of the client's posts
 * and the proposals with --all, to stdout or atomically to --out. The plan's summary and any rule it
 * cannot meet (with why) go to stderr.
 * Exit code: 0 a plan with no warning, 1 a plan with warnings it could not avoid (said on stderr),
 * 2 unreadable input or wrong arguments (named).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveRules } from '../../shared/analysis/rules';
import { isDay, shiftDay, todayIn } from '../../shared/dates';
import { hasCountry, occasionsBetween } from '../../shared/holidays';
import type { Client } from '../../shared/model/client';
import { findPillar, resolvePillars } from '../../shared/model/pillars';
import type { Post } from '../../shared/model/post';
import { resolveRhythm } from '../../shared/model/rhythm';
import { plan } from '../../shared/planner/plan';
import { proposalToPost } from '../../shared/planner/draft';
import type { EvergreenIdea } from '../../shared/planner/types';
import { toCsv } from '../../shared/serializers/csv';
import { escapeControls } from '../../shared/serializers/safeText';
import { writeFileAtomic } from './export';
import { pickClients, readInput } from './input';
import type { Io } from './io';
import { parsePlanSettings, type PlanSettings } from './planSettings';

export const PLAN_USAGE = `  cadence plan FILE --client NAME --from yyyy-MM-dd --to yyyy-MM-dd [--rhythm FILE] [--seed N]
                 [--out PATH] [--all] [--lang en|fr] [--trust-columns]
      Proposes posts for the empty slots of the client's posting rhythm between --from and --to (both
      included, never before the client's today), around its posts (never moved), so that the guard
      finds no warning whenever that is possible; writes them as a Cadence CSV of drafts (with --all:
      the client's posts and the proposals) on stdout or in --out. The summary and any rule that cannot
      be met, with why, go to stderr. A backup gives the client's rhythm, pillars, rules, language, week
      start and country; a CSV gives none, so --rhythm FILE is needed: a JSON file
      {"rhythm": [{"channel": "instagram", "perWeek": 3, "days": [1, 3, 5], "times": ["12:30"]}],
       "pillars": [{"name": "Tips", "target": 0.4}], "rules": {"promo-streak": {"maxInARow": 2}}}
      (days: 0 = Sunday … 6 = Saturday; any part overrides the backup's). --seed N: another proposal.
      Exit code: 0 a plan without warnings, 1 warnings that cannot be avoided (said why), 2 unreadable
      input or wrong arguments.
`;

const fail = (io: Io, message: string): number => {
  io.stderr(`cadence plan: ${message}\n`);
  return 2;
};

export const planCommand = async (argv: readonly string[], io: Io, now: Date = new Date()): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        client: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        rhythm: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        all: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
        'trust-columns': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail(io, `${(error as Error).message}\n\nUsage:\n${PLAN_USAGE}`);
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file) return fail(io, `which file?\n\nUsage:\n${PLAN_USAGE}`);
  if (positionals.length > 1) return fail(io, `one input file only (got ${positionals.length})`);
  const lang = values.lang;
  if (lang !== 'en' && lang !== 'fr') return fail(io, `--lang ${lang}: expected en or fr`);
  for (const [flag, value] of [['--from', values.from], ['--to', values.to]] as const) {
    if (value === undefined) return fail(io, `${flag} is required (a date as yyyy-MM-dd)`);
    if (!isDay(value)) return fail(io, `${flag} ${escapeControls(value)}: expected a date as yyyy-MM-dd`);
  }
  const from = values.from as string;
  const to = values.to as string;
  if (to < from) return fail(io, `--to ${to} is before --from ${from}`);
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 5) return fail(io, `--from ${from} --to ${to}: plan at most 5 years at once`);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!/^\d{1,9}$/.test(values.seed ?? '1') || !Number.isSafeInteger(seed)) return fail(io, `--seed ${escapeControls(values.seed ?? '')}: expected a whole number from 0 to 999999999`);
  if (values.out !== undefined && values.out.trim() === '') return fail(io, '--out needs a file path');

  let settings: PlanSettings = {};
  if (values.rhythm !== undefined) {
    let text: string;
    try {
      text = await readFile(values.rhythm, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(io, `--rhythm ${escapeControls(values.rhythm)}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}`);
    }
    const read = parsePlanSettings(text);
    if (!read.ok) return fail(io, `--rhythm ${escapeControls(values.rhythm)}:\n${read.errors.map((e) => `  ${e}`).join('\n')}`);
    settings = read.settings;
  }
  const { rhythm: fileRhythm, pillars: filePillars, rules: fileRules } = settings;

  const read = await readInput(file, { ...(values.client ? { client: values.client } : {}), trustColumns: values['trust-columns'] });
  if (!read.ok) return fail(io, [`${escapeControls(file)}: ${read.summary ?? 'cannot be read'}`, ...read.errors.map((e) => `  ${e}`)].join('\n'));
  if (read.note) io.stderr(`${read.note}\n`);
  const input = read.input;
  const matching = pickClients(input.clients, values.client);
  if (values.client && matching.length === 0) return fail(io, `no client is named "${escapeControls(values.client)}"`);
  if (matching.length > 1) return fail(io, `the file holds ${matching.length} clients: say which with --client NAME (${matching.map((c) => escapeControls(c.name)).join(', ')})`);
  const client = matching[0] as Client;

  const rhythm = fileRhythm ?? resolveRhythm(client.rhythm);
  if (rhythm.length === 0 || rhythm.every((e) => e.perWeek === 0)) {
    return fail(io, input.kind === 'csv' ? 'a CSV carries no posting rhythm: give one with --rhythm FILE' : `${escapeControls(client.name)} has no posting rhythm: set one in the app or give one with --rhythm FILE`);
  }
  const pillars = filePillars ?? resolvePillars(client.pillars);
  const rules = resolveRules(fileRules !== undefined ? { ...(isObject(client.rules) ? client.rules : {}), ...fileRules } : client.rules);
  const zone = input.kind === 'csv' ? (Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC') : client.timeZone;
  const today = todayIn(zone, now);
  // A CSV's pillar cells are names: matched to the pillars (by id or name) so the guard counts them.
  const own = input.posts
    .filter((p) => p.clientId === client.id)
    .map((p) => (p.pillar === null ? p : { ...p, pillar: findPillar(pillars, p.pillar)?.id ?? p.pillar }));
  const language = client.language;
  const ids = new Set(input.posts.map((p) => p.id));
  const ideas: EvergreenIdea[] = own.filter((p) => p.date === null && p.evergreen !== null);
  const snapshots = input.results.filter((r) => own.some((p) => p.id === r.postId));
  const result = plan({
    posts: own,
    from,
    to,
    rhythm,
    rules,
    pillars,
    weekStartsOn: client.weekStartsOn,
    language: client.language,
    clientName: client.name,
    today,
    seed,
    ...(snapshots.length > 0 ? { results: { posts: own, snapshots } } : {}),
    // The day after the range too: a public holiday on it gives the range's last day a seasonal post.
    ...(client.country != null && hasCountry(client.country) ? { occasions: occasionsBetween(client.country, from, shiftDay(to, 1), client.language) } : {}),
    ideas,
    newId: (n) => uniqueId(ids, `plan-${seed}-${n}`),
  });

  const stamp = now.toISOString();
  const proposed = result.proposals.map((p) => proposalToPost(p, client.id, stamp, p.why?.[language] ?? ''));
  const written = values.all ? [...own, ...proposed].sort(byDay) : proposed;
  const outClient = { ...client, pillars };
  const text = toCsv(written, [outClient], { keepUnknownPillars: input.kind === 'csv' });
  io.stderr(`${escapeControls(client.name)}: ${result.summary.text[lang]}\n`);
  for (const u of result.unmet) io.stderr(`  ${u.ruleId}: ${u.reason[lang]}\n`);
  if (values.out === undefined) io.stdout(text);
  else {
    try {
      await writeFileAtomic(path.resolve(values.out), text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(io, `${escapeControls(values.out)} cannot be written (${code ?? (error as Error).message})`);
    }
    io.stderr(`${written.length} post${written.length === 1 ? '' : 's'} written to ${escapeControls(values.out)}\n`);
  }
  return result.warnings.length > 0 ? 1 : 0;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const uniqueId = (taken: Set<string>, id: string): string => {
  let out = id;
  for (let k = 2; taken.has(out); k++) out = `${id}-${k}`;
  taken.add(out);
  return out;
};

const byDay = (a: Post, b: Post): number => {
  const ka = `${a.date ?? '9999-99-99'} ${a.time ?? ''}`;
  const kb = `${b.date ?? '9999-99-99'} ${b.time ?? ''}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

