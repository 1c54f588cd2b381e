export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Fetches JSON as `unknown`; callers validate it (habit 9). */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new HttpError(
      response.status,
      response.status === 404 ? 'This article was not found.' : `The server answered ${response.status}.`,
    );
  }
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new HttpError(response.status, 'The server sent something that is not JSON.');
  }
}
