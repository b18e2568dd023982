import { analyze } from '../../shared/analysis/analyze';
import { resolveRules } from '../../shared/analysis/rules';
import { resolvePillars } from '../../shared/model/pillars';
import type { Warning } from '../../shared/analysis/types';
import { isDay } from '../../shared/dates';
import { escapeControls } from '../../shared/serializers/safeText';
import type { Input } from './input';
import { pickClients } from './input';
import type { Io } from './io';

export type CheckOptions = { lang: 'en' | 'fr'; client?: string; from?: string; to?: string; json: boolean };

const TEXT = {
  en: { none: 'no warning', count: (n: number) => `${n} warning${n === 1 ? '' : 's'}`, posts: 'posts', fix: 'fix', noClient: 'no client is named' },
  fr: { none: 'aucune alerte', count: (n: number) => `${n} alerte${n === 1 ? '' : 's'}`, posts: 'publications', fix: 'correction', noClient: 'aucun client ne s’appelle' },
};

/**
 * `cadence check FILE`: the guard's warnings per client, in English or French. Exit code 1 when any
 * warning fires, 0 when none (2 is for unreadable input, decided by the caller).
 */
export const check = (input: Input, options: CheckOptions, io: Io): number => {
  const text = TEXT[options.lang];
  for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) {
    if (value !== undefined && !isDay(value)) {
      io.stderr(`${flag} ${value}: expected a date as yyyy-MM-dd\n`);
      return 2;
    }
  }
  const clients = pickClients(input.clients, options.client);
  if (options.client && clients.length === 0) {
    io.stderr(`${text.noClient} "${escapeControls(options.client)}"\n`);
    return 2;
  }
  const results = clients.map((client) => {
    const posts = input.posts.filter((p) => p.clientId === client.id);
    const analysis = analyze(posts, {
      rules: resolveRules(client.rules),
      weekStartsOn: client.weekStartsOn,
      // A backup's client has its pillars and targets (pillar-drift); a CSV's stand-in client has none.
      pillars: resolvePillars(client.pillars),
      // The caption-limit rule: a backup's client may have X Premium (X's limit 25,000, not 280).
      xPremium: client.xPremium === true,
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
    });
    return { client, posts, warnings: analysis.warnings };
  });
  const total = results.reduce((n, r) => n + r.warnings.length, 0);

  if (options.json) {
    io.stdout(
      `${JSON.stringify(
        results.map((r) => ({
          client: r.client.name,
          warnings: r.warnings.map((w) => ({ rule: w.ruleId, severity: w.severity, message: w.message[options.lang], posts: w.postIds, fix: w.fix ? w.fix.reason[options.lang] : null })),
        })),
        null,
        2,
      )}\n`,
    );
    return total > 0 ? 1 : 0;
  }

  // Names and titles come from the file: a control character in one must not drive the terminal.
  for (const { client, posts, warnings } of results) {
    io.stdout(`${escapeControls(client.name)}: ${warnings.length ? text.count(warnings.length) : text.none}\n`);
    const titles = new Map(posts.map((p) => [p.id, `${escapeControls(p.title)} (${p.date}${p.time ? ` ${p.time}` : ''})`]));
    for (const warning of warnings) io.stdout(formatWarning(warning, titles, options.lang));
  }
  return total > 0 ? 1 : 0;
};

const formatWarning = (warning: Warning, titles: ReadonlyMap<string, string>, lang: 'en' | 'fr'): string => {
  const text = TEXT[lang];
  const lines = [`  ${warning.severity.padEnd(8)} ${warning.ruleId}: ${warning.message[lang]}`];
  const involved = warning.postIds.slice(0, 5).map((id) => titles.get(id) ?? id);
  if (involved.length) lines.push(`           ${text.posts}: ${involved.join('; ')}${warning.postIds.length > 5 ? '; …' : ''}`);
  if (warning.fix) lines.push(`           ${text.fix}: ${warning.fix.reason[lang]}`);
  return `${lines.join('\n')}\n`;
};
