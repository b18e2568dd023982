/**
 * Seventh round (2026-12-05): general rules for the causes of the errors on the spent sixth blind set
 * (en.blind5.json, fr.blind5.json; see tests/fixtures/captions/README.md), both languages in one table
 * because each cause was written for both. Promotion said in plain words: scarcity without stock words
 * ("first come, first served", « il nous reste six caissettes », "tables are going fast"), booking paths
 * without "book now" ("booking link", "now bookable", « se commandent jusqu'au », « un texto suffit »),
 * free offers without "free" ("on the house", "costs nothing", « sans frais de tenue »), inclusions and
 * deferred payments, sponsorship disclosed in a sentence, teasers that refuse to say more, restocks,
 * memberships and gifts of a given amount. Invitations said without a question: "Your worst X. Go.",
 * "Name one…", "Rank these", questions asked for a podcast guest, « Tag ta coloc », surveys and public
 * consultations. And the senses that ask or sell nothing: customer-service DMs, votes already cast,
 * "comment" meaning "how", prices of long ago or of a thrifted find.
 * Regression captions: tests/unit/detection/promoRound7.test.ts and inviteRound7.test.ts (none copied
 * from a corpus file). Sources match folded text (lower case, no accents, plain quotes).
 */
import { EMOJI, NO_QUESTIONS, r, type LanguagePatterns } from './patterns.common';

const NUMBER = r`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a handful of|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quelques)`;
/** Things a shop can run short of, in both languages. */
const UNITS = r`(?:slots?|spots?|places?|seats?|tables?|spaces?|pitches|rooms?|tickets?|appointments?|dates?|boxes|bottles|cases|creneaux|emplacements?|chambres?|caissettes?|caisses?|colis|bouteilles?|billets?|rendez-vous|paniers?|lots?|exemplaires?|cartons?|tentes?|bungalows?|cabines?|couverts|stands?|lits|nuits|sole traders|clients)`;

