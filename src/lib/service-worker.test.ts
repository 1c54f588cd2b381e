import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorkerWhenIdle, type ServiceWorkerHost } from './service-worker';

function fakeHost(readyState: DocumentReadyState, options: { idle?: boolean; sw?: boolean } = {}) {
  const register = vi.fn(() => Promise.resolve({ scope: '/' } as ServiceWorkerRegistration));
  const listeners: Array<() => void> = [];
  const idle: Array<() => void> = [];
  const host: ServiceWorkerHost = {
    navigator: options.sw === false ? {} : { serviceWorker: { register } },
    document: { readyState },
    addEventListener: (_type, listener) => listeners.push(listener),
    setTimeout: (callback) => idle.push(callback),
    clearTimeout: () => undefined,
    ...(options.idle === false ? {} : { requestIdleCallback: (callback: () => void) => idle.push(callback) }),
  };
  return {
    host,
    register,
    fireLoad: () => listeners.splice(0).forEach((l) => l()),
    runIdle: () => idle.splice(0).forEach((c) => c()),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('registerServiceWorkerWhenIdle', () => {
  it('waits for the load event and then an idle period before registering', async () => {
    const { host, register, fireLoad, runIdle } = fakeHost('interactive');
    const done = registerServiceWorkerWhenIdle('/sw.js', host);
    runIdle();
    await flush();
    expect(register).not.toHaveBeenCalled();
    fireLoad();
    await flush();
    expect(register).not.toHaveBeenCalled();
    runIdle();
    await expect(done).resolves.toEqual({ scope: '/' });
    expect(register).toHaveBeenCalledWith('/sw.js');
  });

  it('on a page already loaded, registers at the next idle period, or the next task without requestIdleCallback', async () => {
    for (const idle of [true, false]) {
      const { host, register, runIdle } = fakeHost('complete', { idle });
      const done = registerServiceWorkerWhenIdle('/sw.js', host);
      await flush();
      expect(register).not.toHaveBeenCalled();
      runIdle();
      await done;
      expect(register).toHaveBeenCalledTimes(1);
    }
  });

  it('does nothing in a browser without service workers', () => {
    expect(registerServiceWorkerWhenIdle('/sw.js', fakeHost('complete', { sw: false }).host)).toBeNull();
  });

  it('a failed registration is reported in the console and does not reject', async () => {
    const { host, register, runIdle } = fakeHost('complete');
    register.mockRejectedValueOnce(new Error('SecurityError'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const done = registerServiceWorkerWhenIdle('/sw.js', host);
    runIdle();
    await expect(done).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be registered'), expect.any(Error));
  });
});
