/**
 * The planner's words: working titles, starter captions for inviting posts, and the "why" lines
 * learned from results, in the client's language (English or French).
 *
 * French typography: a non-breaking space (U+00A0) before : ; ? ! and inside « ». Every French
 * string here is written with NB and checked by the planner's tests.
 */
import type { Bilingual } from '../analysis/types';
import { FORMAT_NAMES } from '../analysis/labels';
import type { Intent, Language } from '../model/enums';
import type { FormatId } from '../model/formats';

const NB = '\u00a0';

/** Plural format names for "Quizzes: +42% for this client". */
export const FORMAT_PLURALS: Readonly<Record<FormatId, Bilingual>> = {
  text: { en: 'Text posts', fr: 'Les textes' },
  image: { en: 'Images', fr: 'Les images' },
  carousel: { en: 'Carousels', fr: 'Les carrousels' },
  video: { en: 'Videos', fr: 'Les vidéos' },
  short_video: { en: 'Short videos', fr: 'Les vidéos courtes' },
  story: { en: 'Stories', fr: 'Les stories' },
  live: { en: 'Lives', fr: 'Les directs' },
  infographic: { en: 'Infographics', fr: 'Les infographies' },
  article: { en: 'Articles', fr: 'Les articles' },
  tutorial: { en: 'Tutorials', fr: 'Les tutoriels' },
  testimonial: { en: 'Testimonials', fr: 'Les témoignages' },
  behind_the_scenes: { en: 'Behind-the-scenes posts', fr: 'Les coulisses' },
  quiz: { en: 'Quizzes', fr: 'Les quiz' },
  poll: { en: 'Polls', fr: 'Les sondages' },
  contest: { en: 'Contests', fr: 'Les concours' },
  challenge: { en: 'Challenges', fr: 'Les défis' },
  question: { en: 'Questions', fr: 'Les questions' },
  ugc_repost: { en: 'User content reposts', fr: 'Les reprises de contenus d’utilisateurs' },
  meme: { en: 'Memes', fr: 'Les mèmes' },
};

const WEEKDAYS: Readonly<Record<Language, readonly string[]>> = {
  en: ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'],
  fr: ['Le dimanche', 'Le lundi', 'Le mardi', 'Le mercredi', 'Le jeudi', 'Le vendredi', 'Le samedi'],
};

/** +42% / +42 % (a fraction, rounded to whole percents; minus sign U+2212). */
export const signedPercent = (value: number): Bilingual => {
  const n = Math.round(value * 100);
  const s = `${n > 0 ? '+' : n < 0 ? '\u2212' : ''}${Math.abs(n)}`;
  return { en: `${s}%`, fr: `${s}${NB}%` };
};

/** "Quizzes: +42% for this client (95% interval +10% to +80%)". */
export const liftLine = (subject: Bilingual, lift: number, low: number, high: number, level: number): Bilingual => {
  const l = signedPercent(lift);
  const a = signedPercent(low);
  const b = signedPercent(high);
  const lv = Math.round(level * 100);
  return {
    en: `${subject.en}: ${l.en} for this client (${lv}% interval ${a.en} to ${b.en})`,
    fr: `${subject.fr}${NB}: ${l.fr} pour ce client (intervalle à ${lv}${NB}% de ${a.fr} à ${b.fr})`,
  };
};

export const weekdaySubject = (weekday: number): Bilingual => ({
  en: `Posts on ${WEEKDAYS.en[weekday] as string}`,
  fr: WEEKDAYS.fr[weekday] as string,
});

export const hourSubject = (hour: number): Bilingual => ({
  en: `Posts around ${String(hour).padStart(2, '0')}:00`,
  fr: `Les publications vers ${hour}${NB}h`,
});

/** "… — proposed more often" / "… — proposed less often". */
export const withConsequence = (line: Bilingual, more: boolean): Bilingual => ({
  en: `${line.en}: proposed ${more ? 'more' : 'less'} often`,
  fr: `${line.fr}${NB}: proposé${more ? ' plus' : ' moins'} souvent`,
});

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

const TOPICS: Readonly<Record<Intent, Bilingual>> = {
  informative: { en: 'tips', fr: 'conseils' },
  promotional: { en: 'our offer', fr: 'notre offre' },
  conversational: { en: 'your turn', fr: 'à vous' },
};

/** A working title: "Quiz: Tips" / "Quiz : Astuces"; "Christmas Day: behind the scenes" for an occasion. */
export const workingTitle = (
  language: Language,
  format: FormatId,
  intent: Intent,
  pillarName: string | null,
  occasionName: string | null,
): string => {
  const name = FORMAT_NAMES[format][language];
  const colon = language === 'fr' ? `${NB}: ` : ': ';
  const title =
    occasionName !== null
      ? `${occasionName}${colon}${lowerFirst(name)}`
      : `${name}${colon}${pillarName ?? TOPICS[intent][language]}`;
  const offer = intent === 'promotional' && (occasionName !== null || pillarName !== null) ? (language === 'fr' ? ' (offre)' : ' (offer)') : '';
  return `${title}${offer}`.slice(0, 200);
};

