import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getCommentsStore } from '../../../lib/storage/comments-store';
import type { Comment } from '../model';
import { applyOptimistic, invalidateComments, rollback } from './comments-cache';

export async function addComment(comment: Comment): Promise<void> {
  const store = await getCommentsStore();
  await store.add(comment);
}

/** Posts a comment (or reply): shown at once, taken back if the write fails. */
export function useAddComment(articleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: addComment,
    onMutate: (comment) => applyOptimistic(client, articleId, (list) => [...list, comment]),
    onError: (_error, _comment, snapshot) => rollback(client, articleId, snapshot),
    onSettled: () => invalidateComments(client, articleId),
  });
}
