import { describe, expect, it } from 'vitest';
import type { AnalysisPost } from '../../../shared/analysis/types';
import type { Channel } from '../../../shared/model/enums';
import type { FormatId } from '../../../shared/model/formats';
import { post, utcDay } from './fixtures';
import { only, warningsOf } from './helpers';

const CODES: Record<string, FormatId> = { c: 'carousel', v: 'video', i: 'image', t: 'text' };
/** One post a day from Monday 9 Nov 2026, formats by letter. */
const formats = (pattern: string, channel: (i: number) => Channel = () => 'instagram'): AnalysisPost[] =>
  [...pattern].map((c, i) => post(utcDay('2026-11-09', i), { id: `f${i}`, format: CODES[c], channel: channel(i) }));

describe('the same format K times in a row', () => {
  it.each([
    { k: 3, pattern: 'ccv', fires: false },
    { k: 3, pattern: 'vccc', fires: true },
    { k: 3, pattern: 'ccvcc', fires: false },
    { k: 2, pattern: 'cvc', fires: false },
    { k: 2, pattern: 'cvv', fires: true },
    { k: 4, pattern: 'cccvccc', fires: false },
    { k: 4, pattern: 'cccc', fires: true },
  ])('K = $k, $pattern → $fires', ({ k, pattern, fires }) => {
    expect(warningsOf(formats(pattern), only('format-repeat', { repeatCount: k })).length).toBe(fires ? 1 : 0);
  });

  it('names the posts and the format, per channel by default', () => {
    // Carousels on Instagram every day, with a Facebook video in between each.
    const posts = formats('cvcvcv', (i) => (i % 2 === 0 ? 'instagram' : 'facebook')).map((p, i) =>
      i % 2 === 1 ? { ...p, format: 'video' as const, date: p.date } : p,
    );
    const [w] = warningsOf(posts, only('format-repeat'));
    expect(w?.postIds).toEqual(['f0', 'f2', 'f4']);
    expect(w?.message.en).toBe('Carousel 3 times in a row on Instagram (9–13 Nov): vary the format to keep attention.');
    expect(w?.message.fr).toBe('Carrousel 3 fois de suite sur Instagram (9–13 nov.) : variez les formats pour retenir l’attention.');
    expect(warningsOf(posts, only('format-repeat', { scope: 'all' }))).toEqual([]);
  });

  it('with scope all, counts across channels', () => {
    const posts = formats('ccc', (i) => (['instagram', 'facebook', 'linkedin'] as const)[i] as Channel);
    expect(warningsOf(posts, only('format-repeat'))).toEqual([]);
    const [w] = warningsOf(posts, only('format-repeat', { scope: 'all' }));
    expect(w?.message.en).toBe('Carousel 3 times in a row (9–11 Nov): vary the format to keep attention.');
  });
});

/** `n` posts on one day and channel. */
const sameDay = (n: number, channel: Channel, day = '2026-11-10'): AnalysisPost[] =>
  Array.from({ length: n }, (_, i) => post(day, { channel, time: `${String(8 + i).padStart(2, '0')}:00` }));

describe('more posts a day on a channel than its guide', () => {
  it.each([
    { channel: 'instagram', n: 2, fires: false },
    { channel: 'instagram', n: 3, fires: true },
    { channel: 'linkedin', n: 1, fires: false },
    { channel: 'linkedin', n: 2, fires: true },
    { channel: 'x', n: 5, fires: false },
    { channel: 'x', n: 6, fires: true },
    { channel: 'pinterest', n: 10, fires: false },
    { channel: 'pinterest', n: 11, fires: true },
  ] as const)('$channel with $n posts → $fires', ({ channel, n, fires }) => {
    expect(warningsOf(sameDay(n, channel), only('channel-frequency')).length).toBe(fires ? 1 : 0);
  });

  it('follows a client’s own guide', () => {
    const rules = only('channel-frequency');
    rules['channel-frequency'].maxPerDay = { ...rules['channel-frequency'].maxPerDay, linkedin: 3 };
    expect(warningsOf(sameDay(3, 'linkedin'), rules)).toEqual([]);
    expect(warningsOf(sameDay(4, 'linkedin'), rules)).toHaveLength(1);
  });

  it('counts each channel and each day on its own', () => {
    const posts = [...sameDay(2, 'instagram'), ...sameDay(2, 'facebook'), ...sameDay(2, 'instagram', '2026-11-11')];
    expect(warningsOf(posts, only('channel-frequency'))).toEqual([]);
  });

  it('names the posts, the channel and the day in both languages', () => {
    const posts = sameDay(4, 'instagram');
    const [w] = warningsOf(posts, only('channel-frequency'));
    expect(w?.postIds).toEqual(posts.map((p) => p.id));
    expect(w?.id).toBe('channel-frequency:instagram:2026-11-10');
    expect(w?.period).toEqual({ from: '2026-11-10', to: '2026-11-10' });
    expect(w?.message.en).toBe('4 posts on Instagram on Tue 10 Nov: the guide is 2 a day at most.');
    expect(w?.message.fr).toBe('4 publications sur Instagram le mar. 10 nov. : le repère est de 2 par jour au plus.');
  });
});
