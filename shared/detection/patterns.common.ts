/**
 * Building blocks shared by the English and French tables, and the cues that belong to no language
 * (currencies, percentages, hashtags, emoji votes, option lists).
 *
 * Every pattern is a regex SOURCE matched against folded text (see fold.ts: lower case, no accents,
 * plain apostrophes and quotes), so tables are written in lower case without accents.
 */
import type { CueKind } from './types';

export const r = String.raw;

/** A regex source, or one that only counts where it opens a clause (see `sos`). */
export type Pattern = string | { readonly atClauseStart: string };

/** Patterns per kind of cue. */
export type CueTable = Readonly<Partial<Record<CueKind, readonly Pattern[]>>>;
/** Plain regex sources per kind of cue, for the exception tables tested on a window of text. */
export type SourceTable = Readonly<Partial<Record<CueKind, readonly string[]>>>;

export type LanguagePatterns = {
  cues: CueTable;
  /**
   * Cues whose words also have an everyday sense ("the tulips have arrived", "on se lance dans la
   * rando"): they count only where `context` of the same kind matches their sentence or the next one.
   */
  cuesInContext: CueTable;
  /** What a cue of `cuesInContext` needs around it (for launches: a product, a shop, a price). */
  context: SourceTable;
  /** A match cancels every cue of that kind it overlaps ("price tag" cancels the "tag" of tag-someone). */
  exceptions: CueTable;
  /** A match in the words just before a cue (same sentence, 40 characters) cancels it ("raised $12,000"). */
  exceptionsBefore: SourceTable;
  /** A match right after a cue (same sentence, 30 characters; sources start with ^) cancels it ("$2 a day"). */
  exceptionsAfter: SourceTable;
  /** A match anywhere in a cue's sentence cancels it ("link in bio" next to "full recipe"). */
  sentenceExceptions: SourceTable;
  /**
   * A match in a cue's sentence or the one before it cancels it: a price answering "What's the most
   * you've ever paid for a coffee?" is an anecdote. Optional: few tables need it.
   */
  nearbyExceptions?: SourceTable;
  /**
   * A match anywhere in the caption cancels the cue: "link in bio" leads wherever the caption says it
   * does, often a sentence or two away ("We're hiring… Link in bio"). Optional, like nearbyExceptions.
   */
  captionExceptions?: SourceTable;
  questions: QuestionPatterns;
};

/** Word lists the question heuristic (questions.ts) uses; each a list of regex sources. */
export type QuestionPatterns = {
  /** Second-person words: the question is addressed to the reader. */
  secondPerson: readonly string[];
  /** Second-person words that are also common words of the other language; skipped when the hint says so. */
  secondPersonAmbiguous: readonly string[];
  /** Question words: a wh-question asks for an answer, a yes/no question is often a hook. */
  wh: readonly string[];
  /** "Who's in?", "Anyone else?": addressed to the audience even without "you". */
  audience: readonly string[];
  /** The brand asking for input on its own choice ("What should we film next?"). */
  deliberative: readonly string[];
  /**
   * Question words that ask the reader to pick among things shown ("Which piece are you grabbing first?",
   * « Quelle pièce vous fait craquer ? »): such a question still waits for answers when a sales call follows.
   */
  choice: readonly string[];
  /** Hooks the caption answers itself ("Did you know…?", "Why does…?"), unless they end the caption. */
  hooks: readonly string[];
  /** After a question, signs that it really waits for answers ("We'll go first", "Asking for science"). */
  genuineAfter: readonly string[];
  /** After a question, signs that the caption answers it ("Here's why", "Voici"). */
  answerAfter: readonly string[];
  /** Before a question in its sentence, a speech verb that reports it ("A reader asked: …", "Julie nous demande : …"). */
  reportedBefore: readonly string[];
  /** Right after a question, a speech tag ("… ? asks Julie", "… ? » nous demande Julie"); sources start with ^. */
  reportedAfter: readonly string[];
  /**
   * Openings that make a sentence a question even without its mark ("Which one are you picking 👀",
   * "Vous prenez lequel"), when it ends a line or the caption; sources start with ^.
   */
  unmarked: readonly string[];
};

