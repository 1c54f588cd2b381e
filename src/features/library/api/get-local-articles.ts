import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LocalArticleSummary } from '../../../lib/storage/article-store';

/** The reader's own articles. The store (and Dexie) load on demand, never in the first page load. */
export async function getLocalArticles(): Promise<LocalArticleSummary[]> {
  const { listLocalArticles } = await import('../../../lib/storage/article-store');
  return listLocalArticles();
}

export const localArticlesQueryOptions = () =>
  queryOptions({
    queryKey: ['local-articles'],
    queryFn: getLocalArticles,
    retry: false,
  });

export function useLocalArticles() {
  return useQuery(localArticlesQueryOptions());
}
