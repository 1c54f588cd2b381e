import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getCommentsStore } from '../../../lib/storage/comments-store';
import { applyOptimistic, invalidateComments, patchComment, rollback } from './comments-cache';

export interface EditCommentInput {
  id: string;
  body: string;
  editedAt: string;
}

export async function editComment(articleId: string, input: EditCommentInput): Promise<void> {
  const store = await getCommentsStore();
  await store.update(articleId, input.id, { body: input.body, editedAt: input.editedAt });
}

export function useEditComment(articleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: EditCommentInput) => editComment(articleId, input),
    onMutate: (input) => applyOptimistic(client, articleId, patchComment(input.id, { body: input.body, editedAt: input.editedAt })),
    onError: (_error, _input, snapshot) => rollback(client, articleId, snapshot),
    onSettled: () => invalidateComments(client, articleId),
  });
}
