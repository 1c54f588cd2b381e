import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

// A module apart from ./use-hydrated: only the comment thread, a chunk of its own, uses it, and the first
// page load's JavaScript is at its budget.
/**
 * True only while React hydrates server markup in the browser: the render that must reproduce what the
 * server rendered. False when rendering on the server (in Node, without a window) and in every client
 * render after, or without, hydration.
 */
export function useHydrating(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => false,
    () => typeof window !== 'undefined',
  );
}
