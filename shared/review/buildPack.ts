import { eachDayOfInterval, endOfWeek, startOfWeek } from 'date-fns';
import twitterText from 'twitter-text';
import { compareTimes, dateToDay, dayToDate, shiftDay, todayIn, type Day } from '../dates';
import { isVideoKind } from '../media/sniff';
import type { Client } from '../model/client';
import type { Post } from '../model/post';
import { captionReport } from '../publishing/count';
import { hashtagKey } from '../publishing/hashtagSets';
import { cspHash, escapeHtml, isSafeThumbnail, jsonForScript } from './html';
import { PACK_STRINGS, fill, type PackLanguage, type PackStrings } from './packStrings';
import { PACK_STYLE } from './packStyle';
import { REVIEW_SCRIPT } from './reviewScript';
import { postRevision } from './revision';

/**
 * A review pack (issue 17): ONE self-contained HTML file with a client's posts for a period, which the
 * client opens by double-click, answers in, and saves a decisions file from (reviewScript.ts).
 * Safe by construction: every user text is escaped here, the post data travels as escaped JSON, the
 * only script and style are inline and listed by hash in a CSP that allows nothing else (no network,
 * no frame, no form, images from data: URLs only). Deterministic: no clock, no random; the same
 * input gives the same bytes.
 */
export const PACK_FORMAT = 'cadence-review-pack';
export const PACK_VERSION = 1;

export type ReviewPackInput = {
  client: Pick<Client, 'id' | 'name' | 'weekStartsOn' | 'timeZone'> & { xPremium?: boolean | undefined };
  /** Posts of that client; those without a day in `range` are left out. */
  posts: readonly Post[];
  range: { from: Day; to: Day };
  language: PackLanguage;
  /** Unique per pack (the caller makes it; the builder never invents one). */
  packId: string;
  /** When the pack was made (an ISO instant). */
  createdAt: string;
  /** The pack's words; default: PACK_STRINGS[language]. */
  strings?: PackStrings;
  /**
   * Post id → data-URL thumbnails of its media in carousel order (raster base64 only; anything else is
   * dropped): the n-th takes the alt text of the post's n-th media. Cadence passes the first only.
   */
  thumbnails?: Readonly<Record<string, readonly string[]>>;
};

/** What the pack's JSON block holds: the posts as shown, and what the reviewer script needs. */
export type PackData = {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  packId: string;
  clientId: string;
  clientName: string;
  language: PackLanguage;
  range: { from: Day; to: Day };
  createdAt: string;
  fileName: string;
  posts: Array<{
    id: string;
    revision: string;
    date: Day;
    time: string | null;
    title: string;
    channel: string;
    format: string;
    status: string;
    caption: string;
    firstComment: string;
    hashtags: string[];
  }>;
  strings: PackStrings['script'];
};

const esc = escapeHtml;

const longDay = (day: Day, s: PackStrings): string => {
  const date = dayToDate(day);
  return fill(s.longDay, { weekday: s.weekdays[date.getDay()] ?? '', day: date.getDate(), month: s.months[date.getMonth()] ?? '', year: date.getFullYear() });
};

const rangeLabel = (from: Day, to: Day, s: PackStrings): string => {
  const start = dayToDate(from);
  const wholeMonth = from.endsWith('-01') && shiftDay(to, 1).endsWith('-01') && from.slice(0, 7) === to.slice(0, 7);
  if (wholeMonth) return `${s.months[start.getMonth()] ?? ''} ${start.getFullYear()}`;
  return `${longDay(from, s)} – ${longDay(to, s)}`;
};

/** An ASCII file name part: accents dropped, anything else a dash. */
const slug = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'client';

const hashtagsOf = (post: Post): string[] => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of twitterText.extractHashtags(`${post.caption}\n${post.firstComment ?? ''}`)) {
    const key = hashtagKey(tag);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(`#${tag}`);
    }
  }
  return out;
};

