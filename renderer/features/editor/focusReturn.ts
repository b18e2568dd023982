import { useState } from 'react';
import { slotKey } from '../week/weekLayout';

/** A day (and time, for the week's slots) focus may go back to. */
export type Place = { day: string | null; time: string | null };
/** Where focus goes when the editor closes: the post's card, else the first of `places` on screen. */
export type FocusTarget = { postId: string | null; places: readonly Place[] };

/** How long the target is followed while the calendar redraws after a save. */
const FOLLOW_MS = 1500;
/** How long the card is looked for before a day stands in for it (the card may be behind "+N more"). */
const CARD_FIRST_MS = 150;

const inMain = (selector: string) => [...document.querySelectorAll<HTMLElement>(`.main ${selector}`)];

const cardOf = (postId: string) => inMain('[data-post-id]').find((el) => el.dataset.postId === postId) ?? null;

/** The day's way to add a post: the week's slot at that time, the month's "Add a post", else something focusable in the day. */
const placeOf = ({ day, time }: Place): HTMLElement | null => {
  if (!day) return null;
  const slot = inMain('[data-add-slot]').find((el) => el.dataset.addSlot === slotKey(day, time));
  if (slot) return slot;
  const cells = inMain('[data-day]').filter((el) => el.dataset.day === day);
  for (const cell of cells) {
    const add = cell.querySelector<HTMLElement>('.day-add, [data-add-slot]');
    if (add) return add;
  }
  for (const cell of cells) {
    const any = cell.querySelector<HTMLElement>('button, [tabindex]');
    if (any) return any;
  }
  return null;
};

/**
 * Puts focus back where the user was rather than on <body> (25 Tab presses away): the post's card,
 * found again by data-post-id, else the day it went to or came from, else what had focus when the
 * editor opened.
 *
 * TRAP: the calendar redraws from the database a few frames after a save. A moved post's card is
 * first found at its old day and then replaced (or its button reused for another post: cards are
 * keyed by place), so the target is followed for a moment, and left alone as soon as the user puts
 * focus anywhere else or, once focus is back, presses a key or the mouse: a card picked up with Space
 * must not be pulled away (a drag draws a copy of the card with the same data-post-id).
 */
export const returnFocus = (target: FocusTarget, opener: Element | null): (() => void) => {
  const start = performance.now();
  let placed: HTMLElement | null = null;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('keydown', acted, true);
    window.removeEventListener('pointerdown', acted, true);
  };
  const acted = () => {
    if (placed) stop();
  };
  window.addEventListener('keydown', acted, true);
  window.addEventListener('pointerdown', acted, true);
  const tick = () => {
    const active = document.activeElement;
    if (active && active !== document.body && active !== placed) return stop();
    const elapsed = performance.now() - start;
    const card = target.postId ? cardOf(target.postId) : null;
    const wanted = card ?? (target.postId && elapsed < CARD_FIRST_MS ? null : firstOf(target.places, opener));
    if (wanted && wanted !== active) {
      wanted.focus();
      placed = wanted;
    }
    if (elapsed < FOLLOW_MS) frame = requestAnimationFrame(tick);
    else stop();
  };
  frame = requestAnimationFrame(tick);
  return stop;
};

const firstOf = (places: readonly Place[], opener: Element | null): HTMLElement | null => {
  for (const place of places) {
    const found = placeOf(place);
    if (found) return found;
  }
  return opener instanceof HTMLElement && opener.isConnected && opener !== document.body ? opener : null;
};

/** The element that had focus when the editor opened (a card, a day, New post…), as a last resort. */
export const useOpener = (): Element | null => {
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  return opener;
};
