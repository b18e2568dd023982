import { parseArgs } from 'node:util';
import { check } from './check';
import { EXPORT_USAGE, exportCommand } from './export';
import { escapeControls } from '../../shared/serializers/safeText';
import { readInput } from './input';
import { PLAN_USAGE, planCommand } from './plan';
import { report } from './report';
import type { Io } from './io';

export type { Io } from './io';

const USAGE = `Usage:
  cadence check FILE [--lang en|fr] [--client NAME] [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--trust-columns] [--json]
      The guard's warnings for a Cadence CSV or JSON backup.
      A CSV's empty or missing intent and participation are detected from the title and caption, as
      the app does; --trust-columns takes the columns as they are. A CSV row without client_id or
      client belongs to --client NAME, else to the file's only client (a file naming none is one
      client's, named after the file); without a channel column, posts are counted on instagram.
      Pillar drift is checked on a backup, whose clients carry their pillars and targets; a CSV's
      pillar column is read as names, without targets, so that rule is skipped for a CSV.
      Captions and first comments are checked against each network's limit (posts not yet
      published); X Premium comes from a backup's client, a CSV's posts on X are held to 280.
      Exit code: 0 no warning, 1 warnings, 2 unreadable input, no posts or wrong arguments.
${EXPORT_USAGE}${PLAN_USAGE}  cadence report FILE [--client NAME] [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--channel a,b] [--label 24h|7d|28d|custom] [--lang en|fr] [--json]
      Whether inviting the audience pays off: the lift table from a JSON backup's logged results.
  cadence help
`;

/** The command line's entry: returns the exit code instead of exiting, so tests can call it. */
export const main = async (argv: readonly string[], io: Io): Promise<number> => {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return command ? 0 : 2;
  }
  // export has options of its own (--format, --channel, --out…).
  if (command === 'export') return exportCommand(rest, io);
  if (command === 'plan') return planCommand(rest, io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'en' },
        client: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean', default: false },
        channel: { type: 'string' },
        label: { type: 'string' },
        'trust-columns': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file) {
    io.stderr(`cadence ${command}: which file? \n\n${USAGE}`);
    return 2;
  }
  if (values.lang !== 'en' && values.lang !== 'fr') {
    io.stderr(`--lang ${values.lang}: expected en or fr\n`);
    return 2;
  }
  const read = await readInput(file, { ...(values.client ? { client: values.client } : {}), trustColumns: values['trust-columns'] });
  if (!read.ok) {
    io.stderr(`${escapeControls(file)}: ${read.summary ?? 'cannot be read'}\n${read.errors.map((e) => `  ${e}\n`).join('')}`);
    return 2;
  }
  if (read.note) io.stderr(`${read.note}\n`);
  switch (command) {
    case 'check':
      return check(read.input, { lang: values.lang, client: values.client, from: values.from, to: values.to, json: values.json }, io);
    case 'report':
      return report(
        read.input,
        { lang: values.lang, client: values.client, from: values.from, to: values.to, channel: values.channel, label: values.label, json: values.json },
        io,
      );
    default:
      io.stderr(`cadence: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
};
