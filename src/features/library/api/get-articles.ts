import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleSummary } from '../../../lib/article-schema';
import { articleIndexUrl } from '../../../lib/data-paths';
import { fetchJson } from '../../../lib/fetch-json';

export async function getArticles(signal?: AbortSignal): Promise<ArticleSummary[]> {
  const data = await fetchJson(articleIndexUrl(), signal);
  const { parseArticleIndex } = await import('../../../lib/article-schema');
  return parseArticleIndex(data);
}

export const articlesQueryOptions = () =>
  queryOptions({
    queryKey: ['articles'],
    queryFn: ({ signal }) => getArticles(signal),
  });

export function useArticles() {
  return useQuery(articlesQueryOptions());
}
