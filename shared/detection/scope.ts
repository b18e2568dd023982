/**
 * Scope rules: when a cue's words do not do what they usually do. They answer the hard cases measured
 * on captions the team did not write (tests/fixtures/captions/README.md, blind set):
 * - negation governs the offer right after it ("no discount", "pas de soldes", "n'est plus disponible"),
 *   but not across other words ("don't miss our sale", "ne ratez pas nos soldes");
 * - a quiz, poll or contest with a result or a past tense next to it is reported, not offered
 *   ("the results of yesterday's quiz", "le sondage est clos", "le gagnant a été prévenu");
 * - launch and arrival words launch something only next to a product, a shop or a price
 *   ("the tulips just arrived in store" but "Sam just arrived from Lisbon").
 * Sources match folded text (lower case, no accents, plain apostrophes), like every table.
 */
import { EMOJI, r } from './patterns.common';

/**
 * Negation right before a promotional cue: "no discount", "there won't be free shipping", "no longer
 * available in store", "we're not having a sale". Only the few words a negation governs may sit in
 * between, so "don't miss our sale" and "can't wait for the drop" stay offers.
 */
export const EN_NEGATED = r`(?:\b(?:no|zero|without|nor|never|not)|n't|\bno longer|\bno more)\s(?:(?:a|an|any|the|our|more|longer|be|been|have|having|do|doing|run|running|offer|offering|launching|releasing|selling|stocking|on|in|yet|currently|really|usually|to|for|during|or|nor|discounts?|sales?|deals?|codes?|offers?)\s){0,4}["']?$`; // also "no 'limited time only'"

/**
 * Reported participation: a quiz, poll, contest or challenge in the past ("the results of yesterday's
 * quiz", "the poll closed", "the winner of last week's giveaway") happened; it asks for nothing now.
 */
export const EN_PAST_BEFORE = r`\b(?:yesterday's|(?:we|i) (?:ran|did|held|hosted|had|organised|organized) (?:a|an|our|the|this)|last (?:week|month|night|year|weekend|time|season|\w+day)'s|(?:results?|winners?|answers?|recap|round-?up) (?:of|from|to)(?: the| our| this| that)?|(?:thanks|thank you) (?:to )?(?:all |everyone |every one of you )?(?:who|for)(?: [\w,]+){1,3})\s(?:[\w'-]+\s){0,3}$`;
export const EN_PAST_AFTER = r`^(?:\s[\w'@.,-]+){0,4}?\s?(?:is over|winners?\s?:|are over|was over|is now over|(?:has |have )?(?:ended|closed|finished|wrapped up)|is (?:now )?closed|was won|winners? (?:is|are|was|were)\b|results (?:are|were) in|answers?(?: from|:)|results?(?: from|:)|recap\b|(?:is|are) in\s?:|from (?:yesterday|last))`; // "our poll is in: 58% of you…"

/** When or where something arrives: "tomorrow", "this Friday", "on 1 June", "in the shop", "from today". */
const EN_WHEN = r`(?:in (?:the |our |all )?(?:\w+ )?(?:shops?|stores?|branches|taproom|cellar|bakery|cafe)|tomorrow|today|tonight|this|next|from (?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on )?\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:on )?(?:january|february|march|april|may|june|july|august|september|october|november|december) \d|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b`;

