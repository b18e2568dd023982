/**
 * Caption detection: does a post invite participation, is it promotional, and which words say so.
 *
 * Both languages' tables always run, because captions mix them ("Le saviez-vous? / Did you know?");
 * the `language` hint only decides whether words that are second person in French but ordinary
 * words in English ("ton", "ta", "te") count when judging questions. Matching happens on a folded
 * copy of the text with the same length (fold.ts), so offsets point into what the user typed.
 *
 * Every regex is compiled once, at module load: one per cue kind and table (compile.ts).
 */
import { FORMATS } from '../model/formats';
import type { Intent } from '../model/enums';
import { compileAlternation, compilePatterns, type CompiledPatterns } from './compile';
import { fold } from './fold';
import {
  CLAUSE_START_BEFORE,
  COMMON_PATTERNS,
  type CueTable,
  type LanguagePatterns,
  type QuestionPatterns,
  type SourceTable,
} from './patterns.common';
import { EN_PATTERNS } from './patterns.en';
import { FR_PATTERNS } from './patterns.fr';
import { EN_OFFERS } from './offers.en';
import { FR_OFFERS } from './offers.fr';
import { PLAIN_WORDS } from './plainWords';
import { REQUESTS } from './requests';
import {
  audienceQuestions,
  isBoundary,
  quotedSpans,
  sentenceAround,
  type CompiledQuestionPatterns,
  type Span,
} from './questions';
import {
  PARTICIPATION_CUE_KINDS,
  PROMOTIONAL_CUE_KINDS,
  type Cue,
  type CueKind,
  type Detection,
  type DetectionInput,
} from './types';

// offers.en.ts, offers.fr.ts, plainWords.ts and requests.ts hold rules by cause; they merge kind by kind like the rest.
/** Every pattern table the detector merges (exported for the tests that check each table's sources). */
export const ALL_PATTERNS: readonly LanguagePatterns[] = [COMMON_PATTERNS, EN_PATTERNS, FR_PATTERNS, EN_OFFERS, FR_OFFERS, PLAIN_WORDS, REQUESTS];
const TEXT_KINDS: readonly CueKind[] = [...PARTICIPATION_CUE_KINDS, ...PROMOTIONAL_CUE_KINDS].filter(
  (k) => k !== 'question-to-audience' && k !== 'format',
);

/** One global regex per kind, for the tables scanned over the whole text. */
const compileScanned = (pick: (p: LanguagePatterns) => CueTable): Map<CueKind, CompiledPatterns> => {
  const out = new Map<CueKind, CompiledPatterns>();
  for (const kind of TEXT_KINDS) {
    const compiled = compilePatterns(
      ALL_PATTERNS.flatMap((p) => pick(p)[kind] ?? []),
      'g',
    );
    if (compiled) out.set(kind, compiled);
  }
  return out;
};

/** One regex per kind, for the tables tested on a window of text around a cue. */
const compileTested = (pick: (p: LanguagePatterns) => SourceTable): Map<CueKind, RegExp> => {
  const out = new Map<CueKind, RegExp>();
  for (const kind of TEXT_KINDS) {
    const re = compileAlternation(
      ALL_PATTERNS.flatMap((p) => pick(p)[kind] ?? []),
      '',
    );
    if (re) out.set(kind, re);
  }
  return out;
};

const CUES = compileScanned((p) => p.cues);
const CUES_IN_CONTEXT = compileScanned((p) => p.cuesInContext);
const CONTEXT = compileTested((p) => p.context);
const EXCEPTIONS = compileScanned((p) => p.exceptions);
const EXCEPTIONS_BEFORE = compileTested((p) => p.exceptionsBefore);
const EXCEPTIONS_AFTER = compileTested((p) => p.exceptionsAfter);
const SENTENCE_EXCEPTIONS = compileTested((p) => p.sentenceExceptions);
const NEARBY_EXCEPTIONS = compileTested((p) => p.nearbyExceptions ?? {});
const CAPTION_EXCEPTIONS = compileTested((p) => p.captionExceptions ?? {});

const compileQuestions = (languages: readonly LanguagePatterns[]): CompiledQuestionPatterns => {
  const pick = (key: keyof QuestionPatterns) =>
    compileAlternation(
      languages.flatMap((p) => p.questions[key]),
      '',
    );
  return {
    secondPerson: pick('secondPerson'),
    secondPersonAmbiguous: pick('secondPersonAmbiguous'),
    wh: pick('wh'),
    audience: pick('audience'),
    deliberative: pick('deliberative'),
    choice: pick('choice'),
    hooks: pick('hooks'),
    genuineAfter: pick('genuineAfter'),
    answerAfter: pick('answerAfter'),
    reportedBefore: pick('reportedBefore'),
    reportedAfter: pick('reportedAfter'),
    unmarked: pick('unmarked'),
  };
};

