/**
 * The guard's sentences, in English and French (internal to shared/analysis). Dates come formatted
 * from labels.ts; French follows the app's catalogue (plain spaces before ':' and '%', « »).
 */
import type { Day } from '../dates';
import type { Channel } from '../model/enums';
import type { FormatId } from '../model/formats';
import {
  CHANNEL_NAMES,
  FORMAT_NAMES,
  dayLabel,
  outsideLabel,
  percentLabel,
  rangeLabel,
  shortTitle,
  weekdayLabel,
} from './labels';
import type { Bilingual, Warning } from './types';

/**
 * A sentence in both languages, written when first read. PERF: an analysis of 100,000 posts raises
 * thousands of warnings; the app shows twenty, the command line prints them all. A class with its own
 * two getters costs what a plain object does; an accessor property defined on each warning cost
 * about a microsecond a warning (a tenth of a dense analysis).
 *
 * TRAP: `en` and `fr` live on the prototype. Read them, or go through JSON (`toJSON` writes both);
 * a spread copy or a structuredClone of the text itself comes out empty.
 */
export class LazyText implements Bilingual {
  #write: (() => Bilingual) | undefined;
  #text: Bilingual | undefined;

  constructor(write: () => Bilingual) {
    this.#write = write;
  }

  #value(): Bilingual {
    if (this.#text === undefined) {
      this.#text = (this.#write as () => Bilingual)();
      this.#write = undefined;
    }
    return this.#text;
  }

  get en(): string {
    return this.#value().en;
  }

  get fr(): string {
    return this.#value().fr;
  }

  toJSON(): Bilingual {
    return { en: this.en, fr: this.fr };
  }
}

/** A warning whose message is written when first read (see LazyText). */
export const withMessage = (warning: Omit<Warning, 'message'>, write: () => Bilingual): Warning => {
  const out = warning as Warning;
  out.message = new LazyText(write);
  return out;
};

const on = (channel: Channel | undefined): Bilingual =>
  channel === undefined
    ? { en: '', fr: '' }
    : { en: ` on ${CHANNEL_NAMES[channel].en}`, fr: ` sur ${CHANNEL_NAMES[channel].fr}` };

export const streakMessage = (n: number, from: Day, to: Day, max: number, channel?: Channel): Bilingual => {
  const r = rangeLabel(from, to);
  const c = on(channel);
  return {
    en: `${n} promotional posts in a row${c.en} (${r.en}): more than ${max} in a row tires your audience.`,
    fr: `${n} publications promotionnelles d’affilée${c.fr} (${r.fr})\u00a0: plus de ${max} d’affilée lassent votre audience.`,
  };
};

export const repeatMessage = (format: FormatId, n: number, from: Day, to: Day, channel?: Channel): Bilingual => {
  const r = rangeLabel(from, to);
  const c = on(channel);
  const f = FORMAT_NAMES[format];
  return {
    en: `${f.en} ${n} times in a row${c.en} (${r.en}): vary the format to keep attention.`,
    fr: `${f.fr} ${n} fois de suite${c.fr} (${r.fr})\u00a0: variez les formats pour retenir l’attention.`,
  };
};

export const shareMessage = (
  promo: number,
  total: number,
  from: Day,
  to: Day,
  maxShare: number,
  windowDays: number,
  preset?: Bilingual,
): Bilingual => {
  const r = rangeLabel(from, to);
  const pct = outsideLabel(promo / total, maxShare, 'above');
  const max = percentLabel(maxShare);
  const p = preset === undefined ? { en: '', fr: '' } : { en: ` (${preset.en})`, fr: ` (${preset.fr.toLowerCase()})` };
  return {
    en: `${promo} of ${total} posts promotional (${r.en}): ${pct.en}, more than the ${max.en} allowed over any ${windowDays} days${p.en}.`,
    fr: `${promo} publications promotionnelles sur ${total} (${r.fr})\u00a0: ${pct.fr}, plus que les ${max.fr} admis sur ${windowDays} jours${p.fr}.`,
  };
};