// Performance note: detect.ts hoists one word-start check in front of every alternative that starts
// with \b, so the engine tries them only at word starts. Other alternatives should start with a
// concrete character (put lookbehinds after it: "-(?<![\w.,]-)…", not "(?<![\w.,])-…").

/**
 * Emoji and pictographs: surrogate halves (the regexes run without the u flag, on UTF-16 units),
 * dingbats and arrows, plus the variation selector, joiner and keycap that glue emoji together
 * (kept out of the class: inside one they would read as combining characters).
 */
export const EMOJI = r`(?:[\u00a9\u00ae\u2190-\u2bff\u3030\u303d\ud800-\udfff]|\ufe0f|\u200d|\u20e3)`;

/**
 * Start of a clause: an imperative is a call to action mostly when it opens a sentence, follows a
 * colon, a comma, a bullet or an emoji, or is chained with and/or ("call us or book online").
 */
export const CLAUSE_START_BEFORE = new RegExp(
  // A hashtag counts as a break too: "#mondaymotivation share your goal #fitfam" is a call between tags.
  r`(?:^\s*|[.!?:;,(\n"*•>|+-]\s*|\d[.)]\s*|${EMOJI}\s*|#[\w-]+\s+|\b(?:and|or|then|et|ou|puis)\s)$`,
);

/**
 * `src` (which starts with a word) only where it opens a clause. The check runs in code on the few
 * characters before a match (detect.ts), not as a lookbehind inside the regex: a lookbehind repeated
 * in every such pattern made the compiled regexes several times larger and slower.
 */
export const sos = (src: string): Pattern => ({ atClauseStart: src });

