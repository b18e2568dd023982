import type { FormatId } from '../model/formats';

/**
 * The question the guard's "Turn into a question" fix suggests, appended to a post's caption in the
 * editor, where the user edits it before saving. Nothing counts as inviting until the SAVED caption
 * is detected as inviting (shared/detection), so every suggestion is written to be detected on its
 * own, in either language, and never to read as promotional (tests/unit/analysis/questionSuggestions).
 *
 * In the client's language (the audience's, not the interface's). French follows French typography:
 * U+00A0 before ? ! : ; and the typographic apostrophe.
 *
 * `brand`: the client's name, for the formats that speak of the audience's relation to it
 * (testimonials): "What’s your story with Bloom Bakery?". Without it they say "us".
 */

type Writer = (brand: string | null) => string;

const NB = '\u00a0';

const EN: Record<FormatId, Writer> = {
  text: () => 'What do you think? Tell us in the comments.',
  image: () => 'What’s the first thing you notice? Tell us in the comments.',
  carousel: () => 'Which slide is your favourite? Tell us in the comments.',
  video: () => 'What would you like us to film next? Tell us in the comments.',
  short_video: () => 'Would you give it a try? Tell us in the comments.',
  story: () => 'Which one would you pick? Reply to this story.',
  live: () => 'What should we cover live? Leave your questions in the comments.',
  infographic: () => 'Which figure surprised you most? Tell us in the comments.',
  article: () => 'What’s your take? Share it in the comments.',
  tutorial: () => 'Which step do you find the trickiest? Tell us in the comments.',
  testimonial: (brand) => `What’s your story with ${brand ?? 'us'}? Tell us below.`,
  behind_the_scenes: () => 'What would you like to see behind the scenes next? Tell us in the comments.',
  quiz: () => 'Quiz time! Which answer is right: A, B or C? Reply in the comments.',
  poll: () => 'A or B? Vote in the comments.',
  contest: () => 'To enter, tag a friend in the comments and tell us why!',
  challenge: () => 'Who’s in? Share your take on the challenge in the comments.',
  question: () => 'What’s your answer? Tell us in the comments.',
  ugc_repost: () => 'Want to be featured next? Send us your photos!',
  meme: () => 'Who else does this? Tag a friend who needs to see it.',
};

const FR: Record<FormatId, Writer> = {
  text: () => `Qu’en pensez-vous${NB}? Dites-le-nous en commentaire.`,
  image: () => `Qu’est-ce qui vous saute aux yeux en premier${NB}? Dites-le-nous en commentaire.`,
  carousel: () => `Quelle est votre slide préférée${NB}? Dites-le-nous en commentaire.`,
  video: () => `Que voulez-vous qu’on filme la prochaine fois${NB}? Dites-le-nous en commentaire.`,
  short_video: () => `Vous testeriez${NB}? Dites-le-nous en commentaire.`,
  story: () => `Vous choisiriez lequel${NB}? Répondez à cette story${NB}!`,
  live: () => `De quoi voulez-vous qu’on parle en live${NB}? Posez vos questions en commentaire.`,
  infographic: () => `Quel chiffre vous surprend le plus${NB}? Dites-le-nous en commentaire.`,
  article: () => `Et vous, qu’en pensez-vous${NB}? Donnez-nous votre avis en commentaire.`,
  tutorial: () => `Quelle étape vous semble la plus délicate${NB}? Dites-le-nous en commentaire.`,
  testimonial: (brand) => `Et vous, quelle est votre histoire avec ${brand ?? 'nous'}${NB}? Racontez-nous tout en commentaire${NB}!`,
  behind_the_scenes: () => `Que voulez-vous découvrir en coulisses la prochaine fois${NB}? Dites-le-nous en commentaire.`,
  quiz: () => `Quiz${NB}: quelle est la bonne réponse, A, B ou C${NB}? Répondez en commentaire${NB}!`,
  poll: () => `A ou B${NB}? Votez en commentaire${NB}!`,
  contest: () => `Pour participer, identifiez un ami en commentaire et dites-nous pourquoi${NB}!`,
  challenge: () => `Qui relève le défi${NB}? Partagez votre version en commentaire${NB}!`,
  question: () => `Et vous, quelle est votre réponse${NB}? Dites-le-nous en commentaire.`,
  ugc_repost: () => `Envie d’être mis en avant${NB}? Envoyez-nous vos photos${NB}!`,
  meme: () => `Qui se reconnaît${NB}? Identifiez un ami qui fait pareil.`,
};

export type QuestionRequest = { format: FormatId; language: 'en' | 'fr'; brand?: string | null };

/** The question suggested for a post of this format, in this language. */
export const suggestedQuestion = ({ format, language, brand }: QuestionRequest): string => {
  const name = brand?.trim() ? brand.trim() : null;
  return (language === 'fr' ? FR : EN)[format](name);
};

/** A caption with a question appended, and where the question is in it (to select it for editing). */
export type AppendedQuestion = { caption: string; start: number; end: number };

/**
 * Appends `question` after the caption, as a paragraph of its own (trailing blank space of the
 * caption is dropped first, so it does not pile up); an empty caption becomes the question alone.
 */
export const appendQuestion = (caption: string, question: string): AppendedQuestion => {
  const kept = caption.trimEnd();
  const head = kept === '' ? '' : `${kept}\n\n`;
  return { caption: head + question, start: head.length, end: head.length + question.length };
};
