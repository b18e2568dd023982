import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Post } from '../../../shared/model/post';
import type { LeaveGate } from './leaveGate';
import { formFromPost, type PostForm } from './postForm';
import { repeatFromRule, type RepeatForm } from './RepeatFields';
import { returnFocus, useOpener, type Place } from './focusReturn';

export type LeaveChoice = 'save' | 'discard' | 'keep';

type Options = {
  /** The app's gate, through which anything outside the editor asks before replacing it (absent in tests). */
  gate: LeaveGate | undefined;
  /** What the user edits, as now (compared as JSON). */
  edits: { form: PostForm; repeat: RepeatForm; pickedId: string };
  /**
   * The post the form is based on, null for a new post (then the form as it opened is the reference).
   * It follows the editor's base version, so loading another window's version is not "a change", and
   * a form opened with something not yet stored (the guard's suggested question) is.
   */
  post: Post | null;
  /** The day and time a new post was opened on. */
  date: string;
  time: string | null;
  /** Saves, then runs `then` instead of closing; stays open (errors shown) when the save is refused. */
  save: (then: () => void) => void;
  onClose: () => void;
};

/**
 * Leaving an editor with unsaved changes asks first: Save, Discard or Keep editing. With no changes,
 * `ask(go)` runs `go` at once. Used for the editor's own Escape and close button and, through the
 * gate, for everything that would replace or close it from outside.
 */
export const useLeaveGuard = ({ gate, edits, post, date, time, save, onClose }: Options) => {
  const now = JSON.stringify(edits);
  const [opened] = useState(now);
  const stored = post && { form: formFromPost(post), repeat: repeatFromRule(post.series?.rule ?? null, post.date ?? date), pickedId: edits.pickedId };
  const dirty = now !== (stored ? JSON.stringify(stored) : opened);
  // Where the post was, for focus to go back to.
  const from = { postId: post?.id ?? null, day: post?.date ?? date, time: post?.time ?? time };
  // `back`: where the user was in the form, to return there after "Keep editing" (or a refused save).
  const [pending, setPending] = useState<{ go: () => void; back: HTMLElement | null } | null>(null);
  const latest = useRef({ dirty, save });
  useLayoutEffect(() => {
    latest.current = { dirty, save };
  });

  const ask = useCallback((go: () => void) => {
    if (!latest.current.dirty) {
      go();
      return;
    }
    const active = document.activeElement;
    setPending({ go, back: active instanceof HTMLElement && active.closest('.editor') ? active : null });
  }, []);

  useEffect(() => gate?.register(ask), [gate, ask]);

  /** The prompt has closed its dialog (so the editor is no longer inert) before calling this. */
  const choose = (choice: LeaveChoice) => {
    if (!pending) return;
    setPending(null);
    if (choice === 'discard') {
      pending.go();
      return;
    }
    (pending.back ?? document.querySelector<HTMLElement>('.editor input, .editor textarea'))?.focus();
    if (choice === 'save') latest.current.save(pending.go);
  };

  const opener = useOpener();
  /**
   * Closes, focus back on the post's card (`postId`: null for a new or deleted post), else on the
   * first of `places` on screen (where it was saved to), else where it was, else on what opened it.
   */
  const close = (postId: string | null = from.postId, ...places: Place[]) => {
    onClose();
    returnFocus({ postId, places: [...places, { day: from.day, time: from.time }] }, opener);
  };

  return { dirty, ask, close, asking: pending !== null, choose };
};
