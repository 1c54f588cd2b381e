import { hydrate } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { Providers } from './app/providers';
import { afterNextPaint } from './lib/idle';
import { createQueryClient } from './lib/query-client';
import { parseRoute, ServerLocation } from './lib/router';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('Gloss: #root is missing from index.html');

// Must match STATE_ELEMENT_ID in entry-server.tsx (not imported: that module is build-time only).
const stateElement = document.getElementById('gloss-state');
const renderedUrl = stateElement?.dataset.url ?? null;
const client = createQueryClient();

const sameRoute = (a: string, b: string): boolean =>
  JSON.stringify(parseRoute(new URL(a, 'http://gloss.invalid').pathname)) === JSON.stringify(parseRoute(b));

// The build prerenders each page (issue 7). Hydrate only markup rendered for this very route: a fallback
// page served for another URL (the SPA fallback, the service worker's navigateFallback) is replaced.
if (stateElement && renderedUrl !== null && container.firstChild && sameRoute(renderedUrl, window.location.pathname)) {
  // Our own build wrote this JSON a moment ago; hydrate() takes `unknown` and ignores what it can't use.
  hydrate(client, JSON.parse(stateElement.textContent || '{}'));
  // During hydration the router reads the server snapshot, i.e. the URL that was rendered; any search
  // params (a selection) apply in the render right after, so the first client render matches the HTML.
  // As a transition, hydration yields to the browser every few milliseconds instead of blocking it in one
  // long task; and it starts only after the server's markup has been painted (a frame, then a task), so the
  // words appear before any of React's work. Once hydration has begun, a click on a part not yet hydrated is
  // replayed when that part is; before it, links are ordinary links to prerendered pages.
  const start = () =>
    startTransition(() => {
      hydrateRoot(
        container,
        <StrictMode>
          <ServerLocation url={renderedUrl}>
            <Providers client={client}>
              <App />
            </Providers>
          </ServerLocation>
        </StrictMode>,
      );
    });
  afterNextPaint(start);
} else {
  container.replaceChildren();
  createRoot(container).render(
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
    </StrictMode>,
  );
}

// Offline support (issue 8): the build's service worker, registered once the page is loaded and idle. Its
// code is a chunk of its own, out of the first load's budget.
if (import.meta.env.PROD)
  void import('./lib/service-worker').then((m) => m.registerServiceWorkerWhenIdle(`${import.meta.env.BASE_URL}sw.js`));
