/**
 * How long a caption may be on each network, how the network counts it, and where its feed folds it
 * behind "… more". Cadence never posts: these numbers only warn the user before they publish by hand.
 *
 * TRAP: networks change these numbers without notice (Instagram went from 30 hashtags to 5 in
 * December 2025, LinkedIn from 1,300 to 3,000 characters in 2021) and most do not publish them at all.
 * Each row carries the page it was checked against and the day; a row whose number comes from a
 * third-party guide rather than the network itself says so in `note`. Bump TABLE_VERSION whenever a
 * row changes, so a stored "checked against table N" can tell that the rules moved.
 *
 * Fold points are approximate by nature (the feed folds by lines as much as by characters, and each
 * device differs): they are counted in graphemes (what a reader sees), except X's, which is weighted.
 */
import type { Day } from '../dates';
import { CHANNELS, type Channel } from '../model/enums';

export const TABLE_VERSION = 1;

/**
 * - graphemes: user-perceived characters (Intl.Segmenter); an emoji family is 1.
 * - utf16: UTF-16 code units, JavaScript's `length`; an emoji is 2 or more. Used where the network
 *   does not document its rule: it is never lower than a grapheme or code-point count, so it may warn
 *   a little early but never lets an over-long caption through.
 * - utf8: UTF-8 bytes (YouTube's API counts the description in bytes); é is 2, an emoji 4 or more.
 * - x-weighted: X's weighted count (twitter-text): URLs 23, CJK and emoji 2, NFC-normalised.
 * - threads: Threads' rule: characters count 1, but an emoji counts its UTF-8 bytes.
 * - mastodon: Mastodon's rule: a URL counts 23, @user@server counts as @user, then graphemes.
 */
export type CountRule = 'graphemes' | 'utf16' | 'utf8' | 'x-weighted' | 'threads' | 'mastodon';

/**
 * Cadence's channels plus Mastodon, which the issue asks the table to cover although it is not (yet)
 * a channel a post can be planned for: its row is ready for when it becomes one.
 */
export const NETWORKS = [...CHANNELS, 'mastodon'] as const;
export type Network = Channel | 'mastodon';

export type CaptionLimit = {
  /** Most units (per `counting`) a caption may have; null: the network sets no limit. */
  maxChars: number | null;
  /** X only: the limit with X Premium. */
  premiumMaxChars: number | null;
  counting: CountRule;
  /** Visible characters before the feed cuts the caption behind "… more"; null: shown whole. */
  foldChars: number | null;
  /** null: no documented limit. Counted with twitter-text's extractor (see count.ts). */
  maxHashtags: number | null;
  maxMentions: number | null;
  /** The page the row was checked against (the network's own where one was found). */
  source: string | null;
  checked: Day;
  /** What is uncertain, approximate or second-hand about this row. */
  note: string | null;
};

const CHECKED: Day = '2026-12-04';

