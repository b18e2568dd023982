// General promotional rules written for the causes of the promotions missed (and the false alarms) on
// the spent sixth blind set (en.blind5.json, fr.blind5.json; see tests/fixtures/captions/README.md):
// scarcity, booking paths, free offers and launches said in plain words, sponsorship in a sentence, and
// the prices that sell nothing (of long ago, of a thrifted find, pledged to a charity). The rules live in
// shared/detection/plainWords.ts. Every caption here was written for its rule, none copied from the
// corpus files; each test checks neighbours the rule must leave alone.
import { describe, it } from 'vitest';
import { expectPromotional } from './expectDetection';

describe('promotion: causes found on the spent sixth blind set', () => {
  it('reads scarcity said without stock words', () => {
    expectPromotional(
      [
        'Twelve jars of the smoked honey this year. First come, first served 🍯',
        'We still have three slots before Easter for a full service.',
        'Il nous reste cinq paniers garnis pour le réveillon.',
        'Les galettes partent vite, pensez à passer avant midi.',
        'Notre retraite d’automne : pour 12 participantes seulement.',
        'A last-minute cancellation on Friday at 10, message us to grab it.',
        'Premiers arrivés, premiers servis pour les sapins Nordmann 🎄',
      ],
      true,
    );
    expectPromotional(
      [
        'There are still three days until the school holidays.',
        'Il nous reste trois jours de chantier avant la réouverture.',
        'The train cancellations this morning made everyone late, sorry team.',
        'Les enfants partent vite en vacances, les parents un peu moins.',
      ],
      false,
    );
  });

  it('reads a booking path said in other words', () => {
    expectPromotional(
      [
        'Spring lambing weekends are now bookable on our website 🐑',
        'Booking link for the tasting menu is in the comments.',
        'Text us on 07700 900456 and we’ll get you booked in for a trim.',
        'Les chocolats de Pâques se commandent jusqu’au 28 mars.',
        'Nos chalets sont réservables dès le 1er décembre.',
        'Un petit texto suffit pour réserver votre panier du vendredi.',
        'Maison de ville à Tours, visites le samedi : écrivez-nous pour caler un créneau.',
        'Festival de jazz du 3 au 6 juillet, billets en ligne.',
        'Our wedding diary for 2028 is now open 💍',
        'Early access opens on Friday: wishlist it now.',
      ],
      true,
    );
    expectPromotional(
      [
        'Our booking system is down this morning, sorry for the wait on the phone.',
        'Le vote du conseil municipal se tient jeudi, ouvert au public.',
        'Book club meets Thursday, bring the book you’re reading.',
      ],
      false,
    );
  });

  it('reads a free offer said without "free" and deferred payments', () => {
    expectPromotional(
      [
        'Switch your broadband to us and your first two months are on the house.',
        'Your first session with Coach Lena costs nothing.',
        'Zero transaction fees on every card payment until June.',
        'Compte joint sans frais de tenue la première année.',
        'Essayez l’appli un mois entier. Aucune carte bancaire demandée.',
        'Les 15 premiers jours sont pour vous si vous passez par mon lien.',
        'Drive away today and your first payment isn’t due until March.',
        'Candlelit dinner for two, wine included, every Friday in February.',
        'Comment BAKE and I’ll send you my sourdough timetable.',
      ],
      true,
    );
    expectPromotional(
      [
        'No hidden agenda here, just our favourite walks around the lake.',
        'Our first year cost us nothing but sleep.',
        'Le petit-déjeuner d’équipe était compris dans la formation, merci à eux.',
      ],
      false,
    );
  });

  it('reads launches said in plain words: teasers, restocks, season produce, new courses', () => {
    expectPromotional(
      [
        'Something very quiet and very fast arrives on 3 May. That’s all we can say.',
        'Quelque chose se prépare à l’atelier. Vous saurez tout le 2 avril.',
        'The cardigan that sold out in a week? We made more.',
        'The oversized shirts are back on the rails again in three colours.',
        'The new budgeting tool is rolling out to everyone this month.',
        'Strawberries are in! First punnets on the stall from Saturday.',
        'NOUVEAU : la tarte au citron meringuée du dimanche.',
        'Toute la gamme de thés d’hiver est de retour chez nous.',
        'Nouveau master en design durable à la rentrée 2027.',
        'Notre prochain album sort le 12 mai, on n’en dit pas plus.',
        'Venez découvrir la nouvelle citadine en avant-première samedi.',
      ],
      true,
    );
    expectPromotional(
      [
        'Spring has landed on the allotment and the first tulips are up 🌷',
        'Our baker is back from holiday and in a very good mood.',
        'Notre directrice est de retour chez nous après son congé.',
        'New episode is live: a free chat with a marine biologist, no paywall.',
        'That’s all we can say about the weather today: bring a coat.',
      ],
      false,
    );
  });

  it('reads sponsorship in a sentence and donations of a given amount', () => {
    expectPromotional(
      [
        'This video is brought to you by Fernweh, the map app I use on every trip.',
        'Sign up through my link and you get a month of premium.',
        'Cette vidéo est rendue possible par @Atelier, merci à eux.',
        'A gift of £15 buys a week of school meals.',
        'Un don de 20 € finance une nuit au chaud.',
      ],
      true,
    );
    expectPromotional(['Our community garden was made possible by the volunteers of Ward 4.'], false);
  });

  it('leaves prices that sell nothing: long ago, a thrifted find, a charity pledge', () => {
    expectPromotional(
      [
        'In 1962 a pint here cost 1s 6d. Today it’s a bit more, and so is the rent.',
        'Back in 1995 my mum sold her first cake for £2 at the village fete.',
        'This lamp was a £12 flea market find and it’s my favourite thing in the shop.',
        'Ma veste a coûté 8 € en friperie il y a 10 ans.',
        '2 € sur chaque entrée seront reversés aux Restos du Cœur.',
        'A bread roll in 1900 cost a penny; adjusted for inflation that’s £0.50 today.',
      ],
      false,
    );
    expectPromotional(['Sourdough loaves £4.50 today only at the market stall.', 'Menu du jour : 16,50 le menu complet.'], true);
  });
  it('reads the causes found on a further development set (dev7): returns to the counter, order deadlines, fixed quotes, free checks', () => {
    expectPromotional(
      [
        'Cinnamon swirls return to the counter on Saturday ☕',
        'Le pain d’épices revient sur nos étals dès lundi.',
        'DROP 07 — KNITWEAR\nSunday 8pm. Set your alarms.',
        'Get your orders in by Friday 12 Dec for delivery before Christmas.',
        'Leaking tap? Text us a photo and we’ll send a fixed quote within the hour.',
        'We’re doing free eye checks in store all through January.',
        'Le premier rendez-vous est offert, en cabinet ou en visio.',
        'Retours gratuits jusqu’au 10 janvier sur tout le site.',
        'Pour cinq pots achetés, le sixième est offert.',
        'La version 4 de l’appli est sur les stores 📱',
        'Our veg boxes now deliver to Bath and Frome 🥕',
        'When they’re gone, they’re gone: 30 signed prints of the harbour at dawn.',
        'Need a gift in a hurry? Our e-vouchers arrive by email in seconds.',
        'Passez commande au comptoir ou par téléphone avant jeudi.',
      ],
      true,
    );
    expectPromotional(
      [
        'Order hasn’t arrived? Send us your order number and we’ll chase it.',
        'No sale from us this year. Shop reopens on 4 January.',
        'Proud to have launched the new booking site for Elm Street Physio.',
        'Ep. 12 is out now, wherever you get your podcasts.',
        '🎁 CONCOURS : à gagner, un panier garni (valeur 80 €). Abonnez-vous et identifiez un ami.',
        'When the snow is gone, the hiking trails reopen.',
      ],
      false,
    );
  });
  it('reads the causes found on a second development set (dev8): releases, direct-booking perks, nth night free, in-app features', () => {
    expectPromotional(
      [
        'Ten more standing tickets have just been released for Friday. Box office: 0113 555 0100',
        'Balayage appointments are free all week for anyone who books in before Sunday.',
        'Need a service? Call 0117 496 0000 to grab a slot this week.',
        'Christmas cake orders are open 🎄 Last orders Friday.',
        'Breakfast and late checkout at no extra charge when you book with us directly.',
        'Our easy-access saver pays 4.2% AER (variable).',
        'We have room for five more students in the January cohort.',
        'SNOW15 works on the site until midnight ❄️',
        'Our winter stout is pouring at the brewery bar from Friday. Limited kegs.',
        'Il reste trois cabines sur la croisière du 4 juillet.',
        'Le nouveau mode hors-ligne est enfin dans l’appli.',
        'Nos bagues existent désormais en or recyclé.',
        'La quatrième nuit est sur nous jusqu’à fin avril.',
        'La deuxième paire est offerte jusqu’au 30 juin.',
        'Le nouveau gâteau basque est au comptoir dès samedi.',
        'Pancakes return this Sunday 🥞',
      ],
      true,
    );
    expectPromotional(
      [
        'My favourite mug was a 50p find I picked up at a car boot sale in 2012.',
        'What is the real price tag on a £5 T-shirt? Someone, somewhere, pays the rest.',
        'Le livre que vous avez offert le plus souvent, c’est lequel ?',
        'Notre voisine, qui revient chaque été, nous apporte des figues.',
        'Fiers d’avoir accompagné la Fromagerie Dupuis dans la refonte de leur e-shop.',
        'Our head chef returns this weekend from her sabbatical.',
        'Notre pain au levain sort du four, croustillant à souhait.',
      ],
      false,
    );
  });
  it('reads the causes found on the spent seventh blind set (blind6): cashback, gifts with every order, restocks, in-app features', () => {
    expectPromotional(
      [
        'Card payments abroad now earn 1% cashback.',
        'Until Sunday every order ships with a free tote. No minimum spend.',
        'Jusqu’à dimanche, chaque commande repart avec un échantillon. Sans minimum d’achat.',
        'Les chaussettes en laine ? À nouveau en rayon depuis ce matin.',
        'Les bougies au figuier sont à nouveau sur les étagères.',
        'Le premier cours, c’est nous qui l’offrons.',
        'Dégustation gratuite samedi avec deux brasseurs locaux.',
        'Depuis ce matin, vous pouvez payer en trois fois dans l’appli.',
        'NOUVELLE GLACE 🍦 pistache-citron, au comptoir dès vendredi.',
        'Our autumn menu arrived this morning: squash soup, apple crumble, chai.',
        'Something woollen is coming. 12.11',
        'The ceramic mugs finally exist. Online tomorrow at 9.',
        'Final 20 tickets for the Friday gig.',
        'Our order book for wedding cakes closes on 1 March.',
        'Cours de pilates : réservation sur l’appli, places limitées.',
        'Pick any three cheeses and the third one’s on us, through Sunday.',
      ],
      true,
    );
    expectPromotional(
      [
        'Nouvelle vidéo : une journée avec nos apicultrices.',
        'Name our new shop cat! Best suggestion wins a coffee.',
        'We’re designing our next range around your answers.',
        'Fiers d’annoncer l’ouverture de notre usine à Lyon : 30 emplois créés.',
        '$4,000 given by neighbours for the school library. Thank you!',
      ],
      false,
    );
  });
  it('reads the causes found on a third development set (dev9): intakes closing, money off in words, cellar-door releases, new account features', () => {
    expectPromotional(
      [
        'Doors to the spring coaching group close on Sunday. Next intake is October.',
        'Grab two boxes and we’ll knock ten quid off.',
        'Deux nuits pour le prix d’une, uniquement en réservation directe.',
        'Test drive the new Ioniq at our Leeds showroom this weekend.',
        'The new rosé hits the cellar door on the 2nd.',
        'Notre blanche au yuzu, en canettes dès jeudi.',
        'Ouvrez votre compte en ligne en dix minutes.',
        'Atelier céramique : 6 participants max, inscriptions via le formulaire sur notre site.',
        'Notre fougasse sera sur le comptoir tous les jours à partir de lundi.',
        'Invoices now chase themselves. Turn it on under Settings → Reminders.',
      ],
      true,
    );
    expectPromotional(['The school doors close at 6pm for the holidays.', 'Open your eyes to the small birds in the garden.'], false);
  });
});
