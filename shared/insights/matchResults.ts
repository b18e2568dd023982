/**
 * Matching the rows of a results export to the posts they are about.
 *
 * A post is a candidate for a row when it is on the channel the file came from and its day is within
 * ±1 day of the row's date (TRAP: platforms export in their own zone, often UTC, while a post's day is
 * in the client's; a post at 00:30 in Paris is 23:30 the day before in UTC). Among the candidates, in
 * order of strength:
 *   link   the row's permalink equals the post's live link (set by Mark published) or a link found in
 *          its caption or notes (normalised: no
 *          scheme, "www."/"m.", trailing slash, query or fragment — except YouTube's ?v= —, twitter.com
 *          = x.com, Instagram /reel/ = /p/);
 *   title  the post's title (4+ characters) appears as whole words in the row's text, or the start of
 *          its caption does, or the row's text (12+ characters, often truncated by the platform)
 *          appears in its caption; compared without case, accents or punctuation;
 *   date   the only candidate left in the window.
 * Each post is given to one row at most: links are settled first for every row, then titles, then
 * dates, each pass only among posts not taken yet. A row with several candidates at its strongest
 * level, or two rows claiming the same post, goes to `ambiguous` for the user to pick; a row without
 * candidates to `unmatched`. A 'date' match is the weakest: the review should make it visible.
 */
import { shiftDay, type Day } from '../dates';
import type { Channel } from '../model/enums';
import type { Post } from '../model/post';
import { normaliseKey } from '../serializers/values';
import type { ResultsRow } from './resultsCsv';

export type MatchPost = Pick<Post, 'id' | 'channel' | 'date' | 'time' | 'title' | 'caption' | 'notes' | 'liveUrl'>;
export type MatchHow = 'link' | 'title' | 'date';
export type MatchOptions = { /** Days either side of the row's date (default 1). */ toleranceDays?: number };

export type ResultsMatch = {
  /** In the rows' order. */
  matched: { row: ResultsRow; postId: string; how: MatchHow }[];
  unmatched: ResultsRow[];
  /** Candidates in calendar order (day, time, id). */
  ambiguous: { row: ResultsRow; candidates: string[] }[];
};

/** A link reduced to what identifies the page (see the module comment). */
export const normaliseLink = (raw: string): string | null => {
  const link = raw.trim().replace(/[).,;:!?\]}'"»]+$/, '');
  const m = /^(?:https?:\/\/)?([^/?#\s]+)([^?#\s]*)(\?[^#\s]*)?/i.exec(link);
  if (!m || !m[1]!.includes('.')) return null;
  let host = m[1]!.toLowerCase().replace(/^(?:www|m|mobile)\./, '');
  if (host === 'twitter.com') host = 'x.com';
  let path = m[2]!.replace(/\/+$/, '');
  if (host === 'instagram.com') path = path.replace(/^\/(?:reels?|tv)\//, '/p/');
  const video = /[?&]v=([^&]+)/.exec(m[3] ?? '')?.[1];
  return `${host}${path}${video === undefined ? '' : `?v=${video}`}`;
};

const linksIn = (text: string): Set<string> =>
  new Set(
    (text.match(/https?:\/\/[^\s<>"]+/gi) ?? []).flatMap((url) => {
      const link = normaliseLink(url);
      return link === null ? [] : [link];
    }),
  );

/** Lower case, no accents, words separated by single spaces. */
const words = (text: string): string => normaliseKey(text).replace(/_/g, ' ');
const CAPTION_START = 60;

const textMatches = (post: MatchPost, rowText: string | null): boolean => {
  if (rowText === null) return false;
  const row = words(rowText);
  if (row === '') return false;
  const title = words(post.title);
  if (title.length >= 4 && ` ${row} `.includes(` ${title} `)) return true;
  const caption = words(post.caption);
  if (caption.length < 12) return false;
  // The start of the caption, cut at a word, is what a platform shows whole or truncated.
  const start = caption.length <= CAPTION_START ? caption : caption.slice(0, caption.lastIndexOf(' ', CAPTION_START));
  return (start.length >= 12 && row.includes(start)) || (row.length >= 12 && caption.includes(row));
};

type Pending = { row: ResultsRow; window: MatchPost[]; links: string | null };
type Outcome = { kind: 'matched'; postId: string; how: MatchHow } | { kind: 'ambiguous'; candidates: string[] };

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byCalendar = (a: MatchPost, b: MatchPost): number =>
  cmp(a.date ?? '', b.date ?? '') || cmp(a.time ?? '', b.time ?? '') || cmp(a.id, b.id);

/** Each row's post, or why there is none (see the module comment). Pure: nothing is written. */
export const matchResults = (
  rows: readonly ResultsRow[],
  posts: readonly MatchPost[],
  channel: Channel,
  options: MatchOptions = {},
): ResultsMatch => {
  const tolerance = Math.max(0, Math.floor(options.toleranceDays ?? 1));
  const onChannel = posts.filter((p) => p.channel === channel && p.date !== null).sort(byCalendar);
  const postLinks = new Map(
    onChannel.map((p) => {
      const links = linksIn(`${p.caption}\n${p.notes}`);
      const live = p.liveUrl ? normaliseLink(p.liveUrl) : null;
      if (live !== null) links.add(live);
      return [p.id, links];
    }),
  );
  const windowOf = (day: Day): MatchPost[] => {
    const days = new Set(Array.from({ length: 2 * tolerance + 1 }, (_, i) => shiftDay(day, i - tolerance)));
    return onChannel.filter((p) => days.has(p.date!));
  };
  const pending: Pending[] = rows.map((row) => ({
    row,
    window: windowOf(row.date),
    links: row.link === null ? null : normaliseLink(row.link),
  }));
  const outcomes = new Map<number, Outcome>();
  const taken = new Set<string>();
  const passes: [MatchHow, (p: Pending, post: MatchPost) => boolean][] = [
    ['link', (p, post) => p.links !== null && postLinks.get(post.id)!.has(p.links)],
    ['title', (p, post) => textMatches(post, p.row.text)],
    ['date', () => true],
  ];
  for (const [how, hits] of passes) {
    const claims = new Map<string, number[]>();
    pending.forEach((p, i) => {
      if (outcomes.has(i)) return;
      let found = p.window.filter((post) => !taken.has(post.id) && hits(p, post));
      // Two posts sharing a link (one quoting the other): the text may still tell them apart.
      if (how === 'link' && found.length > 1) {
        const narrowed = found.filter((post) => textMatches(post, p.row.text));
        if (narrowed.length === 1) found = narrowed;
      }
      if (found.length > 1) outcomes.set(i, { kind: 'ambiguous', candidates: found.map((post) => post.id) });
      else if (found.length === 1) claims.set(found[0]!.id, [...(claims.get(found[0]!.id) ?? []), i]);
    });
    for (const [postId, claimants] of claims) {
      taken.add(postId);
      for (const i of claimants) {
        outcomes.set(i, claimants.length === 1 ? { kind: 'matched', postId, how } : { kind: 'ambiguous', candidates: [postId] });
      }
    }
  }
  const result: ResultsMatch = { matched: [], unmatched: [], ambiguous: [] };
  pending.forEach(({ row }, i) => {
    const outcome = outcomes.get(i);
    if (outcome === undefined) result.unmatched.push(row);
    else if (outcome.kind === 'matched') result.matched.push({ row, postId: outcome.postId, how: outcome.how });
    else result.ambiguous.push({ row, candidates: outcome.candidates });
  });
  return result;
};
