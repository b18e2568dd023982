import type { FormatId } from '../model/formats';

/** Why a caption counts as inviting participation. 'format' comes from the post's format, not its text. */
export const PARTICIPATION_CUE_KINDS = [
  'question-to-audience',
  'call-to-comment',
  'vote',
  'share-story',
  'tag-someone',
  'send-content',
  'quiz-poll-contest',
  'format',
] as const;
export type ParticipationCueKind = (typeof PARTICIPATION_CUE_KINDS)[number];

/** Why a caption counts as promotional. */
export const PROMOTIONAL_CUE_KINDS = [
  'price',
  'discount',
  'promo-code',
  'free-offer',
  'limited-offer',
  'buy-cta',
  'link-in-bio',
  'launch',
  'sponsored',
  'donation',
] as const;
export type PromotionalCueKind = (typeof PROMOTIONAL_CUE_KINDS)[number];

export type CueKind = ParticipationCueKind | PromotionalCueKind;

/**
 * Where a cue was found. Offsets index into that field as the caller passed it (not into any
 * normalised copy), so `input[source].slice(start, end) === text` always holds for text cues.
 * A 'format' cue points at no text: `text` is the format id and `start === end === 0`.
 */
export type CueSource = 'title' | 'caption' | 'format';

export type Cue = {
  kind: CueKind;
  source: CueSource;
  /** The exact substring of the field, for highlighting. */
  text: string;
  start: number;
  end: number;
};

export type DetectionInput = {
  title?: string;
  caption: string;
  format?: FormatId;
  /** The client's language. Only a hint: both languages' patterns always run, since captions mix them. */
  language?: 'en' | 'fr';
};

export type Detection = {
  invitesParticipation: boolean;
  promotional: boolean;
  participationCues: Cue[];
  promotionalCues: Cue[];
};
