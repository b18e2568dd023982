// Issue 18 in the review pack: a post's first thumbnail is shown with its own alt text on the <img>,
// the carousel's size and every item's alt text are listed (a missing one says so, a hostile one stays
// text), the CSP still hashes the only style and allows data: images only, and the revision the client
// approves counts the media (a post without media keeps its old fingerprint).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MediaItem } from '../../shared/model/media';
import { buildReviewPack, postRevision } from '../../shared/review';
import { PACK_STYLE } from '../../shared/review/packStyle';
import { canonicalJson } from '../../shared/serializers/canonicalJson';
import { sha256 } from '../../shared/serializers/sha256';
import { PNG_1PX, REVIEW_POSTS, reviewInput } from '../fixtures/reviewPack';

const NBSP = '\u00a0';
const item = (c: string, kind: MediaItem['kind'], alt: string, name = `${c}.jpg`): MediaItem => ({ hash: c.repeat(64), name, kind, size: 100, alt });
const CAROUSEL = [item('a', 'jpeg', 'Two loaves on a wooden table'), item('b', 'mp4', ''), item('c', 'png', 'x"><script>window.__pwned=1</script>')];
const launch = REVIEW_POSTS.find((p) => p.id === 'p-launch')!;
const withMedia = REVIEW_POSTS.map((p) => (p.id === 'p-launch' ? { ...p, media: CAROUSEL } : p));
const input = (over: Parameters<typeof reviewInput>[0] = {}) => reviewInput({ posts: withMedia, thumbnails: { 'p-launch': [PNG_1PX] }, ...over });
const postBlock = (html: string, id: string): string => {
  const index = JSON.parse(/<script type="application\/json" id="pack-data">([\s\S]*?)<\/script>/.exec(html)![1]!).posts.findIndex((p: { id: string }) => p.id === id);
  return /<li class="post panel" id="post-\d+">[\s\S]*?<div class="answer"/.exec(html.slice(html.indexOf(`id="post-${index}"`) - 24))![0];
};

describe('media in a review pack', () => {
  const html = buildReviewPack(input());
  const block = postBlock(html, 'p-launch');

  it('shows the first thumbnail with the media’s alt text on the <img>, and only that one', () => {
    expect(block).toContain(`<div class="media"><img src="${PNG_1PX}" alt="Two loaves on a wooden table"></div>`);
    expect(html.match(/<img /g)).toHaveLength(1);
  });

  it('says how many items the carousel has and lists each alt text, a missing one as such, a hostile one as text', () => {
    expect(block).toContain('<p class="muted">Carousel of 3</p>');
    expect(block).toContain('<p class="muted">Alt text (read to people who cannot see the picture)</p><ol class="alts">');
    expect(block).toContain('<li>Picture 1: Two loaves on a wooden table</li>');
    expect(block).toContain('<li>Video 2: <span class="muted">not written yet</span></li>');
    expect(block).toContain('<li>Picture 3: x&quot;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;</li>');
    expect(html).not.toContain('<script>window.__pwned');
  });

  it('lists the media of a post without a thumbnail (a HEIC not decoded here), with no <img>', () => {
    const none = buildReviewPack(input({ thumbnails: {} }));
    expect(none).not.toContain('<img');
    expect(postBlock(none, 'p-launch')).toContain('<h4>Media</h4><p class="muted">Carousel of 3</p>');
    // One item: no carousel line.
    const single = buildReviewPack(input({ posts: REVIEW_POSTS.map((p) => (p.id === 'p-launch' ? { ...p, media: [CAROUSEL[0]!] } : p)) }));
    expect(postBlock(single, 'p-launch')).not.toContain('Carousel');
    expect(postBlock(single, 'p-launch')).toContain('<li>Picture 1: Two loaves on a wooden table</li>');
  });

  it('is written in French with its typography', () => {
    const fr = postBlock(buildReviewPack(input({ language: 'fr' })), 'p-launch');
    expect(fr).toContain('<p class="muted">Carrousel de 3</p>');
    expect(fr).toContain(`<li>Vidéo 2${NBSP}: <span class="muted">pas encore écrit</span></li>`);
  });

  it('keeps a CSP that hashes its only style and allows images from data: URLs only', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    expect(/<style>([\s\S]*?)<\/style>/.exec(html)![1]).toBe(PACK_STYLE);
    expect(PACK_STYLE).toContain('.alts{');
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(PACK_STYLE, 'utf8').digest('base64')}'`);
    expect(csp.split('; ')).toContain('img-src data:');
  });
});

describe('the revision of a post with media', () => {
  it('is the old fingerprint for a post without media (packs sent before #18 still match)', () => {
    const old = `r1-${sha256(canonicalJson([launch.title, launch.caption, launch.firstComment ?? '', launch.date, launch.time, launch.channel, launch.format])).slice(0, 40)}`;
    expect(postRevision(launch)).toBe(old);
    expect(postRevision({ ...launch, media: [] })).toBe(old);
  });

  it('changes with a picture, its alt text or the carousel’s order, not with a file name', () => {
    const base = postRevision({ ...launch, media: CAROUSEL });
    expect(base).not.toBe(postRevision(launch));
    expect(postRevision({ ...launch, media: [{ ...CAROUSEL[0]!, alt: 'Three loaves' }, ...CAROUSEL.slice(1)] })).not.toBe(base);
    expect(postRevision({ ...launch, media: [CAROUSEL[1]!, CAROUSEL[0]!, CAROUSEL[2]!] })).not.toBe(base);
    expect(postRevision({ ...launch, media: [{ ...CAROUSEL[0]!, name: 'renamed.jpg' }, ...CAROUSEL.slice(1)] })).toBe(base);
  });
});
