/**
 * French cue tables. Sources match folded text (lower case, NO accents, plain apostrophes), so
 * "réservez" is written "reservez" and also matches captions typed without accents.
 * SOS = start of a clause (see patterns.common.ts).
 */
import { EMOJI, MONEY, r, sos, type LanguagePatterns } from './patterns.common';
import { FR_LAUNCH_CONTEXT, FR_LAUNCH_IN_CONTEXT, FR_NEGATED, FR_PAST_AFTER, FR_PAST_BEFORE } from './scope';

const MONTHS = r`(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)`;
const DAYS = r`(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui)`;

export const FR_PATTERNS: LanguagePatterns = {
  cues: {
    // ---- participation ----
    'call-to-comment': [
      r`\ben commentaires?\b|\bdans les commentaires\b|\ben reponse\b(?= ?[!.👇])`,
      r`\b(?:en|dans les|ds les) (?:com+s?|comm's|com+entaires?)\b`, // « en com », « en comm », « dans les coms »
      r`\bcommente[zs]?\b`,
      r`\bdi(?:tes?|s)[- ](?:nous|le|moi)\b`, // with or without the hyphen: « dites nous », « dis-moi »
      r`\becris-(?:le|la)\b`, // not "écris-nous", a private message
      r`\brepon(?:dez|ds)\b`,
      r`\bbalance[zs]? (?:le|la|les|ton|ta|tes|votre|vos)\b`,
      r`\bfaites-vous connaitre\b|\bsignalez-vous\b`,
      r`\bon vous ecoute\b|\bon t'ecoute\b`,
      sos(r`a (?:vous|toi)(?: de jouer)?\b`), // "À vous de jouer", "À vous." (not "merci à vous")
      r`\bet (?:vous|toi)\s?\?`,
      r`\bcomplete[zs]? (?:la|cette) phrase\b`,
      r`\b(?:donnez|proposez|partagez) (?:votre|vos)\b`,
      r`\bdecri(?:vez|s) (?:votre|ton)\b`,
      r`\bon veut (?:vous|te) lire\b|\bon a hate de (?:vous|te) lire\b`,
      r`\blaissez(?:-la|-le|-les|-nous)? (?:en commentaire|un commentaire|votre|vos)\b`,
      r`\bavouez\b|\bavoue\b(?= ?[:!])`,
      r`\bmets? un ${EMOJI}|\bmettez un ${EMOJI}`,
      r`\b(?:votre|ton|ta|vos|tes|decri\w*|resume[zs]?)\b[^.!?\n]{0,40}\ben (?:un|une|deux|trois|cinq|\d) (?:mots?|emojis?)\b`, // « votre lecture en trois mots »
      r`\b(?:questionnaire|sondage|enquete)\b[^.!?\n]{0,30}\bprend (?:\d+|deux|trois|cinq|dix) ?(?:min|minutes)\b|\bon (?:veut|voudrait|aimerait) (?:votre|ton|l')avis\b`,
      r`\bcommente[zs]? "?\s?[a-z0-9]+\s?"? et (?:je|on) (?:vous|t')`, // « Commentez GUIDE et je vous l'envoie »
      r`\bdonne[zs]?[- ]nous (?:votre|vos|ton|ta|tes)\b|\bvotre avis (?:nous|compte)\b|\bqu'en pense[sz]\b`,
      r`\b(?:n'hesite[zs]? pas|hesite[zs]? pas|pensez|pense) a (?:commenter|repondre|voter|participer|identifier|taguer|partager (?:votre|vos|ton|ta|tes)|nous (?:dire|raconter|envoyer|montrer))\b`,
      r`\blaisse[zs]?(?:[- ]nous)? (?:un|ton|votre) (?:petit )?(?:com+s?|mot)\b`,
      // Questions pour un live, une FAQ, un invité : « Posez vos questions sous ce post ».
      r`\b(?:posez|pose|laissez|laisse|deposez|envoyez|envoie)(?:[- ](?:nous|moi|lui|leur))? (?:vos|tes|toutes vos) (?:[\w'-]+ ){0,2}questions\b`,
    ],
    vote: [
      r`\bvotez\b`,
      r`\bvote (?:pour|avec|en commentaire)\b(?= (?:nous|ton|ta|tes|votre|vos|le meilleur|la meilleure|un|une|ce|cette))`,
      r`\bnote[zs]? (?:ce|cette|ces|notre|nos|le|la|de \d)\b|\bnote[zs]?-(?:la|le|les)\b`,
      r`\b(?:oui ou non|gauche ou droite|d'accord ou pas)\b`,
      r`\bun seul choix (?:possible|autorise)\b|\b(?:tu ne peux|vous ne pouvez|on ne peut) (?:en )?(?:garder|choisir|prendre|sauver) qu'une?\b`,
      r`\bdonne[zs]?(?:-lui|-leur|-nous|-la|-le| lui| leur| nous)? (?:une|ta|votre) note\b|\bune note (?:sur|de 1 a) (?:10|20|5|dix|cinq)\b`,
      r`\baidez-nous a (?:choisir|baptiser|trouver un nom|nommer|decider)\b`,
      r`\bchoisi(?:ssez|s) (?:le|la|les|ton|ta|votre|entre)\b`,
    ],
    'share-story': [
      r`\bracont(?:ez|e)(?:-nous|-le|-la|-moi)?\b`,
      sos(r`partage[zs]?(?:-le|-la|-les)?(?= (?:votre|vos|ton|ta|tes|en commentaire|ici|avec nous)\b)`),
      r`\b(?:a|de) (?:nous )?partager (?:votre|vos|ton|ta|tes)\b`,
      r`\b(?:votre|ton|ta) (?:histoire|experience|temoignage|anecdote)\b`,
      r`\bon (?:recueille|rassemble|collecte) (?:vos|tes)\b`,
      r`\bpartage[zs]?-(?:nous|moi)\b`,
    ],
    'tag-someone': [
      r`\b(?:identifiez|taguez|tagguez|mentionnez)\b`,
      sos(r`(?:identifie|tague|taggue|mentionne)\b`),
    ],
    'send-content': [
      r`\benvoy(?:ez|e)[- ](?:nous|moi)\b`,
      r`\benvoyez (?:vos|votre)\b`,
      r`\bmontr(?:ez|e)[- ](?:nous|moi)\b`,
      sos(r`(?:postez|poste|publiez|partagez)(?:-le|-la|-les)? (?:une|un|vos|votre|ta|ton|tes|le|la|avec)\b`),
      r`\bpostez\b`,
      r`\b(?:utilisez|utilise) (?:le |notre )?(?:hashtag )?#\w+`,
      r`\bfai(?:tes|s) un duo\b`,
      r`\bdeposez vos (?:idees|projets|photos|propositions)\b`,
      r`\bpour etre (?:repartage|reposte|publie|mis en avant)\b`,
      r`\bon (?:publie|partage|repartage|reposte) (?:nos|vos|les) (?:preferees|preferes|meilleures|meilleurs|photos)\b`,
      r`\benvoy(?:ez|e)-(?:les|la|le)[- ](?:nous|moi)\b|\bon cherche (?:vos|tes|des) (?:photos|videos|souvenirs|temoignages|recettes|histoires|objets)\b`,
    ],
    'quiz-poll-contest': [
      r`\bconcours\b`,
      r`\bjeu[- ]concours\b|\btirage au sort\b|\ba gagner\b|\bpour participer\b`,
      r`\bgagnez\b|\bgagne (?:un|une|le|la|\d)\b|\bgagne\s?[.!]|\bla remporte\b|\bremportez\b`,
      r`\b(?:le|la|les) gagnant(?:e|s|es)?\b`,
      r`\bquiz\b|\bsondage\b`,
      r`\bdevine[zs]?\b`,
      r`\bpetit jeu\b|\bjeu du (?:${DAYS}|jour|mois)\b`,
      sos(r`(?:re)?trouve[zs]? (?:le|la|les|l'|qui|ou|combien)\b`),
      r`\bdefi\b(?= \w+ \d+ jours|\s?[:!]| \d+ jours)|\bdefi (?:du|de la) (?:semaine|mois)\b|\brelev(?:ez|e) le defi\b`,
      r`\btrois verites et un mensonge\b|\bdeux verites\b`,
      r`\blegende[zs]? (?:cette|cet|ce|la|notre)\b`,
      r`\b(?:le|la) (?:plus (?:proche|drole|originale?|cite|demande)|meilleure? (?:idee|reponse|legende|nom)) (?:\w+ ){0,3}gagne\b`,
      r`\btu preferes\b|\bvous preferez\b`,
      r`\btente[zr]? (?:ta|votre) chance\b`,
    ],

    // ---- promotional ----
    discount: [
      r`\b\d{1,2}\s?% (?:de (?:reduction|remise|rabais)|offerts?)\b`,
      r`\b(?:reduction|remise) de \d`,
      r`(?:${MONEY}) de (?:reduction|remise)\b`,
      r`\bjusqu'a -?\d{1,2}\s?%`,
      r`\bsoldes\b`,
      r`\bventes? (?:flash|privees?)\b|\bbraderie\b|\bdestockage\b`,
      r`\bmoitie prix\b|\bprix barres?\b|\bau lieu de (?=[$£€]|\d[\d .,]{0,9}\s?(?:€|eur\b|euros?\b|chf\b))`, // "au lieu de 78 €", not "au lieu de 7h"
      r`\b\d (?:pour|achetes?,?) (?:\d|le \d)\b|\b\d-pour-\d\b`,
      r`\ble \d+e (?:offert|gratuit|a moitie prix)\b`,
      r`\bpromos?\b(?! (?:\d{4}|de ${MONTHS}))`,
      r`\bpoints (?:doubles|x2)\b|\bbons? plans?\b`,
      r`\bprevente\b|\bearly bird\b|\bhappy hour\b|\bblack friday\b`,
    ],
    'promo-code': [
      r`\b(?:code promo|code de reduction|code)\s?:?\s?"?\s?(?!promo\b)[a-z0-9]{3,20}\b`, // « RENTREE » folds to " rentree "
      r`\b(?:avec|utilisez)\s(?=[a-z0-9]{4,20}\b)[a-z]*\d+[a-z0-9]*\b`, // not "avec 3D", "avec 4G"
    ],
    'free-offer': [
      r`\blivraison (?:offerte|gratuite)\b`,
      r`\b(?:essai|test de niveau|seance d'essai|consultation|devis|cours d'essai|estimation|bilan|diagnostic|audit) gratuite?\b`,
      r`\b(?:premiere?|1re|1er) (?:semaine|seance|livraison|mois|cours|visite) (?:est )?(?:gratuite?|offerte?)\b`,
      r`\b\d+ (?:mois|semaines?|jours) (?:offerts?|gratuits?)\b`,
      r`\boffert(?:e|s|es)?\b`,
      r`\b(?:inscription|adhesion) (?:est )?gratuite\b`,
      r`\b(?:seances?|cours|lecons?|visites?) (?:d'essai|decouverte|d'initiation) (?:sont |est )?(?:gratuite?s?|offerte?s?)\b`,
      r`\b(?:guide|e-?book|livre blanc|check-?list|modele|template|masterclass|kit|planning|planner|mini-formation|webinaire|tableur|fichier|fiche|simulateur|calculateur|audit) (?:[\w-]+ ){0,3}?gratuite?s?\b`, // lead magnets
    ],
    'limited-offer': [
      r`\boffres? (?:speciale|exceptionnelle|limitee|du moment|decouverte|valable|de bienvenue|de lancement|de noel|de la rentree|d'ete|de ${MONTHS})\b`,
      r`\bdans la limite des stocks\b|\bjusqu'a epuisement\b`,
      r`\bplaces limitees\b|\bnombre de places limite\b|\bdernieres places\b`,
      r`\bplus que (?:quelques|\d+) (?:places|jours|pieces|exemplaires)\b`,
      r`\bquelques (?:tables|places) (?:encore )?dispo`,
      r`\breste (?:\d+|un|une|deux|trois|quelques) (?:\w+ )?(?:creneaux|places|tables|chambres|billets|dates)\b`,
      r`\b(?:dates|creneaux|reservations) (?:\d{4} )?(?:ouvrent|sont ouvertes|ouvriront)\b`,
      r`\bedition limitee\b|\bderniere chance\b`,
      r`\b\d+ premi(?:ers|eres) (?:clients?|clientes|visiteu\w+|inscrits?|commandes|acheteu\w+) (?:recevront|recoivent|auront|ont droit|repartiront|repartent|gagnent)\b`,
      r`\b(?:ca|les tailles|elles|ils) part(?:ent)? vite\b`,
      r`\bvoir conditions\b|\bconditions en (?:agence|magasin|boutique)\b|\boffre soumise\b`,
      r`\bcartes? cadeaux?\b|\ba offrir\b`,
      r`\bformule (?:midi|dejeuner|du jour|du soir)\b`,
      r`\bpour l'achat d'|\bpour tout achat\b|(?:${MONEY}) d'achat\b`, // "dès 50 € d'achat"; not "un bon d'achat"
    ],
    'buy-cta': [
      sos(r`(?:achetez|achete|commandez|commande|precommandez|reservez|inscrivez-vous|inscris-toi|abonnez-vous|abonne-toi|telechargez|telecharge)\b`),
      r`\bdecouvr(?:ez|e) (?:notre|nos|la|le|les) (?:nouv\w*|collection|gamme|offres?|carte|menu|produits?|boutique|e-shop|selection)\b`,
      r`\bcommande (?:avant|en ligne|sur|des maintenant|par|ici)\b`,
      r`\bprecommandes?\b`,
      r`\bprofite[zr]? (?:de |d'|du |des )(?:-?\d|[^.!?\n]{0,25}(?:reduction|remise|offre|prix|tarif|promo|taux|%|€|livraison|essai|code))`, // not "profitez du soleil"
      r`\b(?:pour|de) (?:reserver|commander|acheter|precommander|vous inscrire)\b`,
      r`\breserv(?:ez|e) (?:votre|ta|vos|tes|en ligne|des maintenant|vite)\b`,
      r`\b(?:reservation|reservations|inscriptions?) (?:est |sont )?(?:obligatoire|conseillee|recommandee|ouvertes?|jusqu'au|par|en ligne|gratuite)\b`,
      r`\binscriptions? [^.!?\n]{0,40}\bsont ouvertes\b|\binscriptions? (?:sur|via) (?:notre|le|mon) site\b`,
      r`\bprenez (?:votre|vos) (?:billets?|place|rendez-vous)\b|\bprenez rendez-vous\b`,
      r`\bouverte?s? (?:a la|aux) (?:reservations?|inscriptions?|precommandes?|commandes)\b`, // like "open for booking"
      r`\bbilletterie\b|\b(?:billets?|places?) (?:en vente|disponibles)\b`,
      r`\b(?:mise|mises) en vente\b|\ba la vente\b|\ben vente\b`,
      r`\bc'est par ici\b`,
      r`\ben (?:ligne|boutique) (?:et|ou) en (?:ligne|boutique)\b|\ben boutique et sur le site\b`,
      r`\bdevis en \d|\bdevis gratuit\b`,
      r`\bfaites-vous plaisir\b|\bfaites-vous du bien\b`,
    ],
    'link-in-bio': [
      r`\bliens? (?:est )?(?:en|dans (?:la|ma|notre)) bio\b|🔗\s?(?:en|dans la) bio\b`,
      r`\blien (?:en|dans le) (?:premier )?commentaire\b`,
      r`\blien en story\b|\blien ci-dessous\b`,
    ],
    launch: [
      sos(r`nouveau(?:te|tes)?\b\s?(?::|!|a la vente|-)`),
      sos(r`nouveautes?\b`),
      r`\bnouvelle (?:collection|carte|gamme|couleur|saveur|recette|offre)\b`,
      r`\bnouveaux? (?:parfums?|coloris|modeles?|produits?|melange|menu|t-shirts|pulls?|cafes?|bougies?|fonctionnalites?)\b`,
      r`\bvoici \w+,? (?:notre|nos) (?:nouv|plus)`,
      r`\best (?:enfin |maintenant )?(?:dispo|disponible|en ligne)\b|\bsont (?:enfin |maintenant )?(?:dispos?|disponibles)\b`,
      r`\bdisponibles? (?:des|maintenant|a partir|en boutique|en ligne|en precommande|sur (?:l'e-shop|le site|notre site|ios|android|tous))\b`,
      r`\bde retour\b|\brevien(?:t|nent)\b(?! pas\b| sur\b)|\breassort\b|\barrivage\b`,
      r`\bsortie (?:le|prevue)\b|\bsort (?:le|en ${MONTHS}|${DAYS})\b`,
      r`\b(?:carte|collection|menu|gamme) [^.!?\n]{0,25}\barrive\b|\bquelque chose de nouveau\b|\bteaser\b`,
      r`\ben (?:ligne|boutique) des (?:maintenant|aujourd'hui)\b`,
    ],
    sponsored: [r`\b(?:en partenariat (?:remunere )?avec|sponsorise par|avec mon code|mon code)\b`],
    donation: [
      r`\bfaites un don\b|\bfaire un don\b|\bdonnez (?:des maintenant|aujourd'hui|maintenant|ce que)\b`,
      r`\bsoutenez-nous\b|\bchaque (?:euro|don) compte\b|\bvotre don\b`,
      r`(?:${MONEY}) permettent?\b|\bdeductibles? (?:des|de vos) impots\b`,
    ],
  },

  cuesInContext: { launch: FR_LAUNCH_IN_CONTEXT },
  context: { launch: FR_LAUNCH_CONTEXT },

  exceptions: {
    'call-to-comment': [
      r`\blien (?:en|dans le) (?:premier )?commentaire\b`,
      r`\bmerci\b[^.!?\n]{0,40}\ben commentaires?\b`,
      r`\b(?:envoyez|envoie)[^.!?\n]{0,10}questions\b[^.!?\n]{0,30}(?:\ben mp\b|\ben prive\b|\bpar (?:mail|e-mail|message|dm)\b|\ben message)`, // customer service
    ],
    'quiz-poll-contest': [
      r`\bconcours de circonstances\b`,
      r`\b(?:reussi|passe|prepare|rate|preparer|reussir|passer)r? (?:le |son |un |les |au )?concours\b[^.!?\n]{0,40}`,
      r`\bconcours (?:de|d') ?(?:professeur|la fonction|l'internat|entree|infirmier|agregation|medecine|la magistrature)`,
      r`\b(?:selon|d'apres) (?:un|une|le|la|l'|notre|ce|cette|les|nos) ?(?:dernier |derniere |recent |grand |grande )?(?:sondage|enquete)\b|\bsondage (?:ifop|ipsos|bva|elabe|opinionway|recent)\b`,
    ],
    launch: [
      r`\b(?:rapport|episode|etude|resultats|bilan|replay|newsletter|article)\b[^.!?\n]{0,40}\best (?:en ligne|la|sorti)\b`,
      r`\b(?:le soleil|l'ete|le printemps|la pluie|le beau temps|la chaleur)\s(?:est de retour|revient)\b`,
      r`\bdisponible sur toutes les plateformes\b`,
      r`\bn'en revien\w*`, // "on n'en revient pas": amazement, not a comeback
      r`\bau sort\b[^.!?\n]{0,12}`, // « tiré au sort lundi » is a draw, not a release
      r`\bde retour (?:de|d'|du|des(?! (?:aujourd'hui|demain|maintenant|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce |cette |le \d))|au bureau|parmi|a la maison|chez (?:nous|moi))\b`, // back from holidays
      r`\blanc\w* (?:la discussion|le debat|un appel|une alerte|l'alerte|les hostilites|une petition|un sondage|un defi|le defi|les des|la balle)\b`,
      r`(?:\b(?:se|me|te)\s|\b[smt]'|\bnous nous\s|\bvous vous\s)lanc\w*|\blanc\w*-(?:vous|toi|nous)\b`, // se lancer : to dive in
      // An agency's portfolio: "on vient de lancer le site de Maison Verte" sells the client's work.
      r`\blanc\w* (?:le|la|l'|un|une) (?:nouveau |nouvelle )?(?:site|site web|appli|application|campagne|identite visuelle|e-?shop|boutique en ligne) (?:de|d'|du|pour) (?!notre\b|nos\b|nous\b)`,
      r`\b(?:le printemps|l'ete|l'automne|l'hiver|la neige|le froid|la pluie|le soleil|le beau temps|la chaleur|les vacances)\s(?:est|sont) (?:enfin )?(?:la|arrivee?s?)\b`,
      r`\blance\w*[^.!?\n]{0,40}\b(?:il y a \d+ ans|en (?:19|20)\d\d)\b`, // company history
      // Founding the company is history, not a product launch.
      r`\b(?:a|ai|as|avait|avons|ont) lance (?:l'entreprise|la boite|la societe|sa boite|son entreprise|sa marque|son affaire)\b`,
    ],
    'limited-offer': [r`\bappel d'offres\b`],
    discount: [r`\b(?:la|notre|cette|une) promo\b(?= (?:de|d'|du|\d))`],
    'buy-cta': [
      r`\babonne(?:z-vous|-toi) (?:a|au compte(?: de)?) @`, // following an account is not a subscription
      r`\bcommande (?:publique|recue|n°|numero)\b`,
      // A purchase ruled out, an order already placed: « pas besoin de réserver », « commande bloquée ? ».
      r`\b(?:pas besoin|nul besoin|inutile|rien|aucune? (?:[\w-]+ ){0,2}?)(?: de | d'| a )(?:reserver|acheter|commander|payer|vous inscrire|s'inscrire|t'inscrire)\b`,
      r`\bcommande (?:toujours |pas |est |n'est pas |jamais )*(?:bloquee|en retard|arrivee|recue|livree|perdue|egaree|introuvable|abimee|endommagee|incomplete)\b`,
    ],
    'share-story': [r`\bvous partager\b`],
    // Customer service asks for a private message, not for content.
    'send-content': [r`\benvoy(?:ez|e)[- ](?:nous|moi)[^.!?\n]{0,40}(?:numero|en prive|message|en mp|un mail|un e-mail|un dm|coordonnees|\bcv\b)`],
  },

  exceptionsBefore: {
    discount: [FR_NEGATED],
    'limited-offer': [FR_NEGATED],
    launch: [FR_NEGATED],
    'buy-cta': [FR_NEGATED],
    'quiz-poll-contest': [FR_PAST_BEFORE],
    // As in English: an amount collected, saved, paid as a wage or offered as a prize is not a price.
    price: [
      r`\b(?:collecte|collectes|leve|leves|levee|economies|salaires?|paye|payes|chiffre d'affaires|budget|represente|valeur de|gagne|gagner|gagnez|remporte|investi|investissement|depense|subvention|marche|valorisation)\b`,
      r`\b(?:carte cadeau|bon d'achat) (?:de|d'une valeur de) $`,
      r`\b(?:vrai|veritable|reel|cache) (?:prix|cout) (?:d'une?|de|du)\b`, // « le vrai prix d'un t-shirt à 5 € »
    ],
    'free-offer': [r`\b(?:gagne|gagnez|remporte)\b`, FR_NEGATED], // a prize, or no offer at all
  },

  exceptionsAfter: {
    'quiz-poll-contest': [FR_PAST_AFTER],
    // "On ne lance pas…", "on ne commande pas…": the verb is negated after it.
    launch: [r`^\s(?:pas|plus|jamais)\b`],
    'buy-cta': [r`^\s(?:pas|plus|jamais)\b`],
    price: [
      r`^\s?(?:milliards?|millions?|md|m)\b`,
      r`^\s(?:d'economies|par jour|de l'heure|de dons|de budget|collecte\w*|recolte\w*|recueilli\w*|leve\w*|reverse\w*)\b`, // « 12 400 € collectés »
    ],
  },

  sentenceExceptions: {
    launch: [
      r`\b(?:fusee|satellite|spatial|ariane|mission|benevolat|benevoles|petition|programme de bourses)\b`,
      r`\b(?:recrute|recrutons|recrutement|offre d'emploi|candidature(?!s? (?:pour|a|au|a la) (?:notre |nos |la |le |l')?(?:nouve\w+ )?(?:master|licence|formation|cursus|bachelor|mba|diplome|bootcamp|ecole))|postuler)\b`,
      r`\b(?:mairie|la commune|appel d'offres|marches publics|municipal\w*|conseil (?:municipal|regional|departemental)|jardin partage|refuge|adopt\w*|chantier|travaux)\b`,
    ],
    // Same rule as in English: a link to a recipe, an article, a vote or a job offer sells nothing.
    'link-in-bio': [r`\b(?:recette|article|blog|lire|votez|votes?|petition|questionnaire|consultation|donnez votre avis|sondage|postul\w*|candidature|recrut\w*|offre d'emploi|signer)\b`],
    'free-offer': [r`\b(?:tu choisis|vous choisissez|choisis|tu preferes|vous preferez)\b`], // a hypothetical
  },

  questions: {
    // Also after a hyphen ("pensez-vous", "as-tu"), and as typed in a hurry ("vs en pensez quoi").
    secondPerson: [r`\b(?:vous|votre|vos|tu|toi|t'|vs)\b`],
    // "ton", "ta", "te", "tes" are also English words ("a ton of", "ta", "te amo"): French only on a French hint.
    secondPersonAmbiguous: [r`\b(?:ton|ta|tes|te)\b`],
    wh: [
      r`\b(?:quel|quelle|quels|quelles|qui|ou|quand|comment|combien|pourquoi|lequel|laquelle|lesquels|lesquelles|quoi|koi|qu'est-ce|que)\b`,
    ],
    audience: [r`^(?:\W*)(?:qui|quelqu'un)\b`, r`\b(?:tout le monde|quelqu'un)\b`],
    deliberative: [
      r`\bqu'est-ce qu'on\b`,
      r`\b(?:je|on) \w+ quoi\b`,
      r`\bon (?:\w+ ){1,3}(?:ensuite|en premier|d'abord)\b`,
      r`\bon va ou\b|\bon \w+ ou\b`,
      r`\b(?:doit|doivent|devrait|devrions)\b`,
      r`\bpar quel(?:le)? \w+ on\b`,
    ],
    choice: [r`\b(?:quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles)\b`, r`\b(?:prefere\w*|favori\w*|chouchou)\b`],
    hooks: [
      r`\b(?:le )?saviez-vous\b|\btu (?:le )?savais\b`,
      r`\bvous (?:etes|vous etes)-vous deja demande\b|\bvous vous etes deja demande\b`,
      r`^\W*(?:pourquoi|mais pourquoi)\b`,
      // « Comment bien conserver vos pivoines ? Tiges coupées… »: comment + an infinitive is a how-to heading.
      r`^\W*comment (?:bien |mieux )?(?!(?:votre|notre|leur)\b)[a-z]+(?:er|ir|re)\b`,
      r`^\W*(?:vous savez|tu sais|devinez|devine) quoi\b`, // « Vous savez quoi ? On déménage ! » announces
      r`\bqu'est-ce que (?:ca|cela) change\b|\bca veut dire quoi\b`,
    ],
    genuineAfter: [
      r`\b(?:on|je) commence\s?:`,
      r`\bpour (?:nous|moi)\s?[:,]|\bmoi\s?:|\b(?:le|la) notre\s?:`,
      r`\bl'equipe est (?:coupee|divisee|partagee)\b`,
      r`\bc'est pour la science\b|\bje demande pour un ami\b`,
      r`\bsoyez honnetes\b|\bsois honnete\b|\bzero jugement\b|\bon ne juge pas\b`,
      r`\b(?:vraiment )?curieu(?:x|se)\b`,
      r`\bon (?:prepare|rassemble|recueille|compile|dessine|cartographie)\b`,
      r`\btoutes les reponses\b|\bvos reponses\b`,
      r`\bca aidera\b`,
      r`\boui ou non\b`,
    ],
    answerAfter: [
      r`^\W*(?:voici|la reponse|reponse\s?:|spoiler|souvent|neuf fois|pas si vite|la plupart du temps)\b`,
      r`\b(?:vous |t')?explique\b|\bdecrypte\b`,
    ],
    // « Une abonnée nous demande : … ? », « Question d'une cliente : … ? »; not « on vous demande : … ? ».
    reportedBefore: [
      r`(?<!\b(?:on|je|vous|te) )\b(?:demande|demandes|demandez|demandent|demandait|demandaient)\b[^:?"]{0,25}:`,
      r`\bquestion (?:d'une?|d'un|de la part d'une?)\b[^:?"]{0,30}:`,
    ],
    reportedAfter: [
      r`^(?:nous demande|me demande|demande|nous a demande|m'a demande|nous demandait)\b`,
      r`^(?:une?|notre) (?:[\w'-]+ ){0,2}(?:nous (?:a )?demande|m'a demande|nous demandait)\b`,
    ],
    unmarked: [
      r`^(?:quel(?:le)?s? (?:est|sont|serait|seraient)|lequel|laquelle|lesquel(?:le)?s|qui (?:a|veut|vient|est|connait|d'autre)|est-ce (?:que|qu')|qu'est-ce qu|(?:avez|etes|pensez|preferez|connaissez|voulez|aimez|prenez|choisissez|faites|allez|venez|mangez|buvez|lisez|utilisez|partez)-vous|\w+-tu|t'en (?:penses|dis) quoi|vous en pensez quoi|c'est (?:quoi|qui|lequel|laquelle|quand|ou))\b`,
      r`^(?:vous|tu|t')\b[^.!?\n]{0,40}\b(?:lequel|laquelle|lesquels|lesquelles|quoi|plutot\b[^.!?\n]{1,30}\bou)\b`,
    ],
  },
};