const byDayThenTime = (a: Post, b: Post): number =>
  (a.date ?? '').localeCompare(b.date ?? '') || compareTimes(a.time, b.time) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const gridHtml = (input: ReviewPackInput, posts: readonly Post[], s: PackStrings): string => {
  const { weekStartsOn } = input.client;
  const days = eachDayOfInterval({
    start: startOfWeek(dayToDate(input.range.from), { weekStartsOn }),
    end: endOfWeek(dayToDate(input.range.to), { weekStartsOn }),
  }).map(dateToDay);
  const head = Array.from({ length: 7 }, (_, i) => {
    const wd = (weekStartsOn + i) % 7;
    return `<th scope="col"><abbr title="${esc(s.weekdays[wd] ?? '')}">${esc(s.weekdaysShort[wd] ?? '')}</abbr></th>`;
  }).join('');
  const rows: string[] = [];
  for (let w = 0; w < days.length; w += 7) {
    const cells = days.slice(w, w + 7).map((day) => {
      const inRange = day >= input.range.from && day <= input.range.to;
      const date = dayToDate(day);
      // The month's name on its 1st helps on a desktop; a phone's narrow cell shows the number only (CSS .mon).
      const label = date.getDate() === 1 ? `${date.getDate()}<span class="mon"> ${esc(s.months[date.getMonth()] ?? '')}</span>` : String(date.getDate());
      const chips = posts
        .map((post, index) => ({ post, index }))
        .filter(({ post }) => post.date === day)
        .map(({ post, index }) => {
          const time = post.time ?? '';
          return `<a class="chip" href="#post-${index}" data-index="${index}"><span class="mark"></span>${esc(time)} <span class="title">${esc(s.channel[post.channel])} · ${esc(post.title)}</span></a>`;
        })
        .join('');
      return `<td${inRange ? '' : ' class="out"'}><span class="day">${label}</span>${chips}</td>`;
    });
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<div class="grid-wrap"><table class="grid"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
};

/**
 * The post's media: the thumbnails given (alt: the media's own alt text), how many items the carousel
 * has, and each item's alt text, which the client reviews like the caption (a missing one says so).
 */
const mediaHtml = (input: ReviewPackInput, post: Post, s: PackStrings): string => {
  const media = post.media ?? [];
  // The n-th thumbnail is the n-th media's (a dropped one leaves its place); without an alt text, the
  // image is named by its place among those shown.
  const imgs = (input.thumbnails?.[post.id] ?? [])
    .map((src, i) => ({ src, alt: media[i]?.alt.trim() ?? '' }))
    .filter(({ src }) => isSafeThumbnail(src))
    .map(({ src, alt }, shown) => `<img src="${esc(src)}" alt="${esc(alt || fill(s.mediaAlt, { n: shown + 1 }))}">`)
    .join('');
  if (imgs === '' && media.length === 0) return '';
  const parts = [`<h4>${esc(s.mediaHeading)}</h4>`];
  if (imgs !== '') parts.push(`<div class="media">${imgs}</div>`);
  if (media.length > 1) parts.push(`<p class="muted">${esc(fill(s.carousel, { n: media.length }))}</p>`);
  if (media.length > 0) {
    const items = media.map((m, i) => {
      const label = `${isVideoKind(m.kind) ? s.video : s.picture} ${i + 1}${s.colon}`;
      const alt = m.alt.trim() === '' ? `<span class="muted">${esc(s.altMissing)}</span>` : esc(m.alt);
      return `<li>${esc(label)}${alt}</li>`;
    });
    parts.push(`<p class="muted">${esc(s.altHeading)}</p><ol class="alts">${items.join('')}</ol>`);
  }
  return parts.join('');
};

const postHtml = (input: ReviewPackInput, post: Post, index: number, s: PackStrings): string => {
  const when = `${longDay(post.date ?? '', s)}, ${post.time ?? s.noTime}`;
  const report = captionReport(post.caption, post.channel, { xPremium: input.client.xPremium === true });
  const folded = report.foldAt !== null;
  const shown = folded ? post.caption.slice(0, report.foldAt ?? 0).trimEnd() : post.caption;
  const meta = (label: string, value: string) => `<li>${esc(label)}${esc(s.colon)}<b>${esc(value)}</b></li>`;
  const caption = (text: string) => (text === '' ? `<p class="caption muted">${esc(s.emptyCaption)}</p>` : `<p class="caption">${esc(text)}</p>`);
  const parts: string[] = [
    `<li class="post panel" id="post-${index}">`,
    `<p class="when">${esc(when)}</p>`,
    `<h3>${esc(post.title)}</h3>`,
    `<ul class="meta">${meta(s.channelLabel, s.channel[post.channel])}${meta(s.formatLabel, s.format[post.format])}${meta(s.statusLabel, s.status[post.status])}</ul>`,
  ];
  parts.push(mediaHtml(input, post, s));
  parts.push(`<h4>${esc(s.previewHeading)}</h4><div class="preview"><p class="who">${esc(input.client.name)}</p>`);
  parts.push(folded ? `<p class="caption">${esc(shown)}<span class="more"> ${esc(s.more)}</span></p>` : caption(shown));
  parts.push(`</div><p class="muted">${esc(folded ? fill(s.previewFolded, { network: s.channel[post.channel] }) : s.previewWhole)}</p>`);
  if (folded) parts.push(`<h4>${esc(s.captionHeading)}</h4>${caption(post.caption)}`);
  const first = post.firstComment ?? '';
  if (first !== '') parts.push(`<h4>${esc(s.firstCommentHeading)}</h4><p class="caption">${esc(first)}</p>`);
  const tags = hashtagsOf(post);
  if (tags.length > 0) parts.push(`<h4>${esc(s.hashtagsHeading)}</h4><ul class="hashtags">${tags.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`);
  parts.push(`<div class="answer" data-index="${index}"></div></li>`);
  return parts.join('');
};

/** The posts a pack shows: the client's, with a day in the range, in calendar order. */
export const packPosts = (input: Pick<ReviewPackInput, 'client' | 'posts' | 'range'>): Post[] =>
  input.posts
    .filter((p) => p.clientId === input.client.id && p.date !== null && p.date >= input.range.from && p.date <= input.range.to)
    .sort(byDayThenTime);

export const packData = (input: ReviewPackInput): PackData => {
  const s = input.strings ?? PACK_STRINGS[input.language];
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    packId: input.packId,
    clientId: input.client.id,
    clientName: input.client.name,
    language: input.language,
    range: { from: input.range.from, to: input.range.to },
    createdAt: input.createdAt,
    fileName: `cadence-answers-${slug(input.client.name)}-${input.range.from}.json`,
    posts: packPosts(input).map((p) => ({
      id: p.id,
      revision: postRevision(p),
      date: p.date ?? '',
      time: p.time,
      title: p.title,
      channel: p.channel,
      format: p.format,
      status: p.status,
      caption: p.caption,
      firstComment: p.firstComment ?? '',
      hashtags: hashtagsOf(p),
    })),
    strings: s.script,
  };
};

