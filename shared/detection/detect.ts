/**
 * Caption detection: does a post invite participation, is it promotional, and which words say so.
 *
 * Both languages' tables always run, because captions mix them ("Le saviez-vous? / Did you know?");
 * the `language` hint only decides whether words that are second person in French but ordinary
 * words in English ("ton", "ta", "te") count when judging questions. Matching happens on a folded
 * copy of the text with the same length (fold.ts), so offsets point into what the user typed.
 *
 * Every regex is compiled once, at module load: one alternation per cue kind.
 */
import { FORMATS } from '../model/formats';
import type { Intent } from '../model/enums';
import { compileAlternation } from './compile';
import { fold } from './fold';
import { COMMON_PATTERNS, type CueTable, type LanguagePatterns, type QuestionPatterns } from './patterns.common';
import { EN_PATTERNS } from './patterns.en';
import { FR_PATTERNS } from './patterns.fr';
import { audienceQuestions, sentenceAround, type CompiledQuestionPatterns, type Span } from './questions';
import {
  PARTICIPATION_CUE_KINDS,
  PROMOTIONAL_CUE_KINDS,
  type Cue,
  type CueKind,
  type Detection,
  type DetectionInput,
} from './types';

const ALL: readonly LanguagePatterns[] = [COMMON_PATTERNS, EN_PATTERNS, FR_PATTERNS];

const alternation = compileAlternation;

const compileTable = (pick: (p: LanguagePatterns) => CueTable, flags: string): Map<CueKind, RegExp> => {
  const out = new Map<CueKind, RegExp>();
  for (const kind of [...PARTICIPATION_CUE_KINDS, ...PROMOTIONAL_CUE_KINDS]) {
    const re = alternation(
      ALL.flatMap((p) => pick(p)[kind] ?? []),
      flags,
    );
    if (re) out.set(kind, re);
  }
  return out;
};

const CUES = compileTable((p) => p.cues, 'g');
const EXCEPTIONS = compileTable((p) => p.exceptions, 'g');
const SENTENCE_EXCEPTIONS = compileTable((p) => p.sentenceExceptions, '');

const compileQuestions = (languages: readonly LanguagePatterns[]): CompiledQuestionPatterns => {
  const pick = (key: keyof QuestionPatterns) => alternation(languages.flatMap((p) => p.questions[key]), '');
  return {
    secondPerson: pick('secondPerson'),
    secondPersonAmbiguous: pick('secondPersonAmbiguous'),
    wh: pick('wh'),
    audience: pick('audience'),
    deliberative: pick('deliberative'),
    hooks: pick('hooks'),
    genuineAfter: pick('genuineAfter'),
    answerAfter: pick('answerAfter'),
  };
};

const QUESTIONS = compileQuestions(ALL);
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

const scan = (re: RegExp, text: string): Span[] => {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
};

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Spans of one kind of cue, minus those an exception of that kind overlaps. */
const findKind = (kind: CueKind, folded: string, original: string): Span[] => {
  const re = CUES.get(kind);
  if (!re) return [];
  let spans = scan(re, folded);
  if (spans.length === 0) return spans;
  const exceptionRe = EXCEPTIONS.get(kind);
  if (exceptionRe) {
    const exceptions = scan(exceptionRe, folded);
    if (exceptions.length > 0) spans = spans.filter((s) => !exceptions.some((e) => overlaps(s, e)));
  }
  const sentenceRe = SENTENCE_EXCEPTIONS.get(kind);
  if (sentenceRe) spans = spans.filter((s) => !sentenceRe.test(sentenceAround(folded, s)));
  const accept = ACCEPT[kind];
  return accept ? spans.filter((s) => accept(original.slice(s.start, s.end))) : spans;
};

const CTA_KINDS: readonly CueKind[] = ['buy-cta', 'link-in-bio', 'donation'];

export const detectCues = (input: DetectionInput): Detection => {
  const title = input.title?.trim() ? input.title : '';
  // The title is scanned with the caption (a line break apart, so its last words never join the
  // caption's first sentence); each cue is then reported against the field it was found in.
  const text = title ? `${title}\n${input.caption}` : input.caption;
  const folded = fold(text);
  const captionStart = title ? title.length + 1 : 0;

  const toCue = (kind: CueKind, span: Span): Cue => {
    if (span.start < captionStart) {
      const end = Math.min(span.end, title.length);
      return { kind, source: 'title', text: title.slice(span.start, end), start: span.start, end };
    }
    const start = span.start - captionStart;
    const end = span.end - captionStart;
    return { kind, source: 'caption', text: input.caption.slice(start, end), start, end };
  };

  const found = new Map<CueKind, Span[]>();
  for (const kind of [...PARTICIPATION_CUE_KINDS, ...PROMOTIONAL_CUE_KINDS]) {
    if (kind === 'question-to-audience' || kind === 'format') continue;
    const spans = findKind(kind, folded, text);
    if (spans.length > 0) found.set(kind, spans);
  }

  const startsOf = (kinds: readonly CueKind[]): number[] =>
    kinds.flatMap((k) => (found.get(k) ?? []).map((s) => s.start));
  const questions = audienceQuestions(folded, input.language === 'en' ? QUESTIONS_EN_HINT : QUESTIONS, {
    participationStarts: startsOf(PARTICIPATION_CUE_KINDS),
    ctaStarts: startsOf(CTA_KINDS),
  });
  if (questions.length > 0) found.set('question-to-audience', questions);

  const collect = (kinds: readonly CueKind[]): Cue[] =>
    kinds
      .flatMap((k) => (found.get(k) ?? []).map((s) => toCue(k, s)))
      .filter((c) => c.text.length > 0)
      .sort((a, b) => (a.source === b.source ? a.start - b.start : a.source === 'title' ? -1 : 1));

  const participationCues = collect(PARTICIPATION_CUE_KINDS);
  if (input.format && FORMATS[input.format].invitesByNature) {
    participationCues.unshift({ kind: 'format', source: 'format', text: input.format, start: 0, end: 0 });
  }
  const promotionalCues = collect(PROMOTIONAL_CUE_KINDS);

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
