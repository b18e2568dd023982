// General promotional rules written for the causes of the promotions missed on the spent fifth blind set
// (en.blind4.json, fr.blind4.json; see tests/fixtures/captions/README.md): launches and availability said
// in ordinary words (an arrival with a date or a place), offers without sale words (finance, trade-in,
// free consultations, paid tiers), keyword-comment lead magnets, admissions and new booking services.
// Rules live in shared/detection/scope.ts, offers.en.ts and offers.fr.ts. Every caption here was written
// for its rule, none copied from the corpus files; each test checks the neighbours the rule must leave alone.
import { describe, it } from 'vitest';
import { expectPromotional } from './expectDetection';

describe('promotion: causes found on the spent fifth blind set', () => {
  it('reads an arrival with a date or a place as a launch when something new or on sale arrives', () => {
    expectPromotional(
      [
        'Blood orange tarts have landed 🍊 Both bakeries, from today.',
        'Three new hoodies dropping Saturday in black, sand and moss.',
        'Our new oat stout lands in the taproom on Friday.',
        'Our new escape room opens 12 March, bring your cleverest friends.',
        'Mince pies are back from tomorrow 🎄',
        'Les brioches aux pralines sont arrivées dans nos deux boutiques dès ce matin.',
        'Trois nouveaux vins nature débarquent samedi à la cave.',
        'Notre nouvelle cuvée arrive au domaine le 3 mars.',
        'Le flan coco est de retour dès aujourd’hui !',
      ],
      true,
    );
    expectPromotional(
      [
        'Our new apprentice Jamie arrives Monday, say hello if you pop in.',
        'Sam lands in Lisbon tomorrow for the conference.',
        'Snow has landed on the hills this morning ❄️',
        'Our founder is back from Lisbon with a notebook full of ideas.',
        'Marc est de retour des vacances, le cabinet rouvre lundi.',
        'La neige arrive demain sur les hauteurs, prudence sur la route.',
        'Notre nouveau stagiaire arrive lundi, on a hâte de vous le présenter.',
      ],
      false,
    );
  });

  it('reads something new on tap or on the menu, and a headline of availability, as a launch', () => {
    expectPromotional(
      [
        'New on tap tonight: a smoked porter from our friends up the road.',
        'Nouvelle à la pression ce soir : une blanche au yuzu.',
        'Nouveau au menu cette semaine : le velouté de potimarron.',
        'DISPONIBLE : le deuxième album du groupe, en vinyle et en CD.',
      ],
      true,
    );
    expectPromotional(['A new tap in the staff kitchen, finally no more drips.', 'Disponibles pour vous répondre du lundi au vendredi, de 9 h à 18 h.'], false);
  });

  it('reads finance and trade-in offers as discounts, not the words in other senses', () => {
    expectPromotional(
      [
        '0% finance on every e-bike until Sunday.',
        'Interest-free credit over 12 months on all sofas.',
        'Trade-in weekend at the showroom: bring your old phone and save on a new one.',
        'Found it cheaper elsewhere? We’ll beat any written quote.',
        'Taux 0 % sur tous nos vélos électriques jusqu’à dimanche.',
        'Prime de reprise de 1 000 € sur votre ancien véhicule ce mois-ci.',
      ],
      true,
    );
    expectPromotional(
      [
        'Interest rates rose again this quarter; here is what it means for your mortgage.',
        'Reprise des cours de yoga le 6 janvier, à bientôt sur le tapis.',
        'Our trade-in scheme for old phones raised £3,000 for the school last year.',
      ],
      false,
    );
  });

  it('reads a quote, a test drive and a free consultation as a conversion path', () => {
    expectPromotional(
      [
        'Boiler making noises? Ring us today for a fixed-price quote.',
        'Come in for a test drive this weekend, the coffee is on.',
        'Hearing tests are free this month at both branches.',
        'Les bilans auditifs sont gratuits ce mois-ci dans nos deux centres.',
      ],
      true,
    );
    expectPromotional(['What goes into a quote? We break down labour, parts and travel.', 'What happens in a hearing test? Our audiologist explains 👂'], false);
  });

  it('reads a keyword comment that sends something as a lead magnet, not a call to comment alone', () => {
    expectPromotional(
      [
        'Comment MEALS and I’ll send you my free 7-day meal planner.',
        'Comment "START" and we’ll email you the onboarding checklist.',
        'Commente « FOCUS » et je t’envoie ma routine du matin en PDF.',
        'Écrivez « DEVIS » en commentaire et on vous envoie notre grille tarifaire.',
        'Free wedding budget tracker in my bio, grab it before the big day.',
        'Tableur gratuit pour suivre tes dépenses, lien en bio.',
      ],
      true,
    );
    expectPromotional(
      [
        'Tell us in the comments and we’ll share the best answers on Friday.',
        'Comment below and tag the friend who needs this.',
        'Dites-le-nous en commentaire et on partagera vos meilleures idées.',
      ],
      false,
    );
  });

  it('reads admissions to a course, a paid tier and a new booking service as promotion, not a scholarship', () => {
    expectPromotional(
      [
        'Applications for our new BSc in Data Science are now open.',
        'Upgrade to Pro for unlimited boards and version history.',
        'Our free plan now includes two editors.',
        'Now taking new patients at the Elm Street clinic.',
        'Les inscriptions pour notre nouvelle formation de fleuriste sont ouvertes.',
        'Notre cabinet prend désormais les rendez-vous le samedi matin.',
        'Passez à la version Pro pour des tableaux illimités.',
      ],
      true,
    );
    expectPromotional(
      [
        'Applications for our 2027 scholarship programme open on 1 March.',
        'Les candidatures pour notre offre d’emploi de boulanger sont ouvertes.',
        'Last quarter, most of the features we shipped came from your feedback.',
      ],
      false,
    );
  });

  it('reads a drop, a launch headline, what is on tap from a date and kids going free as promotion', () => {
    expectPromotional(
      [
        'New vinyl drop 🖤 The coloured pressings are up on the store.',
        'Just launched: evening appointments for busy parents.',
        'Our smoked porter is on tap from Thursday.',
        'Kids eat free every Sunday in August with any adult main.',
        'We’re launching our first ever gin next month 🍸',
        'Notre nouvelle appli de réservation arrive en avril.',
        'On lance notre sirop de sureau cet été à la ferme.',
        'La blanche au yuzu est à la pression dès vendredi.',
        'Il reste des places pour le concert de samedi soir.',
        'Estimation gratuite de votre maison sous 48 h.',
        'Notre rosé de Provence à 9,50 € la bouteille.',
      ],
      true,
    );
    expectPromotional(
      [
        'We launched our first club swim of the year this morning, freezing and glorious.',
        'La commune lance une consultation sur le futur parc, donnez votre avis en mairie.',
        'Rents rose by £200 a month in the city centre this year.',
        'Il reste des questions ? Écrivez-nous, on vous répond.',
      ],
      false,
    );
  });

  it('leaves a negated offer in quotes, a receipt and an amount raised alone', () => {
    expectPromotional(
      [
        'No sale this week. No ‘last chance’, no countdown. Just bread.',
        'Cleared out the attic: a receipt for £4 from 1982, for a kettle.',
        'Thanks to you, £8,400 was raised for the hospice this year.',
        'Grâce à vous, 5 300 € ont été récoltés pour l’épicerie solidaire.',
      ],
      false,
    );
  });
});
