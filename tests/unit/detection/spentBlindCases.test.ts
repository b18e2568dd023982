// General rules for the causes of the errors left on the first blind set once it was spent (scored twice,
// then used as development data; see tests/fixtures/captions/README.md). Each test checks one cause in
// both languages where it applies; every caption here was written for its rule, none copied from the
// blind files, and each expectation fails without its rule. Both directions are checked: what the
// rule cancels or adds, and a neighbour it must leave alone.
import { describe, expect, it } from 'vitest';
import { detectCues } from '../../../shared/detection/detect';
import type { Cue, CueKind, Detection, DetectionInput } from '../../../shared/detection/types';

const kinds = (cues: Cue[]): CueKind[] => cues.map((c) => c.kind);

const detect = (caption: string, extra: Omit<DetectionInput, 'caption'> = {}): Detection => {
  const d = detectCues({ caption, ...extra });
  for (const cue of [...d.participationCues, ...d.promotionalCues]) {
    if (cue.source === 'caption') expect(caption.slice(cue.start, cue.end)).toBe(cue.text);
  }
  return d;
};

const invites = (caption: string, extra: Omit<DetectionInput, 'caption'> = {}): boolean =>
  detect(caption, extra).invitesParticipation;
const promotional = (caption: string): boolean => detect(caption).promotional;

describe('invitations: causes found on the spent blind set', () => {
  it('reads a question followed by a sales call anywhere in the next sentence as a hook, unless it asks to pick', () => {
    for (const caption of [
      'Anyone else counting the days to ski season? 🎿 Our chalet week in Morzine (from £590) is open for booking.',
      'Qui d’autre pense déjà au ski ? 🎿 Notre semaine au chalet (dès 590 €) est ouverte aux réservations.',
    ]) {
      expect(invites(caption), caption).toBe(false);
    }
    for (const caption of [
      'The spring knits are here 🧶 Which colour are you taking home? Shop via the link in bio.',
      'Les pulls de printemps sont là 🧶 Quelle couleur vous tente ? Lien en bio pour commander.',
    ]) {
      expect(invites(caption), caption).toBe(true);
    }
  });

  it('reads short options after a colon as a choice', () => {
    expect(invites('Pour la vitrine de mars on part sur quoi : mimosa, tulipes ou renoncules ?')).toBe(true);
    expect(invites('De quel côté on installe la nouvelle étagère : fenêtre, comptoir ou entrée ?')).toBe(true);
    // A long question after the colon is not a short choice.
    expect(
      invites('Petite question : est-ce que le marché de samedi aura lieu sur la place du Centre ou sur le parking ?'),
    ).toBe(false);
  });

  it('reads a poll whose result is in, and thanks for past entries, as reported', () => {
    for (const caption of [
      'Our story poll is in: 64% of you read in bed. Same here.',
      'Thanks for the 2,300 entries to our giveaway! The winner has been contacted.',
      'Merci pour vos 950 participations au concours de printemps ! Le gagnant a été contacté.',
      'Selon le sondage mené en mai auprès de 300 clientes, le lin reste la matière préférée.',
      'D’après notre sondage de janvier, 7 lecteurs sur 10 lisent le soir.',
    ]) {
      expect(invites(caption), caption).toBe(false);
    }
    expect(invites('Our story poll is in our highlights: vote until Friday!')).toBe(true);
  });

  it('reads emoji options named in words as a vote, without a question mark', () => {
    expect(kinds(detect('🌶️ or 🧊 hot pot or cold noodles for the team lunch').participationCues)).toContain('vote');
    expect(kinds(detect('🌶️ ou 🧊 fondue ou gaspacho pour le pique-nique du club').participationCues)).toContain('vote');
    expect(invites('☀️ ou 🌧️ le marché a lieu place du Centre.')).toBe(false);
  });

  it('reads a request for questions (a live, an AMA, a guest) as an invitation, not customer service', () => {
    for (const caption of [
      'Live Friday at 6pm with our head baker. Leave your sourdough-starter questions under this post!',
      'Our founder is doing a Q&A next week: ask her anything.',
      'Live vendredi 18h avec notre boulangère : posez vos questions de levain sous ce post !',
      'Notre invité répondra en direct : laissez-lui vos questions de jardinage ici.',
    ]) {
      expect(invites(caption), caption).toBe(true);
    }
    expect(invites('Problem with a delivery? Email us your order questions via our inbox.')).toBe(false);
  });

  it('reads "only one" choices and ratings out of ten as votes', () => {
    for (const caption of [
      'Fresh bread every day or fresh pastries every day. You can only keep one.',
      'Nouveau dessert : la tarte au yuzu. Donnez-lui une note sur 10 après l’avoir goûtée.',
      'Pain frais tous les jours ou viennoiseries tous les jours. Un seul choix possible.',
      'The new yuzu tart is on the counter: give it a score out of 10 once you have tried it.',
    ]) {
      expect(kinds(detect(caption).participationCues), caption).toContain('vote');
    }
    expect(invites('Our chef only picks one supplier per ingredient.')).toBe(false);
  });

  it('reads a how-to heading answered by the caption as a hook, in both languages', () => {
    for (const caption of [
      'How to keep your basil alive on a windowsill? Water from below, and pinch the tops.',
      'Comment bien ranger vos épices ? À l’abri de la lumière, dans des bocaux fermés.',
    ]) {
      expect(invites(caption), caption).toBe(false);
    }
    expect(invites('Comment vous rangez vos épices ? On a besoin d’idées 😅')).toBe(true);
    expect(invites('Comment votre équipe s’organise le lundi ? Chez nous, réunion à 9h.')).toBe(true);
  });
});

