/**
 * Words and dates for the guard's messages, in both UI languages.
 *
 * TRAP: days are formatted from their local calendar date (`dayToDate`), never from an instant, so
 * a message never shows the day before on a machine west of UTC. Formatting is cached per day:
 * analysing 100,000 posts can produce thousands of messages over a few hundred distinct days.
 */
import { format } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import { dayToDate, type Day } from '../dates';
import type { Channel } from '../model/enums';
import type { FormatId } from '../model/formats';
import type { Bilingual } from './types';

export const CHANNEL_NAMES: Readonly<Record<Channel, Bilingual>> = {
  instagram: { en: 'Instagram', fr: 'Instagram' },
  facebook: { en: 'Facebook', fr: 'Facebook' },
  linkedin: { en: 'LinkedIn', fr: 'LinkedIn' },
  tiktok: { en: 'TikTok', fr: 'TikTok' },
  x: { en: 'X', fr: 'X' },
  youtube: { en: 'YouTube', fr: 'YouTube' },
  pinterest: { en: 'Pinterest', fr: 'Pinterest' },
  threads: { en: 'Threads', fr: 'Threads' },
  bluesky: { en: 'Bluesky', fr: 'Bluesky' },
  blog: { en: 'Blog', fr: 'Blog' },
  newsletter: { en: 'Newsletter', fr: 'Lettre d’info' },
};

// Same words as the renderer's i18n catalogue (format.*), which shared/ cannot import.
export const FORMAT_NAMES: Readonly<Record<FormatId, Bilingual>> = {
  text: { en: 'Text', fr: 'Texte' },
  image: { en: 'Image', fr: 'Image' },
  carousel: { en: 'Carousel', fr: 'Carrousel' },
  video: { en: 'Video', fr: 'Vidéo' },
  short_video: { en: 'Short video', fr: 'Vidéo courte' },
  story: { en: 'Story', fr: 'Story' },
  live: { en: 'Live', fr: 'Direct' },
  infographic: { en: 'Infographic', fr: 'Infographie' },
  article: { en: 'Article', fr: 'Article' },
  tutorial: { en: 'Tutorial', fr: 'Tutoriel' },
  testimonial: { en: 'Testimonial', fr: 'Témoignage' },
  behind_the_scenes: { en: 'Behind the scenes', fr: 'Coulisses' },
  quiz: { en: 'Quiz', fr: 'Quiz' },
  poll: { en: 'Poll', fr: 'Sondage' },
  contest: { en: 'Contest', fr: 'Concours' },
  challenge: { en: 'Challenge', fr: 'Défi' },
  question: { en: 'Question', fr: 'Question' },
  ugc_repost: { en: 'UGC repost', fr: 'Reprise de contenu d’utilisateur' },
  meme: { en: 'Meme', fr: 'Mème' },
};

type DayLabels = { year: string; month: Bilingual; dayMonth: Bilingual; weekdayDayMonth: Bilingual; dayNum: string };
const cache = new Map<Day, DayLabels>();

const labelsOf = (day: Day): DayLabels => {
  let hit = cache.get(day);
  if (hit === undefined) {
    const d = dayToDate(day);
    hit = {
      year: day.slice(0, 4),
      dayNum: String(d.getDate()),
      month: { en: format(d, 'MMM', { locale: enUS }), fr: format(d, 'MMM', { locale: fr }) },
      dayMonth: { en: format(d, 'd MMM', { locale: enUS }), fr: format(d, 'd MMM', { locale: fr }) },
      weekdayDayMonth: { en: format(d, 'EEE d MMM', { locale: enUS }), fr: format(d, 'EEE d MMM', { locale: fr }) },
    };
    // The cache only grows with distinct days; a long-lived renderer never needs more than a few thousand.
    if (cache.size > 20_000) cache.clear();
    cache.set(day, hit);
  }
  return hit;
};

/** "10 Nov" / "10 nov." */
export const dayLabel = (day: Day): Bilingual => labelsOf(day).dayMonth;

/** "Tue 10 Nov" / "mar. 10 nov." */
export const weekdayLabel = (day: Day): Bilingual => labelsOf(day).weekdayDayMonth;

/**
 * "10–12 Nov", "28 Nov – 2 Dec", "28 Dec 2026 – 2 Jan 2027"; a single day when from = to.
 * French: "10–12 nov.", "28 nov. – 2 déc.".
 */
export const rangeLabel = (from: Day, to: Day): Bilingual => {
  const a = labelsOf(from);
  if (from === to) return a.dayMonth;
  const b = labelsOf(to);
  if (a.year !== b.year) {
    return {
      en: `${a.dayMonth.en} ${a.year} – ${b.dayMonth.en} ${b.year}`,
      fr: `${a.dayMonth.fr} ${a.year} – ${b.dayMonth.fr} ${b.year}`,
    };
  }
  if (from.slice(0, 7) === to.slice(0, 7)) {
    return { en: `${a.dayNum}–${b.dayMonth.en}`, fr: `${a.dayNum}–${b.dayMonth.fr}` };
  }
  return { en: `${a.dayMonth.en} – ${b.dayMonth.en}`, fr: `${a.dayMonth.fr} – ${b.dayMonth.fr}` };
};

const tenthsOf = (value: number): number => Math.round(value * 1000);

const percentOfTenths = (n: number): Bilingual => {
  const whole = Math.trunc(n / 10);
  const dec = Math.abs(n % 10);
  return {
    en: dec === 0 ? `${whole}%` : `${whole}.${dec}%`,
    fr: dec === 0 ? `${whole}\u00a0%` : `${whole},${dec}\u00a0%`,
  };
};

/** A share (0.429) as a percentage with at most one decimal: "42.9%" / "42,9 %". */
export const percentLabel = (value: number): Bilingual => percentOfTenths(tenthsOf(value));

/**
 * A share known to be above (or below) a bound, rounded so it never reads as the bound itself:
 * 50.04% above a 50% ceiling shows "50.1%", 29.96% below a 30% floor shows "29.9%".
 */
export const outsideLabel = (value: number, bound: number, side: 'above' | 'below'): Bilingual => {
  let n = tenthsOf(value);
  const b = tenthsOf(bound);
  if (side === 'above' && n <= b) n = b + 1;
  if (side === 'below' && n >= b) n = b - 1;
  return percentOfTenths(n);
};

/** A post title shortened so a reason stays one line (the messages quote it: “…” / « … »). */
export const shortTitle = (title: string): string => (title.length > 60 ? `${title.slice(0, 59)}…` : title);
