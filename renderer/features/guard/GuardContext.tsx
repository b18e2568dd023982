import { createContext, useCallback, useContext, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { GuardRules } from '../../../shared/analysis/rules';
import type { PeriodMix } from '../../../shared/analysis/types';

export type GuardData = {
  /** Ids of posts that are part of a promotional streak, for the badge on their cards. */
  streaks: ReadonlySet<string>;
  /** Each week's mix, by the week's first day. */
  weeks: ReadonlyMap<string, PeriodMix>;
  rules: GuardRules;
};

// PERF (see bench/README.md): the guard's result changes on every drop and edit. Handed to the cards
// through a context, it re-rendered EVERY card of the month each time (a third of a drop's work);
// cards read their own streak flag from a store instead, and only those whose flag changed redraw.
type Store = { current: GuardData | null; listeners: Set<() => void>; set: (value: GuardData | null) => void };

const createStore = (value: GuardData | null): Store => {
  const store: Store = {
    current: value,
    listeners: new Set(),
    set: (next) => {
      store.current = next;
    },
  };
  return store;
};

const DataContext = createContext<GuardData | null>(null);
const StoreContext = createContext<Store>(createStore(null));

const GuardProvider = ({ value, children }: { value: GuardData | null; children?: ReactNode }) => {
  const [store] = useState(() => createStore(value));
  // Set during render (idempotent), so the cards drawn in this same render read the new value; the
  // others are told after it, before the frame is painted, and redraw only if their own flag changed.
  store.set(value);
  useLayoutEffect(() => {
    for (const listener of [...store.listeners]) listener();
  }, [store, value]);
  return (
    <StoreContext.Provider value={store}>
      <DataContext.Provider value={value}>{children}</DataContext.Provider>
    </StoreContext.Provider>
  );
};

/** What the guard found, for the calendar's cards and week bars; null where no guard runs (All clients). */
export const GuardContext = { Provider: GuardProvider };

export const useGuardData = (): GuardData | null => useContext(DataContext);

export const useInStreak = (postId: string): boolean => {
  const store = useContext(StoreContext);
  const subscribe = useCallback(
    (listener: () => void) => {
      store.listeners.add(listener);
      return () => void store.listeners.delete(listener);
    },
    [store],
  );
  return useSyncExternalStore(subscribe, () => store.current?.streaks.has(postId) ?? false);
};
