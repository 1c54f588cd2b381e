/** One row of a benchmark table: a median over runs with its spread, and an optional ratio to a peer. */
export interface BenchRow {
  name: string;
  unit: string;
  median: number;
  /** Half the range (max − min) / 2 over the runs, in `unit`. */
  spread: number;
  ratio?: string;
}
