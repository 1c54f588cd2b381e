import { useHydrated } from '../../../lib/use-hydrated';

/**
 * A thin bar at the top that fills as the reader goes through the article: render it inside the element
 * marked `data-reading-timeline`, whose child <article> is the timeline. CSS draws it (index.css): a
 * scroll-driven animation that the compositor runs, so no script runs while the reader scrolls. It was a
 * scroll listener that measured the body and rendered on every frame, which made each scrolling frame of a
 * long article a long task.
 * It is decorative: it shows the scroll position, which assistive technology already gives.
 */
export function ReadingProgress() {
  // Rendered once the app has started, not in the prerendered page: there, its animation cost the first
  // paint a frame of its own (traced at 4×, 11 loads each: two frames before the largest paint, not one).
  const started = useHydrated();
  if (!started) return null;
  return (
    <div aria-hidden="true" className="pointer-events-none fixed inset-x-0 top-0 z-50 h-1 print:hidden">
      <div data-reading-progress="" className="h-full origin-left bg-sky-600 dark:bg-sky-400" />
    </div>
  );
}
