// General participation rules written for the causes of the invitations missed (and the false alarms) on
// the spent sixth blind set (see tests/fixtures/captions/README.md): prompts closed by "Go.", "Name one…",
// "Rank these", several "team X" options, photos or stories asked for in other words, questions asked for a
// podcast guest, « Tag ta… », surveys and public consultations; and what asks nothing: a question
// answered by a private contact, votes already cast, French "comment" meaning "how". The rules live in
// shared/detection/plainWords.ts. Every caption here was written for its rule, none copied from the corpus.
import { describe, it } from 'vitest';
import { expectInvites } from './expectDetection';

describe('participation: causes found on the spent sixth blind set', () => {
  it('reads prompts without a question mark', () => {
    expectInvites(
      [
        'Your most embarrassing gym moment. Go.',
        'Best sandwich you’ve ever eaten on a train. Go 🥪',
        'Name one song that always gets you dancing.',
        'Rank these pastries from best to worst: éclair, mille-feuille, paris-brest.',
        'Team latte, team flat white, or team tea?',
        'Finissez la phrase : « Le dimanche idéal, c’est… »',
        'Donnez-moi vos bons plans à Nantes, je pars samedi !',
      ],
      true,
    );
    expectInvites(
      [
        'Ready, set, go! The marathon starts at 9.',
        'Your order is ready. Go and grab it from the counter.',
        'Name change: from Monday we are Atelier Nord.',
      ],
      false,
    );
  });

  it('reads requests for stories, photos and questions for a guest', () => {
    expectInvites(
      [
        'We’re making a wall of first-day-at-school photos. Send us yours!',
        'Notre prochain invité est apiculteur. Des questions pour lui ? Posez-les en commentaire.',
        'Vos questions, on les prend toutes pour le live de jeudi.',
        'Écrivez-nous le souvenir de vacances qui vous fait encore rire. On lira les plus belles à l’antenne.',
        'Tag ton pote qui oublie toujours son maillot 🏊',
      ],
      true,
    );
    expectInvites(['Tag manquant sur ce pull ? On vous le remplace en boutique.'], false);
  });

  it('reads surveys and public consultations as a call to answer', () => {
    expectInvites(
      [
        'The residents’ survey is open until Friday, link in bio.',
        'The new skate park is out for consultation: we want your views before May.',
        'Consultation citoyenne sur les horaires de la piscine, la mairie recueille vos avis jusqu’au 10 juin.',
      ],
      true,
    );
  });

  it('leaves customer service, votes already cast and French "comment" = how', () => {
    expectInvites(
      [
        'Not sure which size to pick? Drop us a DM and we’ll help.',
        'Un doute sur votre commande ? Écrivez-nous en message privé, on répond vite.',
        'Merci à vous qui avez voté pour nous, on est ravis !',
        'Bravo aux 300 lecteurs qui ont lu, débattu et voté tout l’hiver.',
        'Comment j’ai appris à faire mon pain en trois semaines 🧵',
      ],
      false,
    );
  });
  it('reads the causes found on a further development set (dev7): guesses, awards votes, ratings, consultations', () => {
    expectInvites(
      [
        'Found this in the attic of the museum. Best guesses below!',
        'Devinette du lundi : qu’est-ce qui a des dents mais ne mord jamais ?',
        'We’ve been shortlisted for Best Farm Shop 2027! Voting closes Sunday, link in bio.',
        'Rate this morning’s spin class from 1 (easy) to 10 (never again).',
        'The town council wants to hear from residents about the new market hours.',
        'La commune veut votre avis sur le futur skatepark : questionnaire en ligne jusqu’au 30 avril.',
        'Une question pour l’autrice ? Laissez-la en commentaire.',
        'New bagel flavour on Friday. Everything or sesame? The team is totally split.',
      ],
      true,
    );
    expectInvites(
      [
        'Réponse à la devinette de lundi : un peigne ! Bravo à celles et ceux qui avaient trouvé.',
        'Félicitations à Léo, lauréat du concours Un des Meilleurs Apprentis de France 🎉',
      ],
      false,
    );
  });
  it('reads the causes found on a second development set (dev8): stories to write below, photos with a hashtag, just the number', () => {
    expectInvites(
      [
        'On veut vos souvenirs de colo. Écrivez-les sous ce post !',
        'Lâchez vos idées de nom ci-dessous, la meilleure gagne un carton.',
        'Les questions sur le compost, c’est ici qu’on les attend.',
        'Laquelle pour l’affiche ? Juste le chiffre en commentaire.',
        'Vos photos du feu d’artifice avec #NuitDuPort : on les affichera en mairie.',
        'Got pictures of your cake from our bakery? Pop them in our inbox, we’d love to feature a few.',
        'Tag whoever always steals your chips 🍟',
        'Selon vous, combien de temps pour monter ce décor ? Billetterie ouverte jusqu’à 19h.',
      ],
      true,
    );
    expectInvites(
      [
        'Hot cross buns are back from Thursday, so don’t leave it till noon.',
        'Did you know bees dance to give directions? Which is exactly why we leave the lavender alone.',
        'Un souci avec votre commande ? L’équipe répond en message privé du lundi au vendredi.',
        'Médaille d’or au Concours général agricole pour notre comté 🏅',
        'Le tirage au sort a parlé : bravo à @julie qui gagne le panier !',
      ],
      false,
    );
  });
  it('reads the causes found on the spent seventh blind set (blind6): finish the line, answers below, roll calls, help us choose', () => {
    expectInvites(
      [
        'Finish the line: “Monday mornings are better with…”',
        'Is a cortado a small flat white? Settle it. Answers below ☕',
        'Hair type roll call 👇 curly, wavy, straight',
        'Type PLAN below and I’ll send you my meal-prep template.',
        'Bleu ou vert pour la façade ? Aidez-nous à trancher 👇',
        'Réagissez avec l’emoji de votre choix : 🍎 ou 🍐',
        'Budget participatif : votez pour vos projets préférés jusqu’au 30 mai.',
        'Our Summer Reading Challenge kicks off on Monday: read six books, win a medal.',
      ],
      true,
    );
    expectInvites(
      [
        'Short answer: no. Long answer below.',
        'Le budget participatif a été adopté hier soir par le conseil municipal.',
        'Quiz night results: the Brainy Bunch win again.',
        'Don’t leave it to the box office on the day.',
        'Laissez votre adresse e-mail via le lien en bio et recevez le guide.',
        'Les tasses que vous réclamiez ? Elles sont là, en boutique.',
        'Vous étiez 150 à répondre à notre sondage : merci !',
      ],
      false,
    );
  });
  it('reads the causes found on a third development set (dev9): guesses please, "ever … Go."', () => {
    expectInvites(['Mystery object from the archive. Your best guesses please 🔍', 'Worst haircut you were ever given. Go.'], true);
    expectInvites(['We guess the parcel will arrive on Monday, please bear with us.'], false);
  });
});
