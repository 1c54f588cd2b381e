/**
 * A small router over the History API: the URL says which article is open and what is selected in it,
 * so a link reopens it and Back closes it. Renders on the server from a given URL.
 */
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { afterNextPaint } from './idle';

export type Route =
  { name: 'home' } | { name: 'library' } | { name: 'article'; id: string } | { name: 'not-found'; path: string };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { name: 'home' };
  if (pathname === '/library' || pathname === '/library/') return { name: 'library' };
  const m = /^\/articles\/([^/]+)\/?$/.exec(pathname);
  if (m?.[1]) {
    try {
      return { name: 'article', id: decodeURIComponent(m[1]) };
    } catch {
      return { name: 'not-found', path: pathname };
    }
  }
  return { name: 'not-found', path: pathname };
}

export const articleHref = (id: string): string => `/articles/${encodeURIComponent(id)}/`;

interface LocationValue {
  pathname: string;
  search: string;
}

const NAVIGATE_EVENT = 'gloss:navigate';

/**
 * URLs `navigate` has rendered but not yet written to the session history, oldest first. The page renders the
 * new location at once and writes it after the next paint: inside a click, `pushState` took 0.6–6.7 ms of its
 * task at 4× CPU (median ~3 ms over 7 pages), time the reader waited for the panel or highlight it led to.
 */
let unwritten: { to: string; replace: boolean; url: URL }[] = [];
/** Cancels the writes `navigate` scheduled for the queued URLs (after the next paint, and a timer). */
let cancelScheduledFlush = (): void => undefined;

/** Writes the URLs `navigate` has queued, in order. It runs by itself after the next paint. */
export function flushHistory(): void {
  // Whichever write comes first cancels the other, which would otherwise write a later navigation early.
  cancelScheduledFlush();
  const entries = unwritten;
  unwritten = [];
  for (const { to, replace } of entries) {
    if (replace) window.history.replaceState(null, '', to);
    else window.history.pushState(null, '', to);
  }
}

/**
 * The location the page shows: the last URL navigated to, written to the history or not yet. Every
 * subscribed hook reads it a few times per navigation, so URLs are parsed once, when navigated to: parsed in
 * each read, they took ~5 ms of an entity click under a sampling profiler at 4× CPU.
 */
function currentUrl(): { pathname: string; search: string; href: string } {
  return unwritten.at(-1)?.url ?? window.location;
}

/** The current query, parsed once per query string. */
let parsedQuery = { search: '', params: new URLSearchParams() };
function currentQuery(): URLSearchParams {
  const { search } = currentUrl();
  if (search !== parsedQuery.search) parsedQuery = { search, params: new URLSearchParams(search) };
  return parsedQuery.params;
}

function subscribe(callback: () => void): () => void {
  // Back or Forward moved from the entry the history holds: URLs not yet written after it no longer apply.
  const onPopState = () => {
    cancelScheduledFlush();
    unwritten = [];
    callback();
  };
  window.addEventListener('popstate', onPopState);
  window.addEventListener(NAVIGATE_EVENT, callback);
  return () => {
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener(NAVIGATE_EVENT, callback);
  };
}

const ServerUrlContext = createContext<string>('/');

export function ServerLocation({ url, children }: { url: string; children: ReactNode }) {
  return <ServerUrlContext.Provider value={url}>{children}</ServerUrlContext.Provider>;
}

/** The current location; re-renders on navigation. */
export function useLocation(): LocationValue {
  const serverUrl = useContext(ServerUrlContext);
  const href = useSyncExternalStore(
    subscribe,
    () => {
      const { pathname, search } = currentUrl();
      return pathname + search;
    },
    () => serverUrl,
  );
  return useMemo(() => {
    const url = new URL(href, 'http://gloss.invalid');
    return { pathname: url.pathname, search: url.search };
  }, [href]);
}

/**
 * Just the current path: re-renders when the path changes, not when the query does, so a selection in the
 * URL re-renders the page that reads it (useSearchParam) rather than the whole app.
 */
export function usePathname(): string {
  const serverUrl = useContext(ServerUrlContext);
  return useSyncExternalStore(
    subscribe,
    () => currentUrl().pathname,
    () => new URL(serverUrl, 'http://gloss.invalid').pathname,
  );
}

/**
 * Navigates within the app: renders the new location now and writes it to the history after the next paint
 * (see `unwritten`). `replace` changes the URL without a new history entry; so does a navigation to the URL
 * the page shows, as in browsers (a panel opened twice by one click, answered by React and replayed from
 * the early-clicks recording, made two entries, and Back seemed to do nothing once).
 */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const here = currentUrl().href;
  const url = new URL(to, here);
  unwritten.push({ to, replace: options.replace || url.href === here, url });
  if (unwritten.length === 1) {
    // A hidden tab runs no frames, hence the timer as well; whichever comes first cancels the other.
    const cancelFrame = afterNextPaint(flushHistory);
    const timer = window.setTimeout(flushHistory, 200);
    cancelScheduledFlush = () => {
      cancelFrame();
      window.clearTimeout(timer);
    };
  }
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/**
 * Navigates to the current path with `next` merged into its query (a null value removes its key), from the
 * location the page shows when called: a handler can set a parameter without rendering from the URL.
 */
export function setSearchParams(next: Record<string, string | null>, replace = false): void {
  const { pathname } = currentUrl();
  const merged = new URLSearchParams(currentQuery());
  for (const [key, value] of Object.entries(next)) {
    if (value === null) merged.delete(key);
    else merged.set(key, value);
  }
  const query = merged.toString();
  navigate(`${pathname}${query ? `?${query}` : ''}`, { replace });
}

/**
 * One parameter of the query the page shows now, read once (for a handler: it does not subscribe, so the
 * component that calls it does not render when the parameter changes).
 */
export function getSearchParam(key: string): string | null {
  return currentQuery().get(key);
}

/**
 * One parameter of the current query. Re-renders only when that parameter changes: a component that reads
 * `event` is not rendered when `entity` changes, nor is one that reads `entity` when `event` does.
 */
export function useSearchParam(key: string): string | null {
  const serverUrl = useContext(ServerUrlContext);
  return useSyncExternalStore(
    subscribe,
    () => getSearchParam(key),
    () => new URL(serverUrl, 'http://gloss.invalid').searchParams.get(key),
  );
}

/** An in-app link: a real `<a href>` that navigates without a reload. */
export function Link({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a
      href={href}
      className={className}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
