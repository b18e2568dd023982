import type { Channel, Status } from '../model/enums';
import type { FormatId } from '../model/formats';

/**
 * Every word of a review pack, in English and French (issue 17). The pack is read by the client, in
 * the client's language, far from Cadence: it must not depend on the renderer's i18n, so its words
 * live here, next to the builder. Channel, status and format names repeat renderer/i18n's on purpose.
 * `{name}` placeholders are filled by `fill` (the builder) or by the reviewer script (`script.*`).
 * French typography: a non-breaking space (U+00A0) before : ; ? ! and inside « ».
 */
export type PackLanguage = 'en' | 'fr';

export type PackStrings = {
  lang: PackLanguage;
  /** `{client}`, `{range}` */
  title: string;
  intro: string;
  madeOn: string;
  months: readonly string[];
  /** Sunday first, as Date#getDay counts. */
  weekdays: readonly string[];
  weekdaysShort: readonly string[];
  /** `{weekday}`, `{day}`, `{month}`, `{year}` */
  longDay: string;
  gridHeading: string;
  listHeading: string;
  noPosts: string;
  noTime: string;
  /** Between a label and its value: ': ' in English, ' : ' (non-breaking space first) in French. */
  colon: string;
  channelLabel: string;
  formatLabel: string;
  statusLabel: string;
  previewHeading: string;
  /** `{network}` */
  previewFolded: string;
  previewWhole: string;
  more: string;
  captionHeading: string;
  emptyCaption: string;
  firstCommentHeading: string;
  hashtagsHeading: string;
  mediaHeading: string;
  /** `{n}`: an image's alt when its post gives none. */
  mediaAlt: string;
  /** `{n}`: a post with several media (issue 18). */
  carousel: string;
  picture: string;
  video: string;
  /** Over the list of the media's alt texts, which the client reviews like the caption. */
  altHeading: string;
  altMissing: string;
  channel: Readonly<Record<Channel, string>>;
  status: Readonly<Record<Status, string>>;
  format: Readonly<Record<FormatId, string>>;
  /** Words the reviewer script shows (it builds the answer controls). */
  script: {
    nameLabel: string;
    answerHeading: string;
    nameHint: string;
    approve: string;
    requestChanges: string;
    comment: string;
    commentLabel: string;
    addComment: string;
    removeComment: string;
    yourComments: string;
    answerNone: string;
    answerApproved: string;
    answerChanges: string;
    changesNeedComment: string;
    commentEmpty: string;
    monthHeading: string;
    monthLabel: string;
    save: string;
    /** `{file}` */
    saved: string;
    needName: string;
    /** `{approved}`, `{changes}`, `{comments}`, `{total}` */
    progress: string;
    storageOff: string;
    kept: string;
  };
};

const NBSP = '\u00a0';

