/**
 * English cue tables. Sources match folded text (lower case, no accents, plain apostrophes).
 * SOS = start of a clause (see patterns.common.ts): imperatives count there, not mid-sentence.
 */
import { EMOJI, MONEY, r, sos, type LanguagePatterns } from './patterns.common';
import { EN_LAUNCH_CONTEXT, EN_LAUNCH_IN_CONTEXT, EN_NEGATED, EN_PAST_AFTER, EN_PAST_BEFORE } from './scope';

export const EN_PATTERNS: LanguagePatterns = {
  cues: {
    // ---- participation ----
    'call-to-comment': [
      r`\bin (?:the |da )?(?:comments?|coments?|comment section|comms|replies|thread)\b`, // typos and "in comments" too
      r`\b(?:below|down below)\s?(?:👇|⬇)`,
      // "Comment your favourite word", "Comment “IN”", "Comment L or R"; French "comment" (= how) is
      // followed by other words, so the next word is constrained.
      sos(r`comment\b(?=\s?(?:below|with|your|ur|the|if|an?\b|one|\d|"|'|[a-z]\b|!|$|${EMOJI}))`),
      r`\b(?:tel+|show) (?:us|me)\b(?! (?:how you|more about us))`,
      r`\blet (?:us|me) kno\w*|\blemme kno\w*|\blmk\b`,
      r`\bfeel free to (?:comment|share|tell|drop|tag|reply|answer|vote|send)\b`,
      sos(r`(?:reply|answer|respond)\b(?! (?:is|was|will|from)\b)`),
      sos(r`drop (?:a|an|your|ur|the|it|us|them|yours|urs|me)\b`),
      r`\bleave (?:it|them|a comment|your (?:\w+ )?(?:questions?|thoughts|answers?|ideas?|name))\b`,
      r`\b(?:fight|settle|debate|vote|say hi|sound off)[^.!?\n]{0,20}\bin the comments\b`,
      r`\bfinish (?:the|this) sentence\b|\bfill in the blank\b`,
      r`\bdescribe your\b`,
      r`\bwrong answers only\b`,
      r`\b(?:we|i)(?:'d| would)? (?:love|want) to (?:hear|know|read)\b`,
      r`\bagree or disagree\b`,
      // Keyword funnels: "Comment GUIDE below and I'll DM you the link".
      r`\bcomment\s"?[a-z0-9]+"?\s(?:below|down below|in the comments|and (?:i|we)'ll|to get)\b`,
      r`\bhave your say\b|\bfill (?:in|out) (?:the|our|this|a) (?:short |quick |\d+-minute )?(?:survey|questionnaire|form)\b`,
      sos(r`(?:thoughts|agree|anyone else|am i (?:right|wrong|the only one))\s?\?`), // LinkedIn's closing prompts
      r`\b(?:your turn|over to you)\b`,
      // Questions asked for a live, an AMA or a guest: "Leave your home-brewing questions below", "Ask me anything".
      r`\b(?:leave|drop|send|post|submit|bring) (?:us |me |him |her |them )?(?:your|ur|all your|any) (?:[\w'-]+ ){0,2}questions\b|\bask (?:me|us|him|her|them) anything\b`,
      r`\bdrop (?:your|ur|a) [\w' -]{0,20}(?:below|👇)`,
      // "Go 👇" closes a prompt; "your week in three words" asks for them.
      r`\bgo\s?[.!]?\s?(?:👇|⬇)`,
      r`\b(?:your|ur|describe|sum up)\b[^.!?\n]{0,40}\bin (?:one|two|three|five|\d) (?:words?|emojis?)\b`,
      r`\b(?:survey|questionnaire)\b[^.!?\n]{0,30}\btakes (?:\d+|two|three|five|ten) (?:min|mins|minutes)\b`,
    ],
    vote: [
      sos(r`vote\b(?! (?:on|of)\b)`), // "Vote below", "vote for us"; "the council vote on…" is reported
      r`\bvote (?:for|with|in|below|now)\b`,
      sos(r`rate (?:this|it|our|the|them|my|from|your|ur)\b`),
      r`\b(?:yes or no|left or right|this or that)\b`,
      r`\bhelp us (?:name|choose|pick|decide)\b`,
      r`\b(?:can|may|get to) only (?:pick|choose|keep|have|save) (?:one|1)\b`, // "You can only pick one. Go."
      r`\b(?:give|rate) (?:it|this|them|us|him|her|each) (?:a (?:score|rating|grade|mark) )?(?:out of|\/) ?(?:10|ten|5|five)\b`,
      sos(r`pick (?:one|your favou?rites?|a side|a team|your team|a number|a card)\b`),
      sos(r`choose (?:one|your favou?rites?|between|wisely|a side)\b`),
    ],
    'share-story': [
      sos(r`share (?:your|ur|yours|it|them|one|a (?:story|photo|tip|memory)|below|with us)\b`),
      r`\bshare (?:a|your|ur) (?:pic|pics|photo|photos|snap|snaps|selfie|video|picture)\b`,
      r`\bshare (?:your|ur|yours) (?:story|stories|experience|tips?|memor(?:y|ies)|favou?rite|thoughts)\b`,
      r`\b(?:tell us|share) (?:the story|your story|about your)\b`,
      r`\bstory behind your\b`,
      r`\bwe(?:'re| are) (?:collecting|gathering) (?:answers|stories|tips|your)\b`,
    ],
    'tag-someone': [
      r`\btag (?:a|an|your|ur|the|someone|somebody|two|three|\d|us|me|@|them|friends?|yourself|who)\b`,
      r`\btag @`,
      r`\bmention (?:a friend|someone|your)\b`,
    ],
    'send-content': [
      r`\bsend (?:us|me|in) (?:your|ur|a|an|photos?|pics?|videos?|them|it)\b`,
      r`\bshow (?:us|me|off) (?:your|what|how)\b`,
      sos(r`post (?:it|them|a photo|a pic|a video|your|yours)\b`),
      r`\b(?:use|using) (?:the )?(?:hashtag )?#\w+`,
      r`\b(?:post|share|tag)[^.!?\n]{0,30}\bwith #\w+`,
      r`\b(?:duet|stitch) (?:this|with)\b`,
      r`\b(?:chance|chances) to be (?:featured|reposted)\b`,
      r`\bwe'll (?:feature|repost|share) (?:our )?(?:favou?rites?|the best)\b`,
      r`\bsubmit (?:your|a)\b`,
      r`\bsend (?:it|them) (?:to us|our way|in)\b`, // "Got a photo of you with it? Send it to us"
    ],
    'quiz-poll-contest': [
      r`\bgiveaway\b`,
      r`\bcontest\b(?! (?:results|winners were))`,
      r`\bto enter\b|\benter to win\b`,
      r`\b(?:chance|chances) to win\b`,
      r`\bwin (?:a|an|one|\d|free|big|it)\b`,
      r`\b(?:winner|winners) (?:announced|picked|gets|get|will)\b|\bpick a winner\b`,
      r`\bquiz\b|\btrivia\b`,
      r`\bpoll\b(?! (?:numbers|results|shows|showed|by|from))`,
      sos(r`guess\b`),
      r`\bcaption (?:this|the|our)\b`,
      r`\b(?:spot|find) the (?:difference|differences|lie|mistake|error|odd one|hidden)\b|\bhidden [\w ]{1,20} in this (?:photo|picture|video)\b`,
      r`\b(?:two|three|2|3) truths and a lie\b`,
      r`\bwould you rather\b`,
      r`\b\d+[- ]day (?:[a-z]+ )?challenge\b|\bchallenge (?:starts|begins|accepted|yourself|a friend)\b`,
      r`\b(?:take|join|accept) (?:the|our|this) (?:[a-z]+ )?challenge\b`,
      r`\b(?:closest|best|funniest|first|most[- ]\w+) (?:\w+ ){0,5}(?:wins|gets)\b`,
      r`\btry your luck\b`,
    ],

    // ---- promotional ----
    discount: [
      r`\b\d{1,2}\s?% off\b`,
      r`\bup to \d{1,2}\s?%`,
      r`\bsave (?:\d{1,2}\s?%|up to|${MONEY})`,
      r`\b\d{1,2}\s?% (?:discount|savings)\b`,
      r`\bhalf[- ](?:price|off)\b`,
      r`\b(?:\d|two|three)[- ]for[- ](?:\d|one|the price)`, // "2 for 1", "2-for-1", "3 for £10"
      r`\bbuy (?:\d|one|two),? get\b`,
      r`\bget the \d(?:nd|rd|th) (?:one )?free\b|\bbogo\b`,
      r`\b(?:instead of|normally|usually|originally|regular price) (?=[$£€]|\d+\s?(?:€|\$|£))`,
      r`\bwas (?:${MONEY}),? now\b`, // "was $80, now $60"; "that was $48,000" alone is a tally
      r`\b(?:flash|summer|winter|spring|autumn|fall|holiday|clearance|end[- ]of[- ]season|warehouse|sample|charity shop|boxing day) sale\b`,
      r`\bsale (?:starts|ends|is on|now on)\b`,
      r`\bblack friday\b|\bcyber monday\b|\bprime day\b`,
      r`\bearly[- ]bird\b`,
      r`\bhappy hour\b`,
      r`\b(?:lunch|meal|daily|weekend|bundle|this week's|exclusive|hot|best) deals?\b|\b(?:shop|grab) the deal\b`,
      r`\bbundle (?:&|and) save\b`,
      r`\bdouble points\b|\bmembers (?:get|save|only)\b|\bmembers' price\b`,
    ],
    'promo-code': [
      // The code itself must be written in capitals or digits (checked on the original text in
      // detect.ts): "code BF30" is a promo code, "code and deleted" or "dress code all white" are not.
      r`\b(?:promo ?code|discount code|coupon(?: code)?|code)\s?:?\s?"?\s?(?!promo\b)[a-z0-9]{3,20}\b`,
      // Without the word "code", only a long token reads as one ("use LAUNCH20"; not "with 3D", "use 2FA").
      r`\b(?:use|with)\s(?=[a-z0-9]{4,20}\b)[a-z]*\d+[a-z0-9]*\b`,
    ],
    'free-offer': [
      r`\bfree(?<!-free) (?:shipping|delivery|returns|trial|gift|consultation|class|session|pass|tasting|samples?|estimate|quote|\d+-day)\b`,
      r`\b(?:ships?|eats?) free\b`,
      r`\b(?:first|1st) (?:week|month|lesson|class|session|delivery|box|visit|coffee) (?:is )?(?:free|on us)\b`,
      r`\b\d+ (?:months?|weeks?|days?) free\b`,
      // A bare "on us" needs a commercial context (offers.en.ts): "Tea is on us" at a book club sells nothing.
      r`\bfree(?<!-free) (?:coffee|drinks?|dessert|croissants?|cookies?) for (?:the|every|all|new)\b`,
      r`\bfree to (?:join|sign up|register|try)\b`,
      r`\btry (?:it )?(?:for )?free\b`,
      // Lead magnets: a free guide, e-book or template in exchange for contact details.
      r`\bfree (?:[\w-]+ ){0,2}(?:guide|e-?book|checklist|template|masterclass|toolkit|workbook|planner|cheat ?sheet|printable|mini-course|webinar)s?\b`,
    ],
    'limited-offer': [
      r`\bspecial offer\b|\b(?:january|new year|summer|launch|limited|exclusive|intro|introductory|opening|student|new patient|birthday) (?:offer|special|pricing|price)\b`,
      r`\b(?:'s day|holiday|weekend|lunch|patient|student) special\b`,
      r`\boffers? (?:over|ends|valid|available|in excess)\b`,
      r`\bwhile (?:stocks?|supplies) lasts?\b`,
      r`\blimited (?:edition|stock|spots|spaces|places|seats|time|run|offer|availability)\b`,
      r`\b(?:spaces|spots|places|seats) (?:are )?limited\b`,
      r`\b(?:only|just) \d+ (?:left|bottles|spots|seats|tables|places|pieces|units)\b`,
      r`\b(?:few|last) (?:tables|spots|seats|places|tickets)\b|\blimited spots\b`,
      r`\blast chance\b`,
      r`\b(?:first|1st) \d+ (?:[\w-]+ )?(?:customers|visitors|guests|people|orders|shoppers|diners|sign-?ups|through the door)\b(?= (?:get|gets|receive|will|to|who|in)\b)`,
      r`\b(?:sizes|they|these|stock) (?:go|going|sell|selling) fast\b|\bselling fast\b`,
      r`\b(?:\d+|one|two|three|a few|few) (?:\w+ )?(?:slots?|spots?|places?|seats?|tables?|spaces?|rooms?|tickets?) (?:left|remaining)\b`,
      r`\b(?:dates|slots|bookings?|spots|diary) (?:for \d{4} )?(?:are |is )?(?:now )?open(?:ing)?\b`,
      r`\bt&cs? apply\b|\bterms (?:and conditions )?apply\b`,
      r`\bgift cards?\b`,
    ],
    'buy-cta': [
      sos(r`(?:shop|buy)\b`),
      r`\b(?:shop|buy|order|book|reserve) (?:now|online|today|here|yours|in store|in-store|via|through|on our|by)\b`,
      sos(r`(?:pre-?)?order\b(?! (?:number|of|to|is|was|has)\b)`),
      r`\bpre-?orders?\b`,
      sos(r`(?:book|reserve) (?:your|a|an|now|online|via|through|by|today|the|in|it|one)\b`),
      r`\bto (?:book|order|reserve|buy|shop|register|enrol|enroll|sign up)\b`,
      r`\b(?:reservations?|bookings?) (?:are )?(?:required|recommended|essential|open|now open)\b`,
      r`\bregistration (?:on|via|through|at) (?:our|the) (?:website|site|app|link)\b`,
      r`\bopen for (?:booking|bookings|orders|pre-orders|registration)\b|\bnow booking\b`,
      sos(r`(?:grab|snag|secure|claim) (?:your|yours|a|an|the|one)\b`),
      r`\bget (?:yours|your (?:tickets?|seat|copy|spot|place|hands)|a (?:free )?quote|tickets)\b`,
      r`\bsave your (?:seat|spot|place)\b`,
      sos(r`(?:subscribe|sign up|register|enrol|enroll)\b`),
      sos(r`download\b`),
      r`\bdownload (?:it|the app|our app|now)\b`,
      r`\bstart your (?:free )?(?:\d+-day )?(?:free )?trial\b`,
      sos(r`join (?:now|today|before|from|online|the club)\b`),
      r`\btickets? (?:are )?(?:on sale|available)\b|\bon sale now\b`,
      r`\b(?:online|in store|in-store) (?:and|&|or) (?:online|in store|in-store)\b`,
      r`\bcheck out (?:our|the) new\b`,
      r`\btreat yourself\b`,
      r`\bcome (?:grab|get|try|taste|pick)\b`,
      r`\btap the link\b|\bclick the link\b`,
      r`\bjoin the waitlist\b|\bat checkout\b|\brsvp\b|\bpre-?save\b`,
      r`\b(?:filling|selling) (?:up )?fast\b`,
    ],
    'link-in-bio': [
      r`\blink (?:is )?in (?:my |our |the )?bio\b|🔗\s?in (?:my |our |the )?bio\b`,
      r`\blink in (?:the )?(?:first )?(?:comments?|stories|story)\b`,
      r`\blink below\b|\bswipe up\b`,
    ],
    launch: [
      r`\bjust (?:dropped|listed|released)\b`,
      r`\bnew in\b`,
      sos(r`new\s?(?::|!|this (?:week|month|season|spring|summer|autumn|fall|winter|september|january))`),
      r`\bnew (?:collection|arrivals?|menu|flavou?rs?|blend|range|release|products?|features?|season|drop|scent|shades?|colou?rs?|colou?rways?|single|album|ep|record|book|novel|game|edition)\b`,
      r`\bout (?:now|today|tomorrow|this|next|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
      r`\bintroducing\b`,
      r`\b(?:is|are) (?:now |finally )?live\b`,
      r`\bback in stock\b|\brestock(?:ed)?\b`,
      r`\b(?:is|are) (?:finally )?back\b(?! (?:from(?! (?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this|next)\b)|at|to|home|in the office|on track)\b)`, // "back from today", not "back from Lisbon"
      r`\bcoming soon\b|\bsomething new is coming\b|\bsneak peek\b`,
      r`\b(?:available|in stock|online|in stores?|out) now\b|\bnow (?:available|shipping|in stock|on sale)\b`,
      r`\bavailable (?:from|in store|online|at|on all|for pre-?order|to order)\b`,
      r`\b(?:online|the) drop\b`,
    ],
    sponsored: [r`\b(?:sponsored by|paid partnership|use my code|my code)\b`],
    donation: [
      sos(r`donate\b`),
      r`\bdonate (?:today|now|here|via|through|what)\b`,
      r`\bmake a (?:donation|gift)\b|\bgive (?:today|now)\b`,
      r`\bevery [$£€]\d+ (?:feeds|helps|buys|provides|pays)\b`,
      r`\btax[- ]deductible\b`,
    ],
  },

  cuesInContext: { launch: EN_LAUNCH_IN_CONTEXT },
  context: { launch: EN_LAUNCH_CONTEXT },

  exceptions: {
    'call-to-comment': [
      r`\blink in (?:the )?(?:first )?comments?\b`,
      // Thanks for comments already written report participation; they do not ask for more.
      r`\b(?:thanks?|thank you|grateful|loved|reading)\b[^.!?\n]{0,40}in the comments\b`,
      r`\b(?:send|email) (?:us|me) (?:your|any) (?:[\w'-]+ ){0,2}questions\b[^.!?\n]{0,30}\b(?:dm|email|e-mail|inbox|private|message)\b`, // customer service
      r`\bdrop (?:[\w']+ ){1,3}off\b|\bdrop (?:us|me) a (?:line|note|message|dm|email)\b`,
    ],
    'tag-someone': [r`\b(?:price|name|hash|gift|dog|luggage) tags?\b`],
    'share-story': [r`\bshare (?:this|it) with (?:a friend|someone|your)\b`],
    // Customer service asks for a private message, not for content.
    'send-content': [r`\bsend (?:us|me) (?:a (?:dm|message|private message|email)|your (?:order|cv|resume|details|number))`],
    'quiz-poll-contest': [
      r`\b(?:in|a|the) (?:recent|latest|new|opinion|gallup|yougov) polls?\b|\baccording to (?:a|the|our|this|that|[\w-]+'s) (?:[\w-]+ ){0,2}polls?\b|\bpolls? (?:show|shows|showed|suggest)\b`,
      sos(r`guess what\b`), // "Guess what? We're moving!" announces, it does not ask
    ],
    'free-offer': [
      r`\b(?:count|rely|depend|focus|on) on us\b`,
      r`\b(?:wins?|won|gets) (?:a|an|one) (?:month of )?free\b[^.!?\n]{0,20}`,
    ],
    'limited-offer': [r`\bgiving away (?:a|an) [^.!?\n]{0,12}gift card\b`],
    launch: [
      r`\blaunched\b[^.!?\n]{0,40}\b(?:years? ago|in (?:19|20)\d\d)\b`, // company history
      // An agency's portfolio: "we launched the new website for Maison Verte" sells the client's work, not ours.
      r`\blaunch\w* (?:(?:the |a )(?:new )?(?:[\w-]+ )?|(?:new )?)(?:website|site|app|campaign|brand identity|rebrand|e-?shop|online store) (?:for|of) (?!our\b|my\b|us\b)`,
      r`\blaunch\w* (?:ourselves|myself|yourself|themselves|into)\b`, // "we launched into the hike"
      // The weather lands, not a season's menu: "spring has landed" but "our spring menu lands Tuesday".
      r`\b(?:snow|rain|storm|cold front|heatwave|frost|fog|spring|summer|autumn|fall|winter|temperatures?)\b(?! (?:[\w'&-]+ )?(?:menu|collection|range|line-?up|edition|box|blend|beers?|drinks?|specials?|flavou?rs?)\b)[^.!?\n]{0,12}\b(?:just )?(?:landed|arrived|arrives|lands|drops|is here|are here)\b`,
      r`\b(?:report|impact report|study|results|episode|newsletter|article|blog post|podcast|video|vlog|we|we're|i'm|summer|sun|school|rain)\b[^.!?\n]{0,12}(?:(?:is|are) )?(?:now |finally )?(?:out|live|here|back)\b`,
    ],
    discount: [r`\b(?:big|no big|real) deal\b|\bdeal with\b`],
    // "No ticket to buy", "no need to book": the purchase is ruled out, not asked for.
    'buy-cta': [
      r`\b(?:no|nothing|no need|(?:don't|do not|doesn't|does not|won't) need) (?:(?:[\w-]+ ){0,2}(?:tickets?|fee|need|registration|booking|purchase) )?to (?:buy|book|pay|reserve|register|sign up)\b`,
      // An order already placed is customer service: "Order stuck?", "Order still not here?".
      sos(r`order (?:still |not |is |hasn't |has not |never )*(?:stuck|late|delayed|missing|lost|damaged|arrived|here|shipped|tracking|status)\b`),
      r`\bbook (?:club|lovers?|of the|shelf|nerds?)\b|\b(?:made|built|cut|sewn|baked) to order\b|\bgo-to order\b`,
    ],
    vote: [r`\bpick (?:a|the) winner\b`],
  },

  exceptionsBefore: {
    discount: [EN_NEGATED],
    'free-offer': [EN_NEGATED],
    'limited-offer': [EN_NEGATED],
    launch: [EN_NEGATED],
    'buy-cta': [EN_NEGATED],
    'quiz-poll-contest': [EN_PAST_BEFORE],
    // An amount raised, saved, earned, paid as a wage or offered as a prize is not a price.
    price: [
      r`\b(?:real|true|hidden|actual) (?:price|cost)(?: tag)? of\b`, // "the real price tag of a £5 T-shirt"
      r`\b(?:raised|raise|raising|collected|donated|saved|savings|wage|wages|salary|paid|revenue|turnover|funding|funded|budget|grant|invested|investment|spent|cost us|market|valued|valuation|that was|worth|win|wins|won|winning|giving away|prize)\b`,
    ],
  },

  exceptionsAfter: {
    'quiz-poll-contest': [EN_PAST_AFTER],
    price: [
      r`^\s?(?:m|bn|billion|million|trillion)\b`, // market sizes and funding rounds
      r`^\s(?:in savings|of savings|a day|per day|an hour|per hour|raised|collected|donated|pledged|in funding|in donations|voucher|gift card)\b`,
    ],
  },

  sentenceExceptions: {
    // Rockets, satellites and volunteer programmes launch too, and a hiring page going live sells nothing.
    launch: [
      r`\b(?:rocket|satellite|space|artemis|spacex|nasa|ariane|shuttle|mission|programme|program|mentoring|volunteers?|petition|fundraiser)\b`,
      r`\b(?:hiring|careers?|job|jobs|vacanc(?:y|ies)|apply)\b`,
      // Civic projects and animal adoption: "New in the community garden…", "New in at the shelter: Biscuit".
      r`\b(?:council|city hall|town hall|municipal|mayor|public library|community (?:garden|centre|center|hall|fridge)|shelter|adopt(?:ion|ed|able)?|foster(?:ing)?)\b`,
    ],
    // "Link in bio" leads to a conversion unless the caption says it leads to something free to read,
    // a vote, a petition or a job.
    'link-in-bio': [r`\b(?:recipe|article|blog|read|vote|voting|petition|survey|questionnaire|consultation|have your say|apply|application|careers|jobs?|hiring|sign the)\b`],
    'free-offer': [r`\b(?:pick one|would you rather|choose)\b`], // "free" in a hypothetical is not an offer
  },

  questions: {
    // Typed as people type: "ur", "u", "yall" ("whats ur favourite snack??").
    secondPerson: [r`\b(?:you|your|yours|yourself|you're|youre|you'd|you've|you'll|y'all|yall|ya|ur|urs|u)\b(?!\.\w)`],
    secondPersonAmbiguous: [],
    wh: [r`\b(?:what|what's|whats|wat|wats|which|who|who's|whose|where|where's|when|how|why)\b`],
    audience: [r`^(?:\W*)(?:who|who's|whos|anyone|anybody|any)\b`, r`\bwho else\b|\b(?:everyone|everybody|anyone|anybody)\b`],
    deliberative: [
      r`\b(?:should|shall) (?:we|i)\b`,
      r`\bshould (?:be )?(?:our|the)\b`,
      r`\b(?:we|i) (?:should|could)\b`,
    ],
    choice: [r`\bwhich\b`, r`\b(?:favou?rite|fave|fav|go-to)\b`], // which one, or the reader's favourite
    hooks: [
      r`\bdid you know\b`,
      r`\b(?:ever|have you ever) wondered\b`,
      r`^\W*(?:why|how come)\b`,
      r`^\W*how (?:to|best to)\b`, // a how-to heading the caption then answers ("How to keep peonies fresh? Cut…")
      r`\bwhat does (?:that|this|it) mean\b`,
    ],
    genuineAfter: [
      r`\b(?:we'll|we will|i'll|i will) (?:go first|start)\b`,
      r`\b(?:mine|ours)(?: is|:)`,
      r`\bfor (?:us|me),? it's\b`,
      r`\b(?:our|the) (?:team|office|kitchen|staff|studio|crew) is (?:genuinely |totally |completely |really )?split\b`,
      r`\basking for (?:a friend|science)\b`,
      r`^\W*go\W*$`,
      r`\bbe honest\b|\bno judg(?:e)?ment\b|\bwe won't judge\b`,
      r`\b(?:genuinely|really|just) curious\b`,
      r`\bwe(?:'re| are) (?:collecting|building|designing|putting together|compiling|gathering)\b`,
      r`\bevery (?:reply|answer|comment)\b|\byour answers\b`,
      r`\blet's help\b`,
      r`\byes or no\b`,
    ],
    answerAfter: [
      r`^\W*(?:here's|here is|here are|the answer|spoiler|short answer|usually|most of the time|nine times)\b`,
      r`\b(?:breaks? (?:it|this) down|explains)\b`,
    ],
    // "A reader asked: …?", "Our most asked question: …?"; not "we're asking you: …?".
    reportedBefore: [
      r`(?<!\b(?:we|we're|i|i'm|am|are) )\b(?:asks?|asked|asking|wondered|wonders|wanted to know|wants to know)\b(?! (?:you|u|y'all|everyone|all of you)\b)[^:?"]{0,25}:`,
      r`\bquestion (?:from (?:a|an|one|our)|by (?:a|an|one|our))\b[^:?"]{0,30}:`,
    ],
    reportedAfter: [
      r`^(?:asks?|asked)\b`,
      r`^(?:an?|one of (?:you|our \w+)|our) (?:[\w'-]+ ){0,2}(?:asked|asks)\b`,
    ],
    unmarked: [
      r`^(?!which (?:is (?:exactly |precisely |partly |just )?why|means)\b)(?:what(?:'s|s| is| are| do| does| did| would| will| should| was| were)|which (?:[\w'-]+ ){0,2}(?:do|does|are|r|is|would|will|did|should|one|ones)|who(?:'s| is| are| do| would| will| else)|where(?:'s| do| are| would| will| should| is)|when (?:do|did|are|was|is|would|will)|how (?:do|does|are|would|did|many|much|often|was|is|long)|(?:do|did|are|r|would|have|will|can|could|should|were) (?:you|u|ya|y'all)|anyone (?:else|who))\b`,
    ],
  },
};