const QUESTIONS = compileQuestions(ALL_PATTERNS);
// With an English hint, French-only ambiguous words ("ton" as in "a ton of") do not make a question personal.
const QUESTIONS_EN_HINT: CompiledQuestionPatterns = { ...QUESTIONS, secondPersonAmbiguous: null };

/**
 * A promo code is written in capitals, often with digits ("code BF30", "use LAUNCH20"); the same words
 * in lower case are prose ("lines of code and", "dress code all white"), and a bare number after "avec"
 * is an amount ("avec 4 000 €"). Checked on the original text.
 */
const looksLikeCode = (original: string): boolean => {
  const token = /[A-Za-z0-9]+$/.exec(original)?.[0] ?? '';
  return /[A-Z]/.test(token) && token === token.toUpperCase() && (/\d/.test(token) || token.length >= 4);
};

const ACCEPT: Partial<Record<CueKind, (original: string) => boolean>> = { 'promo-code': looksLikeCode };

const CLAUSE_LOOKBACK = 24;

const scan = ({ re, checksClause }: CompiledPatterns, text: string): Span[] => {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    // Group 1 holds the patterns that count only where they open a clause (compile.ts).
    if (checksClause && m[1] !== undefined) {
      const before = text.slice(Math.max(0, m.index - CLAUSE_LOOKBACK), m.index);
      if (!CLAUSE_START_BEFORE.test(before)) {
        re.lastIndex = m.index + 1;
        continue;
      }
    }
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
};

const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 30;

/** The words just before a span, without crossing a sentence boundary. */
const windowBefore = (f: string, span: Span): string => {
  let from = span.start;
  while (from > 0 && span.start - from < WINDOW_BEFORE && !isBoundary(f, from - 1)) from--;
  return f.slice(from, span.start);
};

/** The words just after a span, without crossing a sentence boundary. */
const windowAfter = (f: string, span: Span): string => {
  let to = span.end;
  while (to < f.length && to - span.end < WINDOW_AFTER && !isBoundary(f, to)) to++;
  return f.slice(span.end, to);
};

/** A cue's sentence and the one after it: « Les tulipes sont arrivées ! Passez en boutique » names the shop in the second. */
const sentenceAndNext = (f: string, span: Span): string => {
  let start = span.start - 1;
  while (start >= 0 && !isBoundary(f, start)) start--;
  let end = span.end;
  while (end < f.length && !isBoundary(f, end)) end++;
  while (end < f.length && isBoundary(f, end)) end++;
  while (end < f.length && !isBoundary(f, end)) end++;
  return f.slice(start + 1, end);
};

/** A cue's sentence and the one before it: "What's the most you've ever spent on a coffee? Mine: £7." */
const previousAndSentence = (f: string, span: Span): string => {
  let start = span.start - 1;
  while (start >= 0 && !isBoundary(f, start)) start--;
  while (start >= 0 && isBoundary(f, start)) start--;
  while (start >= 0 && !isBoundary(f, start)) start--;
  let end = span.end;
  while (end < f.length && !isBoundary(f, end)) end++;
  return f.slice(start + 1, end);
};

/** Spans of one kind of cue, minus those an exception of that kind cancels. */
const findKind = (kind: CueKind, folded: string, original: string): Span[] => {
  const compiled = CUES.get(kind);
  const inContext = CUES_IN_CONTEXT.get(kind);
  const context = CONTEXT.get(kind);
  let spans = compiled ? scan(compiled, folded) : [];
  if (inContext && context) {
    const plain = spans;
    const contextual = scan(inContext, folded).filter(
      (s) => !plain.some((p) => s.start < p.end && p.start < s.end) && context.test(sentenceAndNext(folded, s)),
    );
    if (contextual.length > 0) spans = [...plain, ...contextual].sort((a, b) => a.start - b.start);
  }
  if (spans.length === 0) return spans;
  const overlapping = EXCEPTIONS.get(kind);
  if (overlapping) {
    const exceptions = scan(overlapping, folded);
    if (exceptions.length > 0) spans = spans.filter((s) => !exceptions.some((e) => s.start < e.end && e.start < s.end));
  }
  const before = EXCEPTIONS_BEFORE.get(kind);
  if (before) spans = spans.filter((s) => !before.test(windowBefore(folded, s)));
  const after = EXCEPTIONS_AFTER.get(kind);
  if (after) spans = spans.filter((s) => !after.test(windowAfter(folded, s)));
  const sentence = SENTENCE_EXCEPTIONS.get(kind);
  if (sentence) spans = spans.filter((s) => !sentence.test(sentenceAround(folded, s)));
  const nearby = NEARBY_EXCEPTIONS.get(kind);
  if (nearby) spans = spans.filter((s) => !nearby.test(previousAndSentence(folded, s)));
  const caption = CAPTION_EXCEPTIONS.get(kind);
  if (caption && spans.length > 0 && caption.test(folded)) return [];
  const accept = ACCEPT[kind];
  return accept ? spans.filter((s) => accept(original.slice(s.start, s.end))) : spans;
};

