/**
 * French promotional rules for the same general causes as offers.en.ts (see its header): scarcity and
 * sign-up windows said in other words, booking « sur réservation », quotes and demos, openings and new
 * services, teasers, free trials, sponsorship and donation asks; and the senses that sell nothing (a
 * follow request, an anecdote about what someone spent, a public service, the brand's own van, a
 * link to a job or a vote). Regression captions: tests/unit/detection/promoRound4.test.ts, and for
 * the sixth round (taux 0 %, reprise, admissions, offre gratuite, « Commente X et je t'envoie »,
 * « prend désormais les rendez-vous ») promoRound6.test.ts. Sources match folded text (no accents).
 */
import { NO_QUESTIONS, r, type LanguagePatterns } from './patterns.common';
import { FR_NEGATED } from './scope';

const NOMBRE = r`(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|cinquante|quelques)`;
/** What runs out: « plus que 3 exemplaires », « il reste deux places ». */
const STOCK = r`(?:places|pieces|exemplaires|bouteilles|boites|coffrets|tables|creneaux|billets|paires|lots|chambres|pots|bocaux)`;
/** A place of ours that can open: « ouverture de notre nouvelle boutique ». */
const LIEU = r`(?:boutique|adresse|restaurant|magasin|salle|atelier|cafe|bar|studio|showroom|terrasse|corner|cabinet|institut|salon|point de vente|librairie|boulangerie)`;

