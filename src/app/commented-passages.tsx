import { memo, useEffect } from 'react';
import { useCommentedPassages } from '../features/comments/hooks/use-commented-passages';

/** Reports the commented passages of an article to the page (loaded lazily, with the comments). */
export const CommentedPassages = memo(function CommentedPassages({
  articleId,
  onChange,
}: {
  articleId: string;
  onChange: (passages: { start: number; end: number }[]) => void;
}) {
  const passages = useCommentedPassages(articleId);
  useEffect(() => onChange(passages), [passages, onChange]);
  return null;
});
