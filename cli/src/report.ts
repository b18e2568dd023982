/**
 * `cadence report FILE`: the Insights report from the command line — does inviting the audience pay
 * off? — per client, over a period and channels, in English or French, as a table or as JSON.
 *
 * It reads result snapshots from a JSON backup (`data.results`, data version 3 and later); a CSV of
 * posts carries no results, so its report says there is nothing to compare. Everything is computed
 * by shared/insights, exactly as the app's Insights screen does.
 * Exit code: 0 done (even when there are too few posts to tell), 2 wrong arguments (the caller
 * returns 2 for unreadable input).
 */
import { isDay } from '../../shared/dates';
import { DEFAULT_MIN_PER_GROUP } from '../../shared/insights/stats';
import { insights } from '../../shared/insights/lift';
import type { Comparison, Insights } from '../../shared/insights/types';
import type { Client } from '../../shared/model/client';
import { CHANNELS, type Channel, type Intent, type Tone } from '../../shared/model/enums';
import type { FormatId } from '../../shared/model/formats';
import { SNAPSHOT_LABELS, type SnapshotLabel } from '../../shared/model/results';
import type { Input } from './input';
import { pickClients } from './input';
import type { Io } from './io';

export const REPORT_USAGE = `  cadence report FILE [--client NAME] [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--channel CHANNEL[,CHANNEL…]]
                 [--label 24h|7d|28d|custom] [--lang en|fr] [--json]
      Engagement of posts that invited participation against the others (lift, 95% interval, verdict),
      then by format, tone and intent, UGC share, replies and month by month. Reads the results
      stored in a JSON backup (a CSV of posts has none). --label compares that reading of each post
      (e.g. 7d) instead of its latest one.
      Exit code: 0 done, 2 unreadable input or wrong arguments.
`;

export type ReportOptions = {
  lang: 'en' | 'fr';
  client?: string;
  from?: string;
  to?: string;
  /** One channel or several, comma-separated ("instagram,linkedin"); all when left out. */
  channel?: string;
  label?: string;
  json: boolean;
};

type Lang = ReportOptions['lang'];

const FORMATS: Record<FormatId, [string, string]> = {
  text: ['Text', 'Texte'],
  image: ['Image', 'Image'],
  carousel: ['Carousel', 'Carrousel'],
  video: ['Video', 'Vidéo'],
  short_video: ['Short video', 'Vidéo courte'],
  story: ['Story', 'Story'],
  live: ['Live', 'Live'],
  infographic: ['Infographic', 'Infographie'],
  article: ['Article', 'Article'],
  tutorial: ['Tutorial', 'Tutoriel'],
  testimonial: ['Testimonial', 'Témoignage'],
  behind_the_scenes: ['Behind the scenes', 'Coulisses'],
  quiz: ['Quiz', 'Quiz'],
  poll: ['Poll', 'Sondage'],
  contest: ['Contest', 'Concours'],
  challenge: ['Challenge', 'Défi'],
  question: ['Question', 'Question'],
  ugc_repost: ['UGC repost', 'Reprise UGC'],
  meme: ['Meme', 'Mème'],
};
const TONES: Record<Tone, [string, string]> = { serious: ['Serious', 'Sérieux'], playful: ['Playful', 'Ludique'] };
const INTENTS: Record<Intent, [string, string]> = {
  informative: ['Informative', 'Informative'],
  promotional: ['Promotional', 'Promotionnelle'],
  conversational: ['Conversational', 'Conversationnelle'],
};