/** "Coulisses & Équipe" → "CoulissesEquipe": letters and digits only, for a hashtag. */
export const hashtagOf = (name: string | null | undefined, language: Language): string => {
  const words = (name ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const tag = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('').slice(0, 40);
  return tag.length > 0 && /\p{L}/u.test(tag) ? tag : language === 'fr' ? 'NotreCommunaute' : 'OurCommunity';
};

/**
 * A starter caption for an inviting post, suited to its format: a poll's question and options, a
 * quiz's question stub, "share your photo with #…", a contest's or challenge's call, a question.
 */
export const starterCaption = (language: Language, format: FormatId, topic: string | null, tag: string): string => {
  const about = topic ?? (language === 'fr' ? 'ce sujet' : 'this');
  if (language === 'fr') {
    switch (format) {
      case 'poll':
        return `Sondage${NB}: sur «${NB}${about}${NB}», qu’est-ce qui vous parle le plus${NB}?\n- Option A\n- Option B\n- Option C`;
      case 'quiz':
        return `Quiz${NB}: saurez-vous répondre à cette question sur «${NB}${about}${NB}»${NB}? […]\nRéponse en commentaire${NB}!`;
      case 'ugc_repost':
        return `Partagez votre photo avec #${tag}${NB}: nous reprendrons nos préférées${NB}!`;
      case 'contest':
        return `Concours${NB}: pour participer, dites-nous en commentaire ce que «${NB}${about}${NB}» représente pour vous${NB}!`;
      case 'challenge':
        return `Défi de la semaine${NB}: relevez-le et montrez-nous le résultat avec #${tag}${NB}!`;
      case 'live':
        return `Rejoignez-nous en direct${NB}: posez vos questions sur «${NB}${about}${NB}» en commentaire${NB}!`;
      case 'question':
        return `Et vous, quelle est votre question sur «${NB}${about}${NB}»${NB}? Dites-le-nous en commentaire${NB}!`;
      default:
        return `Et vous, qu’en pensez-vous${NB}? Dites-le-nous en commentaire${NB}!`;
    }
  }
  switch (format) {
    case 'poll':
      return `Poll: about “${about}”, which speaks to you most?\n- Option A\n- Option B\n- Option C`;
    case 'quiz':
      return `Quiz: can you answer this question about “${about}”? […]\nAnswer in the comments!`;
    case 'ugc_repost':
      return `Share your photo with #${tag}: we will repost our favourites!`;
    case 'contest':
      return `Contest: to enter, tell us in the comments what “${about}” means to you!`;
    case 'challenge':
      return `This week’s challenge: take it on and show us the result with #${tag}!`;
    case 'live':
      return `Join us live: bring your questions about “${about}” in the comments!`;
    case 'question':
      return `What is your question about “${about}”? Tell us in the comments!`;
    default:
      return 'What do you think? Tell us in the comments!';
  }
};

/** "18 posts: 39% playful, 17% promotional, every week invites, pillars on target, 0 warnings". */
export const summaryText = (s: {
  posts: number;
  playful: Bilingual;
  promotional: Bilingual;
  invitingWeeks: number;
  weeks: number;
  pillars: 'none' | 'on' | 'off';
  warnings: number;
}): Bilingual => {
  const en: string[] = [`${s.playful.en} playful`, `${s.promotional.en} promotional`];
  const fr: string[] = [`${s.playful.fr} ludiques`, `${s.promotional.fr} promotionnelles`];
  if (s.weeks > 0) {
    if (s.invitingWeeks === s.weeks) {
      en.push('every week invites');
      fr.push('chaque semaine invite à participer');
    } else {
      en.push(`${s.invitingWeeks} of ${s.weeks} weeks invite`);
      fr.push(`${s.invitingWeeks} semaine${s.invitingWeeks > 1 ? 's' : ''} sur ${s.weeks} invite${s.invitingWeeks > 1 ? 'nt' : ''} à participer`);
    }
  }
  if (s.pillars !== 'none') {
    en.push(s.pillars === 'on' ? 'pillars on target' : 'pillars off target');
    fr.push(s.pillars === 'on' ? 'piliers dans la cible' : 'piliers hors de la cible');
  }
  en.push(`${s.warnings} warning${s.warnings === 1 ? '' : 's'}`);
  fr.push(`${s.warnings} alerte${s.warnings > 1 ? 's' : ''}`);
  return {
    en: `${s.posts} post${s.posts === 1 ? '' : 's'}: ${en.join(', ')}`,
    fr: `${s.posts} publication${s.posts > 1 ? 's' : ''}${NB}: ${fr.join(', ')}`,
  };
};
