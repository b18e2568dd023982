import { createContext, useContext } from 'react';
import type { Day } from '../../../shared/dates';
import type { Proposal } from '../../../shared/planner/types';

export type PlanGhosts = {
  /** The proposals still waiting for the user (not accepted, not rejected), by day. */
  byDay: ReadonlyMap<Day, readonly Proposal[]>;
  /** Shows a proposal in the planning panel (a ghost card was clicked). */
  select: (id: string) => void;
};

const Ctx = createContext<PlanGhosts | null>(null);

/** The planner's proposals, drawn as ghost cards by the calendar's views; null when nothing is proposed. */
export const PlanGhostsProvider = Ctx.Provider;

export const usePlanGhosts = (): PlanGhosts | null => useContext(Ctx);
