/**
 * English promotional rules added from the errors left on the second blind set (spent), each written
 * for a general cause of the labelling guide (tests/fixtures/captions/README.md), not for one caption:
 * scarcity and sign-up windows said in other words, B2B and appointment booking paths, openings and
 * new services, teasers, free trials, sponsorship and donation asks; and the senses of the same words
 * that sell nothing (a follow request, a contest prize, a total given away, an anecdote about what
 * someone spent, a public service, the brand's own van). Their regression captions are in
 * tests/unit/detection/promoRound4.test.ts. The sixth round (promoRound6.test.ts) added, from the
 * spent fifth set: finance and trade-in offers, quotes and test drives, admissions, paid tiers,
 * "on tap from Friday". Sources match folded text, like every table.
 */
import { NO_QUESTIONS, r, type LanguagePatterns } from './patterns.common';
import { EN_NEGATED } from './scope';

/** Counts people write out: "six places left", "only two of these left". */
const NUMBER = r`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|a few|few|a handful of)`;
const WEEKDAY = r`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?`;
/** "Free" after these is a property, not a price: "try going sugar free for a week". */
const DIET = r`gluten|sugar|dairy|fat|alcohol|caffeine|cruelty|plastic|stress|hands|pain|lactose|nut|meat|carb|scent|fragrance|guilt|screen|phone|booze`;
/** Public services: a new bus route, a library event or a council page sells nothing. */
const PUBLIC = r`\b(?:bus (?:route|service|line|lane)|tram|cycle lanes?|bike lanes?|recycling|bin collections?|library|libraries|leisure centre|public pool|council|town hall|city hall|municipal|polling|electoral|tourist (?:office|information)|visitor centre)\b`;
/** Right after an offer's name, the brand says it has none: "Gift cards? We don't do them." */
const REFUSED = r`\b(?:gift cards?|discounts?|sales?|promo codes?|codes?|free (?:delivery|shipping)|black friday|happy hour)\s?\?\s(?:we|i) (?:don't|do not|no longer|won't|never|can't)\b`;
/** A place of ours that can open, move in or get something new. */
const VENUE = r`(?:shop|store|studio|location|branch|salon|restaurant|cafe|bakery|bar|showroom|boutique|clinic|gym|space|site)`;

