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
