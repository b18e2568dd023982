import { useEffect, useRef } from 'react';

export type ShortcutId = 'newPost' | 'today' | 'next' | 'previous' | 'month' | 'week' | 'agenda' | 'search' | 'backlog' | 'guard' | 'help';

/** Single keys, as in most calendars; Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z are handled by the history. */
export const SHORTCUT_KEYS: Record<ShortcutId, string[]> = {
  newPost: ['n', 'c'],
  today: ['t'],
  next: ['j', 'PageDown'],
  previous: ['k', 'PageUp'],
  month: ['m'],
  week: ['w'],
  agenda: ['a'],
  search: ['/'],
  backlog: ['b'],
  guard: ['g'],
  help: ['?'],
};

const NON_TEXT_INPUTS = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'];

const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
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
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
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
