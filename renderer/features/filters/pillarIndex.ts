import { createContext, useContext } from 'react';
import type { PillarIndex } from '../../../shared/filters';

const EMPTY: PillarIndex = new Map();

/**
 * Every client's content pillars by id (pillarIndexOf), given once by the app: the search matches
 * pillar names and the post cards show their pillar's colour without each reading the clients.
 */
export const PillarIndexContext = createContext<PillarIndex>(EMPTY);

export const usePillarIndex = (): PillarIndex => useContext(PillarIndexContext);
