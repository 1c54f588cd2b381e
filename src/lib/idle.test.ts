import { describe, expect, it, vi } from 'vitest';
import { onIdle, type IdleHost } from './idle';

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