export const PACK_STRINGS: Readonly<Record<PackLanguage, PackStrings>> = {
  en: {
    lang: 'en',
    title: '{client}: posts for review, {range}',
    intro:
      'Read each post, then approve it, request changes or leave a comment. Your answers stay in this browser until you click “Save my answers”, which saves a small file: send it back to us.',
    madeOn: 'Prepared on {date}.',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    longDay: '{weekday} {month} {day}, {year}',
    gridHeading: 'Calendar',
    listHeading: 'Posts',
    noPosts: 'No posts in this period.',
    noTime: 'Any time',
    colon: ': ',
    channelLabel: 'Channel',
    formatLabel: 'Format',
    statusLabel: 'Status',
    previewHeading: 'As the feed shows it',
    previewFolded: '{network} cuts the caption here, behind “more”.',
    previewWhole: 'Shown whole.',
    more: '… more',
    captionHeading: 'Full caption',
    emptyCaption: '(no caption)',
    firstCommentHeading: 'First comment',
    hashtagsHeading: 'Hashtags',
    mediaHeading: 'Media',
    mediaAlt: 'Media {n}',
    carousel: 'Carousel of {n}',
    picture: 'Picture',
    video: 'Video',
    altHeading: 'Alt text (read to people who cannot see the picture)',
    altMissing: 'not written yet',
    channel: {
      instagram: 'Instagram', facebook: 'Facebook', linkedin: 'LinkedIn', tiktok: 'TikTok', x: 'X', youtube: 'YouTube',
      pinterest: 'Pinterest', threads: 'Threads', bluesky: 'Bluesky', blog: 'Blog', newsletter: 'Newsletter',
    },
    status: { idea: 'Idea', draft: 'Draft', ready: 'Ready', scheduled: 'Scheduled', published: 'Published' },
    format: {
      text: 'Text', image: 'Image', carousel: 'Carousel', video: 'Video', short_video: 'Short video', story: 'Story',
      live: 'Live', infographic: 'Infographic', article: 'Article', tutorial: 'Tutorial', testimonial: 'Testimonial',
      behind_the_scenes: 'Behind the scenes', quiz: 'Quiz', poll: 'Poll', contest: 'Contest', challenge: 'Challenge',
      question: 'Question', ugc_repost: 'UGC repost', meme: 'Meme',
    },
    script: {
      nameLabel: 'Your name',
      answerHeading: 'Your answer',
      nameHint: 'Shown to the team next to your answers.',
      approve: 'Approve',
      requestChanges: 'Request changes',
      comment: 'Comment',
      commentLabel: 'Your comment',
      addComment: 'Add comment',
      removeComment: 'Remove',
      yourComments: 'Your comments',
      answerNone: 'No answer yet',
      answerApproved: 'Approved',
      answerChanges: 'Changes requested',
      changesNeedComment: 'Say what should change in the comment box, then add it.',
      commentEmpty: 'Type a comment first.',
      monthHeading: 'The whole period',
      monthLabel: 'A comment on the whole period (optional)',
      save: 'Save my answers',
      saved: 'Saved as {file}. Send this file back to us.',
      needName: 'Type your name before saving.',
      progress: 'Approved: {approved} · Changes requested: {changes} · Comments: {comments} · Posts: {total}',
      storageOff: 'This browser does not keep answers for this file: save them before closing it.',
      kept: 'Your answers are kept in this browser, even if you close this page.',
    },
  },
  fr: {
    lang: 'fr',
    title: `{client}${NBSP}: publications à valider, {range}`,
    intro:
      `Lisez chaque publication, puis validez-la, demandez des modifications ou laissez un commentaire. Vos réponses restent dans ce navigateur jusqu’à ce que vous cliquiez sur «${NBSP}Enregistrer mes réponses${NBSP}», qui enregistre un petit fichier${NBSP}: renvoyez-le-nous.`,
    madeOn: 'Préparé le {date}.',
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    weekdaysShort: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    longDay: '{weekday} {day} {month} {year}',
    gridHeading: 'Calendrier',
    listHeading: 'Publications',
    noPosts: 'Aucune publication sur cette période.',
    noTime: 'Sans heure',
    colon: `${NBSP}: `,
    channelLabel: 'Réseau',
    formatLabel: 'Format',
    statusLabel: 'Statut',
    previewHeading: 'Comme le fil l’affiche',
    previewFolded: `{network} coupe la légende ici, derrière «${NBSP}plus${NBSP}».`,
    previewWhole: 'Affichée en entier.',
    more: '… plus',
    captionHeading: 'Légende complète',
    emptyCaption: '(pas de légende)',
    firstCommentHeading: 'Premier commentaire',
    hashtagsHeading: 'Hashtags',
    mediaHeading: 'Médias',
    mediaAlt: 'Média {n}',
    carousel: 'Carrousel de {n}',
    picture: 'Image',
    video: 'Vidéo',
    altHeading: 'Texte alternatif (lu aux personnes qui ne voient pas l’image)',
    altMissing: 'pas encore écrit',
    channel: {
      instagram: 'Instagram', facebook: 'Facebook', linkedin: 'LinkedIn', tiktok: 'TikTok', x: 'X', youtube: 'YouTube',
      pinterest: 'Pinterest', threads: 'Threads', bluesky: 'Bluesky', blog: 'Blog', newsletter: 'Lettre d’info',
    },
    status: { idea: 'Idée', draft: 'Brouillon', ready: 'Prête', scheduled: 'Programmée', published: 'Publiée' },
    format: {
      text: 'Texte', image: 'Image', carousel: 'Carrousel', video: 'Vidéo', short_video: 'Vidéo courte', story: 'Story',
      live: 'Direct', infographic: 'Infographie', article: 'Article', tutorial: 'Tutoriel', testimonial: 'Témoignage',
      behind_the_scenes: 'Coulisses', quiz: 'Quiz', poll: 'Sondage', contest: 'Concours', challenge: 'Défi',
      question: 'Question', ugc_repost: 'Reprise de contenu d’utilisateur', meme: 'Mème',
    },
    script: {
      nameLabel: 'Votre nom',
      answerHeading: 'Votre réponse',
      nameHint: 'Montré à l’équipe à côté de vos réponses.',
      approve: 'Valider',
      requestChanges: 'Demander des modifications',
      comment: 'Commenter',
      commentLabel: 'Votre commentaire',
      addComment: 'Ajouter le commentaire',
      removeComment: 'Retirer',
      yourComments: 'Vos commentaires',
      answerNone: 'Pas encore de réponse',
      answerApproved: 'Validée',
      answerChanges: 'Modifications demandées',
      changesNeedComment: 'Dites ce qui doit changer dans la zone de commentaire, puis ajoutez-le.',
      commentEmpty: 'Écrivez d’abord un commentaire.',
      monthHeading: 'Toute la période',
      monthLabel: 'Un commentaire sur toute la période (facultatif)',
      save: 'Enregistrer mes réponses',
      saved: `Enregistré sous {file}. Renvoyez-nous ce fichier.`,
      needName: 'Indiquez votre nom avant d’enregistrer.',
      progress: `Validées${NBSP}: {approved} · Modifications demandées${NBSP}: {changes} · Commentaires${NBSP}: {comments} · Publications${NBSP}: {total}`,
      storageOff: `Ce navigateur ne garde pas les réponses de ce fichier${NBSP}: enregistrez-les avant de le fermer.`,
      kept: 'Vos réponses sont gardées dans ce navigateur, même si vous fermez cette page.',
    },
  },
};

/** Fills `{name}` placeholders; an unknown one is left as it is (a missing value shows, never crashes). */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
