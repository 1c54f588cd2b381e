/**
 * Registers the offline service worker (issue 8) once the page has nothing better to do. Registering starts
 * the worker's install, which downloads and stores every precached file (~1.8 MB, the analysis worker most
 * of it): work on threads of its own, but in the page's process, on the same cores. Done from the head (the
 * PWA plugin's default script) it competed with the article's first paint; done at the first idle period
 * after the load event, it ran beside hydration: in Lighthouse's traces the worker's thread used 425–480 ms
 * of CPU in the 2 s after the first paint, more than the page's main thread, whose tasks then took ~2× their
 * CPU time. So the install waits until the page has been quiet for a while: idle periods with time to
 * spare, back to back, about a second of them.
 */

export interface ServiceWorkerHost {
  readonly navigator: { readonly serviceWorker?: Pick<ServiceWorkerContainer, 'register'> };
  readonly document: Pick<Document, 'readyState'>;
  addEventListener(type: 'load', listener: () => void, options: { once: true }): void;
  requestIdleCallback?: (callback: (deadline: Pick<IdleDeadline, 'timeRemaining'>) => void) => number;
  setTimeout(callback: () => void, ms: number): number;
}

/** An idle period with this much time left: the browser had nothing else to do (the most it gives is 50). */
const FREE_MS = 40;
/** Free idle periods in a row that make the page quiet: about a second (each lasts up to 50 ms). */
export const QUIET_IDLE_PERIODS = 20;
/** Longest wait for quiet after the load event (a page that keeps busy, a background tab). */
export const MAX_WAIT_MS = 20_000;
/** The wait in a browser without requestIdleCallback. */
export const FALLBACK_WAIT_MS = 5_000;

/** Calls `run` once the page has been quiet (see above), or after MAX_WAIT_MS. */
function whenQuiet(host: ServiceWorkerHost, run: () => void): void {
  const idle = host.requestIdleCallback;
  if (!idle) {
    host.setTimeout(run, FALLBACK_WAIT_MS);
    return;
  }
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    run();
  };
  host.setTimeout(finish, MAX_WAIT_MS);
  let free = 0;
  const check = (deadline: Pick<IdleDeadline, 'timeRemaining'>) => {
    if (done) return;
    free = deadline.timeRemaining() >= FREE_MS ? free + 1 : 0;
    if (free >= QUIET_IDLE_PERIODS) finish();
    else idle.call(host, check);
  };
  idle.call(host, check);
}

/**
 * @returns a promise for the registration, or null when the browser has no service workers.
 * @example registerServiceWorkerWhenIdle('/sw.js')
 */
export function registerServiceWorkerWhenIdle(
  url: string,
  host: ServiceWorkerHost = window,
): Promise<ServiceWorkerRegistration | undefined> | null {
  const container = host.navigator.serviceWorker;
  if (!container) return null;
  return (
    new Promise<void>((resolve) => {
      if (host.document.readyState === 'complete') whenQuiet(host, resolve);
      else host.addEventListener('load', () => whenQuiet(host, resolve), { once: true });
    })
      // The default scope, the script's own directory: '/' for '/sw.js', and right under any other base.
      .then(() => container.register(url))
      .catch((error: unknown) => {
        // Offline support is an extra: the page works without it. Say why in the console and go on.
        console.warn('Gloss: the offline service worker could not be registered', error);
        return undefined;
      })
  );
}
