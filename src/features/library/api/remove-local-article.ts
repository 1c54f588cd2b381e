import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeLocalArticle, restoreLocalArticle, type StoredArticle } from '../../../lib/storage/article-store';
import { localArticlesQueryOptions } from './get-local-articles';

/**
 * Remove one of the reader's articles (resolving to what was stored, for undo) and put it back.
 * Either way the list is refreshed and any cached copy of the article dropped.
 */
export function useRemoveLocalArticle() {
  const client = useQueryClient();
  const refresh = (id: string) => {
    client.removeQueries({ queryKey: ['article', id] });
    return client.invalidateQueries({ queryKey: localArticlesQueryOptions().queryKey });
  };
  const remove = useMutation({
    mutationFn: removeLocalArticle,
    onSettled: (_data, _error, id) => refresh(id),
  });
  const restore = useMutation({
    mutationFn: (record: StoredArticle) => restoreLocalArticle(record),
    onSettled: (_data, _error, record) => refresh(record.id),
  });
  return { remove, restore };
}
