import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getCommentsStore, type Persistence } from '../../../lib/storage/comments-store';
import type { Comment } from '../model';

export interface CommentsData {
  comments: Comment[];
  /** Stored records for this article that could not be read (left untouched). */
  skipped: number;
  persistence: Persistence;
}

export const commentsQueryKey = (articleId: string) => ['comments', articleId] as const;

export async function getComments(articleId: string): Promise<CommentsData> {
  const store = await getCommentsStore();
  const { comments, skipped } = await store.list(articleId);
  return { comments, skipped, persistence: store.persistence };
}

export const commentsQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: commentsQueryKey(articleId),
    queryFn: () => getComments(articleId),
    // Another tab's writes arrive through useCommentsSync; nothing else changes the data behind our back.
    staleTime: Infinity,
    retry: false,
  });

export function useComments(articleId: string) {
  return useQuery(commentsQueryOptions(articleId));
}

/** Refetches when another tab changes this article's comments. */
export function useCommentsSync(articleId: string): void {
  const client = useQueryClient();
  useEffect(() => {
    let cancelled = false;
    let unsubscribe: (() => void) | undefined;
    void getCommentsStore().then((store) => {
      if (cancelled) return;
      unsubscribe = store.subscribe(articleId, () => {
        void client.invalidateQueries({ queryKey: commentsQueryKey(articleId) });
      });
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [articleId, client]);
}