const TEXT = {
  en: {
    noClient: 'no client is named',
    allChannels: 'all channels',
    allTime: 'all dates',
    range: (from: string, to: string) => `${from} to ${to}`,
    latest: 'latest results of each post',
    labelled: (label: string) => `results read at ${label}`,
    summary: (i: Insights) =>
      `${i.posts} published posts, ${i.withResults} with results, ${i.usable} with an engagement rate (${i.basis.reach} on reach, ${i.basis.impressions} on impressions)`,
    csvNote: 'a CSV of posts holds no results: report on a JSON backup to compare engagement',
    mixed: 'rates mix reach and impressions, and rates on impressions run lower: choose one channel with --channel to compare like with like',
    headers: ['', 'published', 'with rate', 'mean rate', "others' mean", 'lift', '95% interval', 'verdict'],
    inviting: 'Inviting participation',
    byFormat: 'By format',
    byTone: 'By tone',
    byIntent: 'By intent',
    ugcRow: 'UGC reposts',
    months: 'Month by month (inviting posts against the others)',
    interval: (low: string, high: string) => `${low} to ${high}`,
    verdict: { higher: 'higher', lower: 'lower', unclear: 'unclear', 'too-few': 'too few posts to tell' },
    ugc: (i: Insights, share: string) => `UGC share: ${i.ugc.ugc} of ${i.ugc.published} published posts (${share})`,
    coverage: (value: string, n: number, unanswered: number) =>
      `Reply coverage: ${value} on average over ${n} posts with comments (${unanswered} without any reply)`,
    firstReply: (value: string, n: number) => `Median time to first reply: ${value} over ${n} posts`,
    minutes: (m: number) => (m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`),
    method: `lift = mean rate of the group ÷ mean rate of the others − 1; rate = (reactions + comments + shares + saves) ÷ reach (or impressions); no verdict under ${DEFAULT_MIN_PER_GROUP} posts with a rate on either side`,
  },
  fr: {
    noClient: 'aucun client ne s’appelle',
    allChannels: 'tous les réseaux',
    allTime: 'toutes les dates',
    range: (from: string, to: string) => `du ${from} au ${to}`,
    latest: 'derniers résultats de chaque publication',
    labelled: (label: string) => `résultats relevés à ${label}`,
    summary: (i: Insights) =>
      `${i.posts} publications publiées, ${i.withResults} avec des résultats, ${i.usable} avec un taux d’engagement (${i.basis.reach} sur la couverture, ${i.basis.impressions} sur les impressions)`,
    csvNote: 'un CSV de publications ne contient pas de résultats : lancez le rapport sur une sauvegarde JSON pour comparer l’engagement',
    mixed: 'les taux mêlent couverture et impressions, et les taux sur impressions sont plus bas : choisissez un réseau avec --channel pour comparer ce qui est comparable',
    headers: ['', 'publiées', 'avec taux', 'taux moyen', 'moy. des autres', 'écart', 'intervalle à 95 %', 'verdict'],
    inviting: 'Invitant à participer',
    byFormat: 'Par format',
    byTone: 'Par ton',
    byIntent: 'Par intention',
    ugcRow: 'Reprises UGC',
    months: 'Mois par mois (publications invitant à participer face aux autres)',
    interval: (low: string, high: string) => `${low} à ${high}`,
    verdict: { higher: 'plus élevé', lower: 'plus bas', unclear: 'incertain', 'too-few': 'trop peu de publications pour conclure' },
    ugc: (i: Insights, share: string) => `Part d’UGC : ${i.ugc.ugc} sur ${i.ugc.published} publications publiées (${share})`,
    coverage: (value: string, n: number, unanswered: number) =>
      `Taux de réponse : ${value} en moyenne sur ${n} publications avec commentaires (${unanswered} sans aucune réponse)`,
    firstReply: (value: string, n: number) => `Délai médian de première réponse : ${value} sur ${n} publications`,
    minutes: (m: number) => (m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')}`),
    method: `écart = taux moyen du groupe ÷ taux moyen des autres − 1 ; taux = (réactions + commentaires + partages + enregistrements) ÷ couverture (ou impressions) ; pas de verdict sous ${DEFAULT_MIN_PER_GROUP} publications avec un taux de chaque côté`,
  },
} as const;

const fail = (io: Io, message: string): number => {
  io.stderr(`cadence report: ${message}\n`);
  return 2;
};

const percent = (lang: Lang, value: number | null, signed = false): string =>
  value === null
    ? '—'
    : new Intl.NumberFormat(lang, {
        style: 'percent',
        minimumFractionDigits: signed ? 0 : 1,
        maximumFractionDigits: signed ? 0 : 1,
        ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
      }).format(value);

// Intl writes French percents with a narrow no-break space; a terminal table wants plain spaces.
const plain = (text: string): string => text.replace(/[\u202f\u00a0]/g, ' ');

type Row = { label: string; cells: string[] } | { heading: string };

const comparisonCells = (lang: Lang, c: Comparison): string[] => {
  const text = TEXT[lang];
  return [
    String(c.group.posts),
    String(c.group.n),
    plain(percent(lang, c.group.mean)),
    plain(percent(lang, c.rest.mean)),
    plain(percent(lang, c.lift, true)),
    c.ci ? plain(text.interval(percent(lang, c.ci.low, true), percent(lang, c.ci.high, true))) : '—',
    text.verdict[c.verdict],
  ];
};

