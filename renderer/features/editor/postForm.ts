import type { Client } from '../../../shared/model/client';
import type { Channel, Intent, Status, Tone } from '../../../shared/model/enums';
import { FORMATS, type FormatId } from '../../../shared/model/formats';
import type { MediaItem } from '../../../shared/model/media';
import { PostInputSchema, fieldErrors, type Post, type PostInput } from '../../../shared/model/post';

/** The editor's state: what the user typed, as typed, until it is validated on save. */
export type PostForm = {
  title: string;
  date: string;
  time: string;
  channel: Channel;
  format: FormatId;
  tone: Tone;
  intent: Intent;
  invitesParticipation: boolean;
  /** 'auto': intent and participation follow what Cadence detects; 'user': the user's choice wins. */
  intentSource: 'auto' | 'user';
  participationSource: 'auto' | 'user';
  status: Status;
  tags: string;
  caption: string;
  /** Posted as the first comment (copied apart by the publish helper); '' for none. */
  firstComment: string;
  notes: string;
  /** A pillar id of the client, '' for none (an id the client no longer has stays until changed). */
  pillar: string;
  /** An idea the planner may propose again every `everyWeeks` weeks; `lastUsed` is kept as stored. */
  evergreen: { on: boolean; everyWeeks: string; lastUsed: string | null };
  /** Pictures and videos in carousel order, their bytes already stored (see features/media/attach.ts). */
  media: MediaItem[];
};

const NO_EVERGREEN: PostForm['evergreen'] = { on: false, everyWeeks: '8', lastUsed: null };

export const emptyForm = (client: Client | null, date: string): PostForm => ({
  title: '',
  date,
  time: '',
  channel: client?.channels[0] ?? 'instagram',
  format: 'image',
  tone: FORMATS.image.defaultTone,
  intent: 'informative',
  invitesParticipation: FORMATS.image.invitesByNature,
  intentSource: 'auto',
  participationSource: 'auto',
  status: 'draft',
  tags: '',
  caption: '',
  firstComment: '',
  notes: '',
  pillar: '',
  evergreen: NO_EVERGREEN,
  media: [],
});

export const formFromPost = (post: Post): PostForm => ({
  title: post.title,
  date: post.date ?? '',
  time: post.time ?? '',
  channel: post.channel,
  format: post.format,
  tone: post.tone,
  intent: post.intent,
  invitesParticipation: post.invitesParticipation,
  intentSource: post.intentSource,
  participationSource: post.participationSource,
  status: post.status,
  tags: post.tags.join(', '),
  caption: post.caption,
  firstComment: post.firstComment ?? '',
  notes: post.notes,
  pillar: post.pillar ?? '',
  evergreen: post.evergreen ? { on: true, everyWeeks: String(post.evergreen.everyWeeks), lastUsed: post.evergreen.lastUsed } : NO_EVERGREEN,
  media: [...(post.media ?? [])],
});

/** Choosing a format brings its usual tone (participation follows from detection, see withDetection). */
export const withFormat = (form: PostForm, format: FormatId): PostForm => ({
  ...form,
  format,
  tone: FORMATS[format].defaultTone,
  invitesParticipation:
    form.participationSource === 'user'
      ? form.invitesParticipation
      : FORMATS[format].invitesByNature || (form.invitesParticipation && !FORMATS[form.format].invitesByNature),
});

/**
 * Intent and participation as the form will save them: what detection found, unless the user set them,
 * in which case the user's choice stays (and is stored as theirs).
 */
export const withDetection = (form: PostForm, detected: { intent: PostForm['intent']; invites: boolean }): PostForm => ({
  ...form,
  intent: form.intentSource === 'auto' ? detected.intent : form.intent,
  invitesParticipation: form.participationSource === 'auto' ? detected.invites : form.invitesParticipation,
});

/** "9:30" and "0930" are read as 09:30; anything else is left for the schema to refuse. */
export const normaliseTime = (raw: string): string => {
  const value = raw.trim();
  const short = /^(\d{1,2})[:h.]?(\d{2})$/i.exec(value);
  if (!short) return value;
  return `${short[1]!.padStart(2, '0')}:${short[2]}`;
};

export const parseTags = (raw: string): string[] => [
  ...new Set(
    raw
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  ),
];

export type FormResult = { ok: true; input: PostInput } | { ok: false; errors: Partial<Record<string, string>> };

/** Validates the form as the store will, so every error is shown next to its field before saving. */
export const toInput = (form: PostForm, clientId: string): FormResult => {
  const time = normaliseTime(form.time);
  const parsed = PostInputSchema.safeParse({
    clientId,
    title: form.title,
    caption: form.caption,
    firstComment: form.firstComment,
    date: form.date === '' ? null : form.date,
    time: time === '' ? null : time,
    channel: form.channel,
    format: form.format,
    tone: form.tone,
    intent: form.intent,
    invitesParticipation: form.invitesParticipation,
    intentSource: form.intentSource,
    participationSource: form.participationSource,
    status: form.status,
    tags: parseTags(form.tags),
    notes: form.notes,
    pillar: form.pillar === '' ? null : form.pillar,
    // "12" is 12 weeks; "", "1.5" or "abc" reach the schema as not a whole number and are refused there.
    evergreen: form.evergreen.on
      ? { everyWeeks: /^\s*\d+\s*$/.test(form.evergreen.everyWeeks) ? Number(form.evergreen.everyWeeks) : Number.NaN, lastUsed: form.evergreen.lastUsed }
      : null,
    // Always given, even empty: a save spreads the input over the stored post, so leaving it out would
    // keep the media the user removed.
    media: form.media,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors = fieldErrors(parsed.error);
  if (errors.tags) errors.tags = 'errors.tagInvalid';
  return { ok: false, errors };
};