export const FR_OFFERS: LanguagePatterns = {
  cues: {
    'limited-offer': [
      r`\b(?:il (?:n'en |en )?reste|plus que|reste) (?:plus que |encore )?(?:des|${NOMBRE}) (?:[\w'-]+ ){0,2}${STOCK}\b`,
      r`\btant qu'il y en a\b|\bjusqu'a (?:rupture|ce qu'il n'y en ait plus)\b|\b(?:derniers|dernieres) (?:[\w'-]+ )?(?:exemplaires|pieces|bouteilles|tailles|paires|coffrets|billets|pots|bocaux|boites|sacs|affiches)\b`,
      // A time limit: « seulement jusqu'à dimanche », « ce week-end seulement ».
      r`\b(?:seulement|uniquement) (?:jusqu'a|jusqu'au|ce week-end|cette semaine|aujourd'hui|ce samedi|ce dimanche|le temps d'un week-end)\b|\b(?:ce week-end|aujourd'hui|cette semaine) (?:seulement|uniquement)\b|\bpour (?:un|une) (?:jour|semaine|week-end) seulement\b`,
      r`\ben exclusivite (?:sur|chez|en boutique|dans (?:nos|notre))\b`, // not « en exclusivité, l'interview de… »
    ],
    'buy-cta': [
      // A sign-up window closing: « les inscriptions pour l'atelier ferment vendredi ».
      r`\b(?:inscriptions?|reservations?|precommandes?|commandes|billetterie)\b(?: (?:pour|de|du|des) [^.!?\n]{1,40})? (?:closes?|ferment|fermeront|se terminent|se cloturent|cloturees?|prennent fin)\b`,
      // Booking without an imperative: « dégustation sur réservation », « sur rendez-vous ».
      r`\breservations? (?:pour|de|du|des) [^.!?\n]{1,40} sont (?:desormais |maintenant )?ouvertes\b`,
      r`\brejoignez (?:notre|la) (?:newsletter|liste d'attente|club fidelite|programme de fidelite)\b`,
      // Visiting to buy: « venez goûter », « passez en boutique », « on vous attend en boutique ».
      r`\bvene[zs] (?:gouter|deguster|decouvrir|essayer|chercher|craquer|recuperer|tester)\b|\bpasse[zs] (?:nous voir|en boutique|au magasin|a la boutique|a l'atelier|chercher|recuperer|commander)\b|\bon vous attend (?:en boutique|au magasin|a la boutique|a l'atelier|sur le stand|sur notre stand)\b`,
      r`\bpop-?up store\b|\bboutique ephemere\b`,
      // Availability in the shop: « à retrouver en boutique », « à découvrir dès maintenant en boutique ».
      r`\ba (?:retrouver|decouvrir|recuperer|gouter|deguster|commander|reserver)\b[^.!?\n]{0,30}\b(?:en boutique|en magasin|en rayon|au comptoir|sur (?:l'e-shop|notre site|le site)|chaque \w+|tous les jours)\b|\b(?:est|sont) en vitrine\b`,
      r`\b(?:pensez|pense) a (?:commander|reserver|precommander|vous inscrire|acheter)\b`,
      // Collection, delivery and subscriptions as services.
      r`\bfaites-vous livrer\b|\blivraison (?:en|sous) \d+ ?(?:h|heures|jours)\b|\bretrait (?:en magasin|en boutique|gratuit)\b|\bclick (?:&|and) collect\b`,
      r`\babonnements? (?:au mois|mensuels?|annuels?|a l'annee|des \d|a partir de)\b`,
      r`\bsur (?:reservation|rendez-vous|rdv|inscription|commande|devis)\b`,
      r`\bsur (?:notre|ma) (?:boutique|e-?shop|boutique en ligne)\b`, // « en vinyle sur notre boutique »
      // Admissions: « les candidatures pour notre nouveau master sont ouvertes ».
      r`\b(?:candidatures?|inscriptions?|admissions?) (?:pour|a|au|a la) (?:notre |nos |la |le |l')?(?:nouve\w+ )?(?:master|licence|formation|cursus|bachelor|mba|diplome|bootcamp|ecole)\b[^.!?\n]{0,40}\b(?:sont |est )?(?:desormais |maintenant )?ouvertes?\b`,
      // A paid tier: « passe en illimité », « passez à la version Pro ».
      r`\b(?:passe[rz]? (?:a la (?:version|formule|offre) )?(?:pro|premium)|(?:version|formule|offre|abonnement) (?:pro|premium))\b|\bpasse en illimite\b`,
      r`\b(?:demandez|demande|obtenez|recevez|planifiez|prenez) (?:un|une|votre|ton|ta) (?:[\w-]+,? ){0,3}(?:devis|demo|demonstration|audit|estimation|appel|rendez-vous|essai|rappel)\b`,
      r`\b(?:contactez|ecrivez|appelez)(?:-nous| nous)? pour (?:un devis|une demo|les tarifs|nos tarifs|connaitre (?:nos|les) tarifs|toute commande|les disponibilites)\b`,
    ],
    discount: [
      // Finance and trade-in offers: « taux 0 % ce mois-ci », « reprise de votre ancien véhicule ».
      r`\btaux (?:a )?(?:0|zero)\b|\b0 ?% d'interets?\b|\bcredit (?:gratuit|a taux zero)\b|\bsans frais de dossier\b|\b(?:offre|prime|bonus) de reprise\b|\breprise (?:de votre|de ton|de vos|de l'ancien)\b`,
    ],
    launch: [
      // A headline: « DISPONIBLE : … », « Nouveau service : on prend désormais les rendez-vous ».
      r`^\W*(?:disponibles?|en vente|dispo)\s?[:!]|\bdisponibles? chez nous\b|\b(?:a la pression|en pression) (?:des|a partir|ce|cette)\b`,
      r`\b(?:prend|prenons|prennent|accepte|acceptons|acceptent) (?:desormais|maintenant|aussi|enfin|dorenavant|des maintenant) (?:les |vos |de nouveaux )?(?:rendez-vous|rdv|reservations?|commandes|precommandes|patients|clients)\b`,
      r`\bnouv(?:eau|eaux|elle|elles|eaute|eautes) (?:a la pression|au caveau|en cave|a la carte|au menu|en boutique|en rayon|sur (?:la carte|le site|l'e-shop|notre site|l'appli)|chez nous|a l'atelier)\b`,
      // Something of ours that starts: « la carte d'hiver démarre lundi », « nos cours du soir commencent en mai ».
      r`\b(?:carte|menu|collection|gamme|(?<!\b(?:au|en) )cours|ateliers?|formule|box|coffret|saveur|parfum)s? (?:[\w'-]+ ){0,3}(?:demarre|demarrent|commence|commencent|debute|debutent|debarque|debarquent|sortent)\b`,
      r`\bvoici (?:notre|nos) nouve(?:au|lle|aux|lles)\b(?! (?:[\w-]+ )?(?:stagiaire|collegue|recrue|apprentie?|equipe|chef|cheffe|responsable|directrice|directeur|voisins?|benevoles?)\b)`,
      // Openings: « ouverture de notre 2e boutique », « on ouvre une nouvelle adresse ».
      r`\b(?:grande |belle )?ouverture (?:de (?:notre|nos|ma|mon) (?:nouvel\w* |nouveau |deuxieme |2e |troisieme |3e |premiere? )?${LIEU}|de (?:la|notre) (?:nouvelle|deuxieme|2e|troisieme|3e) ${LIEU}|officielle)\b|\b(?:ouvre|ouvrent) (?:ses|leurs|nos) portes\b`,
      r`\b(?:on (?:vient d'|a )?ouvr\w*|nous (?:venons d'ouvrir|ouvrons|avons ouvert)) (?:notre|une|un|la|le|nos) (?:nouvel\w* |nouveau |deuxieme |2e |second\w* )?${LIEU}\b`,
      // A new service: « nous livrons désormais », « depuis ce mois-ci, livraison le dimanche ».
      r`\b(?:nous |on )(?:livr\w*|propos\w*|vend\w*|accept\w*) (?:desormais|maintenant|aussi|enfin|dorenavant)\b`,
      r`\b(?:desormais|dorenavant|depuis ce mois-ci|a partir de maintenant|a partir d'aujourd'hui),? (?:[\w'-]+ ){0,3}(?:livraison|retrait|click (?:and|&) collect|vente a emporter|a emporter|paiement en)\b`,
      // Teasers: « ça arrive bientôt à l'atelier », « ce qu'on vous prépare ».
      r`\b(?:ca|cela|quelque chose|du nouveau|une surprise|une nouveaute|la suite) (?:arrive|arrivent|debarque|debarquent) (?:tres )?(?:bientot|prochainement)\b|\b(?:arrive|arrivent|debarque|debarquent) (?:tres )?(?:bientot|prochainement) (?:en boutique|chez nous|a l'atelier|sur (?:le site|l'e-shop|la carte)|en rayon|au menu|a la carte)\b|\bce qu'on vous prepare\b|\bon vous prepare (?:quelque chose|une surprise|du nouveau|un truc|une nouveaute)\b`,
      r`\b(?:grosse|grande|belle) (?:annonce|nouvelle|surprise)\b(?= (?:demain|bientot|tres vite|la semaine prochaine|ce week-end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|arrive)\b)`,
      r`\bquelque chose (?:de nouveau |de grand |de special |de beau )?(?:se prepare|arrive|approche|va arriver)\b|\bbientot (?:disponible|en boutique|en rayon|sur (?:le site|l'e-shop|la carte))\b|\bprochainement (?:disponible|en boutique)\b`,
    ],
    'free-offer': [
      // A lead magnet by keyword: « Commente « BUDGET » et je t'envoie mon tableur ».
      r`\b(?:commente[zs]?|ecri[st]|ecrivez|tape[zs]?|mets|mettez)\s?["']?\s?[a-z0-9]+\s?["']?\s?(?:en (?:commentaire|com|comm))?\s?(?:et|&|\+) (?:je|on|nous) (?:t'|te |vous |t')?(?:envoie|envoi|enverrai|enverrons|envoyons|partage)\b`,
      r`\b(?:offre|formule|version|plan) gratuite?\b(?! (?:de depistage|d'emploi))|\b(?:sont|est) (?:desormais |entierement |totalement )?(?:gratuite?s?|offerte?s?) (?:ce mois-ci|cette semaine|ce week-end|jusqu'a|jusqu'au|tout le mois|pour les nouveaux)`,
      r`\b(?:gratuitement|gratuite?s?|offerte?s?) (?:pendant|durant) ${NOMBRE} (?:jours|semaines|mois)\b`,
      r`\b(?:essaye[zr]?|teste[zr]?|essai) (?:[\w'-]+ ){0,3}(?:gratuitement|gratuit)\b`,
      r`\bsans engagement\b|\bresiliable (?:a tout moment|en un clic)\b|\bsans carte bancaire\b`,
    ],
    sponsored: [
      r`\bcollaboration commerciale\b|\bpartenariat remunere\b|\bproduit offert par @|\bliens? (?:affilies?|d'affiliation)\b|\bje touche une (?:petite )?commission\b`,
      r`#(?<!\w#)(?:collab|collaboration|partenaire)\b|\b(?:post|contenu|publication|video) sponsorisee?\b`,
    ],
    donation: [
      r`\bdonnez ce que vous pouvez\b|\bfaites un geste\b|\bparrainez (?:un|une)\b|\bdevenez (?:donat\w*|parrain|marraine|mecene|membre bienfaiteur)\b`,
      r`\baidez-nous a (?:atteindre|financer|collecter|recolter|boucler)\b|\bchaque (?:geste|contribution) compte\b|\b(?:participez|contribuez) a (?:la|notre) (?:cagnotte|collecte|campagne)\b`,
      r`\bvos dons (?:nous permettent|permettent|financent)\b`,
      r`si vous pouvez (?:donner|deposer|nous deposer)|deposez vos dons|dons en nature`,
    ],
  },

  // « C'est le retour de la tarte aux fraises » launches only with a shop, a menu or a price nearby (scope.ts).
  cuesInContext: { launch: [r`\ble retour (?:de la|du|des|de l')`] },
  context: {},

  exceptions: {
    // An offer named to refuse it: « Black Friday ? On ferme ce jour-là », « Des promos ? On n'en fait pas ».
    discount: [
      r`\bblack friday\b[^\n]{0,40}\b(?:on ferme|nous fermons|nous serons fermes|ferme ce jour|a la place|on ne participe pas|on boycotte|sans nous)`,
      r`\b(?:promos?|soldes|reductions?)\s?\?\s(?:on n'|nous n'|on ne|nous ne|pas de|jamais)`,
      r`\b(?:video|clip|affiche|tournage|photos?|visuels?) promo\b`,
    ],
    'buy-cta': [
      // A question about the reader's habits: « Commandez-vous vos courses en ligne ? ».
      r`\b(?:achetez|commandez|reservez|telechargez|achetes|commandes|reserves)-(?:vous|tu)\b[^.!?\n]*\?`,
      // Following an account is a distribution request: « Abonnez-vous pour ne rien rater », « abonne-toi au compte ».
      r`\babonne(?:z-vous|-toi|z vous|s-toi) (?:a|au|sur) (?:(?:la|notre|ma|mon|nos|le) )?(?:compte|page|chaine|profil|reseaux|insta|instagram|tiktok|youtube)\b`,
      r`\babonne(?:z-vous|-toi|z vous)\s?(?:pour (?:ne (?:rien|pas|plus) (?:rater|manquer|louper)|suivre|plus de (?:videos|contenus?|recettes|conseils)|voir la suite|la suite)|(?:,|et|&) ?(?:like|likez|aime|aimez|identifie|identifiez|partage|partagez|activez|active))`,
      // Civic senses: « inscrivez-vous sur les listes électorales », « comme bénévole ».
      r`\binscri\w*(?:-vous|-toi)?\b[^.!?\n]{0,25}\b(?:listes? electorales?|comme benevole|en tant que benevole|pour (?:voter|etre benevole))\b`,
    ],
    launch: [
      // Seasons and holidays arrive too: « le printemps arrive bientôt ».
      r`\b(?:le printemps|l'ete|l'automne|l'hiver|noel|les vacances|la neige|le froid|la rentree|le week-end|les beaux jours|le soleil|la pluie)\b[^.!?\n]{0,15}\b(?:arriv\w*|debarqu\w*)\b`,
    ],
  },

  exceptionsBefore: {
    sponsored: [FR_NEGATED, r`\bnon\s$`], // « pas de #pub ici », « non sponsorisé »
    donation: [FR_NEGATED],
    price: [
      r`\b(?:deniche|chine|degote|achete|paye)\b[^.!?\n]{0,25}$`, // « déniché ce pull à 3 € en friperie »
      r`\b(?:au total|en tout|reverse\w*|verse\w* a|donne\w* a)\s?$`,
      // Statistics, history and costs: « le loyer a augmenté de 200 € », « lancé l'atelier avec 500 € ».
      r`\b(?:augmente|augmentation|hausse|baisse|grimpe|en moyenne|moyenne|coutait|valait|loyers?|factures?|smic|impots?|taxes?)\b[^.!?\n]{0,25}$`,
      r`\b(?:lance|fonde|ouvert|demarre|commence|cree)\b[^.!?\n]{0,30}\bavec\s$`,
    ],
  },

  exceptionsAfter: {
    price: [
      r`^\s(?:au total|en tout|reverse\w*|verse\w* a|pour (?:l'association|les restos|la recherche))\b`,
      r`^\s(?:ont|a) ete (?:collecte|recolte|recueilli|leve|reverse|donne|verse|reuni)\w*`, // « 12 400 € ont été récoltés »
    ],
  },

  sentenceExceptions: {
    launch: [
      // Public services: « la navette gratuite circule désormais », « la médiathèque ouvre ses portes ».
      // Notices: « Nouveau : à partir de mars, nous fermons le lundi ».
      r`\b(?:fermons|fermerons|fermeture|fermee|fermees|(?:est|sera|sont|seront|sommes|serons) fermee?s?|horaires|parking|travaux)\b`, // not « la ferme », the farm
      r`\b(?:navette|ligne de bus|bus|tram\w*|metro|pistes? cyclables?|velos? en libre-service|mediatheque|bibliotheque|piscine municipale|dechetterie|collecte des dechets|metropole|service public|office de tourisme)\b`,
      // The brand's own equipment or a new colleague: « notre nouveau camion est enfin arrivé ».
      r`\b(?:notre|nos|le|la|un|une|nouveau|nouvelle) (?:nouveau |nouvelle )?(?:four|camion|camionnette|utilitaire|tracteur|vehicule|velo cargo|machine|locaux|bureaux|entrepot|collegue|stagiaire|recrue|apprentie?)\b`,
    ],
    'buy-cta': [r`\b(?:recrut\w*|candidatures?(?! (?:pour|a|au|a la) (?:notre |nos |la |le |l')?(?:nouve\w+ )?(?:master|licence|formation|cursus|bachelor|mba|diplome|bootcamp|ecole))|offre d'emploi|postuler|salon de l'emploi|office de tourisme|mairie|mediatheque|bibliotheque|municipal\w*|conseil (?:municipal|departemental|regional)|listes electorales|benevoles?|benevolat|don du sang|banque alimentaire)\b`],
  },

  nearbyExceptions: {
    // A price in an anecdote about what someone spent, or in a hypothetical (« vous paieriez 8 € ? »).
    price: [
      r`\b(?:vous avez|tu as|t'as|avez-vous|as-tu|vous ayez|tu aies|j'ai|on a) (?:deja |jamais |vraiment |recemment )?(?:depense|achete|paye|claque)\b|\bachat (?:le plus|que vous|que tu|qu'on)\b|\b(?:paieriez|payeriez|paierais|payerais)\b`,
    ],
  },

  captionExceptions: {
    // As in English: the caption says where the link leads (a job, a vote, a petition, a town hall page).
    'link-in-bio': [
      r`\b(?:recettes?|articles?|blog|lire|votez|votes?|voter|petition|questionnaire|consultation|donnez votre avis|sondage|postul\w*|candidatures?|recrut\w*|offre d'emploi|signer|signez|mairie|mediatheque|bibliotheque|conseil municipal|rapport (?:annuel|d'impact|d'activite)|interview|entretien)\b`,
    ],
  },

  questions: NO_QUESTIONS,
};