export const PLAIN_WORDS: LanguagePatterns = {
  cues: {
    'call-to-comment': [
      r`\b(?:laissez|balancez|posez|deposez|ecrivez|racontez|partagez|lachez|envoyez)-l(?:a|es)\b|\b(?:lachez|balancez|laissez|deposez|envoyez) (?:vos|tes|ta|votre) [\w-]+(?: [\w-]+)? (?:ci-dessous|en commentaire|en com|ici|sous ce post)\b|\bqu'on les attend\b`,
      r`\b(?:juste|simplement) (?:le|un) (?:chiffre|numero|emoji|mot)\b|\bjust (?:the|a) (?:number|emoji|word)\b|\bput (?:it|them|yours|your [\w-]+) (?:below|in the comments)\b`,
      r`\bfinish the (?:line|quote|lyric|sentence)\b|(?<!\b(?:long|short|full) )\banswers? below\b|\breponses? (?:ci-dessous|en commentaire)\b|\broll call\b|\b(?:honest|quick|serious) question (?:for|to)\b`,
      r`\b(?:type|write|drop|reply|comment)\s"?[a-z0-9]+"?\s(?:below|in the comments)?\s?(?:and|&) (?:i'll|we'll) (?:send|dm|share)\b`,
      r`\baidez-nous a (?:trancher|choisir|decider|departager|nommer|trouver un nom)\b|\bhelp us (?:choose|decide|pick|name)\b|\breagissez avec\b|\breact with\b|\bbudget participatif\b[^.!?\n]{0,60}\b(?:votez|voter|proposez|deposez|jusqu'au)\b|\b(?:votez|voter) pour (?:vos|votre|les) projets?\b`,
      r`\b(?:best|your|wildest) guess(?:es)? (?:below|in the comments)\b|\bguesses? below\b|\bguess(?:es)? please\b|\bla reponse la plus (?:proche|inattendue|drole|originale)\b`,
      r`\b(?:wants?|would love|'d love|keen) to hear from (?:you|residents|locals|customers|parents|members|our)\b|\bconsultation (?:runs|is open|closes|ends)\b|\b(?:veut|veulent|voudrait|aimerait|souhaite)(?: connaitre| avoir| recueillir)? (?:votre|ton|vos) avis\b|\bquestionnaire en ligne\b`,
      r`\b(?:shortlisted|nominated|finalists?|nominees?|finalistes?|nomine\w*)\b[^\n]{0,120}\bvot(?:e|ing|ez)\b`,
      r`\bsurvey\b[^.!?\n]{0,40}\bis (?:now )?(?:open|live)\b|\brate (?:today's|this|your|our|the|it)\b[^.!?\n]{0,40}\b(?:1|one|0)\b[^.!?\n]{0,40}\b(?:10|ten|5|five)\b`,
      // A prompt closed by "Go.": "Your worst ever theatre seat. Go.", "Weirdest thing you've ever bought. Go."
      r`\b(?:your|ur|you've|you have|you'd|you ever|you were|ever)\b[^.!?\n]{0,70}[.:]\s+go\b(?!\s+(?:to|for|on|ahead|and|with|back|out|in|get|see|check)\b)`,
      r`(?:^|[.!?\n]\s*)name (?:one|the|a|an|your|three|two|\d|that|this)\b`,
      r`\b(?:finisse[zr]|finis|termine[zr]?|complete[zr]?) (?:la|cette) phrase\b`,
      r`\b(?:give|drop|send) (?:me|us) your (?:recs|recommendations|tips|spots|addresses)\b|\bdonne[zs]?[- ]moi (?:vos|tes) (?:adresses|recos?|recommandations|conseils|idees|bons plans|astuces)\b`,
      // Questions asked for a guest: « Vous avez des questions pour elle ? Laissez-les… », « Vos questions, on les prend ».
      r`\bdes questions pour (?:elle|lui|eux|elles|notre invitee?|nos invitee?s)\b|\bvos questions\b[^.!?\n]{0,30}\b(?:on les prend|laissez|balancez|posez|en commentaire|ici)\b`,
      r`\becrivez-nous (?:la|le|les|votre|vos) (?!(?:message|mail|adresse)\b)|\bon (?:lira|partagera|publiera) (?:certaines|les plus belles|vos|quelques)\b`,
      // Surveys and public consultations: "out for consultation… we want your view", « recueillent vos avis ».
      r`\bout for (?:public )?consultation\b|\bwe want your (?:views?|feedback|input|thoughts|opinions?)\b|\brecueill\w* (?:vos|votre) avis\b|\bconsultation citoyenne\b`,
    ],
    'quiz-poll-contest': [r`\bdevinette\b`, r`\b(?:reading|summer|photo|fitness|step|plank|squat|\d+-day) challenge\b|\bchallenge (?:kicks off|starts|begins|is back|returns)\b`], // « Réponse à la devinette de vendredi » is past: quizzes have that exception
    vote: [r`\brank (?:these|them|your|the following|'?em)\b`, r`\bteam [\w'-]+(?: [\w'-]+)?, team [\w'-]+`],
    'send-content': [r`\bpop (?:them|it|yours) in our (?:inbox|dms)\b|\bwe'd love to (?:feature|share|repost)\b|\bvos (?:premieres |plus belles |meilleures )?photos\b[^.!?\n]{0,40}#\w|\bon les (?:affichera|publiera|partagera|exposera)\b|\bsend (?:us|me) yours\b|\benvoyez-nous les votres\b`],
    'tag-someone': [r`\btag (?:whoever|the one|someone|anyone|the person)\b|\btag (?:la personne|ta|ton|tes|un|une|quelqu'un|celui|celle)\b`],
    'limited-offer': [
      r`\bfirst come,? first served\b|\bpremiers? arrive(?:e?s)?,? premiers? servi(?:e?s)?\b`,
      r`\b(?:we(?:'ve| have)? (?:still )?(?:have|got) |there are (?:still )?|il (?:nous |vous )?reste(?:nt)? (?:encore )?|on a encore )(?:only |just |seulement )?${NUMBER} (?:[\w'-]+ ){0,3}${UNITS}\b`,
      r`\b(?:are|is|rails are) (?:going|selling|emptying|disappearing|flying) (?:fast|quickly)\b|\bpartent (?:tres )?vite\b(?! (?:en|a|au|aux|pour|de|chez|le|la)\b)|\bs'arrachent\b`,
      r`\bpour ${NUMBER} (?:personnes|participants?|participantes?) (?:seulement|maximum|max)\b|\blimited to ${NUMBER} (?:people|places|spots|seats|participants)\b`,
      r`\b(?:a |two |three |${NUMBER} )?(?:last-minute )?cancellations?\b[^.!?\n]{0,60}\b(?:grab|snap|book|bag|claim)\b`,
      r`\b(?:seats|tickets|tables|slots|dates|places|spots)\b[^.!?\n]{0,30}\b(?:just )?(?:been )?released\b|\bbox office\s?:|\bwon't hang about\b|\broom for (?:${NUMBER}|a few) (?:more )?[\w-]+`,
      r`\b(?:final|last) (?:\d+|few|${NUMBER}) (?:seats|tickets|places|spots|tables|pitches|rooms)\b|\bpas (?:une?) de plus\b`,
      r`\b\d+ (?:participants|places|personnes|people|spots) max(?:imum)?\b`,
      r`\blimited (?:kegs|trays|batch(?:es)?|numbers|run|quantities|spaces|places|seats|tables)\b`,
      r`\bwhen (?:they're|it's|they are|it is) gone,? (?:they're|it's|they are|it is) gone\b|\bquand il n'y en a plus,? il n'y en a plus\b`,
    ],
    'buy-cta': [
      r`\bbooking (?:link|page|form)\b|\b(?:now |are |is )?bookable\b|\bbook direct\b|\bbook you in\b`,
      r`\b(?:message|dm|text|call|ring|phone) (?:us|me) to (?:grab|book|bag|snap up|claim|reserve|secure) (?:one|it|them|a slot|a spot|a table|yours)\b`,
      r`\bregistration (?:link|page|form)\b|\b(?:sign-?up|register) (?:link|page|form)\b|\b(?:registration|enrol?ment|bookings) opens?\b`,
      r`\b(?:join|sign up) as a (?:friend|member|patron|supporter)\b|\bbecome a (?:member|friend of)\b|\bdevenez (?:membre|adherent\w*|ami\w* d)\b`,
      r`\bwishlist (?:it|us|the game)?\s?(?:now|today|on steam)\b|\bearly access (?:opens|starts|launches|is (?:now )?(?:open|live))\b`,
      r`\b(?:order|ordering) (?:cut-?off|deadline)\b|\bcut-?off is\b[^.!?\n]{0,40}\bdelivery\b|\blast (?:order|ordering|posting) date\b`,
      r`\bse (?:commandent|reservent|precommandent)\b|\b(?:reservables?|commandables?)\b|\bouverture des (?:inscriptions|reservations|candidatures|precommandes)\b`,
      r`\bbillets? (?:en ligne|en vente|disponibles?|sur (?:notre|le) site)\b|\bbilletterie (?:en ligne|ouverte)\b`,
      r`\b(?:un|une) (?:petit |simple )?(?:message|texto|sms|appel|mail|coup de fil)\b[^.!?\n]{0,25}\bsuffit\b|\bpour (?:caler|bloquer|reserver|retenir|fixer) (?:un|une|votre|ton|vos|tes|les|la|le) (?:creneau|rendez-vous|rdv|place|visite|table|date|chambre)\b|\bpour les bloquer\b`,
      r`\b(?:teste[zr]?|verifie[zr]?) (?:ton |votre )?eligibilite\b|\bcheck (?:your )?eligibility\b|\bopen (?:home|inspection)\b`,
      r`\b(?:pop|put|leave) your details (?:in|on|into)\b`,
      r`\bget (?:you |yourself )?booked in\b|\bget your (?:orders?|bookings?|pre-?orders?) in\b|\b(?:order|book) (?:by|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:st|nd|rd|th)? \w|the \d)`,
      r`\b(?:ring|call|text|phone)\b[^.!?\n]{0,25}\bto (?:grab|book|bag|reserve|secure|claim) (?:one|it|a slot|a spot|a table|yours)\b|\bto get on the list\b|\bput your name (?:on|down for) (?:one|it|a)\b`,
      r`\b(?:orders|bookings|pre-?orders|reservations) (?:are|now) open\b|\blast orders? (?:by |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bwhen you (?:reserve|book|order) (?:with us )?direct(?:ly)?\b|\bbest rate\b`,
      r`\bdoors to (?:the |my |our )?[^.!?\n]{0,40}(?:group|course|programme|program|cohort|membership|challenge|club|intake|mentorship|coaching) close\b|\bnext intake\b|\btest drive (?:the|our) new\b`,
      r`\bouvrez (?:votre|ton) compte\b|\bopen your account\b|\binscriptions? (?:via|par|sur) (?:le|notre) (?:formulaire|site)\b|\ben reservation directe\b`,
      r`\border book\b[^.!?\n]{0,30}\b(?:closes|is open|opens)\b|\bwe'll price (?:it |them )?up\b|\bsend (?:over |us )?your measurements\b`,
      r`\breservations? (?:sur|via|par) (?:l'appli|l'application|le site|notre site|internet)\b|\bbook(?:ing)? (?:on|via|through|in) (?:the|our) app\b|\binscriptions? (?:sur place|en ligne|sur le site|a l'accueil|au comptoir)\b`,
      r`(?<=\bpeu(?:t|vent|vez) (?:toujours |aussi |deja )?(?:le |la |les )?)(?:precommander|commander|reserver|acheter)\b`, // the verb alone: « ceux qui ne gagnent pas peuvent… » negates winning, not buying
      r`\bopen (?:one|an account|yours) (?:in the app|today|online)\b|\b(?:growth|scale|enterprise|premium|pro) (?:plan|tier)\b`,
      r`\bour (?:e-?vouchers?|gift (?:vouchers?|cards?)|e-?gift cards?)\b|\bnos (?:bons|cartes) cadeaux?\b`,
      r`\btest drives? (?:can be |are )?(?:booked|bookable|available|running)\b|\bpassez (?:votre )?commande\b|\bpasse ta commande\b`,
      r`\b(?:les )?(?:billets|ventes|reservations) sont (?:ouvert(?:e)?s|en vente)\b|\bfixed (?:quote|figure|price|fee)s?\b|\bno call-?out (?:charge|fee)\b`,
      r`\bseats (?:are (?:now )?open\b|(?:now )?open (?:tomorrow|today|on|from)\b)|\b(?:wedding |booking )?(?:diary|books) (?:for \d{4} )?(?:has |have |is |are )?(?:just |now |officially )?(?:opened|open)\b`,
    ],
    'link-in-bio': [r`\bit's (?:all )?in my bio\b|\bc'est dans ma bio\b`],
    price: [
      // A price without its currency, next to what it buys: « 17,50 le menu complet ».
      r`\b\d{1,3}[.,]\d{2} (?:le|la|les) (?:menu|formule|plat|part|piece|kilo|kg|bouteille|douzaine|boite|seance|cours)\b|\b\d{1,3}[.,]\d{2} (?:the|a|per) (?:set menu|menu|plate|slice|kilo|kg|bottle|dozen|box|session|class)\b`,
    ],
    'free-offer': [
      r`\b(?:delivery|shipping|postage|installation|fitting)\b[^.!?\n]{0,40}\b(?:is|are) free\b|\b(?:degustation|essai|diagnostic|bilan|devis|estimation|seance d'essai)s? (?:gratuite?s?|offerte?s?)\b`,
      r`\bc'est nous qui (?:l'|les |vous )?(?:offr\w*|regal\w*|pay\w*)\b|\bon (?:vous )?(?:l'|les )offre\b`,
      r`\bchaque commande (?:repart avec|recoit|comprend)\b|\b(?:pas de|sans) minimum d'achat\b|\bwith every order\b|\bno minimum spend\b`,
      r`\bfree (?:all|this|for the) (?:week|weekend|month|day)\b|\bfor anyone who (?:books|orders|buys|signs up)\b|\bno extra (?:charge|cost)\b|\bsans supplement\b`,
      r`\bne vous coute(?:ra)? rien\b|\bwon't cost you (?:a thing|anything|a penny)\b|\b(?:nuit|nuitee|cafe|dessert|boisson|verre|livraison|seance)\b[^.!?\n]{0,12}\bsur nous\b`,
      r`\b(?:deuxieme|seconde?|troisieme|second|third) (?:paire|nuit|article|pot|boite|bouteille|pair|night|item)\b[^.!?\n]{0,30}\b(?:offerte?|gratuite?|sur nous|(?:un|1) euro|moitie prix|on us|for £?1|half price|free)\b`,
      r`\bfree (?:[\w-]+ ){0,2}(?:checks?|check-?ups?|inspections?|assessments?|fittings?|samples?|tastings?|engraving|alterations|gift[- ]wrap(?:ping)?)\b`,
      r`\b(?:premier|premiere|1er) (?:rendez-vous|rdv|cours|seance|consultation|mois|essai)\b[^.!?\n]{0,15}\b(?:est |sont )?(?:sans frais|offerte?|gratuite?|pour nous)\b`,
      r`\bretours? (?:gratuits?|offerts?)\b|\b(?:on |nous )?(?:emballe|livre|installe|grave|retouche|personnalise)\w* gratuitement\b`,
      r`\b(?:la|le) (?:septieme|sixieme|cinquieme|quatrieme|troisieme|deuxieme|seconde?)\b[^.!?\n]{0,20}\b(?:est|sont) (?:pour nous|offerte?|gratuite?)\b`,
      r`\b(?:is|are) free (?:all|throughout) (?:december|january|february|march|april|may|june|july|august|september|october|november|summer|winter|week|month|weekend)\b|\bfree when you (?:book|buy|order|spend|sign up|join|stay)\b`,
      r`\byours (?:free|for free)\b|\b(?:for|in exchange for) (?:an|your) email(?: address)?\b`,
      r`\b(?:first|your first) (?:[\w-]+ ){0,3}(?:is|are) on the house\b|\b(?:first|your first) (?:[\w-]+ ){0,4}costs? (?:nothing|zero)\b|\bon the house (?:for|when|with|if|all)\b`,
      // A lead magnet by keyword: "Comment BUDGET and I'll send you my spreadsheet", "DM us the word REVIEW and
      // we'll line up…", "Reply GLOW and it'll be in your DMs".
      r`\b(?:dm|message|reply|comment|text)(?: us| me)?\s+(?:the word )?["']?(?!below|with|your|if|and|the|on|here)[a-z0-9]+["']?\s?(?:below |here )?(?:and|&|\+) (?:we'll|i'll|it'll|you'll|i will|we will) (?:line up|send|dm|message|email|share|be in your dms|get)\b`,
      r`\b(?:zero|no|without) (?:fx|foreign exchange|transaction|booking|hidden|monthly|account|set-?up|annual|delivery|admin) (?:fees?|charges?)\b`,
      r`\bsans frais (?:de (?:tenue|dossier|livraison|port|gestion|service|compte)|bancaires)\b|\b${NUMBER} mois sans frais\b`,
      r`\baucune carte (?:bancaire )?(?:demandee|requise|necessaire)\b|\bno (?:credit )?card (?:asked|asked for)\b`,
      r`\b(?:premiers?|premieres?) (?:\d+ )?(?:jours|mois|semaines|cours|seances?)\b[^.!?\n]{0,15}\b(?:sont |est )?(?:pour vous|pour toi|offerte?s?|gratuite?s?)\b`,
      r`\bfirst (?:repayment|payment|instal?ment) (?:isn't|is not|not) due\b|\bbuy now,? pay later\b|\bpay (?:nothing|zero|no interest) (?:until|for)\b`,
      r`\b(?:wine|drinks?|breakfast|dessert|servicing|insurance|delivery|installation|fitting|warranty|gift wrap(?:ping)?) (?:is |are )?included\b|\b(?:petit-dejeuner|boissons?|vin|livraison|installation|pose|entretien|garantie) (?:est |sont )?(?:inclus|incluse|compris|comprise)\b`,
    ],
    discount: [
      r`\b(?:take|knock|get) (?:\w+ )?(?:bucks|quid|euros|dollars|pounds) off\b|\bpour le prix d'une?\b|\bfor the price of (?:one|two)\b`,
      r`\bcashback\b`, r`\b\d+(?:[.,]\d+)?\s?% (?:aer|apy|apr|gross|taeg|tan)\b`],
    'promo-code': [r`\b[a-z]+\d{1,3}(?= (?:works|gets you|takes|saves you|at checkout|on the site))`],
    launch: [
      r`\b(?:returns?|is back|are back) (?:to|on) (?:the |our )?(?:counter|shelves|shelf|menu|rails?|taps?|specials board|window)\b|\b(?:revient|reviennent|de retour) (?:sur|dans|a) (?:nos|les|la|le) (?:etageres|etals?|rayons?|comptoir|carte|menu|vitrine)\b`,
      r`(?:^|\n)\s*drop \d+\b|\bset your alarms?\b|\b(?:tap takeover|tap launch|launch night|launch party)\b|\bsort (?:des cuves|de l'atelier|du labo)\b(?=[^.!?\n]{0,25}\b(?:le \d|le 1er|des |a partir|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)))`,
      r`\bon (?:the )?shel(?:f|ves) (?:at|in|from)\b|\bhits? the shelves\b|\bnew on (?:the |our )?[\w-]+ (?:menu|board|shelf|shelves|range|rail)\b`,
      r`\bnow (?:reach(?:es)?|delivers? to|ships? to|available in)\b|\b(?:c'est )?desormais possible (?:depuis|dans|sur|avec) (?:l'appli|l'application|votre appli|notre appli|le site)\b|\bnow (?:possible|available) (?:in|from|on) the app\b`,
      r`\b(?:est|sont) (?:disponibles? )?sur les stores\b|\b(?:is|are) (?:now )?(?:on|in) the (?:app ?store|play store)\b|\b(?:on a|nous avons|we(?:'ve| have)?) (?:enfin |finally |just )?(?:recu|received|got in)\b[^.!?\n]{0,20}\b(?:nouve\w+|new|stock)\b`,
      r`\b(?:is|are) now (?:served|available|open) (?:on|every|at|in)\b|\bsomething (?:[\w-]+ )?(?:is |'s )(?:coming|brewing|on (?:its|the) way)\b(?! up\b)|\bonline (?:tomorrow|today|from (?:tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:they|it) finally exists?\b`,
      r`\bpours (?:at|from) (?:the )?[\w-]+\b|\bnew (?:at|to) the (?:[\w-]+ )?counter\b|\b(?:nommer|baptiser) (?:notre|nos|ma|mon) nouve\w+\b(?! (?:chien|chat|chiot|chaton|mascotte|stagiaire|collegue|camion|van)\b)|\bname our new\b(?! (?:house |shop |office |studio |farm )?(?:dog|cat|puppy|kitten|pet|intern|colleague|mascot|van|goat|hen|chicken)s?\b)`,
      r`\b(?:a nouveau|de nouveau|enfin) (?:sur les etageres|en rayon|en stock|disponibles?|en boutique)\b|\b(?:depuis ce matin|des aujourd'hui|a partir d'aujourd'hui),? (?:vous pouvez|tu peux)\b|\bfrom today,? you can\b`,
      r`(?:^|\n)\s*(?:nouvelle|nouveau|nouveaux|nouvelles|new) (?!(?:video|episode|ep|article|post|blog|recette|recipe|newsletter|podcast|chronique|interview|reel|vlog)\b)[\w-]+\s?(?:!|:|(?=${EMOJI}))|\bnouveaux? cours (?:le|de|du|chaque|tous)\b|\bexiste(?:nt)? (?:maintenant|desormais) en\b`,
      r`\bhits? the cellar door\b|\ben (?:canettes|bouteilles|fut) (?:des|a partir|ce |cette|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|\bsera (?:sur le comptoir|en rayon|en boutique)\b`,
      r`\b(?:turn|switch) it on (?:under|in|from) settings\b|\bactivee? sur tous les comptes\b`,
      r`\b(?:is|are) (?:now )?pouring (?:at|in|from)\b|\bjust went (?:into|in|on) the (?:freezer|fridge|cabinet|counter|window|shelf|shelves|menu)\b|\bcarte (?:d'automne|d'hiver|d'ete|de printemps)\b`,
      r`\b(?:en boutique|en magasin|au stand|sur (?:le|notre) stand|sur l'etal|au comptoir|sur le comptoir) (?:des |a partir d|ce |cette |demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|depuis ce matin)`,
      r`\b(?:est|sont) (?:enfin |desormais |maintenant )?(?:dans|disponibles? dans) (?:l'outil|l'appli|l'app|l'application|le logiciel|la plateforme)\b|\b(?:is|are) (?:finally |now )?in the (?:app|tool|product|platform|dashboard)\b|\b(?:tout juste |fraichement )?arrivee?s? dans l'app(?:li)?\b`,
      r`\bexiste(?:nt)? desormais (?:en|aussi)\b|\bnow comes? in\b|\bnow (?:switched on|live|rolling out) (?:for|to|in) (?:every|all)\b|\b(?:quelque chose|something) (?:mijote|se prepare|se trame)\b`,
      r`\bthat's all (?:we're|we are|i'm|i am|we can|i can) (?:allowed to |able to )?say\b|\bon (?:ne )?(?:vous )?(?:dira|dit|peut (?:rien )?dire) (?:pas |rien )?(?:un mot )?de plus\b|\bvous saurez tout\b|\bon n'en dit pas plus\b`,
      r`\b(?:something|quelque chose)\b[^.!?\n]{0,60}\b(?:lands?|arrives?|drops?|launches|arrive|debarque|sort|gets a name|is revealed|is unveiled) (?:in |on |le |en )?(?:\d|january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)`,
      r`\b(?:notre|nos) (?:prochaine?s?|nouvel(?:le)?s?|nouveaux) [\w'-]+(?: [\w'-]+){0,2} (?:sort|sortent|arrive|arrivent) (?:[\w'-]+ ){0,3}(?:le \d|en \w|des |a partir)`,
      r`\b(?:rolling|rolls|rolled) out to (?:all|everyone|every)\b|\bnow lives (?:inside|in) the app\b`,
      r`\b(?:we made more|more are (?:on the way|coming)|restocked)\b|\b(?:on|back on) the rails? again\b|\bis (?:back )?on the rails?\b|\bfinally on the rails\b|\b(?:is|are) (?:full|stocked) again\b`,
      r`\b(?:est|sont) (?:de retour|arrivee?s?|rentree?s?) (?:chez nous|en (?:boutique|magasin|rayon|cave)|au (?:rayon|magasin|comptoir|caveau))\b|\b(?:coule|coulent) (?:au fut|a la pression)\b`,
      r`\b(?:la|toute la|notre|nos|les|the|our|the whole|the full) (?:gamme|collection|ligne|range|collection|line)\b[^.!?\n]{0,25}(?= (?:est|sont|is|are) (?:de retour|back)\b)`, // « toute la gamme vintage est de retour chez nous »
      r`\ben avant-premiere\b|\bnouve(?:au|lle|l) (?:master|diplome|cursus|bachelor|mba|bts|certificat|formation|parcours)\b`,
      r`(?:^|\n)\s*nouveau(?:te)?s?\s?(?:ce (?:week-end|mois-ci|matin|soir)|cette semaine|aujourd'hui|!|:|(?=${EMOJI}))`,
      r`\b(?:nouvelle|prochaine) session\b[^.!?\n]{0,40}\b(?:en|le|des|a partir de?|a la) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|rentree|\d)`,
      r`\b(?:burger|plat|dessert|biere|cocktail|menu|gateau|parfum|saveur|dish|burger|cocktail|flavou?r|pie|beer) (?:du mois|of the month)\b[^.!?\n]{0,20}\b(?:arrive|lands?|arrives|is back|revient|debarque)\b`,
    ],
    sponsored: [
      r`\b(?:this|today's) (?:video|episode|post|reel|stream) is (?:brought to you|made possible) by\b|\b(?:cette|cet) (?:video|episode|publication|reel|live) (?:est )?(?:rendue? possible|offerte?|sponsorise\w*) (?:par|grace a)\b`,
      r`\b(?:go|going|sign up|signing up) (?:through|via|with) my link\b|\bif you use my link\b|\b(?:si vous passez|si tu passes|en passant) par mon lien\b`,
    ],
    donation: [r`\b(?:a|your|one) (?:gift|donation) of (?:just |only )?(?:[$£€]\s?\d|\d)|\b(?:un|votre|ton) don de (?:seulement )?\d`],
  },
  // Produce in season arrives like a launch: "Asparagus is in!", « les premières fraises sont arrivées ».
  cuesInContext: { launch: [r`\b(?:is|are) in\s?!`, r`\ben rayon\b`] },
  context: {
    launch: [
      r`\bfirst (?:bunches|pickings?|harvest|crop|punnets?|strawberries|asparagus|of the season)\b|\bpremier(?:e)?s (?:fraises|asperges|cerises|recoltes?|tomates|peches|abricots|melons|huitres)\b|\bde (?:la )?saison\b`,
      // Food and drink that return are back on sale: "Sunday roasts return this weekend".
      r`\b(?:roasts?|brunch|specials?|pastr(?:y|ies)|cakes?|tarts?|bagels?|doughnuts?|pancakes?|waffles?|crepes?|christmas trees?|sofas?|throws?|cushions?|rugs?|pots?|donuts?|croissants?|cookies?|ice creams?|gelato|porter|ipa|kegs?|kouign-amann|viennoiseries?|tartes?|glaces?|desserts?)\b`,
    ],
  },
  exceptions: {
    'buy-cta': [
      r`\border (?:hasn't|has not|didn't|did not|still hasn't|not) (?:turned up|arrived|come|shown up)\b`,
      r`\bshop (?:reopens|opens|closes|is closed|will be closed|re-?opening)\b`,
      r`\b(?:fiers? d'avoir|proud to have) (?:accompagne|aide|helped|worked with|built|designed|lance|launched)\b[^.!?\n]*`, // an agency's client work
    ],
    'quiz-poll-contest': [r`\b(?:medaille|prix|laureat\w*|prime\w*|recompense\w*)\b[^.!?\n]{0,20}\bconcours\b|\blaureate?s? du concours\b|\bconcours (?:un des )?meilleurs? (?:apprentis|ouvriers) de france\b`],
    // Customer service in a DM is a private channel: "drop us a DM and we'll talk you through it".
    'send-content': [r`\bdrop (?:us|me) a (?:dm|message|line|email|note)\b`],
    'call-to-comment': [
      r`\bdon't leave it (?:till|until|too|to)\b`,
      r`\blaissez (?:votre|vos) (?:adresse|e-?mail|coordonnees|numero)\b`,
      r`\becrivez-nous (?:en (?:message )?prive|en mp|par (?:mail|message|e-mail))\b`,
      r`(?:^|[.!?\n]\s*)comment (?:j'ai|on a|nous avons|je|j'|on|nous|faire|bien|choisir|reussir|eviter|garder|rester|devenir|preparer|trouver)\b`, // « Comment j'ai arrêté… » = how
    ],
    launch: [r`\bqui revien(?:t|nent)\b`, r`\b(?:atelier de fabrication|usine|site de production|emplois crees|factory|production site|jobs created)\b[^.!?\n]*`, r`\bnew (?:ep|episode|pod(?:cast)? episode)s? (?:\d+ )?(?:is |are )?(?:live|out|up)\b`, r`\bep(?:isode)?\.? ?\d+ (?:is )?(?:out|live)\b`],
    'free-offer': [r`\b(?:video|tuto|tutoriel|episode|podcast)s? (?:tuto )?gratuite?s?\b|\bfree (?:video|tutorial|episode|podcast)s?\b|\bfree,? no paywall\b`],
  },
  exceptionsBefore: {
    'free-offer': [r`\b(?:vous avez|tu as|j'ai|on a|ils ont|nous avons)\s$`], // « le livre que vous avez offert »
    // Votes and entries already cast: « Bravo aux jurés qui ont lu, débattu et voté », « vous qui avez voté ».
    vote: [r`\bqui (?:ont|avez|avaient|a)\b[^.!?\n]{0,30}$`],
    'quiz-poll-contest': [
      r`\bqui (?:ont|avez|avaient|a)\b[^.!?\n]{0,30}$`,
      r`\b(?:vous etiez|vous avez ete|you were) [\d ]+ a (?:repondre|participer|voter) a (?:notre|ce|au)\s?$`,
      r`\b(?:bravo|felicitations|congrats|congratulations|well done) (?:a|to) @?[\w.]+ (?:qui|who)\s$`, // a winner announced
    ],
    // A price of long ago: "Price tag on a new Model T in 1908: $850", "in 1987 my dad sold it for £4.50".
    price: [
      r`\b(?:in|back in|en) (?:1[89]\d\d|200\d|201\d)\b[^.!?\n]{0,50}$`,
      r`\b(?:a |m'a |ont |avait )?coute\s$`,
      r`\b(?:sold|bought|paid)\b(?: [\w'-]+){0,6} for\s$|\b(?:valeur|d'une valeur de|worth|valued at|value of)\s?:?\s?$|\b(?:adjusted for inflation|in today's money|en euros constants)\b[^.!?\n]{0,30}$`,
      r`\b(?:real |true )?(?:price tag|cost) (?:on|of) (?:a|an)\s$`,
    ],
  },
  exceptionsAfter: {
    'quiz-poll-contest': [r`^\s(?:night )?results\b`],
    price: [
      r`^\s(?:given|donated|raised|collected) by\b`,
      r`^\s(?:car-boot |charity shop |thrift |second-hand |flea market )?find\b|^\s(?:en friperie|d'occasion|au vide-grenier|chez emmaus|il y a \d+ ans)\b`,
      r`^\s(?:sur|of|from) (?:chaque|every|each) (?:billet|vente|achat|commande|article|entree|place|repas|bouteille|ticket|sale|order|entry|meal|bottle)`, // « 1 € sur chaque billet … reversé »
    ],
  },
  sentenceExceptions: {
    price: [r`\b(?:picked up|found|thrifted|bought) (?:it |this |one |them )?at (?:a |the )?(?:car boot|charity shop|flea market|jumble sale|vide-grenier|brocante)\b`],
  },
  captionExceptions: { 'link-in-bio': [r`\b(?:enquetes?|sondages?)\b`] },
  questions: {
    ...NO_QUESTIONS,
    // A question answered by a private contact is customer service: "Not sure how…? Drop us a DM".
    // A guess asked for is left to the audience even before a sale: « Selon vous, combien d'heures… ? ».
    choice: [r`\bselon (?:vous|toi)\b|\bd'apres (?:vous|toi)\b|\ba (?:votre|ton) avis\b|\bhow many\b|\bcombien\b`],
    answerAfter: [
      r`^\W*(?:l'equipe|notre equipe|on|nous) (?:vous )?repond\w* (?:en (?:message )?prive|par (?:telephone|mail|message)|au \d)`,
      // Answered at once by the caption: « … que vous nous réclamiez ? Ils sont là. », "They finally exist."
      r`^\W*(?:ils|elles|il|elle) (?:sont|est) (?:la|arrivee?s?|de retour)\b|^\W*(?:they're|it's|they are|it is) (?:here|back|finally here)\b|^\W*(?:they|it) finally exists?\b`,
      r`^\W*(?:drop us a (?:dm|message|line)|dm us|message us|send us a (?:dm|message)|email us|give us a (?:call|ring))\b`,
      r`^\W*(?:ecrivez-nous|envoyez-nous un (?:message|mail|mp)|contactez-nous|appelez-nous)\b[^.!?\n]{0,20}\b(?:en (?:message )?prive|en mp|par (?:mail|message|telephone)|au \d)`,
    ],
  },
};
