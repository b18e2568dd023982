// The promotional model (shared/detection/promoModel.ts) with the rules: what it keeps, vetoes and
// adds, that every promotional verdict still shows real words, and that its leave-one-set-out
// measurement (promoTraining.ts) is reproducible and decides which languages it ships for. Captions here
// were written for these tests, none copied from the corpus.
import { describe, expect, it } from 'vitest';
import { detectCues, detectRules } from '../../../shared/detection/detect';
import { fold } from '../../../shared/detection/fold';
import { MODEL_LANGUAGES, PROMO_THRESHOLD, guessLanguage, promoVerdict } from '../../../shared/detection/promoModel';
import { PROMO_WEIGHTS_EN } from '../../../shared/detection/promoWeights.en';
import type { Detection, DetectionInput } from '../../../shared/detection/types';
import { LANGUAGES, leaveOneSetOut, loadAll, precision, recall } from './promoTraining';

const detect = (caption: string, extra: Omit<DetectionInput, 'caption'> = {}): Detection => {
  const d = detectCues({ caption, ...extra });
  for (const cue of d.promotionalCues) {
    const field = cue.source === 'title' ? (extra.title ?? '') : caption;
    expect(field.slice(cue.start, cue.end), caption).toBe(cue.text);
  }
  expect(d.promotional, caption).toBe(d.promotionalCues.length > 0);
  return d;
};

const expectAll = (captions: readonly string[], expected: boolean) => {
  for (const caption of captions) expect(detect(caption).promotional, caption).toBe(expected);
};

describe('the promotional weights', () => {
  it('load for English, with the rules as the strongest evidence', () => {
    for (const weights of [PROMO_WEIGHTS_EN]) {
      expect(Object.keys(weights).length).toBeGreaterThan(1000);
      expect(weights['rule:fired']).toBeGreaterThan(0);
      expect(weights['rule:none']).toBeLessThan(0);
    }
  });

  it('tell the two languages apart when the caller gives none', () => {
    expect(guessLanguage(fold('Les pulls sont en boutique, venez les voir.'))).toBe('fr');
    expect(guessLanguage(fold('The jumpers are in the shop, come and see them.'))).toBe('en');
  });

  it('score the same caption the same way every time', () => {
    const caption = 'New tote, link in bio.';
    const kinds = detectRules({ caption }).promotionalCues.map((c) => c.kind);
    expect(promoVerdict(fold(caption), kinds)).toEqual(promoVerdict(fold(caption), kinds));
    expect(promoVerdict(fold(caption), kinds).score).toBeGreaterThan(PROMO_THRESHOLD);
  });
});