const CTA_KINDS: ReadonlySet<CueKind> = new Set(['buy-cta', 'link-in-bio', 'donation']);
const PARTICIPATION: ReadonlySet<CueKind> = new Set(PARTICIPATION_CUE_KINDS);

/**
 * What the caption (and title) say: invitations and promotion, each with the cues that decided it.
 * Hand-written rules only. A learned promotional model sat on top of them from db78762 until
 * 2026-12-05; once the rules improved it no longer made fewer errors than they did, so it was retired
 * (tests/fixtures/captions/README.md, "The promotional model, retired").
 */
export const detectCues = (input: DetectionInput): Detection => {
  const title = input.title?.trim() ? input.title : '';
  // The title is scanned with the caption (a line break apart, so its last words never join the
  // caption's first sentence); each cue is then reported against the field it was found in.
  const text = title ? `${title}\n${input.caption}` : input.caption;
  const folded = fold(text);
  const captionStart = title ? title.length + 1 : 0;

  const found: Array<[CueKind, Span]> = [];
  const participationStarts: number[] = [];
  const ctaStarts: number[] = [];
  for (const kind of TEXT_KINDS) {
    for (const span of findKind(kind, folded, text)) {
      found.push([kind, span]);
      if (PARTICIPATION.has(kind)) participationStarts.push(span.start);
      else if (CTA_KINDS.has(kind)) ctaStarts.push(span.start);
    }
  }
  // An offer inside a quoted question is someone else's words: « c'est en promo ? » asks a customer.
  const quotedQuestions = quotedSpans(folded).filter((q) => folded.slice(q.start, q.end).includes('?'));
  if (quotedQuestions.length > 0) {
    for (let i = found.length - 1; i >= 0; i--) {
      const [kind, span] = found[i]!;
      if (!PARTICIPATION.has(kind) && quotedQuestions.some((q) => q.start <= span.start && span.end <= q.end)) {
        found.splice(i, 1);
      }
    }
  }
  const questionPatterns = input.language === 'en' ? QUESTIONS_EN_HINT : QUESTIONS;
  for (const span of audienceQuestions(folded, questionPatterns, { participationStarts, ctaStarts })) {
    found.push(['question-to-audience', span]);
  }
  found.sort((a, b) => a[1].start - b[1].start);

  const participationCues: Cue[] = [];
  const promotionalCues: Cue[] = [];
  if (input.format && FORMATS[input.format].invitesByNature) {
    participationCues.push({ kind: 'format', source: 'format', text: input.format, start: 0, end: 0 });
  }
  for (const [kind, span] of found) {
    let cue: Cue;
    if (span.start < captionStart) {
      const end = Math.min(span.end, title.length);
      cue = { kind, source: 'title', text: title.slice(span.start, end), start: span.start, end };
    } else {
      const start = span.start - captionStart;
      const end = span.end - captionStart;
      cue = { kind, source: 'caption', text: input.caption.slice(start, end), start, end };
    }
    if (cue.text.length === 0) continue;
    (PARTICIPATION.has(kind) ? participationCues : promotionalCues).push(cue);
  }

  return {
    invitesParticipation: participationCues.length > 0,
    promotional: promotionalCues.length > 0,
    participationCues,
    promotionalCues,
  };
};

/**
 * The intent Cadence suggests for a post whose intent is still 'auto': selling wins over talking,
 * talking over informing.
 */
export const suggestedIntent = (detection: Detection): Intent =>
  detection.promotional ? 'promotional' : detection.invitesParticipation ? 'conversational' : 'informative';