/** An amount: 5, 19.99, 19,99, 4,000, 385 000, 1.240 (no sign, no currency). */
export const AMOUNT = r`\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;

/** Currency before or after the amount: $19.99, CA$75, £5, €39, CHF 89, 19,99 €, 19€, 12 euros, 80 CHF. */
export const MONEY = r`[$£€¥]\s?(?:${AMOUNT})(?:\s?k\b)?|\b(?:ca|us|au|nz|hk|sg)\$\s?(?:${AMOUNT})|\b(?:chf|eur|usd|gbp|cad)\s?(?:${AMOUNT})|\b(?:${AMOUNT})\s?(?:€|\$|£|eur\b|euros?\b|chf\b|dollars?\b|bucks\b|balles\b)`;

/** No question words: for tables that only add cues (offers.en.ts, offers.fr.ts). */
export const NO_QUESTIONS: QuestionPatterns = {
  secondPerson: [],
  secondPersonAmbiguous: [],
  wh: [],
  audience: [],
  deliberative: [],
  choice: [],
  hooks: [],
  genuineAfter: [],
  answerAfter: [],
  reportedBefore: [],
  reportedAfter: [],
  unmarked: [],
};

export const COMMON_PATTERNS: LanguagePatterns = {
  cues: {
    price: [MONEY],
    discount: [
      r`-(?<![\w.,]-)\s?\d{1,2}\s?%`, // "-30 %", "−20%" (a minus before a percentage; -10°C is not one)
      r`#\w*(?:sale|soldes|promo|blackfriday|bonplan|deal)s?\b`,
    ],
    sponsored: [r`#(?<!\w#)(?:ad|ads|sponsored|sponso|sponsorise|pub|publicite|partenariat|partner|gifted|affiliate)\b`],
    launch: [r`#(?<!\w#)(?:newin|newarrivals?|nouveautes?|nouveau|new|restock|launch|lancement|dropday|comingsoon)\b`],
    'tag-someone': [
      // The call can be the hashtag itself: #TagAFriend, #TagUrBestie, #identifietonpote.
      r`#(?<!\w#)(?:tag(?:a|your|ur|ta|ton)?(?:friends?|bestie|bff|someone|squad|mates?|pote|potes|copine?s?)|identifie\w+|tague\w+)\b`,
    ],
    'call-to-comment': [r`#(?<!\w#)(?:commentbelow|dropacomment|commentez\w*|dites?nous\w*|racontez\w*|votreavis)\b`],
    'quiz-poll-contest': [
      r`#(?<!\w#)\w*(?:giveaway|concours|contest|challenge|quiz|sondage|poll|jeu|defi)\w*`,
      r`\ba\)[^\n]{1,60}\bb\)`, // inline options: "A) Comté B) Gouda C) Reblochon"
      r`1\ufe0f?\u20e3[^\n]*\n\s*2\ufe0f?\u20e3`, // keycap options 1️⃣ 2️⃣ on separate lines are a poll
    ],
    vote: [
      // "❤️ if you're a morning person", "🌞 si tu passes le week-end dehors"
      r`${EMOJI}+\s?(?:if (?:you|u)\b|si (?:tu|vous)\b|=\s?\w)`,
      // "❤️ for the blue, 🔥 for the green" / "❤️ pour le bleu, 🔥 pour le vert"
      r`${EMOJI}+\s?(?:for|pour)\s[^.!?\n]{1,30}${EMOJI}+\s?(?:for|pour)\b`,
      r`${EMOJI}+\s?(?:for|pour)\s[^.!?\n]{1,30}\n\s*${EMOJI}+\s?(?:for|pour)\b`, // one option a line
      r`\b(?:1|one|un)\s?(?:-|to|a)\s?(?:10|ten|dix)\b(?!\s?(?:%|€|\$|am|pm|h\b))`, // "rate it 1 to 10", "de 1 à 10"
      // Answer options offered without a question mark. Each needs the shape of a choice left open:
      // emoji options that end the line ("☕️ or 🍵 #mondaymood"; not "☀️ ou 🌧️, le marché a lieu"),
      r`${EMOJI}+\s?(?:or|ou|vs\.?)\s?${EMOJI}+(?=\s*(?:[?\n#]|👇|⬇|$))`,
      // emoji options named in words right after ("🔥 or ❄️ spicy ramen or cold soba", "🔥 ou ❄️ raclette ou salade"),
      r`${EMOJI}+\s?(?:or|ou|vs\.?)\s?${EMOJI}+\s?[a-z'-]+(?: [a-z'-]+){0,2} (?:or|ou|vs) [a-z]`,
      // numbered options closed by a pointer or the line's end ("1, 2 or 3 👇", "1, 2 ou 3 ?"),
      r`\b[1-9](?:,\s?[1-9])*,?\s(?:or|ou)\s[1-9]\b(?!\s?(?:%|€|\$|h\b|[a-z]))(?=\s*(?:[?!\n#]|👇|⬇|$))`,
      // short options closed by a pointer ("Sweet or savoury 👇"), "team A or team B", "plutôt A ou B".
      sos(r`(?!(?:order|book|shop|buy|dine|eat|click|collect|commandez|reservez|sur place)\b)[a-z'-]+(?: [a-z'-]+)? (?:or|ou|vs) [a-z'-]+(?: [a-z'-]+)?\s?(?:👇|⬇)`),
      r`\bteam\s[\w'-]+(?:\s[\w'-]+){0,3}\s(?:or|ou|vs\.?)\s#?team\b|#team\w+\s(?:or|ou|vs\.?)\s#team\w+`,
      sos(r`plutot\s(?!que\b)[^.!?\n,:]{1,30}\sou\s`),
    ],
  },
  cuesInContext: {},
  context: {},
  exceptions: {},
  exceptionsBefore: {},
  exceptionsAfter: {},
  sentenceExceptions: {},
  questions: NO_QUESTIONS,
};