export const CAPTION_LIMITS: Readonly<Record<Network, CaptionLimit>> = {
  instagram: {
    maxChars: 2200,
    premiumMaxChars: null,
    counting: 'utf16',
    foldChars: 125,
    maxHashtags: 5,
    maxMentions: 20,
    source: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media',
    checked: CHECKED,
    note:
      '2,200 characters (every source agrees) and 20 @-mentions: recalled from the Graph API media reference ' +
      '(caption parameter), whose stored copy did not show that row; whether the app enforces 20 is unknown. 5 hashtags: ' +
      "Instagram's @creators announcement of December 2025 (was 30; rolled out gradually, reported by the " +
      'press and by Ayrshare\'s API docs), not yet on a help page found. How characters are counted is not ' +
      'documented (UTF-16 assumed). The ~125-character fold (about two lines on a phone) is from third-party guides.',
  },
  facebook: {
    maxChars: 63206,
    premiumMaxChars: null,
    counting: 'utf16',
    foldChars: 125,
    maxHashtags: null,
    maxMentions: null,
    source: 'https://www.posthell.com/tools/facebook-character-counter',
    checked: CHECKED,
    note:
      'No Meta help page states the post limit: 63,206 is the figure every guide repeats (one says 10,000). ' +
      'The feed folds at ~125 characters on phones and ~477 on desktop (third-party measurements); the phone ' +
      'figure is used. Counting rule not documented (UTF-16 assumed).',
  },
  linkedin: {
    maxChars: 3000,
    premiumMaxChars: null,
    counting: 'utf16',
    foldChars: 210,
    maxHashtags: null,
    maxMentions: null,
    source: 'https://web-3-apps.com/char-counter/articles/linkedin-post-length/',
    checked: CHECKED,
    note:
      'Third-party guides (no LinkedIn page found): 3,000 characters since June 2021 (1,300 before); the ' +
      'feed shows ~210 characters on desktop before "…see more", ~140 on phones, fewer with line breaks. ' +
      'Counting rule not documented (UTF-16 assumed).',
  },
  tiktok: {
    maxChars: 2200,
    premiumMaxChars: null,
    counting: 'utf16',
    foldChars: null,
    maxHashtags: 5,
    maxMentions: null,
    source: 'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post',
    checked: CHECKED,
    note:
      "2,200 UTF-16 units is the Content Posting API's caption limit; the app accepts up to ~4,000 for many " +
      'accounts (availability has varied by account and region), so 2,200 is the figure safe everywhere. ' +
      '5 hashtags: enforced in the app since about September 2025 (in-app notice, press reports), with no ' +
      'TikTok help page found. The caption overlays the video and folds after one or two lines: no fold given.',
  },
  x: {
    maxChars: 280,
    premiumMaxChars: 25000,
    counting: 'x-weighted',
    foldChars: 280,
    maxHashtags: null,
    maxMentions: null,
    source: 'https://docs.x.com/fundamentals/counting-characters',
    checked: CHECKED,
    note:
      'Weighted count per X\'s documentation and its twitter-text library (URLs 23, emoji and CJK 2). ' +
      '25,000 for X Premium subscribers is from X\'s Premium pages (not in the references checked). A Premium ' +
      'post longer than 280 is folded behind "Show more" around 280 (weighted): an assumption, not documented.',
  },
  youtube: {
    maxChars: 5000,
    premiumMaxChars: null,
    counting: 'utf8',
    foldChars: 100,
    maxHashtags: 60,
    maxMentions: null,
    source: 'https://support.google.com/youtube/answer/6390658',
    checked: CHECKED,
    note:
      'The caption is the video description: 5,000 BYTES per the Data API (snippet.description; < and > ' +
      'refused); Studio\'s own counter may count characters. Over 60 hashtags and YouTube ignores all of them ' +
      '(help page on hashtags; 2018 articles said 15). The ~100-character fold before "…more" is from ' +
      'third-party guides. The 100-character title limit is not covered here.',
  },
  pinterest: {
    maxChars: 500,
    premiumMaxChars: null,
    counting: 'utf16',
    foldChars: null,
    maxHashtags: null,
    maxMentions: null,
    source: 'https://ayrshare.com/integration/pinterest',
    checked: CHECKED,
    note:
      'Pin description 500 characters, title 100 (third-party API docs; no Pinterest page found). The ' +
      'Pinterest API may accept longer descriptions (800 is recalled, not verified). Counting rule not ' +
      'documented (UTF-16 assumed). How much of a description shows depends on the surface: no fold given.',
  },
  threads: {
    maxChars: 500,
    premiumMaxChars: null,
    counting: 'threads',
    foldChars: null,
    maxHashtags: 1,
    maxMentions: null,
    source: 'https://developers.facebook.com/documentation/threads/posts',
    checked: CHECKED,
    note:
      '"Text posts are limited to 500 characters. Emojis are counted as the number of UTF-8 bytes" (Threads ' +
      'API). One topic tag per post (Ayrshare docs, Instagram\'s head): further #words stay plain text. ' +
      'Since 22 December 2025 a post with more than 5 links is refused (not checked here). Posts are shown whole.',
  },
  bluesky: {
    maxChars: 300,
    premiumMaxChars: null,
    counting: 'graphemes',
    foldChars: null,
    maxHashtags: null,
    maxMentions: null,
    source: 'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json',
    checked: CHECKED,
    note:
      'The post lexicon: text maxGraphemes 300 and maxLength 3,000 (UTF-8 bytes, only reachable with long ' +
      'emoji sequences; not checked here). Tags outside the text (up to 8) are not captions. Posts are shown whole.',
  },
  mastodon: {
    maxChars: 500,
    premiumMaxChars: null,
    counting: 'mastodon',
    foldChars: null,
    maxHashtags: null,
    maxMentions: null,
    source: 'https://docs.joinmastodon.org/user/posting/',
    checked: CHECKED,
    note:
      "500 is mastodon.social's and the software's default; each server may set its own. Counted like " +
      "Mastodon's StatusLengthValidator: a URL counts 23, @user@server counts as @user, graphemes; a content " +
      'warning also counts (not modelled). Not a Cadence channel yet. Posts are shown whole unless behind a warning.',
  },
  blog: {
    maxChars: null,
    premiumMaxChars: null,
    counting: 'graphemes',
    foldChars: null,
    maxHashtags: null,
    maxMentions: null,
    source: null,
    checked: CHECKED,
    note: "The client's own site: no network limit.",
  },
  newsletter: {
    maxChars: null,
    premiumMaxChars: null,
    counting: 'graphemes',
    foldChars: null,
    maxHashtags: null,
    maxMentions: null,
    source: null,
    checked: CHECKED,
    note: "The client's own mailing: no network limit.",
  },
};

export const isNetwork = (value: string): value is Network => (NETWORKS as readonly string[]).includes(value);

/** The limit that applies: X's Premium limit when the client has X Premium. */
export const maxCharsFor = (network: Network, options: { xPremium?: boolean } = {}): number | null => {
  const row = CAPTION_LIMITS[network];
  return options.xPremium && row.premiumMaxChars !== null ? row.premiumMaxChars : row.maxChars;
};
