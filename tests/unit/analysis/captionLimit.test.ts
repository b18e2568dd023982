// The caption-limit guard rule: a caption or first comment over its network's limit, in the network's units.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, RULE_INFO, resolveRules } from '../../../shared/analysis/rules';
import type { AnalysisPost } from '../../../shared/analysis/types';
import type { Channel } from '../../../shared/model/enums';
import { captionReport } from '../../../shared/publishing/count';
import { CAPTION_LIMITS } from '../../../shared/publishing/captionLimits';
import { ALL_OFF, only, warningsOf } from './helpers';

const SEED = 20261205;
const FAMILY = '👩‍👩‍👧'; // 8 UTF-16 units, 1 grapheme, 2 in X's count

const post = (id: string, channel: Channel, caption: string, extra: Partial<AnalysisPost> = {}): AnalysisPost => ({
  id,
  date: '2026-12-10',
  time: '10:00',
  channel,
  format: 'text',
  tone: 'serious',
  intent: 'informative',
  invitesParticipation: false,
  title: `Post ${id}`,
  status: 'draft',
  caption,
  ...extra,
});

const rules = only('caption-limit');
const tags = (n: number) => Array.from({ length: n }, (_, i) => `#tag${i}`).join(' ');

describe('caption limit', () => {
  it('warns on a LinkedIn caption of 3,001 characters, not on one of 3,000', () => {
    expect(warningsOf([post('ok', 'linkedin', 'a'.repeat(3000))], rules)).toEqual([]);
    const [w, ...rest] = warningsOf([post('long', 'linkedin', 'a'.repeat(3001))], rules);
    expect(rest).toEqual([]);
    expect(w?.id).toBe('caption-limit:long:caption-length');
    expect(w?.ruleId).toBe('caption-limit');
    expect(w?.severity).toBe('warning');
    expect(w?.postIds).toEqual(['long']);
    expect(w?.fix).toBeUndefined();
    expect(w?.message.en).toBe(
      '“Post long” on LinkedIn: the caption has 3,001 characters, over the limit of 3,000. Shorten it by 1 character.',
    );
    expect(w?.message.fr).toBe(
      '«\u00a0Post long\u00a0» sur LinkedIn\u00a0: la légende compte 3\u202f001 caractères, au-delà de la limite de 3\u202f000. Raccourcissez-la de 1 caractère.',
    );
  });

  it('counts X the weighted way: 281 warns, and not when the client has X Premium', () => {
    // 141 CJK characters weigh 2 each: 282 in X's count, 141 UTF-16 units.
    const cjk = '日'.repeat(141);
    expect(warningsOf([post('x1', 'x', 'a'.repeat(280))], rules)).toEqual([]);
    const [over] = warningsOf([post('x2', 'x', 'a'.repeat(281))], rules);
    expect(over?.message.en).toBe(
      '“Post x2” on X: the caption has 281 characters as X counts them (a link is 23, an emoji 2), over the limit of 280. Shorten it by 1 character.',
    );
    expect(over?.message.fr).toContain('selon le décompte de X (un lien vaut 23, un émoji 2), au-delà de la limite de 280. Raccourcissez-la de 1 caractère.');
    expect(warningsOf([post('x3', 'x', cjk)], rules).map((w) => w.message.en)).toEqual([
      '“Post x3” on X: the caption has 282 characters as X counts them (a link is 23, an emoji 2), over the limit of 280. Shorten it by 2 characters.',
    ]);
    // A short link counts 23 in X's count: 12 links of "a.co " are 60 units long but weigh 12 × 24 - 1.
    const links = Array.from({ length: 12 }, () => 'a.co').join(' ');
    expect(links.length).toBeLessThan(280);
    expect(warningsOf([post('x4', 'x', links)], rules)).toHaveLength(1);
    expect(warningsOf([post('x2', 'x', 'a'.repeat(281)), post('x3', 'x', cjk)], rules, { xPremium: true })).toEqual([]);
    // X Premium is X's alone: LinkedIn keeps its 3,000.
    expect(warningsOf([post('li', 'linkedin', 'a'.repeat(3001))], rules, { xPremium: true })).toHaveLength(1);
  });

  it('warns on 6 hashtags on Instagram (it takes 5), not on 5', () => {
    expect(CAPTION_LIMITS.instagram.maxHashtags).toBe(5);
    expect(warningsOf([post('five', 'instagram', `Fresh bread ${tags(5)}`)], rules)).toEqual([]);
    const warnings = warningsOf([post('six', 'instagram', `Fresh bread ${tags(6)}`)], rules);
    expect(warnings.map((w) => w.id)).toEqual(['caption-limit:six:hashtags']);
    expect(warnings[0]?.message.en).toBe('“Post six” on Instagram: the caption has 6 hashtags; Instagram takes at most 5. Remove 1.');
    expect(warnings[0]?.message.fr).toBe(
      '«\u00a0Post six\u00a0» sur Instagram\u00a0: la légende compte 6 hashtags\u00a0; Instagram en accepte 5 au plus. Retirez-en 1.',
    );
    // Full-width signs are hashtags too (as twitter-text finds them).
    expect(warningsOf([post('wide', 'instagram', `${tags(5)} ＃pain`)], rules)).toHaveLength(1);
    // LinkedIn sets no hashtag limit.
    expect(warningsOf([post('li', 'linkedin', tags(40))], rules)).toEqual([]);
  });

  it('warns on too many mentions, with the count and the max', () => {
    const mentions = (n: number) => Array.from({ length: n }, (_, i) => `@friend${i}`).join(' ');
    expect(warningsOf([post('m20', 'instagram', mentions(20))], rules)).toEqual([]);
    const [w] = warningsOf([post('m21', 'instagram', mentions(21))], rules);
    expect(w?.id).toBe('caption-limit:m21:mentions');
    expect(w?.message.en).toBe('“Post m21” on Instagram: the caption has 21 mentions; Instagram takes at most 20. Remove 1.');
  });

  it('counts graphemes where the network does, UTF-16 units where it does not say', () => {
    // Bluesky counts graphemes: 300 families are 2,400 UTF-16 units but 300 characters.
    expect(warningsOf([post('b300', 'bluesky', FAMILY.repeat(300))], rules)).toEqual([]);
    const [b] = warningsOf([post('b301', 'bluesky', FAMILY.repeat(301))], rules);
    expect(b?.message.en).toBe(
      '“Post b301” on Bluesky: the caption has 301 characters, over the limit of 300. Shorten it by 1 character.',
    );
    // Instagram (UTF-16 assumed): 1,100 faces are 2,200 units and fit; one more is 2 over.
    expect(warningsOf([post('i1100', 'instagram', '😀'.repeat(1100))], rules)).toEqual([]);
    const [i] = warningsOf([post('i1101', 'instagram', '😀'.repeat(1101))], rules);
    expect(i?.message.en).toBe(
      '“Post i1101” on Instagram: the caption has 2,202 characters, over the limit of 2,200. Shorten it by 2 characters.',
    );
    // Threads counts an emoji's UTF-8 bytes: 125 faces are 500, 126 are 504.
    expect(warningsOf([post('t125', 'threads', '😀'.repeat(125))], rules)).toEqual([]);
    expect(warningsOf([post('t126', 'threads', '😀'.repeat(126))], rules)[0]?.message.en).toBe(
      '“Post t126” on Threads: the caption has 504 characters (an emoji counts its bytes), over the limit of 500. Shorten it by 4 characters.',
    );
  });

  it('counts CR LF as one character and © as an emoji where the network counts so', () => {
    // Bluesky: "ab\r\n" is 4 UTF-16 units but 3 graphemes; 80 of them are 320 units and 240 characters.
    expect(warningsOf([post('crlf', 'bluesky', 'ab\r\n'.repeat(80))], rules)).toEqual([]);
    expect(warningsOf([post('crlf2', 'bluesky', 'ab\r\n'.repeat(101))], rules)[0]?.message.en).toContain('has 303 characters');
    // Threads counts © (a pictograph) by its 2 UTF-8 bytes: 250 fit in 500, 251 do not.
    expect(warningsOf([post('c250', 'threads', '©'.repeat(250))], rules)).toEqual([]);
    expect(warningsOf([post('c251', 'threads', '©'.repeat(251))], rules)[0]?.message.en).toContain('has 502 characters');
  });

  it('counts YouTube in bytes', () => {
    expect(warningsOf([post('y1', 'youtube', 'é'.repeat(2500))], rules)).toEqual([]);
    expect(warningsOf([post('y2', 'youtube', 'é'.repeat(2501))], rules)[0]?.message).toMatchObject({
      en: '“Post y2” on YouTube: the caption has 5,002 bytes, over the limit of 5,000. Shorten it by 2 bytes.',
      fr: '«\u00a0Post y2\u00a0» sur YouTube\u00a0: la légende compte 5\u202f002 octets, au-delà de la limite de 5\u202f000. Raccourcissez-la de 2 octets.',
    });
  });

  it('warns on a first comment over the limit, naming it as the first comment', () => {
    // A stored first comment is at most 2,200 characters: it can be over only where the network's
    // limit is lower (X, Threads, Bluesky, Mastodon).
    const posts = [post('c', 'bluesky', 'Short caption', { firstComment: FAMILY.repeat(302) })];
    const warnings = warningsOf(posts, rules);
    expect(warnings.map((w) => w.id)).toEqual(['caption-limit:c:comment-length']);
    expect(warnings[0]?.message.en).toBe(
      '“Post c” on Bluesky: the first comment has 302 characters, over the limit of 300. Shorten it by 2 characters.',
    );
    expect(warnings[0]?.message.fr).toContain('le premier commentaire compte 302 caractères, au-delà de la limite de 300. Raccourcissez-le de 2 caractères.');
    expect(warningsOf([post('c', 'bluesky', 'Short caption', { firstComment: FAMILY.repeat(300) })], rules)).toEqual([]);
    // A first comment's hashtags are not the caption's: moving them there is what it is for.
    expect(warningsOf([post('h', 'instagram', 'Hello', { firstComment: tags(12) })], rules)).toEqual([]);
    // Both over: one warning each, caption first.
    const both = warningsOf([post('d', 'x', 'a'.repeat(300), { firstComment: 'b'.repeat(290) })], rules);
    expect(both.map((w) => w.id)).toEqual(['caption-limit:d:caption-length', 'caption-limit:d:comment-length']);
  });

  it('skips published posts, channels without a limit, posts without a caption and ideas without a day', () => {
    const long = 'a'.repeat(5000);
    expect(
      warningsOf(
        [
          post('pub', 'linkedin', long, { status: 'published', firstComment: long }),
          post('blog', 'blog', long),
          post('letter', 'newsletter', long),
          { ...post('none', 'x', ''), caption: undefined },
          post('empty', 'x', ''),
          post('idea', 'x', long, { date: null, status: 'idea' }),
        ],
        rules,
      ),
    ).toEqual([]);
    // Every other status is still to be published, so it is checked.
    for (const status of ['draft', 'ready', 'scheduled'] as const) {
      expect(warningsOf([post(status, 'x', long, { status })], rules)).toHaveLength(1);
    }
  });

  it('says nothing when the rule is off, and reports only posts in the range asked', () => {
    const posts = [post('a', 'x', 'a'.repeat(281)), post('b', 'x', 'a'.repeat(281), { date: '2026-12-20' })];
    expect(warningsOf(posts, ALL_OFF)).toEqual([]);
    // Every other rule on, this one off: the others still speak, this one does not.
    const others = warningsOf(posts, { ...DEFAULT_RULES, 'caption-limit': { ...DEFAULT_RULES['caption-limit'], enabled: false } });
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((w) => w.ruleId === 'caption-limit')).toEqual([]);
    expect(warningsOf(posts, DEFAULT_RULES).filter((w) => w.ruleId === 'caption-limit')).toHaveLength(2);
    expect(warningsOf(posts, rules, { from: '2026-12-15', to: '2026-12-31' }).map((w) => w.postIds)).toEqual([['b']]);
    expect(warningsOf(posts, only('caption-limit', { severity: 'critical' }))[0]?.severity).toBe('critical');
  });

  it('comes in calendar order among the other rules: by first post, then rule', () => {
    // A caption warning on an earlier post comes before a streak that starts on the next one.
    const promo = (id: string, date: string) => post(id, 'x', 'Buy', { date, intent: 'promotional' });
    const posts = [post('a', 'x', 'a'.repeat(281), { date: '2026-12-01' }), promo('b', '2026-12-02'), promo('c', '2026-12-03'), promo('d', '2026-12-04')];
    const rulesOn = { ...only('caption-limit'), 'promo-streak': DEFAULT_RULES['promo-streak'] };
    expect(warningsOf(posts, rulesOn).map((w) => w.ruleId)).toEqual(['caption-limit', 'promo-streak']);
  });

  it('is on by default with its name in both languages, and keeps stored settings', () => {
    expect(DEFAULT_RULES['caption-limit']).toEqual({ enabled: true, severity: 'warning' });
    expect(resolveRules({})['caption-limit'].enabled).toBe(true);
    expect(resolveRules({ 'caption-limit': { enabled: false } })['caption-limit']).toEqual({ enabled: false, severity: 'warning' });
    expect(resolveRules({ 'caption-limit': { enabled: 'no', severity: 'loud' } })['caption-limit']).toEqual(DEFAULT_RULES['caption-limit']);
    expect(RULE_INFO['caption-limit'].name).toEqual({ en: 'Caption limits', fr: 'Limites des légendes' });
  });
});