// Launch words with an everyday sense count only next to a product, a shop or a price: "the tulips just
// arrived in store" launches something, "Sam just arrived from Lisbon" and "snow just landed" do not.
export const EN_LAUNCH_IN_CONTEXT: readonly string[] = [
  r`\bjust (?:landed|launched|arrived)\b`,
  r`\blaunch(?:es|ing|ed)?\b`,
  r`\bit's here\b|\b(?:is|are) (?:now |finally )?here\b|\bfinally here\b`,
  r`\b(?:lands|arrives|drops) (?:tomorrow|today|on|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  // Arrival said with a date or a place: "hot cross buns have landed", "two new cans dropping Friday",
  // "lands in the shop on Thursday", "our new walk opens 1 June", "we just shipped dark mode".
  r`\b(?:has|have|'s|'ve) (?:just |finally |officially )?(?:landed|arrived|dropped)\b`,
  r`\b(?:lands?|landing|arrives?|arriving|drops?|dropping|launch(?:es|ing)?|opens?|opening|returns?|returning)\s(?:${EN_WHEN})`,
  r`\b(?:just|we(?:'ve| have)) shipped\b`,
];

/** What a launch word needs in its sentence or the next one: a product, a shop, a price. */
export const EN_LAUNCH_CONTEXT: readonly string[] = [
  // Something new, or on sale from a date: "two new cans", "in all three shops from today".
  r`\b(?:new|all-new|brand-new)\b|\bfrom (?:today|tomorrow)\b|\bin all (?:\w+ )?(?:shops|stores|branches)\b`,
  r`\b(?:we're|we are|i'm|i am) (?:finally |officially )?launching (?:our|my)\b|\b(?:we|i)(?:'ll| will) launch (?:our|my)\b`, // "we're launching our first red"
  r`\b(?:cans?|beers?|ales?|lagers?|stouts?|ciders?|wines?|buns?|pies?|apartments|homes|flats|tiers?|dishes)\b`,
  r`[$£€]|\b(?:shop|shops|store|stores|in-store|online|registrations?|bookings|tickets?|pre-?sale|website|e-?shop|app|collection|range|products?|menu|flavou?rs?|edition|brand|line|service|plans?|subscription|pricing|prices?|stock|available|pre-?orders?|shelves|album|single|book|novel|course|features?|version|release|drop|scents?|shades?|colou?rs?|sizes?|models?|bottles?|boxes?|tees|shoes|boots|bags?|coats?|jackets?|candles?|blend)\b`,
  r`\b(?:new|our|my)\s(?:[\w'-]+\s)?(?:tote|mug|print|sneakers?|dress|knit|sauce|beer|ipa|gin|wine|coffee|tea|bread|loaf|cake|pastry|croissant|cookie|bar|dish|kit|tool|plugin|feature|update|podcast season|episode)s?\b`,
];

/**
 * Negation right before a promotional cue: "aucune réduction", "pas de soldes", "ce n'est pas une
 * promo", "n'est plus disponible". Not after verbs of missing out ("ne ratez pas nos soldes",
 * "n'oubliez pas de réserver", with or without the "ne"), which push the offer instead.
 */
export const FR_NEGATED = r`(?:\b(?:aucune?|sans|ni|zero|jamais)|(?<!\b(?:rate[rsz]?|manque[rsz]?|loupe[rsz]?|oublie[rsz]?|hesite[rsz]?|attende[sz]?|perde[sz]?|rate) )\bpas|\b(?:n'|ne )(?!(?:oublie|rate|manque|loupe|hesite|attende|perde)\w*\b)[\w']+ (?:plus|pas))\s(?:(?:de|d'|du|des|une?|en|encore|vraiment|la|le|les|chez nous|cette annee|disponibles?|dispo|pour|pendant|ni|ou|codes?|promos?|soldes|reductions?|remises?|offres?)\s?){0,4}$`;

/**
 * Reported participation: a quiz, poll or contest that took place ("les résultats du quiz d'hier",
 * "le sondage est clos", "le gagnant a été prévenu") asks for nothing now.
 */
export const FR_PAST_BEFORE = r`\b(?:(?:on a|nous avons|j'ai|avons) (?:fait|lance|mene|realise|organise) (?:un|une|le|la|notre)|resultats?|reponses?|correction|bilan|gagnant\w*|vainqueur\w*|merci (?:a|aux) (?:tous |toutes )?(?:les |nos )?(?:\d+ )?(?:participant\w*|joueu\w*|votant\w*)|merci (?:pour|de) (?:vos|toutes vos|les|ces) (?:[\d ]+ )?(?:participations|reponses|votes|inscriptions)|(?:avez|avons|ont|as|avoir|ayez|etiez|etes) (?:(?:ete|bien|tous|toutes|deja|nombreu\w*|\d+ ?%?|a) ){0,3})\s?(?:(?:du|de|des|de la|d'|au|aux|a|le|la|les|l'|notre|nos|ce|cette)\s?){0,2}$`;
export const FR_PAST_AFTER = r`^(?:\s[\w'@.,-]+){0,4}?\s?(?:d'hier|c'etait\b|de la semaine derniere|du mois dernier|de l'an dernier|de (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) dernier|(?:est|sont) (?:maintenant )?(?:termine|terminee|termines|clos|close|cloture|cloturee|fini|finie|acheve|achevee)|s'est (?:termine|cloture|acheve)|a eu lieu|ont eu lieu|a parle|a pris fin|(?:a|ont) ete (?:tire|tiree|tires|prevenue?s?|contactee?s?|designee?s?|annoncee?s?)|(?:est|sont) @|etait\b)`;

/** When something arrives: « demain », « ce week-end », « vendredi », « le 1er juin », « dès aujourd'hui ». */
const FR_WHEN = r`(?:demain|aujourd'hui|ce (?:week-end|soir|matin|mois-ci|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|cette semaine|la semaine prochaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le (?:\d{1,2}|1er) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|des (?:aujourd'hui|demain|maintenant|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le \d)|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|(?:cet|ce) (?:automne|ete|hiver|printemps))\b`;

// As in English, words that launch only in a commercial sense: "on lance notre appli" but "on se lance
// dans la rando", "les tulipes sont arrivées en boutique" but "… au jardin partagé".
export const FR_LAUNCH_IN_CONTEXT: readonly string[] = [
  r`\blanc(?:e|es|ee|ees|ons|ez|er|ement)\b`,
  r`\bsont (?:enfin |maintenant )?arrivee?s?\b|\best (?:enfin )?arrivee?\b`,
  // "Le Black Friday est là 🖤", "Notre appli est là !"; not "c'est la recette" nor "qui est là le lundi".
  r`\b(?:est|sont)(?<!c'est|qui est) (?:enfin )?la\s*(?:[!.]|${EMOJI}|$)`,
  // Arrival said with a date or a place: « deux nouvelles canettes débarquent vendredi », « notre
  // nouveau pinot arrive au caveau jeudi », « la nouvelle balade ouvre le 1er juin ».
  r`\b(?:arrive|arrivent|debarque|debarquent|atterrit|atterrissent|ouvre|ouvrent|revient|reviennent|sort|sortent)\s(?:(?:au|a la|a l'|en|dans|chez|sur) (?:[\w'-]+ ){0,3})?(?:${FR_WHEN})`,
  r`\b(?:sont|est) (?:enfin |bien )?(?:arrivee?s?|de retour)\s(?:[\w'-]+ ){0,3}(?:${FR_WHEN})`,
];

/** What a launch word needs in its sentence or the next one: a product, a shop, a price. */
export const FR_LAUNCH_CONTEXT: readonly string[] = [
  r`\b(?:on|nous) (?:\w+ )?lanc\w* (?:notre|nos|ma|mon)\b|\b(?:module|outil|plateforme|option|jus|cidre|sirop|confiture)s?\b`, // « on lance notre jus »
  r`\bdes (?:aujourd'hui|demain|maintenant)\b|\ba partir d(?:e|')|\b(?:canettes?|bieres?|vins?|cuvees?|galettes?|brioches?|appartements|logements|maisons neuves)\b`,
  r`€|\b(?:inscriptions?|reservations?|billet\w*|stages?|ateliers?|boutiques?|magasins?|rayons?|e-?shop|site|en ligne|collection|gamme|produits?|appli|application|carte|menu|saveurs?|parfums?|edition|marque|service|abonnement|offre|formule|tarifs?|prix|stock|disponibles?|dispo|precommandes?|commande[rz]?|livre|album|modeles?|nouveaut\w*|nouvel\w*|nouveaux?|box|coffrets?|bougies?|t-shirts?|pulls?|robes?|sacs?|baskets|bieres?|fonctionnalites?|version|logiciel|black friday|soldes)\b`,
];