export const EN_OFFERS: LanguagePatterns = {
  cues: {
    'limited-offer': [
      // Scarcity in any words; a count of days is a countdown, not stock ("only 3 days left until Christmas").
      r`\b(?:only|just) ${NUMBER} (?!(?:days?|weeks?|hours?|months?|minutes?|sleeps?|more|years?|of (?:us|you|them))\b)(?:[\w'-]+ ){0,4}(?:left|remaining)\b`,
      r`\b${NUMBER} (?:[\w'-]+ )?(?:slots?|spots?|places?|seats?|tables?|spaces?|rooms?|tickets?|pieces?|bottles?|boxes?|copies|units?|pairs?|jars?|loaves) (?:left|remaining)\b`,
      r`\bwhile (?:they|it|stocks?|supplies) lasts?\b|\buntil (?:we|they) (?:run|sell) out\b|\buntil (?:sold out|they're gone|it's gone)\b|\bonce (?:they're|it's) gone\b`,
      r`\b(?:last few|last) (?:[\w'-]+ )?(?:jars|bottles|boxes|pieces|tickets|seats|places|copies|loaves|bags|prints|tins|packs)\b`,
      // A time limit: "this weekend only", "one day only".
      r`\b(?:(?:this|next) (?:weekend|week|month|saturday|sunday|friday)|today|tonight|(?:one|1) (?:day|night|weekend)) only\b(?!\s+[a-z])`, // not "this weekend only the café is…\"
      r`\b(?:exclusive(?:ly)? (?:to|on|at) (?:our|the) (?:website|site|shop|store|app|e-?shop)|online exclusive|web exclusive)\b`,
      r`\blast call\b(?! for (?:entries|votes|answers|questions|submissions|nominations)\b)`,
    ],
    'buy-cta': [
      // A sign-up window closing pushes to sign up now ("enrolment for our bootcamp closes Friday").
      r`\b(?:enrol?ments?|registrations?|bookings?|pre-?orders?|orders|sign-?ups|ticket sales)\b(?: for [^.!?\n]{1,40})? (?:close|closes|closing|end|ends|ending)\b`,
      r`\b(?:go|goes|going|now|officially|are|is) on sale\b|\bfor sale\b`,
      r`\b(?:bookings?|reservations?|registrations?|pre-?orders|sign-?ups|enrol?ments?) for [^.!?\n]{1,40} (?:are |is )?(?:now )?open\b`,
      r`\bjoin (?:our|the) (?:mailing list|newsletter|email list|waitlist|wait list|vip list|loyalty (?:club|scheme|programme|program))\b`,
      // B2B and services convert through a quote, a demo or a call, with adjectives in between.
      r`\b(?:get|request|ask for|claim) (?:a|an|your|my) (?:[\w-]+,? ){0,3}(?:quote|estimate|valuation|demo|callback|audit|proposal)\b`,
      r`\b(?:book|schedule|request|arrange) (?:a|an|your) (?:[\w-]+,? ){0,3}(?:demo|call|consultation|appointment|fitting|viewing|test drive)\b`,
      r`\b(?:talk|speak) to (?:our |the )?sales\b|\bcontact (?:our |the )?sales\b|\b(?:dm|message|email|call|text|contact|ping) (?:us |me )?for (?:prices|pricing|rates|a quote|quotes|orders|bookings|availability|commissions)\b`,
      r`\b(?:talk|speak|chat|contact us|ask us|enquire|get in touch|reach out|email us|dm us)\b[^.!?\n]{0,25}\b(?:about|for) (?:custom |volume |team |enterprise )?(?:pricing|a quote|bulk orders)\b|\b(?:custom|volume|team|enterprise) pricing\b`,
      // Visiting to buy: "pop in and try the new croissant", "come and see us at our stall".
      r`\b(?:pop|drop|swing|stop|come) (?:in|by|down|over|along)(?: and| to)? (?:try|taste|grab|get|pick up|shop|stock up|sample)\b|\bcome and see us (?:in|at) (?:the|our) (?:shop|store|stall|stand|market|pop-up)\b`,
      r`\b(?:our|a|the) pop-?up (?:shop|store|stall|bar|market)?\b(?=[^.!?\n]{0,40}\b(?:at|in|this|on|from)\b)`,
      // Collection and delivery as a service, subscriptions on offer.
      r`\b(?:ready|available) (?:for (?:pick-?up|collection)|to collect)\b|\bclick (?:&|and) collect\b|\b(?:same|next)-day delivery\b|\bdelivered to your door\b`,
      r`\b(?:monthly|annual|yearly|weekly) (?:subscription|membership)s?\b|\bsubscriptions? (?:from|start at|starting)\b`,
      // A booking path without an imperative: "tastings by appointment".
      r`\bby (?:appointment|reservation)\b`,
      // Quotes, test drives and admissions: "call today for a same-day quote", "come in for a test drive",
      // "applications for our new MSc are open".
      r`\bfor (?:a|an|your) (?:[\w-]+ ){0,3}(?:quote|estimate|valuation)\b|\b(?:free|same-day|no-obligation|fixed-price|instant) (?:quotes?|estimates?|valuations?)\b`,
      r`\bcome (?:in|by|down|along) for (?:a|an|your) (?:[\w-]+ ){0,2}(?:test drive|fitting|tasting|consultation|trial|demo|try-on|viewing)\b`,
      r`\b(?:applications?|enrol?ments?|admissions?|places) (?:for|to|on) (?:our |the |this )?(?:new )?(?:[\w'-]+ ){0,4}(?:course|courses|programme|program|degree|msc|mba|ma|bsc|diploma|bootcamp|cohort|intake|academy|masters?|certificate)\b[^.!?\n]{0,30}\b(?:are |is )?(?:now )?open\b`,
      // A paid tier: "Pro gets you unlimited", "upgrade to Premium".
      r`\bupgrade to (?:pro|premium|plus|business)\b|\b(?:pro|premium|business|team|starter) (?:plan|tier|subscription)\b|\bpro gets you\b`,
    ],
    discount: [
      // Finance and trade-in offers: "0% APR this month", "part-exchange weekend", "we'll beat any valuation".
      r`\b(?:kids|children|under-?\d+s?|students|seniors) (?:go|eat|stay|ride|travel|get in) free\b`,
      r`\b0\s?% (?:apr|finance|financing|interest)\b|\binterest[- ]free (?:credit|finance|instal?ments?)\b|\bpart[- ]exchange (?:weekend|event|offer|deal|bonus)\b|\btrade[- ]in (?:offer|deal|bonus|weekend|event|credit)\b|\bbeat any (?:[\w-]+ ){0,3}(?:price|quote|valuation)\b|\bprice match\b`,
    ],
    launch: [
      // "On tap from Friday", "new merch drop", "tour tees are up on the store", "Just launched: …".
      r`\bon (?:tap|draught|draft) (?:from|this|today|tomorrow|now|next|until)\b|\bnew (?:[\w-]+ )?drop\b|\b(?:are|is) (?:now )?(?:up|live) (?:on|in) (?:the|our) (?:store|shop|site|website|e-?shop)\b|\b(?:just launched|now launching|launching|launched|introducing)\s?:`,
      r`\bnow (?:taking|accepting) (?:new )?(?:appointments|patients|clients|enquiries|commissions)\b`,
      r`\b(?:is|are) (?:now )?(?:in the window|on the shelves?|on the counter)\b`, // "Easter eggs are in the window"
      r`\bnew (?:on|to|at) (?:the |our )?(?:menu|tap|draught|draft|shelves|shelf|shop|store|site|website|counter|bar|range|collection|specials board|boutique|studio)\b`,
      // Something of ours that starts on a date: "Our new winter menu starts Monday", "new puppy class, starting in May".
      r`\b(?:new|spring|summer|autumn|fall|winter|christmas|festive|holiday|seasonal|brunch|weekend|tasting) (?:[\w'&-]+ ){0,2}(?:menu|collection|range|line-?up|edition|box)\b[^.!?\n]{0,25}\b(?:starts?|starting|begins?|launch(?:es|ed)?|lands?|landed|arrives?|arrived|drops?|dropped|opens?|available|kicks off|returns|is here|are here)\b`,
      r`\bnew (?:[\w'&-]+ ){0,2}(?:class|classes|course|courses|workshops?|service|tour|${VENUE})\b[^.!?\n]{0,30}\b(?:start(?:s|ing)?|begin(?:s|ning)?|open(?:s|ing)?|launch(?:es|ing)?)\b`,
      // Openings: "grand opening", "we've opened a second studio", "now open" (not opening hours).
      r`\bgrand (?:re-?)?opening\b|\bopen(?:s|ed|ing)? (?:our|its|their) (?:new )?doors\b|\bopening (?:day|weekend|week|night|party)\b`,
      r`\b(?:now|finally|officially) open\b(?! (?:for applications|on|every|from|until|till|at|daily|late|again|\d|${WEEKDAY}|weekends|the|to the public)\b)`,
      r`\bwe(?:'ve| have)? (?:just )?opened (?:a|our) (?:new|second|third|2nd|3rd|first)\b`,
      // A new service: "we now deliver", "now taking pre-orders".
      r`\bwe (?:now|finally|also) (?:deliver|ship|offer|stock|sell|take (?:bookings|orders|reservations|card))\b|\bnow (?:delivering|shipping|offering|stocking|serving|taking (?:bookings|orders|reservations|pre-?orders))\b`,
      // Teasers for a launch.
      // "Meet the new Trail 2"; not "meet our new intern".
      r`\bmeet (?:the|our) (?:all-)?new\b(?! (?:[\w-]+ )?(?:intern|interns|team|colleague|hire|hires|member|members|baby|puppy|dog|chef|manager|barista|staff|recruits?|apprentice|volunteers?|faces?|trainee|director|head|ceo|designer|neighbou?rs?|residents?)\b)`,
      r`\bsomething(?:'s| is)? (?:big |new |special |exciting |sweet |tasty |fun )?(?:is )?(?:coming|brewing|cooking|on (?:its|the) way)\b(?! up\b)`, // not "something is coming up in the garden\"
      r`\bdropping (?:very )?(?:soon|next (?:week|month)|this (?:week|weekend|month|${WEEKDAY}))\b|\b(?:coming|arriving|landing) (?:to|in|on) (?:the |our )?(?:shop|store|stores|shelves|menu|site|website|e-?shop|boutique)\b`,
      r`\bwe(?:'ve| have) been (?:secretly )?working on (?:something|this)\b`,
      r`\bbig (?:news|announcement|reveal)\b(?= (?:is )?(?:coming|next|tomorrow|soon|this|dropping)\b)`,
    ],
    'free-offer': [
      // Keyword lead magnets ("Comment BUDGET and I'll send…") live in plainWords.ts.
      r`\bfree (?:[\w-]+ ){0,3}(?:spreadsheet|tracker|calculator|worksheet|swipe file|email course|starter kit|audit)s?\b`,
      r`\b(?:are|is) (?:completely |totally |now )?free (?:this (?:week|weekend|month)|until|all (?:week|month)|for new)\b|\bfree (?:tier|plan)\b|\b(?:consultations?|assessments?|check-?ups?|quotes?|estimates?|first (?:lesson|class|session|visit)) (?:are|is) (?:completely |totally |always |now )?free\b`,
      r`\bfree (?:[\w-]+ ){1,2}(?:shipping|delivery|returns)\b`, // "free UK delivery", "free next-day delivery"
      r`\b(?<!(?:${DIET}) )free for (?:\d+|one|two|three|a|the first|your first) (?:[\w-]+ )?(?:days?|weeks?|months?)\b`,
      r`\btry (?!to\b)(?:[\w'-]+ ){1,2}(?:for )?(?<!(?:${DIET}) )free\b(?!-)`,
      r`\bno[- ](?:obligation|commitment)\b|\bcancel (?:any ?time|at any time)\b|\bno (?:credit )?card (?:needed|required)\b`,
    ],
    sponsored: [
      r`\bin (?:paid )?partnership with @|\bpartnered with @|\bthanks to @[\w.]+ for (?:sponsoring|partnering|gifting)\b`,
      r`\b(?:this|today's) (?:post|video|episode|reel) is sponsored\b|\baffiliate links?\b|\bi (?:may )?earn a (?:small )?commission\b|\bpr (?:package|product)\b|\bgifted (?:by|from) @`,
      r`#(?<!\w#)(?:collab|spon|paidpartnership)\b`,
      r`(?:^|\n)\s*[[(]?ad[\])]?\s?[|:-]`, // "AD | my morning routine", the UK disclosure at the top
    ],
    donation: [
      r`\bgive what you can\b|\bevery (?:gift|donation|pound|dollar|euro|penny) (?:counts|helps|matters)\b|\byour (?:gift|donation) (?:will|can|helps|means)\b`,
      r`\bsponsor a (?:child|tree|family|dog|cat|animal|bed|kennel|meal)\b|\bchip in\b|\bdonations? (?:are )?(?:welcome|gratefully received|needed)\b`,
      // In kind too: "if you can spare any tins, the drop-off point is…".
      r`\bif you can spare\b|\bdonations?\b[^.!?\n]{0,30}\b(?:can be )?(?:dropped off|left at|brought to)\b`,
      r`\bhelp us (?:raise|reach|fund)\b|\bbecome a (?:monthly )?(?:donor|supporter|patron)\b|\bsupport (?:us|our work) (?:on|via|at|through|today|here)\b`,
    ],
  },

  // A bare "on us" is an offer only next to a purchase, a first visit or a time limit ("Buy any shirt and
  // get a tie on us", "Your first class is on us"); "Tea is on us" at a book club sells nothing.
  cuesInContext: { 'free-offer': [r`\bon us\b`] },
  context: {
    'free-offer': [
      r`\b(?:first|new|buy|order|orders|purchase|spend|customers?|members?|sign(?:s|ing)? up|join|book|visit|when you|with (?:any|every|each|your|all)|this (?:week|weekend|month)|today|until|till|all (?:day|week|month)|trial|pass|pick any|through (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|the month))\b`,
    ],
  },

  exceptions: {
    // An offer named to refuse it: "Gift cards? We don't do them", "Black Friday? We're closed".
    'limited-offer': [REFUSED],
    discount: [
      REFUSED,
      r`\bblack friday\b[^\n]{0,40}\b(?:we're closed|we are closed|we'll be closed|instead|opting out|not taking part|boycott)`,
      r`\bhappy hour with (?:the|our) (?:team|crew|staff|colleagues)\b|\b(?:team|staff|office) happy hour\b`,
      r`\bearly[- ]birds?\b(?= (?:team|crew|club|shift|walkers?|runners?|swimmers?))`, // people up early
      r`\bpromo (?:video|shoot|photos?|pics?|material|poster|clip|tour)\b`,
    ],
    'free-offer': [REFUSED],
    'buy-cta': [
      // Following an account is a distribution request, not a subscription.
      r`\bsubscribe (?:to (?:our|my|the) (?:channel|account|page|profile|feed|youtube|tiktok|instagram)|for more|so (?:you|u) (?:don't|never|won't) miss|and (?:hit|turn on|like|follow)|to (?:see|follow|stay)|for (?:weekly|daily|new|more) (?:videos|content|episodes|tips|posts))\b`,
      r`\bhit (?:that |the )?subscribe\b|\b(?:like|follow)(?:,| and| &) subscribe\b|\bsubscribe(?:,| and| &) (?:like|follow|tag|share)\b`,
      // The same verbs in a civic or figurative sense.
      r`\b(?:register|sign up|enrol|enroll|registration)\b[^.!?\n]{0,20}\b(?:to vote|to volunteer|as (?:a )?(?:volunteer|voter|blood donor|organ donor))\b`,
      // A question about the reader's habits asks nothing of them: "Do you order online or in store?".
      r`\b(?:do|did|would|will|can|where|how often|when) (?:you|u|ya|y'all|people|we|i) (?:still |usually |ever |normally |always |mostly )?(?:shop|buy|order|book|reserve|pre-?order)\b[^.!?\n]*\?`,
      r`\bshop (?:local|small|independent|indie)\b`, // a civic slogan
      r`(?<!\b(?:visit|check out|browse) )\b(?:the|our|my|this) shop (?:today|now|here)\b`, // "the team is in the shop today": a place
      r`\b(?:grab|snag) (?:your|a|the) (?:team|friends?|mates?|bestie|partner|family|kids|dog|coat|umbrella|brolly|sunscreen|sunglasses|notebook|pen|calendar|diary)\b`,
      r`\bbuy-in\b|\bbuy (?:into|time|the (?:idea|argument|story|hype))\b|\bshop (?:talk|floor)\b`,
    ],
    launch: [
      // Company history: "we opened our doors in 2015".
      r`\b(?:opened|launched|founded|started)\b[^.!?\n]{0,40}\b(?:years? ago|in (?:19|20)\d\d|since (?:19|20)\d\d)\b`,
      // "a shout-out on Friday", "find out on Monday": phrasal verbs, not a release.
      r`(?:-|\b(?:shout|find|found|sort|sorted|work|worked|figure|figured|hang|hanging|chill|sold|walk|walked|cash|freak|zone|burn|burnt|point|pointed|rule|ruled|head|headed|set|go|went|get|got|hand|handed|send|sending|reach|reaching|check|checked|print|printed|carry|carried) )out (?:now|today|tomorrow|this|next|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
      r`\b(?:the )?drop(?:[\s-](?:box|off|zone|point|in|of)\b)`, // "the drop box", "the drop in temperature"
      r`\b(?:spring|summer|autumn|fall|winter|christmas|the holidays|the weekend|snow|rain|the sun)\b[^.!?\n]{0,15}\b(?:coming|arriving|landing|dropping)\b`,
      r`\b(?:cats?|dogs?|kitten|puppy|birds?|he|she|they|we|team|staff|baker|sun|moon|rain|snow)\b (?:is|are) (?:now )?(?:in the window|on the counter|on the shelf)\b`, // the shop cat
    ],
  },

  exceptionsBefore: {
    sponsored: [EN_NEGATED], // "not an #ad", "no #sponsored here"
    donation: [EN_NEGATED],
    'free-offer': [r`\b(?:wins?|won|winners?|winning|prizes?)\b[^.!?\n]{0,30}$`], // a prize: "closest answer wins a coffee on us"
    // Statistics, history and costs: "rent went up £200", "the average wedding costs £20,000", "started with €500".
    price: [
      r`\b(?:found|thrifted|picked up|scored|got (?:it|this|these|them|mine))\b[^.!?\n]{0,25}$`,
      r`\b(?:receipt|invoice|bill) (?:for|of|showing)\s$`, // "the original receipt for £9" // "found this £3 jumper at the charity shop"
      r`\b(?:went up|gone up|rose (?:by|to|from|again|sharply|steadily)|risen|increased?|fell|dropped|gone down|average|median|typical|used to cost|cost(?:s|ed)? (?:me|us|them|him|her)|rent|rents|bills?|energy|fuel|tax|taxes|minimum wage)\b[^.!?\n]{0,25}$`,
      r`\b(?:started|founded|launched|opened|began)\b[^.!?\n]{0,30}\bwith\s$`,
      r`\b(?:went|goes|going|given|gave|donating) (?:to|towards)\b|\b(?:we|i|they|you)(?: gave| have given|'ve given| handed over)\b|\b(?:a total of|totall?ing)\b`,
    ],
  },

  exceptionsAfter: {
    price: [r`^\s(?:in total|total|so far|to date|in tips|in prizes|in prize money|for charity|(?:was|were|has been|have been) (?:raised|collected|donated|given))\b`],
  },

  sentenceExceptions: {
    launch: [
      PUBLIC, // a new shuttle bus, bike lane or library branch is not for sale
      // Notices and pets: "New: from March we're closed on Mondays", "New this week: our shop dog…".
      r`\b(?:closed|closing|close (?:at|on|early)|opening (?:hours|times)|parking|roadworks)\b|\b(?:shop|office|studio|bakery|cafe) (?:dog|cat|puppy|kitten)\b`,
      r`\b(?:results of (?:our|the)|(?:survey|poll) results)\b`, // "Out now: the results of our survey\"
      // The brand's own equipment or a new colleague arriving is behind the scenes.
      r`\b(?:our|the|a|new) (?:new )?(?:oven|van|truck|delivery van|forklift|printer|kiln|tractor|espresso machine|coffee machine|office|offices|warehouse|premises|colleague|intern|hire|apprentice)\b`,
    ],
    // A free public event run by a council, a library or volunteers: booking it buys nothing.
    'buy-cta': [PUBLIC, r`\b(?:food ?bank|blood donation|volunteers?|volunteering|hiring|vacanc(?:y|ies)|apply|careers fair|job fair|scholarships?|bursar(?:y|ies)|fellowships?)\b`],
    'free-offer': [PUBLIC], // "the new bus route is free for the first week\"
  },

  nearbyExceptions: {
    // A price in an anecdote about what the reader or the writer spent ("the silliest thing you've spent
    // money on? We'll start: a £40 toaster"), or in a hypothetical ("would you pay £8 for this?").
    price: [
      r`\b(?:you've|you have|have you|did you|you|ya|u) (?:ever |once |actually |recently |really )?(?:spent|splurged|paid|pay|bought|blown|wasted)\b|\bspent (?:money|cash) on\b`,
    ],
  },

  captionExceptions: {
    // "Link in bio" leads wherever the caption says it does, even a few sentences away: a job, a vote,
    // a petition, something free to read, a council page.
    'link-in-bio': [
      r`\b(?:recipes?|articles?|blog posts?|read|vote|voting|petition|survey|questionnaire|consultation|have your say|apply|applications?|careers|jobs?|hiring|recruiting|vacanc(?:y|ies)|sign the|council|town hall|city hall|register to vote|impact report|annual report|interview)\b`,
    ],
  },

  questions: NO_QUESTIONS,
};
