import { describe, expect, it, vi } from 'vitest';
import {
  FALLBACK_WAIT_MS,
  MAX_WAIT_MS,
  QUIET_IDLE_PERIODS,
  registerServiceWorkerWhenIdle,
  type ServiceWorkerHost,
} from './service-worker';

/** A page with a fake load event, idle periods and timers, each run by the test. */
function fakeHost(readyState: DocumentReadyState, options: { idle?: boolean; sw?: boolean } = {}) {
  const register = vi.fn(() => Promise.resolve({ scope: '/' } as ServiceWorkerRegistration));
  const listeners: Array<() => void> = [];
  const idle: Array<(deadline: { timeRemaining: () => number }) => void> = [];
  const timers: Array<{ callback: () => void; ms: number }> = [];
  const host: ServiceWorkerHost = {
    navigator: options.sw === false ? {} : { serviceWorker: { register } },
    document: { readyState },
    addEventListener: (_type, listener) => listeners.push(listener),
    setTimeout: (callback, ms) => timers.push({ callback, ms }),
    ...(options.idle === false ? {} : { requestIdleCallback: (callback) => idle.push(callback) }),
  };
  return {
    host,
    register,
    fireLoad: () => listeners.splice(0).forEach((l) => l()),
    /** Runs the pending idle callback(s), `count` idle periods in turn, each with `msLeft` to spare. */
    idlePeriods: (count: number, msLeft: number) => {
      for (let i = 0; i < count; i++) idle.splice(0).forEach((c) => c({ timeRemaining: () => msLeft }));
    },
    pendingIdle: () => idle.length,
    /** Runs the timers set for `ms`. */
    fireTimers: (ms: number) => timers.filter((t) => t.ms === ms).forEach((t) => t.callback()),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('registerServiceWorkerWhenIdle', () => {
  it('waits for the load event, then for about a second of idle periods with time to spare', async () => {
    const { host, register, fireLoad, idlePeriods } = fakeHost('interactive');
    const done = registerServiceWorkerWhenIdle('/sw.js', host);
    idlePeriods(QUIET_IDLE_PERIODS, 50);
    await flush();
    expect(register).not.toHaveBeenCalled(); // not before the load event
    fireLoad();
    idlePeriods(QUIET_IDLE_PERIODS - 1, 50);
    await flush();
    expect(register).not.toHaveBeenCalled();
    idlePeriods(1, 50);
    await expect(done).resolves.toEqual({ scope: '/' });
    expect(register).toHaveBeenCalledWith('/sw.js');
  });

  it('starts counting again after an idle period squeezed between tasks (the page still busy)', async () => {
    const { host, register, idlePeriods } = fakeHost('complete');
    const done = registerServiceWorkerWhenIdle('/sw.js', host);
    idlePeriods(QUIET_IDLE_PERIODS - 1, 49);
    idlePeriods(1, 4);
    idlePeriods(QUIET_IDLE_PERIODS - 1, 49);
    await flush();
    expect(register).not.toHaveBeenCalled();
    idlePeriods(1, 49);
    await done;
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers after MAX_WAIT_MS on a page that never goes quiet, once, and stops watching', async () => {
    const { host, register, idlePeriods, pendingIdle, fireTimers } = fakeHost('complete');
    const done = registerServiceWorkerWhenIdle('/sw.js', host);
    idlePeriods(100, 10);
    await flush();
    expect(register).not.toHaveBeenCalled();
    fireTimers(MAX_WAIT_MS);
    await done;
    idlePeriods(QUIET_IDLE_PERIODS, 50);
    await flush();
    expect(register).toHaveBeenCalledTimes(1);
    expect(pendingIdle()).toBe(0);
  });

  it('without requestIdleCallback, registers FALLBACK_WAIT_MS after the load event', async () => {
    const { host, register, fireTimers } = fakeHost('complete', { idle: false });
    const done = registerServiceWorkerWhenIdle('/sw.js', host);
    await flush();
    expect(register).not.toHaveBeenCalled();
    fireTimers(FALLBACK_WAIT_MS);
    await done;
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('does nothing in a browser without service workers', () => {
    expect(registerServiceWorkerWhenIdle('/sw.js', fakeHost('complete', { sw: false }).host)).toBeNull();
  });

  it('a failed registration is reported in the console and does not reject', async () => {
    const { host, register, idlePeriods } = fakeHost('complete');
    register.mockRejectedValueOnce(new Error('SecurityError'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const done = registerServiceWorkerWhenIdle('/sw.js', host);
    idlePeriods(QUIET_IDLE_PERIODS, 50);
    await expect(done).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be registered'), expect.any(Error));
  });
});
