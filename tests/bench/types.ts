/** One row of a benchmark table: a median over runs with its spread, and an optional ratio to a peer. */
export interface BenchRow {
  name: string;
  unit: string;
  median: number;
  /** Half the range (max − min) / 2 over the runs, in `unit`. */
  spread: number;
  ratio?: string;
}

/** A row for something not measured, with the reason in its note ("skipped: …", "n/a: …"). */
export const absent = (name: string, why: string): BenchRow => ({
  name,
  unit: '',
  median: NaN,
  spread: NaN,
  ratio: why,
});
