/**
 * The one module that touches localStorage (habit 8). Reads and writes raw strings; callers validate what
 * they read and say what a failed write means for the reader. A value the browser would not keep (no
 * localStorage, site data blocked, storage full) is held in memory for this page, and reads prefer it:
 * it is newer than whatever localStorage holds.
 */

export type WriteOutcome = { ok: true } | { ok: false; reason: 'unavailable' | 'quota' | 'failed' };

const memory = new Map<string, string | null>();

function storage(): Storage | null {
  try {
    // Accessing localStorage itself throws in some sandboxes and with site data blocked.
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The value under `key`: what this page could not persist, else what localStorage holds, else null. */
export function readItem(key: string): string | null {
  if (memory.has(key)) return memory.get(key) ?? null;
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key` (null removes it); on failure the value is kept in memory for this page. */
export function writeItem(key: string, value: string | null): WriteOutcome {
  const s = storage();
  if (!s) {
    memory.set(key, value);
    return { ok: false, reason: 'unavailable' };
  }
  try {
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
    memory.delete(key);
    return { ok: true };
  } catch (error) {
    memory.set(key, value);
    const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
    return { ok: false, reason: /quota/i.test(name) ? 'quota' : 'failed' };
  }
}

/** Whether a write under `probeKey` survives: false without localStorage or when it refuses writes. */
export function storageIsPersistent(probeKey: string): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(probeKey, '1');
    s.removeItem(probeKey);
    return true;
  } catch {
    return false;
  }
}

/** Calls `listener` when another tab changes `key`. */
export function onOtherTabChange(key: string, listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === key) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => globalThis.removeEventListener?.('storage', onStorage);
}
