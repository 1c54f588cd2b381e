import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function whose identity never changes but which always calls the latest `fn`: handlers passed to
 * memoised children (the article text, the comments, the timeline) so that a URL change re-renders only
 * what shows it. For event handlers only: calling it during render would see the previous render's `fn`.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  // Insertion effects run before layout effects and before any event can reach the committed tree.
  useInsertionEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
