import { afterEach, describe, expect, it, vi } from 'vitest';
import { onOtherTabChange, readItem, storageIsPersistent, writeItem } from './local-storage';

const quotaError = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  // A successful write clears what a failed one left in memory.
  writeItem('gloss:test:v1', null);
});

describe('local-storage: the one module that touches localStorage', () => {
  it('writes, reads and removes a value', () => {
    expect(writeItem('gloss:test:v1', 'a')).toEqual({ ok: true });
    expect(localStorage.getItem('gloss:test:v1')).toBe('a');
    expect(readItem('gloss:test:v1')).toBe('a');
    expect(writeItem('gloss:test:v1', null)).toEqual({ ok: true });
    expect(readItem('gloss:test:v1')).toBeNull();
  });

  it('keeps a value the browser refused (storage full) for this page, and says why', () => {
    localStorage.setItem('gloss:test:v1', 'old');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaError();
    });
    expect(writeItem('gloss:test:v1', 'new')).toEqual({ ok: false, reason: 'quota' });
    expect(readItem('gloss:test:v1')).toBe('new'); // newer than what localStorage holds
    expect(storageIsPersistent('gloss:test:probe')).toBe(false);
  });

  it('reports any other failure as failed, not as full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    expect(writeItem('gloss:test:v1', 'x')).toEqual({ ok: false, reason: 'failed' });
  });

  it('works in memory when localStorage cannot even be reached', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(writeItem('gloss:test:v1', 'kept')).toEqual({ ok: false, reason: 'unavailable' });
    expect(readItem('gloss:test:v1')).toBe('kept');
    expect(storageIsPersistent('gloss:test:probe')).toBe(false);
  });

  it('tells about changes made in another tab to its key only', () => {
    const listener = vi.fn();
    const stop = onOtherTabChange('gloss:test:v1', listener);
    window.dispatchEvent(new StorageEvent('storage', { key: 'gloss:other:v1' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'gloss:test:v1' }));
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: 'gloss:test:v1' }));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
