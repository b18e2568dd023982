import { fireEvent, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { returnFocus as follow } from '../../../renderer/features/editor/focusReturn';

// The calendar as the editor leaves it: days with their "Add a post" buttons and cards.
const calendar = (html: string) => {
  document.body.innerHTML = `<main class="main">${html}</main><button id="elsewhere">Elsewhere</button>`;
};
const el = (selector: string) => document.querySelector<HTMLElement>(selector)!;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Each test's follow stops with it (it would otherwise go on for a moment in the next test's page).
const following: Array<() => void> = [];
const returnFocus = (...args: Parameters<typeof follow>) => following.push(follow(...args));
afterEach(() => {
  following.splice(0).forEach((stop) => stop());
  document.body.innerHTML = '';
});

describe('returnFocus', () => {
  it('puts focus on the post’s card, wherever it is on screen', async () => {
    calendar(`
      <div data-day="2026-11-24"><button class="day-add"></button><button class="post-card" data-post-id="p1"></button></div>
      <div data-day="2026-11-25"><button class="day-add"></button><button class="post-card" data-post-id="p2"></button></div>`);
    returnFocus({ postId: 'p2', places: [{ day: '2026-11-24', time: null }] }, null);
    await waitFor(() => expect(el('[data-post-id="p2"]')).toHaveFocus());
  });

  it('a new or deleted post: the day’s "Add a post" (the week’s slot at its time), not <body>', async () => {
    calendar(`
      <div data-day="2026-11-24"><button class="day-add"></button></div>
      <div data-day="2026-11-25"><button class="day-add"></button></div>`);
    returnFocus({ postId: null, places: [{ day: '2026-11-25', time: null }] }, null);
    await waitFor(() => expect(el('[data-day="2026-11-25"] .day-add')).toHaveFocus());

    calendar(`
      <div data-day="2026-11-24"><button data-add-slot="2026-11-24Tuntimed"></button></div>
      <div data-day="2026-11-24"><button data-add-slot="2026-11-24T09:00"></button><button data-add-slot="2026-11-24T09:30"></button></div>`);
    returnFocus({ postId: null, places: [{ day: '2026-11-24', time: '09:30' }] }, null);
    await waitFor(() => expect(el('[data-add-slot="2026-11-24T09:30"]')).toHaveFocus());
  });

  it('a card not on screen (behind "+N more", or moved to another month): the first day on screen', async () => {
    calendar(`<div data-day="2026-11-24"><button class="day-add"></button><button class="day-more"></button></div>`);
    returnFocus({ postId: 'hidden', places: [{ day: '2027-01-10', time: null }, { day: '2026-11-24', time: null }] }, null);
    await waitFor(() => expect(el('.day-add')).toHaveFocus());
  });

  it('follows the card when the calendar redraws after a save (its old button reused for another post)', async () => {
    calendar(`
      <div data-day="2026-11-24"><button class="day-add"></button><button class="post-card" data-post-id="moved"></button></div>
      <div data-day="2026-11-26"><button class="day-add"></button><ul></ul></div>`);
    returnFocus({ postId: 'moved', places: [{ day: '2026-11-26', time: null }] }, null);
    const stale = el('[data-post-id="moved"]');
    await waitFor(() => expect(stale).toHaveFocus());
    // The database answers: the button at the old day now shows another post; the card is on the 26th.
    stale.dataset.postId = 'other';
    el('[data-day="2026-11-26"] ul').innerHTML = '<li><button class="post-card" data-post-id="moved"></button></li>';
    await waitFor(() => expect(el('[data-day="2026-11-26"] [data-post-id="moved"]')).toHaveFocus());
  });

  it('leaves focus alone once the user put it somewhere else', async () => {
    calendar(`<div data-day="2026-11-24"><button class="day-add"></button></div>`);
    returnFocus({ postId: 'late', places: [{ day: '2026-11-24', time: null }] }, null);
    await waitFor(() => expect(el('.day-add')).toHaveFocus());
    el('#elsewhere').focus();
    el('[data-day="2026-11-24"]').insertAdjacentHTML('beforeend', '<button class="post-card" data-post-id="late"></button>');
    await wait(100);
    expect(el('#elsewhere')).toHaveFocus();
  });

  it('stops following once the user presses a key: Space picking the card up keeps it focused', async () => {
    calendar(`<div data-day="2026-11-24"><button class="post-card" data-post-id="p"></button></div>`);
    returnFocus({ postId: 'p', places: [] }, null);
    const picked = el('[data-post-id="p"]');
    await waitFor(() => expect(picked).toHaveFocus());
    fireEvent.keyDown(picked, { key: ' ', code: 'Space' });
    // The drag draws a copy of the card, with the same post id, before it.
    el('.main').insertAdjacentHTML('afterbegin', '<button class="post-card" data-post-id="p" id="copy"></button>');
    await wait(100);
    expect(picked).toHaveFocus();
  });

  it('nothing of the post on screen: back to what opened the editor', async () => {
    calendar(`<div data-day="2026-11-24"><button class="day-add"></button></div>`);
    const opener = el('#elsewhere');
    returnFocus({ postId: 'gone', places: [{ day: '2027-03-01', time: null }] }, opener);
    await waitFor(() => expect(opener).toHaveFocus());
  });
});
