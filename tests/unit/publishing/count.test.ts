// Caption counts per network rule, the "… more" fold and the limit cut, on emoji, CJK, accents and URLs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTION_LIMITS, NETWORKS, TABLE_VERSION, isNetwork, maxCharsFor } from '../../../shared/publishing/captionLimits';
import type { CountRule } from '../../../shared/publishing/captionLimits';
import { captionReport, certainBoundary, countBy, countUtf8Bytes, cutIndex, graphemeBoundaries } from '../../../shared/publishing/count';
import { CHANNELS } from '../../../shared/model/enums';

const SEED = 20261204;
const FAMILY = '👩‍👩‍👧'; // 3 emoji joined by 2 ZWJ: 8 UTF-16 units, 1 grapheme
const FLAG = '🇫🇷';
const RULES: CountRule[] = ['graphemes', 'utf16', 'utf8', 'x-weighted', 'threads', 'mastodon'];

describe('the table', () => {
  it('has a row for every channel and for Mastodon, each with its checked date and a source or a reason', () => {
    expect(TABLE_VERSION).toBeGreaterThanOrEqual(1);
    expect([...NETWORKS].sort()).toEqual([...CHANNELS, 'mastodon'].sort());
    for (const network of NETWORKS) {
      const row = CAPTION_LIMITS[network];
      expect(row.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (row.maxChars !== null) expect(row.source).toMatch(/^https:\/\//);
      else expect(row.note).toBeTruthy();
    }
    expect(isNetwork('mastodon')).toBe(true);
    expect(isNetwork('myspace')).toBe(false);
  });

  it('gives X Premium its own limit and nobody else', () => {
    expect(maxCharsFor('x')).toBe(280);
    expect(maxCharsFor('x', { xPremium: true })).toBe(25000);
    expect(maxCharsFor('linkedin', { xPremium: true })).toBe(3000);
    expect(maxCharsFor('blog')).toBeNull();
  });
});

describe('grapheme segmentation in pieces (for speed)', () => {
  const whole = (text: string): number[] => [
    ...Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.index),
    text.length,
  ];

  const tricky = fc.constantFrom(
    'a', ' ', '  ', '\r\n', '\r', '\n', '\u0600', '\u0600 ', '\u0301', ' \u0301', 'e\u0301', '日', 'か', 'か\u3099',
    FAMILY, FLAG, '🇫', '\u200D', '\u200D ', '©', '👩\u200D©', '1\uFE0F\u20E3', 'ก', 'ำ', '한', '\u1100\u1161', '\uD83D',
  );

  it('finds the same boundaries as segmenting the whole text, around every kind of cut', () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 100, maxLength: 900 }), (parts) => {
        const text = parts.join('');
        expect(graphemeBoundaries(text)).toEqual(whole(text));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('only ever cuts the text into pieces at a real grapheme boundary', () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const bounds = new Set(whole(text));
        for (let i = 1; i < text.length; i += 1) if (certainBoundary(text, i)) expect(bounds.has(i), `cut at ${i}`).toBe(true);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('counts 100,000 characters quickly (whole-string segmentation took 1.8 s here)', () => {
    const text = 'Fournée du jour #pain 日本 👩‍👩‍👧 '.repeat(4000);
    const start = performance.now();
    expect(countBy(text, 'graphemes')).toBe(27 * 4000);
    const report = captionReport(text, 'facebook');
    expect(report.limitAt).not.toBeNull();
    // Not a speed budget (the bench holds those): a bound that the quadratic version could not meet.
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('counting rules', () => {
  it('counts an emoji family as 1 grapheme, 8 UTF-16 units, 18 bytes, 2 on X, 18 on Threads', () => {
    expect(countBy(FAMILY, 'graphemes')).toBe(1);
    expect(countBy(FAMILY, 'utf16')).toBe(8);
    expect(countBy(FAMILY, 'utf8')).toBe(18);
    expect(countBy(FAMILY, 'x-weighted')).toBe(2);
    expect(countBy(FAMILY, 'threads')).toBe(18);
    expect(countBy(FAMILY, 'mastodon')).toBe(1);
  });

  it('counts accents and CJK per rule: é is 1 grapheme but 2 bytes, 日本 is 4 on X', () => {
    expect(countBy('café', 'graphemes')).toBe(4);
    expect(countBy('café', 'utf8')).toBe(5);
    expect(countBy('café', 'threads')).toBe(4);
    expect(countBy('日本', 'x-weighted')).toBe(4);
    expect(countBy('日本', 'graphemes')).toBe(2);
    // X counts NFC: a decomposed é (e + combining acute) is still 1.
    expect(countBy('cafe\u0301', 'x-weighted')).toBe(4);
    expect(countBy('cafe\u0301', 'utf16')).toBe(5);
  });

  it('counts a URL as 23 on X and Mastodon, whatever its length', () => {
    const url = 'https://example.com/a/very/long/path/that/goes/on/and/on';
    expect(countBy(`see ${url}`, 'x-weighted')).toBe(4 + 23);
    expect(countBy(`see ${url}`, 'mastodon')).toBe(4 + 23);
    expect(countBy('see https://a.co', 'mastodon')).toBe(4 + 23);
    expect(countBy(`see ${url}`, 'graphemes')).toBe(4 + url.length);
  });

  it('counts a remote Mastodon mention by its local part only', () => {
    expect(countBy('hi @alice@example.social', 'mastodon')).toBe('hi @alice'.length);
    expect(countBy('hi @alice', 'mastodon')).toBe('hi @alice'.length);
  });

  it('counts bytes like TextEncoder, lone surrogates included', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => countUtf8Bytes(s) === encoder.encode(s).length),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('never counts a caption doubled as less than the caption (every rule)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(FAMILY, FLAG, '🇫', 'https://example.com/x', 'a.co', '@bob@host.org', '#pain', '日本', 'e\u0301', ' '),
    );
    const caption = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(caption, fc.constantFrom(...RULES), (c, rule) => countBy(c + c, rule) >= countBy(c, rule)),
      { seed: SEED, numRuns: 600 },
    );
  });
});

describe('the fold and the limit cut', () => {
  it('folds a LinkedIn post after 210 graphemes and shows a short one whole', () => {
    const long = 'a'.repeat(300);
    expect(captionReport(long, 'linkedin').foldAt).toBe(210);
    expect(captionReport('a'.repeat(210), 'linkedin').foldAt).toBeNull();
    expect(captionReport('a'.repeat(211), 'linkedin').foldAt).toBe(210);
  });

  it('folds after whole emoji: 130 families on Instagram fold after the 125th, at a UTF-16 index', () => {
    const caption = FAMILY.repeat(130);
    expect(captionReport(caption, 'instagram').foldAt).toBe(125 * FAMILY.length);
  });

  it('never splits a grapheme or a surrogate pair, for any caption and network', () => {
    const caption = fc.array(
      fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(FAMILY, FLAG, 'e\u0301', '日本語', 'https://x.com/abc ')),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(caption, fc.constantFrom(...NETWORKS), fc.integer({ min: 0, max: 120 }), (parts, network, limit) => {
        const text = parts.join('');
        const bounds = new Set(graphemeBoundaries(text));
        const report = captionReport(text, network);
        for (const at of [report.foldAt, report.limitAt, cutIndex(text, limit, CAPTION_LIMITS[network].counting)]) {
          if (at === null) continue;
          expect(bounds.has(at)).toBe(true);
          const code = text.charCodeAt(at - 1);
          expect(code >= 0xd800 && code <= 0xdbff).toBe(false); // not just after a high surrogate
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('cuts at the longest prefix that fits: the prefix fits, one more grapheme does not', () => {
    const caption = fc.array(fc.constantFrom('a', 'é', FAMILY, '日', ' ', 'https://example.com ', FLAG), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(caption, fc.constantFrom(...RULES), fc.integer({ min: 0, max: 60 }), (parts, rule, limit) => {
        const text = parts.join('');
        const at = cutIndex(text, limit, rule);
        if (at === null) return countBy(text, rule) <= limit;
        const bounds = graphemeBoundaries(text);
        const next = bounds[bounds.indexOf(at) + 1] ?? text.length;
        // URLs make the count jump (a partial URL counts as text): only check the additive rules strictly.
        if (rule === 'x-weighted' || rule === 'mastodon') return countBy(text.slice(0, at), rule) <= limit;
        return countBy(text.slice(0, at), rule) <= limit && countBy(text.slice(0, next), rule) > limit;
      }),
      { seed: SEED, numRuns: 600 },
    );
  });
});

describe('captionReport', () => {
  it('reports an X post over 280 as too long, fine with Premium, folded near 280 either way', () => {
    const caption = 'word '.repeat(70); // 350 weighted
    const plain = captionReport(caption, 'x');
    expect(plain).toMatchObject({ count: 350, max: 280, over: 70, problems: ['too-long'] });
    expect(plain.limitAt).toBe(280);
    const premium = captionReport(caption, 'x', { xPremium: true });
    expect(premium).toMatchObject({ count: 350, max: 25000, over: 0, limitAt: null, problems: [] });
    expect(premium.foldAt).toBe(280);
  });

  it('counts CJK double on X: 141 kanji are over 280', () => {
    expect(captionReport('日'.repeat(140), 'x').problems).toEqual([]);
    expect(captionReport('日'.repeat(141), 'x')).toMatchObject({ count: 282, over: 2, limitAt: 140, problems: ['too-long'] });
  });

  it('counts hashtags and mentions with twitter-text and flags too many for the network', () => {
    const tags = ['#pain', '#levain', '#paris', '#boulangerie', '#bio', '#local'].join(' ');
    const report = captionReport(`Fournée du jour ${tags} avec @alice et @bob`, 'instagram');
    expect(report).toMatchObject({ hashtags: 6, maxHashtags: 5, mentions: 2, maxMentions: 20, problems: ['too-many-hashtags'] });
    expect(captionReport('#un #deux', 'threads').problems).toEqual(['too-many-hashtags']);
    expect(captionReport(tags, 'linkedin')).toMatchObject({ hashtags: 6, maxHashtags: null, problems: [] });
    const mentions = Array.from({ length: 21 }, (_, i) => `@user${i}`).join(' ');
    expect(captionReport(mentions, 'instagram').problems).toEqual(['too-many-mentions']);
  });

  it('counts Bluesky in graphemes: 300 emoji families fit, 301 do not', () => {
    expect(captionReport(FAMILY.repeat(300), 'bluesky').problems).toEqual([]);
    const over = captionReport(FAMILY.repeat(301), 'bluesky');
    expect(over).toMatchObject({ count: 301, over: 1, limitAt: 300 * FAMILY.length });
  });

  it('counts YouTube descriptions in bytes: 2,500 é are 5,000 bytes and fit, one more does not', () => {
    expect(captionReport('é'.repeat(2500), 'youtube').over).toBe(0);
    expect(captionReport('é'.repeat(2501), 'youtube')).toMatchObject({ count: 5002, over: 2, limitAt: 2500 });
  });

  it('counts Threads emoji by their bytes: 125 four-byte emoji fill the 500', () => {
    expect(captionReport('😀'.repeat(125), 'threads').over).toBe(0);
    expect(captionReport('😀'.repeat(126), 'threads')).toMatchObject({ count: 504, over: 4, limitAt: 250 });
  });

  it('has no limit and no fold for the blog or the newsletter', () => {
    expect(captionReport('x'.repeat(100000), 'blog')).toMatchObject({ max: null, over: 0, limitAt: null, foldAt: null, problems: [] });
  });

  it('reports an empty caption as fine everywhere', () => {
    for (const network of NETWORKS) {
      expect(captionReport('', network)).toMatchObject({ count: 0, over: 0, foldAt: null, limitAt: null, problems: [] });
    }
  });
});
