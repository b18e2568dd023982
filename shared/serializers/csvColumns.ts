/**
 * The Cadence CSV columns and how other files' headers map onto them.
 */
import { normaliseKey } from './values';

/** Header names of a Cadence CSV, in the order they are written. */
export const CSV_COLUMNS = [
  'id',
  'client',
  'date',
  'time',
  'channel',
  'format',
  'tone',
  'intent',
  'invites_participation',
  'status',
  'title',
  'caption',
  'first_comment',
  'media_files',
  'media_alt',
  'tags',
  'pillar',
  'notes',
  'intent_source',
  'participation_source',
  'backlog_order',
  'evergreen_weeks',
  'evergreen_last_used',
  'published_at',
  'live_url',
  'approval',
  'changed_after_review',
  'series',
  'client_id',
  'created_at',
  'updated_at',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Column → header in the file. */
export type CsvMapping = Partial<Record<CsvColumn, string>>;

// Header names seen in planning spreadsheets, English and French, after normaliseKey.
const SYNONYMS: Record<CsvColumn, string[]> = {
  id: ['id', 'post_id', 'identifiant', 'uid'],
  client: ['client', 'client_name', 'nom_du_client', 'customer', 'brand', 'marque', 'account', 'compte'],
  date: [
    'date', 'day', 'jour', 'publish_date', 'publication_date', 'date_de_publication', 'scheduled_date', 'post_date',
    'date_de_diffusion',
  ],
  time: [
    'time', 'heure', 'hour', 'publish_time', 'publication_time', 'heure_de_publication', 'scheduled_time', 'horaire',
  ],
  channel: [
    'channel', 'canal', 'reseau', 'reseaux', 'reseau_social', 'reseaux_sociaux', 'network', 'social_network',
    'platform', 'plateforme', 'media',
  ],
  format: ['format', 'type', 'content_type', 'type_de_contenu', 'post_type', 'type_de_publication'],
  tone: ['tone', 'ton'],
  intent: ['intent', 'intention', 'goal', 'objectif', 'purpose'],
  invites_participation: [
    'invites_participation', 'participation', 'invites', 'invite_participation', 'invite_a_participer', 'engagement',
    'interactive',
  ],
  status: ['status', 'statut', 'etat', 'state', 'stage', 'etape'],
  title: ['title', 'titre', 'subject', 'sujet', 'headline', 'post_title', 'titre_de_la_publication', 'name'],
  caption: [
    'caption', 'legende', 'text', 'texte', 'copy', 'body', 'description', 'content', 'contenu', 'message',
    'post_text', 'wording',
  ],
  first_comment: [
    'first_comment', 'firstcomment', 'premier_commentaire', '1er_commentaire', 'first_comment_text', 'initial_comment',
    'commentaire_initial', 'comment_1', 'commentaire_1',
  ],
  // Not 'media': planning sheets use "Média" for the network (a channel synonym above). Narrow on purpose:
  // these cells are only read to note that a CSV cannot bring the files (csvImport.ts).
  media_files: ['media_files', 'media_file_names', 'fichiers_media', 'fichiers_medias', 'noms_des_fichiers_medias'],
  media_alt: ['media_alt', 'alt_text', 'alt_texts', 'texte_alternatif', 'textes_alternatifs'],
  tags: [
    'tags', 'tag', 'etiquettes', 'etiquette', 'labels', 'label', 'mots_cles', 'keywords', 'hashtags', 'categories',
    'category', 'categorie',
  ],
  pillar: [
    'pillar', 'pillars', 'content_pillar', 'pilier', 'piliers', 'pilier_de_contenu', 'pilier_editorial', 'theme',
    'thematique',
  ],
  notes: ['notes', 'note', 'remarks', 'remarques', 'comments', 'commentaires', 'commentaire', 'internal_notes'],
  intent_source: ['intent_source'],
  participation_source: ['participation_source'],
  backlog_order: ['backlog_order', 'order'],
  evergreen_weeks: ['evergreen_weeks', 'evergreen', 'evergreen_every_weeks', 'intemporel', 'intemporel_semaines'],
  evergreen_last_used: ['evergreen_last_used', 'last_used', 'derniere_utilisation', 'intemporel_derniere_utilisation'],
  // Narrow on purpose: a planning sheet's "Date de publication" is the planned day, and a "Link" column
  // often holds a brief or a Drive file; mapping those here would refuse their rows.
  published_at: ['published_at', 'published_on', 'publie_le'],
  live_url: ['live_url', 'live_link', 'post_url', 'published_url', 'url_du_post', 'lien_du_post'],
  // Narrow on purpose, like published_at: a sheet's "Review" or "Validation" column often holds a name,
  // a date or a remark, and mapping it here would refuse its rows.
  approval: [
    'approval', 'approval_state', 'approval_status', 'client_approval', 'validation_client', 'etat_de_validation',
    'statut_de_validation', 'approbation',
  ],
  changed_after_review: [
    'changed_after_review', 'approval_changed_after_review', 'modifiee_depuis_la_validation', 'modifie_depuis_la_validation',
    'modifiee_apres_validation',
  ],
  series: ['series', 'recurrence', 'série'],
  client_id: ['client_id', 'id_client'],
  created_at: ['created_at', 'created', 'cree_le', 'date_de_creation', 'creation_date'],
  updated_at: ['updated_at', 'updated', 'modified', 'modifie_le', 'last_modified', 'date_de_modification'],
};

const BY_HEADER = new Map<string, CsvColumn>(
  CSV_COLUMNS.flatMap((column) => SYNONYMS[column].map((name) => [name, column] as const)),
);

/**
 * Guesses which header holds which column, from common names in English and French ("Date",
 * "Heure", "Titre", "Légende", "Caption", "Réseau", "Platform"…), ignoring case, accents and
 * punctuation. Each column takes the first header that names it; unknown headers are left out.
 */
export const guessMapping = (headers: readonly string[]): CsvMapping => {
  const mapping: CsvMapping = {};
  for (const header of headers) {
    const column = BY_HEADER.get(normaliseKey(header));
    if (column !== undefined && mapping[column] === undefined) mapping[column] = header;
  }
  return mapping;
};
