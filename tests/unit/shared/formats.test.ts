import { describe, expect, it } from 'vitest';
import { TONES } from '../../../shared/model/enums';
import { FORMAT_IDS, FORMATS, formatInfo, type FormatId } from '../../../shared/model/formats';

const EXPECTED_FORMATS = [
  'text',
  'image',
  'carousel',
  'video',
  'short_video',
  'story',
  'live',
  'infographic',
  'article',
  'tutorial',
  'testimonial',
  'behind_the_scenes',
  'quiz',
  'poll',
  'contest',
  'challenge',
  'question',
  'ugc_repost',
  'meme',
] as const;

describe('the format catalogue', () => {
  it('holds at least the 19 known formats, each listed once', () => {
    expect(FORMAT_IDS.length).toBeGreaterThanOrEqual(19);
    expect(new Set(FORMAT_IDS).size).toBe(FORMAT_IDS.length);
    for (const id of EXPECTED_FORMATS) expect(FORMAT_IDS).toContain(id);
  });

  it('describes exactly the listed formats, each under its own id', () => {
    expect(Object.keys(FORMATS).sort()).toEqual([...FORMAT_IDS].sort());
    for (const id of FORMAT_IDS) {
      expect(FORMATS[id].id).toBe(id);
      expect(formatInfo(id)).toBe(FORMATS[id]);
    }
  });

  it.each(FORMAT_IDS)('gives %s a known default tone and a boolean invitesByNature', (id) => {
    const info = formatInfo(id);
    expect(TONES).toContain(info.defaultTone);
    expect(typeof info.invitesByNature).toBe('boolean');
  });

  it.each<FormatId>(['quiz', 'poll', 'contest', 'challenge', 'question'])('%s invites participation by nature', (id) => {
    expect(formatInfo(id).invitesByNature).toBe(true);
  });

  it.each<FormatId>(['article', 'infographic', 'tutorial', 'carousel', 'image', 'text'])(
    '%s does not invite participation by nature',
    (id) => {
      expect(formatInfo(id).invitesByNature).toBe(false);
    },
  );

  it('makes a meme playful and an article serious', () => {
    expect(formatInfo('meme').defaultTone).toBe('playful');
    expect(formatInfo('article').defaultTone).toBe('serious');
    expect(formatInfo('tutorial').defaultTone).toBe('serious');
    expect(formatInfo('quiz').defaultTone).toBe('playful');
  });

  it('uses both tones across the catalogue', () => {
    const tones = new Set(FORMAT_IDS.map((id) => formatInfo(id).defaultTone));
    expect([...tones].sort()).toEqual([...TONES].sort());
  });
});
