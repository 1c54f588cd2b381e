/** The timers `onIdle` uses: `window` in the page, a fake in tests. */
export interface IdleHost {
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

/**
 * Runs `run` in a task of its own once the next frame has painted: a task posted from a frame callback runs
 * after that frame's paint. Work a click leads to (focus, scrolling, the history) then does not delay the
 * frame that shows the click's effect. Returns a function that cancels it. A hidden tab runs no frames.
 * @example afterNextPaint(() => el.focus({ preventScroll: true }));
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
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
