/**
 * Rule (h): a caption or first comment over its network's limit (internal to shared/analysis).
 *
 * The verdict is captionReport's (shared/publishing/count.ts), the one the editor's counter shows, so
 * the guard and the counter never disagree: too long in the network's own units (X's weighted count,
 * with the client's X Premium; YouTube's bytes…), more hashtags or mentions than the network takes.
 * The first comment is checked against the same length (it is posted as a comment, where the networks
 * that limit comments apply at least the caption's rules); its hashtags are not counted, since moving
 * them out of the caption is what a first comment is for.
 *
 * Published posts are skipped: the caption is out already, and the warning could not be acted on
 * before publishing any more (editing it in Cadence changes nothing on the network). Channels without
 * a limit (blog, newsletter) are skipped too. One warning per post and problem, on that post alone.
 * No one-click fix: cutting a caption is the writer's choice, so the message says by how much.
 *
 * PERF: counting the way a network does (grapheme segmentation, X's weighted parse) costs tens of
 * microseconds a caption, and the guard reads every post of a client. A caption is first checked
 * against bounds its count can never exceed (below); only one that might break a limit is counted.
 */
import { CHANNELS, type Channel } from '../model/enums';
import { CAPTION_LIMITS, maxCharsFor, type CountRule } from '../publishing/captionLimits';
import { captionReport, type CaptionReport } from '../publishing/count';
import { CHANNEL_NAMES, shortTitle } from './labels';
import { withMessage } from './messages';
import type { Context } from './prepare';
import type { GuardRules } from './rules';
import type { Found } from './sequences';
import type { Bilingual } from './types';

/** What a warning is about: the caption's length, its hashtags, its mentions, the first comment's length. */
export type CaptionLimitKind = 'caption-length' | 'hashtags' | 'mentions' | 'comment-length';

