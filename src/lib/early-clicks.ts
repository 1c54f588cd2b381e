/**
 * Clicks that land before the app has started. A prerendered page shows its buttons (mentions, timeline
 * events, toolbar) a moment before its code runs; an inline script in the page (prerender plugin, EARLY_CLICKS_SCRIPT)
 * records which buttons were clicked, and each part of the app replays those inside it once it has taken
 * over its markup, so a reader's first tap is answered late rather than lost.
 */

declare global {
  interface Window {
    /** Set by the page's inline script: returns the buttons clicked so far and stops recording. */
    __glossEarlyClicks?: () => HTMLElement[];
  }
}

/** The inline script, as it goes into each prerendered page's head (classic, so it runs before the body). */
export const EARLY_CLICKS_SCRIPT =
  '(()=>{const q=[],c=e=>{const b=e.target instanceof Element&&e.target.closest("button");b&&q.push(b)};' +
  'addEventListener("click",c,!0);window.__glossEarlyClicks=()=>(removeEventListener("click",c,!0),q.splice(0))})()';

let pending: HTMLElement[] | null = null;

/**
 * Replays, in order, the recorded clicks on buttons inside `within`, once each. The first call stops the
 * recording (the app has started); buttons in parts that hydrate later (the lazily loaded timeline) wait
 * for that part's own call. Returns how many clicks will be replayed: they are, in a microtask. Callers ask
 * from an effect, inside React's commit, and a click on a block of text React has not hydrated yet (each
 * is a Suspense boundary) needs React to hydrate it at once, which it cannot do from inside its commit: the
 * click would be dropped.
 */
export function replayEarlyClicks(within: Element | null): number {
  if (!within) return 0;
  pending ??= window.__glossEarlyClicks?.() ?? [];
  const mine = pending.filter((button) => within.contains(button));
  pending = pending.filter((button) => !within.contains(button));
  queueMicrotask(() => mine.forEach((button) => button.click()));
  return mine.length;
}
