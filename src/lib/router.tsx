/**
 * A small router over the History API: the URL says which article is open and what is selected in it,
 * so a link reopens it and Back closes it. Renders on the server from a given URL.
 */
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';

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

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATE_EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
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
    () => window.location.pathname + window.location.search,
    () => serverUrl,
  );
  return useMemo(() => {
    const url = new URL(href, 'http://gloss.invalid');
    return { pathname: url.pathname, search: url.search };
  }, [href]);
}

/**
 * Just the current path: re-renders when the path changes, not when the query does, so a selection in the
 * URL re-renders the page that reads it (useSearchParams) rather than the whole app.
 */
export function usePathname(): string {
  const serverUrl = useContext(ServerUrlContext);
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => new URL(serverUrl, 'http://gloss.invalid').pathname,
  );
}

/** Navigates within the app. `replace` changes the URL without a new history entry. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Search params of the current URL, and a setter that pushes (or replaces) a new entry. */
export function useSearchParams(): [URLSearchParams, (next: Record<string, string | null>, replace?: boolean) => void] {
  const { pathname, search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback(
    (next: Record<string, string | null>, replace = false) => {
      const merged = new URLSearchParams(search);
      for (const [key, value] of Object.entries(next)) {
        if (value === null) merged.delete(key);
        else merged.set(key, value);
      }
      const query = merged.toString();
      navigate(`${pathname}${query ? `?${query}` : ''}`, { replace });
    },
    [pathname, search],
  );
  return [params, update];
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
