/**
 * The columns of a platform's results export and how their headers map onto them.
 *
 * Best effort only: platforms rename their export columns often and per language, so the guess is a
 * starting point that the user checks and corrects in the mapping screen. Known headers (matched
 * ignoring case, accents and punctuation):
 *   Instagram / Meta Business Suite: Publish time, Permalink, Description, Reach, Views, Likes,
 *     Comments, Shares, Saves (French: Heure de publication, Couverture, J’aime, Commentaires,
 *     Partages, Enregistrements)
 *   LinkedIn: Created date, Post link, Post title, Impressions, Reactions, Comments, Reposts, Clicks
 *   TikTok: Date posted, Video views, Likes, Comments, Shares, (Favorites as saves)
 *   X: Time, Tweet permalink, Tweet text / Post text, Impressions, Likes, Replies, Retweets / Reposts
 * Each column takes the header of its MOST preferred name, whatever the header order: Meta exports
 * both "Publish time" and a "Date" column that reads "Lifetime", and the publish time must win.
 */
import { normaliseKey } from '../serializers/values';

export const RESULTS_COLUMNS = [
  'date',
  'link',
  'text',
  'reach',
  'impressions',
  'reactions',
  'comments',
  'shares',
  'saves',
  'clicks',
] as const;
export type ResultsColumn = (typeof RESULTS_COLUMNS)[number];

/** Column → header in the file. */
export type ResultsMapping = Partial<Record<ResultsColumn, string>>;

/** The count columns, in the order errors are reported. */
export const COUNT_COLUMNS = ['reach', 'impressions', 'reactions', 'comments', 'shares', 'saves', 'clicks'] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];

// Most preferred first, after normaliseKey ("J’aime" → "j_aime", "Date de publication" → "date_de_publication").
const SYNONYMS: Record<ResultsColumn, string[]> = {
  date: [
    'publish_time', 'date_posted', 'created_date', 'publication_date', 'date_de_publication', 'heure_de_publication',
    'published', 'post_date', 'posted_at', 'date_publiee', 'time', 'date', 'heure',
  ],
  link: [
    'permalink', 'post_link', 'tweet_permalink', 'post_permalink', 'post_url', 'lien_permanent',
    'lien_de_la_publication', 'video_link', 'link', 'url', 'lien',
  ],
  text: [
    'description', 'post_title', 'tweet_text', 'post_text', 'caption', 'legende', 'video_title', 'titre', 'title',
    'texte', 'text', 'message',
  ],
  reach: ['reach', 'couverture', 'portee', 'accounts_reached', 'comptes_touches', 'people_reached', 'post_reach'],
  impressions: ['impressions', 'video_views', 'views', 'vues', 'nombre_de_vues', 'impressions_organiques'],
  reactions: ['reactions', 'likes', 'j_aime', 'mentions_j_aime', 'jaime', 'likes_and_reactions'],
  comments: ['comments', 'commentaires', 'replies', 'reponses'],
  shares: ['shares', 'partages', 'reposts', 'retweets', 'republications', 'reshares'],
  saves: ['saves', 'enregistrements', 'bookmarks', 'signets', 'favorites', 'favoris'],
  clicks: ['clicks', 'clics', 'link_clicks', 'clics_sur_le_lien', 'url_clicks'],
};

/**
 * Guesses which header holds which column (see the module comment). Unknown headers are left out;
 * a header is used for one column at most.
 */
export const guessResultsMapping = (headers: readonly string[]): ResultsMapping => {
  const keys = headers.map(normaliseKey);
  const used = new Set<number>();
  const mapping: ResultsMapping = {};
  for (const column of RESULTS_COLUMNS) {
    for (const name of SYNONYMS[column]) {
      const i = keys.findIndex((key, at) => key === name && !used.has(at));
      if (i === -1) continue;
      mapping[column] = headers[i]!;
      used.add(i);
      break;
    }
  }
  return mapping;
};
