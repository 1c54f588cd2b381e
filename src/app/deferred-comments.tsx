import { lazy, memo, Suspense, useEffect, useRef } from 'react';
import type { CommentsSlotProps } from './comments-slot';

let want = () => {};
/** Settles once the thread is wanted; at once on the server, which prerenders it. */
const wanted: Promise<void> = import.meta.env.SSR ? Promise.resolve() : new Promise((resolve) => (want = resolve));
const CommentsSlot = lazy(() =>
  wanted.then(() => import('./comments-slot')).then((m) => ({ default: m.CommentsSlot })),
);

/**
 * The comment thread under the article, loaded and hydrated only when it is wanted: when it comes within
 * one and a half screens of view, when the reader selects text in the article (to comment on a passage) or
 * asks to comment from a panel. Until then its prerendered markup stays as it is (a suspended lazy part
 * leaves the server's HTML in place). Loading and rendering the thread during start-up was most of the
 * page's blocking time in Lighthouse (median 202 → 59 ms without it).
 */
export const DeferredComments = memo(function DeferredComments(props: CommentsSlotProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.pendingAnchor) want();
  }, [props.pendingAnchor]);
  useEffect(() => {
    const el = container.current;
    if (!el || typeof IntersectionObserver === 'undefined') return want();
    const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), {
      rootMargin: '0px 0px 150% 0px',
    });
    near.observe(el);
    // The article body's selector is written out, not imported from comments/lib/selection-offsets
    // (ARTICLE_TEXT_SELECTOR): importing it moves that module into the first load (+0.5 kB gzip, over budget).
    const onSelect = () => {
      const s = document.getSelection();
      const node = s && !s.isCollapsed ? s.anchorNode : null;
      if ((node instanceof Element ? node : node?.parentElement)?.closest('[data-article-text]')) want();
    };
    onSelect(); // a selection made before the page was hydrated
    document.addEventListener('selectionchange', onSelect);
    const stop = () => {
      near.disconnect();
      document.removeEventListener('selectionchange', onSelect);
    };
    void wanted.then(stop);
    return stop;
  }, []);
  return (
    <div ref={container} className="print:hidden">
      <Suspense fallback={null}>
        <CommentsSlot {...props} />
      </Suspense>
    </div>
  );
});
