import { useEffect, useRef } from 'react';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';
import { appendQuestion, suggestedQuestion, type AppendedQuestion } from '../../../shared/analysis/questionSuggestions';
import type { PostForm } from './postForm';

/**
 * The guard's "Turn into a question" fix opens the editor with a question appended to the caption
 * and selected, for the user to edit; nothing is stored until they save. The post then counts as
 * inviting only if the saved caption is detected as inviting, never because a fix said so.
 *
 * TRAP (focus order): the editor focuses its title in an effect on open. `useSelectSuggestion` must be
 * called AFTER that effect in the component: effects run in the order they are declared, and the last
 * one to focus wins.
 */

/** The post's caption with the question for its format, in the client's language, appended. */
export const questionFor = (post: Post, client: Client | null): AppendedQuestion =>
  appendQuestion(post.caption, suggestedQuestion({ format: post.format, language: client?.language ?? 'en', brand: client?.name ?? null }));

/**
 * The form with the suggested question. Participation follows detection again: the user asked for a
 * question, so a "not inviting" set by hand earlier (or by an old row's default) must not hide it.
 */
export const withQuestion = (form: PostForm, question: AppendedQuestion | null): PostForm =>
  question ? { ...form, caption: question.caption, participationSource: 'auto' } : form;

/** Focuses the caption with the suggested question selected (and scrolled into view), once, on open. */
export const useSelectSuggestion = (question: AppendedQuestion | null) => {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const area = ref.current;
    if (!question || !area) return;
    area.focus();
    area.setSelectionRange(question.start, question.end);
    area.scrollTop = area.scrollHeight;
    // On open only: the question is the one the editor opened with, and later typing moves the cursor.
  }, [question]);
  return ref;
};
