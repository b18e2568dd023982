// Shared assertions of the detection regression tests (promoRound*, inviteRound*): each caption's label,
// and that every cue's offsets point at its own text in the field it was found in (the editor highlights
// them there).
import { expect } from 'vitest';
import { detectCues } from '../../../shared/detection/detect';

const detect = (caption: string) => {
  const d = detectCues({ caption });
  for (const cue of [...d.promotionalCues, ...d.participationCues]) {
    if (cue.source === 'caption') expect(caption.slice(cue.start, cue.end)).toBe(cue.text);
  }
  return d;
};

/** Every caption is (or is not) promotional. */
export const expectPromotional = (captions: readonly string[], expected: boolean): void => {
  for (const caption of captions) expect(detect(caption).promotional, caption).toBe(expected);
};

/** Every caption does (or does not) invite participation. */
export const expectInvites = (captions: readonly string[], expected: boolean): void => {
  for (const caption of captions) expect(detect(caption).invitesParticipation, caption).toBe(expected);
};
