/**
 * A thin promise layer over IndexedDB: opening a database with its upgrades, one request, one transaction.
 * The stores need little more, and a library for it (Dexie: ~30 kB gzip) was the largest script an
 * article page evaluated after React, a long task near the end of start-up.
 *
 * Versions are written as Dexie numbered them (its version n is IndexedDB version n × 10), so databases
 * written by earlier builds, which used Dexie, open and upgrade as before.
 */

/** Resolves with a request's result, rejects with its error. */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  const result = new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new DOMException('The request failed.', 'UnknownError'));
  });
  // A request nobody awaits any more (its transaction failed on another one, which is what gets reported)
  // must not surface as an unhandled rejection. Whoever awaits it still gets the error.
  result.catch(() => undefined);
  return result;
}

/** Resolves when the transaction commits; rejects when it aborts. */
function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
  });
}

/**
 * Runs `body` in one transaction on `storeName` and resolves with its result once the transaction has
 * committed. `body` may await requests of this transaction only (anything else lets it commit early).
 * If `body` throws, the transaction is aborted: none of its writes land.
 */
export async function inTransaction<T>(
  db: IDBDatabase,
  storeName: string,
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(storeName, mode);
  const done = transactionDone(tx);
  let result: T;
  try {
    result = await body(tx.objectStore(storeName));
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished (committed or aborted): nothing left to undo.
    }
    done.catch(() => undefined);
    throw error;
  }
  await done;
  return result;
}

/** Dexie's version n, as IndexedDB stores it. */
export const dexieVersion = (n: number): number => n * 10;

export interface DatabaseSpec {
  name: string;
  /** The IndexedDB version this code writes (see `dexieVersion`). */
  version: number;
  /** Object stores this code needs. A newer database that has them is used as it is. */
  stores: readonly string[];
  /** Brings a database from `oldVersion` (0: it is new) to `version`, inside the upgrade transaction. */
  upgrade(db: IDBDatabase, oldVersion: number, tx: IDBTransaction): void;
}

function openRequest(factory: IDBFactory, spec: DatabaseSpec, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? factory.open(spec.name) : factory.open(spec.name, version);
    request.onupgradeneeded = (event) => {
      const tx = request.transaction;
      if (tx) spec.upgrade(request.result, event.oldVersion, tx);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab wants to upgrade: let it (this connection is reopened on next use, see `reopening`).
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new DOMException('The database did not open.', 'UnknownError'));
  });
}

/**
 * Opens (creating or upgrading) a database. One written by a newer build, at a higher version, is opened
 * as it is when it has the stores this code needs, as Dexie did; its records are validated when read.
 */
export async function openDatabase(factory: IDBFactory, spec: DatabaseSpec): Promise<IDBDatabase> {
  try {
    return await openRequest(factory, spec, spec.version);
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name !== 'VersionError') throw error;
    const db = await openRequest(factory, spec);
    if (spec.stores.every((store) => db.objectStoreNames.contains(store))) return db;
    db.close();
    throw error;
  }
}

/**
 * A connection that is opened again on next use when another tab closed it for an upgrade
 * (`onversionchange`), rather than failing every later write until the page is reloaded.
 */
export function reopening(
  open: () => Promise<IDBDatabase>,
  first?: IDBDatabase,
): { get(): Promise<IDBDatabase>; close(): void } {
  let db: IDBDatabase | null = null;
  let pending: Promise<IDBDatabase> | null = null;
  let closed = false;
  const adopt = (next: IDBDatabase) => {
    next.onversionchange = () => {
      next.close();
      if (db === next) db = null;
    };
    db = next;
    return next;
  };
  if (first) adopt(first);
  return {
    async get() {
      if (closed) throw new DOMException('The database was closed.', 'InvalidStateError');
      if (db) return db;
      pending ??= open()
        .then(adopt)
        .finally(() => {
          pending = null;
        });
      return pending;
    },
    close() {
      closed = true;
      db?.close();
      db = null;
      void pending?.then(
        (next) => next.close(),
        () => undefined,
      );
    },
  };
}
