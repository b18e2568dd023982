/** Insights: per-post metrics, the participation lift and its breakdowns, and the results import. */
export * from './metrics';
export * from './stats';
export * from './lift';
export * from './resultsCsv';
export { normaliseLink } from './matchResults';
export { inferDayOrder, parseCount, parseResultDate } from './resultsCells';
export type { CountCell, DateCell } from './resultsCells';
