import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manualFrames } from '../../tests/fixtures/manual-frames';
import { useAfterPaint } from './use-after-paint';

afterEach(() => vi.unstubAllGlobals());

describe('useAfterPaint', () => {
  it('starts with the value, and shows a new value only after a frame has painted (null until then)', async () => {
    const { paint } = manualFrames();
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), {
      initialProps: { value: 'a' as string | null },
    });
    expect(result.current).toBe('a');

    rerender({ value: 'b' });
    expect(result.current).toBeNull();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current).toBeNull(); // no frame has painted yet
    await paint();
    expect(result.current).toBe('b');
  });

  it('a value that changes again before the paint shows only the last one', async () => {
    const { paint } = manualFrames();
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: 1 } });
    rerender({ value: 2 });
    rerender({ value: 3 });
    expect(result.current).toBeNull();
    await paint();
    expect(result.current).toBe(3);
    // Back to the value shown: nothing to wait for.
    rerender({ value: 3 });
    expect(result.current).toBe(3);
  });
});
