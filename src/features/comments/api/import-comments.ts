import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getCommentsStore, type MergeResult } from '../../../lib/storage/comments-store';
import type { Comment } from '../model';
import { applyOptimistic, invalidateComments, rollback } from './comments-cache';

/** Merges validated comments (see lib/comments-file) into the store by id. */
export async function importComments(articleId: string, comments: readonly Comment[]): Promise<MergeResult> {
  const store = await getCommentsStore();
  return store.merge(articleId, comments);
}

/** Optimistically shows comments the thread does not have yet; the store decides which versions win. */
export function useImportComments(articleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (comments: readonly Comment[]) => importComments(articleId, comments),
    onMutate: (comments) =>
      applyOptimistic(client, articleId, (list) => {
        const known = new Set(list.map((c) => c.id));
        const fresh = new Map<string, Comment>();
        for (const c of comments) if (!known.has(c.id)) fresh.set(c.id, c);
        return [...list, ...fresh.values()];
      }),
    onError: (_error, _comments, snapshot) => rollback(client, articleId, snapshot),
    onSettled: () => invalidateComments(client, articleId),
  });
}
