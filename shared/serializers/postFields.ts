/**
 * Turns the fields read from one CSV row or ICS event into a valid PostInput, filling what the file
 * leaves out, or into specific, readable errors ("line 3: unknown format 'reel' — expected one of …").
 *
 * Defaults, when a value is missing or blank: format `defaults.format` or 'text'; channel
 * `defaults.channel` (none → error); tone the format's usual tone; intent 'informative';
 * invitesParticipation what the format implies; status 'idea' without a date, else `defaults.status`
 * or 'scheduled'; intentSource / participationSource 'user' when the file gave the value, else 'auto';
 * pillar and evergreen none (see pillarCells.ts for how they are read).
 */
import type { z } from 'zod';
import type { Day } from '../dates';
import type { Channel, Intent, Status, Tone } from '../model/enums';
import type { FormatId } from '../model/formats';
import { formatInfo } from '../model/formats';
import { MAX_FIRST_COMMENT, PostInputSchema } from '../model/post';
import type { PostInput } from '../model/post';
import type { Pillar } from '../model/pillars';
import { matchPillar, readEvergreen } from './pillarCells';
import type { ImportDefaults, ImportError } from './types';
import { problem } from './types';
import {
  CHANNEL_VALUES,
  FORMAT_VALUES,
  INTENT_VALUES,
  SOURCE_VALUES,
  STATUS_VALUES,
  TONE_VALUES,
  normaliseKey,
  parseBoolean,
} from './values';

/** Raw text fields; an enum field that is undefined or blank takes its default. */
export type RawPostFields = {
  clientId: string;
  title: string;
  caption: string;
  notes: string;
  /** The first comment, as written (not trimmed); undefined or '' → none. */
  firstComment?: string;
  date: Day | null;
  time: string | null;
  tags: string[];
  channel?: string;
  format?: string;
  tone?: string;
  intent?: string;
  invites?: string;
  status?: string;
  intentSource?: string;
  participationSource?: string;
  /** Backlog position (fractional key); blank or undefined → null. */
  order?: string;
  /** The series as JSON ({ id, rule, start }); blank or undefined → not in a series. */
  series?: string;
  /** A pillar's name (or id); blank or undefined → none. */
  pillar?: string;
  /** Weeks between two uses of an evergreen idea; blank or undefined → not evergreen. */
  evergreenWeeks?: string;
  /** The day an evergreen idea was last used, already read as a day (null: never, or not given). */
  evergreenLastUsed?: Day | null;
};

/** `pillarName`: the pillar as the file names it (trimmed), null when blank or not given. */
export type BuiltPost = { ok: true; post: PostInput; pillarName: string | null } | { ok: false; errors: ImportError[] };

const blank = (raw: string | undefined): raw is undefined => raw === undefined || raw.trim() === '';

const quote = (raw: string): string => `'${raw.length > 60 ? `${raw.slice(0, 57)}…` : raw}'`;

const TOO_LONG: Record<string, [ImportError['code'], string, number]> = {
  'errors.titleTooLong': ['row.titleTooLong', 'title is longer than 200 characters', 200],
  'errors.captionTooLong': ['row.captionTooLong', 'caption is longer than 5000 characters', 5000],
  'errors.notesTooLong': ['row.notesTooLong', 'notes are longer than 10000 characters', 10000],
  'errors.firstCommentTooLong': [
    'row.firstCommentTooLong',
    `first comment is longer than ${MAX_FIRST_COMMENT} characters (Instagram's and TikTok's comment limit)`,
    MAX_FIRST_COMMENT,
  ],
};

/** A zod issue on a post as a readable import error. */
const describeIssue = (issue: z.core.$ZodIssue, line: number | undefined, tags: string[]): ImportError => {
  const field = String(issue.path[0] ?? 'post');
  const long = TOO_LONG[issue.message];
  if (long) return problem(long[0], line, long[1], { field, params: { max: long[2] } });
  if (issue.message === 'errors.titleRequired') return problem('row.titleEmpty', line, 'title is empty', { field });
  if (issue.message === 'errors.dateRequired') {
    return problem('row.dateRequired', line, 'a post that is not an idea needs a date', { field });
  }
  if (field === 'tags' && issue.path.length > 1) {
    const tag = tags[Number(issue.path[1])] ?? '';
    return problem('row.tagInvalid', line, `tag ${quote(tag)} must be 1 to 40 characters`, { field, params: { tag } });
  }
  if (field === 'tags') return problem('row.tooManyTags', line, 'more than 30 tags', { field, params: { max: 30 } });
  if (field === 'clientId') return problem('row.clientMissing', line, 'no client for this post', { field });
  const text = `${field} is invalid (${issue.message})`;
  return problem('row.invalid', line, text, { field, params: { issue: issue.message } });
};

