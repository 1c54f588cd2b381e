import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getCommentsStore } from '../../../lib/storage/comments-store';
import { applyOptimistic, invalidateComments, patchComment, rollback } from './comments-cache';

/** Undoes a delete while its undo is still offered. */
export async function restoreComment(articleId: string, id: string): Promise<void> {
  const store = await getCommentsStore();
  await store.update(articleId, id, { deletedAt: null });
}

export function useRestoreComment(articleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => restoreComment(articleId, id),
    onMutate: (id) => applyOptimistic(client, articleId, patchComment(id, { deletedAt: null })),
    onError: (_error, _id, snapshot) => rollback(client, articleId, snapshot),
    onSettled: () => invalidateComments(client, articleId),
  });
}
