import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * TRAP: the app draws the editor keyed by what it edits (a post id, or "new" with a day and time), so
 * opening another post, day or slot REMOUNTS it and the typed text is gone without a word. Anything
 * that replaces or closes the open editor from outside (a click on a card or a day, New post, `n`,
 * search, ideas, the guard, switching client) must go through the gate: the open editor, if it has
 * unsaved changes, asks Save / Discard / Keep editing first. The editor's own Escape and close button
 * ask through the same editor (useLeaveGuard), not through here.
 */
export type LeaveGate = {
  /** Runs `go` now, or once the open editor's user chose Save (and it saved) or Discard; never on Keep editing. */
  request: (go: () => void) => void;
  /** The open editor's question; returns the function that unregisters it. */
  register: (ask: (go: () => void) => void) => () => void;
};

export const createLeaveGate = (): LeaveGate => {
  let ask: ((go: () => void) => void) | null = null;
  return {
    request: (go) => (ask ? ask(go) : go()),
    register: (next) => {
      ask = next;
      return () => {
        if (ask === next) ask = null;
      };
    },
  };
};

/**
 * The editor's target as the app's state, set through the gate. Setting the target the editor already
 * shows (same key: a second click on the card being edited) keeps the editor, and its text, as it is.
 * `setNow` bypasses the gate, for a caller that already went through `gate.request` itself.
 */
export const useGuardedEditor = <T>(keyOf: (target: T) => string) => {
  const [target, setNow] = useState<T | null>(null);
  const [gate] = useState(createLeaveGate);
  const shown = useRef<T | null>(null);
  useLayoutEffect(() => {
    shown.current = target;
  });
  const keyRef = useRef(keyOf);
  const set = useCallback(
    (next: T | null) => {
      const key = (value: T | null) => (value === null ? null : keyRef.current(value));
      if (key(next) === key(shown.current)) setNow(next);
      else gate.request(() => setNow(next));
    },
    [gate],
  );
  return { target, set, setNow, gate };
};
