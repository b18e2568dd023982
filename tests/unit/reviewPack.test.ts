// The review pack (issue 17): one self-contained HTML file, byte-identical for the same data, with a
// strict CSP whose hashes match its only style and script, every user text escaped, and the post data
// in a JSON block that parses back to exactly what was put in.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PACK_STRINGS, buildReviewPack, packData, postRevision } from '../../shared/review';
import { PACK_STYLE } from '../../shared/review/packStyle';
import { REVIEW_SCRIPT } from '../../shared/review/reviewScript';
import { HOSTILE, PNG_1PX, REVIEW_CLIENT, REVIEW_POSTS, reviewInput } from '../fixtures/reviewPack';

const base64Sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

const jsonBlock = (html: string): string => {
  const m = /<script type="application\/json" id="pack-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no JSON block');
  return m[1]!;
};
const cspOf = (html: string): string => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
/** The markup outside the two script elements and the style: where user text must never be markup. */
const markupOf = (html: string): string =>
  html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '<script></script>').replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
const tagsOf = (markup: string) => [...markup.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s>]+)*)\s*\/?>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attrs: m[2] ?? '' }));

describe('a review pack', () => {
  const html = buildReviewPack(reviewInput());

  it('is byte-identical for the same data, whatever order the posts come in', () => {
    expect(buildReviewPack(reviewInput())).toBe(html);
    expect(buildReviewPack(reviewInput({ posts: [...REVIEW_POSTS].reverse() }))).toBe(html);
    // …and a different pack id changes the pack (the test can fail).
    expect(buildReviewPack(reviewInput({ packId: 'pack-other' }))).not.toBe(html);
  });

  it('has a strict CSP whose hashes are those of its only style and its only script', () => {
    const csp = cspOf(html).replace(/&#39;/g, "'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(style).toBe(PACK_STYLE);
    expect(script).toBe(REVIEW_SCRIPT);
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      `style-src 'sha256-${base64Sha256(style!)}'`,
      `script-src 'sha256-${base64Sha256(script!)}'`,
      'img-src data:',
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('asks for nothing outside itself', () => {
    const markup = markupOf(html);
    expect(markup).not.toMatch(/<(link|iframe|frame|object|embed|form|base|audio|video|source)\b/i);
    expect(PACK_STYLE).not.toMatch(/url\(|@import/);
    for (const { attrs } of tagsOf(markup)) {
      for (const [, name, value] of attrs.matchAll(/([a-z-]+)="([^"]*)"/g)) {
        if (name === 'src') expect(value).toMatch(/^data:image\/png;base64,/);
        if (name === 'href') expect(value).toMatch(/^#post-\d+$/);
      }
    }
  });

  it('shows hostile titles and captions only as text: no tag, no handler, no link comes from them', () => {
    const markup = markupOf(html);
    const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'p', 'section', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'abbr', 'a', 'span', 'ol', 'ul', 'li', 'b', 'img', 'script']);
    for (const tag of tagsOf(markup)) {
      expect(allowed, tag.name).toContain(tag.name);
      expect(tag.attrs).not.toMatch(/\son[a-z]+=/i);
    }
    expect(markup.match(/<img /g)).toHaveLength(2); // the two PNG thumbnails; the SVG, javascript: and broken ones are dropped
    expect(html).not.toContain('svg+xml');
    expect(html).not.toMatch(/__pwned=[56]/);
    expect(markup).not.toMatch(/href="javascript:/i);
    expect(markup).toContain('&lt;script&gt;window.__pwned = 1; alert(1)&lt;/script&gt;');
    expect(markup).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
    expect(markup).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned = 3&lt;/script&gt;');
    expect(markup).toContain('Tap here: javascript:alert(document.domain) and &lt;a href=&quot;javascript:window.__pwned=4&quot;&gt;win&lt;/a&gt;');
    // The one place a `</script>` could end a script early is the JSON block: it holds none.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(REVIEW_SCRIPT).not.toMatch(/<\/script|<!--/i);
  });

  it('carries the post data as JSON that parses back exactly, with < > & U+2028 U+2029 escaped', () => {
    const text = jsonBlock(html);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    const data = JSON.parse(text);
    expect(data).toEqual(packData(reviewInput()));
    const byId = new Map(data.posts.map((p: { id: string }) => [p.id, p]));
    expect(byId.get('p-script')).toMatchObject({ title: HOSTILE.scriptTitle, caption: HOSTILE.imgCaption, revision: postRevision(REVIEW_POSTS[1]!) });
    expect(byId.get('p-close')).toMatchObject({ caption: HOSTILE.closeScript });
    expect(byId.get('p-sep')).toMatchObject({ caption: HOSTILE.lineSeparator, title: 'Two lines \u2028 title' });
  });

  it("holds only the client's posts with a day in the range, in calendar order, and never internal notes", () => {
    const data = packData(reviewInput());
    expect(data.posts.map((p) => p.id)).toEqual(['p-launch', 'p-close', 'p-script', 'p-link', 'p-sep', 'p-noel']);
    expect(html).not.toContain('Not this client');
    expect(html).not.toContain('January sale');
    expect(html).not.toContain('internal: never in a pack');
  });

  it("never carries the team's internal notes in a post's review thread, nor who wrote them", () => {
    const note = { id: 'n-1', author: 'Sam from the agency', at: '2026-11-21T10:00:00.000Z', text: 'Client hates orange, avoid', kind: 'internal' as const };
    const posts = REVIEW_POSTS.map((p) => (p.id === 'p-launch' ? { ...p, approval: { state: 'review' as const, changedAfterReview: false, comments: [note] } } : p));
    const withNotes = buildReviewPack(reviewInput({ posts }));
    expect(withNotes).not.toContain('Client hates orange');
    expect(withNotes).not.toContain('Sam from the agency');
    // Nothing of the review at all: the pack is the same as for a post without one.
    expect(withNotes).toBe(html);
  });

  it("draws the month as weeks starting on the client's week start", () => {
    const weeks = (h: string) => /<tbody>([\s\S]*?)<\/tbody>/.exec(h)![1]!.match(/<tr>/g)!.length;
    const firstHead = (h: string) => /<thead><tr><th scope="col"><abbr title="([^"]+)"/.exec(h)![1];
    expect(weeks(html)).toBe(5); // Mon 30 Nov → Sun 3 Jan
    expect(firstHead(html)).toBe('Monday');
    const sunday = buildReviewPack(reviewInput({ client: { ...REVIEW_CLIENT, weekStartsOn: 0 } }));
    expect(firstHead(sunday)).toBe('Sunday');
    expect(weeks(sunday)).toBe(5); // Sun 29 Nov → Sat 2 Jan
    expect(html).toContain('<td class="out"><span class="day">30</span></td>');
    expect(html).toContain('<td><span class="day">1<span class="mon"> December</span></span>'); // the name hides on a phone
    expect(html).toContain('<td class="out"><span class="day">1<span class="mon"> January</span></span></td>');
    expect(html).toContain('<a class="chip" href="#post-0" data-index="0"><span class="mark"></span>09:00 <span class="title">Instagram · Winter menu launch</span></a>');
  });

  it("cuts the preview where the network folds the caption, and shows the full caption, first comment and hashtags", () => {
    const launch = REVIEW_POSTS[0]!;
    const cut = launch.caption.slice(0, 125).trimEnd();
    expect(html).toContain(`<p class="caption">${cut}<span class="more"> … more</span></p>`);
    expect(html).toContain('Instagram cuts the caption here, behind “more”.');
    expect(html).toContain(`<h4>Full caption</h4><p class="caption">${launch.caption}</p>`);
    expect(html).toContain('<h4>First comment</h4><p class="caption">Menu: lune.example/menu #menu</p>');
    expect(html).toContain('<ul class="hashtags"><li>#winter</li><li>#brioche</li><li>#paris</li><li>#menu</li></ul>');
    // Bluesky shows a post whole: no "more", no second copy.
    expect(html).toMatch(/Line one\u2028line two\u2029end<\/p><\/div><p class="muted">Shown whole\.<\/p><div class="answer"/);
  });

  it("is written in the client's language", () => {
    const fr = buildReviewPack(reviewInput({ language: 'fr' }));
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('<title>Maison Lune &amp; Fils\u00a0: publications à valider, décembre 2026</title>');
    expect(fr).toContain('<abbr title="lundi">lun.</abbr>');
    expect(fr).toContain('Préparé le mardi 24 novembre 2026.');
    expect(fr).toContain('<span class="more"> … plus</span>');
    expect(JSON.parse(jsonBlock(fr)).strings.save).toBe('Enregistrer mes réponses');
    expect(html).toContain('<title>Maison Lune &amp; Fils: posts for review, December 2026</title>');
    expect(html).toContain('Prepared on Tuesday November 24, 2026.');
  });

  it('names a range that is not a whole month by its first and last day', () => {
    const part = buildReviewPack(reviewInput({ range: { from: '2026-12-07', to: '2026-12-20' } }));
    expect(part).toContain('<title>Maison Lune &amp; Fils: posts for review, Monday December 7, 2026 – Sunday December 20, 2026</title>');
    expect(JSON.parse(jsonBlock(part)).posts.map((p: { id: string }) => p.id)).toEqual(['p-link', 'p-sep']);
  });

  it('shows thumbnails only when there are some', () => {
    const none = buildReviewPack(reviewInput({ thumbnails: undefined }));
    expect(none).not.toContain('<img');
    expect(none).not.toContain('<h4>Media</h4>');
    expect(html).toContain(`<h4>Media</h4><div class="media"><img src="${PNG_1PX}" alt="Media 1"><img src="${PNG_1PX}" alt="Media 2"></div>`);
  });

  it('ships a script that parses as JavaScript', () => {
    expect(() => new Function(REVIEW_SCRIPT)).not.toThrow();
  });
});

describe('the pack strings', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
      : [prefix];

  it('has the same keys in English and French, none empty', () => {
    expect(keys(PACK_STRINGS.fr)).toEqual(keys(PACK_STRINGS.en));
    for (const lang of ['en', 'fr'] as const) {
      for (const text of JSON.stringify(PACK_STRINGS[lang]).match(/"(?:[^"\\]|\\.)*"/g) ?? []) expect(text).not.toBe('""');
    }
  });

  it('writes French with a non-breaking space before : ; ? ! and inside « »', () => {
    const texts = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(texts) : [];
    const fr = texts(PACK_STRINGS.fr);
    expect(fr.length).toBeGreaterThan(80);
    for (const text of fr) {
      expect(text).not.toMatch(/ [:;?!»]|« /);
      expect(text).not.toMatch(/[^\u00a0\s][:;?!](?:\s|$)|[^\u00a0]»|«[^\u00a0]/);
    }
  });
});
