/**
 * Rule (h): a caption or first comment over its network's limit (internal to shared/analysis).
 *
 * The same verdict as captionReport's (shared/publishing/count.ts), which the editor's counter shows,
 * from the same table and counting functions, so the guard and the counter never disagree (a property
 * test checks it): too long in the network's own units (X's weighted count, with the client's X
 * Premium; YouTube's bytes…), more hashtags or mentions than the network takes. The first comment is
 * checked against the same length (posted as a comment, it meets at least the caption's rules); its
 * hashtags are not counted, since moving them out of the caption is what a first comment is for.
 *
 * Published posts are skipped: the caption is out already, and the warning could no longer be acted on
 * before publishing (editing it in Cadence changes nothing on the network). Channels without a limit
 * (blog, newsletter) are skipped too. One warning per post and problem, on that post alone. No
 * one-click fix: what to cut is the writer's choice, so the message says by how much.
 *
 * PERF: counting the way a network does (grapheme segmentation, X's weighted parse, twitter-text's
 * extractors) costs tens of microseconds a caption, and the guard reads all of a client's posts (the
 * command line, all of a backup's). So captionReport (which also finds where the text is cut) is not
 * called: each count is made only when a cheap bound says the caption might break its limit (below).
 */
import twitterText from 'twitter-text';
import { CHANNELS, type Channel } from '../model/enums';
import { CAPTION_LIMITS, maxCharsFor, type CountRule } from '../publishing/captionLimits';
import { countBy, countUtf8Bytes } from '../publishing/count';
import { CHANNEL_NAMES, shortTitle } from './labels';
import { withMessage } from './messages';
import { HAS_TEXT, type Context } from './prepare';
import type { GuardRules } from './rules';
import type { Found } from './sequences';
import type { Bilingual } from './types';

/** What a warning is about: the caption's length, its hashtags, its mentions, the first comment's length. */
export type CaptionLimitKind = 'caption-length' | 'hashtags' | 'mentions' | 'comment-length';

/** What a message needs: the count found against the limit, in the network's units (`rule`). */
export type CaptionExcess = { count: number; max: number; rule: CountRule };

/**
 * No character that may join a grapheme with its neighbour (combining marks start at U+0300), nor one
 * Threads counts in bytes (© and ® are the only pictographs below U+0300).
 */
const isPlain = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 || code === 0xa9 || code === 0xae) return false;
  }
  return true;
};

/**
 * The count of `text` under `rule` when it is over `max`, else null: countBy's answer, sooner.
 * - A grapheme is at least one UTF-16 unit, so a text no longer than `max` fits in graphemes.
 * - Threads counts 1 a grapheme, or an emoji's UTF-8 bytes: never more than the text's bytes.
 * - Below U+0300, no character joins another but CR LF and none is an emoji but © and ®: there the
 *   grapheme count (Bluesky's) and Threads' count are the length less the CR LF pairs. Segmenting
 *   such a caption took ~70 µs.
 * - X's count has no such bound (a link like "a.co" counts 23): it is always counted.
 */
const countOver = (text: string, rule: CountRule, max: number): number | null => {
  if ((rule === 'utf16' || rule === 'graphemes') && text.length <= max) return null;
  if ((rule === 'utf8' || rule === 'threads') && text.length * 3 <= max) return null;
  if (rule === 'threads' && countUtf8Bytes(text) <= max) return null;
  let count: number;
  if ((rule === 'graphemes' || rule === 'threads') && isPlain(text)) {
    count = text.length;
    for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) count--;
  } else count = countBy(text, rule);
  return count > max ? count : null;
};

/**
 * Twitter-text finds hashtags after # or ＃ and mentions after @ or ＠ only: counting the signs
 * bounds the count, and the extractor (as count.ts counts them) runs only past the maximum.
 */
const tagsOver = (text: string, signs: readonly string[], max: number | null, extract: (text: string) => unknown[]): number | null => {
  if (max === null) return null;
  let n = 0;
  for (const sign of signs) for (let i = text.indexOf(sign); i >= 0 && n <= max; i = text.indexOf(sign, i + 1)) n++;
  if (n <= max) return null;
  const count = extract(text).length;
  return count > max ? count : null;
};

const HASH = ['#', '＃'];
const AT = ['@', '＠'];

