/** Wall-clock times of `runs` calls of `fn`, in milliseconds. */
export function timeRuns(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** The median of the finite values, or NaN when there are none. */
export function median(xs: readonly number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

/** Half the range of the finite values ((max − min) / 2), or NaN when there are none. */
export function spread(xs: readonly number[]): number {
  const s = xs.filter(Number.isFinite);
  return s.length ? (Math.max(...s) - Math.min(...s)) / 2 : NaN;
}
