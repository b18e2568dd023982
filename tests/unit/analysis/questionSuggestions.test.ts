import { describe, expect, it } from 'vitest';
import { FORMAT_IDS } from '../../../shared/model/formats';
import { detectCues } from '../../../shared/detection/detect';
import { appendQuestion, suggestedQuestion } from '../../../shared/analysis/questionSuggestions';

const NB = '\u00a0';
const LANGUAGES = ['en', 'fr'] as const;

describe('suggestedQuestion', () => {
  it('suits the format, in English', () => {
    expect(suggestedQuestion({ format: 'carousel', language: 'en' })).toBe('Which slide is your favourite? Tell us in the comments.');
    expect(suggestedQuestion({ format: 'poll', language: 'en' })).toBe('A or B? Vote in the comments.');
    expect(suggestedQuestion({ format: 'quiz', language: 'en' })).toBe('Quiz time! Which answer is right: A, B or C? Reply in the comments.');
    expect(suggestedQuestion({ format: 'testimonial', language: 'en', brand: 'Bloom Bakery' })).toBe('What’s your story with Bloom Bakery? Tell us below.');
    expect(suggestedQuestion({ format: 'video', language: 'en' })).toBe('What would you like us to film next? Tell us in the comments.');
  });

  it('suits the format, in French, with French typography', () => {
    expect(suggestedQuestion({ format: 'carousel', language: 'fr' })).toBe(`Quelle est votre slide préférée${NB}? Dites-le-nous en commentaire.`);
    expect(suggestedQuestion({ format: 'poll', language: 'fr' })).toBe(`A ou B${NB}? Votez en commentaire${NB}!`);
    expect(suggestedQuestion({ format: 'quiz', language: 'fr' })).toBe(`Quiz${NB}: quelle est la bonne réponse, A, B ou C${NB}? Répondez en commentaire${NB}!`);
    expect(suggestedQuestion({ format: 'testimonial', language: 'fr', brand: 'Bloom Bakery' })).toBe(
      `Et vous, quelle est votre histoire avec Bloom Bakery${NB}? Racontez-nous tout en commentaire${NB}!`,
    );
  });

  it('says "us" when the brand is unknown or blank', () => {
    expect(suggestedQuestion({ format: 'testimonial', language: 'en', brand: '  ' })).toBe('What’s your story with us? Tell us below.');
    expect(suggestedQuestion({ format: 'testimonial', language: 'fr' })).toContain(`avec nous${NB}?`);
  });

  it.each(LANGUAGES)('gives each format its own question (%s)', (language) => {
    const all = FORMAT_IDS.map((format) => suggestedQuestion({ format, language }));
    expect(new Set(all).size).toBe(FORMAT_IDS.length);
  });

  it('writes French as a French community manager would: U+00A0 before ? ! : ;, typographic apostrophes', () => {
    for (const format of FORMAT_IDS) {
      const text = suggestedQuestion({ format, language: 'fr', brand: 'Bloom' });
      for (const match of text.matchAll(/[?!:;]/g)) expect(text[match.index - 1], `${format}: before "${match[0]}" in ${text}`).toBe(NB);
      expect(text, format).not.toContain("'");
      expect(text, format).toMatch(/^[A-ZÉ]/);
    }
  });

  it('writes English without a space before punctuation', () => {
    for (const format of FORMAT_IDS) {
      const text = suggestedQuestion({ format, language: 'en' });
      expect(text, format).not.toMatch(/\s[?!:;]/);
      expect(text, format).not.toContain(NB);
    }
  });

  // The point of the fix: once saved, the caption must be what makes the post inviting. Checked with a
  // format that does not invite by nature, so only the words count.
  it.each(LANGUAGES)('is detected as inviting and not promotional, alone and after a caption (%s)', (language) => {
    const caption = language === 'fr' ? 'Notre pain au levain sort du four, croustillant à souhait.' : 'Our sourdough just came out of the oven, perfectly crisp.';
    expect(detectCues({ caption, format: 'text', language }).invitesParticipation).toBe(false);
    for (const format of FORMAT_IDS) {
      const question = suggestedQuestion({ format, language, brand: 'Bloom Bakery' });
      for (const text of [question, appendQuestion(caption, question).caption]) {
        const found = detectCues({ caption: text, format: 'text', language });
        expect(found.invitesParticipation, `${format}: ${text}`).toBe(true);
        expect(found.promotional, `${format}: ${text}`).toBe(false);
      }
    }
  });
});

describe('appendQuestion', () => {
  it('adds the question as a paragraph of its own and says where it is', () => {
    const out = appendQuestion('Fresh bread today.  \n\n', 'Which one? Tell us.');
    expect(out.caption).toBe('Fresh bread today.\n\nWhich one? Tell us.');
    expect(out.caption.slice(out.start, out.end)).toBe('Which one? Tell us.');
    expect(out.end).toBe(out.caption.length);
  });

  it('an empty caption becomes the question alone', () => {
    expect(appendQuestion('  ', 'Which one?')).toEqual({ caption: 'Which one?', start: 0, end: 10 });
  });
});