export const participationMessage = (weekStart: Day, total: number): Bilingual => {
  const d = dayLabel(weekStart);
  return total === 1
    ? {
        en: `Week of ${d.en}: its only post does not invite participation (question, poll, contest…).`,
        fr: `Semaine du ${d.fr}\u00a0: sa seule publication n’invite pas à participer (question, sondage, concours…).`,
      }
    : {
        en: `Week of ${d.en}: none of its ${total} posts invites participation (question, poll, contest…).`,
        fr: `Semaine du ${d.fr}\u00a0: aucune de ses ${total} publications n’invite à participer (question, sondage, concours…).`,
      };
};

export const playfulMessage = (weekStart: Day, playful: number, total: number, min: number, max: number): Bilingual => {
  const d = dayLabel(weekStart);
  const below = playful / total < min;
  const pct = below ? outsideLabel(playful / total, min, 'below') : outsideLabel(playful / total, max, 'above');
  const lo = percentLabel(min);
  const hi = percentLabel(max);
  return below
    ? {
        en: `Week of ${d.en}: ${pct.en} playful posts (${playful} of ${total}), below the target of ${lo.en} to ${hi.en}.`,
        fr: `Semaine du ${d.fr}\u00a0: ${pct.fr} de publications ludiques (${playful} sur ${total}), sous la cible de ${lo.fr} à ${hi.fr}.`,
      }
    : {
        en: `Week of ${d.en}: ${pct.en} playful posts (${playful} of ${total}), above the target of ${lo.en} to ${hi.en}.`,
        fr: `Semaine du ${d.fr}\u00a0: ${pct.fr} de publications ludiques (${playful} sur ${total}), au-dessus de la cible de ${lo.fr} à ${hi.fr}.`,
      };
};

export const frequencyMessage = (channel: Channel, day: Day, n: number, max: number): Bilingual => {
  const d = weekdayLabel(day);
  const c = CHANNEL_NAMES[channel];
  return {
    en: `${n} posts on ${c.en} on ${d.en}: the guide is ${max} a day at most.`,
    fr: `${n} publications sur ${c.fr} le ${d.fr}\u00a0: le repère est de ${max} par jour au plus.`,
  };
};

/** What a move or swap achieves, per rule. */
export type FixEffect = 'streak' | 'repeat';
const EFFECT: Record<FixEffect, Bilingual> = {
  streak: { en: 'the streak is broken', fr: 'la série est rompue' },
  repeat: { en: 'the repetition is broken', fr: 'la répétition est rompue' },
};

export const moveReason = (title: string, to: Day, effect: FixEffect): Bilingual => {
  const t = shortTitle(title);
  const d = weekdayLabel(to);
  return {
    en: `Move “${t}” to ${d.en}, a day with no post: ${EFFECT[effect].en}.`,
    fr: `Déplacer «\u00a0${t}\u00a0» au ${d.fr}, un jour sans publication\u00a0: ${EFFECT[effect].fr}.`,
  };
};

export const moveForRoomReason = (title: string, to: Day, channel: Channel): Bilingual => {
  const t = shortTitle(title);
  const d = weekdayLabel(to);
  const c = CHANNEL_NAMES[channel];
  return {
    en: `Move “${t}” to ${d.en}, which has room on ${c.en}.`,
    fr: `Déplacer «\u00a0${t}\u00a0» au ${d.fr}, où ${c.fr} a encore de la place.`,
  };
};

export const swapReason = (titleA: string, titleB: string, effect: FixEffect): Bilingual => {
  const a = shortTitle(titleA);
  const b = shortTitle(titleB);
  return {
    en: `Swap the days of “${a}” and “${b}” (each keeps its time): ${EFFECT[effect].en}.`,
    fr: `Échanger les jours de «\u00a0${a}\u00a0» et «\u00a0${b}\u00a0» (chacune garde son heure)\u00a0: ${EFFECT[effect].fr}.`,
  };
};

export const questionReason = (title: string, format: FormatId, lift: number | undefined): Bilingual => {
  const t = shortTitle(title);
  const base = {
    en: `Turn “${t}” into an invitation to take part: end its caption with a question to your audience.`,
    fr: `Faire de «\u00a0${t}\u00a0» une invitation à participer\u00a0: terminez sa légende par une question à votre audience.`,
  };
  if (lift === undefined || !(lift > 0)) return base;
  const f = FORMAT_NAMES[format];
  const l = percentLabel(lift);
  return {
    en: `${base.en} ${f.en} posts earned +${l.en} for this client.`,
    fr: `${base.fr} Les publications au format ${f.fr} ont obtenu +${l.fr} pour ce client.`,
  };
};
