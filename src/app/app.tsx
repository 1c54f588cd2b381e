import { lazy, Suspense } from 'react';
import { Link, parseRoute, usePathname } from '../lib/router';
import { ErrorState } from '../lib/ui/error-state';
import { ArticlePage } from './article-page';
import { ErrorBoundary } from './error-boundary';
import { useTheme } from './use-theme';

// Each view loads with its route; the article page is the one most readers arrive on.
const HomePage = lazy(() => import('./home-page').then((m) => ({ default: m.HomePage })));
const LibraryView = lazy(() =>
  import('../features/library/components/library-view').then((m) => ({ default: m.LibraryView })),
);

/** The app shell: where features meet. */
export function App() {
  const pathname = usePathname();
  const route = parseRoute(pathname);
  useTheme();
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:p-2 focus:text-black"
      >
        Skip to content
      </a>
      <header className="print:hidden border-b border-stone-200 bg-white/80 font-sans dark:border-stone-800 dark:bg-stone-900/80">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight">
            Gloss
          </Link>
          <nav aria-label="Main">
            <Link href="/library/" className="rounded-md px-2 py-1 text-sm hover:bg-stone-100 dark:hover:bg-stone-800">
              Library
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" className="px-4">
        <ErrorBoundary resetKey={pathname}>
          <Suspense
            fallback={
              <p role="status" className="py-10 text-center font-sans">
                Loading…
              </p>
            }
          >
            {route.name === 'home' ? <HomePage /> : null}
            {route.name === 'library' ? <LibraryView /> : null}
            {route.name === 'article' ? <ArticlePage id={route.id} /> : null}
            {route.name === 'not-found' ? (
              <ErrorState
                title="Page not found"
                message={`There is nothing at ${route.path}.`}
                action={
                  <Link href="/library/" className="font-sans underline">
                    Back to the library
                  </Link>
                }
              />
            ) : null}
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