export const captionWarnings = (
  ctx: Context,
  rules: GuardRules,
  xPremium: boolean | undefined,
  keep: (positions: readonly number[]) => boolean,
): Found[] => {
  const rule = rules['caption-limit'];
  if (!rule.enabled || ctx.n === 0) return [];
  const options = { xPremium: xPremium === true };
  const { flags } = ctx;
  const out: Found[] = [];
  for (let p = 0; p < ctx.n; p++) {
    // Not published, with some text (see prepare.ts): most posts of a calendar are skipped here.
    // A post outside the range asked is not counted (the app reads five weeks either side).
    if (((flags[p] as number) & HAS_TEXT) === 0 || !keep([p])) continue;
    const post = ctx.postAt(p);
    if (post === undefined) continue;
    const caption = typeof post.caption === 'string' ? post.caption : '';
    const comment = typeof post.firstComment === 'string' ? post.firstComment : '';
    const channel = CHANNELS[ctx.channel[p] as number] as Channel;
    const max = maxCharsFor(channel, options);
    const row = CAPTION_LIMITS[channel];
    if (max === null && row.maxHashtags === null && row.maxMentions === null) continue;
    const found: [CaptionLimitKind, CaptionExcess][] = [];
    if (caption !== '') {
      const length = max === null ? null : countOver(caption, row.counting, max);
      if (length !== null && max !== null) found.push(['caption-length', { count: length, max, rule: row.counting }]);
      const tags = tagsOver(caption, HASH, row.maxHashtags, twitterText.extractHashtags);
      if (tags !== null) found.push(['hashtags', { count: tags, max: row.maxHashtags ?? 0, rule: row.counting }]);
      const mentions = tagsOver(caption, AT, row.maxMentions, twitterText.extractMentions);
      if (mentions !== null) found.push(['mentions', { count: mentions, max: row.maxMentions ?? 0, rule: row.counting }]);
    }
    if (comment !== '' && max !== null) {
      const length = countOver(comment, row.counting, max);
      if (length !== null) found.push(['comment-length', { count: length, max, rule: row.counting }]);
    }
    if (found.length === 0) continue;
    const id = ctx.ids[p] as string;
    const title = post.title;
    for (const [kind, excess] of found) {
      out.push({
        first: p,
        warning: withMessage(
          { id: `caption-limit:${id}:${kind}`, ruleId: 'caption-limit', severity: rule.severity, postIds: [id] },
          () => captionLimitMessage(kind, title, channel, excess),
        ),
      });
    }
  }
  return out;
};

const EN = new Intl.NumberFormat('en-US');
const FR = new Intl.NumberFormat('fr-FR');
const num = (n: number): Bilingual => ({ en: EN.format(n), fr: FR.format(n) });

const unit = (rule: CountRule, n: number): Bilingual =>
  rule === 'utf8'
    ? { en: n === 1 ? 'byte' : 'bytes', fr: n > 1 ? 'octets' : 'octet' }
    : { en: n === 1 ? 'character' : 'characters', fr: n > 1 ? 'caractères' : 'caractère' };

// Said after the count where the network counts some things apart (same words as the editor's counter).
const NOTES: Partial<Record<CountRule, Bilingual>> = {
  'x-weighted': { en: ' as X counts them (a link is 23, an emoji 2)', fr: ' selon le décompte de X (un lien vaut 23, un émoji 2)' },
  threads: { en: ' (an emoji counts its bytes)', fr: ' (un émoji compte ses octets)' },
  mastodon: { en: ' (a link is 23)', fr: ' (un lien vaut 23)' },
};

export const captionLimitMessage = (kind: CaptionLimitKind, title: string, channel: Channel, r: CaptionExcess): Bilingual => {
  const t = shortTitle(title);
  const c = CHANNEL_NAMES[channel];
  const head = { en: `“${t}” on ${c.en}: `, fr: `«\u00a0${t}\u00a0» sur ${c.fr}\u00a0: ` };
  if (kind === 'hashtags' || kind === 'mentions') {
    const what = kind === 'hashtags' ? { en: 'hashtags', fr: 'hashtags' } : { en: 'mentions', fr: 'mentions' };
    const extra = r.count - r.max;
    return {
      en: `${head.en}the caption has ${r.count} ${what.en}; ${c.en} takes at most ${r.max}. Remove ${extra}.`,
      fr: `${head.fr}la légende compte ${r.count} ${what.fr}\u00a0; ${c.fr} en accepte ${r.max} au plus. Retirez-en ${extra}.`,
    };
  }
  const count = num(r.count);
  const max = num(r.max);
  const over = num(r.count - r.max);
  const countUnit = unit(r.rule, r.count);
  const overUnit = unit(r.rule, r.count - r.max);
  const note = NOTES[r.rule] ?? { en: '', fr: '' };
  const comment = kind === 'comment-length';
  const what = comment ? { en: 'the first comment', fr: 'le premier commentaire' } : { en: 'the caption', fr: 'la légende' };
  return {
    en: `${head.en}${what.en} has ${count.en} ${countUnit.en}${note.en}, over the limit of ${max.en}. Shorten it by ${over.en} ${overUnit.en}.`,
    fr: `${head.fr}${what.fr} compte ${count.fr} ${countUnit.fr}${note.fr}, au-delà de la limite de ${max.fr}. Raccourcissez-${comment ? 'le' : 'la'} de ${over.fr} ${overUnit.fr}.`,
  };
};
