import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseArticleIndex, type ArticleSummary } from '../../../lib/article-schema';
import { articleIndexUrl } from '../../../lib/data-paths';
import { fetchJson } from '../../../lib/fetch-json';

export async function getArticles(signal?: AbortSignal): Promise<ArticleSummary[]> {
  return parseArticleIndex(await fetchJson(articleIndexUrl(), signal));
}

export const articlesQueryOptions = () =>
  queryOptions({
    queryKey: ['articles'],
    queryFn: ({ signal }) => getArticles(signal),
  });

export function useArticles() {
  return useQuery(articlesQueryOptions());
}
