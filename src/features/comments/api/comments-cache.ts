/** Helpers shared by the comment mutations: optimistic edits of the cached list, and their rollback. */
import type { QueryClient } from '@tanstack/react-query';
import type { Comment } from '../model';
import { commentsQueryKey, type CommentsData } from './get-comments';

export interface Snapshot {
  previous: CommentsData | undefined;
}

/** Applies `change` to the cached comments at once and returns what to roll back to. */
export async function applyOptimistic(
  client: QueryClient,
  articleId: string,
  change: (comments: Comment[]) => Comment[],
): Promise<Snapshot> {
  const key = commentsQueryKey(articleId);
  await client.cancelQueries({ queryKey: key });
  const previous = client.getQueryData<CommentsData>(key);
  if (previous) client.setQueryData<CommentsData>(key, { ...previous, comments: change(previous.comments) });
  return { previous };
}

export function rollback(client: QueryClient, articleId: string, snapshot: Snapshot | undefined): void {
  if (snapshot?.previous) client.setQueryData(commentsQueryKey(articleId), snapshot.previous);
}

export function invalidateComments(client: QueryClient, articleId: string): Promise<void> {
  return client.invalidateQueries({ queryKey: commentsQueryKey(articleId) });
}

export function patchComment(id: string, patch: Partial<Comment>) {
  return (comments: Comment[]) => comments.map((c) => (c.id === id ? { ...c, ...patch } : c));
}
