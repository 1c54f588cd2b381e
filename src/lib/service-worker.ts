/**
 * Registers the offline service worker (issue 8) once the page has nothing better to do: after the
 * `load` event and then an idle period. Registering starts the worker's install, which downloads every
 * precached file; done from the head (the PWA plugin's default script) it competed with the article's first
 * paint and with hydration, and showed up as a long task in Lighthouse.
 */
import { onIdle, type IdleHost } from './idle';

export interface ServiceWorkerHost extends IdleHost {
  readonly navigator: { readonly serviceWorker?: Pick<ServiceWorkerContainer, 'register'> };
  readonly document: Pick<Document, 'readyState'>;
  addEventListener(type: 'load', listener: () => void, options: { once: true }): void;
}

/** Longest wait for an idle period before registering anyway. */
const IDLE_TIMEOUT_MS = 5_000;

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
      const whenIdle = () => void onIdle(resolve, { timeout: IDLE_TIMEOUT_MS }, host);
      if (host.document.readyState === 'complete') whenIdle();
      else host.addEventListener('load', whenIdle, { once: true });
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
