/**
 * Eighth round (2026-12-05, night): invitations said as plain requests, without a question, read off the
 * spent eighth blind set (en.blind7.json, fr.blind7.json): "share the weirdest thing you've…", "Drop one
 * word…", questions asked for a guest ("Leave the questions you want her to answer", "Send us whatever
 * you've always wanted to know"), tips asked for ("Any fencing wisdom gratefully received"), a winner
 * drawn among those who tag someone, a survey or consultation linked in the bio, « il suffit de
 * commenter ». Both languages, each rule with regression captions of its own
 * (tests/unit/detection/inviteRound8.test.ts, none copied from a corpus file). Sources match folded
 * text (lower case, no accents, plain quotes).
 */
import { NO_QUESTIONS, r, sos, type LanguagePatterns } from './patterns.common';

export const REQUESTS: LanguagePatterns = {
  cues: {
    'share-story': [
      // An imperative opening its clause: "we share the best recipes" tells, "share the best…" asks.
      // "Share the best of Paris this Christmas" sells: "the" asks only for what the reader did or has.
      sos(r`share (?:your|with us your|us your) (?:weirdest|strangest|oddest|funniest|best|worst|proudest|most [\w-]+|biggest|smallest|first|last)\b|share (?:with us )?the (?:weirdest|strangest|oddest|funniest|best|worst|proudest|most [\w-]+|biggest|smallest|first|last)\b[^.!?\n]{0,40}\byou(?:'ve|'d| have| had| ever| got| found| did)\b`),
      // « Partagez le meilleur de Noël » sells: the possessive or « -nous » asks for the reader's own.
      sos(r`partage[zs]?(?:-nous| avec nous) (?:le|la|les|votre|ton|ta|vos|tes) (?:pire|pires|meilleure?s?|plus [\w-]+|premiere?|dernier|derniere)\b|partage[zs]? (?:votre|ton|ta|vos|tes) (?:pire|pires|meilleure?s?|plus [\w-]+|premiere?|dernier|derniere)\b`),
      r`\b(?:any|all) (?:[\w-]+ ){0,2}(?:tips|advice|wisdom|recommendations|recs|ideas|suggestions|hacks)\b[^.!?\n]{0,40}\b(?:gratefully received|(?:very |most |more than )?welcome|(?:much |greatly )?appreciated)\b`,
      r`\b(?:vos|tous vos|toutes vos) (?:[\w-]+ ){0,2}(?:conseils|astuces|idees|recos|recommandations|suggestions|bons plans)\b[^.!?\n]{0,30}\b(?:sont|seront) (?:les )?(?:bienvenu|bienvenue|bienvenus|bienvenues)\b`,
    ],
    'call-to-comment': [
      // Not "drop us a line": that is a contact, not a request to take part.
      sos(r`drop (?:one|a|your|1|us one) (?:word|emoji|sentence|gif|number|song|film|book)\b`),
      sos(r`(?:lachez|laissez|donnez|balancez)(?:-nous)? (?:un|1) (?:seul )?(?:mot|emoji|chiffre)\b`),
      // Questions gathered for a guest, a live or a Q&A.
      // Where the questions go (below, a live, an episode) tells them from customer service ("send us your
      // questions, we answer within a day").
      r`\bleave (?:your|the|any|us your) questions?\b[^.!?\n]{0,60}\b(?:below|under this|in the comments|live|q&a|ama|episode|guest|panel)\b|\bsend (?:us|me|in) (?:whatever|anything)\b[^.!?\n]{0,60}\b(?:know|ask)\b|\bsend (?:us|me|in) (?:your|the) questions\b[^.!?\n]{0,60}\b(?:live|q&a|ama|episode|guest|panel|podcast|interview)\b`,
      r`\b(?:laissez|envoyez|posez|deposez)(?:-nous)? (?:vos|tes|les) questions\b[^.!?\n]{0,60}\b(?:en commentaire|en com|ici|sous ce post|live|direct|episode|podcast|invitee?|intervenante?)\b`,
      r`\bil suffit de (?:commenter|repondre|ecrire)\b|\bcommente[zr]? "[^"\n]{1,20}"`,
      // A survey or a public consultation linked from the bio (the guide: invites, not promotional).
      // "consultation" alone may be a paid appointment ("book a free consultation, link in bio").
      r`(?<!results of (?:the|our) )\b(?:survey|questionnaire|public consultation)\b(?!'s)(?! (?:results|findings|report|data)\b)[^.!?\n]{0,40}\b(?:linked|link(?:ed)? (?:is )?in (?:our |the )?bio|in (?:our |the )?bio)\b|\banonymous (?:form|survey)\b`,
      r`(?<!resultats d(?:u|e la|e notre) )\b(?:questionnaire|sondage|consultation (?:publique|citoyenne))\b[^.!?\n]{0,40}\b(?:en lien (?:en )?bio|lien en bio|dans (?:la|notre) bio)\b|\bconsultation (?:citoyenne )?ouverte (?:a tous|a toutes|aux|jusqu)`,
    ],
    'tag-someone': [r`\b(?:who|that) tags? (?:their|a|his|her|your|the)\b|\bqui (?:identifie|identifient|tague|taguent|taggue|tagguent) (?:son|sa|ses|leur|leurs|un|une|le|la)\b`],
  },
  cuesInContext: {},
  context: {},
  exceptions: {},
  exceptionsBefore: {},
  exceptionsAfter: {},
  sentenceExceptions: {},
  questions: NO_QUESTIONS,
};
