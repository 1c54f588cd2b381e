import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint, onIdle, type IdleHost } from './idle';

function fakeHost(withIdle: boolean) {
  const host: IdleHost = {
    setTimeout: vi.fn(() => 7),
    clearTimeout: vi.fn(),
    ...(withIdle ? { requestIdleCallback: vi.fn(() => 3), cancelIdleCallback: vi.fn() } : {}),
  };
  return host;
}

describe('onIdle', () => {
  it('asks for an idle period with the given deadline, and cancels that request', () => {
    const host = fakeHost(true);
    const run = () => undefined;
    const cancel = onIdle(run, { timeout: 1500, fallbackMs: 300 }, host);
    expect(host.requestIdleCallback).toHaveBeenCalledWith(run, { timeout: 1500 });
    expect(host.setTimeout).not.toHaveBeenCalled();
    cancel();
    expect(host.cancelIdleCallback).toHaveBeenCalledWith(3);
  });

  it('without requestIdleCallback, waits `fallbackMs` (0 by default), and cancels that timer', () => {
    const host = fakeHost(false);
    const run = () => undefined;
    const cancel = onIdle(run, { timeout: 1500, fallbackMs: 300 }, host);
    expect(host.setTimeout).toHaveBeenCalledWith(run, 300);
    cancel();
    expect(host.clearTimeout).toHaveBeenCalledWith(7);
    onIdle(run, { timeout: 5000 }, host);
    expect(host.setTimeout).toHaveBeenLastCalledWith(run, 0);
  });
});

describe('afterNextPaint', () => {
  it('runs in a task after the next frame, not inside the frame, and can be cancelled', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const run = vi.fn();
    const cancelled = vi.fn();
    afterNextPaint(run);
    const cancel = afterNextPaint(cancelled);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(run).not.toHaveBeenCalled(); // no frame yet
    for (const callback of frames.splice(0)) callback(0);
    expect(run).not.toHaveBeenCalled(); // not inside the frame
    cancel();
    await vi.waitFor(() => expect(run).toHaveBeenCalledOnce());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(cancelled).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