const HASH_OR_AT = /[#＃@＠]/u;

/**
 * The most units `text` can count under `rule`, from its UTF-16 length alone; Infinity when no such
 * bound holds. A grapheme is at least one UTF-16 unit; a UTF-16 unit is at most 3 UTF-8 bytes (a
 * surrogate pair is 4 bytes for 2 units), and Threads counts an emoji's bytes, anything else 1. X's
 * count has no such bound: a short link like "a.co" counts 23.
 */
const upperBound = (text: string, rule: CountRule): number => {
  switch (rule) {
    case 'utf16':
    case 'graphemes':
      return text.length;
    case 'utf8':
    case 'threads':
      return text.length * 3;
    case 'x-weighted':
    case 'mastodon':
      return Number.POSITIVE_INFINITY;
  }
};

/** Twitter-text finds hashtags and mentions only after # ＃ @ ＠: counting those bounds both counts. */
const signs = (text: string, max: number): number => {
  let n = 0;
  for (let i = text.indexOf('#'); i >= 0 && n <= max; i = text.indexOf('#', i + 1)) n++;
  for (let i = text.indexOf('@'); i >= 0 && n <= max; i = text.indexOf('@', i + 1)) n++;
  for (let i = text.indexOf('＃'); i >= 0 && n <= max; i = text.indexOf('＃', i + 1)) n++;
  for (let i = text.indexOf('＠'); i >= 0 && n <= max; i = text.indexOf('＠', i + 1)) n++;
  return n;
};

/** False only when `text` certainly fits every limit of `channel` (see PERF above). */
const mayBreak = (text: string, channel: Channel, max: number | null, withTags: boolean): boolean => {
  const row = CAPTION_LIMITS[channel];
  if (max !== null && upperBound(text, row.counting) > max) return true;
  if (!withTags || !HASH_OR_AT.test(text)) return false;
  const tagMax = Math.min(row.maxHashtags ?? Infinity, row.maxMentions ?? Infinity);
  return tagMax !== Infinity && signs(text, tagMax) > tagMax;
};

export const captionWarnings = (
  ctx: Context,
  rules: GuardRules,
  xPremium: boolean | undefined,
  keep: (positions: readonly number[]) => boolean,
): Found[] => {
  const rule = rules['caption-limit'];
  if (!rule.enabled || ctx.n === 0) return [];
  const options = { xPremium: xPremium === true };
  const out: Found[] = [];
  for (let p = 0; p < ctx.n; p++) {
    const channel = CHANNELS[ctx.channel[p] as number] as Channel;
    const max = maxCharsFor(channel, options);
    const row = CAPTION_LIMITS[channel];
    if (max === null && row.maxHashtags === null && row.maxMentions === null) continue;
    const post = ctx.postAt(p);
    if (post === undefined || post.status === 'published') continue;
    const caption = typeof post.caption === 'string' ? post.caption : '';
    const comment = typeof post.firstComment === 'string' ? post.firstComment : '';
    const checkCaption = caption !== '' && mayBreak(caption, channel, max, true);
    const checkComment = comment !== '' && max !== null && mayBreak(comment, channel, max, false);
    if ((!checkCaption && !checkComment) || !keep([p])) continue;
    const id = ctx.ids[p] as string;
    const title = post.title;
    const add = (kind: CaptionLimitKind, report: CaptionReport) =>
      out.push({
        first: p,
        warning: withMessage(
          { id: `caption-limit:${id}:${kind}`, ruleId: 'caption-limit', severity: rule.severity, postIds: [id] },
          () => captionLimitMessage(kind, title, channel, report),
        ),
      });
    if (checkCaption) {
      const report = captionReport(caption, channel, options);
      if (report.problems.includes('too-long')) add('caption-length', report);
      if (report.problems.includes('too-many-hashtags')) add('hashtags', report);
      if (report.problems.includes('too-many-mentions')) add('mentions', report);
    }
    if (checkComment) {
      const report = captionReport(comment, channel, options);
      if (report.problems.includes('too-long')) add('comment-length', report);
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

export const captionLimitMessage = (kind: CaptionLimitKind, title: string, channel: Channel, r: CaptionReport): Bilingual => {
  const t = shortTitle(title);
  const c = CHANNEL_NAMES[channel];
  const head = { en: `“${t}” on ${c.en}: `, fr: `«\u00a0${t}\u00a0» sur ${c.fr}\u00a0: ` };
  if (kind === 'hashtags' || kind === 'mentions') {
    const count = kind === 'hashtags' ? r.hashtags : r.mentions;
    const max = (kind === 'hashtags' ? r.maxHashtags : r.maxMentions) ?? 0;
    const what = kind === 'hashtags' ? { en: 'hashtags', fr: 'hashtags' } : { en: 'mentions', fr: 'mentions' };
    return {
      en: `${head.en}the caption has ${count} ${what.en}; ${c.en} takes at most ${max}. Remove ${count - max}.`,
      fr: `${head.fr}la légende compte ${count} ${what.fr}\u00a0; ${c.fr} en accepte ${max} au plus. Retirez-en ${count - max}.`,
    };
  }
  const count = num(r.count);
  const max = num(r.max ?? 0);
  const over = num(r.over);
  const countUnit = unit(r.rule, r.count);
  const overUnit = unit(r.rule, r.over);
  const note = NOTES[r.rule] ?? { en: '', fr: '' };
  const comment = kind === 'comment-length';
  const what = comment ? { en: 'the first comment', fr: 'le premier commentaire' } : { en: 'the caption', fr: 'la légende' };
  return {
    en: `${head.en}${what.en} has ${count.en} ${countUnit.en}${note.en}, over the limit of ${max.en}. Shorten it by ${over.en} ${overUnit.en}.`,
    fr: `${head.fr}${what.fr} compte ${count.fr} ${countUnit.fr}${note.fr}, au-delà de la limite de ${max.fr}. Raccourcissez-${comment ? 'le' : 'la'} de ${over.fr} ${overUnit.fr}.`,
  };
};
