import { queryOptions, useQuery } from '@tanstack/react-query';
import { articleUrl } from '../../../lib/data-paths';
import { fetchJson } from '../../../lib/fetch-json';
import type { Article } from '../../../core/types';

export async function getArticle(id: string, signal?: AbortSignal): Promise<Article> {
  // The reader's own articles live on this device (issue 8); the store loads only when one is opened.
  if (id.startsWith('local-')) {
    return (await import('../../../lib/storage/article-store')).getLocalArticle(id);
  }
  const data = await fetchJson(articleUrl(id), signal);
  // The validator loads with the first fetch: prerendered pages arrive with their data and never need it.
  const { parseArticle } = await import('../../../lib/article-schema');
  return parseArticle(data);
}

export const articleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['article', id],
    queryFn: ({ signal }) => getArticle(id, signal),
  });

export function useArticle(id: string) {
  return useQuery(articleQueryOptions(id));
}
