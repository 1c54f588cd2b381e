import { queryOptions, useQuery } from '@tanstack/react-query';
import { listLocalArticles } from '../../../lib/storage/article-store';

/** The reader's own articles, newest first (key `['local-articles']`). */
export const localArticlesQueryOptions = () =>
  queryOptions({
    queryKey: ['local-articles'],
    queryFn: listLocalArticles,
    retry: false,
  });

export function useLocalArticles() {
  return useQuery(localArticlesQueryOptions());
}
