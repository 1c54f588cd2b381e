/** The timers `onIdle` uses: `window` in the page, a fake in tests. */
export interface IdleHost {
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

/**
 * Runs `run` when the browser is next idle, and after `timeout` ms at the latest; in a browser without
 * requestIdleCallback, after `fallbackMs`. Returns a function that cancels it.
 * @example const cancel = onIdle(preload, { timeout: 1500, fallbackMs: 300 });
 */
export function onIdle(
  run: () => void,
  { timeout, fallbackMs = 0 }: { timeout: number; fallbackMs?: number },
  host: IdleHost = window,
): () => void {
  if (host.requestIdleCallback) {
    const id = host.requestIdleCallback(run, { timeout });
    return () => host.cancelIdleCallback?.(id);
  }
  const id = host.setTimeout(run, fallbackMs);
  return () => host.clearTimeout(id);
}