describe('the model with the rules', () => {
  it('keeps clear offers promotional, with the rules’ cues', () => {
    const captions = [
      'New tote, link in bio.',
      'Book your table online for Sunday lunch.',
      '-30 % sur tous les pulls ce week-end.',
      'Commandez dès maintenant sur le site.',
    ];
    expectAll(captions, true);
    for (const caption of captions) {
      expect(detect(caption).promotionalCues).toEqual(detectRules({ caption }).promotionalCues);
    }
  });

  it('leaves the hard cases of the guide alone: negated offers, everyday launches, numbers, hiring, awards, gifts', () => {
    expectAll(
      [
        'No sale this year: our prices stay the same all year round.',
        'Pas de soldes chez nous cette année, nos prix restent les mêmes.',
        'The rocket launch is at 6am, we’ll be watching from the roof.',
        'Elle a décidé de se lancer dans le marathon de Paris.',
        '30% of our flour comes from farms within 50 km.',
        '4 000 € d’économies d’énergie grâce aux nouveaux fours.',
        'We’re hiring a pastry chef, apply via the link in bio.',
        'Nous recrutons un·e boulanger·e. Postulez, lien en bio.',
        'Voted best café in Leeds 2024, thank you all!',
        'Merci pour vos dons : 12 400 € collectés pour le refuge.',
      ],
      false,
    );
  });

  it('vetoes a rule on a share of sales given away or an amount collected, and then shows no promotional cue', () => {
    for (const caption of ['1% of every coffee we sell goes to the canal trust. This year that came to £2,100 and 150 new trees.']) {
      expect(detectRules({ caption }).promotional, caption).toBe(true);
      const d = detect(caption);
      expect(d.promotional).toBe(false);
      expect(d.promotionalCues).toEqual([]);
    }
  });

  it('adds a lead magnet no rule names, pointing at its strongest words', () => {
    for (const caption of [
      'Say YES below and I’ll pass you my free 8-week running plan 🏃',
      'Want my free 8-week running plan? Say YES below and it’s yours 🏃',
    ]) {
      expect(detectRules({ caption }).promotional, caption).toBe(false);
      const d = detect(caption);
      expect(d.promotional, caption).toBe(true);
      expect(d.promotionalCues.every((c) => c.kind === 'offer-wording')).toBe(true);
    }
  });

  it('points into the title when the words are there', () => {
    const title = 'Say YES below and I’ll pass you my free plan';
    const d = detect('8 weeks, 3 runs a week 🏃', { title });
    expect(d.promotional).toBe(true);
    expect(d.promotionalCues.some((c) => c.source === 'title' && /\bfree\b/.test(c.text))).toBe(true);
  });

  it('leaves French captions to the rules: the French model does not ship', () => {
    for (const caption of [
      'Grâce à vous, 7 300 € ont été réunis pour l’épicerie solidaire. Chaque euro compte 💚',
      'Dis OUI en commentaire et mon plan d’entraînement gratuit est à toi 🏃',
      '-30 % sur tous les pulls ce week-end.',
    ]) {
      expect(detectCues({ caption, language: 'fr' }), caption).toEqual(detectRules({ caption, language: 'fr' }));
      expect(detectCues({ caption }), caption).toEqual(detectRules({ caption }));
    }
  });

  it('never marks a caption with no words promotional', () => {
    expect(detect('🏃‍♀️🔥🔥').promotional).toBe(false);
  });
});

describe('the leave-one-set-out measurement', () => {
  const data = loadAll();
  const rows = leaveOneSetOut(data, PROMO_THRESHOLD);

  it('is reproducible', () => {
    expect(leaveOneSetOut(data, PROMO_THRESHOLD)).toEqual(rows);
  });

  // A language's model ships only while it is no worse than the rules: it keeps the first-run rules'
  // precision and recall (captions unseen by the rules), and, since today's rules were tuned on every
  // set, it makes no more mistakes than they do there. French failed the second after the seventh round.
  const passes = (language: (typeof LANGUAGES)[number]): boolean => {
    const pooled = rows.find((r) => r.language === language && r.set === 'pooled')!;
    return (
      precision(pooled.firstHybrid) >= precision(pooled.firstRules) &&
      recall(pooled.firstHybrid) >= recall(pooled.firstRules) &&
      pooled.hybrid.fp + pooled.hybrid.fn <= pooled.rules.fp + pooled.rules.fn
    );
  };

  it.each(LANGUAGES)('ships the %s model exactly when it is no worse than the rules', (language) => {
    expect(MODEL_LANGUAGES.includes(language)).toBe(passes(language));
  });
});

describe('the words shown for a promotion only the model found', () => {
  it('are never function words or bare numbers alone, over every labelled caption', () => {
    const empty = /^(?:[\s\d'’,.]|\b(?:a|an|the|and|of|to|in|on|for|you|your|my|our|we|i|le|la|les|un|une|de|du|des|et|en|je|vous|nous|pour|mes|mon|ma|tout)\b)+$/i;
    const data = loadAll();
    let shown = 0;
    for (const language of LANGUAGES)
      for (const example of data.sets[language]) {
        const cues = detectCues({ caption: example.text, language }).promotionalCues.filter((c) => c.kind === 'offer-wording');
        shown += cues.length;
        for (const cue of cues) expect(cue.text, example.text).not.toMatch(empty);
      }
    // The check saw some: the model does add promotions the rules missed (fewer since the sixth round's rules).
    expect(shown).toBeGreaterThan(5);
  });
});
