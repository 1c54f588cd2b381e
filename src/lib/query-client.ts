import { QueryClient } from '@tanstack/react-query';

/** One query client per app (or per server render). Article data is immutable for a session. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: 1, refetchOnWindowFocus: false },
    },
  });
}
