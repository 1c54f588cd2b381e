import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getCommentsStore } from '../../../lib/storage/comments-store';
import { applyOptimistic, invalidateComments, patchComment, rollback } from './comments-cache';

export interface DeleteCommentInput {
  id: string;
  deletedAt: string;
}

/** Marks a comment deleted. Its text stays stored until the undo expires (see purge-comment). */
export async function deleteComment(articleId: string, input: DeleteCommentInput): Promise<void> {
  const store = await getCommentsStore();
  await store.update(articleId, input.id, { deletedAt: input.deletedAt });
}

export function useDeleteComment(articleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DeleteCommentInput) => deleteComment(articleId, input),
    onMutate: (input) => applyOptimistic(client, articleId, patchComment(input.id, { deletedAt: input.deletedAt })),
    onError: (_error, _input, snapshot) => rollback(client, articleId, snapshot),
    onSettled: () => invalidateComments(client, articleId),
  });
}
