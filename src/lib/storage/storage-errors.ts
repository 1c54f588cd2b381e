/** Errors raised by storage, with messages written for the reader (habit 8: a failed write is surfaced). */

export class StorageWriteError extends Error {
  override name = 'StorageWriteError';
  constructor(
    message: string,
    readonly reason: 'quota' | 'unavailable' | 'conflict' | 'unknown',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  return 'name' in error && typeof error.name === 'string' ? error.name : '';
}

/** Turns whatever a write threw into an error the UI can show as is. */
export function toWriteError(error: unknown, what: string): StorageWriteError {
  if (error instanceof StorageWriteError) return error;
  const name = errorName(error);
  if (/QuotaExceeded/i.test(name)) {
    return new StorageWriteError(
      `Your browser's storage for this site is full, so ${what} was not saved. Free some space (for example by deleting old comments or other site data) and try again.`,
      'quota',
      { cause: error },
    );
  }
  if (/InvalidState|Abort/i.test(name)) {
    return new StorageWriteError(
      `The browser's database stopped answering, so ${what} was not saved. Reload the page and try again.`,
      'unavailable',
      { cause: error },
    );
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return new StorageWriteError(`Something went wrong and ${what} was not saved${detail}. Try again.`, 'unknown', {
    cause: error,
  });
}
