import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StoredArticle } from '../../../lib/storage/article-store';
import { localArticlesQueryOptions } from './get-local-articles';

/** Removes one of the reader's articles; resolves to what was stored, for undo. */
export async function removeLocalArticle(id: string): Promise<StoredArticle | null> {
  const store = await import('../../../lib/storage/article-store');
  return store.removeLocalArticle(id);
}

/** Puts a removed article back exactly as it was. */
export async function restoreLocalArticle(record: StoredArticle): Promise<void> {
  const store = await import('../../../lib/storage/article-store');
  return store.restoreLocalArticle(record);
}

export function useRemoveLocalArticle() {
  const client = useQueryClient();
  const key = localArticlesQueryOptions().queryKey;
  const onSettled = (_data: unknown, _error: unknown, id: string) => {
    client.removeQueries({ queryKey: ['article', id] });
    return client.invalidateQueries({ queryKey: key });
  };
  return {
    remove: useMutation({ mutationFn: removeLocalArticle, onSettled: (d, e, id) => onSettled(d, e, id) }),
    restore: useMutation({
      mutationFn: restoreLocalArticle,
      onSettled: (d, e, record) => onSettled(d, e, record.id),
    }),
  };
}
