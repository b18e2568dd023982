type HolidaysModule = typeof import('../../../shared/holidays');

// PERF: date-holidays' data is ~2 MB of rules for 200 countries, and nothing draws the calendar with
// it: loaded the first time a client with a country is shown or planned, not at start.
let loading: Promise<HolidaysModule> | null = null;
export const loadHolidays = (): Promise<HolidaysModule> => (loading ??= import('../../../shared/holidays'));