describe('caption limit agrees with the editor counter', () => {
  // The rule skips captions that certainly fit without counting them (for speed): whatever the text,
  // it must warn exactly where captionReport finds a problem.
  const piece = fc.constantFrom(
    'a', 'é', ' ', '\n', '\r\n', '\r', '©', '日', '😀', FAMILY, '🇫🇷', '#tag', '＃tag', '@me', '＠me', 'https://a.co ', 'a.co ', 'e\u0301', 'x'.repeat(40),
  );
  const channels: Channel[] = ['instagram', 'linkedin', 'x', 'threads', 'bluesky', 'pinterest', 'tiktok', 'youtube', 'facebook', 'blog'];

  it('for every channel, with and without X Premium', () => {
    fc.assert(
      fc.property(
        // Short texts too, so that a count of tags just over a network's maximum is tried on its own.
        fc.oneof(fc.array(piece, { maxLength: 12 }), fc.array(piece, { maxLength: 160 })),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 22 }),
        fc.array(piece, { minLength: 0, maxLength: 20 }),
        fc.constantFrom(...channels),
        fc.boolean(),
        (parts, hashtags, mentions, commentParts, channel, xPremium) => {
          const caption = [...parts, ' #t'.repeat(hashtags), ' @m'.repeat(mentions)].join('');
          const firstComment = commentParts.join('').repeat(channel === 'x' || channel === 'bluesky' ? 3 : 1);
          const got = warningsOf([post('p', channel, caption, { firstComment })], rules, { xPremium }).map((w) => w.id);
          const report = captionReport(caption, channel, { xPremium });
          const expected = [
            ...(caption !== '' && report.problems.includes('too-long') ? ['caption-limit:p:caption-length'] : []),
            ...(caption !== '' && report.problems.includes('too-many-hashtags') ? ['caption-limit:p:hashtags'] : []),
            ...(caption !== '' && report.problems.includes('too-many-mentions') ? ['caption-limit:p:mentions'] : []),
            ...(captionReport(firstComment, channel, { xPremium }).problems.includes('too-long') ? ['caption-limit:p:comment-length'] : []),
          ].sort(); // same post, same rule: by id
          expect(got).toEqual(expected);
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });
});
