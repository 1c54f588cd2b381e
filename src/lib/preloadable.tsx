/**
 * A component whose code loads on demand, like `React.lazy`, but that renders in the same commit once its
 * chunk has arrived. React.lazy suspends on its first render even when the module is already in memory
 * (its factory runs only then), and a boundary that shows its fallback after the page has appeared
 * reveals its content only after React's 300 ms fallback throttle: a click on a preloaded panel took
 * ~450 ms to paint.
 */
import { lazy, useState, type ComponentType, type JSX } from 'react';

export interface Preloadable<P extends object> {
  /** Renders the component; suspends (to the nearest boundary) only while its chunk is loading. */
  Component: (props: P) => JSX.Element;
  /** Starts loading the chunk; safe to call any number of times. A failed load is retried on the next call. */
  preload: () => Promise<ComponentType<P>>;
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // a later render or preload tries again
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P): JSX.Element {
    // Chosen once per mount, so an instance never switches between the two (which would remount it):
    // the module itself when it is already here, else the lazy wrapper, which suspends until it is.
    const [Direct] = useState(() => loaded);
    return Direct ? <Direct {...props} /> : <Lazy {...props} />;
  }
  return { Component, preload };
}
