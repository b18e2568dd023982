/** Medians and the shape every measured figure takes in latest.json. */
export type Figure = { median: number; min: number; max: number; runs: number[] };

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const round = (value: number) => Math.round(value * 10) / 10;

export const figure = (values: readonly number[]): Figure => ({
  median: round(median(values)),
  min: round(Math.min(...values)),
  max: round(Math.max(...values)),
  runs: values.map(round),
});

/** Runs `work` `warmup` times unmeasured, then `runs` times; the durations in ms. */
export const timeRuns = (work: () => unknown, runs: number, warmup = 1): number[] => {
  for (let i = 0; i < warmup; i++) work();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    out.push(performance.now() - t0);
  }
  return out;
};