/** The Content-Security-Policy of a pack whose only style and script are these exact texts. */
export const packCsp = (style: string, script: string): string =>
  [
    "default-src 'none'",
    `style-src ${cspHash(style)}`,
    `script-src ${cspHash(script)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

/** The review pack's HTML text (see the module comment). */
export const buildReviewPack = (input: ReviewPackInput): string => {
  const s = input.strings ?? PACK_STRINGS[input.language];
  const posts = packPosts(input);
  const data = packData(input);
  const title = fill(s.title, { client: input.client.name, range: rangeLabel(input.range.from, input.range.to, s) });
  const made = fill(s.madeOn, { date: longDay(todayIn(input.client.timeZone, new Date(input.createdAt)), s) });
  const list = posts.length === 0 ? `<p class="muted">${esc(s.noPosts)}</p>` : `<ol class="posts">${posts.map((p, i) => postHtml(input, p, i, s)).join('')}</ol>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(s.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(packCsp(PACK_STYLE, REVIEW_SCRIPT))}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${esc(title)}</title>`,
    `<style>${PACK_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header><h1>${esc(title)}</h1><p>${esc(s.intro)}</p><p class="muted">${esc(made)}</p></header>`,
    '<section id="reviewer" class="panel"></section>',
    `<section aria-labelledby="grid-h"><h2 id="grid-h">${esc(s.gridHeading)}</h2>${gridHtml(input, posts, s)}</section>`,
    `<section aria-labelledby="list-h"><h2 id="list-h">${esc(s.listHeading)}</h2>${list}</section>`,
    '<section id="month"></section>',
    '</main>',
    '<div id="savebar" class="savebar"></div>',
    `<script type="application/json" id="pack-data">${jsonForScript(data)}</script>`,
    `<script>${REVIEW_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
