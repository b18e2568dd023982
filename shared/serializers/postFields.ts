/**
 * Turns the fields read from one CSV row or ICS event into a valid PostInput, filling what the file
 * leaves out, or into specific, readable errors ("line 3: unknown format 'reel' — expected one of …").
 */
import type { z } from 'zod';
import type { Day } from '../dates';
import type { Channel, Intent, Status, Tone } from '../model/enums';
import type { FormatId } from '../model/formats';
import { formatInfo } from '../model/formats';
import { PostInputSchema } from '../model/post';
import type { PostInput } from '../model/post';
import type { ImportDefaults, ImportError } from './types';
import { at } from './types';
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
};

const blank = (raw: string | undefined): boolean => raw === undefined || raw.trim() === '';

const quote = (raw: string): string => `'${raw.length > 60 ? `${raw.slice(0, 57)}…` : raw}'`;

/** Builds the error for an unknown enum value. */
const unknownValue = (line: number | undefined, field: string, raw: string, allowed: readonly string[]): ImportError => ({
  code: 'row.unknownValue',
  line,
  field,
  params: { field, value: raw, expected: allowed.join(', ') },
  message: `${at(line)}unknown ${field} ${quote(raw)} — expected one of ${allowed.join(', ')}`,
});

const describeIssue = (issue: z.core.$ZodIssue, line: number | undefined, fields: RawPostFields): ImportError => {
  const field = String(issue.path[0] ?? 'post');
  const base = { line, field };
  const prefix = at(line);
  switch (issue.message) {
    case 'errors.titleRequired':
      return { ...base, code: 'row.titleEmpty', message: `${prefix}title is empty` };
    case 'errors.titleTooLong':
      return { ...base, code: 'row.titleTooLong', params: { max: 200 }, message: `${prefix}title is longer than 200 characters` };
    case 'errors.captionTooLong':
      return { ...base, code: 'row.captionTooLong', params: { max: 5000 }, message: `${prefix}caption is longer than 5000 characters` };
    case 'errors.notesTooLong':
      return { ...base, code: 'row.notesTooLong', params: { max: 10000 }, message: `${prefix}notes are longer than 10000 characters` };
    case 'errors.dateRequired':
      return {
        ...base,
        code: 'row.dateRequired',
        params: { status: String(fields.status ?? '') },
        message: `${prefix}a post that is not an idea needs a date`,
      };
    default:
      break;
  }
  if (field === 'tags') {
    if (issue.path.length > 1) {
      const tag = fields.tags[Number(issue.path[1])] ?? '';
      return { ...base, code: 'row.tagInvalid', params: { tag }, message: `${prefix}tag ${quote(tag)} must be 1 to 40 characters` };
    }
    return { ...base, code: 'row.tooManyTags', params: { max: 30 }, message: `${prefix}more than 30 tags` };
  }
  if (field === 'clientId') return { ...base, code: 'row.clientMissing', message: `${prefix}no client for this post` };
  return { ...base, code: 'row.invalid', params: { issue: issue.message }, message: `${prefix}${field} is invalid (${issue.message})` };
};

/** A PostInput from raw fields, or every problem found in them. */
export const buildPost = (
  raw: RawPostFields,
  defaults: ImportDefaults,
  line: number | undefined,
): { ok: true; post: PostInput } | { ok: false; errors: ImportError[] } => {
  const errors: ImportError[] = [];
  const pick = <T extends string>(field: string, value: string | undefined, values: ReadonlyMap<string, T>): T | undefined => {
    if (blank(value)) return undefined;
    const found = values.get(normaliseKey(value as string));
    if (found === undefined) errors.push(unknownValue(line, field, (value as string).trim(), [...new Set(values.values())]));
    return found;
  };

  const format: FormatId = pick('format', raw.format, FORMAT_VALUES) ?? defaults.format ?? 'text';
  const channel: Channel | undefined = pick('channel', raw.channel, CHANNEL_VALUES) ?? defaults.channel;
  if (channel === undefined && blank(raw.channel)) {
    errors.push({ code: 'row.channelMissing', line, field: 'channel', message: `${at(line)}channel is empty` });
  }
  const tone: Tone = pick('tone', raw.tone, TONE_VALUES) ?? defaults.tone ?? formatInfo(format).defaultTone;
  const intentGiven = pick('intent', raw.intent, INTENT_VALUES);
  const intent: Intent = intentGiven ?? defaults.intent ?? 'informative';
  const status: Status = pick('status', raw.status, STATUS_VALUES) ?? (raw.date === null ? 'idea' : (defaults.status ?? 'scheduled'));
  let invites: boolean | null = null;
  if (!blank(raw.invites)) {
    invites = parseBoolean(raw.invites as string);
    if (invites === null) {
      errors.push({
        code: 'row.booleanInvalid',
        line,
        field: 'invitesParticipation',
        params: { value: (raw.invites as string).trim() },
        message: `${at(line)}invites_participation ${quote((raw.invites as string).trim())} is not yes or no (true/false)`,
      });
    }
  }
  const intentSource = pick('intent source', raw.intentSource, SOURCE_VALUES) ?? (intentGiven ? 'user' : 'auto');
  const participationSource = pick('participation source', raw.participationSource, SOURCE_VALUES) ?? (invites === null ? 'auto' : 'user');
  if (errors.length > 0 || channel === undefined) return { ok: false, errors };

  const fields = { ...raw, status };
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
    notes: raw.notes,
  });
  if (parsed.success) return { ok: true, post: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, line, fields)) };
};
