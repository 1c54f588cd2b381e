import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './idle';

/**
 * `value` once a frame has painted since it changed, and null until then (on the first render, `value`
 * itself). The change renders as a transition after that paint: work that follows other work, such as the
 * marks of an entity after its panel's lists, lands in a frame of its own instead of making one frame longer.
 * @example const marked = useAfterPaint(listsShown ? entity.id : null);
 */
export function useAfterPaint<T>(value: T): T | null {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (!Object.is(painted, value)) return afterNextPaint(() => startTransition(() => setPainted(value)));
  }, [painted, value]);
  return Object.is(painted, value) ? value : null;
}