describe('promotion: causes found on the spent blind set', () => {
  it('does not read a purchase that is ruled out as a call to buy', () => {
    for (const caption of [
      'The beach clean-up is open to all: no entry fee, no ticket to buy, just bring a bag.',
      'Storytime is on Wednesday at 10, no need to book.',
      'You don’t need to register for the Sunday run, just turn up.',
      'La fête du quartier est ouverte à tous, pas besoin de réserver.',
      'Entrée libre au vernissage, inutile de vous inscrire, venez comme vous êtes.',
    ]) {
      expect(promotional(caption), caption).toBe(false);
    }
    expect(promotional('Don’t forget to book your table for Sunday lunch.')).toBe(true);
    expect(promotional('N’oubliez pas de réserver votre table pour dimanche.')).toBe(true);
  });

  it('reads a question about an order already placed as customer service', () => {
    expect(promotional('Order still not here? Message us and we’ll track it down.')).toBe(false);
    expect(promotional('Commande toujours pas arrivée ? Écrivez-nous, on s’en occupe.')).toBe(false);
    expect(promotional('Order now for delivery before Christmas.')).toBe(true);
    expect(promotional('Commandez avant le 20 pour une livraison avant Noël.')).toBe(true);
  });

  it('reads launches by a council, a town hall or an animal shelter as non-commercial', () => {
    for (const caption of [
      'New in at the rescue shelter: Pepper, 2, loves walks and cheese. Adopt, don’t shop.',
      'The council launched the new bike-share app today, with stations in every district.',
      'La mairie lance lundi les travaux de la nouvelle médiathèque.',
    ]) {
      expect(promotional(caption), caption).toBe(false);
    }
    expect(promotional('New in store: linen shirts in five colours.')).toBe(true);
  });

  it('does not read a price in a figure of speech or an amount collected as a price', () => {
    for (const caption of [
      'The true cost of a $3 coffee cup: thirty years in landfill.',
      'Le vrai prix d’un jean à 15 € : 7 000 litres d’eau.',
      '£3,200 collected for the food bank this winter. Thank you all!',
      '8 500 € récoltés pour la banque alimentaire cet hiver. Merci à tous !',
    ]) {
      expect(promotional(caption), caption).toBe(false);
    }
    expect(promotional('Our raw denim jeans: €89, cut and sewn in Porto.')).toBe(true);
  });

  it('reads a link to a consultation as non-commercial, and a sold-out tally as no offer', () => {
    for (const caption of [
      'Have your say on the new market opening hours via the link in bio.',
      'Donnez votre avis sur le nouveau plan de circulation via le lien en bio.',
      'Sold out in 2 days. We’re speechless.',
    ]) {
      expect(promotional(caption), caption).toBe(false);
    }
    expect(promotional('The new candles are in, link in bio.')).toBe(true);
  });

  it('reads lead magnets, first-customer offers and hyphenated bundles as offers', () => {
    for (const caption of [
      'Comment PLAN and I’ll DM you my free weekly meal planner.',
      'Commentez MENU et je vous envoie mon planning repas gratuit.',
      'The first 100 shoppers through the door get a tote bag on Saturday.',
      'Les 30 premiers clients recevront un sac en tissu samedi.',
      'The 3-for-2 on all candles ends Sunday.',
      'Le 2-pour-1 sur les bougies se termine dimanche.',
    ]) {
      expect(promotional(caption), caption).toBe(true);
    }
    expect(promotional('Our first 100 customers were all neighbours. Ten years later, they still come by.')).toBe(false);
  });

  it('reads « au lieu de » as a discount only before a price', () => {
    expect(promotional('On ouvre à 8h au lieu de 9h samedi, pour le marché.')).toBe(false);
    expect(promotional('Bougie en cire d’abeille à 25 € au lieu de 32 €.')).toBe(true);
  });

  it('reads registration on the brand’s site and free discovery sessions as conversion', () => {
    for (const caption of [
      'Portes ouvertes samedi à l’atelier : inscription sur notre site.',
      'Cours d’initiation gratuits samedi matin à la salle.',
      'Open day at the studio on Saturday, registration on our website.',
    ]) {
      expect(promotional(caption), caption).toBe(true);
    }
  });
});
