import { useEffect, useRef } from 'react';

export type ShortcutId = 'newPost' | 'today' | 'next' | 'previous' | 'month' | 'week' | 'agenda' | 'grid' | 'search' | 'backlog' | 'guard' | 'plan' | 'help';

/** Single keys, as in most calendars; Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z are handled by the history. */
export const SHORTCUT_KEYS: Record<ShortcutId, string[]> = {
  newPost: ['n', 'c'],
  today: ['t'],
  next: ['j', 'PageDown'],
  previous: ['k', 'PageUp'],
  month: ['m'],
  week: ['w'],
  agenda: ['a'],
  grid: ['i'],
  search: ['/'],
  backlog: ['b'],
  guard: ['g'],
  plan: ['p'],
  help: ['?'],
};

/** Inputs that take no typed text; every other type (text, search, date, time, number…) does. */
const NON_TEXT_INPUTS = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'];
const TEXT_ROLES = '[contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="searchbox"], [role="spinbutton"]';

/**
 * Whether a key pressed on `target` is typing: a text field, a text area, a select (letters pick an
 * option), anything editable. Single-key shortcuts (n, g, b…) and the calendar's own keys stay quiet there.
 */
export const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  // jsdom has no isContentEditable; an element inside an editable one is editable too.
  if (target.closest(TEXT_ROLES)) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.includes(target.type);
};

/**
 * Global single-key shortcuts. They stay quiet while the user types in a field, while a modal dialog
 * is open, and with a modifier held (Ctrl+T belongs to the browser), so they never steal a keystroke.
 */
export const useShortcuts = (handlers: Partial<Record<ShortcutId, () => void>>) => {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.isComposing) return;
      // The focused element too: a key sent to the page while a field has focus is still typing.
      if (isTyping(event.target) || isTyping(document.activeElement) || document.querySelector('dialog[open]')) return;
      const id = (Object.keys(SHORTCUT_KEYS) as ShortcutId[]).find((key) => SHORTCUT_KEYS[key].includes(event.key));
      const handler = id ? latest.current[id] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
};
