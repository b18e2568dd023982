/**
 * Which questions in a caption are addressed to the audience and left open for them to answer.
 *
 * Policy (tests/fixtures/captions/README.md):
 * - a question counts when it speaks to the reader ("you", "vous", "tu"), offers a short choice
 *   ("Spicy or mild?"), calls on the audience ("Who's in?"), or asks for input on the brand's own
 *   decision ("What should we film next?");
 * - hooks the caption answers itself do not count ("Did you know…?", "Why does…? Because…"), nor a
 *   question followed straight away by a sales call to action ("Looking for a gift? Shop now");
 * - a quoted question is reported speech ("every 'do you have this in a 10?'");
 * - a yes/no question followed by a plain statement is a hook too ("Tired of cold feet? Our socks…",
 *   "Questions? DM us"); a wh-question followed by a statement still counts ("What's your go-to
 *   order? Ours is the almond croissant") unless that statement opens as an answer ("Here's why").
 */
import type { QuestionPatterns } from './patterns.common';

export type Span = { start: number; end: number };

export type CompiledQuestionPatterns = { [K in keyof QuestionPatterns]: RegExp | null };

/** Signals from the other cue kinds, so a question can be judged by what follows it. */
export type QuestionContext = {
  /** Start offsets of participation cues found by the tables (comment, vote, tag…). */
  participationStarts: readonly number[];
  /** Start offsets of conversion calls to action (buy, book, link in bio, donate). */
  ctaStarts: readonly number[];
};

const test = (re: RegExp | null, s: string): boolean => re !== null && re.test(s);

/** Whether f[i] ends a sentence. */
export const isBoundary = (f: string, i: number): boolean => {
  const c = f[i];
  if (c === '!' || c === '?' || c === '\n') return true;
  // A dot ends a sentence, except inside a number ("6.50", "0.5%").
  return c === '.' && !(/\d/.test(f[i - 1] ?? '') && /\d/.test(f[i + 1] ?? ''));
};

/** The sentence around a span: from the previous boundary to the next one. */
export const sentenceAround = (f: string, span: Span): string => {
  let start = span.start - 1;
  while (start >= 0 && !isBoundary(f, start)) start--;
  let end = span.end;
  while (end < f.length && !isBoundary(f, end)) end++;
  return f.slice(start + 1, end);
};

const WORDY = /[a-z0-9@#]/;
const CHOICE = /\s(?:or|ou)\s/;
/** A quotation still open at the question mark: the question is quoted speech ('do you have this in a 10?'). */
const insideQuotes = (question: string): boolean =>
  (question.split('"').length - 1) % 2 === 1 || /(?:^|\s)'[^']*$/.test(question);

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[a-z0-9]/.test(w)).length;

const hasStartIn = (starts: readonly number[], from: number, to: number): boolean =>
  starts.some((s) => s >= from && s < to);

/** Spans (into the folded text, hence into the original) of the questions that invite answers. */
export const audienceQuestions = (
  f: string,
  p: CompiledQuestionPatterns,
  ctx: QuestionContext,
): Span[] => {
  const spans: Span[] = [];
  for (let i = f.indexOf('?'); i !== -1; i = f.indexOf('?', i + 1)) {
    if (f[i + 1] === '?') continue; // "??" and "???" close one question, at the last mark

    let start = i - 1;
    while (start >= 0 && !isBoundary(f, start)) start--;
    start++;
    while (start < i && !WORDY.test(f[start] ?? '')) start++;
    if (start >= i) continue; // a lone "?" or "…?"
    const question = f.slice(start, i + 1);
    if (insideQuotes(question)) continue;

    let next = i + 1;
    while (next < f.length && !WORDY.test(f[next] ?? '') && f[next] !== '\n') next++;
    while (next < f.length && !WORDY.test(f[next] ?? '')) next++;
    let nextEnd = next;
    while (nextEnd < f.length && !isBoundary(f, nextEnd)) nextEnd++;
    const following = f.slice(next, nextEnd + 1);
    const isLast = !/[a-z0-9]/.test(f.slice(i + 1).replace(/[#@][\w-]+/g, ''));
    const followedByQuestion = f[nextEnd] === '?';
    const genuine = test(p.genuineAfter, following);

    const choice = CHOICE.test(question) && wordCount(question) <= 10;
    const callsOnAudience = test(p.audience, question);
    const addressed =
      test(p.secondPerson, question) ||
      test(p.secondPersonAmbiguous, question) ||
      choice ||
      callsOnAudience ||
      test(p.deliberative, question) ||
      genuine;
    if (!addressed) continue;
    if (!isLast && test(p.hooks, question)) continue;
    // Answered straight away by a sales call to action: promotional copy, not a conversation.
    if (!isLast && hasStartIn(ctx.ctaStarts, next, next + 3)) continue;

    const isStatementAfter =
      !isLast && !followedByQuestion && !genuine && !hasStartIn(ctx.participationStarts, next, nextEnd + 1);
    if (isStatementAfter) {
      const wh = choice || callsOnAudience || test(p.wh, question);
      if (!wh) continue;
      if (test(p.answerAfter, following)) continue;
    }
    spans.push({ start, end: i + 1 });
  }
  return spans;
};