/**
 * A PostInput from raw fields, or every problem found in them. `pillars`: the client's pillars, which
 * a pillar cell must name (else the row is refused); undefined when the client is not known yet: the
 * post then has no pillar and `pillarName` carries the name for the caller to match.
 */
export const buildPost = (
  raw: RawPostFields,
  defaults: ImportDefaults,
  line: number | undefined,
  pillars?: readonly Pillar[],
): BuiltPost => {
  const errors: ImportError[] = [];
  const pick = <T extends string>(field: string, value: string | undefined, values: ReadonlyMap<string, T>) => {
    if (blank(value)) return undefined;
    const found = values.get(normaliseKey(value));
    if (found === undefined) {
      const expected = [...new Set(values.values())].join(', ');
      const text = `unknown ${field} ${quote(value.trim())} — expected one of ${expected}`;
      errors.push(problem('row.unknownValue', line, text, { field, params: { field, value: value.trim(), expected } }));
    }
    return found;
  };

  const format: FormatId = pick('format', raw.format, FORMAT_VALUES) ?? defaults.format ?? 'text';
  const channel: Channel | undefined = pick('channel', raw.channel, CHANNEL_VALUES) ?? defaults.channel;
  if (channel === undefined && blank(raw.channel)) {
    errors.push(problem('row.channelMissing', line, 'channel is empty', { field: 'channel' }));
  }
  const tone: Tone = pick('tone', raw.tone, TONE_VALUES) ?? defaults.tone ?? formatInfo(format).defaultTone;
  const intentGiven = pick('intent', raw.intent, INTENT_VALUES);
  const intent: Intent = intentGiven ?? defaults.intent ?? 'informative';
  const statusGiven = pick('status', raw.status, STATUS_VALUES);
  const status: Status = statusGiven ?? (raw.date === null ? 'idea' : (defaults.status ?? 'scheduled'));
  let invites: boolean | null = null;
  if (!blank(raw.invites)) {
    const value = raw.invites.trim();
    invites = parseBoolean(value);
    if (invites === null) {
      const text = `invites_participation ${quote(value)} is not yes or no (true/false)`;
      errors.push(problem('row.booleanInvalid', line, text, { field: 'invitesParticipation', params: { value } }));
    }
  }
  const intentSource = pick('intent source', raw.intentSource, SOURCE_VALUES) ?? (intentGiven ? 'user' : 'auto');
  const participationSource =
    pick('participation source', raw.participationSource, SOURCE_VALUES) ?? (invites === null ? 'auto' : 'user');
  let series: unknown = null;
  if (!blank(raw.series)) {
    try {
      series = JSON.parse(raw.series);
    } catch {
      errors.push(problem('row.invalid', line, `series ${quote(raw.series.trim())} is not valid JSON`, { field: 'series', params: { issue: 'json' } }));
    }
  }
  const pillarName = blank(raw.pillar) ? null : raw.pillar.trim();
  let pillar: string | null = null;
  if (pillarName !== null && pillars !== undefined) {
    const match = matchPillar(pillarName, pillars, line);
    if (match.ok) pillar = match.id;
    else errors.push(match.error);
  }
  const evergreen = readEvergreen(raw.evergreenWeeks, raw.evergreenLastUsed ?? null, line);
  if (!evergreen.ok) errors.push(evergreen.error);
  if (errors.length > 0 || channel === undefined || !evergreen.ok) return { ok: false, errors };

  const parsed = PostInputSchema.safeParse({
    clientId: raw.clientId,
    title: raw.title,
    caption: raw.caption,
    date: raw.date,
    time: raw.time,
    channel,
    format,
    tone,
    intent,
    invitesParticipation: invites ?? formatInfo(format).invitesByNature,
    intentSource,
    participationSource,
    status,
    tags: raw.tags,
    order: blank(raw.order) ? null : raw.order,
    series,
    notes: raw.notes,
    // Left out when empty, as the app stores a post without one: '' and none read the same.
    ...(raw.firstComment === undefined || raw.firstComment === '' ? {} : { firstComment: raw.firstComment }),
    pillar,
    evergreen: evergreen.value,
  });
  if (parsed.success) return { ok: true, post: parsed.data, pillarName };
  return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, line, raw.tags)) };
};
