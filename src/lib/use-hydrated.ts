import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/**
 * False on the server and during hydration of a prerendered page, true once React owns the DOM.
 * Controls stay disabled until then, so nothing typed or clicked before hydration is lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}

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
