import { useMemo } from 'react';
import { useComments } from '../api/get-comments';
import { commentedPassages } from '../model';

/** The passages of an article that have live comments, for the reader to mark in the text. */
export function useCommentedPassages(articleId: string): { start: number; end: number; commentId: string }[] {
  const { data } = useComments(articleId);
  return useMemo(() => (data ? commentedPassages(data.comments) : []), [data]);
}