/** A plain-text table: first column left-aligned, numbers right-aligned, the verdict left-aligned. */
const table = (headers: readonly string[], rows: readonly Row[]): string => {
  const widths = headers.map((h) => h.length);
  for (const row of rows) {
    if ('heading' in row) continue;
    [`  ${row.label}`, ...row.cells].forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  const last = headers.length - 1;
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 || i === last ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    ...rows.map((row) => ('heading' in row ? row.heading : line([`  ${row.label}`, ...row.cells]))),
  ].join('\n');
};

const parseChannels = (value: string | undefined): Channel[] | string => {
  if (value === undefined) return [];
  const names = value.split(',').map((c) => c.trim().toLowerCase()).filter((c) => c !== '');
  const unknown = names.find((c) => !(CHANNELS as readonly string[]).includes(c));
  return unknown === undefined ? (names as Channel[]) : unknown;
};

const textReport = (lang: Lang, client: Client, data: Insights, scope: string, csv: boolean): string => {
  const text = TEXT[lang];
  const name = (pair: [string, string]) => pair[lang === 'en' ? 0 : 1];
  const rows: Row[] = [
    { label: text.inviting, cells: comparisonCells(lang, data.participation) },
    { heading: text.byFormat },
    ...data.byFormat.map((r) => ({ label: `  ${name(FORMATS[r.key])}`, cells: comparisonCells(lang, r) })),
    { heading: text.byTone },
    ...data.byTone.map((r) => ({ label: `  ${name(TONES[r.key])}`, cells: comparisonCells(lang, r) })),
    { heading: text.byIntent },
    ...data.byIntent.map((r) => ({ label: `  ${name(INTENTS[r.key])}`, cells: comparisonCells(lang, r) })),
    { label: text.ugcRow, cells: comparisonCells(lang, data.ugc.comparison) },
  ];
  const months: Row[] = data.months.map((m) => ({ label: m.month, cells: comparisonCells(lang, m) }));
  const { replies } = data;
  const lines = [
    `${client.name} · ${scope}`,
    text.summary(data),
    ...(csv ? [`(${text.csvNote})`] : []),
    ...(data.basis.reach > 0 && data.basis.impressions > 0 ? [`(${text.mixed})`] : []),
    '',
    table(text.headers, rows),
    '',
    text.ugc(data, plain(percent(lang, data.ugc.share))),
    text.coverage(plain(percent(lang, replies.coverage)), replies.withComments, replies.unanswered),
    text.firstReply(replies.medianFirstReplyMinutes === null ? '—' : text.minutes(Math.round(replies.medianFirstReplyMinutes)), replies.timed),
    ...(months.length > 0 ? ['', text.months, table(text.headers, months)] : []),
    '',
    `(${text.method})`,
  ];
  return `${lines.join('\n')}\n\n`;
};

/** The report per client (see the module comment); returns the exit code. */
export const report = (input: Input, options: ReportOptions, io: Io): number => {
  const text = TEXT[options.lang];
  for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) {
    if (value !== undefined && !isDay(value)) return fail(io, `${flag} ${value}: expected a date as yyyy-MM-dd`);
  }
  if (options.from && options.to && options.to < options.from) return fail(io, `--to ${options.to} is before --from ${options.from}`);
  const channels = parseChannels(options.channel);
  if (typeof channels === 'string') return fail(io, `--channel ${channels}: expected one of ${CHANNELS.join(', ')}`);
  if (options.label !== undefined && !(SNAPSHOT_LABELS as readonly string[]).includes(options.label)) {
    return fail(io, `--label ${options.label}: expected one of ${SNAPSHOT_LABELS.join(', ')}`);
  }
  const label = options.label as SnapshotLabel | undefined;
  const clients = pickClients(input.clients, options.client);
  if (options.client && clients.length === 0) return fail(io, `${text.noClient} "${options.client}"`);

  const reports = clients.map((client) => ({
    client,
    data: insights(input.posts, input.results, {
      clientId: client.id,
      ...(channels.length > 0 ? { channels } : {}),
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
      ...(label ? { label } : {}),
    }),
  }));

  if (options.json) {
    io.stdout(
      `${JSON.stringify(
        reports.map(({ client, data }) => ({
          client: client.name,
          channels: channels.length > 0 ? channels : null,
          from: options.from ?? null,
          to: options.to ?? null,
          label: label ?? null,
          insights: data,
        })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }

  const scope = [
    channels.length > 0 ? channels.join(', ') : text.allChannels,
    options.from || options.to ? text.range(options.from ?? '…', options.to ?? '…') : text.allTime,
    label ? text.labelled(label) : text.latest,
  ].join(' · ');
  for (const { client, data } of reports) io.stdout(textReport(options.lang, client, data, scope, input.kind === 'csv'));
  return 0;
};
