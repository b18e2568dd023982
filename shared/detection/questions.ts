/**
 * Which questions in a caption are addressed to the audience and left open for them to answer.
 *
 * Policy (tests/fixtures/captions/README.md):
 * - a question counts when it speaks to the reader ("you", "vous", "tu"), offers a short choice
 *   ("Spicy or mild?"), calls on the audience ("Who's in?"), or asks for input on the brand's own
 *   decision ("What should we film next?");
 * - hooks the caption answers itself do not count ("Did you know…?", "Why does…? Because…"), nor a
 *   question whose next sentence holds a sales call to action ("Looking for a gift? Shop now"), unless
 *   it asks the reader to pick ("Which piece are you grabbing first? Shop via the link in bio");
 * - a quoted or reported question is someone else's ("every 'do you have this in a 10?'",
 *   « Vous livrez le dimanche ? » nous demande Julie, "A reader asked: what's…?");
 * - a sentence that ends its line without a mark still asks when it opens as a question does
 *   ("Which one are you picking 👀", "Vous prenez lequel");
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
const CHOICE = /\s(?:or|ou|vs)\s/;
/** A quotation still open at the question mark: the question is quoted speech ('do you have this in a 10?'). */
const insideQuotes = (sentence: string): boolean =>
  (sentence.split('"').length - 1) % 2 === 1 || /(?:^|\s)'[^']*$/.test(sentence);

/**
 * Spans between paired double quotes, line by line (« », “ ” and " all fold to "). A question inside
 * one is someone else's, even when the quote holds two questions or opens the caption:
 * « Vous ouvrez le lundi ? Et le mardi ? » nous demande Julie.
 */
export const quotedSpans = (f: string): Span[] => {
  const spans: Span[] = [];
  let open = -1;
  for (let i = f.indexOf('"'); i !== -1; i = f.indexOf('"', i + 1)) {
    if (open >= 0 && f.slice(open, i).includes('\n')) open = -1;
    if (open < 0) open = i;
    else {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return spans;
};

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[a-z0-9]/.test(w)).length;

const hasStartIn = (starts: readonly number[], from: number, to: number): boolean =>
  starts.some((s) => s >= from && s < to);

/** Where the sentence ending at `end` starts, after its leading emoji and punctuation. */
const sentenceStart = (f: string, end: number): { raw: number; start: number } => {
  let raw = end - 1;
  while (raw >= 0 && !isBoundary(f, raw)) raw--;
  raw++;
  let start = raw;
  while (start < end && !WORDY.test(f[start] ?? '')) start++;
  return { raw, start };
};

/** The last word character of f[from, to), skipping trailing emoji, punctuation and hashtags; -1 if none. */
const lastWordChar = (f: string, from: number, to: number): number => {
  let i = to - 1;
  while (i >= from) {
    if (!/[\w-]/.test(f[i] ?? '')) {
      i--;
      continue;
    }
    let token = i;
    while (token > from && /[\w-]/.test(f[token - 1] ?? '')) token--;
    if (f[token - 1] !== '#') return i;
    i = token - 2;
  }
  return -1;
};

/**
 * Questions written without their mark: a sentence that ends its line (or the caption), not with
 * . ! ? : or a comma, and opens the way questions do ("Which one are you picking 👀"). Returns the
 * index of its last word character, which then plays the part of the question mark.
 */
const unmarkedEnds = (f: string, unmarked: RegExp | null): number[] => {
  if (unmarked === null) return [];
  const ends: number[] = [];
  for (let lineStart = 0; lineStart <= f.length; ) {
    const newline = f.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? f.length : newline;
    const last = lastWordChar(f, lineStart, lineEnd);
    lineStart = lineEnd + 1;
    if (last < 0 || !/[a-z0-9]/.test(f[last] ?? '') || /[.!?:;,]/.test(f.slice(last + 1, lineEnd))) continue;
    const { start } = sentenceStart(f, last + 1);
    // Leading hashtags are not part of the question: "#brunch vous êtes plutôt sucré ou salé".
    const sentence = f.slice(start, last + 1).replace(/^(?:#[\w-]+\s+)+/, '');
    if (start <= last && unmarked.test(sentence)) ends.push(last);
  }
  return ends;
};

/** Spans (into the folded text, hence into the original) of the questions that invite answers. */
export const audienceQuestions = (
  f: string,
  p: CompiledQuestionPatterns,
  ctx: QuestionContext,
): Span[] => {
  const spans: Span[] = [];
  const quoted = f.includes('"') ? quotedSpans(f) : [];
  const marks: number[] = [];
  for (let i = f.indexOf('?'); i !== -1; i = f.indexOf('?', i + 1)) {
    if (f[i + 1] !== '?') marks.push(i); // "??" and "???" close one question, at the last mark
  }
  const ends = [...marks, ...unmarkedEnds(f, p.unmarked)].sort((a, b) => a - b);

  for (const i of ends) {
    // "??", "?!?" close one question: its sentence starts before the first mark of the run.
    let first = i;
    while (first > 0 && (f[first - 1] === '?' || f[first - 1] === '!')) first--;
    const { raw, start } = sentenceStart(f, first);
    if (start >= i) continue; // a lone "?" or "…?"
    const question = f.slice(start, i + 1);
    if (insideQuotes(f.slice(raw, i + 1)) || quoted.some((q) => q.start < i && i < q.end)) continue;
    if (test(p.reportedBefore, question)) continue; // "A reader asked: what's…?"

    let next = i + 1;
    while (next < f.length && !WORDY.test(f[next] ?? '') && f[next] !== '\n') next++;
    while (next < f.length && !WORDY.test(f[next] ?? '')) next++;
    let nextEnd = next;
    while (nextEnd < f.length && !isBoundary(f, nextEnd)) nextEnd++;
    const following = f.slice(next, nextEnd + 1);
    if (test(p.reportedAfter, following)) continue; // "…?» nous demande Julie"
    const isLast = !/[a-z0-9]/.test(f.slice(i + 1).replace(/[#@][\w-]+/g, ''));
    const followedByQuestion = f[nextEnd] === '?';
    const genuine = test(p.genuineAfter, following);

    // A short choice, or short options after a colon: « De quelle couleur on repeint la porte : sauge,
    // terracotta ou bleu nuit ? » offers them as much as "Sage, terracotta or navy?".
    const options = question.slice(question.lastIndexOf(':') + 1);
    const choice = [question, options].some((q) => CHOICE.test(q) && wordCount(q) <= 10);
    const callsOnAudience = test(p.audience, question);
    const addressed =
      test(p.secondPerson, question) ||
      test(p.secondPersonAmbiguous, question) ||
      choice ||
      callsOnAudience ||
      test(p.deliberative, question) ||
      genuine ||
      // A "which" question that closes the caption is left for the audience: "Which animal do the kids
      // want to see first?" asks the parents reading it.
      (isLast && test(p.choice, question));
    if (!addressed) continue;
    if (!isLast && test(p.hooks, question)) continue;
    // Answered by a sales call to action in the next sentence: promotional copy, not a conversation
    // ("Looking for a gift? Shop now", "Who else dreams of Christmas markets? Our weekend is open for
    // booking"), unless the question asks the reader to pick ("Which piece are you grabbing first? Shop…").
    const picks = choice || test(p.choice, question);
    if (!isLast && !picks && hasStartIn(ctx.ctaStarts, next, nextEnd + 1)) continue;

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
