import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getCommentsStore } from '../../../lib/storage/comments-store';
import { invalidateComments } from './comments-cache';

/** Finishes a delete once its undo has expired: the text is removed from storage. */
export async function purgeComment(articleId: string, id: string): Promise<void> {
  const store = await getCommentsStore();
  await store.purge(articleId, id);
}

export function usePurgeComment(articleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => purgeComment(articleId, id),
    onSettled: () => invalidateComments(client, articleId),
  });
}
