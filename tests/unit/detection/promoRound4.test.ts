// General promotional rules written for the causes of the errors left on the spent second blind set
// (en.blind2.json, fr.blind2.json; see tests/fixtures/captions/README.md). Rules live in
// shared/detection/offers.en.ts and offers.fr.ts. Every caption here was written for its rule, none
// copied from the corpus files; each test checks the cause in both languages where it applies, and the
// neighbours the rule must leave alone.
import { describe, it } from 'vitest';
import { expectPromotional } from './expectDetection';

describe('promotion: causes found on the spent second blind set', () => {
  it('reads scarcity said in other words as a limited offer, but not a countdown or people', () => {
    expectPromotional(
      [
        'Only three of the linen aprons left in sage.',
        'Four spots remaining for Saturday’s bread class.',
        'Fresh cinnamon knots every morning until we run out.',
        'The winter hats are back in the shop, while they last.',
        'Plus que trois exemplaires de la tote bag en lin.',
        'Il reste deux places pour l’atelier céramique de samedi.',
      ],
      true,
    );
    expectPromotional(
      ['Only 3 days left until Christmas, can you believe it?', 'Just two of us left in the office on Friday, send snacks.'],
      false,
    );
  });

  it('reads a sign-up window closing and tickets going on sale as a call to buy, not past sales or job applications', () => {
    expectPromotional(
      [
        'Registrations for the autumn pottery course close Sunday.',
        'Tickets go on sale Monday at 10am.',
        'Les inscriptions pour le stage de Pâques ferment vendredi.',
      ],
      true,
    );
    expectPromotional(
      [
        'Applications for the apprenticeship close on Friday.',
        'Tickets went on sale in 1998 for the first festival, and queues went round the block.',
        'Our vintage sign is not for sale, sorry!',
      ],
      false,
    );
  });

  it('reads quotes, demos, valuations and booking by appointment as conversion paths', () => {
    expectPromotional(
      [
        'Thinking of selling your flat? Request a free, no-pressure valuation.',
        'B2B teams: book a 20-minute demo with our product team.',
        'Fittings by appointment, Tuesday to Saturday.',
        'Demandez votre devis gratuit et sans engagement.',
        'Dégustation sur rendez-vous uniquement, 7 jours sur 7.',
      ],
      true,
    );
  });

  it('reads new items, seasonal menus starting, openings and new services as launches, not new colleagues or opening hours', () => {
    expectPromotional(
      [
        'New on the shelves: smoked paprika from Murcia.',
        'Our summer menu starts Friday: peach burrata and cold noodles.',
        'Grand opening this Saturday at our Leith Walk shop!',
        'We’re now open in Bristol 🎉',
        'We now deliver to Leith and Portobello.',
        'La carte d’été démarre vendredi : burrata aux pêches et nouilles froides.',
        'Ouverture de notre deuxième boutique à Nantes samedi !',
        'Nous livrons désormais à Villeurbanne.',
      ],
      true,
    );
    expectPromotional(
      [
        'Our new head chef starts Monday, say hi if you see her!',
        'We’re now open on Sundays from 10 to 4.',
        'Notre nouvelle collègue commence lundi, dites-lui bonjour !',
        'Devinez l’année d’ouverture de la boutique !',
      ],
      false,
    );
  });

  it('reads teasers as launches, but not seasons or visitors arriving', () => {
    expectPromotional(
      ['Something exciting is brewing in the workshop 👀', 'Ça débarque bientôt en boutique 👀', 'Les nouvelles bougies arrivent bientôt en boutique.'],
      true,
    );
    expectPromotional(
      [
        'Spring is coming, finally. The magnolias know it.',
        'Le printemps arrive bientôt, les magnolias le savent.',
        'Mon frère arrive bientôt de Lyon pour les vacances.',
        'Ils arrivent bientôt de Marseille, on a hâte de les revoir.',
      ],
      false,
    );
  });

  it('reads free trials in other words as offers, not advice', () => {
    expectPromotional(['Try Ledger free for 30 days.', 'Essayez l’appli gratuitement pendant un mois.'], true);
    expectPromotional(['Try to get outside for a walk today, it helps.', 'Try going sugar free for a week and see how you feel.'], false);
  });

  it('reads a request to follow or subscribe to the account as distribution, not a subscription', () => {
    expectPromotional(
      [
        'Subscribe for more weekly sourdough tips 🍞',
        'Hit subscribe so you don’t miss Thursday’s video.',
        'Abonnez-vous à la chaîne pour plus de recettes.',
        'Concours 🎁 Pour participer : abonne-toi au compte, like ce post et identifie une amie.',
      ],
      false,
    );
    expectPromotional(['Subscribe to our newsletter for 10% off.', 'Abonnez-vous à notre box mensuelle, dès 24 €.'], true);
  });

  it('reads booking and signing up in a civic or public setting as no purchase', () => {
    expectPromotional(
      [
        'Register to vote by 12 June, it takes five minutes.',
        'Sign up to volunteer at the Saturday food bank.',
        'Free storytime at the library every Wednesday, book your place at the front desk.',
        'Heure du conte gratuite à la médiathèque, réservez votre place à l’accueil.',
        'The new bus route 14 launches Monday, free for the first week.',
      ],
      false,
    );
  });

  it('reads the brand’s own equipment arriving as behind the scenes', () => {
    expectPromotional(
      ['Our new oven finally arrived. Bigger batches from Monday.', 'Notre nouveau four est enfin arrivé ! Des fournées plus grandes dès lundi.'],
      false,
    );
  });

  it('reads “on us” as an offer only next to a purchase or a first visit, and never as a prize', () => {
    expectPromotional(['Your first two classes are on us this month.', 'Buy any two candles and the third is on us.'], true);
    expectPromotional(['The winner gets a coffee on us every week for a month.', 'Tea and biscuits are on us at the residents’ meeting.'], false);
  });

  it('reads amounts given away and prices in anecdotes about spending as no price', () => {
    expectPromotional(
      [
        'What’s the most you’ve ever paid for a coffee? I’ll go first: £9 in Zurich.',
        'Vous avez déjà payé combien pour un café ? Moi : 9 € à Zurich.',
        'We’ve given £2,000 to the food bank this year.',
        '5% of every sale goes to the hospice: £3,200 in total this year.',
      ],
      false,
    );
    expectPromotional(['Our flat white is £2.80 all week.'], true);
  });

  it('reads “link in bio” by what the caption says it leads to, anywhere in the caption', () => {
    expectPromotional(
      [
        'We’re hiring a pastry chef! Full-time, 4 days a week. Link in bio to apply.',
        'Nous recrutons un·e pâtissier·e en CDI. Candidatures : lien en bio.',
        'Vote for us in the Best Deli awards! 🙏 Link in bio.',
      ],
      false,
    );
    expectPromotional(['Our new scarf range is in. Link in bio.', 'Full menu and booking, link in bio.'], true);
  });

  it('reads sponsorship disclosures, and their negation', () => {
    expectPromotional(
      [
        'In partnership with @luma: our favourite lamp, made in Lisbon.',
        'This video is sponsored by @Brewly.',
        'Affiliate links below, I earn a small commission if you buy.',
      ],
      true,
    );
    expectPromotional(['Not an #ad, just a kettle I love.', 'Pas de #pub ici, juste une bouilloire que j’adore.'], false);
  });

  it('reads donation asks in other words, in kind too, but not thanks', () => {
    expectPromotional(
      [
        'Give what you can: every pound helps us keep the helpline open.',
        'Sponsor a kennel this winter and keep a rescue dog warm.',
        'Donations of coats can be dropped off at the church hall until Friday.',
        'Parrainez un chien du refuge cet hiver.',
      ],
      true,
    );
    expectPromotional(['Thank you to everyone who gave what they could this winter.'], false);
  });

  it('reads conversion verbs in a figurative sense as no call to buy', () => {
    expectPromotional(
      [
        'Stakeholder buy-in is the hardest part of any rollout.',
        'Shop talk with our founder: why we never do sales.',
        'Grab your coat, it’s freezing out there.',
        'Big shout-out to Lena, she sorted out the whole stockroom on Saturday.',
      ],
      false,
    );
    expectPromotional(['Grab your tickets before Friday.'], true);
  });

  it('reads costs, statistics, history and finds as no price', () => {
    expectPromotional(
      [
        'Rent in our street went up £200 a month this year. Small shops are feeling it.',
        'The average wedding now costs £20,000. Here’s how couples are cutting back.',
        'Our founder started the company with €500 and a borrowed van.',
        'I found this £3 jumper at the charity shop and I’m obsessed.',
        'Le loyer a augmenté de 200 € par mois cette année, les petits commerces trinquent.',
        'Notre fondatrice a lancé l’atelier avec 500 € et une camionnette empruntée.',
        'J’ai déniché ce pull à 3 € en friperie, je l’adore.',
      ],
      false,
    );
    expectPromotional(['Our box now costs £25 and ships free.', 'Sourdough loaf, £4.50. Baked at 5am.'], true);
  });

  it('reads a question about the reader’s buying habits, and civic slogans, as no call to buy', () => {
    expectPromotional(
      [
        'Do you order online or in store? Tell us below.',
        'Où achetez-vous vos fleurs d’habitude ?',
        'Shop local, it keeps the high street alive 💛',
        'Free guided walk around the old town on Saturday, booking essential via the tourist office.',
      ],
      false,
    );
    expectPromotional(['Order online or in store, same price.'], true);
  });

  it('reads announcements to come, product introductions, mailing lists and open bookings as promotion', () => {
    expectPromotional(
      [
        'Big news next week: our first shop opens in Leeds.',
        'Grosse annonce la semaine prochaine 👀',
        'Meet the new Trail 2: lighter, grippier, recycled upper.',
        'Voici notre nouveau sac à dos, 100 % coton recyclé.',
        'Join our mailing list for first dibs on new prints.',
        'Bookings for the summer camps are now open.',
        'Les réservations pour les stages d’été sont ouvertes.',
        'Free next-day delivery this weekend only.',
        'Talk to our team about volume pricing for 50+ seats.',
      ],
      true,
    );
    expectPromotional(
      [
        'Meet our new intern, Priya! She’ll be running our socials.',
        'Voici notre nouvelle stagiaire, Priya !',
        'Here’s what we learned about pricing this year (spoiler: we raised it twice).',
        'The swimming pool is now open again after repairs.',
      ],
      false,
    );
  });

  it('reads disclosures at the top and gifted products as sponsored', () => {
    expectPromotional(
      [
        'AD | My morning routine with @glowlab’s new serum.',
        'Gifted by @northknit, but all opinions are mine.',
        'Post sponsorisé : ma routine du matin avec @peaudouce.',
      ],
      true,
    );
  });

  it('reads a link to a report or an interview as sending nowhere to buy', () => {
    expectPromotional(
      [
        'Our impact report is out: what we got right and wrong this year. Link in bio.',
        'Lien en bio pour lire l’interview complète.',
      ],
      false,
    );
  });

  it('reads an offer named to refuse it, and the same words for people or notices, as no offer', () => {
    expectPromotional(
      [
        'Gift cards? We don’t do them, sorry.',
        'Black Friday? We’re closed that day and planting trees instead.',
        'Black Friday ? On ferme ce jour-là pour planter des arbres.',
        'Happy Hour with the team after a long week 🍻',
        'Our early-bird team starts at 5am to get the bread ready.',
        'New: from March we’re closed on Mondays.',
        'Nouveau : à partir de mars, nous fermons le lundi.',
        'New this week: our shop dog Biscuit has learned to sit 🐶',
        'Out now: the results of our customer survey. Thank you for answering!',
        'Thank you for 10 years! We opened our doors in 2015 with one oven.',
      ],
      false,
    );
    expectPromotional(
      [
        'Nouveautés à la ferme : yaourts et fromages frais.',
        'Black Friday à la ferme : -20 % sur les colis de viande.',
        'Black Friday: 30% off everything until midnight.',
      ],
      true,
    );
  });

  it('reads an offer inside a quoted question as someone else’s words', () => {
    expectPromotional(
      [
        'Quand une cliente demande « c’est en promo ? » pour la cinquième fois 😂',
        'Every “do you do gift cards?” this week gets the same answer: not yet!',
      ],
      false,
    );
    expectPromotional(['Our motto this week: “20% off everything”.'], true);
  });

  it('reads visits to buy, availability in the shop, time limits, delivery and subscriptions as promotion', () => {
    expectPromotional(
      [
        'Pop in and try the new pistachio croissant, this weekend only.',
        'Exclusive to our website this week: the recycled wool jumper.',
        'Easter eggs are in the window 🐣 Come and see us!',
        'Veg boxes ready for pickup every Thursday, monthly subscription.',
        'Last few jars of summer jam on the shelf.',
        'À découvrir dès maintenant en boutique : la bougie figue et cèdre.',
        'Venez goûter la galette frangipane-pistache, seulement jusqu’à dimanche.',
        'On vous attend en boutique pour découvrir la collection d’automne.',
        'Faites-vous livrer en 24h partout en France.',
        'En exclusivité sur notre site cette semaine : le pull marin en laine recyclée.',
        'Les chocolats de Pâques sont en vitrine 🐣 Passez nous voir !',
        'C’est le retour de la tarte aux fraises 🍓 tous les jours en boutique.',
        'Pensez à commander votre bûche avant le 20 décembre.',
        'Derniers pots de confiture d’été en rayon.',
      ],
      true,
    );
    expectPromotional(
      [
        'Pop in and say hi if you’re passing, the kettle’s always on.',
        'Venez découvrir le métier de boulanger au salon de l’emploi, on recrute !',
        'C’est le retour des beaux jours, enfin !',
        'Last few days of summer, make them count ☀️',
        'Our team is in the shop today doing stocktake, say hi.',
        'Merci d’être venus à notre pop-up le week-end dernier !',
        'This weekend only the café is run by our apprentices. Be kind!',
        'Is it just us or is every weekend only two days long? 😅',
      ],
      false,
    );
  });

  it('leaves the everyday senses of the new launch and offer words alone', () => {
    expectPromotional(
      [
        'Something is coming up in the garden 🌱 first tulips!',
        'Big news on the planning application for the park: approved!',
        'The shop cat is in the window again, judging everyone.',
        'Here’s my weekly plan for content this month.',
        'En exclusivité, l’interview de notre cheffe sur France Bleu.',
      ],
      false,
    );
    expectPromotional(['En exclusivité sur l’e-shop : la tote bag brodée.', 'Big news coming tomorrow 👀'], true);
  });
});
