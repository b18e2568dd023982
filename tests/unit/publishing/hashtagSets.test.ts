// Hashtag sets: what the user types becomes tags or one clear error naming the bad token and where it is;
// the schema names the offending tag by its path; stored sets are read back without ever throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captionReport } from '../../../shared/publishing/count';
import {
  HashtagSetInputSchema,
  HashtagSetsSchema,
  MAX_TAGS_PER_SET,
  hashtagLine,
  parseHashtags,
  resolveHashtagSets,
} from '../../../shared/publishing/hashtagSets';

const SEED = 20261204;

const issues = (input: unknown) => {
  const result = HashtagSetInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

describe('parseHashtags', () => {
  it('reads tags separated by spaces, commas and semicolons', () => {
    expect(parseHashtags('#bread #sourdough, #paris')).toEqual({ ok: true, tags: ['#bread', '#sourdough', '#paris'] });
    expect(parseHashtags('  #pain;#levain\n#été  ,#Boulangerie ')).toEqual({
      ok: true,
      tags: ['#pain', '#levain', '#été', '#Boulangerie'],
    });
  });

  it('reads a full-width ＃ as #', () => {
    expect(parseHashtags('＃東京 #paris')).toEqual({ ok: true, tags: ['#東京', '#paris'] });
  });

  it('names the token without # and where it is', () => {
    const text = '#bread sourdough #paris';
    expect(parseHashtags(text)).toEqual({
      ok: false,
      error: { key: 'errors.hashtagNoHash', token: 'sourdough', start: 7, end: 16 },
    });
    expect(text.slice(7, 16)).toBe('sourdough');
  });

  it('reports "# pain" as a space after the #, selecting both parts', () => {
    expect(parseHashtags('#bread # pain')).toEqual({
      ok: false,
      error: { key: 'errors.hashtagSpace', token: '# pain', start: 7, end: 13 },
    });
    expect(parseHashtags('#bread #')).toEqual({ ok: false, error: { key: 'errors.hashtagEmpty', token: '#', start: 7, end: 8 } });
  });

  it('refuses what no network counts as one hashtag', () => {
    for (const token of ['#123', "#l'été", '#a#b', '#pain!']) {
      const result = parseHashtags(`#ok ${token}`);
      expect(result, token).toEqual({ ok: false, error: { key: 'errors.hashtagInvalid', token, start: 4, end: 4 + token.length } });
    }
  });

  it('refuses a repeated tag, whatever its case', () => {
    expect(parseHashtags('#Paris #pain #paris')).toEqual({
      ok: false,
      error: { key: 'errors.hashtagDuplicate', token: '#paris', start: 13, end: 19 },
    });
  });

  it('refuses an empty field and more tags than any network takes', () => {
    expect(parseHashtags(' , ')).toMatchObject({ ok: false, error: { key: 'errors.hashtagSetEmpty' } });
    const many = Array.from({ length: MAX_TAGS_PER_SET + 1 }, (_, i) => `#tag${i}`).join(' ');
    expect(parseHashtags(many)).toMatchObject({ ok: false, error: { key: 'errors.hashtagSetTooMany', token: `#tag${MAX_TAGS_PER_SET}` } });
  });

  it('gives tags that the caption counter counts one each, and reads its own line back', () => {
    const tag = fc
      .stringMatching(/^[a-zA-Zàéèç][a-zA-Z0-9_àéèç]{0,15}$/)
      .map((s) => `#${s}`);
    fc.assert(
      fc.property(fc.uniqueArray(tag, { minLength: 1, maxLength: 20, selector: (t) => t.toLowerCase() }), (tags) => {
        const parsed = parseHashtags(hashtagLine(tags));
        expect(parsed).toEqual({ ok: true, tags });
        expect(captionReport(`Fournée du jour ${hashtagLine(tags)}`, 'linkedin').hashtags).toBe(tags.length);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('always points at a token that is really in the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('#', 'a', ' ', ',', '＃', 'é', '1', "'", '\n') }), (text) => {
        const result = parseHashtags(text);
        if (!result.ok && result.error.token) expect(text.slice(result.error.start, result.error.end)).toBe(result.error.token);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('HashtagSetInputSchema', () => {
  it('accepts a named set of hashtags', () => {
    expect(issues({ name: ' Boulangerie ', tags: ['#pain', '#levain'] })).toEqual([]);
    expect(HashtagSetInputSchema.parse({ name: ' Boulangerie ', tags: ['#pain'] }).name).toBe('Boulangerie');
  });

  it('names the offending tag by its path', () => {
    expect(issues({ name: 'Pain', tags: ['#pain', 'levain', '#sour dough', '#', '#Pain'] })).toEqual([
      { path: ['tags', 1], message: 'errors.hashtagNoHash' },
      { path: ['tags', 2], message: 'errors.hashtagSpace' },
      { path: ['tags', 3], message: 'errors.hashtagEmpty' },
      { path: ['tags', 4], message: 'errors.hashtagDuplicate' },
    ]);
  });

  it('needs a name and at least one tag', () => {
    expect(issues({ name: ' ', tags: [] })).toEqual([
      { path: ['name'], message: 'errors.hashtagSetNameRequired' },
      { path: ['tags'], message: 'errors.hashtagSetEmpty' },
    ]);
  });
});

describe('a client’s sets', () => {
  const pain = { id: 's1', name: 'Pain', tags: ['#pain'] };

  it('refuses two sets of one name', () => {
    const result = HashtagSetsSchema.safeParse([pain, { id: 's2', name: 'pain ', tags: ['#levain'] }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[[1, 'name'], 'errors.hashtagSetNameDuplicate']]);
  });

  it('reads stored sets back keeping the valid ones, never throwing', () => {
    expect(resolveHashtagSets(undefined)).toEqual([]);
    expect(resolveHashtagSets('nonsense')).toEqual([]);
    expect(resolveHashtagSets([pain, { id: 's2', name: 'PAIN', tags: ['#x'] }, { id: 's3', name: 'Bad', tags: ['nohash'] }, 42])).toEqual([pain]);
  });
});
